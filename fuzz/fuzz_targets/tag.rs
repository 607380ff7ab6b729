//! Entities of any UTF-8 text: no panic; spans in order, not overlapping,
//! on token boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use politext::{Tagger, Tokenizer};

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::new);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(text);
    let sentences = tok.sentences(text, &tokens);
    let ents = TAGGER.tag_tokens(text, &tokens, &sentences);
    let mut prev = 0;
    for e in &ents {
        assert!(prev <= e.start() && e.start() < e.end() && e.end() <= text.len());
        assert!(tokens.iter().any(|t| t.start() == e.start()));
        assert!(tokens.iter().any(|t| t.end() == e.end()));
        let _ = (e.as_str(), e.name(), e.key(), e.id());
        prev = e.end();
    }
});
