//! The French tokenizer and sentence splitter.
//!
//! [`Tokenizer::tokenize`] cuts a text into [`Token`]s following the
//! surface-token conventions of the Universal Dependencies French treebanks
//! (GSD, Sequoia): elided articles and pronouns split off (`l’` + `OTAN`),
//! inverted clitics split off (`a` + `-t-il`), compounds stay whole
//! (`Saint-Pétersbourg`), numbers with thin or non-breaking spaces stay
//! whole (`1 000 000`), abbreviations keep their dot (`M.`), every
//! punctuation mark is its own token. [`Tokenizer::sentences`] groups tokens
//! into [`Sentence`]s.
//!
//! Offsets are UTF-8 byte offsets into the original text; nothing is
//! normalised before cutting, so NFC and NFD inputs give the same tokens.
//!
//! # Example
//!
//! ```
//! use politext::{Tokenizer, TokenKind};
//!
//! let text = "« Nous surveillons la situation », a-t-il dit à l’OTAN.";
//! let tok = Tokenizer::new();
//! let tokens = tok.tokenize(text);
//! let words: Vec<&str> = tokens.iter().map(|t| t.as_str()).collect();
//! assert_eq!(
//!     words,
//!     ["«", "Nous", "surveillons", "la", "situation", "»", ",", "a", "-t-il", "dit", "à", "l’", "OTAN", "."]
//! );
//! assert_eq!((tokens[12].start(), tokens[12].end()), (55, 59));
//! assert_eq!(tokens[12].kind(), TokenKind::Word);
//! ```

mod rules;
mod sentence;

use core::fmt;

use unicode_normalization::char::is_combining_mark as is_combining_mark_slow;

use crate::Span;
use rules::{AbbrevKind, FoldBuf};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including compounds (`Saint-Pétersbourg`) and elided forms
    /// with their apostrophe (`l’`, `qu’`).
    Word,
    /// A number: `2023`, `3,5`, `1 000 000`, `12:30`, `1er`, `-1,5`.
    Number,
    /// An abbreviation or initial with its dot: `M.`, `etc.`, `J.-C.`.
    Abbreviation,
    /// An inverted clitic pronoun with its hyphen: `-t-il`, `-on`.
    Clitic,
    /// A punctuation mark: `,`, `.`, `…`, `«`, `(`.
    Punctuation,
    /// A symbol: `%`, `€`, `+`, an emoji.
    Symbol,
    /// A URL: `https://…`, `www.…`.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media mention: `@EmmanuelMacron`.
    Mention,
    /// A hashtag: `#Vilnius2023`.
    Hashtag,
}

/// One token: a span of the original text and its kind. Two tokens are
/// equal when they have the same text, start and kind.
///
/// ```
/// use politext::{Tokenizer, TokenKind, Span};
///
/// let tokens = Tokenizer::new().tokenize("M. Poutine");
/// assert_eq!(tokens[0].as_str(), "M.");
/// assert_eq!(tokens[0].kind(), TokenKind::Abbreviation);
/// assert_eq!(tokens[1].span(), Span::new(3, 10));
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token<'h> {
    /// The token's own text (sliced once, when the token is made: reading
    /// it costs no boundary check, and a token is 32 bytes).
    text: &'h str,
    start: usize,
    kind: TokenKind,
}

// Tokens are the pipeline's most numerous values.
const _: () = assert!(core::mem::size_of::<Token<'_>>() <= 32);

impl<'h> Token<'h> {
    /// The token `haystack[start..end]` (boundaries found by the
    /// tokenizer, on chars).
    #[inline]
    fn new(haystack: &'h str, start: usize, end: usize, kind: TokenKind) -> Token<'h> {
        debug_assert!(haystack.is_char_boundary(start) && haystack.is_char_boundary(end));
        Token {
            text: haystack.get(start..end).unwrap_or(""),
            start,
            kind,
        }
    }

    /// The same token over `haystack[start..end]`.
    fn set_span(&mut self, haystack: &'h str, start: usize, end: usize) {
        *self = Token::new(haystack, start, end, self.kind);
    }

    /// The token's span in the original text.
    #[inline]
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end(),
        }
    }

    /// Byte offset of the token's first byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the token's last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The token's text.
    #[inline]
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// The token's kind.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }
}

impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}({:?} {:?})", self.kind, self.span(), self.as_str())
    }
}

pub use sentence::Sentence;

/// The French tokenizer and sentence splitter.
///
/// Built once, immutable, `Send + Sync` and cheap to clone. Tokenizing never
/// fails and never panics, whatever the text; it runs in linear time.
///
/// ```
/// use politext::Tokenizer;
///
/// let tok = Tokenizer::new();
/// let text = "Il a souligné que l’Ukraine avançait. M. Stoltenberg l’a redit.";
/// let tokens = tok.tokenize(text);
/// let sentences = tok.sentences(text, &tokens);
/// assert_eq!(sentences.len(), 2);
/// assert_eq!(sentences[0].as_str(), "Il a souligné que l’Ukraine avançait.");
/// assert_eq!((sentences[1].start(), sentences[1].end()), (42, 69));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    _private: (),
}

impl Tokenizer {
    /// Creates the tokenizer with the built-in French rules.
    pub fn new() -> Tokenizer {
        Tokenizer { _private: () }
    }

    /// Cuts `text` into tokens, in text order.
    ///
    /// ```
    /// let tokens = politext::Tokenizer::new().tokenize("1 000 000 €");
    /// let spans: Vec<_> = tokens.iter().map(|t| (t.start(), t.end())).collect();
    /// assert_eq!(spans, [(0, 9), (10, 13)]);
    /// ```
    pub fn tokenize<'h>(&self, text: &'h str) -> Vec<Token<'h>> {
        let mut out = Vec::with_capacity(text.len() / 5 + 1);
        self.tokenize_into(text, &mut out);
        out
    }

    /// Like [`tokenize`](Self::tokenize), into a caller's vector (cleared
    /// first), so a loop over many documents allocates nothing once the
    /// vector is large enough.
    ///
    /// ```
    /// let tok = politext::Tokenizer::new();
    /// let mut buf = Vec::new();
    /// tok.tokenize_into("Jean-Luc Mélenchon", &mut buf);
    /// assert_eq!(buf.len(), 2);
    /// assert_eq!(buf[1].span(), politext::Span::new(9, 19));
    /// ```
    pub fn tokenize_into<'h>(&self, text: &'h str, out: &mut Vec<Token<'h>>) {
        scan(text, out, true);
    }

    /// Groups `tokens` (as returned by [`tokenize`](Self::tokenize) for the
    /// same `text`) into sentences.
    ///
    /// A sentence ends after `.`, `!`, `?`, `…` (with any closing quote or
    /// bracket that follows) when the next token starts a sentence (capital
    /// letter, digit, opening quote or dash); at a blank line; and at a line
    /// break followed by anything but a lower-case letter.
    pub fn sentences<'h>(&self, text: &'h str, tokens: &[Token<'h>]) -> Vec<Sentence<'h>> {
        sentence::split(text, tokens)
    }
}

// ---------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------

/// White space that separates tokens: Unicode `White_Space` plus the
/// zero-width space and the BOM.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// A combining mark (accents of NFD text); never ASCII.
#[inline]
fn is_combining_mark(c: char) -> bool {
    !c.is_ascii() && c >= '\u{0300}' && is_combining_mark_slow(c)
}

/// A char that can be part of a word: a letter, a digit, a combining mark
/// or the soft hyphen.
#[inline]
fn is_word_char(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if u < 0x250 {
        if u >= 0xC0 {
            c != '×' && c != '÷'
        } else {
            // The alphanumerics of U+0080–U+00BF, and the soft hyphen.
            matches!(
                c,
                'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾' | '\u{00AD}'
            )
        }
    } else if (0x2000..=0x206F).contains(&u) {
        // General Punctuation: spaces, dashes, quotes; no letters.
        false
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Latin-1 Supplement and Latin Extended-A/B letters (U+00C0–U+024F), the
/// bulk of French text beyond ASCII; `×` and `÷` are the only non-letters.
#[inline]
fn is_latin_letter(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷'
}

/// The char whose UTF-8 encoding starts at byte `i` of a valid UTF-8
/// buffer (`i` a char boundary, `bytes[i] >= 0x80`).
#[inline]
fn decode_at(bytes: &[u8], i: usize) -> char {
    let b0 = u32::from(bytes[i]);
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80)) & 0x3F;
    let cp = if b0 < 0xE0 {
        ((b0 & 0x1F) << 6) | cont(1)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2)
    } else {
        ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3)
    };
    char::from_u32(cp).unwrap_or('\u{FFFD}')
}

/// Tokenizes `text` into `out` (cleared first); `plain_fast` as in
/// [`Scanner`].
fn scan<'h>(text: &'h str, out: &mut Vec<Token<'h>>, plain_fast: bool) {
    out.clear();
    // (`memchr`: the whole text is searched, and its SIMD search is several
    // times faster than `str::find` on a char.)
    let next_at = memchr::memchr(b'@', text.as_bytes()).unwrap_or(text.len());
    let mut sc = Scanner {
        text,
        bytes: text.as_bytes(),
        out,
        next_at,
        first_number: usize::MAX,
        plain_fast,
    };
    sc.run();
    let from = sc.first_number;
    if from < out.len() {
        merge_digit_groups(text, out, from);
    }
}

/// The end of the word at `i` (which starts with a letter) when it is
/// plain: ASCII letters and digits and Latin-1 letters (`é`, `À`), ending
/// in a letter, then white space, the end of the text or punctuation that
/// never joins two segments after a letter (`,` `;` `:` `)` `!` `?` `"`).
/// That is most words, and [`Scanner::word_at`] would find the same one
/// token; `None` sends the others there.
#[inline(always)]
fn plain_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    // Is the last char so far a letter?
    let mut letter = false;
    loop {
        let run = ascii_alnum_run(bytes, j);
        if run > j {
            letter = bytes[run - 1].is_ascii_alphabetic();
            j = run;
        }
        match bytes.get(j..j + 2) {
            Some(&[0xC3, d]) if is_latin1_letter_tail(d) => {
                letter = true;
                j += 2;
            }
            _ => break,
        }
    }
    let ends = bytes.get(j).is_none_or(|&c| {
        matches!(
            c,
            b' ' | b'\n' | b'\t' | b'\r' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'"'
        )
        // A dot after a word of over eight bytes: no abbreviation is that
        // long and no joiner follows a letter there, so the general
        // scanner would leave the dot out too.
        || (c == b'.' && j - i > 8)
    });
    (letter && ends).then_some(j)
}

/// Is `d`, after a lead byte 0xC3, a Latin-1 letter (0x80..=0xBF but `×`
/// 0x97 and `÷` 0xB7)?
#[inline]
fn is_latin1_letter_tail(d: u8) -> bool {
    (0x80..=0xBF).contains(&d) && d != 0x97 && d != 0xB7
}

/// `head` lowercased into `buf` when it is one to eight ASCII letters (an
/// elision prefix is): the ASCII fast path of folding it.
fn ascii_lower_prefix<'b>(head: &[u8], buf: &'b mut [u8; 8]) -> Option<&'b str> {
    let low = buf.get_mut(..head.len())?;
    if head.is_empty() || !head.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    low.copy_from_slice(head);
    low.make_ascii_lowercase();
    core::str::from_utf8(low).ok()
}

/// [`BYTE_CLASS`] values: ASCII white space (`\t`..`\r`, space).
const SPACE: u8 = 0;
/// An ASCII letter.
const LETTER: u8 = 1;
/// An ASCII digit.
const DIGIT: u8 = 2;
/// `,` `;` `:` `!` `?` `(` `)` `"`: one token each.
const PLAIN_PUNCT: u8 = 3;
/// Another ASCII byte.
const OTHER: u8 = 4;
/// A byte of a non-ASCII char.
const NON_ASCII: u8 = 5;

/// The scanner's first look at a byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b' ' | b'\t'..=b'\r') {
            SPACE
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'"') {
            PLAIN_PUNCT
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// `j`, or `j + 1` when a space is there: the scanner passes the space
/// after a token without a turn of its main loop (a branch less to
/// predict per token).
#[inline(always)]
fn skip_space(bytes: &[u8], j: usize) -> usize {
    j + usize::from(bytes.get(j) == Some(&b' '))
}

/// The end of the run of ASCII letters and digits that starts at `j`.
#[inline]
fn ascii_alnum_run(bytes: &[u8], mut j: usize) -> usize {
    // Eight bytes at a time, then byte by byte.
    while let Some(chunk) = bytes.get(j..j + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let stop = not_ascii_alnum(u64::from_le_bytes(word));
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    j
}

/// SWAR: in each byte of the result, bit 7 is set when that byte of `x` is
/// not an ASCII letter or digit. Exact up to and including the first such
/// byte (a byte >= 0x80 may carry into the bytes after it), which is all
/// [`ascii_alnum_run`] looks at.
#[inline]
fn not_ascii_alnum(x: u64) -> u64 {
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    const HI: u64 = splat(0x80);
    // For a byte b < 0x80, `b + (0x80 - lo)` has bit 7 set iff b >= lo, and
    // `b + (0x7F - hi)` iff b > hi; no carry leaves the byte.
    let lower = x | splat(0x20);
    let letter = lower.wrapping_add(splat(0x80 - b'a')) & !lower.wrapping_add(splat(0x7F - b'z'));
    let digit = x.wrapping_add(splat(0x80 - b'0')) & !x.wrapping_add(splat(0x7F - b'9'));
    (!(letter | digit) | x) & HI
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn punct_kind(c: char) -> TokenKind {
    match c {
        '%' | '‰' | '€' | '$' | '£' | '¥' | '¢' | '+' | '=' | '<' | '>' | '^' | '|' | '~' | '°'
        | '§' | '©' | '®' | '™' | '×' | '÷' | '±' | '&' | '¤' | '№' | '←' | '→' | '↑' | '↓' => {
            TokenKind::Symbol
        }
        c if c.is_ascii_punctuation() => TokenKind::Punctuation,
        '«' | '»' | '‹' | '›' | '“' | '”' | '‘' | '’' | '„' | '‚' | '…' | '–' | '—' | '‐' | '‑'
        | '‒' | '―' | '¡' | '¿' | '·' | '•' | '¶' | '†' | '‡' | '′' | '″' | '⁄' | '〈' | '〉'
        | '【' | '】' | '「' | '」' | '、' | '。' => TokenKind::Punctuation,
        _ => TokenKind::Symbol,
    }
}

// ---------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------

struct Scanner<'a, 'h> {
    text: &'h str,
    bytes: &'h [u8],
    out: &'a mut Vec<Token<'h>>,
    /// Offset of the next `@` at or after the scan position (or the text
    /// length): e-mail addresses are only looked for before one.
    next_at: usize,
    /// No token before this index is a number (`usize::MAX`: none is), so
    /// digit groups are only merged from there.
    first_number: usize,
    /// Plain words skip [`Scanner::word_at`] ([`plain_word_end`]); off
    /// in the test that checks both ways agree.
    plain_fast: bool,
}

impl<'h> Scanner<'_, 'h> {
    /// The char at byte `i` (which must be a char boundary and `< len`).
    #[inline]
    fn char_at(&self, i: usize) -> char {
        let b = self.bytes[i];
        if b < 0x80 {
            b as char
        } else {
            decode_at(self.bytes, i)
        }
    }

    /// Notes that a number token is (or will be) at index `at` of the
    /// output, or after it.
    #[inline]
    fn saw_number(&mut self, at: usize) {
        self.first_number = self.first_number.min(at);
    }

    /// The char at `i`, or `None` at the end.
    #[inline]
    fn peek(&self, i: usize) -> Option<char> {
        if i < self.bytes.len() {
            Some(self.char_at(i))
        } else {
            None
        }
    }

    /// The char that ends just before byte `i` (`i > 0`, a boundary).
    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        debug_assert!(start < end);
        if kind == TokenKind::Number {
            self.saw_number(self.out.len());
        }
        self.out.push(Token::new(self.text, start, end, kind));
    }

    /// Pushes the plain word at `i` ([`plain_word_end`]), if there is
    /// one, and returns the offset after it and the space that follows.
    #[inline(always)]
    fn plain_word_at(&mut self, i: usize) -> Option<usize> {
        if !self.plain_fast {
            return None;
        }
        let Some(j) = plain_word_end(self.bytes, i) else {
            return self.plain_elision_at(i);
        };
        self.push(i, j, TokenKind::Word);
        Some(skip_space(self.bytes, j))
    }

    /// An elided word then a plain word (`l'homme`, `qu’il`): pushes both
    /// and returns the offset after them and the space that follows.
    /// Only for an ASCII prefix of up to eight letters, an apostrophe `'`
    /// or `’`, and a plain word starting with a letter: then
    /// [`Scanner::word_at`] and [`Scanner::split_word`] would cut the same
    /// two tokens, at a far higher cost (an elision is one word in
    /// twenty in news text).
    #[inline(never)]
    fn plain_elision_at(&mut self, i: usize) -> Option<usize> {
        let bytes = self.bytes;
        let j = ascii_alnum_run(bytes, i);
        if j == i || j - i > 8 {
            return None;
        }
        let rest = match bytes.get(j..j + 3)? {
            [b'\'', ..] => j + 1,
            [0xE2, 0x80, 0x99] => j + 3,
            _ => return None,
        };
        // The rest starts with a letter (an ASCII one or a Latin-1 one,
        // as `plain_word_end` reads them) and is plain.
        let next = match bytes.get(rest..rest + 2)? {
            [b, _] if b.is_ascii_alphabetic() => char::from(*b),
            [0xC3, d] if is_latin1_letter_tail(*d) => decode_at(bytes, rest),
            _ => return None,
        };
        let e = plain_word_end(bytes, rest)?;
        let mut low = [0u8; 8];
        let prefix = ascii_lower_prefix(&bytes[i..j], &mut low)?;
        if !rules::is_elision_prefix(prefix)
            || rules::may_be_lexicalised_apostrophe(prefix, Some(next))
        {
            return None;
        }
        self.push(i, rest, TokenKind::Word);
        self.push(rest, e, TokenKind::Word);
        Some(skip_space(bytes, e))
    }

    fn run(&mut self) {
        let n = self.bytes.len();
        let mut i = 0;
        while i < n {
            let b = self.bytes[i];
            // One table load and one multi-way branch per token start
            // instead of a chain of range tests.
            let class = BYTE_CLASS[usize::from(b)];
            if class != NON_ASCII {
                if class == SPACE {
                    i += 1;
                    continue;
                }
                if class == LETTER {
                    // The common case: a word. A plain word is no URL or
                    // e-mail address unless a `:` (`https:`) or a `.`
                    // (`jean.dupont@…`) follows it: no local part of an
                    // address ends at the other chars that end plain words.
                    let plain = plain_word_end(self.bytes, i).filter(|_| self.plain_fast);
                    if let Some(j) = plain
                        && !matches!(self.bytes.get(j), Some(b':' | b'.'))
                    {
                        self.push(i, j, TokenKind::Word);
                        i = skip_space(self.bytes, j);
                        continue;
                    }
                    if let Some(end) = self.url_or_email_at(i) {
                        i = skip_space(self.bytes, end);
                        continue;
                    }
                    if let Some(next) = self.plain_word_at(i) {
                        i = next;
                        continue;
                    }
                    i = skip_space(self.bytes, self.word_at(i));
                    continue;
                }
                if class == DIGIT {
                    i = skip_space(self.bytes, self.word_at(i));
                    continue;
                }
                if class == PLAIN_PUNCT && self.bytes.get(i + 1).is_none_or(|&d| d < 0x80) {
                    // Plain punctuation, no combining mark to keep.
                    self.push(i, i + 1, TokenKind::Punctuation);
                    i = skip_space(self.bytes, i + 1);
                    continue;
                }
                i = skip_space(self.bytes, self.token_at(i, b as char));
            } else {
                let c = decode_at(self.bytes, i);
                if is_latin_letter(c) {
                    // The common non-ASCII case (`é`, `À`): a word.
                    i = match self.plain_word_at(i) {
                        Some(next) => next,
                        None => skip_space(self.bytes, self.word_at(i)),
                    };
                    continue;
                }
                if is_space(c) {
                    i += c.len_utf8();
                    continue;
                }
                i = skip_space(self.bytes, self.token_at(i, c));
            }
        }
    }

    /// Scans the token(s) starting at `i`, whose first char is `c` (not a
    /// space); returns the offset after them. Always advances.
    fn token_at(&mut self, i: usize, c: char) -> usize {
        if c.is_ascii_alphabetic()
            && let Some(end) = self.url_or_email_at(i)
        {
            return end;
        }
        if is_word_char(c) && !is_combining_mark(c) {
            return self.word_at(i);
        }
        let next = self.peek(i + c.len_utf8());
        match c {
            '@' | '#' if next.is_some_and(|d| d.is_alphanumeric() || d == '_') => {
                let mut j = i + 1;
                while let Some(d) = self.peek(j) {
                    if d.is_alphanumeric() || d == '_' || is_combining_mark(d) {
                        j += d.len_utf8();
                    } else {
                        break;
                    }
                }
                let kind = if c == '@' {
                    TokenKind::Mention
                } else {
                    TokenKind::Hashtag
                };
                self.push(i, j, kind);
                j
            }
            '-' | '+' | '\u{2212}'
                if next.is_some_and(|d| d.is_ascii_digit())
                    && (i == 0 || self.char_before(i).is_some_and(|p| is_space(p) || p == '(')) =>
            {
                let first = self.out.len();
                let end = self.word_at(i + c.len_utf8());
                // `word_at` pushed the number first (clitics such as `-il`
                // may follow it); widen the number to take the sign.
                if let Some(number) = self.out.get_mut(first) {
                    if number.start() == i + c.len_utf8() {
                        let end = number.end();
                        number.set_span(self.text, i, end);
                    }
                }
                end
            }
            '°' if next.is_some_and(|d| matches!(d, 'C' | 'F'))
                && (i == 0 || self.char_before(i).is_some_and(is_space))
                && !self.peek(i + 3).is_some_and(is_word_char) =>
            {
                self.push(i, i + 3, TokenKind::Symbol);
                i + 3
            }
            '+' if self.bytes[i..].starts_with(b"+/-") => {
                self.push(i, i + 3, TokenKind::Symbol);
                i + 3
            }
            '.' | '-' => {
                let mut j = i + 1;
                while j < self.bytes.len() && self.bytes[j] == c as u8 {
                    j += 1;
                }
                self.push(i, j, TokenKind::Punctuation);
                j
            }
            c if is_combining_mark(c) => {
                // A stray mark (after a space or a symbol): one symbol token
                // with every mark that follows.
                let mut j = i + c.len_utf8();
                while let Some(d) = self.peek(j).filter(|&d| is_combining_mark(d)) {
                    j += d.len_utf8();
                }
                self.push(i, j, TokenKind::Symbol);
                j
            }
            c => {
                let mut j = i + c.len_utf8();
                // A symbol or mark followed by combining marks keeps them.
                while let Some(d) = self.peek(j).filter(|&d| is_combining_mark(d)) {
                    j += d.len_utf8();
                }
                self.push(i, j, punct_kind(c));
                j
            }
        }
    }

    /// Pushes a URL or an e-mail address starting at `i` (an ASCII letter)
    /// and returns its end, if there is one.
    #[inline(always)]
    fn url_or_email_at(&mut self, i: usize) -> Option<usize> {
        // Cheap tests first: URLs start `ht`, `ww` or `ft`; e-mails need
        // an `@` within 64 bytes (or past the one last seen).
        let b0 = self.bytes[i] | 0x20;
        let b1 = self.bytes.get(i + 1).map_or(0, |b| b | 0x20);
        if matches!((b0, b1), (b'h', b't') | (b'w', b'w') | (b'f', b't')) || self.next_at <= i + 64
        {
            self.url_or_email_slow(i)
        } else {
            None
        }
    }

    #[inline(never)]
    fn url_or_email_slow(&mut self, i: usize) -> Option<usize> {
        if let Some(end) = self.url_at(i) {
            self.push(i, end, TokenKind::Url);
            return Some(end);
        }
        if self.next_at < i {
            self.next_at =
                memchr::memchr(b'@', &self.bytes[i..]).map_or(self.bytes.len(), |p| i + p);
        }
        if self.next_at - i <= 64
            && let Some(end) = self.email_at(i)
        {
            self.push(i, end, TokenKind::Email);
            return Some(end);
        }
        None
    }

    /// A URL starting at `i`: `scheme://…` or `www.…`, up to white space,
    /// without trailing punctuation.
    fn url_at(&self, i: usize) -> Option<usize> {
        let rest = &self.bytes[i..];
        let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        let body = if starts(b"https://") {
            8
        } else if starts(b"http://") || starts(b"www.") {
            if starts(b"www.") { 4 } else { 7 }
        } else if starts(b"ftp://") {
            6
        } else {
            return None;
        };
        if !self.peek(i + body).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        let mut j = i + body;
        while let Some(c) = self.peek(j) {
            if is_space(c) || matches!(c, '«' | '»' | '“' | '”' | '<' | '>' | '"') {
                break;
            }
            j += c.len_utf8();
        }
        Some(self.trim_trailing_punct(i + body, j))
    }

    /// Drops trailing punctuation from a URL or e-mail `[.., j)`, keeping a
    /// closing bracket only when the body opened one.
    fn trim_trailing_punct(&self, body: usize, mut j: usize) -> usize {
        while j > body {
            let c = self.char_before(j).unwrap_or(' ');
            let drop = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | '…' => true,
                ')' => !self.text[body..j].contains('('),
                ']' => !self.text[body..j].contains('['),
                _ => false,
            };
            if !drop {
                break;
            }
            j -= c.len_utf8();
        }
        j
    }

    /// An e-mail address starting at `i`.
    fn email_at(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let n = self.bytes.len();
        // Local part: ASCII letters, digits, `.`, `_`, `-`, `+`; bounded.
        while j < n && j - i < 64 {
            let b = self.bytes[j];
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+') {
                j += 1;
            } else {
                break;
            }
        }
        // An ASCII letter that carries a combining mark (NFD `é`) is not
        // ASCII: stop before it, as before the precomposed letter.
        let plain_alnum = |k: usize| {
            self.bytes.get(k).is_some_and(u8::is_ascii_alphanumeric)
                && !self
                    .bytes
                    .get(k + 1)
                    .is_some_and(|&b| b >= 0x80 && is_combining_mark(decode_at(self.bytes, k + 1)))
        };
        if j >= n || self.bytes[j] != b'@' || !plain_alnum(j + 1) {
            return None;
        }
        let domain = j + 1;
        let mut k = domain;
        let mut dot = false;
        while k < n {
            let b = self.bytes[k];
            if b == b'-' || plain_alnum(k) {
                k += 1;
            } else if b == b'.' && plain_alnum(k + 1) {
                dot = true;
                k += 1;
            } else {
                break;
            }
        }
        if dot { Some(k) } else { None }
    }

    /// Scans a word-like unit at `i` (a word char), splits it (elision,
    /// clitics, abbreviation dot) and pushes its tokens. Returns its end.
    fn word_at(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let n = bytes.len();
        let mut j = i;
        // Characters in the current segment (since the last joiner).
        let mut seg_chars = 0usize;
        // The last letter or digit so far (not a mark or soft hyphen):
        // `bytes[prev_end - 1]` when `prev_ascii`, else `prev_char`. Read
        // only when a joiner or a dot follows.
        let mut prev_ascii = false;
        let mut prev_end = 0;
        let mut prev_char = '\0';
        // Does the unit hold an apostrophe or a hyphen, or a char encoded
        // from lead byte 0xE2 or 0xCA (where `’`, `ʼ`, `‐`, `‑` live)? Only
        // then can `split_word` cut it.
        let mut special = false;
        loop {
            loop {
                // A run of ASCII letters and digits, byte by byte.
                let run = j;
                j = ascii_alnum_run(bytes, j);
                if j > run {
                    seg_chars += j - run;
                    prev_ascii = true;
                    prev_end = j;
                }
                if j >= n || bytes[j] < 0x80 {
                    break;
                }
                // A non-ASCII char: decode it.
                let c = decode_at(bytes, j);
                if !is_word_char(c) {
                    break;
                }
                if matches!(bytes[j], 0xE2 | 0xCA) {
                    special = true;
                }
                if !is_combining_mark(c) && c != '\u{00AD}' {
                    seg_chars += 1;
                    prev_ascii = false;
                    prev_char = c;
                }
                j += c.len_utf8();
            }
            if j >= n {
                break;
            }
            let c = self.char_at(j);
            // Only these can join two segments.
            if !matches!(
                c,
                '-' | '\''
                    | '.'
                    | ','
                    | ':'
                    | '/'
                    | '&'
                    | '_'
                    | '\u{2010}'
                    | '\u{2011}'
                    | '\u{2019}'
                    | '\u{02BC}'
            ) {
                break;
            }
            let after = j + c.len_utf8();
            let Some(next) = self.peek(after) else { break };
            let prev = if prev_ascii {
                char::from(bytes[prev_end - 1])
            } else {
                prev_char
            };
            let single_letter = seg_chars == 1 && prev.is_alphabetic();
            // The segment is a single capital: an initial.
            let initial = single_letter && prev.is_uppercase();
            let join = if is_word_char(next) && !is_combining_mark(next) {
                match c {
                    c if is_hyphen(c) => true,
                    c if is_apostrophe(c) => prev.is_alphabetic() && next.is_alphabetic(),
                    '.' => {
                        (prev.is_ascii_digit() && next.is_ascii_digit())
                            || (initial && next.is_alphabetic())
                    }
                    ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    '&' | '_' => true,
                    _ => false,
                }
            } else if c == '.' && is_hyphen(next) && initial {
                // `J.-C.`: an initial, a dot, a hyphen, another initial.
                let after2 = after + next.len_utf8();
                if self.peek(after2).is_some_and(|d| d.is_uppercase()) {
                    j = after2;
                    seg_chars = 0;
                    special = true;
                    continue;
                }
                false
            } else {
                false
            };
            if !join {
                break;
            }
            if c == '-' || c == '\'' || !c.is_ascii() {
                special = true;
            }
            j = after;
            seg_chars = 0;
        }
        if j < n {
            let b = bytes[j];
            // `n°`, `N°`, `nº`.
            if j - i == 1 && matches!(bytes[i], b'n' | b'N') && b == 0xC2 {
                if let Some(d @ ('°' | 'º')) = self.peek(j) {
                    let end = j + d.len_utf8();
                    self.push(i, end, TokenKind::Word);
                    return end;
                }
            }
            // A dangling apostrophe after an elision prefix (`l' OTAN`, as
            // in pre-tokenised text) belongs to the prefix.
            if matches!(b, b'\'' | 0xE2 | 0xCA)
                && let Some(a) = self.peek(j).filter(|&a| is_apostrophe(a))
            {
                let fb = FoldBuf::new(&self.text[i..j]);
                if fb.as_str().is_some_and(rules::is_elision_prefix) {
                    let end = j + a.len_utf8();
                    self.push(i, end, TokenKind::Word);
                    return end;
                }
            }
            // A final dot that belongs to an abbreviation, initial or
            // acronym.
            if b == b'.' && bytes.get(j + 1) != Some(&b'.') && {
                let prev = if prev_ascii {
                    char::from(bytes[prev_end - 1])
                } else {
                    prev_char
                };
                self.takes_dot(i, j, seg_chars, prev)
            } {
                self.push_word(i, j, special);
                if let Some(last) = self.out.last_mut() {
                    *last = Token::new(self.text, last.start(), j + 1, TokenKind::Abbreviation);
                }
                return j + 1;
            }
        }
        self.push_word(i, j, special);
        j
    }

    /// Pushes the tokens of the word `[s, e)`; `special` as in `word_at`.
    #[inline(always)]
    fn push_word(&mut self, s: usize, e: usize, special: bool) {
        if special {
            self.split_word(s, e);
        } else if !self.bytes[s].is_ascii_digit() {
            self.push(s, e, TokenKind::Word);
        } else if let Some(h) = time_h(&self.text[s..e]) {
            self.push_time(s, h, e);
        } else {
            self.push(s, e, TokenKind::Number);
        }
    }

    /// Pushes a time `20h45` (`[s, e)`, `h` at `s + h`) as number, `h`,
    /// number (`9h`: number, `h`).
    fn push_time(&mut self, s: usize, h: usize, e: usize) {
        self.push(s, s + h, TokenKind::Number);
        self.push(s + h, s + h + 1, TokenKind::Word);
        if s + h + 1 < e {
            self.push(s + h + 1, e, TokenKind::Number);
        }
    }

    /// Does the word `[i, j)`, followed by a dot, keep that dot?
    fn takes_dot(&self, i: usize, j: usize, last_seg_chars: usize, last: char) -> bool {
        let word = &self.text[i..j];
        // Initials and dotted acronyms: `B.`, `U.E.`, `J.-C.`. Not the
        // network X ending a sentence: `a-t-il écrit sur X. Le …`, `sur
        // son compte X.`, `sur le réseau social X.`; nor the unknown
        // person of a complaint, `portera plainte contre X. Pour …`.
        if last_seg_chars == 1 && last.is_uppercase() {
            let network = word == "X"
                && self.out.last().is_some_and(|t| {
                    matches!(
                        t.as_str(),
                        "sur" | "compte" | "réseau" | "social" | "Sur" | "contre"
                    )
                });
            return !network;
        }
        let lookup = |w: &str| match rules::abbreviation(w) {
            Some(AbbrevKind::Always) => true,
            Some(AbbrevKind::BeforeNumber) => {
                let mut k = j + 1;
                while let Some(c) = self.peek(k).filter(|&c| is_space(c)) {
                    k += c.len_utf8();
                }
                self.peek(k).is_some_and(|c| c.is_ascii_digit())
            }
            None => false,
        };
        if word.len() > 8 {
            return false;
        }
        if word.is_ascii() {
            lookup(word)
        } else {
            let nfc = crate::normalize::nfc(word);
            lookup(&nfc)
        }
    }

    /// Pushes the tokens of the word `[s, e)`: elided prefixes, the base,
    /// inverted clitics.
    #[inline(never)]
    fn split_word(&mut self, mut s: usize, e: usize) {
        // Fast path: no apostrophe, no hyphen, not a number (`20h45`): one
        // token.
        // `’`, `ʼ`, `‐`, `‑` all start with byte 0xE2 or 0xCA.
        if !self.bytes[s].is_ascii_digit()
            && !self.bytes[s..e]
                .iter()
                .any(|&b| matches!(b, b'\'' | b'-' | 0xE2 | 0xCA))
        {
            let kind = if self.bytes[s].is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            self.out.push(Token::new(self.text, s, e, kind));
            return;
        }
        // Elision: `l’`, `qu’`, `jusqu’`… unless the word is lexicalised.
        loop {
            let word = &self.text[s..e];
            let Some((a, alen)) = word
                .char_indices()
                .find(|&(_, c)| is_apostrophe(c))
                .map(|(a, c)| (a, c.len_utf8()))
            else {
                break;
            };
            if a == 0 || a + alen >= word.len() {
                break;
            }
            // The prefix folded: an ASCII one (nearly all) is lowercased
            // in place, another goes through the general folding.
            let head = &word.as_bytes()[..a];
            let mut low = [0u8; 8];
            let fb;
            let prefix = match ascii_lower_prefix(head, &mut low) {
                Some(p) => Some(p),
                None => {
                    fb = FoldBuf::new(&word[..a]);
                    fb.as_str()
                }
            };
            let Some(prefix) = prefix.filter(|p| rules::is_elision_prefix(p)) else {
                break;
            };
            // Lexicalised words: the whole word, or its first hyphen part.
            // Folding goes char by char, so their folded forms begin with
            // the folded prefix: only a few prefixes need the lookup.
            if rules::may_be_lexicalised_apostrophe(prefix, word[a + alen..].chars().next()) {
                let head = word[..].split(is_hyphen).next().unwrap_or(word);
                let whole = FoldBuf::new(word);
                let head_f = FoldBuf::new(head);
                if whole.as_str().is_some_and(rules::is_lexicalised_apostrophe)
                    || head_f
                        .as_str()
                        .is_some_and(rules::is_lexicalised_apostrophe)
                {
                    break;
                }
            }
            self.push(s, s + a + alen, TokenKind::Word);
            s += a + alen;
        }
        // Clitics: peel `-il`, `-t-il`, `-moi`… from the end.
        let start_clitics = self.out.len();
        if self.bytes[s].is_ascii_digit() {
            // The base is a number (or a time), put at `start_clitics`.
            self.saw_number(start_clitics);
        }
        let mut base_end = e;
        // Only a word ending in a hyphen and a clitic can lose one; then it
        // may still be a lexicalised compound (`rendez-vous`).
        let ends_in_clitic = self.text[s..e]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_hyphen(c))
            .is_some_and(|(h, hc)| h > 0 && rules::is_clitic(&self.text[s + h + hc.len_utf8()..e]));
        if ends_in_clitic
            && !FoldBuf::new(&self.text[s..e])
                .as_str()
                .is_some_and(rules::is_lexicalised_hyphen)
        {
            loop {
                let base = &self.text[s..base_end];
                let Some((h, hc)) = base.char_indices().rev().find(|&(_, c)| is_hyphen(c)) else {
                    break;
                };
                if h == 0 {
                    break;
                }
                let part = &base[h + hc.len_utf8()..];
                if !rules::is_clitic(part) {
                    break;
                }
                let mut cstart = s + h;
                // Euphonic `-t-`: `a-t-il`.
                let before = &base[..h];
                if let Some(t) = before.strip_suffix('t') {
                    if let Some(hh) = t.chars().next_back().filter(|&c| is_hyphen(c)) {
                        if t.len() > hh.len_utf8() {
                            cstart = s + t.len() - hh.len_utf8();
                        }
                    }
                }
                if cstart == s {
                    break;
                }
                self.out
                    .push(Token::new(self.text, cstart, base_end, TokenKind::Clitic));
                base_end = cstart;
            }
        }
        // Times: `20h45`, `9h` are number + `h` + number.
        if let Some(h) = time_h(&self.text[s..base_end]) {
            // The clitics were pushed last-first: put them in order, then
            // the time's tokens before them.
            self.out[start_clitics..].reverse();
            let before = self.out.len();
            self.push_time(s, h, base_end);
            let parts = self.out.len() - before;
            self.out[start_clitics..].rotate_right(parts);
            return;
        }
        // The clitics were pushed last-first; the base goes before them.
        let base_kind = if self.bytes[s].is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        self.out
            .insert(start_clitics, Token::new(self.text, s, base_end, base_kind));
        self.out[start_clitics + 1..].reverse();
    }
}

/// `20h45` → `Some(2)`: one or two digits, `h`, then nothing or two digits.
fn time_h(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let h = b.iter().position(|&c| c == b'h')?;
    let ok = (1..=2).contains(&h)
        && b[..h].iter().all(u8::is_ascii_digit)
        && (b.len() == h + 1 || (b.len() == h + 3 && b[h + 1..].iter().all(u8::is_ascii_digit)));
    if ok { Some(h) } else { None }
}

/// Joins digit groups separated by one space into one number:
/// `1 000 000`, `3 852`, `1 000,5` (groups of exactly three digits after
/// the first group of one to three).
/// No token before `from` is a number.
fn merge_digit_groups<'h>(text: &'h str, tokens: &mut Vec<Token<'h>>, from: usize) {
    let n = tokens.len();
    if n < from + 2 {
        return;
    }
    let digits = |t: &Token<'_>| {
        let s = t.as_str();
        let s = s.strip_prefix(['-', '+']).unwrap_or(s);
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    };
    // A merge joins a number to the number token right after it: up to
    // the first such pair nothing moves.
    let Some(first) = tokens[from..]
        .windows(2)
        .position(|p| p[0].kind == TokenKind::Number && p[1].kind == TokenKind::Number)
    else {
        return;
    };
    let mut w = from + first;
    let mut r = w;
    while r < n {
        // Until a first merge nothing moves: pass over the non-numbers
        // without copying them.
        if w == r && tokens[r].kind != TokenKind::Number {
            r += 1;
            w += 1;
            continue;
        }
        let mut cur = tokens[r];
        r += 1;
        if cur.kind == TokenKind::Number
            && digits(&cur)
            && (1..=3).contains(&cur.as_str().trim_start_matches(['-', '+']).len())
        {
            while r < n {
                let next = tokens[r];
                let gap = text.get(cur.end()..next.start()).unwrap_or("");
                let one_space = gap.chars().count() == 1
                    && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}" | "\u{2007}");
                let s = next.as_str().as_bytes();
                let group = s.len() >= 3
                    && s[..3].iter().all(u8::is_ascii_digit)
                    && (s.len() == 3
                        || (matches!(s[3], b',' | b'.')
                            && s.len() > 4
                            && s[4..].iter().all(u8::is_ascii_digit)));
                if next.kind == TokenKind::Number && one_space && group {
                    cur.set_span(text, cur.start(), next.end());
                    r += 1;
                    if s.len() > 3 {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        if w != r - 1 || cur.span() != tokens[w].span() {
            tokens[w] = cur;
        }
        w += 1;
    }
    tokens.truncate(w);
}

#[cfg(test)]
mod tests;
