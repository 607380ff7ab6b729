//! The splitter as it was before it visited only the candidate tokens
//! (`split` walked every token): the oracle of the property tests.

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
        // tight loop; the full tests below see the others.
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
        let mut last = k; // inclusive end of a candidate sentence
        let mut split = false;
        let t = &tokens[k];
        // Most tokens are words: only the gap after them can end a
        // sentence (a line break), so the string tests are for the others.
        let kind = t.kind();
        let ends = match kind {
            TokenKind::Punctuation => is_terminal(t),
            TokenKind::Abbreviation => t.as_str() == "etc.",
            _ => false,
        };
        if ends {
            // Take further final marks and the closers that follow.
            while last + 1 < n && (is_terminal(&tokens[last + 1]) || is_closer(&tokens[last + 1])) {
                // A closer only belongs here when nothing but spaces
                // separates it from the mark (no line break).
                let gap = &text[tokens[last].end()..tokens[last + 1].start()];
                if breaks(gap).1 {
                    break;
                }
                // A straight quote attached to the next word opens the next
                // sentence (`. "C'est`); with a space after it, it closes
                // this one (`savoir. " Elle`).
                if tokens[last + 1].as_str() == "\"" && !gap.is_empty() {
                    let q = &tokens[last + 1];
                    if last + 2 < n && tokens[last + 2].start() == q.end() {
                        break;
                    }
                }
                last += 1;
            }
            if last + 1 < n {
                let next = &tokens[last + 1];
                let gap = &text[tokens[last].end()..next.start()];
                // After a plain full stop even a lower-case word starts a
                // sentence (abbreviations keep their dot and never get
                // here); after `?`, `!`, `…` it must look like a start.
                let full_stop = last == k && t.as_str() == "." && !gap.is_empty();
                let lower_start = next.as_str().chars().next().is_some_and(char::is_lowercase);
                split = starts_sentence(next) || breaks(gap).1 || (full_stop && lower_start);
                // `etc.` before a capital is an end only with a space.
                if t.as_str() == "etc." && gap.is_empty() {
                    split = false;
                }
            }
        } else if kind == TokenKind::Punctuation
            && t.end() == t.start() + 1
            && text.as_bytes().get(t.start()) == Some(&b';')
            && k + 1 < n
            && tokens[k + 1].start() > t.end()
            && starts_clause(tokens[k + 1].as_str())
        {
            // `… la taxe foncière ; Il est 20h45`: a semicolon before a
            // capitalised pronoun, article or preposition ends a sentence.
            split = true;
        } else if k + 1 < n && {
            // Usually no gap or one space.
            let (gs, ge) = (t.end(), tokens[k + 1].start());
            match ge.saturating_sub(gs) {
                0 => false,
                1 => text.as_bytes().get(gs) == Some(&b'\n'),
                _ => text.as_bytes().get(gs..ge).is_some_and(may_break),
            }
        } {
            let gap = &text[t.end()..tokens[k + 1].start()];
            let (blank, newline) = breaks(gap);
            split = blank || (newline && starts_sentence(&tokens[k + 1]));
        }
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
