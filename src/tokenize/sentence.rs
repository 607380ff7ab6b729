//! The sentence splitter: groups tokens into sentences.

use core::fmt;
use core::iter::Peekable;

use memchr::{Memchr3, memchr3_iter};

use super::{Token, TokenKind, is_space};
use crate::Span;

/// One sentence: a span of the original text and the range of its tokens.
///
/// ```
/// use politext::Tokenizer;
///
/// let text = "« Nous surveillons la situation. » Il l’a dit.";
/// let tok = Tokenizer::new();
/// let tokens = tok.tokenize(text);
/// let sents = tok.sentences(text, &tokens);
/// assert_eq!(sents[0].as_str(), "« Nous surveillons la situation. »");
/// assert_eq!(sents[1].span(), politext::Span::new(37, 50));
/// assert_eq!(sents[1].tokens(), 7..12);
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'h> {
    haystack: &'h str,
    span: Span,
    first: usize,
    last: usize,
}

impl<'h> Sentence<'h> {
    /// The sentence's span: from its first token's start to its last
    /// token's end.
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset of the sentence's first byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset one past the sentence's last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The sentence's text.
    #[inline]
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// The indices of the sentence's tokens in the token slice it was
    /// built from.
    #[inline]
    pub fn tokens(&self) -> core::ops::Range<usize> {
        self.first..self.last
    }
}

impl fmt::Debug for Sentence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sentence({:?} {:?})", self.span, self.as_str())
    }
}

/// Final punctuation: `.`, `!`, `?`, `…`, `...` and runs of them.
fn is_terminal(t: &Token<'_>) -> bool {
    let s = t.as_str();
    // The first byte rules out most punctuation (`,`, `«`, `(`) at once.
    t.kind() == TokenKind::Punctuation
        && matches!(s.as_bytes().first(), Some(b'.' | b'!' | b'?' | 0xE2))
        && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// Closing marks that stay with the sentence they close.
fn is_closer(t: &Token<'_>) -> bool {
    matches!(
        t.as_str(),
        "»" | "”" | "\"" | ")" | "]" | "’" | "'" | "›" | "}"
    )
}

/// Can a sentence start with this token?
fn starts_sentence(t: &Token<'_>) -> bool {
    match t.as_str().as_bytes().first() {
        Some(&b) if b.is_ascii_alphanumeric() => return !b.is_ascii_lowercase(),
        Some(&b) if b < 0x80 => {
            return matches!(b, b'"' | b'(' | b'[' | b'-' | b'\'' | b'*' | b'@' | b'#');
        }
        _ => {}
    }
    let Some(c) = t.as_str().chars().next() else {
        return false;
    };
    if c.is_alphabetic() {
        return !c.is_lowercase();
    }
    c.is_numeric()
        || matches!(
            c,
            '«' | '“'
                | '"'
                | '('
                | '['
                | '-'
                | '–'
                | '—'
                | '‹'
                | '¿'
                | '¡'
                | '\''
                | '‘'
                | '*'
                | '•'
                | '@'
                | '#'
        )
}

/// A capitalised word that starts a clause, never a name: pronouns,
/// articles, prepositions, conjunctions.
fn starts_clause(w: &str) -> bool {
    matches!(
        w,
        "Il" | "Elle"
            | "Ils"
            | "Elles"
            | "On"
            | "Nous"
            | "Vous"
            | "Je"
            | "J'"
            | "J’"
            | "C'"
            | "C’"
            | "Ce"
            | "Cette"
            | "Ces"
            | "Le"
            | "La"
            | "Les"
            | "L'"
            | "L’"
            | "Un"
            | "Une"
            | "Des"
            | "Selon"
            | "À"
            | "En"
            | "Dans"
            | "Pour"
            | "Mais"
            | "Et"
            | "Or"
            | "Donc"
            | "Puis"
            | "Si"
            | "Quand"
            | "Depuis"
            | "Après"
            | "Avant"
    )
}

/// Can the gap hold a line break? Not without a `\n` or a byte 0xE2
/// (which starts U+2029); the usual single space cannot.
#[inline]
fn may_break(gap: &[u8]) -> bool {
    gap.iter().any(|&b| b == b'\n' || b == 0xE2)
}

/// Is there a paragraph break (a blank line) in the gap, or a line break?
fn breaks(gap: &str) -> (bool, bool) {
    if !may_break(gap.as_bytes()) {
        return (false, false);
    }
    let mut newlines = 0;
    let mut blank = false;
    let mut line_has_text = false;
    for c in gap.chars() {
        if c == '\n' || c == '\u{2029}' {
            if newlines > 0 && !line_has_text {
                blank = true;
            }
            newlines += 1;
            line_has_text = false;
        } else if !is_space(c) {
            line_has_text = true;
        }
    }
    (blank, newlines > 0)
}

/// Offsets of the bytes that can make a token end a sentence, in
/// increasing order: the first bytes of final marks (`.`, `!`, `?`, and
/// 0xE2 for `…`), the dot of `etc.`, `;`, and the line breaks of the gaps
/// (`\n`, and 0xE2 again for U+2029). Other bytes of French text (letters,
/// spaces, commas, quotes) never end a sentence, so neither does a token
/// made of them followed by a gap without a line break.
///
/// Two SIMD searches for three bytes each, merged. A few bytes found are
/// not in such a token (`M.`, `3.5`, `l’`, a narrow no-break space): the
/// splitter visits their token and finds it does not end a sentence.
struct Candidates<'h> {
    marks: Peekable<Memchr3<'h>>,
    breaks: Peekable<Memchr3<'h>>,
}

impl<'h> Candidates<'h> {
    fn new(text: &'h str) -> Self {
        let bytes = text.as_bytes();
        Candidates {
            marks: memchr3_iter(b'.', b'!', b'?', bytes).peekable(),
            breaks: memchr3_iter(b';', b'\n', 0xE2, bytes).peekable(),
        }
    }
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match (self.marks.peek(), self.breaks.peek()) {
            (Some(m), Some(b)) if b < m => self.breaks.next(),
            (Some(_), _) => self.marks.next(),
            (None, _) => self.breaks.next(),
        }
    }
}

/// Visits token `k`: the last token of the group that starts there (`k`
/// itself, or a final mark and the marks and closers after it) and whether
/// a sentence ends after that token.
fn end_at(text: &str, tokens: &[Token<'_>], k: usize) -> (usize, bool) {
    let n = tokens.len();
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
    (last, split)
}

/// Groups `tokens`, sorted and taken from `text`, into sentences.
///
/// Only a token holding a [`Candidates`] byte, or followed by a gap holding
/// one, can end a sentence: the splitter finds those bytes and visits their
/// tokens, in order, instead of every token (most are plain words).
pub(super) fn split<'h>(text: &'h str, tokens: &[Token<'h>]) -> Vec<Sentence<'h>> {
    let n = tokens.len();
    let mut out = Vec::with_capacity(n / 16 + 1);
    let sentence = |first: usize, last: usize| Sentence {
        haystack: text,
        span: Span::new(tokens[first].start(), tokens[last].end()),
        first,
        last: last + 1,
    };
    let mut first = 0; // the current sentence's first token
    let mut next = 0; // the first token not visited yet
    let mut t = 0; // the token holding the candidate byte or the gap before it
    for at in Candidates::new(text) {
        if next >= n {
            break;
        }
        // Tokens are sorted and the candidates come in order: walk on.
        while t + 1 < n && tokens[t + 1].start() <= at {
            t += 1;
        }
        // Skip a byte before the first token, or in a token already
        // taken by the group of a final mark (the dots of `...`).
        if t < next || at < tokens[t].start() {
            continue;
        }
        let (last, split) = end_at(text, tokens, t);
        if split || last + 1 == n {
            out.push(sentence(first, last));
            first = last + 1;
        }
        next = last + 1;
    }
    // The last sentence, unless its end was a candidate.
    if first < n {
        out.push(sentence(first, n - 1));
    }
    out
}

#[cfg(test)]
mod reference;
#[cfg(test)]
pub(super) use reference::split_reference;
