//! Quotes of any UTF-8 text: no panic; content, cue and speaker spans in
//! range and on char boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use politext::{QuoteExtractor, Span, Tagger, Tokenizer};

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::new);
static QUOTES: LazyLock<QuoteExtractor> = LazyLock::new(QuoteExtractor::new);

fn check(text: &str, s: Span) {
    assert!(s.start <= s.end && s.end <= text.len(), "{s:?} out of range");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(text);
    let sentences = tok.sentences(text, &tokens);
    let ents = TAGGER.tag_tokens(text, &tokens, &sentences);
    let quotes = QUOTES.extract(text, &tokens, &sentences, &ents);
    for q in &quotes {
        for &c in q.content() {
            check(text, c);
        }
        q.cue().into_iter().for_each(|s| check(text, s));
        q.speaker_span().into_iter().for_each(|s| check(text, s));
        let _ = (q.as_strs(), q.speaker().map(|s| (s.name(), s.canonical(), s.id())));
    }
});
