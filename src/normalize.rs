//! Unicode normalisation and the folding used for matching.
//!
//! Two tools live here:
//!
//! * [`nfc`] returns the text in Unicode Normalisation Form C, borrowing it
//!   unchanged when it already is (the common case, checked with the quick
//!   test of UAX #15).
//! * [`Folded`] is a copy of a text folded for matching — lower case, no
//!   accents, one apostrophe (`'`), one hyphen (`-`), every space as
//!   U+0020 — together with a map from each folded byte back to the original
//!   byte offset. Searching happens on the folded copy; results are reported
//!   through the map, so offsets always point into the original text.
//!
//! Folding decomposes every character canonically first, so text in NFD
//! (`e` + U+0301) folds exactly like text in NFC (`é`).

use std::borrow::Cow;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Returns `text` in Normalisation Form C, borrowed when it already is.
///
/// ```
/// use politext::normalize::nfc;
///
/// assert!(matches!(nfc("Élysée"), std::borrow::Cow::Borrowed(_)));
/// let decomposed = "E\u{301}lyse\u{301}e";
/// assert_eq!(nfc(decomposed), "Élysée");
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => {
            let s: String = text.nfc().collect();
            if s == text {
                Cow::Borrowed(text)
            } else {
                Cow::Owned(s)
            }
        }
    }
}

/// Folds one character for matching and feeds the result to `out`.
///
/// Lower-cases, drops accents and other combining marks, maps apostrophe
/// variants to `'`, hyphen and dash variants to `-`, every white space to
/// `' '`, and the ligatures `œ`, `æ`, `ß` to `oe`, `ae`, `ss`.
///
/// ```
/// let mut s = String::new();
/// for c in "Œuvre’É\u{a0}–".chars() {
///     politext::normalize::fold_char(c, |f| s.push(f));
/// }
/// assert_eq!(s, "oeuvre'e -");
/// ```
#[inline]
pub fn fold_char(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        out(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => out('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out('-'),
        'œ' | 'Œ' => {
            out('o');
            out('e')
        }
        'æ' | 'Æ' => {
            out('a');
            out('e')
        }
        'ß' => {
            out('s');
            out('s')
        }
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        c if c.is_whitespace() => out(' '),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    out(l)
                }
            }
        }),
    }
}

/// Folds a whole string exactly as [`Folded`] does; convenient for
/// patterns.
///
/// ```
/// assert_eq!(politext::normalize::fold_str("L’Élysée"), "l'elysee");
/// assert_eq!(politext::normalize::fold_str("Côte d' Ivoire "), "cote d'ivoire ");
/// ```
pub fn fold_str(s: &str) -> String {
    let mut buf = Vec::with_capacity(s.len());
    Folded::fold_into(&mut buf, s);
    // Only whole chars were appended, so this never fails.
    String::from_utf8(buf).unwrap_or_default()
}

/// ASCII folding: lower case; white space (including VT) and `-` become a
/// space (runs are collapsed by the caller); `\u{60}` becomes `'`.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_uppercase() {
            b + 32
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-') {
            b' '
        } else if b == b'`' {
            b'\''
        } else {
            b
        };
        i += 1;
    }
    t
};

/// The folding of the ASCII bytes that fold to one byte whatever surrounds
/// them (everything printable but `-` and `` ` ``), 0 for every other byte
/// (white space, `-`, controls, non-ASCII).
static ASCII_PLAIN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0x21;
    while i < 0x7f {
        if i != b'-' as usize && i != b'`' as usize {
            t[i] = ASCII_FOLD[i];
        }
        i += 1;
    }
    t
};

/// Latin-1 punctuation and symbols (U+00A1..=U+00BF) that [`fold_char`]
/// leaves as they are: no canonical decomposition, no case; not the soft
/// hyphen (dropped) nor the acute accent (an apostrophe).
#[inline]
fn is_latin1_symbol(c: char) -> bool {
    matches!(c, '\u{a1}'..='\u{bf}') && c != '\u{ad}' && c != '\u{b4}'
}

/// The folded base letter of a Latin-1 letter with a diacritic
/// (U+00C0..=U+00FF), as [`fold_char`] would give it, or `None` for the
/// others (`×`, `÷`, `Æ`, `æ`, `ß`, `Ð`, `ð`, `Ø`, `ø`, `Þ`, `þ`).
#[inline]
fn latin1_base(c: char) -> Option<u8> {
    const TABLE: &[u8; 64] =
        b"aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";
    let cp = c as u32;
    if !(0xC0..=0xFF).contains(&cp) {
        return None;
    }
    match TABLE[(cp - 0xC0) as usize] {
        0 => None,
        b => Some(b),
    }
}

/// A text folded for matching, with a map back to the original offsets.
///
/// Besides [`fold_char`], hyphens fold to spaces (`Haut-Commissariat`
/// matches `Haut Commissariat`), runs of white space fold to one space and
/// white space after an apostrophe is dropped, so that pre-tokenised text
/// (`l' OTAN`, `Côte d' Ivoire`) matches like running text. Leading white
/// space is dropped too.
///
/// # Example
///
/// ```
/// use politext::{Span, normalize::Folded};
///
/// let text = "À l’OTAN, Jens Stoltenberg";
/// let folded = Folded::new(text);
/// assert_eq!(folded.as_str(), "a l'otan, jens stoltenberg");
/// let at = folded.as_str().find("otan").unwrap();
/// let span = folded.original_span(at, at + 4);
/// assert_eq!(span, Span::new(7, 11));
/// assert_eq!(&text[span], "OTAN");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Folded {
    folded: String,
    /// For each folded byte, the original offset of the char it came from;
    /// one more entry at the end holds the original length.
    map: Vec<u32>,
}

impl Folded {
    /// Folds `text`. Cost: one pass, about five bytes of memory per byte.
    ///
    /// Texts longer than 4 GiB are not supported by the offset map; such a
    /// text is folded only up to its first 4 GiB.
    pub fn new(text: &str) -> Folded {
        let mut f = Folded::default();
        f.refold(text);
        f
    }

    /// Folds `text` into this value, reusing its allocations.
    ///
    /// ```
    /// let mut f = politext::normalize::Folded::new("Paris");
    /// f.refold("Élysée");
    /// assert_eq!(f.as_str(), "elysee");
    /// ```
    pub fn refold(&mut self, text: &str) {
        let mut buf = core::mem::take(&mut self.folded).into_bytes();
        buf.clear();
        self.map.clear();
        let limit = text.len().min(u32::MAX as usize - 1);
        buf.reserve(limit);
        self.map.reserve(limit + 1);
        let bytes = text.as_bytes();
        let map = &mut self.map;
        let mut i = 0;
        while i < limit {
            let b = bytes[i];
            if b < 0x80 {
                match ASCII_FOLD[b as usize] {
                    b' ' => {
                        if !matches!(buf.last(), None | Some(b' ' | b'\'')) {
                            buf.push(b' ');
                            map.push(i as u32);
                        }
                    }
                    o => {
                        buf.push(o);
                        map.push(i as u32);
                    }
                }
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().expect("char boundary");
            // Latin-1 letters (`é`, `à`, `ç`…): a table, no decomposition.
            if let Some(base) = latin1_base(c) {
                buf.push(base);
                map.push(i as u32);
                i += c.len_utf8();
                continue;
            }
            fold_char(c, |f| {
                let f = if f == '-' { ' ' } else { f };
                if f == ' ' && matches!(buf.last(), None | Some(b' ' | b'\'')) {
                    return;
                }
                let mut tmp = [0u8; 4];
                let enc = f.encode_utf8(&mut tmp).as_bytes();
                buf.extend_from_slice(enc);
                for _ in 0..enc.len() {
                    map.push(i as u32);
                }
            });
            i += c.len_utf8();
        }
        map.push(i as u32);
        // Only whole chars were pushed, so this never fails.
        self.folded = String::from_utf8(buf).unwrap_or_default();
    }

    /// Appends the folding of `s` to `buf` with the rules of [`Folded`]
    /// (white space collapsed against what `buf` already ends with), for
    /// callers that fold token by token and keep their own offsets.
    #[inline]
    pub(crate) fn fold_into(buf: &mut Vec<u8>, s: &str) {
        let at = buf.len();
        buf.resize(at + s.len(), 0);
        if !Self::fold_plain(&mut buf[at..], s.as_bytes()) {
            buf.truncate(at);
            Self::fold_general(buf, s);
        }
    }

    /// The fast path of [`Folded::fold_into`]: printable ASCII without
    /// `-` or `` ` `` (most tokens) folds byte for byte to lower case, with
    /// nothing to collapse. Writes the folding of `src` into
    /// `dst[..src.len()]` and returns `true`, or returns `false` (with
    /// `dst` scribbled on) for any other text.
    #[inline]
    pub(crate) fn fold_plain(dst: &mut [u8], src: &[u8]) -> bool {
        let Some(dst) = dst.get_mut(..src.len()) else {
            return false;
        };
        let mut ok = 1u8;
        for (d, &b) in dst.iter_mut().zip(src) {
            let o = ASCII_PLAIN[b as usize];
            ok &= (o != 0) as u8;
            *d = o;
        }
        ok != 0
    }

    /// [`Folded::fold_into`] for any text (the fast path only takes plain
    /// ASCII).
    #[inline(never)]
    fn fold_general(buf: &mut Vec<u8>, s: &str) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                match ASCII_FOLD[b as usize] {
                    b' ' => {
                        if !matches!(buf.last(), None | Some(b' ' | b'\'')) {
                            buf.push(b' ');
                        }
                    }
                    o => buf.push(o),
                }
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().expect("char boundary");
            if let Some(base) = latin1_base(c) {
                buf.push(base);
            } else if is_latin1_symbol(c) {
                // `«`, `»`, `°`, `§`…: folded to themselves, no
                // decomposition lookup.
                buf.extend_from_slice(&s.as_bytes()[i..i + 2]);
            } else {
                fold_char(c, |f| {
                    let f = if f == '-' { ' ' } else { f };
                    if f == ' ' && matches!(buf.last(), None | Some(b' ' | b'\'')) {
                        return;
                    }
                    let mut tmp = [0u8; 4];
                    buf.extend_from_slice(f.encode_utf8(&mut tmp).as_bytes());
                });
            }
            i += c.len_utf8();
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// Original byte offset of folded byte `at` (`at` may be the folded
    /// length, which maps to the original length).
    ///
    /// ```
    /// let f = politext::normalize::Folded::new("Élu");
    /// assert_eq!(f.original_offset(1), 2);
    /// ```
    #[inline]
    pub fn original_offset(&self, at: usize) -> usize {
        self.map[at.min(self.map.len() - 1)] as usize
    }

    /// Maps a folded span back to the original text.
    ///
    /// The end maps to where the next original character starts, so
    /// combining marks that follow the last letter stay inside the span.
    #[inline]
    pub fn original_span(&self, start: usize, end: usize) -> crate::Span {
        crate::Span::new(self.original_offset(start), self.original_offset(end))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn latin1_symbols_fold_as_fold_char_does() {
        for c in '\u{a0}'..='\u{ff}' {
            if super::is_latin1_symbol(c) {
                let mut out = String::new();
                super::fold_char(c, |f| out.push(f));
                assert_eq!(out, c.to_string(), "{c:?}");
                assert_eq!(super::fold_str(&format!("«{c}»")), format!("«{c}»"));
            }
        }
    }

    use super::*;

    #[test]
    fn nfd_folds_like_nfc() {
        let nfc_text = "Élysée, Zelensky, Erdoğan";
        let nfd_text: String = nfc_text.nfd().collect();
        assert_ne!(nfc_text, nfd_text);
        assert_eq!(
            Folded::new(nfc_text).as_str(),
            Folded::new(&nfd_text).as_str()
        );
        let f = Folded::new(&nfd_text);
        let at = f.as_str().find("erdogan").unwrap();
        let sp = f.original_span(at, at + 7);
        assert_eq!(&nfd_text[sp], "Erdog\u{306}an");
    }

    #[test]
    fn latin1_table_agrees_with_decomposition() {
        for cp in 0xC0u32..=0xFF {
            let c = char::from_u32(cp).unwrap();
            if let Some(b) = latin1_base(c) {
                let mut s = String::new();
                fold_char(c, |f| s.push(f));
                assert_eq!(s, (b as char).to_string(), "{c}");
            }
        }
    }

    #[test]
    fn spaces_and_dashes() {
        assert_eq!(fold_str("1\u{202f}000 – a‑b"), "1 000 a b");
    }
}
