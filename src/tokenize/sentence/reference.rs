//! The splitter as it was before it visited only the candidate tokens
//! (`split` walked every token): the oracle of the property tests. Its
//! walk is the old one; the rules at each token visited are the
//! splitter's own [`end_at`](super::end_at), moved there unchanged, so
//! the oracle checks which tokens the new walk visits.

use super::*;

/// The sentences of `tokens`, found by visiting every token.
pub(in crate::tokenize) fn split_reference<'h>(
    text: &'h str,
    tokens: &[Token<'h>],
) -> Vec<Sentence<'h>> {
    let n = tokens.len();
    let mut out = Vec::with_capacity(n / 16 + 1);
    if n == 0 {
        return out;
    }
    let mut first = 0;
    let mut k = 0;
    let bytes = text.as_bytes();
    while k < n {
        // Most tokens are words followed by no gap or one space: they
        // neither end a sentence nor break a line. Pass over them in a
        // tight loop; `end_at` sees the others.
        while k + 1 < n {
            let t = &tokens[k];
            if matches!(t.kind(), TokenKind::Punctuation | TokenKind::Abbreviation) {
                break;
            }
            let (gs, ge) = (t.end(), tokens[k + 1].start());
            if ge > gs && (ge - gs > 1 || bytes.get(gs) == Some(&b'\n')) {
                break;
            }
            k += 1;
        }
        let (last, split) = end_at(text, tokens, k);
        if split || last + 1 >= n {
            let span = Span::new(tokens[first].start(), tokens[last].end());
            out.push(Sentence {
                haystack: text,
                span,
                first,
                last: last + 1,
            });
            first = last + 1;
        }
        k = last + 1;
    }
    out
}
