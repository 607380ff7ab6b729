//! The whole pipeline on any UTF-8 text, and its owned record: no panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use politext::Pipeline;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::new);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let a = PIPELINE.analyze(text);
    let r = a.to_record();
    assert_eq!(r.tokens.len(), a.tokens().len());
    for [s, e] in r.tokens.iter().chain(&r.sentences) {
        assert!(s < e && *e <= text.len());
    }
    let _ = (a.mentions_per_entity(), a.quotes_per_speaker());
});
