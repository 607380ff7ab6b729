//! The gazetteer loader on any text, as TSV and as JSON lines: an error or
//! a gazetteer, never a panic; a loaded gazetteer tags its own aliases
//! without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politext::{Gazetteer, Tagger};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for jsonl in [false, true] {
        let mut b = Gazetteer::builder();
        b.builtin(false);
        let res = if jsonl {
            b.jsonl("fuzz.jsonl", text).map(|_| ())
        } else {
            b.tsv("fuzz.tsv", text).map(|_| ())
        };
        match res {
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.starts_with("fuzz."), "{msg}");
                assert!(e.line().is_some_and(|l| l >= 1));
                assert!(e.column().is_some_and(|c| c >= 1));
            }
            Ok(()) => {
                let Ok(g) = b.build() else { continue };
                // Building a tagger costs a millisecond (it rebuilds the
                // given-name table, most of this target's time even at one
                // input in 32): one input in 256, so that the loader itself
                // gets the executions.
                if data.len() % 256 != 0 {
                    continue;
                }
                let tagger = Tagger::with_gazetteer(g.clone());
                let aliases: String = g
                    .iter()
                    .flat_map(|e| e.aliases().chain(std::iter::once(e.name())))
                    .take(64)
                    .collect::<Vec<_>>()
                    .join(" et ");
                for e in tagger.tag(&aliases) {
                    assert!(e.end() <= aliases.len());
                }
                let _ = tagger.tag(text);
            }
        }
    }
});
