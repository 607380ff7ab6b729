//! Lexical tables of the French tokenizer: abbreviations, elision prefixes,
//! clitic pronouns and lexicalised words.
//!
//! Every lookup here compares a *folded* form (lower case, no accents, `'`
//! as the only apostrophe; see [`crate::normalize::fold_char`]) so that NFD
//! input, capitals and typographic apostrophes behave like the plain form.

use crate::normalize::fold_char;

/// Longest word any table here compares against; longer words skip lookups.
const MAX_LOOKUP: usize = 32;

/// A small stack buffer holding the folded form of a short word.
pub(crate) struct FoldBuf {
    buf: [u8; MAX_LOOKUP],
    len: usize,
    overflow: bool,
}

impl FoldBuf {
    /// Folds `s`; `as_str` returns `None` when the folded form is too long
    /// to be in any table.
    #[inline]
    pub(crate) fn new(s: &str) -> FoldBuf {
        let mut fb = FoldBuf {
            buf: [0; MAX_LOOKUP],
            len: 0,
            overflow: s.len() > 4 * MAX_LOOKUP,
        };
        if fb.overflow {
            return fb;
        }
        if s.is_ascii() {
            // ASCII folds to its lower case, byte for byte.
            if s.len() > MAX_LOOKUP {
                fb.overflow = true;
            } else {
                fb.buf[..s.len()].copy_from_slice(s.as_bytes());
                fb.buf[..s.len()].make_ascii_lowercase();
                fb.len = s.len();
            }
            return fb;
        }
        for c in s.chars() {
            fold_char(c, |f| {
                let mut tmp = [0u8; 4];
                let enc = f.encode_utf8(&mut tmp).as_bytes();
                if fb.len + enc.len() > MAX_LOOKUP {
                    fb.overflow = true;
                } else {
                    fb.buf[fb.len..fb.len + enc.len()].copy_from_slice(enc);
                    fb.len += enc.len();
                }
            });
            if fb.overflow {
                break;
            }
        }
        fb
    }

    #[inline]
    pub(crate) fn as_str(&self) -> Option<&str> {
        if self.overflow {
            None
        } else {
            core::str::from_utf8(&self.buf[..self.len]).ok()
        }
    }
}

/// Elision prefixes, folded, without their apostrophe.
pub(crate) fn is_elision_prefix(folded: &str) -> bool {
    matches!(
        folded,
        "l" | "d"
            | "j"
            | "m"
            | "n"
            | "s"
            | "t"
            | "c"
            | "qu"
            | "jusqu"
            | "lorsqu"
            | "puisqu"
            | "quoiqu"
            | "presqu"
            | "quelqu"
    )
}

/// Words with an apostrophe that stay one token, folded.
pub(crate) const LEXICALISED_APOSTROPHE: &[&str] = &[
    "aujourd'hui",
    "quelqu'un",
    "quelqu'une",
    "quelqu'uns",
    "quelqu'unes",
    "presqu'ile",
    "presqu'iles",
    "prud'homme",
    "prud'hommes",
    "prud'homal",
    "prud'homale",
    "prud'homales",
    "prud'homaux",
    "c'est-a-dire",
    "l'on",
    "entr'acte",
    "entr'actes",
    "main-d'oeuvre",
    "hors-d'oeuvre",
    "n'djamena",
];

/// Is `folded` one of [`LEXICALISED_APOSTROPHE`]?
pub(crate) fn is_lexicalised_apostrophe(folded: &str) -> bool {
    LEXICALISED_APOSTROPHE.contains(&folded)
}

/// Can a word whose elided prefix folds to `prefix`, followed by the
/// apostrophe and `next`, be in [`LEXICALISED_APOSTROPHE`]? Its entries
/// begin with one of these prefixes, an apostrophe and this letter (keep
/// the two lists in step; a unit test checks). Non-ASCII `next`: maybe.
pub(crate) fn may_be_lexicalised_apostrophe(prefix: &str, next: Option<char>) -> bool {
    let Some(next) = next else { return false };
    let letter = match prefix {
        "quelqu" => 'u',
        "presqu" => 'i',
        "c" => 'e',
        "l" => 'o',
        "n" => 'd',
        _ => return false,
    };
    !next.is_ascii() || next.to_ascii_lowercase() == letter
}

/// Clitic pronouns that split off a verb after a hyphen (`dit-il`).
pub(crate) fn is_clitic(part: &str) -> bool {
    matches!(
        part,
        "il" | "elle"
            | "on"
            | "ils"
            | "elles"
            | "je"
            | "tu"
            | "nous"
            | "vous"
            | "moi"
            | "toi"
            | "le"
            | "la"
            | "les"
            | "lui"
            | "leur"
            | "y"
            | "en"
            | "ce"
            | "pas"
    )
}

/// Hyphenated words whose last part looks like a clitic but is not one.
pub(crate) fn is_lexicalised_hyphen(folded: &str) -> bool {
    matches!(
        folded,
        "rendez-vous"
            | "chez-moi"
            | "chez-soi"
            | "chez-nous"
            | "chez-vous"
            | "c'est-a-dire"
            | "qu'en-dira-t-on"
            | "m'as-tu-vu"
            | "va-t-en-guerre"
            | "sur-le"
            | "pousse-toi"
    )
}

/// How an abbreviation may take its final dot.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Always keeps its dot (`M.`, `etc.`).
    Always,
    /// Keeps its dot only when a number follows (`art. 49`, `n. 3`).
    BeforeNumber,
}

/// Abbreviations that keep their final dot. Compared case-sensitively on
/// the NFC form of the original text (so that `Me.` is not confused with
/// `me.`).
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevKind> {
    use AbbrevKind::*;
    Some(match word {
        "M" | "MM" | "Mme" | "Mmes" | "Mlle" | "Mlles" | "Mgr" | "Dr" | "Pr" | "Me" | "St"
        | "Ste" | "Sts" | "etc" | "cf" | "Cf" | "av" | "apr" | "env" | "ex" | "Ex" | "éd"
        | "coll" | "fig" | "Fig" | "chap" | "hab" | "ca" | "vs" | "op" | "cit" | "ibid" | "Cie"
        | "Co" | "Inc" | "Ltd" | "Jr" | "Sr" | "Gal" | "Gén" | "gén" | "Cdt" | "Lt" | "Col"
        | "Cne" | "Adj" | "janv" | "févr" | "fév" | "avr" | "juil" | "déc" | "Janv" | "Févr"
        | "Avr" | "Juil" | "Oct" | "Nov" | "Déc" | "Bd" | "bd" | "Av" | "qqch" | "qqn" | "sq"
        | "sqq" | "resp" | "anc" | "dép" | "tél" | "Tél" | "Vve" | "Ets" | "cie" | "al" => {
            Always
        }
        // (`vol. 3`, a volume; `le premier vol.` is a flight ending its
        // sentence.)
        "p" | "pp" | "art" | "Art" | "n" | "no" | "No" | "min" | "max" | "sept" | "oct" | "nov"
        | "ch" | "t" | "vol" => BeforeNumber,
        _ => return None,
    })
}
