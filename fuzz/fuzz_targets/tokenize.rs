//! Tokens and sentences of any UTF-8 text: no panic; spans strictly
//! increasing, on char boundaries, non-empty; only white space between
//! tokens; sentences cover the tokens in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politext::Tokenizer;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(text);
    let mut prev = 0;
    for t in &tokens {
        assert!(prev <= t.start() && t.start() < t.end() && t.end() <= text.len());
        assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        let gap = &text[prev..t.start()];
        assert!(
            gap.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')),
            "non-space gap {gap:?}"
        );
        prev = t.end();
    }
    let sentences = tok.sentences(text, &tokens);
    let mut next = 0;
    for s in &sentences {
        let r = s.tokens();
        assert_eq!(r.start, next);
        assert!(r.start < r.end && r.end <= tokens.len());
        assert_eq!(s.start(), tokens[r.start].start());
        assert_eq!(s.end(), tokens[r.end - 1].end());
        next = r.end;
    }
    assert_eq!(next, tokens.len());
});
