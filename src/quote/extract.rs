//! The extraction pass: cues, quote candidates, speaker mentions.
//!
//! Every scan is bounded (a sentence, or a window of a few tokens), so the
//! whole pass is linear in the number of tokens.

use super::lexicon::{self, Form, Shape, Strength, class};
use super::marks::{self, Region};
use super::speaker::{self, Mention, MentionKind};
use super::{Quote, QuoteKind};
use crate::Span;
use crate::gazetteer::Label;
use crate::memo::LOW_BYTES;
use crate::normalize;
use crate::tag::Entity;
use std::borrow::Cow;
use std::cell::OnceCell;

use crate::tokenize::{Sentence, Token, TokenKind};

const NONE: u32 = u32::MAX;

/// Longest backward or forward window, in tokens, for a subject or a
/// speaker noun phrase.
const WINDOW: usize = 14;

/// A reporting cue found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    /// First token of the verb group (auxiliary or verb).
    pub(crate) first: usize,
    /// One past the last token of the group.
    pub(crate) last: usize,
    pub(crate) strength: Strength,
    pub(crate) gerund: bool,
    /// The inverted clitic token (`-t-il`), if any.
    pub(crate) clitic: Option<usize>,
}

impl Cue {
    /// A verb group `first..last` with no clitic, not a gerund.
    fn verb(first: usize, last: usize, strength: Strength) -> Cue {
        Cue {
            first,
            last,
            strength,
            gerund: false,
            clitic: None,
        }
    }
}

/// What the speaker of a candidate is.
#[derive(Clone, Debug)]
pub(crate) enum Who {
    /// A mention in the text.
    Mention(Mention),
    /// The previous quote's speaker (floating quote, `Tout en ajoutant`).
    Previous,
    /// Nobody.
    Nobody,
    /// A mention of the title whose quotation is kept only when the body
    /// quotes its words again (`« Huit ans de calvaire » : François Bayrou
    /// relaxé`): see `speaker::title_quoted_again`.
    Echoed(Mention),
}

#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub(crate) kind: QuoteKind,
    pub(crate) pieces: Vec<Span>,
    pub(crate) cue: Option<Span>,
    pub(crate) who: Who,
    pub(crate) anchor: usize,
}

impl Cand {
    /// A direct quote: the content pieces of region `r`.
    fn direct(r: &Region, cue: Option<Span>, who: Who, anchor: usize) -> Cand {
        Cand {
            kind: QuoteKind::Direct,
            pieces: r.pieces.iter().map(|&(s, e)| Span::new(s, e)).collect(),
            cue,
            who,
            anchor,
        }
    }

    /// An according quote of `piece`, its cue `cue` (`selon lequel`,
    /// `pour qui`) and speaker `who`.
    fn according(piece: Span, cue: Span, who: Mention) -> Cand {
        Cand {
            kind: QuoteKind::According,
            pieces: vec![piece],
            cue: Some(cue),
            who: Who::Mention(who),
            anchor: cue.start,
        }
    }
}

/// Per-token kind bits of [`Doc::flags`], above the word classes of
/// [`lexicon::class`].
mod kind {
    /// A [`TokenKind::Word`](super::TokenKind::Word).
    pub(super) const WORD: u32 = 1 << 24;
    /// A word, a number or an abbreviation.
    pub(super) const WORDISH: u32 = 1 << 25;
    /// Punctuation.
    pub(super) const PUNCT: u32 = 1 << 26;
    /// An inverted clitic (`-t-il`).
    pub(super) const CLITIC: u32 = 1 << 27;
}

/// The word-class bits of [`Doc::flags`] (below the kind bits).
const CLASS_BITS: u32 = (1 << 24) - 1;

/// The kind bits of [`Doc::flags`].
const KIND_BITS: u32 = kind::WORD | kind::WORDISH | kind::PUNCT | kind::CLITIC;

/// How a token changes when lowercased.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Not at all: lowercase ASCII.
    Same,
    /// Not at all, with lowercase Latin-1 letters.
    SameLatin1,
    /// ASCII with capitals.
    AsciiUpper,
    /// Anything else: decode it.
    Other,
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// How the token `w` (at byte `at` of `text`) changes when lowercased,
/// and for a lowercase ASCII token of up to 7 bytes its bytes packed
/// for [`lexicon::Forms::classes_packed`] (else 0): one 8-byte load for
/// an ASCII token of up to 8 bytes (most tokens), else a byte loop that
/// also passes the accented lowercase letters of Latin-1 (`é`, `à`, `ç`:
/// 0xC3 + 0xA0..=0xBF) and its punctuation and symbols (`«`, `»`, `°`:
/// 0xC2 + 0xA0..=0xBF).
#[inline]
fn case_of(text: &[u8], at: usize, w: &[u8]) -> (Case, u64) {
    let n = w.len();
    if n > 8 {
        // Eight bytes at a time, the last load from the token's end.
        let mut upper = 0;
        let mut k = 0;
        while k < n {
            let at = k.min(n - 8);
            let mut b = [0u8; 8];
            b.copy_from_slice(&w[at..at + 8]);
            let x = u64::from_le_bytes(b);
            if x & (ONES * 0x80) != 0 {
                return (latin1_case(w), 0);
            }
            upper |= x.wrapping_add(ONES * 0x3F) & !x.wrapping_add(ONES * 0x25) & (ONES * 0x80);
            k += 8;
        }
        return (
            if upper == 0 {
                Case::Same
            } else {
                Case::AsciiUpper
            },
            0,
        );
    }
    if let (Some(chunk), Some(&mask)) = (text.get(at..at + 8), LOW_BYTES.get(n)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let x = u64::from_le_bytes(b) & mask;
        if x & (ONES * 0x80) == 0 {
            // High bit of each byte in A..=Z (no carries: every byte < 0x80).
            let upper = x.wrapping_add(ONES * 0x3F) & !x.wrapping_add(ONES * 0x25) & (ONES * 0x80);
            return match (upper, n) {
                (0, 8) => (Case::Same, 0),
                (0, _) => (Case::Same, lexicon::pack_bytes(x, n)),
                _ => (Case::AsciiUpper, 0),
            };
        }
    }
    (latin1_case(w), 0)
}

/// [`case_of`] for a long token or one with non-ASCII bytes.
fn latin1_case(w: &[u8]) -> Case {
    let mut k = 0;
    let mut ascii = true;
    let mut upper = false;
    while k < w.len() {
        let c = w[k];
        if c < 0x80 {
            upper |= c.is_ascii_uppercase();
            k += 1;
        } else if (c == 0xC3 && w.get(k + 1).is_some_and(|&d| d >= 0xA0))
            || (c == 0xC2 && w.get(k + 1).is_some_and(|&d| (0xA0..=0xBF).contains(&d)))
        {
            // Lower-case Latin-1 letters, and Latin-1 punctuation and
            // symbols (`«`, `»`, `°`, NBSP): no case, already in NFC.
            ascii = false;
            k += 2;
        } else {
            return Case::Other;
        }
    }
    match (upper, ascii) {
        (false, true) => Case::Same,
        (false, false) => Case::SameLatin1,
        (true, true) => Case::AsciiUpper,
        (true, false) => Case::Other,
    }
}

/// False when `w` is certainly in NFC: no byte that may start a combining
/// mark or another character NFC changes (U+0300 and above).
#[inline]
fn maybe_not_nfc(w: &str) -> bool {
    let b = w.as_bytes();
    // U+2000..U+203F (E2 80 xx: ’, –, …) are in NFC inside a token.
    (0..b.len()).any(|k| b[k] >= 0xCC && !(b[k] == 0xE2 && b.get(k + 1) == Some(&0x80)))
}

/// The kind bits of a token of kind `k`.
#[inline]
fn kind_bits(k: TokenKind) -> u32 {
    match k {
        TokenKind::Word => kind::WORD | kind::WORDISH,
        TokenKind::Number | TokenKind::Abbreviation => kind::WORDISH,
        TokenKind::Punctuation => kind::PUNCT,
        TokenKind::Clitic => kind::CLITIC,
        _ => 0,
    }
}

/// Bits of a word's precomputed view ([`word_view`]), above the kind bits;
/// they stay in [`Doc::flags`] ([`Doc::low`] reads a [`view::SAME`] token
/// itself).
pub(crate) mod view {
    /// The view is there (else the token is classified in [`Doc::new`]).
    pub(crate) const KNOWN: u32 = 1 << 31;
    /// The lowercased token is the token itself.
    pub(crate) const SAME: u32 = 1 << 30;
    /// The lowercased token is the token with its ASCII capitals lowered.
    pub(crate) const ASCII_UPPER: u32 = 1 << 29;
    /// The word classes and kind bits.
    pub(crate) const FLAGS: u32 = (1 << 28) - 1;
    /// Not worked out (a word the tagger learnt without quotes): never a
    /// view, which never sets both [`SAME`] and [`ASCII_UPPER`] (a view
    /// with neither lowercases by [`lower_simple`](super::lower_simple)).
    pub(crate) const UNKNOWN: u32 = u32::MAX;
    const _: () = assert!(
        FLAGS & (super::CLASS_BITS | super::KIND_BITS) == super::CLASS_BITS | super::KIND_BITS
    );
}

/// The word classes of a lowercased token `low` (`packed`: its packed
/// bytes when it is short lowercase ASCII, else 0).
#[inline]
fn classes_of(forms: &lexicon::Forms, low: &str, packed: u64) -> u32 {
    // Every class word starts with a lowercase letter.
    match low.as_bytes().first() {
        _ if packed != 0 => forms.classes_packed(packed),
        Some(&c) if c.is_ascii_lowercase() || c >= 0x80 => forms.classes(low),
        _ => 0,
    }
}

/// The lowercased form of a token made of ASCII, lowercase Latin-1
/// letters, Latin-1 punctuation and typographic apostrophes (`’` as `'`),
/// written into `out`: what [`Doc::new`]'s general lowercasing gives for
/// it. `None` for a token with any other character (or over 40 bytes).
fn lower_simple<'o>(w: &[u8], out: &'o mut [u8; 40]) -> Option<&'o str> {
    if w.len() > out.len() {
        return None;
    }
    let mut n = 0;
    let mut k = 0;
    while k < w.len() {
        let c = w[k];
        let next = w.get(k + 1).copied().unwrap_or(0);
        if c < 0x80 {
            out[n] = c.to_ascii_lowercase();
            n += 1;
            k += 1;
        } else if (c == 0xC3 && next >= 0xA0) || (c == 0xC2 && (0xA0..=0xBF).contains(&next)) {
            // No case, already in NFC.
            out[n] = c;
            out[n + 1] = next;
            n += 2;
            k += 2;
        } else if c == 0xE2 && next == 0x80 && w.get(k + 2) == Some(&0x99) {
            out[n] = b'\'';
            n += 1;
            k += 3;
        } else {
            return None;
        }
    }
    core::str::from_utf8(&out[..n]).ok()
}

/// What [`Doc::new`] learns from token `t` of `text` alone, for a view
/// computed once per distinct word by the tagger's word memo: the word
/// classes and kind bits, and how the token lowercases ([`view`]); 0 (no
/// view) for a token with another case change or over 40 bytes.
pub(crate) fn word_view(forms: &lexicon::Forms, text: &[u8], t: &Token<'_>) -> u32 {
    let w = t.as_str();
    if w.len() > 40 {
        return 0;
    }
    let (case, packed) = case_of(text, t.start(), w.as_bytes());
    let (bits, classes) = match case {
        Case::Same | Case::SameLatin1 => (view::SAME, classes_of(forms, w, packed)),
        Case::AsciiUpper => {
            let mut out = [0u8; 40];
            let low = &mut out[..w.len()];
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            let low = core::str::from_utf8(low).unwrap_or("");
            (view::ASCII_UPPER, classes_of(forms, low, 0))
        }
        Case::Other => {
            let mut out = [0u8; 40];
            match lower_simple(w.as_bytes(), &mut out) {
                Some(low) => (0, classes_of(forms, low, 0)),
                None => return 0,
            }
        }
    };
    view::KNOWN | bits | classes | kind_bits(t.kind())
}

/// The quote extractor's view of a document's tokens, filled by the
/// tagger as it reads each token's word from its memo (one
/// [`word_view`] a token, [`TokenViews::push`]): [`Doc::new`] then reads
/// these instead of each token's text, and visits only the tokens listed
/// in `lower`.
#[derive(Default)]
pub(crate) struct TokenViews {
    /// The [`word_view`] of each token.
    flags: Vec<u32>,
    /// The tokens whose view has a word class, in order.
    classed: Vec<u32>,
    /// The tokens whose lowercased form is neither the token itself nor
    /// the token with its ASCII capitals lowered (read in the document's
    /// lowercased text, [`Doc::lowered`]), or that have no view, in order.
    lower: Vec<u32>,
}

impl TokenViews {
    /// Empties the views for a document of about `n` tokens.
    pub(crate) fn start(&mut self, n: usize) {
        self.flags.clear();
        self.flags.reserve(n);
        self.classed.clear();
        self.lower.clear();
    }

    /// Adds the next token, whose [`word_view`] is `v`.
    #[inline]
    pub(crate) fn push(&mut self, v: u32) {
        let i = self.flags.len() as u32;
        self.flags.push(v);
        let case = v & (view::KNOWN | view::SAME | view::ASCII_UPPER);
        if case != view::KNOWN | view::SAME && case != view::KNOWN | view::ASCII_UPPER {
            self.lower.push(i);
        }
        if v & CLASS_BITS != 0 && v != view::UNKNOWN {
            self.classed.push(i);
        }
    }
}

/// The flags of token `t` (index `i`) of `text` classified from its
/// text: the flags have [`view::SAME`] when the token is its own
/// lowercased form, [`view::ASCII_UPPER`] when that form is the token in
/// `buf`'s copy of the lowercased text (which `buf` starts with), else
/// the form is pushed to `buf` and its offsets written to `lows[i]`.
#[inline(always)]
fn classify(
    forms: &lexicon::Forms,
    tb: &[u8],
    t: &Token<'_>,
    i: usize,
    buf: &mut String,
    lows: &mut [(u32, u32)],
) -> u32 {
    let w = t.as_str();
    let s = buf.len();
    let (case, packed) = case_of(tb, t.start(), w.as_bytes());
    // A token that would change, or that is not ASCII, over 40
    // bytes: left empty.
    let same = match case {
        Case::Same => true,
        Case::SameLatin1 => {
            if w.len() > 40 {
                set_low(lows, i, s, s);
                return kind_bits(t.kind());
            }
            true
        }
        Case::AsciiUpper => {
            if w.len() <= 40 {
                let low = buf.get(t.start()..t.end()).unwrap_or("");
                return classes_of(forms, low, packed) | kind_bits(t.kind()) | view::ASCII_UPPER;
            }
            false
        }
        Case::Other => {
            // Text in NFD (`e` + U+0301) reads as in NFC: the cues,
            // the auxiliaries and every word list are in NFC.
            let nfc = if maybe_not_nfc(w) {
                normalize::nfc(w)
            } else {
                Cow::Borrowed(w)
            };
            let mut same = matches!(nfc, Cow::Borrowed(_));
            if nfc.len() <= 40 {
                buf.reserve(nfc.len() + 8);
                for c in nfc.chars() {
                    match c {
                        '’' | 'ʼ' | '′' => {
                            buf.push('\'');
                            same = false;
                        }
                        c if c.is_ascii() => {
                            same &= !c.is_ascii_uppercase();
                            buf.push(c.to_ascii_lowercase());
                        }
                        c if !c.is_uppercase() => buf.push(c),
                        c => {
                            buf.extend(c.to_lowercase());
                            same = false;
                        }
                    }
                }
                if same {
                    buf.truncate(s);
                }
            } else {
                same = false;
            }
            same
        }
    };
    let low = if same {
        w
    } else {
        set_low(lows, i, s, buf.len());
        &buf[s..]
    };
    let mut f = classes_of(forms, low, packed);
    f |= kind_bits(t.kind());
    if same {
        f |= view::SAME;
    }
    f
}

/// Token-level view of a document.
pub(crate) struct Doc<'a, 'h> {
    pub(crate) text: &'h str,
    pub(crate) toks: &'a [Token<'h>],
    forms: &'a lexicon::Forms,
    /// The text with its ASCII capitals lowered, then the lowercased
    /// tokens that differ from the text otherwise.
    buf: &'a str,
    /// The offsets in `buf` of the lowercased text of each token with
    /// neither [`view::SAME`] nor [`view::ASCII_UPPER`] (the others'
    /// entries are stale: never read).
    lows: Vec<(u32, u32)>,
    /// Kind bits and word classes of each token.
    flags: Vec<u32>,
    /// The tokens with a word class, in order: the scans for cues,
    /// `selon` and `et` visit only these.
    pub(crate) classed: Vec<u32>,
    /// Sentence index of each token.
    sent_of: Vec<u32>,
    pub(crate) sents: &'a [Sentence<'h>],
    pub(crate) ents: &'a [Entity<'h>],
    /// Entity index covering each token, or NONE.
    pub(crate) ent_of: Vec<u32>,
    /// Number of words before each token (and before the end), built on
    /// first use.
    words_before: OnceCell<Vec<u32>>,
    /// For each byte offset, the first token starting at or after it:
    /// built when the document has many quotation regions (each asks for
    /// several positions), else [`Doc::tok_at`] searches.
    tok_index: OnceCell<Vec<u32>>,
    /// The uses of the head nouns the descriptions asked for
    /// ([`speaker::HeadCache`]).
    pub(crate) heads: std::cell::RefCell<speaker::HeadCache<'a>>,
}

impl<'a, 'h> Doc<'a, 'h> {
    /// Is `w` (lowercased) a given name that ends like a past participle
    /// (`josé`)?
    pub(crate) fn is_given_like_common(&self, w: &str) -> bool {
        self.forms.is_given_like_common(w)
    }

    /// The view of the tokens of `text`; `buf` holds the lowercased
    /// tokens that differ from the text. `views`, when the tagger has
    /// filled them for these tokens, give each token's flags (else each
    /// token is classified here).
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: &'h str,
        toks: &'a [Token<'h>],
        sents: &'a [Sentence<'h>],
        ents: &'a [Entity<'h>],
        forms: &'a lexicon::Forms,
        views: Option<&mut TokenViews>,
        buf: &'a mut String,
        sc: &mut Scratch,
    ) -> Doc<'a, 'h> {
        // Each token is lowercased once (apostrophes as `'`; a token longer
        // than 40 bytes that would change is left empty), borrowing the
        // text when nothing changes (flag [`view::SAME`]), and looked up
        // once in the word table — or its view, from the tagger's word
        // memo, says all that.
        // The capitalised words, most of those that change, only lower
        // their ASCII capitals (flag [`view::ASCII_UPPER`]): their forms
        // are read in one copy of the text lowercased so, made in one
        // vectorised pass, instead of a copy of each (a call, a loop and
        // an offset written for every such token).
        buf.clear();
        buf.reserve(text.len() + text.len() / 8 + 64);
        buf.push_str(text);
        buf.make_ascii_lowercase();
        // Only the entries of the tokens that are not their own lowercased
        // form are written (and read): the others keep what an earlier
        // document left, so that the vector is not filled for every token
        // (a stream of cache misses, the scratch being cold at each
        // document).
        let mut lows = std::mem::take(&mut sc.lows);
        if lows.len() < toks.len() {
            lows.resize(toks.len(), (0, 0));
        }
        let tb = text.as_bytes();
        let mut classed = std::mem::take(&mut sc.classed);
        classed.clear();
        let mut flags = match views {
            Some(v) if v.flags.len() == toks.len() => {
                // The views are the flags (their extra bits say how the
                // token lowercases); the tagger listed the tokens with a
                // class and those that lowercase to something else than
                // themselves or the lowercased text, or have no view,
                // which are the only ones visited here.
                let mut flags = std::mem::take(&mut v.flags);
                std::mem::swap(&mut classed, &mut v.classed);
                let mut late = false;
                for &i in &v.lower {
                    let i = i as usize;
                    let (Some(f), Some(t)) = (flags.get_mut(i), toks.get(i)) else {
                        continue;
                    };
                    let v = *f;
                    if v & view::KNOWN == 0 || v == view::UNKNOWN {
                        *f = classify(forms, tb, t, i, buf, &mut lows);
                        late |= *f & CLASS_BITS != 0;
                    } else if v & (view::SAME | view::ASCII_UPPER) == 0 {
                        let (w, s) = (t.as_str(), buf.len());
                        let mut out = [0u8; 40];
                        buf.push_str(lower_simple(w.as_bytes(), &mut out).unwrap_or(""));
                        set_low(&mut lows, i, s, buf.len());
                    }
                }
                if late {
                    // A token classified here has a class: list them all
                    // again, in order.
                    classed.clear();
                    classed.extend(
                        (0..flags.len() as u32).filter(|&i| flags[i as usize] & CLASS_BITS != 0),
                    );
                }
                flags
            }
            _ => {
                let mut flags = std::mem::take(&mut sc.flags);
                flags.clear();
                flags.reserve(toks.len());
                for (i, t) in toks.iter().enumerate() {
                    let f = classify(forms, tb, t, i, buf, &mut lows);
                    if f & CLASS_BITS != 0 {
                        classed.push(i as u32);
                    }
                    flags.push(f);
                }
                flags
            }
        };
        // `A Rome, …`, `A Matignon, on …`: a capital `A` opening a
        // sentence before a name or an article is `à` written without its
        // accent (the verb there is `A-t-il`), and reads as `à`.
        let mut reclassed = false;
        for s in sents {
            let mut i = s.tokens().start;
            // (Also after an opening mark or a dash: `« A Rome, …`, `— A
            // Paris, …`.)
            if toks
                .get(i)
                .is_some_and(|t| matches!(t.as_str(), "«" | "“" | "\"" | "—" | "–" | "-"))
            {
                i += 1;
            }
            let (Some(t), Some(next)) = (toks.get(i), toks.get(i + 1)) else {
                continue;
            };
            let nw = next.as_str();
            if t.as_str() == "A"
                && next.start() > t.end()
                && (nw.chars().next().is_some_and(char::is_uppercase)
                    || matches!(nw, "l'" | "l’" | "la" | "le" | "les"))
            {
                let at = buf.len();
                buf.push('à');
                set_low(&mut lows, i, at, buf.len());
                let f = classes_of(forms, "à", 0) | kind_bits(t.kind());
                reclassed |= (f ^ flags[i]) & CLASS_BITS != 0;
                flags[i] = f;
            }
        }
        if reclassed {
            classed.clear();
            classed
                .extend((0..flags.len() as u32).filter(|&i| flags[i as usize] & CLASS_BITS != 0));
        }
        let buf: &'a str = buf;
        let mut sent_of = std::mem::take(&mut sc.sent_of);
        sent_of.clear();
        sent_of.resize(toks.len(), 0);
        for (si, s) in sents.iter().enumerate() {
            let r = s.tokens();
            for x in &mut sent_of[r.start.min(toks.len())..r.end.min(toks.len())] {
                *x = si as u32;
            }
        }
        let mut ent_of = std::mem::take(&mut sc.ent_of);
        ent_of.clear();
        ent_of.resize(toks.len(), NONE);
        // The tagger's token ranges of the entities, when they are ranges
        // of these tokens, in order and disjoint (else a forward scan).
        let mut last = 0;
        let ranges_fit = ents.iter().all(|e| {
            let (a, b) = e.token_range();
            let fit = last <= a
                && a < b
                && b <= toks.len()
                && toks[a].start() == e.start()
                && toks[b - 1].end() == e.end();
            last = b;
            fit
        });
        if ranges_fit {
            for (ei, e) in ents.iter().enumerate() {
                let (a, b) = e.token_range();
                ent_of[a..b].fill(ei as u32);
            }
        } else {
            let mut ti = 0;
            for (ei, e) in ents.iter().enumerate() {
                // A forward scan (a search per entity costs more in cache
                // misses than it saves in comparisons).
                while ti < toks.len() && toks[ti].end() <= e.start() {
                    ti += 1;
                }
                let mut k = ti;
                while k < toks.len() && toks[k].start() < e.end() {
                    ent_of[k] = ei as u32;
                    k += 1;
                }
            }
        }
        Doc {
            text,
            toks,
            forms,
            buf,
            lows,
            flags,
            classed,
            sent_of,
            sents,
            ents,
            ent_of,
            words_before: OnceCell::new(),
            tok_index: OnceCell::new(),
            heads: Default::default(),
        }
    }

    /// The number of words (words, numbers, abbreviations) among tokens
    /// `a..b`, or `cap` if it is more: a short scan, else (a long range
    /// without enough words) a difference of prefix counts, so that
    /// nested quotations cost no scan of their whole content.
    pub(crate) fn words_upto(&self, a: usize, b: usize, cap: usize) -> usize {
        let mut count = 0;
        for k in a..b.min(a + 32) {
            count += usize::from(self.is_word(k));
            if count >= cap {
                return cap;
            }
        }
        if b <= a + 32 {
            return count;
        }
        self.words(a, b).min(cap)
    }

    /// The number of words among tokens `a..b`, in constant time (the
    /// prefix counts are built on first use).
    fn words(&self, a: usize, b: usize) -> usize {
        let wb = self.words_before.get_or_init(|| {
            let mut acc = 0u32;
            let mut v = Vec::with_capacity(self.flags.len() + 1);
            for f in &self.flags {
                v.push(acc);
                acc += u32::from(f & kind::WORDISH != 0);
            }
            v.push(acc);
            v
        });
        let n = wb.len() - 1;
        let (a, b) = (a.min(n), b.min(n));
        if a >= b {
            return 0;
        }
        (wb[b] - wb[a]) as usize
    }

    /// The lowercased token text (apostrophes as `'`).
    ///
    /// Out of line: it is read at about 900 sites, and inlined there (a
    /// bounds check, a flag test, the token's slice: about 40 bytes of
    /// code each) it made the quote code larger by a sixth, which the
    /// pass paid in instruction-cache misses at every document (the
    /// code runs once per document, cold) more than the calls cost. So
    /// are the other accessors read at many sites (`sent_range`,
    /// `tok_at`, `entity`, `span`, `starts_upper`); the flag tests
    /// (`flags`, `is_word`, …) stay inline.
    #[inline(never)]
    pub(crate) fn low(&self, i: usize) -> &'a str {
        match self.flags.get(i) {
            Some(&f) if f & view::SAME != 0 => self.toks[i].as_str(),
            Some(_) => self.lowered(i),
            None => "",
        }
    }

    /// The lowercased text of token `i`, which differs from the token's:
    /// in the lowercased text at the token's offsets for a token with
    /// [`view::ASCII_UPPER`], else at its offsets in `lows`.
    #[inline]
    fn lowered(&self, i: usize) -> &'a str {
        if self.flags(i) & view::ASCII_UPPER != 0 {
            return match self.toks.get(i) {
                Some(t) => self.buf.get(t.start()..t.end()).unwrap_or(""),
                None => "",
            };
        }
        match self.lows.get(i) {
            Some(&(s, e)) => self.buf.get(s as usize..e as usize).unwrap_or(""),
            None => "",
        }
    }

    /// One past the run of tokens of entity `e` that starts at token `x`,
    /// at most `lim` (`x` itself when entity `e` does not cover it).
    pub(crate) fn entity_end(&self, mut x: usize, e: usize, lim: usize) -> usize {
        while x < lim && self.entity(x) == Some(e) {
            x += 1;
        }
        x
    }

    /// Where the run of tokens of entity `e` that ends right before token
    /// `x` starts, at least `lo` (`x` itself when entity `e` does not
    /// cover token `x - 1`).
    pub(crate) fn entity_start(&self, mut x: usize, e: usize, lo: usize) -> usize {
        while x > lo && self.entity(x - 1) == Some(e) {
            x -= 1;
        }
        x
    }

    /// The byte offset of the line break that ends the document's first
    /// line (its title) when it is in the first 301 bytes, else `None`:
    /// a bounded look, whatever the text.
    pub(crate) fn title_end(&self) -> Option<usize> {
        let head = &self.text.as_bytes()[..self.text.len().min(301)];
        head.iter().position(|&b| b == b'\n')
    }

    /// Kind bits and word classes of token `i` (0 past the end).
    #[inline]
    fn flags(&self, i: usize) -> u32 {
        self.flags.get(i).copied().unwrap_or(0)
    }

    /// The reporting-verb form token `i` is, if any.
    #[inline]
    pub(crate) fn form(&self, i: usize) -> Option<&'a Form> {
        self.forms.form(self.flags(i))
    }

    /// Is token `i` a finite verb the extractor knows: an auxiliary, a
    /// finite form of a reporting verb or of a frequent verb
    /// ([`lexicon::is_common_finite`])?
    pub(crate) fn is_known_verb(&self, i: usize) -> bool {
        self.aux(i).is_some()
            || self.form(i).is_some_and(|f| f.has(Shape::Finite))
            || lexicon::is_common_finite(self.low(i))
    }

    /// `Some(reflexive)` when token `i` is a finite auxiliary of the
    /// compound tenses (`avoir`; `être`, only after a reflexive pronoun).
    #[inline]
    pub(crate) fn aux(&self, i: usize) -> Option<bool> {
        let f = self.flags(i);
        if f & class::AUX_HAVE != 0 {
            Some(false)
        } else if f & class::AUX_BE != 0 {
            Some(true)
        } else {
            None
        }
    }

    /// True for a token of kind [`TokenKind::Word`].
    #[inline]
    pub(crate) fn is_word_token(&self, i: usize) -> bool {
        self.flags(i) & kind::WORD != 0
    }

    /// True for the token `et`.
    #[inline]
    pub(crate) fn is_et(&self, i: usize) -> bool {
        self.flags(i) & class::ET != 0
    }

    /// True for an inverted clitic token (`-t-il`).
    #[inline]
    pub(crate) fn is_clitic(&self, i: usize) -> bool {
        self.flags(i) & kind::CLITIC != 0
    }

    #[inline]
    pub(crate) fn n(&self) -> usize {
        self.toks.len()
    }

    #[inline]
    pub(crate) fn is_punct(&self, i: usize) -> bool {
        self.flags(i) & kind::PUNCT != 0
    }

    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.flags(i) & kind::WORDISH != 0
    }

    #[inline]
    pub(crate) fn sent(&self, i: usize) -> u32 {
        self.sent_of.get(i).copied().unwrap_or(NONE)
    }

    /// Token range of the sentence of token `i`.
    #[inline(never)]
    pub(crate) fn sent_range(&self, i: usize) -> (usize, usize) {
        match self.sents.get(self.sent(i) as usize) {
            Some(s) => {
                let r = s.tokens();
                (r.start, r.end.min(self.n()))
            }
            None => (i, i + 1),
        }
    }

    /// First token starting at or after byte `off`.
    #[inline(never)]
    pub(crate) fn tok_at(&self, off: usize) -> usize {
        match self.tok_index.get() {
            Some(index) => index.get(off).map_or(self.toks.len(), |&k| k as usize),
            None => self.toks.partition_point(|t| t.start() < off),
        }
    }

    /// Makes [`Doc::tok_at`] a table lookup: worth it when `lookups` (a
    /// few per quotation region) binary searches cost more than one pass
    /// over the text (nested or listed quotations by the thousand).
    fn index_positions(&self, lookups: usize) {
        if lookups * 40 <= self.text.len() || self.toks.len() >= u32::MAX as usize {
            return;
        }
        self.tok_index.get_or_init(|| {
            let mut index = Vec::with_capacity(self.text.len() + 1);
            let mut k = 0;
            for b in 0..=self.text.len() {
                while k < self.toks.len() && self.toks[k].start() < b {
                    k += 1;
                }
                index.push(k as u32);
            }
            index
        });
    }

    #[inline(never)]
    pub(crate) fn entity(&self, i: usize) -> Option<usize> {
        match self.ent_of.get(i) {
            Some(&e) if e != NONE => Some(e as usize),
            _ => None,
        }
    }

    #[inline(never)]
    pub(crate) fn starts_upper(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| t.as_str().chars().next())
            .is_some_and(char::is_uppercase)
    }

    #[inline(never)]
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start(), self.toks[b - 1].end())
    }
}

pub(crate) fn is_open_mark(w: &str) -> bool {
    matches!(w, "«" | "“" | "‹" | "\"")
}

pub(crate) fn is_close_mark(w: &str) -> bool {
    matches!(w, "»" | "”" | "›" | "\"")
}

/// Counts the quotation depth over token `w`: true when `w` is a mark.
/// Straight quotes open and close alike: the first opens.
fn step_marks(depth: &mut usize, w: &str) -> bool {
    if w == "\"" {
        *depth = if *depth > 0 { *depth - 1 } else { 1 };
    } else if is_open_mark(w) {
        *depth += 1;
    } else if is_close_mark(w) {
        *depth = depth.saturating_sub(1);
    } else {
        return false;
    }
    true
}

fn is_sentence_end(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | "…" | "..." | "?!" | "!!")
}

/// Adverbs and fillers allowed inside a verb group.
fn is_group_adverb(w: &str) -> bool {
    matches!(
        w,
        "aussi"
            // (`a longtemps affirmé`, `a-t-elle seulement glissé`.)
            | "longtemps"
            | "seulement"
            | "uniquement"
            | "largement"
            | "surtout"
            | "plutôt"
            | "désormais"
            | "également"
            | "encore"
            | "déjà"
            | "ensuite"
            | "alors"
            | "notamment"
            | "toutefois"
            | "pourtant"
            | "ainsi"
            | "bien"
            | "même"
            | "enfin"
            | "d'ailleurs"
            | "clairement"
            | "publiquement"
            | "immédiatement"
            | "récemment"
            | "souvent"
            | "toujours"
            | "cependant"
            | "néanmoins"
            | "simplement"
            | "longuement"
            | "fermement"
            | "lui-même"
            | "elle-même"
            | "plusieurs"
            | "fois"
            | "hier"
            | "vite"
            | "volontiers"
            | "officiellement"
            | "tôt"
            | "aussitôt"
            | "fortement"
            | "vivement"
            | "ouvertement"
            | "explicitement"
            | "expressément"
            | "formellement"
            | "catégoriquement"
            | "personnellement"
            | "directement"
            | "rapidement"
            | "finalement"
            | "précédemment"
            | "régulièrement"
            | "systématiquement"
            | "brièvement"
            | "sèchement"
            | "franchement"
            | "solennellement"
            | "fièrement"
            | "discrètement"
            | "prudemment"
            | "fréquemment"
            | "constamment"
            | "inlassablement"
    )
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "pas" | "jamais" | "plus" | "guère" | "point" | "rien" | "nullement"
    )
}

fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "il" | "elle" | "ils" | "elles" | "on")
}

/// Object clitics and the like between a subject and its verb.
fn is_preverbal(w: &str) -> bool {
    matches!(
        w,
        "lui"
            | "leur"
            | "l'"
            | "le"
            | "la"
            | "les"
            | "y"
            | "en"
            | "s'"
            | "se"
            | "nous"
            | "vous"
            | "m'"
            | "me"
            | "t'"
            | "te"
    )
}

/// A determiner (for speaker phrases).
pub(crate) fn is_det(w: &str) -> bool {
    is_determiner(w)
}

/// Determiners that make a following word a noun (`la demande`).
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "au"
            | "aux"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "mon"
            | "ma"
            | "mes"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "quelle"
            | "quel"
            | "chaque"
            | "plusieurs"
            | "quelques"
    ) || is_cardinal(w)
}

/// A cardinal in words from two (`Trois syndicats ont affirmé`,
/// `treize ambassades occidentales se sont dites …`): a determiner.
pub(crate) fn is_cardinal(w: &str) -> bool {
    matches!(
        w,
        "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "six"
            | "sept"
            | "huit"
            | "neuf"
            | "dix"
            | "onze"
            | "douze"
            | "treize"
            | "quatorze"
            | "quinze"
            | "seize"
            | "vingt"
            | "trente"
            | "quarante"
            | "cinquante"
            | "cent"
    )
}

/// A day of the week or `hier`: a time adverbial, never part of a
/// speaker's noun phrase.
pub(crate) fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche" | "hier"
    )
}

/// Adverbs that may open a clause before its subject (`Lundi, le
/// ministre a dit`, `Ensuite le ministre`, `Aujourd'hui, la presse nous
/// accuse`): never part of a speaker.
pub(crate) fn is_opening_adverb(w: &str) -> bool {
    is_day_word(w)
        || matches!(
            w,
            "puis"
                | "ensuite"
                | "enfin"
                | "cependant"
                | "alors"
                | "ainsi"
                | "aussi"
                | "toutefois"
                | "pourtant"
                | "néanmoins"
                | "d'ailleurs"
                | "aujourd'hui"
                | "demain"
                | "désormais"
                | "maintenant"
                | "actuellement"
                | "récemment"
                | "auparavant"
                | "depuis"
                | "finalement"
                | "également"
                | "parallèlement"
        )
}

/// Words that end a speaker noun phrase after a cue (`a dit X aux
/// journalistes`).
fn ends_np(w: &str) -> bool {
    is_day_word(w)
        || matches!(
            w,
            "à" | "aux"
                | "au"
                | "lors"
                | "dans"
                | "devant"
                | "pendant"
                | "par"
                | "sur"
                | "en"
                | "avant"
                | "après"
                | "depuis"
                | "selon"
                | "qui"
                | "que"
                | "qu'"
                | "dont"
                | "ce"
                | "cette"
                | "lorsque"
                | "lorsqu'"
                | "quand"
                | "alors"
                | "mais"
                | "et"
                | "car"
                | "avec"
                | "vers"
                | "jusqu'"
                | "pour"
                | "sans"
                | "ou"
                | "sous"
                | "contre"
                | "mardi,"
                | "ce matin"
                | "cet"
                | "aujourd'hui"
                | "où"
                | "est"
                | "a"
                | "ont"
                | "sont"
                // (The clitics before a verb: `La direction n'a avancé
                // aucun chiffre`, `s'est tue`.)
                | "ne"
                | "n'"
                | "se"
                | "s'"
        )
}

/// Adverbials allowed between a cue and an inverted subject (`a déclaré
/// mardi le ministre`).
fn skippable_before_np(w: &str) -> bool {
    matches!(
        w,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "aujourd'hui"
            | "aussi"
            | "encore"
            | "ensuite"
            | "également"
            | "alors"
            | "soir"
            | "matin"
            | "enfin"
            | "plus"
            | "tard"
            | "déjà"
    )
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
    )
}

/// The end of a phrase of a month at `j` (`début septembre`, `fin juin`,
/// `mi-mars`, `mi - mars`) or of a part of a day or week (`en fin
/// d'après-midi`, `en début de soirée`, `en milieu de semaine`) or a
/// moment before or after (`un peu plus tôt`, `plus tard`), if one
/// starts there.
fn month_phrase_end(doc: &Doc<'_, '_>, j: usize) -> Option<usize> {
    let w = doc.low(j);
    if let Some(m) = w.strip_prefix("mi-") {
        return is_month(m).then_some(j + 1);
    }
    // A date: `mercredi 17 janvier`, `17 janvier 2018`, `1er mai`.
    let day_number = |k: usize| {
        let d = doc.low(k);
        d == "1er" || (!d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let year = |k: usize| is_year(doc.low(k));
    let d = if is_day_word(w) && day_number(j + 1) {
        Some(j + 1)
    } else if day_number(j) {
        Some(j)
    } else {
        None
    };
    if let Some(d) = d.filter(|&d| is_month(doc.low(d + 1))) {
        return Some(if year(d + 2) { d + 3 } else { d + 2 });
    }
    match w {
        "début" | "fin" if is_month(doc.low(j + 1)) => Some(j + 2),
        "mi" if doc.low(j + 1) == "-" && is_month(doc.low(j + 2)) => Some(j + 3),
        "en" if matches!(doc.low(j + 1), "début" | "fin" | "milieu")
            && matches!(doc.low(j + 2), "de" | "d'")
            && matches!(
                doc.low(j + 3),
                "matinée" | "après-midi" | "journée" | "soirée" | "nuit" | "semaine" | "séance"
            ) =>
        {
            Some(j + 4)
        }
        // (`avait assuré un peu plus tôt l'ancien député`, `plus tard`.)
        "un" if doc.low(j + 1) == "peu"
            && doc.low(j + 2) == "plus"
            && matches!(doc.low(j + 3), "tôt" | "tard") =>
        {
            Some(j + 4)
        }
        "plus" if matches!(doc.low(j + 1), "tôt" | "tard") => Some(j + 2),
        _ => None,
    }
}

/// Does a penalty follow the verb `condamner` ending at token `k`, in
/// its sentence, within sixteen tokens and before any quotation mark or
/// `que` (`à cinq ans de prison`, `à la réclusion`, `à une amende`, `à
/// mort`)?
fn sentencing_after(doc: &Doc<'_, '_>, k: usize) -> bool {
    let (_, se) = doc.sent_range(k);
    for x in k..(k + 16).min(se) {
        let w = doc.low(x);
        // (Not past the words said: `a condamné « … » à …`.)
        if is_open_mark(w) || matches!(w, "que" | "qu'") {
            return false;
        }
        if w != "à" {
            continue;
        }
        let w = doc.low(x + 1);
        if is_number_word(w)
            || w.starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(w, "mort" | "perpétuité")
            || matches!(w, "la" | "une" | "des" | "l'")
                && matches!(
                    doc.low(x + 2),
                    "prison" | "réclusion" | "peine" | "amende" | "perpétuité" | "détention"
                )
        {
            return true;
        }
    }
    false
}

/// A year written in four digits (`2024`).
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Where a phrase of time between an auxiliary and its participle ends
/// (`a dès lundi annoncé`, `avait dès avril exhorté`, `a mardi soir
/// dénoncé`, `a en mars 2024 affirmé`, `a début juin estimé`): a day, a
/// month or a year, after `dès` or `en` or alone, with a participle right
/// after it.
fn time_before_participle(doc: &Doc<'_, '_>, j: usize) -> Option<usize> {
    let year = |k: usize| is_year(doc.low(k));
    let point = |k: usize| {
        if let Some(e) = month_phrase_end(doc, k) {
            return Some(e);
        }
        let w = doc.low(k);
        if is_day_word(w) {
            return Some(if matches!(doc.low(k + 1), "soir" | "matin") {
                k + 2
            } else {
                k + 1
            });
        }
        if is_month(w) {
            return Some(if year(k + 1) { k + 2 } else { k + 1 });
        }
        year(k).then_some(k + 1)
    };
    let e = match doc.low(j) {
        "dès" | "en" => point(j + 1)?,
        _ => point(j)?,
    };
    doc.form(e)
        .is_some_and(|f| f.has(Shape::Participle))
        .then_some(e)
}

/// Does the first closing mark from token `from` (within 40 tokens) end
/// the sentence, whose end is `send`? (A relative with its own quoted
/// words closes its sentence: `…, qu'il juge « dangereux ».`)
fn marks_end_sentence(doc: &Doc<'_, '_>, from: usize, send: usize) -> bool {
    (from..send.min(from + 35))
        .find(|&x| is_close_mark(doc.low(x)))
        .is_some_and(|x| x + 1 >= send || is_sentence_end(doc.low(x + 1)))
}

/// Does entity `e` open right after a quotation mark (`le « Trump
/// tchèque »`, `sa doctrine « America First »`)? A name so quoted is a
/// nickname or a slogan, no subject.
fn name_in_marks(doc: &Doc<'_, '_>, e: usize) -> bool {
    let t0 = doc.tok_at(doc.ents[e].start());
    t0 > 0 && is_open_mark(doc.low(t0 - 1))
}

/// Does a phrase of time open at `k` (`deux mois après`, `trois jours
/// avant`, `peu après`, `au lendemain de`, `à la veille de`)?
fn time_phrase_opens(doc: &Doc<'_, '_>, k: usize) -> bool {
    let w = doc.low(k);
    let count = is_number_word(w) || w == "quelques";
    if count
        && matches!(
            doc.low(k + 1),
            "heures" | "jours" | "semaines" | "mois" | "ans" | "années" | "heure" | "jour" | "an"
        )
    {
        return matches!(doc.low(k + 2), "après" | "avant" | "plus");
    }
    match w {
        "peu" => matches!(doc.low(k + 1), "après" | "avant"),
        "au" => doc.low(k + 1) == "lendemain",
        "à" => doc.low(k + 1) == "la" && doc.low(k + 2) == "veille",
        _ => false,
    }
}

/// Does token `k` open a subordinate clause of time or contrast (`alors
/// que`, `tandis que`, `au moment où`, `même si`, `lorsque`), which after
/// an incise's subject is the writer's, no part of the statement?
fn writer_clause_opens(doc: &Doc<'_, '_>, k: usize) -> bool {
    let que = |x: usize| matches!(doc.low(x), "que" | "qu'");
    match doc.low(k) {
        "alors" | "tandis" | "pendant" | "depuis" | "bien" => que(k + 1),
        "même" => doc.low(k + 1) == "si" || (doc.low(k + 1) == "s'"),
        "lorsque" | "lorsqu'" | "quand" => true,
        "au" => doc.low(k + 1) == "moment" && doc.low(k + 2) == "où",
        _ => false,
    }
}

/// Does `w` open words that judge: an adjective by its ending
/// (`incompréhensible`, `irréaliste`, `inacceptable`, `dangereux`,
/// `bâclé`) or a word of degree or negation (`trop`, `pas`)?
fn judging_word(w: &str) -> bool {
    matches!(
        w,
        "trop"
            | "très"
            | "peu"
            | "pas"
            | "si"
            | "plus"
            | "moins"
            | "totalement"
            | "complètement"
            | "parfaitement"
            | "absolument"
            | "profondément"
            | "particulièrement"
            | "vraiment"
            | "assez"
            | "bien"
            | "mal"
            | "tout"
            // (Adjectives no ending below tells: `injuste`, `absurde`.)
            | "juste"
            | "injuste"
            | "absurde"
            | "ridicule"
            | "indigne"
            | "grave"
            | "faux"
            | "fausse"
            | "nul"
            | "nulle"
            | "mauvais"
            | "mauvaise"
            // (Others the endings miss: `une opération « réussie »`, `des
            // garanties « solides »`.)
            | "réussi"
            | "réussie"
            | "réussis"
            | "réussies"
            | "abouti"
            | "aboutie"
            | "inédit"
            | "inédite"
            | "parfait"
            | "parfaite"
            | "solide"
            | "solides"
            | "fort"
            | "forte"
            | "forts"
            | "fortes"
            | "ferme"
            | "fermes"
            | "clair"
            | "claire"
            | "net"
            | "nette"
            | "lourd"
            | "lourde"
            | "lourds"
            | "lourdes"
            | "rapide"
            | "rapides"
    ) || [
        "ible", "ibles", "able", "ables", "iste", "istes", "eux", "euse", "euses", "if", "ive",
        "ifs", "ives", "ique", "iques", "é", "ée", "és", "ées", "ant", "ante", "ants", "antes",
        "ent", "ente", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "aire", "aires",
        // (`discriminatoire`, `dérisoire`, `illusoire`; not `territoire`,
        // `victoire`, `histoire`.)
        "atoire", "atoires", "soire", "soires",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        // (`utile`, `difficile`, `fragile`; not `ville`, `famille`.)
        || ((w.ends_with("ile") || w.ends_with("iles"))
            && !w.ends_with("ille")
            && !w.ends_with("illes")
            && w.chars().count() > 4)
}

/// `toute`, `tout`, `toutes`, `tous`: they open an object as an article
/// does (`a réfuté toute « entente »`).
fn is_any_word(w: &str) -> bool {
    matches!(w, "toute" | "tout" | "toutes" | "tous")
}

/// Things that carry a slogan (`une banderole proclamait « … »`).
fn is_placard(w: &str) -> bool {
    matches!(
        w,
        "banderole"
            | "banderoles"
            | "pancarte"
            | "pancartes"
            | "affiche"
            | "affiches"
            | "panneau"
            | "panneaux"
            | "tract"
            | "tracts"
            | "graffiti"
            | "graffitis"
            | "tag"
            | "tags"
            | "inscription"
            | "pochoir"
    )
}

/// Nouns that name words, not things (`un mot « … »`, `ce slogan
/// « … »`): marks after them hold the words named.
fn names_words(w: &str) -> bool {
    matches!(
        w,
        "mot" | "terme" | "expression" | "slogan" | "hashtag" | "surnom" | "titre" | "label"
    )
}

/// Are the marks opening at token `open` right after a noun that names
/// words (`sous le titre « … »`, `le titre provisoire « … »`, `ce slogan
/// « … »`), with at most one lower-case adjective between? They hold the
/// words named, never speech, whatever follows them.
fn named_words(doc: &Doc<'_, '_>, open: usize) -> bool {
    (open >= 1 && names_words(doc.low(open - 1)))
        || (open >= 2
            && names_words(doc.low(open - 2))
            && doc.is_word(open - 1)
            && !doc.starts_upper(open - 1)
            && !is_det(doc.low(open - 1))
            && !matches!(
                doc.low(open - 1),
                "de" | "d'" | "du" | "des" | "à" | "au" | "en"
            ))
}

/// Nouns before quote marks that make them a title or a name, not speech.
fn is_title_noun(w: &str) -> bool {
    // (`l'inter-groupe « Tibet »`, `le mini-album`: a compound ending in
    // such a noun.)
    if let Some((_, last)) = w.rsplit_once('-') {
        if is_title_noun(last) {
            return true;
        }
    }
    matches!(
        w,
        "opération"
            | "film"
            | "livre"
            | "journal"
            | "émission"
            | "slogan"
            | "mot"
            | "mots"
            | "terme"
            | "termes"
            | "hashtag"
            | "baptisé"
            | "baptisée"
            | "baptisés"
            | "intitulé"
            | "intitulée"
            | "surnommé"
            | "surnommée"
            | "nommé"
            | "nommée"
            | "dénommé"
            | "dénommée"
            | "appelé"
            | "appelée"
            | "appelés"
            | "campagne"
            | "programme"
            | "magazine"
            | "ouvrage"
            | "album"
            | "chanson"
            | "titre"
            | "série"
            | "pièce"
            | "roman"
            | "quotidien"
            | "hebdomadaire"
            | "expression"
            | "surnom"
            | "label"
            | "rubrique"
            | "dossier"
            | "documentaire"
            | "mouvement"
            | "collectif"
            | "association"
            | "groupe"
            | "festival"
            | "concours"
            | "site"
            | "blog"
            | "plan"
            | "projet"
            | "loi"
            | "rapport"
            // (`le fonds « Avenir Montagnes »`, `le dispositif « … »`.)
            | "fonds"
            | "dispositif"
            | "section"
            | "chapitre"
            // (`sous l'appellation « eau minérale naturelle »`.)
            | "appellation"
            | "dénomination"
            | "mention"
            | "sobriquet"
            | "qualificatif"
    )
}

/// Nouns of the agent of `selon X` that are not speakers (`selon la loi`).
fn non_agent(w: &str) -> bool {
    matches!(
        w,
        "loi"
            | "lui-même"
            | "règles"
            | "règle"
            // (`Selon le règlement, l'exclusion interdit au député …`.)
            | "règlement"
            | "statuts"
            | "décret"
            | "article"
            | "constitution"
            | "calendrier"
            | "modalités"
            | "principe"
            | "cas"
            | "besoins"
            | "lequel"
            | "laquelle"
            | "lesquels"
            | "lesquelles"
            | "que"
            | "qu'"
            | "moi"
            | "nous"
            | "toute"
            | "tout"
            | "cela"
            | "ceci"
    )
}

/// Where the source named by the agent of `selon`/`d'après`/`pour` at
/// `k` starts, and whether it is the complement of a noun of
/// information; `None` when the agent names no source.
///
/// `selon la procédure`, `selon cet article`: a rule or a text, no
/// source ([`non_agent_phrase`]). `selon les estimations des instituts de
/// sondage`, `des informations fournies par l'Agence`: the complement
/// speaks. `selon les dernières informations`: a noun of information
/// with no complement, no source. `selon les autorités`: the agent
/// itself. A noun of information is found after a determiner and up to
/// two adjectives (`premiers`, `dernières`); its complement after up to
/// four words (`officiels`, `fournies`), then `de` or `par`.
fn source_of(doc: &Doc<'_, '_>, k: usize) -> Option<(usize, bool)> {
    if non_agent_phrase(doc, k) {
        return None;
    }
    let n = doc.n();
    let mut h = k;
    // `selon ses propos`: the possessor speaks (resolved as before).
    // (Not `selon son choix`, `selon leurs besoins`: as they wish.)
    if h < n && matches!(doc.low(h), "son" | "sa" | "ses" | "leur" | "leurs") {
        if matches!(
            doc.low(h + 1),
            "choix"
                | "goût"
                | "goûts"
                | "envie"
                | "envies"
                | "besoin"
                | "besoins"
                | "moyens"
                | "préférence"
                | "préférences"
                | "humeur"
                | "rythme"
                | "convenance"
        ) {
            return None;
        }
        return Some((k, false));
    }
    if h < n
        && matches!(
            doc.low(h),
            "le" | "la" | "les" | "l'" | "des" | "un" | "une"
        )
    {
        h += 1;
    }
    while h < n && h < k + 3 && is_leading_adjective(doc.low(h)) {
        h += 1;
    }
    // (`selon une étude de l'association`: a study speaks for its
    // author when the text names one, else for itself.)
    let study = h < n
        && matches!(
            doc.low(h),
            "étude" | "études" | "enquête" | "sondage" | "note"
        );
    if h >= n || !(is_information_noun(doc.low(h)) || study) {
        return Some((k, false));
    }
    // `Selon le rapport, …`, `Selon ce courrier, …` alone: the document
    // a sentence before names with its author speaks for that author.
    if h == k + 1
        && matches!(doc.low(k), "le" | "la" | "l'" | "ce" | "cette" | "cet")
        && !doc.is_word(h + 1)
        && (speaker::is_letter_noun(doc.low(h))
            || (matches!(doc.low(h), "rapport" | "document")
                && speaker::report_author_before(doc, k).is_some()))
    {
        return Some((k, false));
    }
    // `selon le rapport Theato`, `le rapport ComScore de 2015`: the name
    // after the noun.
    if h + 1 < n && doc.starts_upper(h + 1) && doc.is_word(h + 1) {
        return Some((h + 1, true));
    }
    // `selon un bilan communiqué en fin d'après-midi par la préfecture`:
    // a participle of publishing, then (past a phrase of time or place,
    // up to eight words) `par` and the source.
    if h + 2 < n
        && matches!(
            doc.low(h + 1).trim_end_matches('s').trim_end_matches('e'),
            "communiqué"
                | "publié"
                | "diffusé"
                | "fourni"
                | "transmi"
                | "établi"
                | "dressé"
                | "rendu"
                | "livré"
                | "annoncé"
                | "réalisé"
        )
    {
        if let Some(p) = (h + 2..(h + 10).min(n))
            .take_while(|&x| !doc.is_punct(x) || doc.low(x) == "'")
            .find(|&x| doc.low(x) == "par")
        {
            if p + 1 < n && doc.is_word(p + 1) && !non_agent_phrase(doc, p + 1) {
                return Some((p + 1, true));
            }
        }
    }
    let mut x = h + 1;
    // (`un communiqué de presse de X`: `de presse` names no source.)
    if doc.low(x) == "de" && doc.low(x + 1) == "presse" {
        x += 2;
    }
    while x < n
        && x <= h + 4
        && doc.is_word(x)
        && !matches!(doc.low(x), "de" | "du" | "des" | "d'" | "par")
    {
        x += 1;
    }
    // `des informations fournies par l'Agence`, `du Parisien`; not
    // `les éléments de l'enquête` (no agent).
    // (For a study, an author: an article or a name after `de`, not `une
    // étude de 2019`, `une note de service`.)
    let author = !study
        || matches!(doc.low(x), "du" | "des" | "par")
        || matches!(doc.low(x + 1), "la" | "l'" | "le" | "les")
        || doc.starts_upper(x + 1);
    (matches!(doc.low(x), "de" | "d'" | "par" | "du" | "des")
        && x + 1 < n
        && doc.is_word(x + 1)
        && author
        && !non_agent_phrase(doc, x + 1))
    .then_some((x + 1, true))
    .or(study.then_some((k, false)))
}

/// Adjectives before a noun of information: `les premiers éléments`.
fn is_leading_adjective(w: &str) -> bool {
    matches!(
        w,
        "premier"
            | "premiers"
            | "première"
            | "premières"
            | "dernier"
            | "derniers"
            | "dernière"
            | "dernières"
            | "nouveaux"
            | "nouvelles"
            | "récentes"
            | "récents"
            | "seules"
            | "seuls"
    )
}

/// Nouns of information, findings and figures: they have a source, they
/// are none.
fn is_information_noun(w: &str) -> bool {
    matches!(
        w,
        "information"
            | "informations"
            | "éléments"
            | "résultats"
            | "données"
            | "chiffres"
            | "estimations"
            | "estimation"
            | "indications"
            | "constatations"
            | "constats"
            | "observations"
            | "statistiques"
            | "classement"
            | "classements"
            | "palmarès"
            | "prévisions"
            | "projections"
            | "calculs"
            | "relevés"
            | "images"
            | "dires"
            | "propos"
            | "déclarations"
            | "témoignages"
            | "sondages"
            | "enquêtes"
            | "analyses"
            | "conclusions"
            | "communiqué"
            | "communiqués"
            | "rapport"
            | "rapports"
            | "dépêche"
            | "dépêches"
            | "bilan"
            | "bilans"
            | "décompte"
            | "décomptes"
            | "comptage"
            | "comptages"
            | "recensement"
            | "simulation"
            | "simulations"
            | "évaluation"
            | "évaluations"
            | "modélisations"
    )
}

/// What a person or organisation publishes in its own name (`son site`,
/// `sa page`, `son compte`, `sa lettre`): after a possessive, the
/// possessor speaks through it.
fn is_own_medium(w: &str) -> bool {
    matches!(
        w,
        "site"
            | "blog"
            | "compte"
            | "comptes"
            | "page"
            | "lettre"
            | "livre"
            | "message"
            | "messages"
            | "tweet"
            | "tweets"
            | "courrier"
            | "discours"
            | "entretien"
            | "interview"
            | "mémoires"
            | "autobiographie"
    )
}

/// `selon` + a rule, a text or a circumstance at `k` (`selon la loi`,
/// `selon les cas`, `selon cet article`): no source.
fn non_agent_phrase(doc: &Doc<'_, '_>, k: usize) -> bool {
    // `une enquête Ifop`, `une enquête de l'Insee`: a survey whose
    // author is named speaks (an investigation alone does not); so does a
    // count (`un décompte de l'AFP`, not `le décompte traditionnel`).
    let survey = || {
        matches!(
            doc.low(k + 1),
            "enquête" | "enquêtes" | "décompte" | "décomptes"
        ) && (k + 2..k + 6)
            .take_while(|&x| !doc.is_punct(x))
            .any(|x| doc.entity(x).is_some())
    };
    // (`Ces « revenantes », selon l'expression consacrée`: a word's use,
    // no statement; but `selon l'expression du peintre` gives the words
    // their author.)
    let usage = || {
        matches!(doc.low(k), "l'" | "les")
            && matches!(doc.low(k + 1), "expression" | "expressions" | "jargon")
            && !matches!(doc.low(k + 2), "de" | "du" | "des" | "d'")
    };
    non_agent(doc.low(k))
        || usage()
        || (matches!(
            doc.low(k),
            "le" | "la" | "les" | "l'" | "des" | "ce" | "cet" | "cette" | "ces" | "un" | "une"
        ) && non_agent_noun(doc.low(k + 1))
            && !survey())
        // (`classe les systèmes selon leur niveau de risque`, `selon
        // son âge`: a possessor's measure, no source.)
        || (matches!(doc.low(k), "son" | "sa" | "ses" | "leur" | "leurs")
            && is_measure_noun(doc.low(k + 1)))
        // (`Ses obsèques se dérouleront …, selon ses vœux`, `selon la
        // volonté du défunt`: as wished, no source.)
        || (matches!(
            doc.low(k),
            "son" | "sa" | "ses" | "leur" | "leurs" | "la" | "les"
        ) && is_wish_noun(doc.low(k + 1)))
}

/// What someone wished (`selon ses vœux`, `selon sa volonté`): a manner,
/// no source.
fn is_wish_noun(w: &str) -> bool {
    matches!(
        w,
        "vœux"
            | "voeux"
            | "vœu"
            | "voeu"
            | "volonté"
            | "volontés"
            | "souhait"
            | "souhaits"
            | "désir"
            | "désirs"
            | "dernières"
    )
}

/// What a thing is measured or sorted by (`selon leur niveau de
/// risque`, `selon son âge`): after a possessive, no source (unlike
/// `selon leur décompte`, their own count).
fn is_measure_noun(w: &str) -> bool {
    matches!(
        w,
        "niveau"
            | "niveaux"
            | "âge"
            | "taille"
            | "nature"
            | "type"
            | "sexe"
            | "rang"
            | "degré"
            | "importance"
            | "gravité"
            | "poids"
            | "durée"
            | "revenu"
            | "revenus"
            | "statut"
            | "catégorie"
            | "origine"
            | "profil"
            | "situation"
    )
}

/// Labels of a press piece's genre that open a title before a colon
/// (`Entretien : « … »`): no speaker.
fn is_genre_label(w: &str) -> bool {
    matches!(
        w,
        "entretien"
            | "interview"
            | "portrait"
            | "reportage"
            | "analyse"
            | "éditorial"
            | "editorial"
            | "tribune"
            | "témoignage"
            | "temoignage"
            | "témoignages"
            | "vidéo"
            | "video"
            | "exclusif"
            | "décryptage"
            | "récit"
            | "chronique"
            | "verbatim"
            | "enquête"
            | "billet"
            | "info"
            | "direct"
    )
}

/// A cardinal number, in words or digits (`deux`, `2`).
fn is_number_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "un" | "une") || is_cardinal(w)
}

/// Works a film, a play or a book is adapted from: `d'après la pièce de
/// Shakespeare` names no source.
fn is_work_noun(w: &str) -> bool {
    matches!(
        w,
        "pièce"
            | "roman"
            | "nouvelle"
            | "œuvre"
            | "livre"
            | "conte"
            | "scénario"
            | "opéra"
            | "poème"
            | "tableau"
            | "bande"
            | "manga"
            | "mythe"
            | "légende"
    )
}

/// Verbs of impersonal `il` (`il y a`, `il faut`, `il s'agit`).
fn is_impersonal_verb(w: &str) -> bool {
    matches!(
        w,
        "y" | "faut"
            | "fallait"
            | "faudra"
            | "faudrait"
            | "s'"
            | "semble"
            | "semblait"
            | "reste"
            | "restait"
            | "existe"
            | "suffit"
            | "suffisait"
            | "importe"
            | "paraît"
            | "manque"
    )
}

/// A word read as a past participle (`invité`, `interrogée`), not a noun
/// of people (`député`).
pub(crate) fn participle_like(w: &str) -> bool {
    !speaker::is_human_noun(w)
        && (lexicon::participle_ending(w)
            // (Irregular participles that open phrases: `Venue d'Avignon
            // avec sa paroisse, Thérèse …`, `Issu d'une famille …`.)
            // (`Inscrite depuis trois ans, Clara, 29 ans, …`, `Élu en
            // 2020, …`, and `Elue sans étiquette, …` with the capital's
            // accent left out, as the press often writes it.)
            || inflects_any(
                w,
                &[
                    "venu", "revenu", "devenu", "issu", "sorti", "parti", "descendu", "inscrit",
                    "élu", "réélu", "elu", "admis", "promu", "connu", "reconnu",
                ],
            ))
}

/// Is `w` one of `stems` or its feminine or plural (`-e`, `-s`, `-es`)?
fn inflects_any(w: &str, stems: &[&str]) -> bool {
    stems.iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|e| matches!(e, "" | "e" | "s" | "es"))
    })
}

/// A title written before a name (`M.`, `Mme`, `Me`, `Dr`), lowercased.
pub(crate) fn is_title_abbrev(w: &str) -> bool {
    matches!(w, "m." | "mme" | "mlle" | "me" | "dr" | "pr" | "mgr")
}

/// Nouns of a medium or an event where something is said (`un
/// entretien`, `son compte`, `une conférence de presse`): after a
/// trailing subject's comma, where, not part of the statement.
fn is_medium_or_event(w: &str) -> bool {
    matches!(
        w,
        "entretien"
            | "interview"
            | "communiqué"
            | "conférence"
            | "point"
            | "déclaration"
            | "discours"
            | "émission"
            | "message"
            | "vidéo"
            | "lettre"
            | "tribune"
            | "courrier"
            | "compte"
            | "réseaux"
            | "antenne"
            | "plateau"
            | "micro"
            | "meeting"
            | "réunion"
            | "séance"
            | "audition"
            | "débat"
            | "journal"
            | "matinale"
            | "podcast"
            | "chaîne"
            | "radio"
            | "site"
            | "page"
            | "blog"
            | "journaux"
    )
}

/// A token that opens a clause after an aside: a quotation mark, a
/// determiner or a subject pronoun.
fn opens_clause(doc: &Doc<'_, '_>, k: usize) -> bool {
    is_open_mark(doc.low(k))
        || is_determiner(doc.low(k))
        || matches!(
            doc.low(k),
            "il" | "elle" | "ils" | "elles" | "on" | "c'" | "ce"
        )
}

/// A verb or participle of variation or distribution before `selon`
/// (`varie selon`, `réparties selon`, `calculé selon`).
fn varies(w: &str) -> bool {
    [
        "vari", "chang", "diffèr", "différ", "évolu", "fluctu", "modul", "répart", "class",
        "calcul", "adapt", "attribu", "distribu", "ajust", "dépend", "organis", "trié",
        // (`les avis divergent selon l'ancienneté`.)
        "diverg",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Nouns of rules, texts and circumstances: `selon la procédure`,
/// `selon les cas`, `selon le principe de précaution` name no source.
fn non_agent_noun(w: &str) -> bool {
    non_agent(w)
        || matches!(
            w,
            "procédure"
                | "procédures"
                | "principes"
                | "termes"
                | "critères"
                | "critère"
                | "normes"
                | "norme"
                | "conditions"
                | "circonstances"
                | "situations"
                | "situation"
                | "régions"
                | "pays"
                | "saisons"
                | "périodes"
                | "méthode"
                | "formule"
                | "traité"
                | "accord"
                | "lois"
                | "textes"
                | "texte"
                | "dispositions"
                | "statuts"
                | "usages"
                | "usage"
                | "coutume"
                | "tradition"
                | "modèle"
                | "schéma"
                | "logique"
                | "niveau"
                | "type"
                | "nature"
                | "taille"
                | "âge"
                | "sexe"
                // `les premiers éléments de l'enquête`: an investigation
                // says nothing of who speaks.
                | "enquête"
                | "enquêtes"
                // `selon le jour`, `selon les cas`: depending on.
                | "jour"
                | "jours"
                | "heure"
                | "heures"
                | "moment"
                | "cas"
                | "saison"
                | "période"
                | "semaine"
                | "année"
                | "secteur"
                | "secteurs"
                | "besoins"
                // `selon un cérémonial identique`, `selon le décompte
                // traditionnel`, `selon les époques`: a manner, a period.
                | "cérémonial"
                // `selon le jargon bruxellois`: a way of speaking, no
                // speaker.
                | "jargon"
                | "terminologie"
                | "vocabulaire"
                | "adage"
                | "dicton"
                | "rite"
                | "rituel"
                | "décompte"
                | "calendrier"
                | "protocole"
                | "barème"
                | "règle"
                | "règles"
                | "époque"
                | "époques"
                | "civilisations"
                // `présentées selon des priorités thématiques`.
                | "priorité"
                | "priorités"
                // `se fonce selon l'intensité lumineuse`, `selon la
                // quantité d'UV`: a measure (depending on).
                | "intensité"
                | "quantité"
                | "quantités"
                | "température"
                | "taux"
                | "degré"
                | "volume"
                | "poids"
                | "durée"
                | "distance"
                | "longueur"
                | "fréquence"
                | "montant"
                | "importance"
                | "gravité"
                | "ampleur"
                | "densité"
                | "profondeur"
                | "vitesse"
                | "position"
                | "forme"
                | "couleur"
                | "lieu"
                | "endroit"
                | "contexte"
                // `selon la charte des Nations unies`: in accordance with.
                | "charte"
        )
}

/// How far after an auxiliary the participle of its group can be: past
/// the auxiliary (1) and its clitic (1), at most three steps of at most
/// seven tokens each (an aside between commas; a locution is at most
/// four words, a negation or an adverb one).
const AUX_REACH: usize = 2 + 3 * 7;

/// `« Vous avez fait de Paris une ville en faillite ! », a attaqué la
/// maire du 7e arrondissement`: right after a quotation and its comma,
/// `a` (or `avait`), a past participle in `-é` no list knows and a
/// speaker (a person or organisation named, a title, or a determiner and
/// a noun of people within three words) make an incise of speech. The
/// quotation must open its sentence (or follow a colon or a dash) and read
/// as speech: three words or more, or closed by `!`, `?`, `.` or `…`.
/// Added as weak cues, in text order (`cues` stays sorted, its groups
/// apart). One look per quotation: linear time.
fn incise_cues(doc: &Doc<'_, '_>, regions: &[Region], cues: &mut Vec<Cue>) {
    let n = doc.n();
    let before = cues.len();
    for r in regions {
        if !r.closed || r.depth != 0 {
            continue;
        }
        let k = doc.tok_at(r.close);
        if k + 3 >= n || doc.low(k) != "," || !matches!(doc.low(k + 1), "a" | "avait") {
            continue;
        }
        // (The quotation opens its sentence, or follows a colon or a dash:
        // not a slogan in apposition, `Le slogan, « Travailler plus … »,
        // a marqué les électeurs`.)
        let open = doc.tok_at(r.open);
        if open > doc.sent_range(open).0 && !matches!(doc.low(open - 1), ":" | "—" | "–" | "-")
        {
            continue;
        }
        let v = doc.low(k + 2);
        if !doc.is_word(k + 2)
            || doc.starts_upper(k + 2)
            || doc.form(k + 2).is_some()
            || doc.aux(k + 2).is_some()
            || v.chars().count() < 5
            || !v.ends_with('é')
            || v == "été"
        {
            continue;
        }
        let s = k + 3;
        let person = |x: usize| {
            doc.entity(x)
                .is_some_and(|e| matches!(doc.ents[e].label(), Label::Per | Label::Org))
                || speaker::is_human_noun_or_plural(doc.low(x))
        };
        let speaker = person(s)
            || is_title_abbrev(doc.low(s))
            || (is_determiner(doc.low(s)) && (s + 1..(s + 4).min(n)).any(person));
        if !speaker {
            continue;
        }
        let (a, b) = (doc.tok_at(r.start()), doc.tok_at(r.close).saturating_sub(1));
        let spoken = doc.words_upto(a, b + 1, 3) >= 3
            || (b > a && matches!(doc.low(b.saturating_sub(1)), "!" | "?" | "." | "…"));
        // (No group of a cue already there: a bounded search of the
        // sorted groups.)
        let i = cues[..before].partition_point(|c| c.last <= k + 1);
        let clear = cues[..before].get(i).is_none_or(|c| c.first > k + 2);
        if spoken && clear {
            cues.push(Cue::verb(k + 1, k + 3, Strength::Weak));
        }
    }
    if cues.len() > before {
        cues.sort_by_key(|c| c.first);
    }
}

/// Scans the tokens for reporting cues.
/// (`out`: an empty vector to fill, reused between documents.)
fn find_cues(doc: &Doc<'_, '_>, mut out: Vec<Cue>) -> Vec<Cue> {
    let n = doc.n();
    out.clear();
    let mut i = 0;
    let classed = &doc.classed;
    // The next entry of `classed` to look at.
    let mut p = 0;
    loop {
        // Only words that are an auxiliary or a form can start a group:
        // go to the next one at or after `i`.
        while classed.get(p).is_some_and(|&k| (k as usize) < i) {
            p += 1;
        }
        let Some(&k) = classed.get(p) else { break };
        p += 1;
        i = k as usize;
        let f = doc.flags[i];
        if f & kind::WORD == 0 || f & class::CUE == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let aux = doc.aux(i);
        let form = if aux.is_none() { doc.form(i) } else { None };
        if aux.is_none() && form.is_none() {
            i += 1;
            continue;
        }
        // Negation or `ne … que` right before the group: not a cue
        // (looked at only for a group that is a cue).
        let negated_before = || {
            found_before(
                i,
                3,
                |k| matches!(doc.low(k), "ne" | "n'"),
                |k| is_preverbal(doc.low(k)),
            )
        };
        if let Some(reflexive) = aux {
            // An auxiliary with no form within reach (most: `il y a`, `a
            // été`, `est`) starts no group: the words after it are not
            // looked at.
            let reach = i + AUX_REACH;
            let form_ahead = classed[p..]
                .iter()
                .take_while(|&&k| k as usize <= reach)
                .any(|&k| doc.form(k as usize).is_some());
            if !form_ahead {
                i += 1;
                continue;
            }
            if reflexive {
                let p = if i > 0 { doc.low(i - 1) } else { "" };
                if !matches!(p, "s'" | "se" | "s") {
                    i += 1;
                    continue;
                }
            }
            let mut j = i + 1;
            let mut clitic = None;
            if doc.is_clitic(j) {
                // `avons-nous dit`: a first or second person names no one.
                if first_or_second(doc.low(j)) {
                    i += 1;
                    continue;
                }
                clitic = Some(j);
                j += 1;
            }
            let mut negated = false;
            let mut steps = 0;
            while j < n && steps < 3 {
                let x = doc.low(j);
                // `a, pour sa part, jugé`, `a, quant à lui, estimé`: an
                // aside of a few words between commas (at most seven
                // tokens on: [`AUX_REACH`] counts on it).
                if x == "," {
                    let close = (j + 2..(j + 7).min(n)).find(|&k| doc.is_punct(k));
                    match close {
                        Some(k)
                            if doc.low(k) == ","
                                && (j + 1..k).all(|y| doc.is_word(y) || doc.low(y) == "'")
                                && doc.form(k + 1).is_some_and(|f| f.has(Shape::Participle)) =>
                        {
                            j = k + 1;
                            steps += 1;
                            continue;
                        }
                        _ => break,
                    }
                }
                if is_negation(x) {
                    negated = true;
                } else if let Some(e) = adverbial_locution_end(doc, j) {
                    // `a de nouveau affirmé`, `a lui aussi estimé`.
                    j = e;
                    steps += 1;
                    continue;
                } else if let Some(e) = time_before_participle(doc, j) {
                    // `a dès lundi annoncé`, `avait dès avril exhorté`,
                    // `a mardi dénoncé`.
                    j = e;
                    steps += 1;
                    continue;
                } else if !(is_group_adverb(x)
                    // (Any adverb in `-ment` right before the participle
                    // of an incise after quotation marks: `« … », a
                    // sobrement commenté X`.)
                    || (start >= 2
                        && doc.low(start - 1) == ","
                        && is_close_mark(doc.low(start - 2))
                        && x.len() >= 7
                        && x.ends_with("ment")
                        && doc.form(j + 1).is_some_and(|f| f.has(Shape::Participle))))
                {
                    break;
                }
                j += 1;
                steps += 1;
            }
            if let Some(f) = doc.form(j) {
                // (`qui a récemment annoncer`, `Le ministre a déclarer`:
                // the press's misspelling of an `-er` participle as the
                // infinitive, which never follows `avoir` itself. Only
                // after what ends a subject, a pronoun, `qui`, a name or a
                // noun of people: `A noter que`, `est a noter`, `a du mal
                // a expliquer` are the preposition `à` without its
                // accent.)
                let misspelt = || {
                    f.has(Shape::Infinitive)
                        && doc.low(j).ends_with("er")
                        && !reflexive
                        && start > doc.sent_range(start).0
                        && {
                            let p = doc.low(start - 1);
                            is_subject_pronoun(p)
                                || p == "qui"
                                || doc.entity(start - 1).is_some()
                                || speaker::is_human_noun(p)
                        }
                };
                if f.has(Shape::Participle) || misspelt() {
                    if let Some((strength, last)) = group_strength(doc, f, j) {
                        if !negated && !negated_before() {
                            out.push(Cue {
                                first: start,
                                last,
                                strength,
                                gerund: false,
                                clitic,
                            });
                        }
                        i = last;
                        continue;
                    }
                }
            }
            i += 1;
            continue;
        }
        let Some(f) = form else {
            i += 1;
            continue;
        };
        let prev = if i > 0 { doc.low(i - 1) } else { "" };
        // `ayant déclaré que …`, `en ayant affirmé …`: a compound
        // present participle.
        if f.has(Shape::Participle) && prev == "ayant" {
            if let Some((strength, last)) = group_strength(doc, f, i) {
                let first = if i >= 2 && doc.low(i - 2) == "en" {
                    i - 2
                } else {
                    i - 1
                };
                if !(last < n && is_negation(doc.low(last))) {
                    out.push(Cue {
                        first,
                        last,
                        strength,
                        gerund: true,
                        clitic: None,
                    });
                }
                i = last;
                continue;
            }
        }
        // `le plaignant`, `un intervenant`: a participle after a
        // determiner is a noun.
        // (`en les appelant à …`: an object pronoun between `en` and the
        // participle is no determiner.)
        let clitic_gerund = i >= 2
            && doc.low(i - 2) == "en"
            && matches!(
                prev,
                "les" | "le" | "la" | "l'" | "leur" | "lui" | "nous" | "vous"
            );
        // (`une banderole proclamant « … »`: a sign's words, written, no
        // one's statement.)
        let sign = matches!(
            prev.trim_end_matches('s'),
            "banderole"
                | "pancarte"
                | "panneau"
                | "calicot"
                | "écriteau"
                | "affiche"
                | "affichette"
        ) || prev == "panneaux";
        if f.has(Shape::Gerund) && (!is_determiner(prev) || clitic_gerund) && !sign {
            if let Some((strength, last)) = group_strength(doc, f, i) {
                let first = if clitic_gerund {
                    i - 2
                } else if prev == "en" {
                    i - 1
                } else {
                    i
                };
                out.push(Cue {
                    first,
                    last,
                    strength,
                    gerund: true,
                    clitic: None,
                });
                i = last;
                continue;
            }
        }
        // `avait parlé du procès et rappelé que …`: a participle
        // coordinated with an earlier compound tense shares its
        // auxiliary `avoir`.
        // (Or `mais` after a quotation or a comma: `a salué « une
        // écoute » mais regretté …`; not `un texte ambitieux mais
        // critiqué`, a noun's adjectives.)
        let mais =
            prev == "mais" && i >= 2 && (is_close_mark(doc.low(i - 2)) || doc.low(i - 2) == ",");
        if f.has(Shape::Participle) && !f.has(Shape::Finite) && (prev == "et" || mais) && {
            let (ss, _) = doc.sent_range(i);
            let lo = i.saturating_sub(16).max(ss);
            // Not a passive `a été` (`a été adopté et annoncé`), not
            // the `avoir` of a relative clause (`, qui a salué …, et`).
            (lo..i - 1).rev().any(|k| {
                doc.aux(k) == Some(false)
                    && doc.low(k + 1) != "été"
                    && (k == 0 || !matches!(doc.low(k - 1), "qui" | "qu'"))
            })
            // (Farther, the auxiliary of the cue before, past its clause:
            // `a indiqué que X n'était « plus en état » de diriger le
            // groupe et demandé au conseil de …`; when no other auxiliary
            // nor passive stands between, `que le projet, …, serait
            // présenté en juin et expliqué …`, nor a participle of the
            // phrase before `et`, which it would coordinate, `que les
            // mesures, annoncées en mars et expliquées aux élus,
            // restaient`.)
            || out.last().is_some_and(|p| {
                let seg = (p.last..i - 1)
                    .rev()
                    .find(|&k| doc.low(k) == "," || is_close_mark(doc.low(k)))
                    .map_or(p.last, |k| k + 1);
                p.first >= i.saturating_sub(40).max(ss)
                    && doc.aux(p.first) == Some(false)
                    && doc.low(p.first + 1) != "été"
                    && !(p.first + 1..i - 1).any(|k| {
                        doc.aux(k) == Some(false)
                            || (doc.aux(k) == Some(true) && participle_like(doc.low(k + 1)))
                            || doc.low(k) == "été"
                    })
                    && !(seg..i - 1).any(|k| {
                        let w = doc.low(k);
                        !doc.starts_upper(k)
                            && participle_like(w)
                            && (w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"))
                    })
            })
        } {
            if let Some((strength, last)) = group_strength(doc, f, i) {
                if !(last < n && is_negation(doc.low(last))) {
                    out.push(Cue::verb(i, last, strength));
                }
                i = last;
                continue;
            }
        }
        // `le` before a verb is its object pronoun after `comme`
        // (`Comme le sous-entend X,`, `…, comme l'indique X`), elsewhere
        // an article.
        let comme_le = comme_le_before(doc, i)
            || (i >= 3
                && matches!(doc.low(i - 1), "le" | "l'")
                && doc.low(i - 2) == "comme"
                && doc.low(i - 3) == ",");
        // `on se propose de la réaliser`, `il se rappelle que`, `qui se
        // rapportent à`: these pronominal verbs intend, remember, relate.
        let pronominal_other = matches!(prev, "se" | "s'")
            && ["propos", "rappel", "rapport", "poursui"]
                .iter()
                .any(|p| doc.low(i).starts_with(p));
        // `deux hommes à qui il demandait de cesser un rodéo`: a request
        // in a relative clause on its addressee tells what happened, no
        // statement.
        let relative_request = i >= 3
            && matches!(prev, "il" | "elle" | "ils" | "elles" | "on")
            && (matches!(
                doc.low(i - 2),
                "auquel" | "auxquels" | "auxquelles" | "laquelle"
            ) || (doc.low(i - 2) == "qui" && doc.low(i - 3) == "à"))
            && matches!(doc.low(i + 1), "de" | "d'");
        // `Et qui me dit que ma banque ne le sait pas ?`: a question no
        // one answers, no report.
        let who_tells_me =
            i >= 2 && matches!(prev, "me" | "m'" | "nous") && doc.low(i - 2) == "qui" && {
                let (ss, se) = doc.sent_range(i);
                let opens = i - 2 == ss || (i - 2 > ss && matches!(doc.low(i - 3), "et" | "mais"));
                let asks = (i..se.min(i + 40)).any(|k| doc.low(k) == "?");
                opens && asks
            };
        // `un avion dit de « sixième génération »`, `un engin dit «
        // furtif »`: the participle names a thing, no one speaks.
        let so_called = matches!(doc.low(i), "dit" | "dite" | "dits" | "dites")
            && i >= 2
            && ((matches!(doc.low(i + 1), "de" | "d'") && is_open_mark(doc.low(i + 2)))
                || (is_open_mark(doc.low(i + 1))
                    && matches!(doc.low(i - 2), "un" | "une" | "des")
                    && !is_subject_pronoun(prev)
                    && doc.aux(i - 1).is_none()
                    && !doc.starts_upper(i - 1)
                    && !super::speaker::is_human_noun_or_plural(prev)));
        // `Thiery leur propose de …`, `Trump l'accuse d'être …`: `leur`,
        // `le`, `la`, `les` after a subject pronoun or a person's name are
        // object pronouns.
        // (And after a relative pronoun: `Laurent Wauquiez, qui l'accusait
        // de « laisser filer » les tarifs`.)
        let leur_object = matches!(prev, "leur" | "le" | "la" | "les" | "l'")
            && i >= 2
            && (is_subject_pronoun(doc.low(i - 2))
                || doc.low(i - 2) == "qui"
                || doc
                    .entity(i - 2)
                    .is_some_and(|e| doc.ents[e].label() == Label::Per));
        if f.has(Shape::Finite)
            && (comme_le || leur_object || !is_determiner(prev))
            // (`sans doute`: the noun.)
            && !matches!(prev, "de" | "d'" | "à" | "pour" | "par" | "en" | "sans")
            && !pronominal_other
            && !so_called
            && !relative_request
            && !who_tells_me
        {
            // `Elle prend note du fait que …`, `a pris acte que`: the
            // group starts at `prendre` (and its auxiliary), whose
            // subject speaks; `pris bonne note de votre disponibilité`
            // reports nothing.
            if let Some(first) = taking_note(doc, i) {
                if let Some((strength, last)) = group_strength(doc, f, i) {
                    let clause = matches!(doc.low(last), "que" | "qu'")
                        || (doc.low(last) == "du" && doc.low(last + 1) == "fait");
                    if clause && !negated_before() {
                        out.push(Cue::verb(first, last, strength));
                    }
                    i = last;
                    continue;
                }
            }
            // `On note que …`, `on constate que …`: the narrator's
            // observation, no one's statement.
            if observation_by_on(doc, i) {
                i += 1;
                continue;
            }
            // `fait-on valoir`, `fait-il savoir`: an inverted clitic inside
            // a two-word lemma.
            if let Some(head) = f.head
                && doc.is_clitic(i + 1)
                && !first_or_second(doc.low(i + 1))
                && let Some((strength, len)) = lexicon::multi(head, doc.low(i + 2), doc.low(i + 3))
            {
                if !negated_before() {
                    out.push(Cue {
                        first: start,
                        last: i + 2 + len,
                        strength,
                        gerund: false,
                        clitic: Some(i + 1),
                    });
                }
                i += 2 + len;
                continue;
            }
            if let Some((strength, mut last)) = group_strength(doc, f, i) {
                let mut clitic = None;
                if doc.is_clitic(last) {
                    if first_or_second(doc.low(last)) {
                        i += 1;
                        continue;
                    }
                    clitic = Some(last);
                    last += 1;
                }
                // (`X ne dit pas autre chose : « … »` agrees.)
                let same_thing = doc.low(last) == "pas"
                    && doc.low(last + 1) == "autre"
                    && doc.low(last + 2) == "chose";
                let negated =
                    (negated_before() || (last < n && is_negation(doc.low(last)))) && !same_thing;
                // A participle-only reading after a noun (`le groupe dit
                // État islamique`) is not a cue; a finite form needs a
                // subject, an inversion or a quote mark nearby, checked
                // by the callers.
                if !negated {
                    out.push(Cue {
                        first: start,
                        last,
                        strength,
                        gerund: false,
                        clitic,
                    });
                }
                i = last;
                continue;
            }
        }
        // `a permis à la ministre de déclarer que`: the infinitive is
        // the cue, and the one permitted to speak speaks.
        if f.has(Shape::Infinitive)
            && f.strength != Strength::Weak
            && permission_agent(doc, i).is_some()
        {
            if let Some((strength, last)) = group_strength(doc, f, i) {
                if matches!(doc.low(last), "que" | "qu'") {
                    out.push(Cue::verb(i, last, strength));
                    i = last;
                    continue;
                }
            }
        }
        // `Et de conclure : « … »`, `Et d'ajouter que …`: the narrative
        // infinitive, opening its sentence, reports what the previous
        // speaker says next (the cue starts at `Et`, with no subject).
        if f.has(Shape::Infinitive)
            && f.strength != Strength::Weak
            && i >= 2
            && matches!(doc.low(i - 1), "de" | "d'")
            && doc.low(i - 2) == "et"
            && doc.sent_range(i).0 == i - 2
        {
            if let Some((strength, last)) = group_strength(doc, f, i) {
                if matches!(doc.low(last), "que" | "qu'" | ":") {
                    out.push(Cue::verb(i - 2, last, strength));
                    i = last;
                    continue;
                }
            }
        }
        // `a tenu à préciser que`, `vient de déclarer que`, `a voulu
        // rappeler que`: an infinitive under a verb that governs it; the
        // cue starts at that verb (and its auxiliary), whose subject
        // speaks.
        // (`avant d'appeler X à …`: also a verb of calling after
        // `avant de`, whose object and `à` follow.)
        // (`avant de lui reprocher`: past the object's pronoun.)
        let o = if i >= 3 && matches!(doc.low(i - 1), "lui" | "leur") {
            i - 1
        } else {
            i
        };
        let call = |g: usize| doc.low(g) == "avant" && is_call_verb(doc.low(i));
        // (A weak verb too when its object opens in marks after `se
        // contenter de`, `se borner à`, `se limiter à`: `s'est contenté
        // de souhaiter « bonne chance »`.)
        let marked_object = is_open_mark(doc.low(i + 1))
            && i >= 2
            && ["content", "born", "limit"]
                .iter()
                .any(|p| doc.low(i - 2).starts_with(p));
        // (`avant de dénoncer … un « mépris de classe »`: a verb of
        // praise or blame after `avant de`, which reports its object.)
        let judged_sequel = o >= 2 && doc.low(o - 2) == "avant" && praises_or_blames(doc.low(i));
        if f.has(Shape::Infinitive)
            && (f.strength != Strength::Weak
                || o >= 2 && call(o - 2)
                || marked_object
                || judged_sequel)
        {
            if let Some(g) = governing_verb(doc, i) {
                // (`n'a pas hésité`: the auxiliary before the negation.)
                let mut a = g;
                while a > 0 && matches!(doc.low(a - 1), "pas" | "plus" | "jamais") {
                    a -= 1;
                }
                // (`a-t-il tenu à préciser`: the auxiliary before its
                // clitic.)
                let aux_clitic = (a > 1 && doc.is_clitic(a - 1) && doc.aux(a - 2).is_some())
                    .then(|| a - 1)
                    .filter(|&k| !first_or_second(doc.low(k)));
                // (`tient-il à préciser`: the clitic after the verb.)
                let clitic = aux_clitic.or_else(|| {
                    (g + 1 < i && doc.is_clitic(g + 1) && !first_or_second(doc.low(g + 1)))
                        .then_some(g + 1)
                });
                let first = if aux_clitic.is_some() {
                    a - 2
                } else if a > 0 && doc.aux(a - 1).is_some() {
                    a - 1
                } else if g > 0
                    && doc.low(g).starts_with("cess")
                    && matches!(doc.low(g - 1), "ne" | "n'")
                {
                    // (`ne cesse-t-il de répéter`: the cue opens at `ne`.)
                    g - 1
                } else {
                    g
                };
                // (`ne pas hésiter à dire`, `ne pas manquer de rappeler`
                // say it.)
                let negated = !doc.low(g).starts_with("hésit")
                    && !doc.low(g).starts_with("manqu")
                    && !doc.low(g).starts_with("cess")
                    && (first.saturating_sub(3)..first)
                        .chain(first..i)
                        .any(|k| is_negation(doc.low(k)) || matches!(doc.low(k), "ne" | "n'"));
                if let Some((strength, last)) = group_strength(doc, f, i) {
                    // Only before `que` or `son intention de` (`souhaitait
                    // ajouter un titre` adds, `entend répondre` intends).
                    // Or as the incise of a quotation: `« … », a tenu à
                    // préciser le ministre`, `s'est-elle contentée de
                    // répondre`.
                    let b = if first > 0 && matches!(doc.low(first - 1), "s'" | "se") {
                        first - 1
                    } else {
                        first
                    };
                    let incise = b >= 2 && doc.low(b - 1) == "," && is_close_mark(doc.low(b - 2));
                    let reflexive_inf = matches!(doc.low(i - 1), "se" | "s'");
                    // (After `avant de`, a verb of accusing or calling
                    // reports its object's act: `avant d'accuser la droite
                    // de « … »`, `avant d'appeler ses troupes à lever …`.)
                    // (Or a verb of saying made reflexive: `avant de se
                    // dire prête à « … »`.)
                    let sequel = doc.low(g) == "avant"
                        && (strength == Strength::StrongDe
                            || call(g)
                            || judged_sequel
                            || (reflexive_inf
                                && matches!(doc.low(i), "dire" | "déclarer" | "affirmer")
                                // (`avant de se dire que …`, `: « … »`:
                                // to think to oneself.)
                                && !matches!(doc.low(i + 1), "que" | "qu'" | ":")));
                    // (A reflexive infinitive reports only so: `a tenu à
                    // se dire que …` is to think to oneself.)
                    // (Or a colon and marks: `avant d'ajouter : « … »`, `a
                    // tenu à préciser : « … »`.)
                    let reports = (!reflexive_inf && matches!(doc.low(last), "que" | "qu'"))
                        || (!reflexive_inf
                            && doc.low(last) == ":"
                            && is_open_mark(doc.low(last + 1)))
                        // (With a manner aside: `avant d'ajouter, plus
                        // sèchement : « … »`.)
                        || (!reflexive_inf && colon_after_aside(doc, last).is_some())
                        || (matches!(doc.low(last), "son" | "sa" | "ses" | "leur" | "leurs")
                            && is_intent_noun(doc.low(last + 1)))
                        || incise
                        || sequel
                        || (marked_object && last == i + 1);
                    if !negated && reports {
                        let mut c = Cue::verb(first, last, strength);
                        c.clitic = clitic;
                        out.push(c);
                    }
                    i = last;
                    continue;
                }
            }
        }
        i += 1;
    }
    // `apprendre` reports only as `a-t-on appris`, `apprend-on`
    // ([`lexicon::ON_ONLY`]).
    // (And only with a source after it: `a-t-on appris de source
    // policière`, `auprès du ministère`, `à Matignon`; `…, a-t-on appris
    // mardi.` is the writer's own news.)
    out.retain(|c| {
        !lemma_flag(doc, c, |f| f.on_only) || (clitic_on(doc, c) && on_source_follows(doc, c))
    });
    // `…, croyant ou non`, `croyants et non-croyants`: people who
    // believe, no cue.
    out.retain(|c| {
        let v = doc.low(c.last - 1);
        let noun = c.first + 1 == c.last && c.first > 0 && is_det(doc.low(c.first - 1));
        !(v.starts_with("croyant")
            && (matches!(doc.low(c.last), "ou" | "et") || v.ends_with('s') || noun))
    });
    // `Sur les pancartes, on lisait « … »`, `on pouvait lire`: what is
    // written, read by anyone, is no one's statement.
    out.retain(|c| {
        let v = doc.low(c.last - 1);
        let lire = matches!(v, "lire" | "lisait" | "lit" | "lisaient" | "lu" | "lira")
            || v.starts_with("lisai");
        // (`on lisait`, `on pouvait lire`, `on a lu`.)
        let by_on = (c.first >= 1 && doc.low(c.first - 1) == "on")
            || (c.first >= 2
                && doc.low(c.first - 2) == "on"
                && (doc.low(c.first - 1).starts_with("pouv") || doc.aux(c.first - 1).is_some()));
        !(lire && by_on)
    });
    // `Franck Mougenot a lu le communiqué aux salariés avant de le
    // déchirer`: reading a document out is no report of the clause
    // before, nor does the document speak, when no quotation or colon
    // follows it in the sentence.
    out.retain(|c| {
        let v = doc.low(c.last - 1);
        let lire = matches!(v, "lu" | "lit" | "lisait" | "lut");
        let k = c.last;
        let read_out =
            lire && is_det(doc.low(k)) && super::speaker::is_document_noun(doc.low(k + 1)) && {
                let (_, se) = doc.sent_range(k);
                !(k + 2..se.min(k + 40)).any(|x| doc.low(x) == ":" || is_open_mark(doc.low(x)))
            };
        !read_out
    });
    // `s'est emporté X`, not `ont emporté « des fichiers »`
    // ([`lexicon::REFLEXIVE_ONLY`]).
    out.retain(|c| !lemma_flag(doc, c, |f| f.reflexive_only) || reflexive_cue(doc, c));
    // `Le tribunal a condamné l'écrivain à cinq ans de prison pour
    // « atteinte à l'unité nationale »`: a sentence, no report (the
    // charge in marks is the law's words); `a condamné une « attaque
    // barbare »` blames.
    out.retain(|c| !(doc.low(c.last - 1).starts_with("condamn") && sentencing_after(doc, c.last)));
    // `pointer` aims (`a pointé son bateau vers « … »`, `pointe vers le
    // « nord »`) or ranks (`pointe à « seulement » trois points`): only
    // what it points out reports (`pointe « un manque de pilotage »`).
    out.retain(|c| {
        let v = doc.low(c.last - 1);
        if !v.starts_with("point") {
            return true;
        }
        let (_, se) = doc.sent_range(c.first);
        !(matches!(doc.low(c.last), "à" | "au" | "aux")
            || (c.last..(c.last + 6).min(se)).any(|k| doc.low(k) == "vers"))
    });
    // `Une erreur s'est glissée dans le rapport que …`: `se glisser` is
    // to slip in, no report.
    out.retain(|c| !(doc.low(c.last - 1).starts_with("gliss") && reflexive_cue(doc, c)));
    // `cette baignade relève de « la communication pure »`, `relève du
    // domaine public`: `relever de` + an article is to belong to, no
    // report (`relève de « nombreuses irrégularités »`, `a relevé des
    // incohérences` note them).
    out.retain(|c| {
        let v = doc.low(c.last - 1);
        if !(v.starts_with("relev") || v.starts_with("relèv")) {
            return true;
        }
        // (Also inside marks and past an adverb: `l'affaire relève
        // « d'abord de la justice »`.)
        let mut k = c.last;
        if is_open_mark(doc.low(k)) {
            k += 1;
        }
        if (doc.low(k) == "d'" && doc.low(k + 1) == "abord")
            || (doc.low(k) == "avant" && doc.low(k + 1) == "tout")
        {
            k += 2;
        } else if matches!(
            doc.low(k),
            "surtout"
                | "aussi"
                | "bien"
                | "uniquement"
                | "plutôt"
                | "davantage"
                | "désormais"
                | "essentiellement"
                | "principalement"
                | "seulement"
        ) && matches!(doc.low(k + 1), "de" | "d'" | "du")
        {
            k += 1;
        }
        let art = if is_open_mark(doc.low(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        !(doc.low(k) == "du"
            || (matches!(doc.low(k), "de" | "d'")
                && matches!(
                    doc.low(art),
                    "la" | "l'" | "le" | "les" | "ce" | "cette" | "sa" | "son"
                )))
    });
    // `s'est félicité que …`, `se réjouit de voir …`, `s'inquiète que …`:
    // a reflexive verb of feeling reports before `que` or `de` and an
    // infinitive, not before a noun ([`lexicon::FEELING`]).
    for c in &mut out {
        if c.strength != Strength::Weak || c.first == 0 || c.gerund {
            continue;
        }
        let reflexive = matches!(doc.low(c.first - 1), "se" | "s'")
            || (c.first > 1
                && matches!(doc.low(c.first - 1), "est" | "sont")
                && matches!(doc.low(c.first - 2), "s'"));
        if !reflexive || !lemma_flag(doc, c, |f| f.feeling) || c.last >= doc.n() {
            continue;
        }
        // (Past a short complement of place: `s'est félicité sur Twitter
        // de voir …`.)
        let mut k = c.last;
        if matches!(doc.low(k), "sur" | "dans" | "devant" | "auprès") {
            if let Some(x) = (k + 1..(k + 5).min(doc.n()))
                .take_while(|&x| !doc.is_punct(x) || doc.low(x) == "'")
                .find(|&x| matches!(doc.low(x), "que" | "qu'" | "de" | "d'"))
            {
                k = x;
            }
        }
        let next = doc.low(k);
        if matches!(next, "que" | "qu'") {
            c.strength = Strength::Strong;
        } else if matches!(next, "de" | "d'") && is_infinitive_start(doc, k + 1) {
            c.strength = Strength::StrongDe;
        }
    }
    let article = is_article(doc);
    // `le rectorat dit non à Lanvénec`: `dire non` (or `oui`) to someone
    // is a refusal (or a consent), no report; a quotation after it is not
    // its words (`« Non », dit-il` keeps its marks, and is no such group).
    out.retain(|c| {
        let k = c.last;
        !(k + 1 < doc.n()
            && matches!(doc.low(k), "non" | "oui")
            && matches!(doc.low(k + 1), "à" | "au" | "aux")
            && doc.low(c.last - 1).starts_with("di"))
            // (Nor is asking for anonymity: `Pour un cadre de l'usine, qui a
            // requis l'anonymat, « … »` quotes the man, not his request.)
            && !(k + 1 < doc.n() && doc.low(k) == "l'" && doc.low(k + 1) == "anonymat")
            // (`douter que` reports an opinion in the press only: a
            // novel's `doutant que ce fût elle` is a character's thought.)
            && (article || !doc.low(c.last - 1).starts_with("dout"))
    });
    out
}

/// A noun of an abstract thing by its ending (`inaction`, `crise` is
/// not caught): `-tion`, `-sion`, `-ité`, `-ance`, `-ence`, `-isme`.
fn is_abstract_noun(w: &str) -> bool {
    ["tion", "sion", "ité", "ance", "ence", "isme"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Nouns in `-tion` or `-ité` ([`is_abstract_noun`]) of bodies of
/// people: `l'opposition exige que …`, `la majorité`, `la direction` can
/// demand.
fn is_collective_noun(w: &str) -> bool {
    matches!(
        w,
        "opposition"
            | "majorité"
            | "direction"
            | "administration"
            | "délégation"
            | "présidence"
            | "population"
            | "rédaction"
            | "municipalité"
            | "commission"
    )
}

/// A description that is a body of people ([`is_collective_noun`]) alone
/// or with a named complement (`l'opposition`, `la direction de
/// Renault`), not a concept (`la majorité qualifiée`, `la rédaction de
/// la loi`, `la présidence tournante`).
fn collective_alone(doc: &Doc<'_, '_>, first: usize, last: usize) -> bool {
    let h = speaker::head_at(doc, first);
    is_collective_noun(doc.low(h))
        && (last == h + 1
            || (matches!(doc.low(h + 1), "de" | "d'" | "du" | "des")
                && (h + 2..last).any(|k| doc.starts_upper(k) || doc.entity(k).is_some())))
}

/// Is `w` a form of a verb of calling on someone (`appeler`, `exhorter`,
/// `inviter`)?
fn is_call_verb(w: &str) -> bool {
    ["appel", "exhort", "invit"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// `On note que …`, `on remarque`, `On constate`, `on observe`: a verb of
/// observation at `i` right after the pronoun `on`, before `que` (up to
/// three words between: `On note d'ailleurs que`): the narrator's
/// impersonal remark, not a source's statement. (`On constate, dans
/// cette vidéo, X répéter « … »` still reports X's words in marks.)
fn observation_by_on(doc: &Doc<'_, '_>, i: usize) -> bool {
    let w = doc.low(i);
    // (`On` opening the sentence: `À Matignon, on note que …` has a
    // source.)
    i > 0
        && doc.low(i - 1) == "on"
        && doc.sent_range(i).0 == i - 1
        && ["not", "remarqu", "constat", "observ"]
            .iter()
            .any(|s| w.starts_with(s))
        && (i + 1..(i + 5).min(doc.n()))
            .take_while(|&k| doc.is_word(k) || doc.low(k) == "'")
            .any(|k| matches!(doc.low(k), "que" | "qu'"))
}

/// `prend note`, `a pris bonne note`, `prenons bien note`: the token
/// `note` at `i` is the noun of `prendre note`, no verb. Where the verb
/// group starts: at `prendre`, or at the auxiliary of `pris`.
fn taking_note(doc: &Doc<'_, '_>, i: usize) -> Option<usize> {
    if !matches!(doc.low(i), "note" | "notes") || i == 0 {
        return None;
    }
    let mut k = i - 1;
    if matches!(doc.low(k), "bonne" | "bien" | "également" | "aussi") && k > 0 {
        k -= 1;
    }
    let w = doc.low(k);
    if w.starts_with("pren") {
        return Some(k);
    }
    if !matches!(w, "pris" | "prise" | "prit" | "prirent") {
        return None;
    }
    Some(if k > 0 && doc.aux(k - 1).is_some() {
        k - 1
    } else {
        k
    })
}

/// Is byte `off` inside one of the 64 quotations opened last before it
/// (regions are in order of their opening mark; a bounded look)?
fn in_recent_quotation(regions: &[Region], off: usize) -> bool {
    let p = regions.partition_point(|r| r.open < off);
    regions[p.saturating_sub(64)..p]
        .iter()
        .any(|r| off < r.close)
}

/// `X, pour qui …`: an according quote of the clause after `qui`, whose
/// speaker is the noun phrase before the comma (a name or people; or,
/// after an inverted subject, `…, sourit un cadre de Renaissance, pour
/// qui …`, a description of people of a few words with no punctuation or
/// verb in it).
fn pour_qui(
    doc: &Doc<'_, '_>,
    i: usize,
    regions: &[Region],
    cue_at: &[u32],
    cues: &[Cue],
) -> Option<Cand> {
    let (ss, _) = doc.sent_range(i);
    if i < ss + 2 {
        return None;
    }
    let people_before = || {
        // (Not inside a quotation: its speaker's words.)
        if in_recent_quotation(regions, doc.toks[i].start()) {
            return None;
        }
        let b = i - 1;
        let det = (b.saturating_sub(8).max(ss)..b.saturating_sub(1))
            .rev()
            .find(|&x| {
                is_determiner(doc.low(x)) && speaker::is_human_noun_or_plural(doc.low(x + 1))
            })?;
        let clean =
            (det..b).all(|x| (!doc.is_punct(x) || doc.low(x) == "'") && !doc.is_known_verb(x));
        clean.then(|| speaker::np_mention(doc, det, b))
    };
    let m = speaker::np_before(doc, ss, i - 1)
        .filter(|m| m.is_named() || m.is_agent_head(doc))
        .or_else(people_before)?;
    let start = i + 2;
    if start >= doc.n() || doc.sent(start) != doc.sent(i) {
        return None;
    }
    let mut end = clause_end(doc, start, regions, cue_at, cues);
    // (After the sentence's subject the relative is an aside between
    // commas: `Jean Dupont, pour qui la réforme est injuste, votera
    // contre`.)
    if doc.tok_at(m.span.start) == ss || (doc.tok_at(m.span.start) == ss + 1 && is_det(doc.low(ss)))
    {
        if let Some(k) = (start + 1..end).find(|&k| doc.low(k) == ",") {
            end = k;
        }
    }
    if end <= start + 1 {
        return None;
    }
    Some(Cand::according(doc.span(start, end), doc.span(i, i + 2), m))
}

/// `« une question de souveraineté » pour Bruno Le Maire`: the quotation
/// closing right before the `pour` at token `i` (an outermost one of two
/// words at least) and the person or organisation named right after,
/// whose name ends the sentence or the line.
fn quotation_for(doc: &Doc<'_, '_>, i: usize, regions: &[Region]) -> Option<(usize, Mention)> {
    let e = doc.entity(i + 1)?;
    let ent = &doc.ents[e];
    if doc.tok_at(ent.start()) != i + 1 || !matches!(ent.label(), Label::Per | Label::Org) {
        return None;
    }
    let after = doc.tok_at(ent.end());
    let ends = after >= doc.n()
        || doc.sent(after) != doc.sent(i)
        || matches!(doc.low(after), "." | "!" | "?")
        || doc.text[ent.end()..doc.toks[after].start()].contains('\n');
    if !ends {
        return None;
    }
    // (Regions are in order of their opening mark: the last ones opened
    // before the mark, a bounded look.)
    let close_at = doc.toks[i - 1].start();
    let p = regions.partition_point(|r| r.open < close_at);
    let ri = (p.saturating_sub(4)..p).rev().find(|&ri| {
        regions[ri].depth == 0
            && regions[ri].close > close_at
            && regions[ri].close <= doc.toks[i].start()
    })?;
    let r = &regions[ri];
    // (The quotation stands alone after a comma or a colon, or opens the
    // line: not the object of a verb or a noun, `a réclamé une « minute
    // de silence » pour Samuel Paty`, `Une « standing ovation » pour X`.)
    let open = doc.tok_at(r.open);
    let alone = open == 0 || matches!(doc.low(open - 1), "," | ":") || opens_line(doc, open);
    (alone && doc.words(doc.tok_at(r.start()), i - 1) >= 2)
        .then(|| (ri, speaker::entity_mention(doc, e)))
}

/// The comma that ends a phrase from token `from` (before `to`): the first
/// punctuation mark there (an apostrophe aside), if it is a comma and no
/// verb or auxiliary stands before it (`excédés par les vols,`, `Saisi
/// par des habitants,`).
pub(crate) fn verbless_to_comma(doc: &Doc<'_, '_>, from: usize, to: usize) -> Option<usize> {
    (from..to)
        .find(|&x| doc.is_punct(x) && doc.low(x) != "'")
        .filter(|&x| {
            doc.low(x) == "," && (from..x).all(|y| doc.aux(y).is_none() && !doc.is_known_verb(y))
        })
}

/// Does token `k` open a line (the text's first token, or a line break
/// in the gap before it)?
pub(crate) fn opens_line(doc: &Doc<'_, '_>, k: usize) -> bool {
    k == 0 || doc.text[doc.toks[k - 1].end()..doc.toks[k].start()].contains('\n')
}

/// `l'avis du Parlement selon lequel …`, `la critique selon laquelle …`,
/// `les rumeurs selon lesquelles …` (the `selon` at token `i`): an
/// according quote of the clause after the relative pronoun, said by the
/// noun's complement when it names someone, else by the noun phrase
/// itself; only after a noun of what is said or of people (not `le
/// principe selon lequel`, `les informations selon lesquelles`), never
/// the speaker's own (`notre proposition`) nor inside a quotation.
fn relative_selon(
    doc: &Doc<'_, '_>,
    i: usize,
    regions: &[Region],
    cue_at: &[u32],
    cues: &[Cue],
) -> Option<Cand> {
    let (ss, _) = doc.sent_range(i);
    let cstart = i + 2;
    if i < ss + 1 || cstart >= doc.n() || doc.sent(cstart) != doc.sent(i) {
        return None;
    }
    // Not inside a quotation (`« … les informations selon lesquelles … »`:
    // the quotation's speaker reports it).
    if in_recent_quotation(regions, doc.toks[i].start()) {
        return None;
    }
    // The noun phrase before: a determiner (not the speaker's own:
    // `notre proposition`), a noun of what is said or of people, an
    // adjective perhaps, then perhaps a `de` complement of up to four
    // words (`l'avis du Parlement`).
    let is_det_at = |x: usize| x >= ss && is_determiner(doc.low(x));
    // (Past a comma: `une note de la direction générale des entreprises,
    // selon laquelle …`.)
    let cue = i;
    let i = if doc.low(i - 1) == "," && i >= ss + 3 {
        i - 1
    } else {
        i
    };
    let de = (i.saturating_sub(5).max(ss + 2)..i)
        .rev()
        .find(|&x| matches!(doc.low(x), "de" | "d'" | "du" | "des"));
    let before = de.unwrap_or(i);
    // (A document and a longer complement: the noun right after the
    // determiner, up to eight tokens before.)
    let document_det = || {
        (i.saturating_sub(9).max(ss)..i).find(|&x| {
            is_det_at(x)
                && !matches!(doc.low(x), "du" | "des" | "au" | "aux")
                && matches!(
                    doc.low(x + 1),
                    "note" | "lettre" | "courrier" | "document" | "rapport"
                )
                && matches!(doc.low(x + 2), "de" | "d'" | "du" | "des")
        })
    };
    let det = document_det().or_else(|| {
        [2, 3]
            .iter()
            .filter_map(|&d| before.checked_sub(d))
            .find(|&x| is_det_at(x))
    })?;
    if matches!(
        doc.low(det),
        "notre" | "nos" | "mon" | "ma" | "mes" | "au" | "aux" | "du" | "des"
    ) || (det + 1..i)
        .any(|x| !doc.is_word(x) || matches!(doc.low(x), "qui" | "que" | "à" | "et"))
    {
        return None;
    }
    let head = doc.low(det + 1);
    let said = matches!(
        head,
        "avis"
            | "position"
            | "déclaration"
            | "déclarations"
            | "propos"
            | "critique"
            | "critiques"
            | "thèse"
            | "argument"
            | "arguments"
            | "accusation"
            | "accusations"
            | "affirmation"
            | "affirmations"
            | "allégation"
            | "allégations"
            | "version"
            | "rumeur"
            | "rumeurs"
            | "bruits"
            | "opinion"
            // (A document speaks for its author, as after `selon`: `un
            // rapport selon lequel …`, `l'étude de l'Insee selon
            // laquelle …`.)
            | "rapport"
            | "étude"
            | "sondage"
            | "enquête"
            | "arrêt"
            | "communiqué"
            | "note"
            | "lettre"
            | "courrier"
            | "document"
    );
    if !said && !speaker::is_human_noun_or_plural(head) {
        return None;
    }
    // `l'avis du Parlement`: the complement speaks.
    let complement = (det + 2..i)
        .find(|&x| matches!(doc.low(x), "de" | "d'" | "du" | "des"))
        .and_then(|x| {
            let from = if matches!(doc.low(x), "du" | "des") {
                x
            } else {
                x + 1
            };
            (from < i).then(|| noun_phrase(doc, from).0).flatten()
        })
        .filter(|m| m.is_named() || m.is_human() || (head == "note" && can_speak(doc, m)));
    let who = complement.unwrap_or_else(|| speaker::np_mention(doc, det, i));
    let end = trim_end_clause(doc, cstart, clause_end(doc, cstart, regions, cue_at, cues));
    if end <= cstart {
        return None;
    }
    Some(Cand::according(
        doc.span(cstart, end),
        doc.span(cue, cue + 2),
        who,
    ))
}

/// The possessor of `son X`, `leurs dires` (the possessive at token `k`
/// and its noun), as a pronoun of either gender resolves it.
fn possessor_mention(doc: &Doc<'_, '_>, k: usize) -> Mention {
    Mention {
        span: doc.span(k, k + 2),
        kind: MentionKind::Pronoun {
            gender: None,
            plural: doc.low(k).starts_with("leur"),
        },
    }
}

/// `selon des propos rapportés par l'agence DPA`, `selon une traduction de
/// l'AFP` at token `i`, after a cue in its sentence: a relay of the
/// subject's own words (that cue's), no source of them.
fn relayed_words(doc: &Doc<'_, '_>, i: usize, cue_at: &[u32]) -> bool {
    // (A bounded look back: 40 tokens.)
    let (ss, _) = doc.sent_range(i);
    (ss.max(i.saturating_sub(40))..i).any(|k| cue_at[k] != NONE)
        && ((matches!(doc.low(i + 1), "des" | "ses" | "leurs")
            && matches!(doc.low(i + 2), "propos" | "déclarations")
            && ["rapport", "recueilli", "cité", "relayé"]
                .iter()
                .any(|p| doc.low(i + 3).starts_with(p)))
            // (`a déclaré, selon une traduction de l'AFP : « … »`: a
            // translation of the subject's words.)
            || (matches!(doc.low(i + 1), "une" | "la")
                && matches!(doc.low(i + 2), "traduction" | "transcription")))
}

/// `end` without the final punctuation of the clause `start..end`.
fn trim_end_clause(doc: &Doc<'_, '_>, start: usize, mut end: usize) -> usize {
    while end > start && {
        let w = doc.low(end - 1);
        is_sentence_end(w) || matches!(w, "," | ":" | ";")
    } {
        end -= 1;
    }
    end
}

/// `peut-on lire dans un communiqué de Matignon`, `lit-on sur la page du
/// chanteur X`, `pouvait-on lire sur son compte` at token `k`: the token
/// after the verb group, and who wrote it: the document's complement, the
/// possessor of `son compte` (resolved as a pronoun), else the previous
/// speaker.
fn read_in(doc: &Doc<'_, '_>, k: usize) -> Option<(usize, Who)> {
    let v = match (doc.low(k), doc.low(k + 1), doc.low(k + 2)) {
        ("peut" | "pouvait" | "pourra" | "pourrait", "-on", "lire") => k + 3,
        ("lit" | "lisait", "-on", _) => k + 2,
        _ => return None,
    };
    if !matches!(doc.low(v), "dans" | "sur") {
        return None;
    }
    let d = v + 1;
    // (A possessive needs its noun: `sur son` may end the text.)
    let possessive =
        matches!(doc.low(d), "son" | "sa" | "ses" | "leur" | "leurs") && d + 1 < doc.n();
    if !(possessive || is_determiner(doc.low(d))) {
        return None;
    }
    if possessive {
        return Some((v, Who::Mention(possessor_mention(doc, d))));
    }
    // The author: after `de`, `du`, `des` within the next words (`un
    // communiqué de Matignon`, `la page Facebook du chanteur X`).
    let (_, se) = doc.sent_range(k);
    let author = (d + 2..(d + 5).min(se))
        .find(|&x| matches!(doc.low(x), "de" | "d'" | "du" | "des"))
        .and_then(|x| {
            let from = if matches!(doc.low(x), "du" | "des") {
                x
            } else {
                x + 1
            };
            let (m, _) = noun_phrase(doc, from);
            m.filter(|m| m.is_named() || m.is_human())
        });
    Some((v, author.map_or(Who::Previous, Who::Mention)))
}

/// An indirect quote of the clause `span` with its cue and speaker; mixed
/// when quotations lie inside it, which it absorbs (they make no direct
/// quotes of their own).
fn reported_clause(
    regions: &[Region],
    absorbed: &mut [bool],
    span: Span,
    cue_span: Span,
    who: Who,
) -> Cand {
    let mut kind = QuoteKind::Indirect;
    for ri in regions_within(regions, span) {
        absorbed[ri] = true;
        kind = QuoteKind::Mixed;
    }
    Cand {
        kind,
        pieces: vec![span],
        cue: Some(cue_span),
        who,
        anchor: cue_span.start,
    }
}

/// `présenté par l'Élysée comme`, `décrit par ses proches comme` before
/// the `comme` at token `k`: the participle's token and the agent (a
/// name or a noun of people).
fn presented_by(doc: &Doc<'_, '_>, k: usize) -> Option<(usize, Mention)> {
    let (ss, _) = doc.sent_range(k);
    let lo = k.saturating_sub(10).max(ss);
    let par = (lo..k).rev().find(|&x| doc.low(x) == "par")?;
    if par == 0 || (par + 1..k).any(|x| doc.is_punct(x) && !matches!(doc.low(x), "'" | "-")) {
        return None;
    }
    let p = doc.low(par - 1);
    let presented = starts_with_any(p, PRESENTING_STEMS) || p.starts_with("qualifié");
    if !presented {
        return None;
    }
    // (The noun phrase read from `par` may run on past `comme`: its
    // mention must end right before it.)
    let (m, _) = noun_phrase(doc, par + 1);
    let m = m.filter(|m| doc.tok_at(m.span.end) == k && (m.is_named() || m.is_human()))?;
    Some((par - 1, m))
}

/// Stems of the participles that present someone or something as
/// something (`présentée par l'Élysée comme`, `décrit comme`).
const PRESENTING_STEMS: &[&str] = &["présenté", "décrit", "dépeint"];

/// `La mesure, présentée comme « temporaire » par la direction, …`: the
/// words in marks after `présenté comme` (`décrit`, `dépeint`), the agent
/// after them: a direct quote of the agent, the participle its cue.
fn presented_as_by(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    let open = doc.tok_at(r.open);
    if open < 2 || doc.low(open - 1) != "comme" {
        return None;
    }
    if !starts_with_any(doc.low(open - 2), PRESENTING_STEMS) {
        return None;
    }
    let k = doc.tok_at(r.close);
    if k + 1 >= doc.n() || doc.low(k) != "par" {
        return None;
    }
    let (m, _) = noun_phrase(doc, k + 1);
    let m = m.filter(|m| can_speak(doc, m))?;
    let cue = doc.span(open - 2, open - 1);
    Some(Cand::direct(r, Some(cue), Who::Mention(m), cue.start))
}

/// `se présente comme`, `s'est défini comme`, `se décrivait aujourd'hui
/// comme` before the `comme` at token `k`: the first token of the
/// reflexive verb group (`se`, `s'`) and the verb's token.
fn self_presentation(doc: &Doc<'_, '_>, k: usize) -> Option<(usize, usize)> {
    let (ss, _) = doc.sent_range(k);
    let mut v = k.checked_sub(1)?;
    // Up to two adverbs, time words or adverbial locutions
    // (`aujourd'hui`, `volontiers`, `à la fois`).
    let mut steps = 0;
    while v > ss && steps < 2 {
        // (Locutions first: `fois` alone is a time word.)
        if let Some(len) = locution_ending_at(doc, ss, v + 1, 3) {
            v = v.checked_sub(len)?;
        } else if is_group_adverb(doc.low(v)) || is_time_word(doc.low(v)) {
            v -= 1;
        } else {
            break;
        }
        steps += 1;
    }
    let w = doc.low(v);
    let stem = ["présent", "défini", "décri", "décrivai", "décrivent"]
        .iter()
        .any(|s| w.starts_with(s));
    if !stem || v < ss + 1 {
        return None;
    }
    let finite = matches!(
        w,
        "présente"
            | "présentent"
            | "présentait"
            | "présentaient"
            | "présenta"
            | "définit"
            | "définissent"
            | "définissait"
            | "définissaient"
            | "décrit"
            | "décrivent"
            | "décrivait"
            | "décrivaient"
    );
    if finite && matches!(doc.low(v - 1), "se" | "s'") {
        return Some((v - 1, v));
    }
    // `s'est présenté(e)(s)`, `s'était défini`.
    let participle = matches!(
        w,
        "présenté"
            | "présentée"
            | "présentés"
            | "présentées"
            | "défini"
            | "définie"
            | "définis"
            | "définies"
            | "décrit"
            | "décrite"
            | "décrits"
            | "décrites"
    );
    // (`then`, not `then_some`: the pair is computed only when `v` ≥ 2.)
    (participle
        && v >= ss + 2
        && doc.aux(v - 1) == Some(true)
        && matches!(doc.low(v - 2), "s'" | "se"))
    .then(|| (v - 2, v))
}

/// `a permis à X de` before the infinitive at `i`: the first token of X
/// (after `à`, `au` or `aux`; at most eight tokens, no punctuation).
fn permission_agent(doc: &Doc<'_, '_>, i: usize) -> Option<usize> {
    if i < 4 || !matches!(doc.low(i - 1), "de" | "d'") {
        return None;
    }
    let lo = i.saturating_sub(10).max(1);
    let a = (lo..i - 1)
        .rev()
        .take_while(|&x| !doc.is_punct(x) || matches!(doc.low(x), "'" | "-"))
        .find(|&x| matches!(doc.low(x), "à" | "au" | "aux"))?;
    let permits = matches!(
        doc.low(a - 1),
        "permis"
            | "permet"
            | "permettent"
            | "permettait"
            | "permettaient"
            | "permettra"
            | "permettront"
            | "permettrait"
            | "permettre"
            | "permettant"
    );
    (permits && a + 1 < i - 1).then_some(a + 1)
}

/// The verb that governs the infinitive at `i` (`tenu à`, `vient de`,
/// `voulu`, `souhaite`, `réussi à`): its token. Not `vouloir dire` (to
/// mean).
fn governing_verb(doc: &Doc<'_, '_>, i: usize) -> Option<usize> {
    // (Past a reflexive pronoun, `avant de se dire prête à …`, or an
    // indirect object's, `avant de lui reprocher d'…`.)
    let i = if i >= 3 && matches!(doc.low(i - 1), "se" | "s'" | "lui" | "leur") {
        i - 1
    } else {
        i
    };
    if i < 2 {
        return None;
    }
    let p = doc.low(i - 1);
    let mut g = i - 2;
    // `n'hésite pas à dire`: the negation between verb and `à` (`ne
    // manque pas de rappeler`, before `de`).
    let mut negated = false;
    if g > 0 && matches!(p, "à" | "de" | "d'") && matches!(doc.low(g), "pas" | "plus" | "jamais") {
        g -= 1;
        negated = true;
    }
    // (`n'a pas manqué de rappeler que`: the negation before the
    // participle.)
    negated |= g > 0 && matches!(doc.low(g - 1), "pas" | "jamais");
    // (`tient-il à préciser`, `ne cesse-t-elle de répéter`: the verb
    // before its inverted clitic.)
    if g > 0 && matches!(p, "à" | "de" | "d'") && doc.is_clitic(g) {
        g -= 1;
    }
    let v = doc.low(g);
    let ok = match p {
        "à" => matches!(
            v,
            "tenu"
                | "tient"
                | "tiennent"
                | "tenait"
                | "tenaient"
                | "réussi"
                | "réussit"
                // `s'est borné à rappeler que`.
                | "borné"
                | "bornée"
                | "bornés"
                | "bornées"
                // (`se bornant à dire que`, `se borne à`.)
                | "bornant"
                | "borne"
                | "bornent"
                | "limité"
                | "limitée"
                | "limitant"
                | "limite"
                | "limitent"
                | "parvenu"
                | "parvient"
                | "parviennent"
                // `n'a pas hésité à affirmer que`.
                | "hésité"
                | "hésite"
                | "hésitent"
        ),
        "de" | "d'" => {
            matches!(
                v,
                "vient"
                    | "viennent"
                    | "venait"
                    | "venaient"
                    | "contenté"
                    | "contentée"
                    | "contentés"
                    | "contentées"
                    | "contentant"
                    | "contente"
                    | "contentent"
                    | "empressé"
                    | "empressée"
                    | "choisi"
                    | "décidé"
                    // `a estimé que …, avant d'ajouter que …`.
                    | "avant"
            ) || (negated && matches!(v, "manqué" | "manquée" | "manque" | "manquent"))
                // `ne cesse de répéter`: says it again and again.
                || (matches!(v, "cesse" | "cessait" | "cessent" | "cessaient")
                    && g > 0
                    && matches!(doc.low(g - 1), "ne" | "n'"))
        }
        // `aimait-il répéter`: a verb of habit, its inverted clitic, the
        // infinitive.
        _ if doc.is_clitic(i - 1) && i >= 3 => {
            let v = doc.low(i - 2);
            return matches!(v, "aime" | "aimait" | "aiment" | "aimaient").then_some(i - 2);
        }
        _ => {
            let wish = matches!(
                p,
                "voulu"
                    | "veut"
                    | "veulent"
                    | "voulait"
                    | "voulaient"
                    | "souhaite"
                    | "souhaité"
                    | "souhaitent"
                    | "souhaitait"
                    | "souhaitaient"
                    | "préféré"
            );
            return (wish && doc.low(i) != "dire").then_some(i - 1);
        }
    };
    ok.then_some(g)
}

/// Walking back from token `i` over at most `max` tokens, each of which
/// `skip` lets the walk go past, is there one that `hit`s? (`hit` is
/// tested first at each token.)
fn found_before(
    i: usize,
    max: usize,
    hit: impl Fn(usize) -> bool,
    skip: impl Fn(usize) -> bool,
) -> bool {
    for k in (i.saturating_sub(max)..i).rev() {
        if hit(k) {
            return true;
        }
        if !skip(k) {
            return false;
        }
    }
    false
}

/// The strength of the verb at token `j` (with the two-word lemmas) and
/// one past the group's last token.
fn group_strength(doc: &Doc<'_, '_>, f: &Form, j: usize) -> Option<(Strength, usize)> {
    if let Some(head) = f.head {
        // (`fait simplement valoir que`: an adverb or two between.)
        let mut k = j + 1;
        while k < j + 3 && k < doc.n() && is_group_adverb(doc.low(k)) {
            k += 1;
        }
        if let Some((s, len)) = lexicon::multi(head, doc.low(k), doc.low(k + 1)) {
            return Some((s, k + len));
        }
    }
    if f.alone {
        Some((f.strength, j + 1))
    } else {
        None
    }
}

/// `, plus sèchement : « …`: after the comma at `k`, an aside of one to
/// three words with no verb, then a colon and an opening mark; the
/// colon's token.
fn colon_after_aside(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    if doc.low(k) != "," {
        return None;
    }
    let colon = (k + 2..(k + 5).min(doc.n())).find(|&x| doc.is_punct(x))?;
    (doc.low(colon) == ":"
        && is_open_mark(doc.low(colon + 1))
        && (k + 1..colon)
            .all(|x| doc.is_word(x) && !doc.is_known_verb(x) && doc.entity(x).is_none()))
    .then_some(colon)
}

/// A language's name as an adverbial of `en` (`en anglais`, `en arabe`).
fn is_language(w: &str) -> bool {
    matches!(
        w,
        "anglais"
            | "français"
            | "allemand"
            | "espagnol"
            | "italien"
            | "portugais"
            | "arabe"
            | "russe"
            | "chinois"
            | "mandarin"
            | "ukrainien"
            | "hébreu"
            | "turc"
            | "persan"
            | "polonais"
            | "néerlandais"
            | "japonais"
            | "créole"
            | "breton"
            | "basque"
            | "corse"
            | "occitan"
    )
}

/// The pieces of the run.
pub(crate) fn run<'h>(
    forms: &lexicon::Forms,
    text: &'h str,
    tokens: &[Token<'h>],
    sentences: &[Sentence<'h>],
    entities: &[Entity<'h>],
    mut views: Option<&mut TokenViews>,
) -> Vec<Quote<'h>> {
    if tokens.is_empty() {
        return Vec::new();
    }
    // Buffers kept between calls on this thread (taken, so a nested call
    // would simply allocate its own).
    // `try_with`: a thread-local destructor may extract after the scratch
    // is gone; it then starts from empty buffers.
    let mut sc = SCRATCH.try_with(|c| c.take()).unwrap_or_default();
    let mut buf = std::mem::take(&mut sc.buf);
    let doc = Doc::new(
        text,
        tokens,
        sentences,
        entities,
        forms,
        views.as_deref_mut(),
        &mut buf,
        &mut sc,
    );
    let n = doc.n();
    let regions = marks::regions_in(text, std::mem::take(&mut sc.regions));
    let mut cues = find_cues(&doc, std::mem::take(&mut sc.cues));
    incise_cues(&doc, &regions, &mut cues);
    let cues = cues;
    let mut cue_at = std::mem::take(&mut sc.cue_at);
    cue_at.clear();
    cue_at.resize(n, NONE);
    for (ci, c) in cues.iter().enumerate() {
        cue_at[c.first] = ci as u32;
    }
    // Cues are in text order, their ends strictly increasing.
    let cue_end = CueEnds(&cues);
    doc.index_positions(regions.len());
    // Token ranges of the regions (content tokens), and the innermost
    // region opened at each opening-mark token.
    let mut rtok = std::mem::take(&mut sc.rtok);
    rtok.clear();
    rtok.extend(
        regions
            .iter()
            .map(|r| (doc.tok_at(r.open), doc.tok_at(r.close))),
    );
    // The last region opened at token `k` (regions are in order of their
    // opening mark).
    let region_open_at = |k: usize| -> Option<usize> {
        let p = rtok.partition_point(|t| t.0.min(n) <= k);
        p.checked_sub(1).filter(|&ri| rtok[ri].0.min(n) == k)
    };
    let mut used_cue = cleared(std::mem::take(&mut sc.used_cue), cues.len());
    let mut absorbed = cleared(std::mem::take(&mut sc.absorbed), regions.len());
    let mut cands: Vec<Cand> = Vec::new();

    // 1. Indirect and mixed speech: a strong cue followed by `que` (or
    // `de` + infinitive).
    // (The token ranges of one cue's content, one vector for all cues.)
    let mut parts: Vec<(usize, usize)> = Vec::new();
    for (ci, c) in cues.iter().enumerate() {
        // `Comme le sous-entend al-Joulani, c'est …`: what follows the
        // incise is reported.
        if let Some((m, cstart)) = comme_incise(&doc, c) {
            let end = clause_end(&doc, cstart, &regions, &cue_at, &cues);
            if end > cstart {
                used_cue[ci] = true;
                let cue_span = doc.span(c.first, c.last);
                cands.push(Cand {
                    kind: QuoteKind::Indirect,
                    pieces: vec![doc.span(cstart, end)],
                    cue: Some(cue_span),
                    who: Who::Mention(m),
                    anchor: cue_span.start,
                });
                continue;
            }
        }
        // `…, comme l'a souligné le ministre.`: what precedes the incise
        // is reported.
        if let Some((m, s0, e)) = trailing_comme(&doc, c, &regions, &cues, &cue_at) {
            used_cue[ci] = true;
            let span = doc.span(s0, e);
            let cue_span = doc.span(c.first, c.last);
            cands.push(reported_clause(
                &regions,
                &mut absorbed,
                span,
                cue_span,
                Who::Mention(m),
            ));
            continue;
        }
        // A verb after `Comme le` is a cue for that incise only (`Comme
        // l'indique son nom, …` reports nothing).
        if comme_le_before(&doc, c.first) && doc.form(c.first).is_some() {
            used_cue[ci] = true;
            continue;
        }
        // `dénonce notamment le fait que …`: any cue reports the clause.
        let cstart = if c.strength == Strength::Weak {
            // `a exprimé la volonté de son pays de renforcer …`.
            fait_que(&doc, c)
                .or_else(|| object_then_a(&doc, c))
                .or_else(|| intent_clause(&doc, c.last))
                .or_else(|| denied_past(&doc, c))
                .or_else(|| plea_clause(&doc, c))
        } else {
            clause_start(&doc, c, &cue_at).or_else(|| fait_que(&doc, c))
        };
        // `Se disant « confiant » en l'arrêt, …`, `qui se disait vainqueur`.
        let refl = if cstart.is_none() {
            reflexive_predicate(&doc, c, &cue_at)
        } else {
            None
        };
        let Some(cstart) = cstart.or(refl.map(|r| r.0)) else {
            continue;
        };
        // `pour qu'ils se déclarent favorables`, `avant qu'il ne dise
        // que`: speech wished for or yet to come, not reported.
        if subjunctive_conjunction_before(&doc, c.first) {
            used_cue[ci] = true;
            continue;
        }
        if cstart >= n {
            continue;
        }
        let mut who = subject_of(&doc, c, &cue_at, &cues);
        // `qui indique par la voix d'Igor Morozov que …`: the voice speaks.
        if let Some(m) = voice_of(&doc, c.last, cstart) {
            who = Subject::Mention(m);
        }
        if matches!(who, Subject::Skip) {
            continue;
        }
        // `un journaliste qui demandait si …`: a question the journalist
        // asks is no statement (the guidelines).
        if journalist_asks(&doc, c, cstart, &who) {
            used_cue[ci] = true;
            continue;
        }
        // `Cette inaction, qui menace de saper …`, `une circonstance qui
        // exige que …`, `La situation réclame que …`: what threatens or
        // requires is no speaker; a person, a group or an organisation
        // that threatens to act is (`Trump menace de quitter l'OTAN`).
        let verb = doc.low(c.last - 1);
        // `il espère être titulaire`, `espérant créer des écarts`: a hope
        // for oneself, no statement (`espère que …` reports one).
        // (`pense aller à Bruxelles`: a plan, the same; but `pense avoir
        // conservé sa couronne` is a belief about what happened.)
        let plan = verb.starts_with("pens")
            && !(cstart..cstart + 3).any(|k| matches!(doc.low(k), "avoir" | "être"));
        if (is_hope_verb(verb) || plan) && !matches!(doc.low(cstart.wrapping_sub(1)), "que" | "qu'")
        {
            used_cue[ci] = true;
            continue;
        }
        // (`réclamer` reports only a speaker's demand: any thing that
        // cannot speak requires, `Ce chantier réclame que …`.)
        let demand = verb.starts_with("réclam");
        if (verb.starts_with("menac") || verb.starts_with("exig") || demand)
            && matches!(&who, Subject::Mention(m) if matches!(m.kind,
                MentionKind::Desc { first, last, org_noun, org, .. }
                    if !org_noun && org.is_none() && !speaks(&doc, m)
                        && (demand || is_abstract_noun(doc.low(speaker::head_at(&doc, first))))
                        && !collective_alone(&doc, first, last)))
        {
            used_cue[ci] = true;
            continue;
        }
        // `Le projet de loi prévoit que …`: a provision, not speech; `a
        // prévu de livrer`: a plan. These verbs report a `que` clause, of
        // a finite verb whose subject can speak.
        if lemma_flag(&doc, c, |f| f.agent)
            && (c.gerund
                || !matches!(doc.low(cstart.wrapping_sub(1)), "que" | "qu'")
                || !matches!(&who, Subject::Mention(m) if m.may_act()))
        {
            used_cue[ci] = true;
            continue;
        }
        let mut end = match refl {
            Some((_, e)) => e,
            None => clause_end(&doc, cstart, &regions, &cue_at, &cues),
        };
        // `Le ministre ayant déclaré s'attendre à …, la procédure …`, `X,
        // ayant affirmé que …, a quitté`, `Après avoir accusé X d'…, il`:
        // the participial phrase ends at its comma.
        let opening_apres = (c.first > 0
            && doc.low(c.first - 1) == "après"
            && doc.sent_range(c.first).0 + 1 == c.first)
            || (doc.low(c.first) == "avant" && doc.sent_range(c.first).0 == c.first);
        // `en accusant sa maîtresse de trop d'ardeur, elle …`: a
        // gerund's accusation of a noun ends at its comma too.
        let gerund_noun = c.gerund
            && matches!(doc.low(cstart.wrapping_sub(1)), "de" | "d'")
            && !is_infinitive_start(&doc, cstart);
        if doc.low(c.first) == "ayant"
            || doc.low(c.first + 1) == "ayant"
            || opening_apres
            || gerund_noun
        {
            if let Some(k) = (cstart..end).find(|&k| doc.low(k) == ",") {
                end = k;
            }
        }
        if end <= cstart {
            continue;
        }
        used_cue[ci] = true;
        let cue_span = doc.span(c.first, c.last);
        // `a promis de doubler les effectifs et de « rendre la ville … »`:
        // coordinated infinitives after `de`, the second in quotation
        // marks, are one quote each.
        parts.clear();
        parts.push((cstart, end));
        if cstart > 0 && matches!(doc.low(cstart - 1), "de" | "d'") {
            // (From the clause's first token: its own opening mark counts,
            // `accusé X de "mépriser les Français" et d'"humilier …"`.)
            let mut depth = 0u32;
            // (Or a second infinitive not in marks whose clause holds
            // some, `de racheter … et de créer une navette « vers les
            // hameaux »`: an indirect and a mixed quote.)
            // (Or after a first one that holds some: `de « tout changer »
            // et de partir`.)
            // (Bounded looks: the 40 tokens after, and a mark seen so far,
            // so that a run-on clause is not scanned once per `et de`.)
            let marks_after = |k: usize| (k..end.min(k + 40)).any(|x| is_open_mark(doc.low(x)));
            let mut seen_mark = false;
            for (k, &cue) in cue_at.iter().enumerate().take(end).skip(cstart) {
                let w = doc.low(k);
                let marks_before = seen_mark;
                seen_mark |= is_open_mark(w);
                // (A straight `"` closes when one is open.)
                if is_close_mark(w) && depth > 0 {
                    depth -= 1;
                } else if is_open_mark(w) {
                    depth += 1;
                } else if depth == 0 && k > cstart && cue != NONE {
                    // Another cue's words: the coordinated infinitives are
                    // over (in a run-on text with no sentence end, every
                    // cue had split the same later ones again).
                    if parts.len() > 1 {
                        if let Some(last) = parts.last_mut() {
                            last.1 = trim_end_clause(&doc, last.0 + 1, k);
                        }
                    }
                    break;
                } else if depth == 0
                    && w == "et"
                    && matches!(doc.low(k + 1), "de" | "d'")
                    && k + 3 < end
                    && ((is_open_mark(doc.low(k + 2)) && is_infinitive_start(&doc, k + 3))
                        || (is_infinitive_start(&doc, k + 2)
                            && (marks_after(k + 2) || marks_before)))
                {
                    if let Some(last) = parts.last_mut() {
                        let mut e = k;
                        while e > last.0 + 1 && doc.low(e - 1) == "," {
                            e -= 1;
                        }
                        last.1 = e;
                    }
                    parts.push((k + 2, end));
                }
            }
        }
        let who = subject_to_who(who);
        for &(a, b) in &parts {
            let span = doc.span(a, b);
            // `a appelé l'entreprise à « aller vite »`: a clause wholly in
            // marks is a direct quote of their words.
            if is_open_mark(doc.low(a)) {
                let ri = regions.partition_point(|r| r.open < span.start);
                if let Some(r) = regions
                    .get(ri)
                    .filter(|r| r.open == span.start && r.closed && r.close >= span.end)
                {
                    absorbed[ri] = true;
                    cands.push(Cand::direct(r, Some(cue_span), who.clone(), cue_span.start));
                    continue;
                }
            }
            cands.push(reported_clause(
                &regions,
                &mut absorbed,
                span,
                cue_span,
                who.clone(),
            ));
        }
    }

    // 1a. Backward: `C'est ce qu'a annoncé X`, `Voilà ce qu'a déclaré X`:
    // the sentence before, which has no cue of its own, is what X said.
    // (`« … » C'est en ces termes que X a réagi`: any cue, whose subject
    // may stand before it.)
    for (ci, c) in cues.iter().enumerate() {
        if used_cue[ci] || c.clitic.is_some() || c.gerund {
            continue;
        }
        let terms = in_these_terms(&doc, c, &cue_at, &cues);
        if terms.is_none() && c.strength == Strength::Weak {
            continue;
        }
        let (cstart, subject) = match terms {
            Some((s, m)) => (s, m),
            None => match says_sentence_before(&doc, c, &cue_at, &cues) {
                Some(s) => (s, None),
                None => continue,
            },
        };
        let (ps, pe) = doc.sent_range(cstart);
        let end = trim_end_clause(&doc, ps, pe);
        let m = subject.or_else(|| inverted_subject(&doc, c).0);
        let Some(m) = m.filter(|m| m.is_named() || matches!(m.kind, MentionKind::Desc { .. }))
        else {
            continue;
        };
        if end <= ps {
            continue;
        }
        let span = doc.span(ps, end);
        let mut kind = QuoteKind::Indirect;
        let inside: Vec<usize> = regions_within(&regions, span).collect();
        // The whole sentence in marks: a direct quote of their content.
        let pieces = match inside.as_slice() {
            &[ri] if doc.tok_at(regions[ri].open) == ps && doc.tok_at(regions[ri].close) >= end => {
                kind = QuoteKind::Direct;
                regions[ri]
                    .pieces
                    .iter()
                    .map(|&(s, e)| Span::new(s, e))
                    .collect()
            }
            _ => {
                if !inside.is_empty() {
                    kind = QuoteKind::Mixed;
                }
                vec![span]
            }
        };
        for ri in inside {
            absorbed[ri] = true;
        }
        used_cue[ci] = true;
        let cue_span = doc.span(c.first, c.last);
        cands.push(Cand {
            kind,
            pieces,
            cue: Some(cue_span),
            who: Who::Mention(m),
            anchor: cue_span.start,
        });
    }

    // 1b. Passive: `accusée par Nicolas Sarkozy de prendre …`, `a été
    // accusé par l'opposition d'avoir menti`: the agent said it. The
    // participle alone is no cue (`la personne accusée`), so these are
    // looked for here, before `par`, and nowhere else.
    for &i in &doc.classed {
        let i = i as usize;
        if i + 1 >= n || doc.low(i + 1) != "par" || cue_at[i] != NONE {
            continue;
        }
        let Some(f) = doc.form(i) else { continue };
        if !f.alone {
            continue;
        }
        // The scan found `a été accusée` as a cue, which no subject
        // before it speaks.
        let cover = cues.partition_point(|c| c.last <= i);

        let c = match cues.get(cover).filter(|c| c.first <= i) {
            Some(c) if c.last == i + 1 && (c.first..i).any(|k| doc.low(k) == "été") => c.clone(),
            Some(_) => continue,
            None => Cue::verb(i, i + 1, f.strength),
        };
        let Some((m, cstart)) = passive_agent(&doc, &c) else {
            continue;
        };
        if c.first < i {
            used_cue[cover] = true;
        }
        let mut end = clause_end(&doc, cstart, &regions, &cue_at, &cues);
        // `Le ministre, accusé par l'opposition d'avoir menti, a
        // démissionné`: a participle in apposition ends at its comma.
        if i > 0 && doc.low(i - 1) == "," {
            end = (cstart..end).find(|&k| doc.low(k) == ",").unwrap_or(end);
        }
        if end > cstart {
            let cue_span = doc.span(c.first, c.last);
            cands.push(Cand {
                kind: QuoteKind::Indirect,
                pieces: vec![doc.span(cstart, end)],
                cue: Some(cue_span),
                who: Who::Mention(m),
                anchor: cue_span.start,
            });
        }
    }

    // 1b'. Agentless accusation: `fut accusé d'avoir fabriqué …`, `un
    // ministre accusé d'avoir surfacturé …`, `Accusé de faire …, il`: an
    // accusation was made, by someone the text does not name.
    for &i in &doc.classed {
        let i = i as usize;
        if i + 2 >= n
            || !matches!(doc.low(i), "accusé" | "accusée" | "accusés" | "accusées")
            || !matches!(doc.low(i + 1), "de" | "d'")
            || !is_infinitive_start(&doc, i + 2)
            || (i > 0 && (is_det(doc.low(i - 1)) || is_avoir_form(&doc, i - 1)))
        {
            continue;
        }
        // A cue the scan found (`a été accusé`) is this passive's, unless
        // it is active (`l'a accusé`).
        let cover = cues.partition_point(|c| c.last <= i);
        let first = match cues.get(cover).filter(|c| c.first <= i) {
            Some(c) => {
                let passive = (c.first..i).any(|k| doc.low(k) == "été")
                    || !(c.first..i).any(|k| is_avoir_form(&doc, k));
                if used_cue[cover] || !passive {
                    continue;
                }
                used_cue[cover] = true;
                c.first
            }
            None => i,
        };
        let cstart = i + 2;
        let mut end = clause_end(&doc, cstart, &regions, &cue_at, &cues);
        // In apposition or opening the sentence, the participial phrase
        // ends at its comma.
        if i == 0 || doc.low(i - 1) == "," || doc.sent_range(i).0 == i {
            end = (cstart..end).find(|&k| doc.low(k) == ",").unwrap_or(end);
        }
        if end > cstart + 1 {
            let span = doc.span(cstart, end);
            let cue_span = doc.span(first, i + 1);
            cands.push(reported_clause(
                &regions,
                &mut absorbed,
                span,
                cue_span,
                Who::Nobody,
            ));
        }
    }

    // 1c. Self-presentation: `X se présente comme …`, `se définit comme`,
    // `s'est décrit comme`: what follows `comme` is what X says of X.
    // Looked for at each `comme` only (a class word: the verbs are no
    // cues, which would find `présente` everywhere).
    for &k in &doc.classed {
        let k = k as usize;
        if doc.flags(k) & class::COMME == 0 {
            continue;
        }
        // `Présenté par l'Élysée comme …`: the agent presents.
        if let Some((first, m)) = presented_by(&doc, k) {
            let cstart = k + 1;
            if cstart >= n {
                continue;
            }
            let mut end = clause_end(&doc, cstart, &regions, &cue_at, &cues);
            // The participial phrase ends at its comma.
            if let Some(x) = (cstart..end).find(|&x| doc.low(x) == ",") {
                end = x;
            }
            if end > cstart + 1 {
                let span = doc.span(cstart, end);
                let cue_span = doc.span(first, first + 1);
                cands.push(reported_clause(
                    &regions,
                    &mut absorbed,
                    span,
                    cue_span,
                    Who::Mention(m),
                ));
            }
            continue;
        }
        let Some((first, verb)) = self_presentation(&doc, k) else {
            continue;
        };
        let cstart = k + 1;
        if cstart >= n {
            continue;
        }
        let mut end = clause_end(&doc, cstart, &regions, &cue_at, &cues);
        // What follows `comme` is a noun phrase: `, et` before anything but
        // a determiner starts another clause (`…, et réunit 300 membres`).
        if let Some(x) = (cstart + 1..end.saturating_sub(1)).find(|&x| {
            doc.low(x - 1) == ","
                && matches!(doc.low(x), "et" | "mais" | "puis")
                && !is_determiner(doc.low(x + 1))
        }) {
            end = x - 1;
        }
        // `Le maire, qui s'est présenté comme …, a été réélu`: a relative
        // clause ends at its comma.
        if first > 0 && doc.low(first - 1) == "qui" {
            if let Some(x) = (cstart..end).find(|&x| doc.low(x) == ",") {
                end = x;
            }
        }
        if end <= cstart {
            continue;
        }
        let c = Cue::verb(first, verb + 1, Strength::Strong);
        let Subject::Mention(m) = subject_of(&doc, &c, &cue_at, &cues) else {
            continue;
        };
        let span = doc.span(cstart, end);
        let cue_span = doc.span(c.first, c.last);
        cands.push(reported_clause(
            &regions,
            &mut absorbed,
            span,
            cue_span,
            Who::Mention(m),
        ));
    }

    // 2. According: `selon X`, `d'après X`, `pour X,`.
    for &i in &doc.classed {
        let i = i as usize;
        if doc.flags[i]
            & (class::SELON | class::APRES | class::POUR | class::CROIRE | class::OPINION)
            == 0
        {
            continue;
        }
        let w = doc.low(i);
        let (cue_first, np_first) = match w {
            // (`ont voté avec leur porte-monnaie, pas selon les consignes
            // des partis`: a contrast, no source.)
            "selon" if i > 0 && matches!(doc.low(i - 1), "pas" | "non" | "ni") => continue,
            "selon" if relayed_words(&doc, i, &cue_at) => continue,
            "selon" => (i, i + 1),
            // `À en croire l'entourage du ministre, …` (`A en croire`
            // where capitals lose their accents).
            "croire"
                if i >= 2
                    && doc.low(i - 1) == "en"
                    && (doc.low(i - 2) == "à"
                        || (doc.low(i - 2) == "a" && doc.starts_upper(i - 2))) =>
            {
                (i - 2, i + 1)
            }
            // `Si l'on en croit son entourage, …`, `si on en croit X`.
            "croit"
                if i >= 3
                    && doc.low(i - 1) == "en"
                    && matches!(doc.low(i - 2), "on" | "l'on")
                    && doc.low(i - 3) == "si" =>
            {
                (i - 3, i + 1)
            }
            "après" if i > 0 && doc.low(i - 1) == "d'" => (i - 1, i + 1),
            // `Aux yeux de X, …`, `De l'avis de X, …`: an opinion, read
            // like `pour X,` (a comma after a person or a group); `Aux
            // dires de X, …`: what X says, read like `selon X`.
            // (`Au dire des témoins`; `De l'aveu même du ministre, …`:
            // what X admits, read like `selon X`.)
            "yeux" | "avis" | "dires" | "dire" | "aveu"
                if (matches!(w, "yeux" | "dires") && i >= 1 && doc.low(i - 1) == "aux")
                    || (w == "dire" && i >= 1 && doc.low(i - 1) == "au")
                    || (matches!(w, "avis" | "aveu")
                        && i >= 2
                        && doc.low(i - 1) == "l'"
                        && doc.low(i - 2) == "de") =>
            {
                let first = if matches!(w, "avis" | "aveu") {
                    i - 2
                } else {
                    i - 1
                };
                // (`de l'aveu`, `de l'avis` open the sentence or follow a
                // comma: not `conteste la validité de l'aveu du suspect`,
                // `a tenu compte de l'avis du Conseil d'État`.)
                if matches!(w, "avis" | "aveu")
                    && first != doc.sent_range(i).0
                    && !matches!(doc.low(first - 1), "," | ";" | ":")
                    && !is_open_mark(doc.low(first - 1))
                {
                    continue;
                }
                let j = if w == "aveu" && doc.low(i + 1) == "même" {
                    i + 2
                } else {
                    i + 1
                };
                match doc.low(j) {
                    "de" | "d'" => (first, j + 1),
                    "du" | "des" => (first, j),
                    _ => continue,
                }
            }
            // `le démographe Hervé Le Bras, pour qui la baisse tient
            // d'abord « à l'incertitude »`: the antecedent's opinion.
            "pour" if doc.low(i + 1) == "qui" && i >= 2 && doc.low(i - 1) == "," => {
                if let Some(c) = pour_qui(&doc, i, &regions, &cue_at, &cues) {
                    cands.push(c);
                }
                continue;
            }
            "pour" => {
                // `« une question de souveraineté » pour Bruno Le Maire`
                // ending a sentence or a title line: the person's words.
                if i >= 1 && is_close_mark(doc.low(i - 1)) {
                    if let Some((ri, m)) = quotation_for(&doc, i, &regions) {
                        if !absorbed[ri] {
                            absorbed[ri] = true;
                            let cue = doc.span(i, i + 1);
                            cands.push(Cand::direct(
                                &regions[ri],
                                Some(cue),
                                Who::Mention(m),
                                cue.start,
                            ));
                        }
                        continue;
                    }
                }
                let (ss, _) = doc.sent_range(i);
                let at_start = i == ss
                    || line_head_end(&doc, ss) == Some(i)
                    || matches!(doc.low(i - 1), "," | ";")
                    || (i == ss + 1 && is_open_mark(doc.low(ss)))
                    // (After a title's kicker: `Paralympiques : pour APF
                    // France handicap, …`.)
                    || (doc.low(i - 1) == ":" && i <= ss + 4);
                // `pour nous, pour vous, pour la Commission,`: a list.
                let listed = i > ss + 1
                    && doc.low(i - 1) == ","
                    && (i.saturating_sub(5).max(ss)..i - 1).any(|k| doc.low(k) == "pour");
                // (`, pour y prendre connaissance du testament`: a purpose,
                // no source.)
                // (Nor a plural after it inside a quotation: `« Moi, je
                // retrouverai du travail. Pour les anciens, ce sera plus
                // dur »` is for whom, the speaker's own words; `« Pour un
                // haut responsable que j'ai interrogé, … »` still names a
                // source.)
                let quoted = matches!(
                    doc.low(i + 1),
                    "les" | "des" | "ces" | "nos" | "vos" | "leurs" | "certains" | "beaucoup"
                ) && {
                    let at = doc.toks[i].start();
                    let k = regions.partition_point(|r| r.open < at);
                    regions[k.saturating_sub(8)..k]
                        .iter()
                        .any(|r| !r.dash && r.open < at && at < r.close)
                };
                if !at_start || listed || quoted || is_infinitive_start(&doc, i + 1) {
                    continue;
                }
                (i, i + 1)
            }
            _ => continue,
        };
        // `l'avis du Parlement selon lequel …`: a relative `selon`.
        if w == "selon"
            && matches!(
                doc.low(np_first),
                "lequel" | "laquelle" | "lesquels" | "lesquelles"
            )
        {
            if let Some(c) = relative_selon(&doc, i, &regions, &cue_at, &cues) {
                cands.push(c);
            }
            continue;
        }
        let opinion = matches!(w, "pour" | "yeux" | "avis");
        if let Some(c) = according(&doc, opinion, cue_first, np_first, &regions, &cue_at) {
            cands.push(c);
        }
    }

    // 3. Direct quotes: marked regions with a cue, a colon attribution,
    // or speech-like floating content.
    let mut consumed = cleared(std::mem::take(&mut sc.consumed), regions.len());
    for (ri, r) in regions.iter().enumerate() {
        if consumed[ri] {
            continue;
        }
        let (ta, tb) = rtok[ri];
        // Callers only distinguish up to 13 words.
        let words = doc.words_upto(ta, tb.min(n), 13);
        // (`les électeurs disent « oui »`, `le « non »`: a vote, no
        // statement; `« Non », déclare X` is one.)
        let vote = words == 1
            && matches!(doc.low(doc.tok_at(r.start())), "oui" | "non")
            && ta > doc.sent_range(ta).0
            && {
                // (After an article, `dire` or a verb of voting, or
                // before what is voted on: `Les Parisiens ont dit « oui »`,
                // `disent « oui » à …`; `a répondu « non »` is an answer.)
                let p = doc.low(ta - 1);
                matches!(
                    p,
                    "le" | "un" | "du" | "au" | "dit" | "disent" | "diront" | "dira"
                ) || p.starts_with("vot")
                    || matches!(doc.low(tb), "à" | "au" | "aux")
            };
        if words == 0
            || vote
            || (r.dash && signature(&doc, doc.tok_at(r.start()), tb.min(n)))
            || cross_reference(&doc, ta)
            || quoted_org_name(&doc, ta, tb.min(n), words)
            || quoted_proper_name(&doc, ta, tb.min(n), words)
            || is_nickname(&doc, r)
            || named_words(&doc, doc.tok_at(r.open))
        {
            continue;
        }
        // A quotation its paragraph ends before closing counts only after
        // a cue or a colon attribution (`a déclaré : « Nous ne céderons
        // pas.`).
        if !r.closed {
            if let Some(c) = pre_cue(&doc, ri, r, &cues, cue_end, &mut used_cue, &cue_at) {
                cands.push(c);
            }
            continue;
        }
        // `Le premier promet un texte « … », le second « … ».`: the second
        // of two people, the verb left out.
        if let Some(c) = gapped_second(&doc, r) {
            cands.push(c);
            continue;
        }
        // An incise inside the marks cuts the content.
        let inner = inner_incise(&doc, r, tb, &cues, &cue_at, &used_cue);
        // Token right after the closing mark (skipping one comma).
        let after = doc.tok_at(r.close);
        let mut post = after;
        let mut incise = false;
        if post < n && matches!(doc.low(post), "," | "-" | "—" | "–") {
            post += 1;
            incise = true;
        }
        // `« … », s'est indigné X`: the reflexive pronoun before the cue
        // of an incise (not `l'opération « Barkhane » se poursuit`).
        // (Or an object pronoun: `« … », leur a-t-il lancé`, `lui a répondu
        // X`, `nous a confié X`.)
        // (With no comma after a question or an exclamation: `« Et
        // maintenant ? » s'interroge un habitant`.)
        let asked = !incise
            && after >= 2
            && is_close_mark(doc.low(after - 1))
            && matches!(doc.low(after - 2), "?" | "!");
        if (incise || asked)
            && post + 1 < n
            && is_incise_clitic(doc.low(post))
            && cue_at[post + 1] != NONE
        {
            post += 1;
        }
        // `« … », comme l'a dit le ministre`, `comme le répète X`: the
        // cue after `comme le`.
        // (Not a verb of naming: `« Prom' », comme l'appellent les
        // Niçois`.)
        if incise
            && post + 2 < n
            && doc.low(post) == "comme"
            && matches!(doc.low(post + 1), "le" | "la" | "les" | "l'")
            && cue_at[post + 2] != NONE
            && {
                let v = doc.low(cues[cue_at[post + 2] as usize].last - 1);
                !starts_with_any(v, NAMING_STEMS) && !starts_with_any(v, &["désign", "dénomm"])
            }
            // (Someone who speaks: not `comme le prévoit la loi`, `comme
            // le dit l'expression`, `comme le raconte le film`.)
            && inverted_subject(&doc, &cues[cue_at[post + 2] as usize])
                .0
                .is_some_and(|m| {
                    let saying = match m.kind {
                        MentionKind::Desc { first, .. } => {
                            let h = doc.low(speaker::head_at(&doc, first));
                            is_title_noun(h)
                                || names_words(h)
                                || matches!(h, "adage" | "proverbe" | "dicton" | "devise" | "maxime")
                        }
                        _ => false,
                    };
                    m.may_act() && !saying
                })
        {
            post += 2;
        }
        let mut cand: Option<Cand> = None;
        // What follows the marks in a new paragraph is no incise
        // (`« … »\n\nSelon Jean Ping, « … »`).
        let same_par =
            post < n && !text[r.close.min(text.len())..doc.toks[post].start()].contains('\n');
        if let Some((last, who)) = same_par.then(|| read_in(&doc, post)).flatten() {
            // `« … », peut-on lire dans un communiqué de Matignon`.
            if cue_at[post] != NONE {
                used_cue[cue_at[post] as usize] = true;
            }
            let cue_span = doc.span(post, last);
            cand = Some(Cand::direct(r, Some(cue_span), who, cue_span.start));
        } else if same_par
            && cue_at[post] != NONE
            && !used_cue[cue_at[post] as usize]
            // (`…, avant de promettre des moyens`, `pour annoncer`: an
            // infinitive of the clause's subject, no incise of the marks
            // before it.)
            && !is_infinitive_link(doc.low(post))
            // `le groupe « Tibet » demande …`: a name in marks, the
            // subject of the verb after them (no comma between).
            // (Or after a determiner opening the clause: `la « vague
            // rouge » emporte les conservateurs`, not `a évoqué une
            // « trahison » affirme Le Parisien`.)
            && (incise || {
                let open_tok = doc.tok_at(r.open);
                // (Or a name: `les naufragés du « Queen of the Waves »
                // penseront`.)
                let subject = open_tok > 0 && is_determiner(doc.low(open_tok - 1)) && {
                    let d = open_tok - 1;
                    d == doc.sent_range(d).0
                        || (d > 0 && matches!(doc.low(d - 1), ":" | ","))
                        || doc.starts_upper(doc.tok_at(r.start()))
                };
                !(open_tok > 0 && (is_title_noun(doc.low(open_tok - 1)) || subject))
            })
            // `Rodrigue Petitot, surnommé « le R », a dénoncé …`: a name
            // after a participle of naming, even before an incise.
            && !{
                let open_tok = doc.tok_at(r.open);
                open_tok > 0 && {
                    let w = doc.low(open_tok - 1);
                    matches!(w, "alias" | "dit" | "dite")
                        || (starts_with_any(w, NAMING_STEMS)
                            && matches!(w.trim_end_matches('s').trim_end_matches('e').chars().last(), Some('é')))
                }
            }
            // `… d'organisation « terroriste », a dénoncé une visite « … »`:
            // a thing after the verb and before a quotation of its own is
            // its object, no inverted subject.
            && {
                let c = &cues[cue_at[post] as usize];
                c.clitic.is_some() || {
                    let (m, end) = inverted_subject(&doc, c);
                    m.is_none_or(|m| can_speak(&doc, &m))
                        || !(end < n && is_open_mark(doc.low(end)))
                }
            }
            // `qui a lancé le plan « Relance logement », a promis vendredi
            // « … »`: a capitalised name in marks after a determiner and a
            // noun is no quotation of a cue with marks of its own right
            // after it (past a day).
            && !(incise && {
                let open_tok = doc.tok_at(r.open);
                let c = &cues[cue_at[post] as usize];
                let mut j = c.last;
                while j < n
                    && j < c.last + 3
                    && (is_day_word(doc.low(j)) || matches!(doc.low(j), "soir" | "matin"))
                {
                    j += 1;
                }
                c.clitic.is_none()
                    && open_tok >= 2
                    && is_det(doc.low(open_tok - 2))
                    && doc.is_word(open_tok - 1)
                    && !doc.starts_upper(open_tok - 1)
                    && doc.starts_upper(doc.tok_at(r.start()))
                    && j < n
                    && is_open_mark(doc.low(j))
            })
            // (Not the narrative infinitive of the next sentence, `« …
            // ». Et d'ajouter : « … »`: its words come after it.)
            && !(!incise
                && doc.low(post) == "et"
                && post + 1 < n
                && matches!(doc.low(post + 1), "de" | "d'"))
            // `Il a dénoncé « … », évoquant une réunion`: marks that are
            // the object of the cue before them are its words, not those
            // of a participle after their comma.
            && !(incise
                && cues[cue_at[post] as usize].gerund
                && !used_cue[cue_at[post] as usize]
                && (cue_end.at(doc.tok_at(r.open)).is_some() || cue_object(&doc, r, cue_end)))
            // (Nor of a participle with an object of its own: `Il a
            // reconnu que les procédures avaient été « menées dans
            // l'urgence », invoquant les délais imposés`.)
            && !(incise && {
                let c = &cues[cue_at[post] as usize];
                c.gerund
                    && c.clitic.is_none()
                    && (is_determiner(doc.low(c.last)) || is_open_mark(doc.low(c.last)))
            })
            // `L'ancien animateur d'« Ushuaïa » a précisé que …`: with no
            // comma and no inverted subject, marks closing a noun phrase
            // that opens the clause (a determiner, words, the marks) are
            // a title in the cue's subject, not its words.
            && (incise || {
                let c = &cues[cue_at[post] as usize];
                let open_tok = doc.tok_at(r.open);
                let ss = doc.sent_range(open_tok).0;
                // (A bounded look back: the phrase has at most eight
                // tokens.)
                let lo = open_tok.saturating_sub(9).max(ss);
                let d = (lo..open_tok)
                    .rev()
                    .find(|&x| matches!(doc.low(x), "," | ":" | ";"))
                    .map_or(lo, |x| x + 1);
                let in_subject = (d > lo || lo == ss)
                    && open_tok >= d + 2
                    && open_tok - d <= 8
                    && is_determiner(doc.low(d))
                    && (d + 1..open_tok).all(|x| {
                        (doc.is_word(x) || doc.low(x) == "'") && cue_at[x] == NONE
                    });
                // (With a name in the marks, whatever follows the cue is
                // its object: `Le groupe autoproclamé « État islamique » a
                // revendiqué les attaques`.)
                !in_subject
                    || c.clitic.is_some()
                    || (inverted_subject(&doc, c).0.is_some()
                        && !doc.starts_upper(doc.tok_at(r.start())))
            })
        {
            let ci = cue_at[post] as usize;
            let c = &cues[ci];
            used_cue[ci] = true;
            let (mention, np_end) = inverted_subject(&doc, c);
            let who = match mention {
                Some(m) => Who::Mention(m),
                None => match subject_of(&doc, c, &cue_at, &cues) {
                    Subject::Skip | Subject::Elided => Who::Previous,
                    // Never a subject from the quotation's own words.
                    Subject::Mention(m) if m.span.start >= r.open && m.span.end <= r.close => {
                        Who::Previous
                    }
                    s => subject_to_who(s),
                },
            };
            let mut pieces: Vec<Span> = match &inner {
                Some((ici, p, _)) => {
                    used_cue[*ici] = true;
                    p.clone()
                }
                None => r.pieces.iter().map(|&(s, e)| Span::new(s, e)).collect(),
            };
            // Incise: `« … », a-t-il dit, « … »`.
            let mut k = np_end;
            // (Past a short complement of place or audience: `a-t-il lancé
            // à la barre, « … »`, `devant les journalistes`.)
            if k < n
                && matches!(
                    doc.low(k),
                    "à" | "au" | "aux" | "devant" | "sur" | "dans" | "auprès" | "depuis" | "lors"
                )
            {
                if let Some(x) = (k + 1..(k + 6).min(n)).find(|&x| doc.is_punct(x)) {
                    if doc.low(x) == ","
                        && (k + 1..x).all(|y| cue_at[y] == NONE && doc.aux(y).is_none())
                        && region_open_at(x + 1).is_some()
                    {
                        k = x;
                    }
                }
            }
            if k < n && matches!(doc.low(k), "," | ":") {
                k += 1;
            }
            if let Some(r2) = region_open_at(k) {
                // (Not a name in marks the tagger read as one, after the
                // speaker's noun: `», accuse la liste « Cap commun »`.)
                let name = regions[r2].pieces.len() == 1 && {
                    let (s, e) = regions[r2].pieces[0];
                    let t = doc.tok_at(s);
                    doc.entity(t).is_some_and(|x| {
                        let x = &doc.ents[x];
                        x.start() == s && x.end() == e
                    })
                };
                if r2 > ri
                    && !name
                    && regions[r2].depth == r.depth
                    && doc.sent(k) == doc.sent(after)
                {
                    pieces.extend(regions[r2].pieces.iter().map(|&(s, e)| Span::new(s, e)));
                    consumed[r2] = true;
                }
            }
            // `Il aurait « exhibé son arme… », a affirmé X`: the clause
            // before the marks belongs to the quote.
            let kind = match mixed_prefix(&doc, ri, &regions, &cue_at) {
                Some(s) => {
                    // Up to the closing mark; for a quotation over several
                    // paragraphs, up to the end of its first one (the
                    // later pieces follow).
                    let end = if r.pieces.len() > 1 {
                        pieces[0].end
                    } else {
                        r.close
                    };
                    pieces[0] = Span::new(s, end);
                    QuoteKind::Mixed
                }
                None => QuoteKind::Direct,
            };
            let mut cue_span = doc.span(c.first, c.last);
            let mut who = who;
            // `X a réagi :¶¶« … » poursuivant par « … »`: a participle
            // after the marks with no subject of its own; the cue before
            // the marks names the speaker.
            if matches!(who, Who::Previous) && !absorbed[ri] {
                if let Some(pre) = pre_cue(&doc, ri, r, &cues, cue_end, &mut used_cue, &cue_at)
                    .filter(|p| matches!(p.who, Who::Mention(_)))
                {
                    who = pre.who;
                    cue_span = pre.cue.unwrap_or(cue_span);
                }
            }
            cand = Some(Cand {
                kind,
                pieces,
                cue: Some(cue_span),
                who,
                anchor: cue_span.start,
            });
        } else if let Some(m) = (same_par && incise && words >= 2)
            .then(|| agent_of_participle(&doc, post, doc.tok_at(r.open)))
            .flatten()
        {
            // `« l'inversion de la courbe du chômage », promise par le
            // gouvernement`: the participle's agent said the words.
            let cue_span = doc.span(post, post + 1);
            cand = Some(Cand::direct(
                r,
                Some(cue_span),
                Who::Mention(m),
                cue_span.start,
            ));
        } else if same_par
            && ((doc.low(post) == "selon" && !relayed_words(&doc, post, &cue_at))
                || (post + 1 < n && doc.low(post) == "d'" && doc.low(post + 1) == "après"))
            // (Not one opening the next sentence: `« … Il n'a pas gagné. »
            // D'après le chercheur, la normalisation …`.)
            && (incise || !doc.starts_upper(post))
        {
            // `« … », selon X.`
            let np_first = if doc.low(post) == "selon" {
                post + 1
            } else {
                post + 2
            };
            // The same tests of what `selon` names as for an according
            // quote.
            let m = source_of(&doc, np_first).and_then(|(x, _)| noun_phrase(&doc, x).0);
            if let Some(m) = m {
                let cue_span = doc.span(post, np_first);
                cand = Some(Cand::direct(
                    r,
                    Some(cue_span),
                    Who::Mention(m),
                    cue_span.start,
                ));
            }
        }
        if cand.is_none() && !absorbed[ri] {
            if let Some((ci, pieces, m)) = inner {
                used_cue[ci] = true;
                let c = &cues[ci];
                let cue_span = doc.span(c.first, c.last);
                cand = Some(Cand {
                    kind: QuoteKind::Direct,
                    pieces,
                    cue: Some(cue_span),
                    who: Who::Mention(m),
                    anchor: cue_span.start,
                });
            }
        }
        if cand.is_none() && !absorbed[ri] {
            cand = qualified(&doc, r, &cue_at, &cues);
        }
        if cand.is_none() && !absorbed[ri] {
            cand = presented_as_by(&doc, r);
        }
        if cand.is_none() && !absorbed[ri] {
            cand = judged_by(&doc, r);
        }
        if cand.is_none() && !absorbed[ri] {
            cand = pre_cue(&doc, ri, r, &cues, cue_end, &mut used_cue, &cue_at);
        }
        // A cue elsewhere in the sentence makes speech of a phrase, not of
        // one or two words (`une « réforme »`).
        let long_object = (!absorbed[ri])
            .then(|| long_object_start(&doc, r, cue_end))
            .flatten();
        // (Or an infinitive in marks right after the cue, its complement
        // after them: `a dit « prendre acte » de ce départ`.)
        let infinitive = !absorbed[ri] && {
            let open_tok = doc.tok_at(r.open);
            cue_end.at(open_tok).is_some()
                && is_infinitive_start(&doc, doc.tok_at(r.start()))
                && matches!(doc.low(doc.tok_at(r.close)), "de" | "d'" | "du" | "des")
        };
        // (Or a quoted attribute past a day word after a verb of
        // judgement: `a jugé mardi « choquantes » certaines images`.)
        let judged_past_day = !absorbed[ri] && {
            let open_tok = doc.tok_at(r.open);
            open_tok >= 2
                && is_day_word(doc.low(open_tok - 1))
                && cue_end
                    .at(open_tok - 1)
                    .is_some_and(|ci| is_judging_verb(doc.low(cues[ci].last - 1)))
        };
        // (Or a quoted attribute before the object it judges, past a
        // locution: `Le rapport juge en outre « justifié » l'usage des
        // gaz`: the attribute and the object are reported, mixed; the
        // clause end.)
        let judged_object_end = (!absorbed[ri] && r.depth == 0 && r.pieces.len() == 1)
            .then(|| {
                let open_tok = doc.tok_at(r.open);
                let after = doc.tok_at(r.close);
                let v = locution_ending_at(&doc, open_tok.saturating_sub(4), open_tok, 3)
                    .map_or(open_tok, |len| open_tok - len);
                let judging = cue_end
                    .at(v)
                    .is_some_and(|ci| is_judging_verb(doc.low(cues[ci].last - 1)));
                let first = doc.tok_at(r.start());
                let se = doc.sent_range(open_tok).1;
                if !judging
                    || is_det(doc.low(first))
                    || words > 3
                    || !matches!(
                        doc.low(after),
                        "le" | "la" | "l'" | "les" | "ce" | "cet" | "cette" | "ces"
                    )
                    || after + 1 >= se
                    || !doc.is_word(after + 1)
                    || doc.starts_upper(after + 1)
                {
                    return None;
                }
                // (To the clause end, as after the verb itself.)
                let x = clause_end(&doc, after, &regions, &cue_at, &cues);
                (x > after + 1).then_some(x)
            })
            .flatten();
        let object = !absorbed[ri]
            && (cue_object(&doc, r, cue_end)
                || long_object.is_some()
                || infinitive
                || judged_past_day
                || judged_object_end.is_some());
        if let Some(c) = cand
            .as_mut()
            .filter(|c| infinitive && c.kind == QuoteKind::Direct && c.pieces.len() == 1)
        {
            let open_tok = doc.tok_at(r.open);
            let after = doc.tok_at(r.close);
            let end = clause_end(&doc, open_tok, &regions, &cue_at, &cues);
            // (Up to a relative clause, whose words may be quoted of their
            // own: `d'une décision qu'elle juge « … »`; a bounded look.)
            let end = (after..end.min(after + 40))
                .find(|&k| matches!(doc.low(k), "que" | "qu'" | "qui"))
                .unwrap_or(end);
            if end > after && c.cue.is_some_and(|cs| cs.end <= r.open) {
                c.pieces = vec![doc.span(open_tok, end)];
                c.kind = QuoteKind::Mixed;
            }
        }
        if cand.is_none() && !absorbed[ri] && (words >= 3 || object) {
            cand = in_sentence(&doc, ri, r, &cues, &used_cue, &cue_at, words);
            // `Selon l'Élysée, le chef de l'État souhaite que « … »`: after a
            // weak cue, marks inside an according quote's words are that
            // source's (among the 64 candidates before: linear time).
            let weak = cand.as_ref().and_then(|c| c.cue).is_some_and(|cs| {
                let ci = cue_at[doc.tok_at(cs.start)];
                ci != NONE && cues[ci as usize].strength == Strength::Weak
            });
            let region = Span::new(r.open, r.close);
            // (Nor after any cue inside that source's own phrase: `Pour le
            // groupe communiste, qui avait réclamé un référendum, la
            // fusion a été « imposée d'en haut »`.)
            let cue = cand.as_ref().and_then(|c| c.cue);
            let in_agent = |a: &Cand| {
                cue.zip(a.cue).is_some_and(|(cs, ac)| {
                    ac.end <= cs.start && a.pieces.first().is_some_and(|p| cs.end <= p.start)
                })
            };
            if cands[cands.len().saturating_sub(64)..].iter().any(|a| {
                a.kind == QuoteKind::According
                    && a.pieces.iter().any(|p| p.contains(region))
                    && (weak || in_agent(a))
            }) {
                cand = None;
            }
            // `dénonce des « blocages scandaleux » dont le journal est
            // victime`: the object goes on after the marks, so the whole
            // object is reported, with a quoted fragment (mixed).
            if let Some(c) = cand.as_mut().filter(|c| object && c.pieces.len() == 1) {
                let open_tok = doc.tok_at(r.open);
                let after = doc.tok_at(r.close);
                // (The object's own article before the marks, not the
                // source phrase of `fustige sur X « … »`.)
                let before = doc.low(open_tok.wrapping_sub(1));
                let any = is_any_word(before);
                let article =
                    is_det(before) || any || matches!(before, "de" | "d'" | "à") || infinitive;
                // (Not before a complement of time, which is the verb's:
                // `dénonce une « trahison » après la rébellion`; `dans`,
                // `depuis` often open the noun's own complement, `un
                // « manque de moyens » dans les hôpitaux`. After `de`, a
                // noun phrase in marks too, `a fait état de « graves
                // irrégularités » lors du contrôle`, not an infinitive,
                // whose complement it is.)
                let noun_object = is_det(before)
                    || any
                    || (matches!(before, "de" | "d'")
                        && !is_infinitive_start(&doc, doc.tok_at(r.start())));
                // (Nor before the verb's addressee: `a réclamé des
                // « garanties claires » au groupe`, `a adressé ses
                // « félicitations » à son ministre`; not a noun's own `à`,
                // `une « atteinte » à la liberté`.)
                let inside = doc.tok_at(r.start())..doc.tok_at(r.close).saturating_sub(1);
                // (After a verb that has one: asking, promising, wishing,
                // addressing; not `dénonce une « fraude massive » aux faux
                // billets`.)
                let dative = c.cue.is_some_and(|cs| {
                    let v = doc.low(doc.tok_at(cs.end).saturating_sub(1));
                    starts_with_any(
                        v,
                        &[
                            "réclam", "demand", "exig", "promi", "promet", "adress", "souhait",
                            "reproch", "propos", "offr", "offert", "lanc",
                        ],
                    )
                });
                // (Someone: a name, people or a body, not `à la hauteur
                // des enjeux`, `à l'image de`.)
                let someone = |k: usize| {
                    let w = doc.low(k);
                    doc.starts_upper(k)
                        || doc.entity(k).is_some()
                        || speaker::is_human_noun_or_plural(w)
                        || speaker::is_org_noun(w)
                        || speaker::is_collective(w)
                };
                let addressee = dative
                    && match doc.low(after) {
                        "au" | "aux" => someone(after + 1),
                        "à" => {
                            let x = doc.low(after + 1);
                            (doc.starts_upper(after + 1)
                                || (is_det(x) && someone(after + 2)))
                            // (Its first words: a bounded look.)
                            && !inside.take(4).any(|k| matches!(
                                doc.low(k),
                                "atteinte"
                                    | "appel"
                                    | "droit"
                                    | "accès"
                                    | "recours"
                                    | "aide"
                                    | "hommage"
                                    | "réponse"
                                    | "menace"
                                    | "soutien"
                                    | "opposition"
                            ))
                        }
                        _ => false,
                    };
                let adjunct = noun_object
                    && (matches!(
                        doc.low(after),
                        "après"
                            | "avant"
                            | "lors"
                            | "pendant"
                            | "durant"
                            | "dès"
                            | "devant"
                            | "hier"
                    ) || is_day_word(doc.low(after))
                        || addressee);
                if article
                    && after < n
                    && doc.is_word(after)
                    && !matches!(doc.low(after), "et" | "ou")
                    && !adjunct
                    && doc.sent(after) == doc.sent(open_tok)
                {
                    // (`de`, `à` stay out: `a fait état de « graves
                    // irrégularités » dans …` reports from the marks on.)
                    // (But a longer object's own determiner starts it:
                    // `a mis en garde contre le risque d'« exil fiscal »
                    // des grandes fortunes`.)
                    // (Not `au`, `aux`, the addressee's: `a demandé au
                    // gouvernement de « bloquer » …`.)
                    let det = if let Some(k) =
                        long_object.filter(|&k| !matches!(doc.low(k), "au" | "aux"))
                    {
                        k
                    } else if is_det(before) || any {
                        open_tok - 1
                    } else {
                        open_tok
                    };
                    let end = clause_end(&doc, det, &regions, &cue_at, &cues);
                    if end > after {
                        c.pieces = vec![doc.span(det, end)];
                        c.kind = QuoteKind::Mixed;
                        // (Marks further in the clause are this quote's,
                        // not a quotation of their own: `a promis de
                        // « déverrouiller » le pays et de faire de l'école
                        // la « mère de nos batailles »`; a bounded look.)
                        for r2 in regions_within(&regions, c.pieces[0]).take(8) {
                            if r2 > ri {
                                consumed[r2] = true;
                            }
                        }
                    }
                } else if open_tok >= 2
                    && long_object.is_none()
                    && (is_det(doc.low(open_tok - 2))
                        || matches!(doc.low(open_tok - 2), "certains" | "certaines"))
                    && doc.is_word(open_tok - 1)
                    && !doc.starts_upper(open_tok - 1)
                    && doc.sent(open_tok - 2) == doc.sent(open_tok)
                {
                    // `a jugé l'accord « bon »`, `une décision « politique »
                    // des Sages`: the marks hold part of the noun phrase,
                    // which is reported whole (mixed), with a `de`
                    // complement right after the marks.
                    let det = open_tok - 2;
                    let mut end = after;
                    // `a dénoncé un accord « antisocial » qui fera « payer
                    // la crise … »`, `un texte « équilibré », qui donne …
                    // « … »`: a relative clause after the marks that
                    // quotes again is reported too, to its clause end.
                    // (Or a participle: `dénonçant une campagne
                    // « inéquitable » marquée par « l'utilisation … »`.)
                    let participle = doc.is_word(after)
                        && !doc.starts_upper(after)
                        && participle_like(doc.low(after));
                    let rel = match (doc.low(after), doc.low(after + 1)) {
                        ("qui", _) => Some(after),
                        (",", "qui") => Some(after + 1),
                        _ if participle => Some(after),
                        _ => None,
                    };
                    if let Some(q) = rel.filter(|&q| q < n && doc.sent(q) == doc.sent(open_tok)) {
                        let se = doc.sent_range(q).1;
                        // (Not when someone else's words are in it: `qui a
                        // été qualifié de « … » par l'opposition`, `selon
                        // X`.)
                        // (After a participle, `par` names its agent or a
                        // noun's: `marquée par « l'utilisation … » par le
                        // pouvoir`.)
                        let others = |e: usize| {
                            (q + 1..e).any(|x| {
                                (doc.low(x) == "par" && !participle)
                                    || doc.low(x) == "selon"
                                    || doc.flags(x) & class::QUALIFY != 0
                            })
                        };
                        let e2 = (q + 1..se.min(q + 25))
                            .any(|x| is_open_mark(doc.low(x)))
                            .then(|| clause_end(&doc, q, &regions, &cue_at, &cues).max(after))
                            .filter(|&e2| !others(e2));
                        if let Some(e2) = e2 {
                            end = e2;
                            // (Its marks are this quote's: a bounded look.)
                            let within = doc.span(q, end);
                            for r2 in regions_within(&regions, within).take(8) {
                                if r2 > ri {
                                    consumed[r2] = true;
                                }
                            }
                        }
                    }
                    // `a jugé les résultats « amers » et « inquiétants »`:
                    // marks coordinated right after are the same object's.
                    if end == after
                        && after + 1 < n
                        && matches!(doc.low(after), "et" | "ou" | "mais")
                    {
                        // (After `mais`, words of an attribute only: lower
                        // case, and no clause or incise after them, not
                        // `mais « il faudra … », a-t-il ajouté`.)
                        let attribute = |r2: usize| {
                            let close = doc.tok_at(regions[r2].close);
                            doc.low(after) != "mais"
                                || (!doc.starts_upper(doc.tok_at(regions[r2].start()))
                                    && (close >= n
                                        || (doc.is_punct(close)
                                            && !(doc.low(close) == ","
                                                && close + 1 < n
                                                && cue_at[close + 1] != NONE))))
                        };
                        if let Some(r2) = region_open_at(after + 1).filter(|&r2| {
                            r2 > ri
                                && regions[r2].closed
                                && regions[r2].depth == r.depth
                                && doc.tok_at(regions[r2].close) < doc.sent_range(after).1
                                && doc.tok_at(regions[r2].close) <= after + 8
                                && attribute(r2)
                        }) {
                            end = doc.tok_at(regions[r2].close);
                            consumed[r2] = true;
                        }
                    }
                    if end == after
                        && after < n
                        && matches!(doc.low(after), "de" | "d'" | "du" | "des")
                    {
                        let lim = (after + 5).min(n);
                        let mut x = after + 1;
                        while x < lim && doc.is_word(x) && doc.form(x).is_none() {
                            x += 1;
                        }
                        if x > after + 1 {
                            end = x;
                        }
                    }
                    c.pieces = vec![doc.span(det, end)];
                    c.kind = QuoteKind::Mixed;
                } else if let Some(det) = long_object {
                    // A longer object phrase holding the marks: reported
                    // from its determiner to the clause end. (Not marks
                    // right after the determiner that close the phrase:
                    // `a mis en garde X contre une « escalade ».` is
                    // direct.)
                    // (`au`/`aux` open the addressee, `a reproché au
                    // gouvernement une « faute politique »`: the object
                    // starts at the next article.)
                    let det = if matches!(doc.low(det), "au" | "aux") {
                        (det + 1..open_tok)
                            .find(|&d| is_det(doc.low(d)))
                            .unwrap_or(det)
                    } else {
                        det
                    };
                    let end = clause_end(&doc, det, &regions, &cue_at, &cues).max(after);
                    if det + 1 < open_tok || end > after {
                        c.pieces = vec![doc.span(det, end)];
                        c.kind = QuoteKind::Mixed;
                    }
                }
            }
        }
        // (The attribute judged before its object: see `judged_object_end`.)
        if let Some(c) = cand
            .as_mut()
            .filter(|c| c.kind == QuoteKind::Direct && c.pieces.len() == 1)
        {
            if let Some(x) = judged_object_end {
                c.pieces = vec![doc.span(doc.tok_at(r.open), x)];
                c.kind = QuoteKind::Mixed;
            }
        }
        // `Le document décrit l'application comme « un poison lent » pour
        // les adolescents`: the object, `comme` and the marks after a cue
        // are reported to the clause end (mixed).
        if let Some(c) = cand
            .as_mut()
            .filter(|c| c.kind == QuoteKind::Direct && c.pieces.len() == 1 && r.depth == 0)
        {
            let open_tok = doc.tok_at(r.open);
            let start = (open_tok >= 3 && doc.low(open_tok - 1) == "comme")
                .then(|| {
                    (open_tok.saturating_sub(7)..open_tok - 2).find(|&d| {
                        is_det(doc.low(d))
                            && cue_end.at(d).is_some()
                            && (d..open_tok - 1).all(|x| doc.is_word(x) && !doc.is_known_verb(x))
                    })
                })
                .flatten();
            if let Some(d) =
                start.filter(|_| c.cue.is_some_and(|cs| cs.end <= doc.toks[open_tok].start()))
            {
                let end = clause_end(&doc, d, &regions, &cue_at, &cues);
                if end > doc.tok_at(r.close) {
                    c.pieces = vec![doc.span(d, end)];
                    c.kind = QuoteKind::Mixed;
                }
            }
        }
        // `salue « le sursaut » des bâtisseurs`: marks right after the
        // cue that open with the object's determiner, its `de` complement
        // after them: the whole object is reported (mixed), from the
        // opening mark.
        if let Some(c) = cand
            .as_mut()
            .filter(|c| c.kind == QuoteKind::Direct && c.pieces.len() == 1 && r.depth == 0)
        {
            let open_tok = doc.tok_at(r.open);
            let after = doc.tok_at(r.close);
            let first = doc.tok_at(r.start());
            // (Or after `contre` and a verb of warning or blame: `a mis en
            // garde contre « une remise en cause » du principe …`.)
            let object_of_cue = cue_end.at(open_tok).is_some()
                || (open_tok > 1
                    && doc.low(open_tok - 1) == "contre"
                    && cue_end.at(open_tok - 1).is_some_and(|ci| {
                        let v = doc.low(cue_end.0[ci].last - 1);
                        v == "garde" || praises_or_blames(v)
                    }));
            // (Or `sur` and a noun phrase: `a reconnu « un retard » sur le
            // stationnement`; not a medium, `sur France Inter`, `sur son
            // compte X`.)
            let on_what = doc.low(after) == "sur"
                && is_det(doc.low(after + 1))
                && !matches!(doc.low(after + 1), "son" | "sa" | "ses" | "leur" | "leurs")
                && doc.is_word(after + 2)
                && !doc.starts_upper(after + 2)
                && !is_medium_or_event(doc.low(after + 2));
            if is_det(doc.low(first))
                && object_of_cue
                && after + 1 < n
                && (matches!(doc.low(after), "de" | "d'" | "du" | "des") || on_what)
                && doc.sent(after) == doc.sent(open_tok)
                && doc.is_word(after + 1)
                && !doc.starts_upper(after + 1)
                && !is_infinitive_start(&doc, after + 1)
            {
                // (Up to four words of its sentence, not past `et`, `qui`.)
                let lim = (after + 5).min(doc.sent_range(after).1);
                let mut x = after + 1;
                while x < lim
                    && doc.is_word(x)
                    && doc.form(x).is_none()
                    && !matches!(doc.low(x), "et" | "ou" | "mais" | "qui" | "que" | "qu'" | "ceux" | "celles")
                    // (Nor past a preposition: `« les effets » des
                    // réformes passées sur les plus pauvres`.)
                    && !(x > after + 1 && is_preposition(doc.low(x)))
                {
                    x += 1;
                }
                // (Not ending on an article or a preposition cut off from
                // its noun by the limit.)
                while x > after + 1
                    && (is_det(doc.low(x - 1))
                        || matches!(
                            doc.low(x - 1),
                            "de" | "d'" | "du" | "des" | "à" | "au" | "aux"
                        ))
                {
                    x -= 1;
                }
                c.pieces = vec![doc.span(open_tok, x)];
                c.kind = QuoteKind::Mixed;
            } else if is_det(doc.low(first))
                && object_of_cue
                && after + 2 < n
                && doc.is_word(after)
                && !doc.starts_upper(after)
                // (Or a relative clause: `a salué « un texte équilibré »
                // qui protège les citoyens « sans étouffer … »`.)
                && (participle_like(doc.low(after)) || doc.low(after) == "qui")
                && doc.sent(after) == doc.sent(open_tok)
            {
                // `a dénoncé « une mascarade » destinée à « calmer la
                // rue »`: a participle after the marks and another
                // quotation a few words on, in the same sentence (no
                // agent, no punctuation between): the whole phrase,
                // mixed.
                let se = doc.sent_range(after).1;
                let next = (after + 1..(after + 6).min(se))
                    .take_while(|&x| doc.is_word(x) && doc.low(x) != "par")
                    .last()
                    .map_or(after + 1, |x| x + 1);
                if let Some(r2) = region_open_at(next).filter(|&r2| {
                    r2 > ri
                        && regions[r2].closed
                        && regions[r2].depth == r.depth
                        && doc.tok_at(regions[r2].close) <= se
                }) {
                    c.pieces = vec![doc.span(open_tok, doc.tok_at(regions[r2].close))];
                    c.kind = QuoteKind::Mixed;
                    consumed[r2] = true;
                }
            }
        }
        // `le pape François « s'associe à la douleur »`: the quotation is
        // the predicate of a named subject.
        if cand.is_none() && !absorbed[ri] {
            cand = predicate_of_name(&doc, r);
        }
        // `« Scandaleuse », « atteinte à la démocratie », … et « censure »`:
        // a list of quoted words is a list of things said.
        if cand.is_none() && !absorbed[ri] && r.depth == 0 && in_quote_list(&doc, ri, &regions) {
            cand = Some(Cand::direct(r, None, Who::Previous, r.start()));
        }
        // `a dénoncé une « votation bidon » et une « mascarade
        // démocratique »`: a quoted object coordinated with the one just
        // reported has its cue and speaker.
        if cand.is_none() && !absorbed[ri] && r.depth == 0 && ri > 0 {
            cand = coordinated_object(&doc, r, &regions[ri - 1], cands.last());
        }
        if cand.is_none() && !absorbed[ri] && r.depth == 0 {
            cand = title_colon(&doc, r, &cue_at);
        }
        // `« Nous devons réindustrialiser le pays » : entretien avec
        // Roland Lescure`: a line that opens with a quotation a colon
        // gives to the person who ends the line.
        if cand.is_none() && !absorbed[ri] && r.depth == 0 {
            let line_start = opens_line(&doc, doc.tok_at(r.open));
            // (Three words or more: `« Oppenheimer » : Christopher Nolan`
            // titles a work.)
            if line_start && r.pieces.len() == 1 && words >= 3 {
                if let Some(m) = name_after_colon(&doc, r) {
                    let end = doc.tok_at(m.span.end);
                    let line_ends = end >= doc.n() || opens_line(&doc, end);
                    if line_ends {
                        cand = Some(Cand::direct(r, None, Who::Mention(m), r.start()));
                    }
                }
            }
        }
        // `Libéré, Thomas Kerbrat “heureux d'être à la maison”`, `«
        // Huit ans de calvaire » : François Bayrou relaxé`: a title's
        // quotation no rule took, its words for the body to confirm.
        if cand.is_none() && !absorbed[ri] && r.depth == 0 && r.pieces.len() == 1 {
            cand = title_echo(&doc, r);
        }
        if cand.is_none()
            && !absorbed[ri]
            && floating(&doc, ri, r, &cue_at, words)
            // (The next line's, past the quotations inside this one:
            // `— X affirme que la droite “n'a plus de projet”. Que lui
            // répondez-vous ?`.)
            && !interview_question(
                &doc,
                r,
                regions[ri + 1..].iter().take(8).find(|q| q.open >= r.end()),
            )
        {
            // `« … »¶— Jennifer Psaki, directrice de la communication`: the
            // signature under the quotation names its speaker.
            // (`« … »¶C'est par ces mots que X a réagi`: the sentence after
            // takes the words up and names who said them.)
            // (An interview's answer is the interviewee's, whom the
            // speaker resolution knows: no name around it says who speaks,
            // `— C'est faux.¶¶— La Poste a annoncé …`.)
            let answer = is_article(&doc) && speaker::answers_question(&doc, r.open);
            let who = if answer {
                Who::Previous
            } else {
                signature_after(&doc, r)
                    .or_else(|| words_taken_up_by(&doc, r))
                    .or_else(|| name_after_colon(&doc, r))
                    .or_else(|| named_subject_after(&doc, r))
                    .or_else(|| named_subject_before(&doc, r, &regions, ri))
                    .or_else(|| paragraph_protagonist_before(&doc, r, &regions, ri))
                    .map_or(Who::Previous, Who::Mention)
            };
            cand = Some(Cand::direct(r, None, who, r.start()));
        }
        // `COP29 : un accord arraché, « une insulte » pour les pays les
        // plus pauvres`: in the title, `pour` + someone after the marks, to
        // the line's end, says whose words they are.
        if r.depth == 0 && r.pieces.len() == 1 {
            if let Some(c) = title_pour(&doc, r) {
                cand = Some(c);
            }
        }
        // `juge « peu crédible » l'objectif de …`, `a jugé « légitime »
        // que …`, `a jugé « prématuré » d'en tirer …`: a quoted attribute
        // right after a verb of judgement, before the object it qualifies;
        // the whole clause is reported, mixed.
        if let Some(c) = cand
            .as_mut()
            .filter(|c| c.kind == QuoteKind::Direct && c.pieces.len() == 1 && r.depth == 0)
        {
            let open = doc.tok_at(r.open);
            let after = doc.tok_at(r.close);
            let judged = c.cue.is_some_and(|cs| {
                let v = doc.tok_at(cs.end);
                v > 0
                    && (v == open || (v + 1 == open && is_day_word(doc.low(v))))
                    && is_judging_verb(doc.low(v - 1))
            });
            // (Also `dit « ne plus supporter » le défilé des camions`: a
            // quoted infinitive after `dire`, its object after the marks.)
            let said_infinitive = c.cue.is_some_and(|cs| {
                let v = doc.tok_at(cs.end);
                v == open
                    && v > 0
                    && [
                        "dit",
                        "disent",
                        "affirme",
                        "assure",
                        "affirment",
                        "assurent",
                    ]
                    .contains(&doc.low(v - 1))
            }) && is_infinitive_start(&doc, doc.tok_at(r.start()))
                && is_determiner(doc.low(after));
            if (judged || said_infinitive)
                && words <= 4
                && after < n
                && doc.sent(after) == doc.sent(open)
                && (is_determiner(doc.low(after))
                    || matches!(doc.low(after), "certains" | "certaines")
                    || matches!(doc.low(after), "que" | "qu'")
                    // (`a jugé « prématuré » d'en tirer des leçons`.)
                    || (matches!(doc.low(after), "de" | "d'") && is_infinitive_start(&doc, after + 1)))
            {
                let end = clause_end(&doc, open, &regions, &cue_at, &cues);
                if end > after {
                    c.pieces = vec![doc.span(open, end)];
                    c.kind = QuoteKind::Mixed;
                }
            }
        }
        // `une banderole proclamait « … »`: a banner, a placard, a poster
        // carries a slogan, no one's statement; so does a thing whose
        // words a colon gives, `Son programme tient en trois mots : « … »`.
        // (Or the marks right after such a noun, whoever the sentence's
        // subject: `leurs pancartes « Liberté, égalité, paternité »`.)
        if cand.as_ref().is_some_and(|c| c.kind == QuoteKind::Direct) && {
            let open = doc.tok_at(r.open);
            open >= 1 && is_placard(doc.low(open - 1))
        } {
            cand = None;
        }
        if cand.as_ref().is_some_and(|c| {
            let Who::Mention(m) = &c.who else {
                return false;
            };
            let MentionKind::Desc {
                first, org: None, ..
            } = m.kind
            else {
                return false;
            };
            let h = speaker::head_at(&doc, first);
            // (Past an adjective before the noun: `le même mot d'ordre
            // revient partout : « … »`.)
            let h = if matches!(
                doc.low(h),
                "même" | "seul" | "nouveau" | "nouvel" | "vrai" | "véritable" | "dernier"
            ) && h + 1 < doc.tok_at(m.span.end)
            {
                h + 1
            } else {
                h
            };
            let head = doc.low(h);
            // (Before the colon, a noun of words says the marks hold
            // those words: `tient en trois mots, imprimés … : « … »`.)
            let words_named = c.cue.is_none() && {
                let open = doc.tok_at(r.open);
                let from = doc.tok_at(m.span.end);
                open >= 1
                    && doc.low(open - 1) == ":"
                    && open <= from + 16
                    && (from..open - 1).any(|k| {
                        let w = doc.low(k);
                        names_words(w) || names_words(w.strip_suffix('s').unwrap_or(""))
                    })
            };
            // (Or the subject itself names words: `Le mot de la semaine :
            // « … »`.)
            is_placard(head)
                || (words_named && !m.is_agent_head(&doc))
                || (c.cue.is_none() && names_words(head))
        }) {
            cand = None;
        }
        // `la scène illustre « la dérive autoritaire » du gouvernement`:
        // `illustrer` with a subject that cannot act (a thing, an event)
        // exemplifies, and reports nothing.
        if cand.as_ref().is_some_and(|c| {
            let illustrates = c.cue.is_some_and(|cs| {
                let v = doc.tok_at(cs.end);
                v > 0 && doc.low(v - 1).starts_with("illustr")
            });
            illustrates
                && matches!(&c.who, Who::Mention(m)
                if matches!(m.kind, MentionKind::Desc { org_noun: false, org: None, .. })
                    && !speaks(&doc, m))
        }) {
            cand = None;
        }
        if let Some(c) = cand {
            // Later marks inside a mixed quote's words are part of it
            // (`l'action de casseurs venus « de toute l'Europe », qui
            // « voulaient tuer des gendarmes »`).
            // (Not a quotation nested in one, nor one after `et`: `de
            // « fermer les frontières » et de mettre fin à la guerre « en
            // vingt-quatre heures »` reports two.)
            if c.kind == QuoteKind::Mixed {
                if let [piece] = c.pieces[..] {
                    // (A bounded look: eight regions, 64 tokens between.)
                    let mut from = doc.tok_at(r.close);
                    for r2 in regions_within(&regions, piece).take(8) {
                        if r2 <= ri || regions[r2].depth != r.depth {
                            continue;
                        }
                        let open = doc.tok_at(regions[r2].open);
                        if open > from + 64
                            || (from..open).any(|x| matches!(doc.low(x), "et" | "ou"))
                        {
                            break;
                        }
                        consumed[r2] = true;
                        from = doc.tok_at(regions[r2].close);
                    }
                }
            }
            cands.push(c);
        }
    }

    // One quote per content: a direct quote that repeats an according one
    // (`« Ça va devenir compliqué », selon lui`, `Selon X, l'un de ses
    // conseillers, « … »`) gives way to it, unless its own incise comes
    // first (`« … », dit-il selon Francetv info`: `selon` names the
    // medium, and the according one goes).
    drop_repeated_according(text, &mut cands);
    drop_nested_attitude(&doc, &mut cands);
    drop_weak_inside_according(&doc, &cues, &cue_at, &mut cands);
    drop_marked_report_inside_according(&regions, &mut cands);
    drop_marks_of_own_mixed(&mut cands);
    // (Articles only: in a novel's dialogue such a quote still takes its
    // speaker from the lines around it.)
    if is_article(&doc) {
        drop_cue_in_other_marks(&regions, &mut cands);
    }

    // 4. Unmarked statements with a trailing incise: `…, indiquent-ils.`,
    // `…, a affirmé l'ONU lundi.`
    for (ci, c) in cues.iter().enumerate() {
        if c.gerund || c.first < 2 || doc.low(c.first - 1) != "," {
            continue;
        }
        if is_close_mark(doc.low(c.first - 2)) {
            continue;
        }
        // `L'État, a-t-il ajouté, « ne lâchera pas » les salariés`: a
        // cue taken by the quotation right after its incise may still cut
        // a statement that opens before it (its index among the
        // candidates, a bounded look back).
        let marked_rest = {
            let cue_span = doc.span(c.first, c.last);
            let lo = cands.len().saturating_sub(64);
            (lo..cands.len()).rev().find(|&i| {
                cands[i].cue == Some(cue_span)
                    && cands[i].kind == QuoteKind::Direct
                    && cands[i].pieces.len() == 1
            })
        };
        if used_cue[ci] && marked_rest.is_none() {
            continue;
        }
        let (m, np_end) = inverted_subject(&doc, c);
        let Some(m) = m else { continue };
        // `…, a-t-on appris de source policière / auprès du parquet`: the
        // source after `on` is who speaks.
        let (m, np_end) = match source_after_on(&doc, c) {
            Some((src, end)) => (src, end),
            None => (m, np_end),
        };
        // `…, ont également reconnu leur implication.`: a possessive or
        // partitive object, not an inverted subject, unless it names or
        // describes people (`a déclaré son porte-parole`).
        if c.clitic.is_none() && !inverted_subject_like(&doc, &m) {
            continue;
        }
        // `…, a annoncé la livraison de blindés.`: a thing after the verb
        // is its object; the subject speaks (a name, people, an
        // institution).
        if !can_speak(&doc, &m) {
            continue;
        }
        // `X, conteste ces propos.`: a plural phrase after a verb in the
        // singular is its object, no inverted subject.
        if let MentionKind::Desc { first, .. } = m.kind {
            let v = doc.low(c.first);
            if matches!(
                doc.low(first),
                "les" | "ces" | "des" | "leurs" | "ses" | "nos" | "vos"
            ) && !(v.ends_with("nt") || matches!(v, "ont" | "sont"))
            {
                continue;
            }
        }
        let (ss, se) = doc.sent_range(c.first);
        // `…, a précisé le conseiller à la sécurité nationale, John
        // Bolton, auront …`: a description, then its name between commas,
        // is the subject (the statement may go on after the name's comma).
        // (Its complement first: `à la sécurité nationale`, words with no
        // verb up to the comma.)
        let comma = (np_end..(np_end + 7).min(se))
            .find(|&x| doc.is_punct(x) && doc.low(x) != "'")
            .filter(|&x| {
                doc.low(x) == "," && (np_end..x).all(|y| !doc.is_known_verb(y) && cue_at[y] == NONE)
            });
        let named = match (&m.kind, comma) {
            (MentionKind::Desc { human: true, .. }, Some(c0)) if c0 + 2 < se => doc
                .entity(c0 + 1)
                .filter(|&e| doc.ents[e].label() == Label::Per)
                .and_then(|e| {
                    let x = doc.entity_end(c0 + 1, e, se);
                    // (Only when a clause goes on after the name's comma:
                    // not `…, John Bolton, lors d'un point presse.`)
                    (doc.low(x) == "," && (x + 1..se).any(|y| doc.is_known_verb(y)))
                        .then(|| (speaker::entity_mention(&doc, e), x))
                }),
            // (`…, a annoncé son délégataire, la société Navéo.`: a body's
            // noun, then its name after an article and a noun of
            // companies, closing the sentence.)
            (MentionKind::Desc { org_noun: true, .. }, Some(c0))
                if c0 + 3 < se
                    && matches!(doc.low(c0 + 1), "la" | "le" | "l'")
                    && speaker::is_org_noun(doc.low(c0 + 2)) =>
            {
                doc.entity(c0 + 3)
                    .filter(|&e| doc.ents[e].label() == Label::Org)
                    .and_then(|e| {
                        let x = doc.entity_end(c0 + 3, e, se);
                        (x < se && is_sentence_end(doc.low(x)))
                            .then(|| (speaker::entity_mention(&doc, e), x))
                    })
            }
            _ => None,
        };
        let (m, np_end) = named.unwrap_or((m, np_end));
        // The sentence ends after the subject (and a few adverbials).
        let mut k = np_end;
        while k < se && k < np_end + 4 && !is_sentence_end(doc.low(k)) && !doc.is_punct(k) {
            k += 1;
        }
        // (Or a longer phrase of place or time, with no verb, to the
        // sentence end: `ont raconté plusieurs électrices à la sortie des
        // bureaux de vote.`, `a annoncé Riyad au terme de dix jours de
        // pourparlers indirects dans la cité portuaire.`, 16 tokens at
        // most.)
        if k == np_end + 4
            && matches!(
                doc.low(np_end),
                "à" | "au"
                    | "aux"
                    | "dans"
                    | "devant"
                    | "sur"
                    | "lors"
                    | "depuis"
                    | "sous"
                    // (`résume un diplomate européen en poste dans la
                    // capitale.`)
                    | "en"
                    | "auprès"
            )
        {
            let mut x = k;
            while x < se
                && x < np_end + 16
                && !is_sentence_end(doc.low(x))
                && !doc.is_punct(x)
                && !doc.is_known_verb(x)
                && cue_at[x] == NONE
            {
                x += 1;
            }
            if x >= se || is_sentence_end(doc.low(x)) {
                k = x;
            }
        }
        // `a déclaré le maire X ( Les Républicains ).`: an aside in
        // brackets after the subject.
        if k == np_end && k < se && doc.low(k) == "(" {
            if let Some(close) = (k + 1..se.min(k + 8)).find(|&x| doc.low(x) == ")") {
                k = close + 1;
                // (And the rest of the name after its acronym: `l'agence
                // régionale de santé (ARS) de Bretagne.`)
                if matches!(doc.low(k), "de" | "du" | "d'") {
                    let mut x = k + 1;
                    while x < se && x <= k + 3 && doc.is_word(x) && doc.starts_upper(x) {
                        x += 1;
                    }
                    if x > k + 1 && (x >= se || is_sentence_end(doc.low(x))) {
                        k = x;
                    }
                } else if let Some(e) = doc.entity(k).filter(|&e| doc.ents[e].label() == Label::Loc)
                {
                    // (Or a region's name with no `de`: `l'agence régionale
                    // de santé (ARS) Centre-Val de Loire.`)
                    let x = doc.entity_end(k, e, se);
                    if x >= se || is_sentence_end(doc.low(x)) {
                        k = x;
                    }
                }
            }
        }
        // `…, a déclaré le policier X, qui affirme que …`, `…, a dit X,
        // porte-parole du ministère.`: a relative clause or an apposition
        // after the subject.
        let relative_or_apposition = c.clitic.is_none()
            && k == np_end
            && k + 1 < se
            && doc.low(k) == ","
            // (Or `pour qui`: `…, a dit X, pour qui …` is X's opinion, a
            // quote of its own.)
            && (matches!(doc.low(k + 1), "qui" | "dont")
                || (doc.low(k + 1) == "pour" && doc.low(k + 2) == "qui")
                || adjectival_apposition(&doc, k + 1, se, &cue_at)
                || {
                // A short apposition naming or describing a person, up to
                // the sentence end.
                let lim = se.min(k + 10);
                let e = (k + 1..lim).find(|&x| doc.is_punct(x)).unwrap_or(lim);
                // (Or up to a relative clause on it: `…, a précisé Graham
                // Brady, le président du comité 1922, qui organise …`.)
                (e >= se
                    || is_sentence_end(doc.low(e))
                    || (doc.low(e) == "," && matches!(doc.low(e + 1), "qui" | "dont")))
                    && e - (k + 1) <= 8
                    && (k + 1..e).take(4).any(|x| {
                        speaker::is_human_noun(doc.low(x))
                            || doc
                                .entity(x)
                                .is_some_and(|en| doc.ents[en].label() == Label::Per)
                    })
            });
        // `…, a reconnu le ministre, Laurent Saint-Martin, évoquant le
        // recours à une loi spéciale.`: a participial phrase after the
        // subject's comma, to the sentence end.
        // (Also past a few adverbial words: `a annoncé le parti dans la
        // soirée, en faisant état …`.)
        let gerund_at = if doc.low(k + 1) == "en" { k + 2 } else { k + 1 };
        // (After a clitic subject too for `sans` and an infinitive: `…,
        // a-t-il assuré, sans préciser sous quelle forme.`)
        let without = doc.low(k + 1) == "sans" && is_infinitive_start(&doc, k + 2);
        let participial = (c.clitic.is_none() || without)
            && (k == np_end
                || (np_end..k).all(|x| !doc.is_known_verb(x) && cue_at[x] == NONE))
            && k + 1 < se
            && doc.low(k) == ","
            && {
                // (Or a gerund: `, en lisant l'arrêt.`; or `sans` and an
                // infinitive: `, sans donner de calendrier.`; not a
                // preposition or an adverb in `-ant`.)
                let p = gerund_at;
                let w = doc.low(p);
                (w.len() > 4
                    && w.ends_with("ant")
                    && !doc.starts_upper(p)
                    && !matches!(
                        w,
                        "pendant" | "avant" | "cependant" | "maintenant" | "durant" | "suivant"
                            | "devant" | "moyennant" | "nonobstant" | "concernant"
                    ))
                    || (w == "sans" && is_infinitive_start(&doc, p + 1))
            }
            // (A bounded look at the rest, as for `split_end` below.)
            // (Marks only as a gerund cue's own quotation: `en évoquant
            // des « points de vue divergents »`.)
            && se <= k + 60
            && (cue_at[gerund_at.min(n - 1)] != NONE
                || cue_at[(k + 1).min(n - 1)] != NONE
                || (k + 2..se).all(|x| !is_open_mark(doc.low(x))));
        // `Le texte, a précisé le rapporteur, sera examiné en deuxième
        // lecture.`: an incise inside the statement, which goes on after
        // the subject's comma to the sentence end (no cue of its own).
        // (Not hearsay: `Le Gouvernement, dit-on, est à bout de souffle`;
        // `assure-t-on dans l'entourage de X` names its source.)
        let hearsay = c.clitic.is_some_and(|k| doc.low(k).ends_with("on"))
            && matches!(m.kind, MentionKind::Pronoun { .. });
        // The end of the rest of the sentence, its final punctuation left
        // out (not before token `lo`).
        let rest_end = |lo: usize| {
            let mut end = se;
            while end > lo && (is_sentence_end(doc.low(end - 1)) || doc.is_punct(end - 1)) {
                end -= 1;
            }
            end
        };
        // `…, a indiqué sa directrice générale, X, lundi, lors de …`: a
        // day after the subject's comma, then a comma or the sentence
        // end, belongs to the incise.
        let k = if c.clitic.is_none()
            && k == np_end
            && k + 2 < se
            && doc.low(k) == ","
            && is_day_word(doc.low(k + 1))
        {
            let d = if matches!(doc.low(k + 2), "soir" | "matin" | "midi") {
                k + 3
            } else {
                k + 2
            };
            if d >= se || is_sentence_end(doc.low(d)) || doc.low(d) == "," {
                d
            } else {
                k
            }
        } else {
            k
        };
        let split_end = (!relative_or_apposition
            && !hearsay
            && !participial
            && k == np_end
            && k + 1 < se
            // (A bounded look at the rest: at most 60 tokens.)
            && se <= k + 60
            && doc.low(k) == ","
            && !matches!(doc.low(k + 1), "qui" | "dont" | "et" | "mais")
            // (Nor the writer's clause of time or contrast: `…, a affirmé
            // la ministre, X, alors que …`.)
            && !writer_clause_opens(&doc, k + 1))
        .then(|| {
            let mut end = rest_end(k + 1);
            // (A closing mark of a quotation in the rest stays in it.)
            if end < se
                && is_close_mark(doc.low(end))
                && (k + 1..end).any(|x| is_open_mark(doc.low(x)))
            {
                end += 1;
            }
            // (A cue that reports no clause there is a plain verb:
            // `Isabelle Balkany, a-t-on appris …, assurera l'intérim`.)
            // (Marks only as the taken quotation.)
            // (Or inside it: `Cet effort, a-t-il ajouté, doit permettre
            // de « tirer toutes les leçons » de la guerre`.)
            let marks_ok = |x: usize| {
                marked_rest.is_some_and(|i| doc.tok_at(cands[i].pieces[0].start) == x + 1)
            };
            // (No colon: `…, a déclaré : il faut agir` reports there.)
            let clean = (k + 1..end).all(|x| {
                (cue_at[x] == NONE
                    || clause_start(&doc, &cues[cue_at[x] as usize], &cue_at).is_none())
                    && (!is_open_mark(doc.low(x)) || marks_ok(x))
                    && doc.low(x) != ":"
            });
            // (The quotation must leave words of the statement after it,
            // or open after some: `Cette décision, a estimé X, est « un
            // déni de démocratie ».`)
            // (The closing mark may end the sentence, past `end`.)
            let beyond = marked_rest.is_none_or(|_| {
                (k + 2..se)
                    .find(|&x| is_close_mark(doc.low(x)))
                    .is_some_and(|close| {
                        doc.words_upto(close + 1, end, 2) >= 2
                            || (k + 1..close)
                                .find(|&x| is_open_mark(doc.low(x)))
                                .is_some_and(|open| doc.words_upto(k + 1, open, 1) >= 1)
                    })
            });
            (clean && beyond && doc.words_upto(k + 1, end, 2) >= 2).then_some(end)
        })
        .flatten();
        // `…, a annoncé Emmanuel Macron, deux mois après le coup d'État.`:
        // a phrase of time after the subject's comma, to the sentence end.
        // (Also past a few adverbials: `a annoncé l'Élysée dans un
        // communiqué, quelques heures après …`.)
        // (Or a clause of time or contrast the writer adds: `…, a assuré
        // jeudi le ministre, X, alors que des centaines de professeurs
        // refusent …`.)
        let time_after = c.clitic.is_none()
            && k + 1 < se
            && doc.low(k) == ","
            && se <= k + 60
            && (
                // (The writer's clause may hold a verb that reports of its
                // own: `alors que les syndicats réclament son retrait`.)
                (writer_clause_opens(&doc, k + 1) && (k + 1..se).all(|x| !is_open_mark(doc.low(x))))
                    || (time_phrase_opens(&doc, k + 1)
                        && (k + 1..se).all(|x| cue_at[x] == NONE && !is_open_mark(doc.low(x))))
            );
        // `…, a indiqué le ministre, Gabriel Attal, sur BFMTV.`: a short
        // phrase of place or medium after the subject's comma, with no
        // verb, to the sentence end.
        // (A medium, an event or an audience, not any place or time:
        // `Le chantier sera terminé, a promis la maire, à la rentrée.`
        // goes on.)
        // (Past the subject's acronym in brackets: `a annoncé mercredi
        // Île-de-France Mobilités (IDFM) à l'issue de son conseil`.)
        let k = if k + 3 < se
            && doc.low(k) == "("
            && doc.low(k + 2) == ")"
            && doc.toks[k + 1]
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_uppercase())
        {
            k + 3
        } else {
            k
        };
        // (A locution of occasion, with or without its comma: `à l'issue
        // de`, `au terme de`, `en marge de`.)
        let occasion = |x: usize| {
            (doc.low(x) == "à" && doc.low(x + 1) == "l'" && doc.low(x + 2) == "issue")
                || (doc.low(x) == "au" && matches!(doc.low(x + 1), "terme" | "sortir"))
                || (doc.low(x) == "en" && doc.low(x + 1) == "marge")
        };
        let k = if k + 3 < se && occasion(k) && k > 0 && doc.low(k - 1) != "," {
            k - 1
        } else {
            k
        };
        let bare_occasion = doc.low(k) != "," && k + 1 < se && occasion(k + 1);
        let place_after = c.clitic.is_none()
            && k + 2 < se
            && (doc.low(k) == "," || bare_occasion)
            && match doc.low(k + 1) {
                _ if occasion(k + 1) => true,
                "devant" | "lors" | "auprès" => true,
                "sur" | "dans" | "à" | "au" => {
                    let mut y = k + 2;
                    if matches!(
                        doc.low(y),
                        "un" | "une" | "le" | "la" | "l'" | "les" | "son" | "sa" | "ses" | "leur"
                    ) {
                        y += 1;
                    }
                    doc.entity(y)
                        .is_some_and(|e| doc.ents[e].label() == Label::Org)
                        || is_medium_or_event(doc.low(y))
                }
                _ => false,
            }
            && se <= k + 10
            && (k + 2..se).all(|x| {
                is_sentence_end(doc.low(x))
                    || (doc.is_word(x) && !doc.is_known_verb(x) && cue_at[x] == NONE)
            });
        // (The phrase is no second part of the statement: `Les
        // négociations reprendront lundi, a déclaré le ministre, dans un
        // entretien au Parisien.`)
        let split_end = split_end.filter(|_| !place_after);
        // `Le feu est fixé mais pas éteint, a-t-il précisé, et des reprises
        // restent possibles.`: a clause coordinated after the incise goes
        // on with the statement (a second piece, to the sentence end: a
        // finite verb, no cue, mark or colon of its own).
        let coordinated_end = (k == np_end
            && k + 3 < se
            && se <= k + 40
            && doc.low(k) == ","
            && matches!(doc.low(k + 1), "et" | "mais")
            && (k + 2..se).any(|x| doc.is_known_verb(x))
            && (k + 2..se)
                .all(|x| cue_at[x] == NONE && !is_open_mark(doc.low(x)) && doc.low(x) != ":"))
        .then(|| rest_end(k + 2))
        .filter(|_| split_end.is_none() && !relative_or_apposition && !participial);
        let closes = k >= se
            || is_sentence_end(doc.low(k))
            || relative_or_apposition
            || participial
            || time_after
            || place_after;
        if (!closes || marked_rest.is_some()) && split_end.is_none() && coordinated_end.is_none() {
            continue;
        }
        // (At most eight leading marks: a fixed window per cue.)
        // (Past a wire's dateline: `PARIS, 12 mars (AFP) - …`.)
        let mut s0 = line_head_end(&doc, ss)
            .filter(|&x| x < c.first)
            .unwrap_or(ss);
        while s0 < c.first
            && s0 < ss + 8
            && (is_open_mark(doc.low(s0)) || matches!(doc.low(s0), "-" | "—" | "–"))
        {
            s0 += 1;
        }
        let e = c.first - 1;
        let before = if split_end.is_some() { 1 } else { 4 };
        if doc.words_upto(s0, e, before) < before {
            continue;
        }
        // The statement cut by the incise opens with its subject: a short
        // noun phrase (a determiner or a name, at most nine tokens, no
        // punctuation) before the incise (`Une réunion d'urgence des deux
        // négociateurs, a-t-elle précisé, se tiendra mercredi`).
        let split_end = split_end.filter(|_| {
            e <= s0 + 9
                && (is_determiner(doc.low(s0)) || doc.entity(s0).is_some())
                && (s0..e).all(|x| !doc.is_punct(x))
                // (Past six tokens, no verb: `La France va rappeler son
                // ambassadeur au Niger, a annoncé …` is a whole statement.)
                && (e <= s0 + 6
                    || (s0..e).all(|x| !doc.is_known_verb(x) && doc.aux(x).is_none()))
        });
        if split_end.is_none()
            && (!(closes || coordinated_end.is_some()) || doc.words_upto(s0, e, 4) < 4)
        {
            continue;
        }
        // `Le ministre de l'Économie, Bruno Le Maire, a annoncé une baisse
        // …`, `Bruno Le Maire, ministre de l'Économie, a annoncé …`: the
        // words before the comma are the cue's subject and its
        // apposition, no statement.
        if subject_with_apposition(&doc, s0, e) || subject_with_relative(&doc, s0, e) {
            continue;
        }
        // (Also past a fronted phrase of place or time: `En déplacement
        // dans l'Aude, la ministre de l'Agriculture, Annie Genevard, a
        // répondu …`.)
        let fronted = is_preposition(doc.low(s0))
            .then(|| (s0 + 1..e.min(s0 + 10)).find(|&x| doc.is_punct(x)))
            .flatten()
            .filter(|&c1| doc.low(c1) == ",");
        if fronted.is_some_and(|c1| subject_with_apposition(&doc, c1 + 1, e)) {
            continue;
        }
        let span = doc.span(s0, e);
        // `« … » mardi, mettant fin à la grève, a déclaré le maire X.`: a
        // quotation taken as floating (no cue, the previous speaker) gives
        // way to the statement around it.
        let lo = cands.len().saturating_sub(64);
        // `Le fonds s'est engagé à maintenir le siège en France, a indiqué
        // Sanofi.`: an indirect report whose clause ends at the incise's
        // comma is part of what the incise reports (the words of the
        // trailing speaker), no quote of its own, when its subject is a
        // thing or a body described (not `Emmanuel Macron a promis que
        // …, a rapporté l'AFP`, `Le suspect a reconnu …, a indiqué le
        // parquet`: they speak, the incise relays).
        let inner = {
            let mut it =
                (lo..cands.len()).filter(|&i| cands[i].pieces.iter().any(|p| p.overlaps(span)));
            match (it.next(), it.next()) {
                (Some(i), None) => Some(i).filter(|&i| {
                    let q = &cands[i];
                    q.kind == QuoteKind::Indirect
                        && matches!(&q.who, Who::Mention(im) if matches!(im.kind,
                        MentionKind::Desc { first, .. }
                            if {
                                let h = doc.low(speaker::head_at(&doc, first));
                                !speaker::is_human_noun_or_plural(h)
                                    && !speaker::is_anonymous_person(h)
                            }))
                        && q.pieces.len() == 1
                        && q.pieces[0].end == span.end
                        && q.cue
                            .is_some_and(|cs| cs.start > span.start && cs.end < q.pieces[0].start)
                        && regions_within(&regions, span).next().is_none()
                }),
                _ => None,
            }
        };
        if let Some(i) = inner {
            cands.remove(i);
        }
        let overlapping =
            || (lo..cands.len()).filter(|&i| cands[i].pieces.iter().any(|p| p.overlaps(span)));
        if overlapping().next().is_some() {
            // (Or a quotation its subject took with no cue, the subject
            // in the statement: `La Commission européenne « prend note »
            // de la décision, a indiqué un porte-parole.`)
            let all_floating = overlapping().all(|i| {
                let q = &cands[i];
                q.cue.is_none()
                    && match &q.who {
                        Who::Previous => true,
                        Who::Mention(sm) => sm.span.start >= span.start && sm.span.end <= span.end,
                        _ => false,
                    }
                    && q.pieces
                        .iter()
                        .all(|p| p.start >= span.start && p.end <= span.end)
            });
            // Words of the statement outside the marks.
            let last_end = overlapping()
                .filter_map(|i| cands[i].pieces.last().map(|p| p.end))
                .max()
                .unwrap_or(span.end);
            let outside = doc.tok_at(last_end);
            if !all_floating || (outside..e).filter(|&x| doc.is_word(x)).count() < 2 {
                continue;
            }
            let drop: Vec<usize> = overlapping().collect();
            for i in drop.into_iter().rev() {
                cands.remove(i);
            }
            let s1 = (ss..s0).find(|&x| is_open_mark(doc.low(x))).unwrap_or(s0);
            let cue_span = doc.span(c.first, c.last);
            cands.push(Cand {
                kind: QuoteKind::Mixed,
                pieces: vec![doc.span(s1, e)],
                cue: Some(cue_span),
                who: Who::Mention(m),
                anchor: cue_span.start,
            });
            used_cue[ci] = true;
            continue;
        }
        let cue_span = doc.span(c.first, c.last);
        let mut pieces = vec![span];
        if let Some(end) = split_end {
            pieces.push(doc.span(k + 1, end));
        } else if let Some(end) = coordinated_end {
            pieces.push(doc.span(k + 1, end));
        }
        // (The quotation taken first is part of the rest now.)
        if let Some(i) = marked_rest {
            cands.remove(i);
        }
        // (A quoted fragment inside makes it mixed: `Il s'agit d'une
        // « sévère punition », a affirmé X.`)
        let quoted = marked_rest.is_some() || regions_within(&regions, span).next().is_some();
        cands.push(Cand {
            kind: if quoted {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            pieces,
            cue: Some(cue_span),
            who: Who::Mention(m),
            anchor: cue_span.start,
        });
    }
    // `a promis de « réunir les Français » et d'engager une concertation`:
    // an infinitive coordinated after a quotation the cue introduced with
    // `de` is reported too, indirect, by the same cue and speaker (to its
    // clause end, unless another quote already holds it).
    let mut more = Vec::new();
    for c in &cands {
        if c.kind != QuoteKind::Direct || c.cue.is_none() || c.pieces.len() != 1 {
            continue;
        }
        let first = doc.tok_at(c.pieces[0].start);
        if first < 2 || !matches!(doc.low(first - 2), "de" | "d'") {
            continue;
        }
        let close = doc.tok_at(c.pieces[0].end);
        let close = if is_close_mark(doc.low(close)) {
            close
        } else if close + 1 < n && is_close_mark(doc.low(close + 1)) {
            close + 1
        } else {
            continue;
        };
        let (inf, sent) = (close + 3, doc.sent(close));
        if inf >= n
            || doc.low(close + 1) != "et"
            || !matches!(doc.low(close + 2), "de" | "d'")
            || doc.sent(inf) != sent
            || !is_infinitive_start(&doc, inf)
        {
            continue;
        }
        let end = clause_end(&doc, inf, &regions, &cue_at, &cues);
        if end <= inf {
            continue;
        }
        let span = doc.span(inf, end);
        more.push(Cand {
            kind: QuoteKind::Indirect,
            pieces: vec![span],
            cue: c.cue,
            who: c.who.clone(),
            anchor: c.anchor,
        });
    }
    if !more.is_empty() {
        // The pieces taken, by start, with the furthest end so far.
        let mut taken: Vec<Span> = cands
            .iter()
            .flat_map(|c| c.pieces.iter().copied())
            .collect();
        taken.sort_by_key(|p| p.start);
        let mut reach = Vec::with_capacity(taken.len());
        let mut far = 0;
        for p in &taken {
            far = far.max(p.end);
            reach.push(far);
        }
        for m in more {
            let p = m.pieces[0];
            let i = taken.partition_point(|t| t.start < p.end);
            if i == 0 || reach[i - 1] <= p.start {
                cands.push(m);
            }
        }
    }
    close_open_marks(&doc, &regions, &mut cands);
    drop_for_someone_inside_direct(&doc, &mut cands);
    drop_infinitive_opening_report(&doc, &mut cands);
    nested_after_enclosing(&mut cands);
    // The writer's or the speaker's own words (`je regrette que`, `notre
    // groupe estime que`, `selon nos informations`): no third party said
    // them, and the extractor reports what others said. (A quotation
    // they introduce is someone else's: `Je cite le rapport : « … »`.)
    cands.retain(|c| {
        c.kind == QuoteKind::Direct
            || !matches!(&c.who, Who::Mention(m) if first_person(&doc, m.span))
    });
    let quotes = speaker::resolve(&doc, cands);
    sc.cue_at = cue_at;
    sc.cues = cues;
    sc.regions = regions;
    sc.rtok = rtok;
    sc.used_cue = used_cue;
    sc.absorbed = absorbed;
    sc.consumed = consumed;
    // The flag and class vectors go back where they came from (emptied:
    // views are for one document).
    match views {
        Some(v) if v.flags.capacity() == 0 => {
            v.flags = doc.flags;
            v.classed = doc.classed;
            v.start(0);
        }
        _ => {
            sc.flags = doc.flags;
            sc.classed = doc.classed;
        }
    }
    sc.sent_of = doc.sent_of;
    sc.ent_of = doc.ent_of;
    sc.lows = doc.lows;
    // A long document's buffers are not kept.
    if n <= KEEP_TOKENS && buf.capacity() <= KEEP_TOKENS * 16 {
        sc.buf = buf;
        let _ = SCRATCH.try_with(|c| c.set(sc));
    }
    quotes
}

/// `X a qualifié la réforme de « coup d'État »`, `X traite les
/// journalistes de « … »`, `qualifiés par l'entreprise de « partenaires »`,
/// `qualifié de « … » par ses détracteurs`: the quoted words after the
/// `de` of a verb of [`lexicon::QUALIFY_LEMMAS`] (at most twelve tokens
/// before, in the same clause) are said by the verb's agent (`par X`) or,
/// for an active verb, by its subject. A participle with neither
/// (`qualifié de « héros »`) says nothing of who spoke: no quote.
fn qualified(doc: &Doc<'_, '_>, r: &Region, cue_at: &[u32], cues: &[Cue]) -> Option<Cand> {
    let open = doc.tok_at(r.open);
    if open == 0 || open >= doc.n() || !matches!(doc.low(open - 1), "de" | "d'") {
        return None;
    }
    let (ss, _) = doc.sent_range(open);
    // (An object of up to eleven words: `qualifiant les exceptions
    // accordées aux forces de l'ordre de « … »`.)
    let lo = open.saturating_sub(13).max(ss);
    let mut v = open - 1;
    let mut skipped = 0;
    let verb = loop {
        if v <= lo {
            return None;
        }
        v -= 1;
        // (Past eight tokens, `qualifier` only: `a traité le dossier en
        // urgence avec les représentants des usines de « … »` handles a
        // file.)
        if doc.flags(v) & class::QUALIFY != 0
            && (open - v - skipped <= 9 || doc.low(v).starts_with("qualifi"))
        {
            break v;
        }
        // (A name in apposition to the object, between commas: `avait
        // traité la ministre des Comptes publics, Amélie de Montchalin, de
        // « … »`.)
        if doc.low(v) == "," && v > lo + 1 {
            if let Some(e) = doc.entity(v - 1) {
                let a = doc.entity_start(v - 1, e, lo);
                if a > lo + 1 && doc.low(a - 1) == "," && doc.ents[e].label() == Label::Per {
                    skipped += v + 1 - (a - 1);
                    v = a - 1;
                    continue;
                }
            }
        }
        // The object between the verb and `de` is a plain noun phrase.
        if doc.is_punct(v) && doc.low(v) != "'" || matches!(doc.low(v), "que" | "qu'" | "qui") {
            return None;
        }
    };
    let f = doc.flags(verb);
    // `traiter de`, `taxer de` without an object mean "deal with" (`La
    // conférence traitera de « l'avenir »`); `qualifier de « … » la
    // décision` needs none.
    let vw = doc.low(verb);
    let no_object = (vw.starts_with("trait") || vw.starts_with("tax")) && verb + 2 >= open;
    let cue_span = doc.span(verb, verb + 1);
    // The agent: `qualifiés par l'entreprise de « … »` or `de « … » par
    // ses détracteurs`.
    let after = doc.tok_at(r.close);
    let agent_at = (verb + 1..open - 1)
        .find(|&k| doc.low(k) == "par")
        .or((after < doc.n() && doc.low(after) == "par").then_some(after));
    if let Some(p) = agent_at.filter(|_| f & class::QUALIFY_PARTICIPLE != 0) {
        let (m, _) = noun_phrase(doc, p + 1);
        return m.map(|m| Cand::direct(r, Some(cue_span), Who::Mention(m), cue_span.start));
    }
    if no_object {
        return None;
    }
    // Active: a finite verb, a gerund, or a participle after `avoir`
    // (`a qualifié`, `avait traité`).
    let mut first = verb;
    if f & (class::QUALIFY_FINITE | class::QUALIFY_GERUND) == 0 {
        let mut a = verb;
        while a > ss && is_group_adverb(doc.low(a - 1)) && verb - a < 3 {
            a -= 1;
        }
        if a == ss || doc.aux(a - 1) != Some(false) {
            return None;
        }
        first = a - 1;
    }
    let who = if f & class::QUALIFY_GERUND != 0 {
        // `le journal estime que … , qualifiant la tribune de « … »`: the
        // clause the gerund hangs on, else the speaker of what precedes.
        // (`L'intéressé a démenti, qualifiant ces accusations de « … »`:
        // after a comma, the subject of the clause before, as for any
        // participle.)
        let cue = Cue {
            gerund: true,
            ..Cue::verb(verb, verb + 1, Strength::Weak)
        };
        match gerund_host_subject(doc, ss, verb) {
            Some(m) => Who::Mention(m),
            None if verb > ss && doc.low(verb - 1) == "," => {
                subject_to_who(subject_of(doc, &cue, cue_at, cues))
            }
            None => Who::Previous,
        }
    } else {
        let cue = Cue::verb(first, verb + 1, Strength::Weak);
        match subject_of(doc, &cue, cue_at, cues) {
            // `ce que l'on qualifie de « … »`: what things are called.
            Subject::Mention(m) if doc.text.get(m.span.start..m.span.end) != Some("on") => {
                Who::Mention(m)
            }
            _ => return None,
        }
    };
    Some(Cand::direct(r, Some(cue_span), who, cue_span.start))
}

/// Is `w` a past participle of judging (`jugé`, `estimées`)?
fn judging_participle(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s').trim_end_matches('e'),
        "jugé" | "estimé"
    )
}

/// `un délai jugé « irréaliste » à l'époque par de nombreux architectes`,
/// `la réforme, jugée « brutale » par les syndicats`: quoted words right
/// after a participle of judging, its agent `par X` after them (past a
/// few words of time): X's words.
fn judged_by(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    let n = doc.n();
    let open = doc.tok_at(r.open);
    if open == 0 || r.depth != 0 || !judging_participle(doc.low(open - 1)) {
        return None;
    }
    let (_, se) = doc.sent_range(open);
    let after = doc.tok_at(r.close);
    let p = (after..(after + 5).min(se).min(n))
        .take_while(|&k| doc.is_word(k) || doc.low(k) == "'")
        .find(|&k| doc.low(k) == "par")?;
    // (`par de nombreux architectes`: a partitive `de` first.)
    let m = if matches!(doc.low(p + 1), "de" | "d'") {
        let mut end = p + 2;
        while end < se && end < p + 7 && doc.is_word(end) && !ends_np(doc.low(end)) {
            end += 1;
        }
        (end > p + 2).then(|| speaker::np_mention(doc, p + 1, end))
    } else {
        noun_phrase(doc, p + 1).0
    }?;
    let cue_span = doc.span(open - 1, open);
    Some(Cand::direct(
        r,
        Some(cue_span),
        Who::Mention(m),
        cue_span.start,
    ))
}

/// A passive cue and its agent: `accusée par Nicolas Sarkozy de prendre
/// …`, `a été accusé par l'opposition d'avoir menti`, `il a été annoncé
/// par le ministre que …`. The cue ends in a past participle, with no
/// auxiliary `avoir` before it unless `été` follows (`a été accusée`), and
/// `par` + a noun phrase follows it, then `que` (a strong cue) or `de` +
/// an infinitive (a cue taking `de`). Returns the agent and where the
/// reported clause starts.
fn passive_agent(doc: &Doc<'_, '_>, c: &Cue) -> Option<(Mention, usize)> {
    if c.strength == Strength::Weak || c.clitic.is_some() || c.gerund {
        return None;
    }
    let verb = c.last.checked_sub(1)?;
    let participle = 1 << lexicon::Shape::Participle as u8;
    if doc.form(verb)?.shapes & participle == 0 || doc.low(c.last) != "par" {
        return None;
    }
    let with_ete = (c.first..verb).any(|k| doc.low(k) == "été");
    // A bare participle: no `avoir` and no negation just before it, over
    // adverbs (`qu'il a accusé par erreur`, `Il n'a pas dit par ailleurs
    // que`: active, or negated).
    let bare = c.first == verb
        && doc.flags(verb) & class::AUX_HAVE == 0
        && !found_before(
            verb,
            4,
            |k| {
                let w = doc.low(k);
                doc.aux(k) == Some(false) || is_negation(w) || matches!(w, "ne" | "n'")
            },
            |k| is_group_adverb(doc.low(k)),
        );
    if !with_ete && !bare {
        return None;
    }
    // The agent is a noun phrase: a determiner, a pronoun or a name
    // first (`par ailleurs`, `par erreur`, `par écrit` name no agent), and
    // not `la suite`.
    let a = c.last + 1;
    let first = doc.low(a);
    if !(is_determiner(first)
        || doc.starts_upper(a)
        || matches!(first, "lui" | "elle" | "eux" | "elles"))
        || matches!(
            (first, doc.low(a + 1)),
            ("la", "suite") | ("la", "voie") | ("l'", "intermédiaire")
        )
    {
        return None;
    }
    // After a bare participle, `que` may be a relative (`la réforme
    // annoncée par le gouvernement que les syndicats contestent`): only
    // `de` + an infinitive, or `que` after a participle in apposition.
    let apposed = verb > 0 && doc.low(verb - 1) == ",";
    let que_ok = with_ete || apposed;
    // The agent runs up to `que`, or `de` + an infinitive (a noun phrase
    // would take `de prendre …` as its complement).
    let (_, se) = doc.sent_range(c.first);
    let k = (a..se.min(a + 12)).find(|&k| {
        let w = doc.low(k);
        (doc.is_punct(k) && !matches!(w, "'" | "-"))
            || matches!(w, "que" | "qu'")
            || (matches!(w, "de" | "d'")
                && c.strength == Strength::StrongDe
                && k > a
                && is_infinitive_start(doc, k + 1))
    })?;
    if k == a || doc.is_punct(k) || (matches!(doc.low(k), "que" | "qu'") && !que_ok) {
        return None;
    }
    let m = speaker::np_mention(doc, a, k);
    let start = k + 1;
    (doc.sent(start) == doc.sent(c.first)).then_some((m, start))
}

/// A sentence opened by `Comme le`/`Comme l'` + a cue + its inverted
/// subject + a comma (`Comme le sous-entend al-Joulani, c'est …`, `Comme
/// l'a rappelé le ministre, la réforme …`): the subject and where the
/// reported rest of the sentence starts.
fn comme_incise(doc: &Doc<'_, '_>, c: &Cue) -> Option<(Mention, usize)> {
    if c.clitic.is_some() || c.gerund || c.strength == Strength::Weak {
        return None;
    }
    let (_, se) = doc.sent_range(c.first);
    // `Comme la Cour de justice l'a reconnu en 1996, …`, `Comme la
    // commissaire, Mme Wallström, l'a indiqué, …`: the subject before
    // the object pronoun.
    if !comme_le_before(doc, c.first) {
        let m = comme_subject_before(doc, c).or_else(|| fronted_subject(doc, c))?;
        return Some((m, incise_end(doc, c.last, se)?));
    }
    // `Comme le juge Dupont, …`: a noun that is also a verb form.
    if c.last - c.first == 1 && speaker::is_human_noun(doc.low(c.first)) {
        return None;
    }
    let (m, np_end) = inverted_subject(doc, c);
    // `Comme l'indique son nom, …`: someone, or an organisation, speaks:
    // a name, or a description with a noun of people.
    let m = m.filter(|m| speaks(doc, m))?;
    // (`Comme l'a reconnu la Cour en 1996, …`: a time or place after it.)
    Some((m, incise_end(doc, np_end, se)?))
}

/// `Le ministre l'a rappelé, la réforme est nécessaire.`: the same aside
/// with no `comme`, opening its sentence: the subject of the cue `c`
/// (right after `l'` or `le`) is the noun phrase from the sentence start
/// to the pronoun, a name or a description of people.
fn fronted_subject(doc: &Doc<'_, '_>, c: &Cue) -> Option<Mention> {
    let obj = c.first.checked_sub(1)?;
    if !matches!(doc.low(obj), "l'" | "le") {
        return None;
    }
    let (ss, _) = doc.sent_range(c.first);
    if obj <= ss {
        return None;
    }
    // (`D'aucuns l'ont dit, …`, `Certains l'ont rappelé, …`: people the
    // text does not name.)
    let pronoun_len = match (doc.low(ss), doc.low(ss + 1)) {
        ("d'", "aucuns") => 2,
        ("certains" | "certaines" | "beaucoup" | "plusieurs", _) => 1,
        _ => 0,
    };
    if pronoun_len > 0 && ss + pronoun_len == obj {
        return Some(speaker::np_mention(doc, ss, obj));
    }
    let (m, end) = noun_phrase(doc, ss);
    let m = m?;
    (end == obj && speaks(doc, &m)).then_some(m)
}

/// `« … », promise par le gouvernement`, `« … », annoncée par le
/// ministre`: after a quotation of two words or more and its comma, the
/// past participle of a reporting verb that takes `que` (not a weak one:
/// `l'opération « Barkhane », lancée par la France`; nor one that passes
/// or puts words on paper: `rapportés par l'AFP`, `écrite par X`) and
/// `par`: its agent. Not after a noun that titles what the marks name
/// (`la campagne « … », annoncée par X`); `open` is the opening mark's
/// token.
fn agent_of_participle(doc: &Doc<'_, '_>, k: usize, open: usize) -> Option<Mention> {
    let f = doc.form(k)?;
    if !f.has(Shape::Participle)
        || f.strength == Strength::Weak
        || !f.alone
        || doc.low(k + 1) != "par"
        || (open > 0 && is_title_noun(doc.low(open - 1)))
        // (`rapportée`, `écrits`: the participle's masculine singular.)
        || matches!(
            doc.low(k).trim_end_matches('s').trim_end_matches('e'),
            "rapporté" | "écrit"
        )
    {
        return None;
    }
    // (The agent of such a verb is whoever said it: any noun phrase.)
    noun_phrase(doc, k + 2).0
}

/// The first token after the comma that closes an incise at token `k`
/// (the comma itself, or after a few words of time or place: `en 1996`,
/// `lors des auditions`), when a clause follows it.
fn incise_end(doc: &Doc<'_, '_>, k: usize, se: usize) -> Option<usize> {
    // (`l'a indiqué lors des auditions au Parlement européen en
    // septembre 1999, …`: up to a dozen words of time or place.)
    let comma =
        (k..(k + 13).min(se)).find(|&x| doc.is_punct(x) && !matches!(doc.low(x), "'" | "-"))?;
    if doc.low(comma) != "," || comma + 1 >= se {
        return None;
    }
    // (`Le ministre l'a dit, et il a raison`: a coordinated clause, no
    // statement.)
    if matches!(
        doc.low(comma + 1),
        "et" | "mais" | "puis" | "donc" | "car" | "ou"
    ) {
        return None;
    }
    // Nothing that makes a clause of its own between (no verb group).
    if (k..comma).any(|x| doc.aux(x).is_some() || doc.form(x).is_some()) {
        return None;
    }
    Some(comma + 1)
}

/// `…, a rappelé la préfecture, seule compétente pour autoriser le parc.`,
/// `…, a dit le maire, visiblement ému.`: an apposition opening at `a`
/// with an adjective or a participle (after at most one adverb), up to
/// the sentence end `se` within 15 tokens, with no cue and no mark: it
/// describes the subject before it and reports nothing.
fn adjectival_apposition(doc: &Doc<'_, '_>, a: usize, se: usize, cue_at: &[u32]) -> bool {
    let mut x = a;
    if x < se
        && (doc.low(x).ends_with("ment")
            || matches!(
                doc.low(x),
                "seul" | "seule" | "seuls" | "seules" | "très" | "plutôt"
            ))
        && !doc.starts_upper(x)
    {
        x += 1;
    }
    if x >= se || se > a + 15 || doc.starts_upper(x) || doc.is_known_verb(x) {
        return false;
    }
    let w = doc.low(x);
    let adjective = participle_like(w)
        || [
            "ente", "entes", "ent", "ents", "able", "ables", "ible", "ibles", "if", "ive", "ifs",
            "ives", "eux", "euse", "euses",
        ]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        // (Irregular participles of feeling: `visiblement ému`.)
        || inflects_any(w, &["ému", "déçu", "convaincu", "satisfait", "ravi", "surpris"]);
    adjective
        && (x..se).all(|y| {
            cue_at[y] == NONE && !is_open_mark(doc.low(y)) && !matches!(doc.low(y), ":" | ";")
        })
}

/// `Comme X l'a dit`, `Comme le rappelle X` aside: the subject of a cue
/// `c` right after `l'` or `le`, when `comme` opens the sentence a few
/// tokens before: a person named there (`la commissaire, Mme
/// Wallström,`), else a name or a description of people.
fn comme_subject_before(doc: &Doc<'_, '_>, c: &Cue) -> Option<Mention> {
    comme_subject_between(doc, c, true).map(|(m, _)| m)
}

/// The subject of a cue `c` right after `l'` or `le`, between them and
/// a `comme` at most a dozen tokens before (`comme Paul Martin l'a dit`,
/// `comme la commissaire, Mme Wallström, l'a indiqué`): a person named
/// there, else a name or a description of people ending at the
/// pronoun; with the index of `comme`. `opening`: the `comme` that opens
/// the sentence (`Comme X, comme toujours, l'a dit, …`), else the last
/// one before the pronoun (`…, comme X l'a dit`).
fn comme_subject_between(doc: &Doc<'_, '_>, c: &Cue, opening: bool) -> Option<(Mention, usize)> {
    let obj = c.first.checked_sub(1)?;
    if !matches!(doc.low(obj), "l'" | "le") {
        return None;
    }
    let (ss, _) = doc.sent_range(c.first);
    let lo = obj.saturating_sub(12).max(ss);
    let is_comme = |x: &usize| doc.low(*x) == "comme";
    let comme = if opening {
        (lo..obj)
            .find(is_comme)
            .filter(|&x| opens_sentence(doc, x))?
    } else {
        (lo..obj).rev().find(is_comme)?
    };
    if comme + 1 >= obj {
        return None;
    }
    if let Some(e) = (comme + 1..obj)
        .find_map(|x| doc.entity(x))
        .filter(|&e| doc.ents[e].label() == Label::Per)
    {
        return Some((speaker::entity_mention(doc, e), comme));
    }
    let (m, _) = noun_phrase(doc, comme + 1);
    let m = m?;
    (doc.tok_at(m.span.end) == obj && speaks(doc, &m)).then_some((m, comme))
}

/// `…, comme l'indique Chris McKay.`, `…, comme l'a souligné le
/// ministre :` (the cue `c` after `, comme le`/`, comme l'`): its subject
/// (a name, or a description with a noun of people), and the tokens of
/// the sentence before the incise, which it reports, unless they are one
/// quotation, which the direct quotes take.
fn trailing_comme(
    doc: &Doc<'_, '_>,
    c: &Cue,
    regions: &[Region],
    cues: &[Cue],
    cue_at: &[u32],
) -> Option<(Mention, usize, usize)> {
    if c.clitic.is_some()
        || c.gerund
        || c.strength == Strength::Weak
        || c.first < 4
        || !matches!(doc.low(c.first - 1), "le" | "l'")
    {
        return None;
    }
    let (ss, se) = doc.sent_range(c.first);
    let (m, np_end, e) = if doc.low(c.first - 2) == "comme" && doc.low(c.first - 3) == "," {
        let (m, np_end) = inverted_subject(doc, c);
        (m.filter(|m| speaks(doc, m))?, np_end, c.first - 3)
    } else {
        // `…, comme Paul Martin l'a souligné hier.`: the subject before
        // the object pronoun, a few words of time or manner after the
        // cue (no verb group of their own).
        let (m, comme) = comme_subject_between(doc, c, false)?;
        if comme == 0 || doc.low(comme - 1) != "," {
            return None;
        }
        let np_end = (c.last..(c.last + 6).min(se))
            .find(|&x| doc.is_punct(x) && !matches!(doc.low(x), "'" | "-"))
            .unwrap_or(se);
        if np_end > c.last + 5
            || (c.last..np_end).any(|x| doc.aux(x).is_some() || doc.form(x).is_some())
        {
            return None;
        }
        (m, np_end, comme - 1)
    };
    // The incise closes the sentence (not a question), or a colon, or
    // an apposition or a relative clause that runs to one (`…, comme
    // l'indique Chris McKay, scientifique de la NASA :`); not the middle
    // of a clause (`pour créer, comme l'a dit M. Berend, le maximum
    // d'emplois`).
    let closes = |k: usize| {
        k >= se || (is_sentence_end(doc.low(k)) && doc.low(k) != "?") || doc.low(k) == ":"
    };
    if !closes(np_end) {
        if doc.low(np_end) != "," {
            return None;
        }
        let lim = se.min(np_end + 16);
        let next = (np_end + 1..lim).find(|&x| doc.is_punct(x) && !matches!(doc.low(x), "'" | "-"));
        let apposition = matches!(doc.low(np_end + 1), "qui" | "dont")
            || (np_end + 1..(np_end + 4).min(se)).any(|x| speaker::is_human_noun(doc.low(x)));
        if !apposition || !next.is_some_and(closes) {
            return None;
        }
    }
    if doc.low(se - 1) == "?" {
        return None;
    }
    // The clause before the incise: back to the sentence start, a colon
    // or a semicolon, within 60 tokens (a longer one is not this
    // construction, and the bound keeps many incises linear).
    let lo = e.saturating_sub(60).max(ss);
    let mut s0 = (lo..e)
        .rev()
        .find(|&k| matches!(doc.low(k), ":" | ";"))
        .map_or(ss, |k| k + 1);
    if s0 < lo {
        return None;
    }
    while s0 < e && is_open_mark(doc.low(s0)) {
        s0 += 1;
    }
    if doc.words_upto(s0, e, 4) < 4 {
        return None;
    }
    // A clause with a cue or a source of its own (`Jean Dupont a déclaré
    // que …, comme l'a souligné le ministre`) is reported by them.
    // (`pour` only where it opens a source: at the clause's start or
    // after a comma; `mauvais pour les agriculteurs` names none.)
    let own = (s0..e).any(|k| {
        strong_cue_at(cues, cue_at, k)
            || (according_opener(doc, k)
                && (doc.low(k) != "pour" || k == s0 || matches!(doc.low(k - 1), "," | ";")))
    });
    if own {
        return None;
    }
    // One quotation before the incise: a direct quote.
    let (a, b) = (doc.toks[s0].start(), doc.toks[e - 1].end());
    // (Regions are in order of their opening mark: the few opened last
    // before the sentence are the candidates; a fixed number is looked at.)
    let p = regions.partition_point(|r| r.open <= a);
    if regions[..p].iter().rev().take(16).any(|r| r.close >= b) {
        return None;
    }
    Some((m, s0, e))
}

/// The quotations wholly inside `span` (opened at or after its start,
/// closed by its end), by index; regions are in order of their opening
/// mark, so the walk stops at the first one opened after the span.
fn regions_within(regions: &[Region], span: Span) -> impl Iterator<Item = usize> + '_ {
    let first = regions.partition_point(|r| r.open < span.start);
    regions[first..]
        .iter()
        .take_while(move |r| r.open < span.end)
        .enumerate()
        .filter(move |(_, r)| r.close <= span.end)
        .map(move |(i, _)| first + i)
}

/// Does the inverted subject `m` of an incise speak: a name, or a
/// description with a noun of people (`Comme l'indique son nom` does
/// not)?
fn speaks(doc: &Doc<'_, '_>, m: &Mention) -> bool {
    match m.kind {
        // (Plural people too: `Les étudiants réclament que …`; and
        // bodies in the plural: `ont indiqué les deux gouvernements`.)
        speaker::MentionKind::Desc { first, last, .. } => (first..last).any(|k| {
            let w = doc.low(k);
            speaker::is_human_noun_or_plural(w)
                || w.strip_suffix('s').is_some_and(speaker::is_collective)
        }),
        _ => m.is_named(),
    }
}

/// Is a cue other than a weak one (which is a cue only next to quotation
/// marks) at token `k`?
fn strong_cue_at(cues: &[Cue], cue_at: &[u32], k: usize) -> bool {
    cues.get(cue_at[k] as usize)
        .is_some_and(|x| x.strength != Strength::Weak)
}

/// Is token `k` right after a sentence-opening `Comme le` or `Comme l'`?
fn comme_le_before(doc: &Doc<'_, '_>, k: usize) -> bool {
    k >= 2
        && matches!(doc.low(k - 1), "le" | "l'")
        && doc.low(k - 2) == "comme"
        && opens_sentence(doc, k - 2)
}

/// Does token `k` open its sentence (after opening marks only)? The
/// marks are walked back from `k`: a run of marks is walked for the one
/// token after it.
fn opens_sentence(doc: &Doc<'_, '_>, k: usize) -> bool {
    let (ss, _) = doc.sent_range(k);
    let mut s0 = k;
    while s0 > ss && is_open_mark(doc.low(s0 - 1)) {
        s0 -= 1;
    }
    s0 == ss
}

/// The bytes two lists of pieces share.
fn shared_bytes(a: &[Span], b: &[Span]) -> usize {
    let mut n = 0;
    for x in a {
        for y in b {
            let (s, e) = (x.start.max(y.start), x.end.min(y.end));
            if s < e {
                n += e - s;
            }
        }
    }
    n
}

/// Removes a direct quote whose marks lie inside a mixed quote of the
/// same cue: `a dénoncé une manœuvre d'« extrémistes » et de
/// « complotistes » cherchant à « diviser l'Europe »` is one mixed
/// quote, its last marks no quote of their own.
fn drop_marks_of_own_mixed(cands: &mut Vec<Cand>) {
    // The mixed quotes' pieces by their cue's start.
    let mut mixed: Vec<(usize, Span)> = cands
        .iter()
        .filter(|c| c.kind == QuoteKind::Mixed)
        .filter_map(|c| Some((c.cue?.start, c.pieces.clone())))
        .flat_map(|(k, ps)| ps.into_iter().map(move |p| (k, p)))
        .collect();
    if mixed.is_empty() {
        return;
    }
    mixed.sort_unstable_by_key(|&(k, p)| (k, p.start));
    cands.retain(|c| {
        let (QuoteKind::Direct, Some(cue)) = (c.kind, c.cue) else {
            return true;
        };
        let i = mixed.partition_point(|&(k, _)| k < cue.start);
        // (A cue's mixed pieces are few: a bounded look.)
        let inside = |d: &Span| {
            mixed[i..]
                .iter()
                .take(8)
                .take_while(|&&(k, _)| k == cue.start)
                .any(|(_, p)| p.contains(*d) && *p != *d)
        };
        c.pieces.is_empty() || !c.pieces.iter().all(inside)
    });
}

/// A reported clause never ends inside marks opened in its own sentence:
/// `Pour X, le « candidat Valls s'est trompé d'agenda. Il se croit … »`
/// runs to the closing mark, in the same paragraph and within 600 bytes
/// (an indirect quote so extended is mixed). Reads at most 8 quotations
/// a candidate.
fn close_open_marks(doc: &Doc<'_, '_>, regions: &[Region], cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.kind == QuoteKind::Direct || c.pieces.len() != 1 {
            continue;
        }
        let p = c.pieces[0];
        let lo = regions.partition_point(|r| r.open < p.start);
        let hi = regions.partition_point(|r| r.open < p.end).max(lo);
        let open = regions[lo..hi]
            .iter()
            .take(8)
            .find(|r| r.depth == 0 && r.closed && r.close > p.end)
            // (Marks opened in the clause's own sentence, not a quotation
            // after it.)
            .filter(|r| {
                // (A bounded look: 200 tokens.)
                let (a, o) = (doc.tok_at(p.start), doc.tok_at(r.open));
                o <= a + 200
                    && doc.sent(o) == doc.sent(a)
                    && !(a..o).any(|k| is_sentence_end(doc.low(k)))
            });
        if let Some(r) = open {
            let gap = doc.text.get(p.end..r.close).unwrap_or("\n");
            if r.close - p.end <= 600 && !gap.contains('\n') {
                c.pieces[0] = Span::new(p.start, r.close);
                if c.kind == QuoteKind::Indirect {
                    c.kind = QuoteKind::Mixed;
                }
            }
        }
    }
}

/// The content pieces of the candidates of the kinds `keep` takes, by
/// start (then end).
fn pieces_by_start(cands: &[Cand], keep: impl Fn(QuoteKind) -> bool) -> Vec<Span> {
    let mut v: Vec<Span> = cands
        .iter()
        .filter(|c| keep(c.kind))
        .flat_map(|c| c.pieces.iter().copied())
        .collect();
    v.sort_unstable_by_key(|p| (p.start, p.end));
    v
}

/// Removes an indirect or mixed quote whose cue is a past infinitive
/// (`avoir proposé`) opening the words of another report: `La mairie
/// affirme avoir proposé d'héberger le guichet` is one statement, the
/// mairie's, not a second one whose speaker would be `La mairie
/// affirme`. (Linear: the reports' first pieces, by start.)
fn drop_infinitive_opening_report(doc: &Doc<'_, '_>, cands: &mut Vec<Cand>) {
    let mut starts: Vec<usize> = cands
        .iter()
        .filter(|c| c.cue.is_some() && matches!(c.kind, QuoteKind::Indirect | QuoteKind::Mixed))
        .filter_map(|c| c.pieces.first().map(|p| p.start))
        .collect();
    if starts.is_empty() {
        return;
    }
    starts.sort_unstable();
    cands.retain(|c| {
        let (QuoteKind::Indirect | QuoteKind::Mixed, Some(cue)) = (c.kind, c.cue) else {
            return true;
        };
        let k = doc.tok_at(cue.start);
        let infinitive = matches!(doc.low(k), "avoir" | "être")
            && k + 1 < doc.n()
            && doc.toks[k + 1].start() < cue.end;
        !(infinitive && starts.binary_search(&cue.start).is_ok())
    });
}

/// Removes an according quote of `pour` + anyone (`un homme`, `une
/// famille`, `un pays`) whose cue stands inside the words of a direct
/// quote: in `« Pour un homme malade, c'est une peine de mort lente », a
/// dénoncé son avocat`, `pour` says for whom it is so, not who says it
/// (`« Pour un haut responsable américain, l'accord est mort »` names a
/// source). Reports inside a quotation (`« Le
/// jeune a dit que … »`, `« On dit que … »`) stay, as the Wikinews gold
/// annotates them (a nested quote: GUIDELINES.md), though the press sets
/// written for this project leave them out.
fn drop_for_someone_inside_direct(doc: &Doc<'_, '_>, cands: &mut Vec<Cand>) {
    // The direct quotes' pieces, by start.
    let direct = pieces_by_start(cands, |k| k == QuoteKind::Direct);
    if direct.is_empty() {
        return;
    }
    // The furthest end of the pieces up to each one: a cue is inside some
    // piece when the pieces starting before it reach past it.
    let mut far = 0;
    let reach: Vec<usize> = direct
        .iter()
        .map(|p| {
            far = far.max(p.end);
            far
        })
        .collect();
    let inside = |cue: Span| {
        let i = direct.partition_point(|p| p.start <= cue.start);
        i > 0 && reach[i - 1] >= cue.end
    };
    cands.retain(|c| {
        // `« … on me demandera ce que j'ai fait pour la nature »`: a
        // report in the future inside a quotation is one imagined, not
        // made.
        if let (QuoteKind::Indirect | QuoteKind::Mixed, Some(cue)) = (c.kind, c.cue) {
            let future = (doc.tok_at(cue.start)..=doc.tok_at(cue.end.saturating_sub(1))).any(|k| {
                let w = doc.low(k);
                w.ends_with("era")
                    || w.ends_with("eront")
                    || matches!(w, "dira" | "diront" | "écrira" | "écriront")
            });
            if future && inside(cue) {
                return false;
            }
            // (`« On nous dit que personne n'est responsable … »`,
            // `« On nous explique que … »`: the speaker's account of what
            // nobody in particular told them.)
            let k = doc.tok_at(cue.start);
            // (In the present, a single word: `On nous a dit que …` tells
            // of one telling.)
            let on_told_us = k >= 2
                && doc.tok_at(cue.end) == k + 1
                && matches!(doc.low(k - 1), "nous" | "me" | "m'")
                && doc.low(k - 2) == "on"
                && matches!(&c.who, Who::Mention(m) if matches!(m.kind, MentionKind::Pronoun { .. }));
            if on_told_us && inside(cue) {
                return false;
            }
            // (Nor what someone of the speaker's own told them, an object
            // pronoun before the verb: `« … mon taxi m'a prévenu qu'il
            // arrêtait en mars »`: the speaker's account, no statement of
            // its own. A pronoun's report stays: `« On nous a dit que … »`
            // is annotated in the silver sets, `« On m'avait assuré que
            // … »` is not in the press sets.)
            let told = c.kind == QuoteKind::Indirect
                && k >= 2
                && matches!(
                    doc.low(k - 1),
                    "me" | "m'" | "nous" | "te" | "t'" | "vous" | "lui" | "leur"
                )
                && match &c.who {
                    Who::Mention(m) => match m.kind {
                        MentionKind::Desc { first, .. } => {
                            matches!(doc.low(first), "mon" | "ma" | "mes" | "notre" | "nos")
                        }
                        _ => false,
                    },
                    _ => false,
                };
            if told && inside(cue) {
                return false;
            }
            // (Nor, in a compound tense, what `on` said: `« On a promis
            // que … »`; nor `« beaucoup pensent que … »`: a report by
            // someone the text names stays, a nested quote.)
            let vague = match &c.who {
                Who::Mention(m) => {
                    let w = doc.low(doc.tok_at(m.span.start));
                    match m.kind {
                        // (`« On dit que c'est le gouvernement … »`, a
                        // saying in the present with no object, stays, as
                        // the Wikinews gold has it.)
                        // (Nor `« On nous a dit qu'on avait transmis le
                        // témoin trop tôt »`, one telling to the speaker,
                        // as the silver sets have it; `on se demande` asks
                        // nothing of anyone.)
                        // (Nor a request by `on`, made of the speaker or of
                        // others: `« On m'a demandé de porter la réforme …
                        // »`, `« On demande au 15 de trier … »`.)
                        MentionKind::Pronoun { .. } => {
                            let before = doc.low(k.saturating_sub(1));
                            let asks = || {
                                (k..doc.n())
                                    .take_while(|&x| doc.toks[x].start() < cue.end)
                                    .any(|x| doc.low(x).starts_with("demand"))
                            };
                            w == "on"
                                && (matches!(before, "se" | "s'")
                                    || (doc.aux(k).is_some() && !is_preverbal(before))
                                    || asks())
                        }
                        // (`« Les gens croient qu'on se plaint … »`,
                        // `« tout le monde sait que … »`: people at large.)
                        MentionKind::Desc { .. } => {
                            let t = doc.tok_at(m.span.start);
                            w == "beaucoup"
                                || (w == "les" && doc.low(t + 1) == "gens")
                                || (w == "tout" && doc.low(t + 1) == "le" && doc.low(t + 2) == "monde")
                        }
                        _ => false,
                    }
                }
                _ => false,
            };
            if vague && c.kind == QuoteKind::Indirect && inside(cue) {
                return false;
            }
        }
        let (QuoteKind::According, Some(cue), Who::Mention(m)) = (c.kind, c.cue, &c.who) else {
            return true;
        };
        // (Someone described by what they are, not by what they know: `un
        // homme malade`, `une famille`, `un pays comme le nôtre`; `Pour un
        // haut responsable américain, …` inside a quotation is a source.)
        let MentionKind::Desc {
            first,
            definite: false,
            ..
        } = m.kind
        else {
            return true;
        };
        let anyone = matches!(
            doc.low(first + 1),
            "homme"
                | "femme"
                | "personne"
                | "enfant"
                | "individu"
                | "citoyen"
                | "citoyenne"
                | "patient"
                | "patiente"
                | "malade"
                | "famille"
                | "pays"
                | "ménage"
                | "jeune"
        );
        if !anyone || doc.low(doc.tok_at(cue.start)) != "pour" {
            return true;
        }
        !inside(cue)
    });
}

/// Removes an indirect (or mixed) quote of a verb of hope or opinion
/// whose subject pronoun opens the content of another indirect quote:
/// `Angel Torres a déclaré qu'il espérait que le contrat …` is one
/// statement, whose speaker's hope is part of what was said (a different
/// speaker inside, `… que le président Prodi s'est engagé à …`, stays).
fn drop_nested_attitude(doc: &Doc<'_, '_>, cands: &mut Vec<Cand>) {
    // The content pieces of indirect and mixed quotes, by start.
    let outer = pieces_by_start(cands, |k| {
        matches!(k, QuoteKind::Indirect | QuoteKind::Mixed)
    });
    if outer.len() < 2 {
        return;
    }
    cands.retain(|c| {
        let (QuoteKind::Indirect | QuoteKind::Mixed, Some(cue), Who::Mention(m)) =
            (c.kind, c.cue, &c.who)
        else {
            return true;
        };
        if !matches!(m.kind, MentionKind::Pronoun { .. }) {
            return true;
        }
        let i = outer.partition_point(|p| p.start < m.span.start);
        let Some(p) = outer.get(i).filter(|p| p.start == m.span.start) else {
            return true;
        };
        let verb = doc.text.get(cue.start..cue.end).unwrap_or("");
        let verb = verb.rsplit(' ').next().unwrap_or(verb);
        let attitude = is_hope_verb(verb)
            || ["pens", "croi", "souhait", "craign", "craint"]
                .iter()
                .any(|x| verb.starts_with(x));
        !(attitude && p.contains(cue))
    });
}

/// Removes a direct quote that a weak cue of wish or will gave to marks
/// inside the words of an according quote, its cue inside them too
/// (`Selon plusieurs parlementaires, une partie de l'UDC avait voulu
/// « donner une leçon » aux socialistes`): the according source reports
/// those words.
fn drop_weak_inside_according(
    doc: &Doc<'_, '_>,
    cues: &[Cue],
    cue_at: &[u32],
    cands: &mut Vec<Cand>,
) {
    let according = pieces_by_start(cands, |k| k == QuoteKind::According);
    if according.is_empty() {
        return;
    }
    cands.retain(|c| {
        let (QuoteKind::Direct, Some(cue), [piece]) = (c.kind, c.cue, c.pieces.as_slice()) else {
            return true;
        };
        let ci = cue_at[doc.tok_at(cue.start).min(cue_at.len() - 1)];
        if ci == NONE || cues[ci as usize].strength != Strength::Weak {
            return true;
        }
        // (A verb of wish or will: what the source says someone wanted.)
        if !is_wish_verb(doc.low(cues[ci as usize].last - 1)) {
            return true;
        }
        // (The according piece starting last at or before the cue.)
        let i = according.partition_point(|p| p.start <= cue.start);
        !(i > 0 && according[i - 1].contains(cue) && according[i - 1].contains(*piece))
    });
}

/// Removes an indirect or mixed quote whose cue stands inside marks
/// within the words of an according quote (`Pour X, la décision «
/// rappelle que les fréquences appartiennent à tous »`): the source's
/// quoted words, not a second statement.
fn drop_marked_report_inside_according(regions: &[Region], cands: &mut Vec<Cand>) {
    let according = pieces_by_start(cands, |k| k == QuoteKind::According);
    if according.is_empty() {
        return;
    }
    cands.retain(|c| {
        let (QuoteKind::Indirect | QuoteKind::Mixed, Some(cue)) = (c.kind, c.cue) else {
            return true;
        };
        let i = according.partition_point(|p| p.start <= cue.start);
        let Some(piece) = i
            .checked_sub(1)
            .map(|i| according[i])
            .filter(|p| p.contains(cue))
        else {
            return true;
        };
        // (Regions are in order of their opening mark: the one opening
        // last before the cue is the only one that can hold it unnested.)
        let r = regions.partition_point(|r| r.open < cue.start);
        !(r > 0 && {
            let r = &regions[r - 1];
            // (Or the marks around the whole according piece: `Selon
            // elle, « on promet de … »`, the mark and a space before it.)
            r.close >= cue.end
                && r.close <= piece.end + 4
                && (r.open >= piece.start || (r.closed && r.open + 4 >= piece.start))
        })
    });
}

/// Removes a direct quote whose content lies within an according quote
/// and makes up most of it: the same words found twice. The direct one
/// goes when it has no cue or the according cue (`« … », selon lui`);
/// the according one goes when the direct one's own incise stands
/// between its words and `selon` (`« … », dit-il selon Francetv info`).
/// Two quotes with cues of their own (`Selon lui, X a déclaré : « … »`)
/// both stay. Marks inside the according quote's words with its `selon`
/// for cue are part of it however short (`X est « un coup d'État », selon
/// l'opposition`), unless a comma or a colon sets them apart: then they alone are
/// the statement (`X élu, « une victoire du peuple » selon Y`: the direct
/// quote stays, the according one goes).
fn drop_repeated_according(text: &str, cands: &mut Vec<Cand>) {
    // (Most documents have no according quote: no tables to build.)
    if !cands.iter().any(|c| c.kind == QuoteKind::According) {
        return;
    }
    let total = |ps: &[Span]| ps.iter().map(|p| p.len()).sum::<usize>();
    // Direct quotes by their first byte, with their length.
    let mut directs: Vec<(usize, usize, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == QuoteKind::Direct && !c.pieces.is_empty())
        .map(|(i, c)| (c.pieces[0].start, i, total(&c.pieces)))
        .collect();
    if directs.is_empty() {
        return;
    }
    directs.sort_unstable();
    let mut drop = vec![false; cands.len()];
    for (ai, a) in cands.iter().enumerate() {
        if a.kind != QuoteKind::According || a.pieces.is_empty() {
            continue;
        }
        let (lo, hi) = (a.pieces[0].start, a.pieces[a.pieces.len() - 1].end);
        let from = directs.partition_point(|d| d.0 < lo);
        // Direct quotes do not overlap, so only the first few inside can
        // make up half of it (a bound for long sentences of quotes).
        let total_a = total(&a.pieces);
        for &(_, di, total_d) in directs[from..].iter().take_while(|d| d.0 < hi).take(8) {
            // They share at most `total_a` bytes: too few, nothing to count.
            if total_a * 10 < total_d * 9 {
                continue;
            }
            // Only the direct quote's pieces that meet `lo..hi` share bytes
            // (its pieces are in order): a quotation over many paragraphs
            // costs no scan of all of them for each according quote.
            let d = &cands[di];
            let p0 = d.pieces.partition_point(|p| p.end <= lo);
            let p1 = p0 + d.pieces[p0..].partition_point(|p| p.start < hi);
            let shared = shared_bytes(&a.pieces, &d.pieces[p0..p1]);
            // `X est « un coup d'État », selon l'opposition`: marks inside
            // the according quote's words, given its own `selon` as cue,
            // are part of it, however short.
            if d.cue.is_some() && d.cue == a.cue && shared == total_d {
                let before =
                    text[..d.pieces[0].start.min(text.len())].trim_end_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '«' | '“' | '‹' | '"')
                    });
                // (A colon sets them apart as a comma does: `Saint-Denis et
                // Pierrefitte fusionnent : « un acte de courage », selon
                // le maire`.)
                if before.ends_with([',', ':']) {
                    drop[ai] = true;
                } else {
                    drop[di] = true;
                }
                continue;
            }
            if shared * 10 < total_d * 9 || shared * 2 < total_a {
                continue;
            }
            match (d.cue, a.cue) {
                (None, _) => drop[di] = true,
                (Some(dc), Some(ac)) if dc == ac => drop[di] = true,
                (Some(dc), Some(ac))
                    if dc.start >= d.pieces[d.pieces.len() - 1].end && dc.end <= ac.start =>
                {
                    drop[ai] = true
                }
                // (A cue between the according cue and its words, in the
                // source's relative clause: `Pour l'Unafam, l'association
                // …, qui réclame une cellule de crise, « … »`.)
                (Some(dc), Some(ac)) if dc.start >= ac.end && dc.end <= lo => drop[di] = true,
                _ => {}
            }
        }
    }
    if drop.iter().any(|&x| x) {
        let mut i = 0;
        cands.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
}

/// Documents of up to this many tokens (and 1 MB of lowercased text)
/// leave their buffers for the next call: about 3 MB kept per thread at
/// most.
const KEEP_TOKENS: usize = 1 << 16;

/// The buffers of [`run`], kept between calls on one thread so that a
/// document costs no allocation for them.
#[derive(Default)]
struct Scratch {
    buf: String,
    lows: Vec<(u32, u32)>,
    flags: Vec<u32>,
    classed: Vec<u32>,
    sent_of: Vec<u32>,
    ent_of: Vec<u32>,
    cue_at: Vec<u32>,
    cues: Vec<Cue>,
    regions: Vec<Region>,
    rtok: Vec<(usize, usize)>,
    used_cue: Vec<bool>,
    absorbed: Vec<bool>,
    consumed: Vec<bool>,
}

/// `v` emptied and then `n` times `false`, in `v`'s allocation.
fn cleared(mut v: Vec<bool>, n: usize) -> Vec<bool> {
    v.clear();
    v.resize(n, false);
    v
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// Notes that token `i`'s lowercased form is `buf[s..e]`.
#[inline]
fn set_low(lows: &mut [(u32, u32)], i: usize, s: usize, e: usize) {
    if let Some(x) = lows.get_mut(i) {
        *x = (s as u32, e as u32);
    }
}

/// The cues by the token one past their end.
#[derive(Clone, Copy)]
struct CueEnds<'c>(&'c [Cue]);

impl CueEnds<'_> {
    /// The cue ending just before token `k`.
    fn at(self, k: usize) -> Option<usize> {
        self.0.binary_search_by_key(&k, |c| c.last).ok()
    }
}

/// The subject of a cue.
#[derive(Clone, Debug)]
pub(crate) enum Subject {
    Mention(Mention),
    /// Left out (`et a ajouté`, `Tout en ajoutant`): the previous speaker.
    Elided,
    /// First or second person, or no plausible subject: no quote.
    Skip,
}

fn subject_to_who(s: Subject) -> Who {
    match s {
        Subject::Mention(m) => Who::Mention(m),
        Subject::Elided => Who::Previous,
        Subject::Skip => Who::Nobody,
    }
}

/// First token of the reported clause after a cue: after `que`/`qu'`
/// (directly, after adverbs, an indirect object `à X`, or an incise
/// between commas), or the infinitive after `de` for the `de` verbs.
fn clause_start(doc: &Doc<'_, '_>, c: &Cue, cue_at: &[u32]) -> Option<usize> {
    let n = doc.n();
    let mut j = c.last;
    let sent = doc.sent(c.first);
    let mut steps = 0;
    let mut in_incise = false;
    // Only adverbs so far (`dit pourtant assumer`).
    let mut adverbs_only = true;
    // Inside a complement of place, time or means before `que`
    // (`annonçait ce matin à l'AFP que`, `indique par la voix de X que`).
    let mut in_pp = false;
    // Only adverbs and a time phrase so far (`a préconisé ce jeudi de`).
    let mut time_only = true;
    // An incise has just closed: the next word is the first again.
    let mut closed = false;
    // The open incise starts with no preposition or adverb (`, un désaveu
    // plus fort qu'estimé`, `, les recommandations qu'elle sous-tend`,
    // `Ceci étant dit, je reste … telle qu'on`): a `que` in it is a
    // relative or a comparison, unlike in `, à l'AFP que`, `, en
    // substance que` (a missing second comma).
    let mut incise_np = false;
    // `pense du même coup avoir conservé`, `estime pour sa part que`: an
    // adverbial locution right after the cue reads as an adverb.
    if let Some(e) = adverbial_locution_end(doc, j) {
        j = e;
    }
    // Where the verb's complements start (after such a locution: `a
    // demandé quant à lui au chef de l'État de …`).
    let head = j;
    while j < n && steps < 10 {
        let w = doc.low(j);
        if doc.sent(j) != sent {
            return None;
        }
        // `avait juré en septembre préférer être …`, `a assuré début mars
        // vouloir …`: a phrase of a month, as a time word.
        if time_only && !in_incise {
            let month = month_phrase_end(doc, j)
                .or_else(|| (w == "en" && is_month(doc.low(j + 1))).then_some(j + 2));
            if let Some(e) = month {
                j = e;
                steps += 1;
                continue;
            }
        }
        // `a répondu en souriant que …`: a gerund of manner, as an
        // adverb.
        if adverbs_only
            && !in_incise
            && w == "en"
            && doc.is_word(j + 1)
            && !doc.starts_upper(j + 1)
            && doc.low(j + 1).len() > 5
            && doc.low(j + 1).ends_with("ant")
            // (Not a cue of its own: `en espérant que`.)
            && (doc.form(j + 1).is_none() || matches!(doc.low(j + 1), "souriant" | "riant"))
            && matches!(doc.low(j + 2), "que" | "qu'")
        {
            j += 2;
            steps += 1;
            continue;
        }
        // `a assuré sur France Inter ne garder …`: a medium the words
        // were said on, as a time word.
        if (adverbs_only || time_only) && !in_incise && matches!(w, "sur" | "à" | "au") {
            let medium = doc.entity(j + 1).filter(|&e| {
                doc.toks[j + 1].start() == doc.ents[e].start()
                    && doc.ents[e].entry().and_then(|x| x.kind()) == Some("media")
            });
            if let Some(e) = medium {
                j += 1;
                j = doc.entity_end(j, e, n);
                steps += 1;
                continue;
            }
        }
        // `a assuré dans un communiqué avoir « toujours respecté » …`: the
        // text it was said in, three words, before an infinitive.
        if (adverbs_only || time_only)
            && !in_incise
            && w == "dans"
            && matches!(
                doc.low(j + 1),
                "un" | "une" | "son" | "sa" | "le" | "la" | "leur"
            )
            && is_source_noun(doc.low(j + 2))
            && infinitive_clause(doc, j + 3)
        {
            return Some(j + 3);
        }
        if (adverbs_only || (time_only && !matches!(doc.low(j - 1), "ce" | "cette" | "cet")))
            && !in_incise
            && (if is_wish_verb(doc.low(c.last - 1)) {
                j == c.last && is_infinitive_start(doc, j)
            } else {
                infinitive_clause(doc, j)
            })
        {
            // `affirment avoir la situation sous contrôle`, `a annoncé se
            // rendre en Italie`, `indiquant les avoir arrêtées`, `a annoncé
            // mardi vouloir`.
            return Some(j);
        }
        // (After a time phrase too: `a annoncé mercredi 17 janvier, à
        // l'issue du Conseil des ministres, que`.)
        let after_time = j > head && time_only && !in_incise && w == ",";
        if (j == head || after_time) && c.strength != Strength::Weak {
            if let Some(s) = after_incise_or_object(doc, c, j, cue_at) {
                return Some(s);
            }
            if let Some(s) = person_object_then_que(doc, c, j) {
                return Some(s);
            }
            // `a jugé nécessaire de renforcer`, `estime indispensable de`:
            // a judgment and what it bears on.
            if matches!(
                w,
                "nécessaire"
                    | "indispensable"
                    | "important"
                    | "essentiel"
                    | "urgent"
                    | "utile"
                    | "inutile"
                    | "préférable"
                    | "impossible"
                    | "possible"
                    | "normal"
                    | "légitime"
                    | "prématuré"
                    | "inacceptable"
                    | "inadmissible"
            ) && matches!(doc.low(j + 1), "de" | "d'")
                && is_infinitive_start(doc, j + 2)
            {
                return Some(j);
            }
            if let Some(s) = object_then_de(doc, c, j) {
                return Some(s);
            }
            // `s'est dit convaincu que`, `se dit persuadée qu'`: an
            // adjective of belief and its clause.
            if matches!(
                w.trim_end_matches('s').trim_end_matches('e'),
                "convaincu" | "persuadé" | "certain" | "sûr" | "confiant"
            ) && matches!(doc.low(j + 1), "que" | "qu'")
                && j + 2 < n
            {
                return Some(j + 2);
            }
        }
        // `annonce son intention de cesser`: a noun of will or intent
        // between the cue and `de` + infinitive.
        if adverbs_only && !in_incise {
            if let Some(s) = intent_clause(doc, j) {
                return Some(s);
            }
        }
        if !is_group_adverb(w) {
            adverbs_only = false;
        }
        let lead_time = time_only && j > head;
        if !is_group_adverb(w) && !is_time_word(w) && !in_time_phrase(doc, j) {
            time_only = false;
        }
        match w {
            // A `que` inside an incise that has not closed and opens with
            // no preposition or adverb belongs to it (`qu'il proposait, un désaveu plus
            // fort qu'estimé`, `et précise, les recommandations qu'elle
            // sous-tend`).
            "que" | "qu'" if in_incise && incise_np => return None,
            // `a-t-il prévenu, alors que 3 000 policiers …`: a
            // conjunction, no reported clause.
            "que" | "qu'"
                if matches!(
                    doc.low(j - 1),
                    "alors"
                        | "tandis"
                        | "bien"
                        | "parce"
                        | "pendant"
                        | "dès"
                        | "sitôt"
                        | "encore"
                        // (`sous réserve que`, `sous condition que`.)
                        | "réserve"
                        | "condition"
                        | "prétexte"
                ) =>
            {
                return None;
            }
            "que" | "qu'" => return Some(j + 1),
            // `regrettait cette issue mais que …`: a `que` after a
            // conjunction opens a clause coordinated with an earlier one,
            // another verb's.
            "mais" | "et" | "ou" | "ni"
                if !in_incise && j > head && matches!(doc.low(j + 1), "que" | "qu'") =>
            {
                return None;
            }
            // `a demandé si le gouvernement comptait agir`: an indirect
            // question.
            // (Elided before `il`: `lui a demandé s'il mesurait …`.)
            "si" | "s'"
                if j == head
                    && doc.low(c.last - 1).starts_with("demand")
                    && (w == "si" || matches!(doc.low(j + 1), "il" | "ils")) =>
            {
                return Some(j + 1);
            }
            // `regrette de ne pas inscrire`: any strong cue takes `de` +
            // an infinitive right after it (not a fear of one's own act:
            // `redoutant de devoir multiplier les abonnements`).
            "de" | "d'"
                if c.strength == Strength::Strong
                    && (j == head || lead_time)
                    && is_infinitive_start(doc, j + 1)
                    && !starts_with_any(doc.low(c.last - 1), &["crai", "redout"]) =>
            {
                return Some(j + 1);
            }
            // (After a complement of place, a known infinitive only:
            // `s'est félicité sur Twitter de voir …`, not `dans un
            // communiqué de presse`.)
            "de" | "d'"
                if c.strength == Strength::StrongDe
                    && !in_incise
                    && (!in_pp
                        || lead_time
                        || (j <= head + 4 && is_infinitive_start(doc, j + 1))
                        // (Past where it was said: `a promis dans un
                        // entretien au Figaro de faire …`.)
                        || (j <= head + 8
                            && doc.low(head) == "dans"
                            && is_det(doc.low(head + 1))
                            && is_medium_or_event(doc.low(head + 2))
                            && is_infinitive_start(doc, j + 1))) =>
            {
                let next = doc.low(j + 1);
                // (An object pronoun before an infinitive, `de l'aider`,
                // not an article before a noun, `de l'Intérieur`, `de la
                // région`.)
                let inf = next.ends_with("er")
                    || next.ends_with("ir")
                    || next.ends_with("re")
                    || matches!(next, "ne" | "n'" | "se" | "s'" | "y" | "en")
                    || (matches!(next, "l'" | "le" | "la" | "les" | "lui" | "leur")
                        && is_infinitive_start(doc, j + 2))
                    // (Or a quotation opening on it after the person asked:
                    // `a demandé à la France de « faire pression » sur
                    // Israël`.)
                    || (matches!(doc.low(head), "à" | "au" | "aux")
                        && is_open_mark(next)
                        && is_infinitive_start(doc, j + 2));
                if inf {
                    return Some(j + 1);
                }
                // `demande à l'évêque de Toulouse de négocier`: a `de`
                // inside the person asked (`à`, `au`, `aux` right after the
                // cue) is no infinitive's; the next one may be.
                let to_someone = matches!(doc.low(head), "à" | "au" | "aux");
                if !to_someone || j > head + 6 {
                    return None;
                }
            }
            "," => {
                in_incise = !in_incise;
                closed = !in_incise;
                let w1 = doc.low(j + 1);
                incise_np =
                    in_incise && !(is_preposition(w1) || is_pp_start(w1) || is_group_adverb(w1));
            }
            "." | ";" | ":" | "«" | "»" | "!" | "?" | "(" | ")" => return None,
            _ => {
                if cue_at[j] != NONE {
                    return None;
                }
                if (j == head || closed) && !in_incise && is_pp_start(w) {
                    in_pp = true;
                }
                let allowed =
                    in_incise || in_pp || is_group_adverb(w) || matches!(w, "à" | "aux" | "au");
                // After an incise, an object (an article or a possessive,
                // then no time word) makes `que` a relative (`racontait,
                // en les amplifiant, les éloges qu'il avait reçus`);
                // `pour sa part`, `de son côté` may come between.
                let after_incise = std::mem::take(&mut closed);
                if after_incise
                    && !allowed
                    && matches!(
                        w,
                        "le" | "la"
                            | "les"
                            | "l'"
                            | "ses"
                            | "son"
                            | "sa"
                            | "leur"
                            | "leurs"
                            | "ces"
                            | "cette"
                            | "ce"
                            | "cet"
                    )
                    && !is_time_word(doc.low(j + 1))
                {
                    return None;
                }
                // (Nor an article right after a day: `a annoncé mardi la
                // suppression de 420 postes sur les 1 150 que compte le
                // groupe` has an object, its `que` a relative.)
                if j == head + 1
                    && lead_time
                    && is_day_word(doc.low(head))
                    && is_det(w)
                    && !is_time_word(doc.low(j + 1))
                {
                    return None;
                }
                if j == head && !allowed {
                    // Only an adverb, a day, `à X`, `pour` + a phrase
                    // (`pour sa part`, `pour la première fois`; not `pour
                    // que`) or an incise may come between.
                    let pour = w == "pour" && !matches!(doc.low(j + 1), "que" | "qu'");
                    // (Or a phrase of time: `la semaine dernière`, `le
                    // mois dernier`.)
                    // (`dès lundi soir`: from a day on.)
                    let from_day = w == "dès" && is_day_word(doc.low(j + 1));
                    if !(pour
                        || from_day
                        || is_day_word(w)
                        || matches!(w, "lui" | "leur" | "aujourd'hui")
                        || in_time_phrase(doc, j))
                    {
                        return None;
                    }
                }
            }
        }
        j += 1;
        steps += 1;
    }
    None
}

/// The length of an adverbial locution of at most `max` words that ends
/// just before token `k` and starts at `lo` or after (`pour sa part`
/// before a verb).
fn locution_ending_at(doc: &Doc<'_, '_>, lo: usize, k: usize, max: usize) -> Option<usize> {
    (2..=max).find(|&len| k >= lo + len && adverbial_locution_end(doc, k - len) == Some(k))
}

/// The end of an adverbial locution starting at token `j` (`du même
/// coup`, `pour sa part`, `de son côté`, `par ailleurs`, `en outre`,
/// `quant à lui`), if one does. (At most four words: [`AUX_REACH`]
/// counts on it.)
fn adverbial_locution_end(doc: &Doc<'_, '_>, j: usize) -> Option<usize> {
    // The locutions by their first word, then the words after it (the
    // first word decides most tokens at once: this runs after every
    // auxiliary and before many subjects). `a au contraire salué`, `a
    // d'abord affirmé`, `a tout d'abord estimé`, `a d'ailleurs rappelé`,
    // `a en effet souligné`; `avait avec succès contesté`, `a en vain
    // demandé`; `a d'ores et déjà prévenu`, `a d'emblée rejeté`.
    let tails: &[&[&str]] = match doc.low(j) {
        "du" => &[&["même", "coup"]],
        "pour" => &[&["sa", "part"], &["leur", "part"]],
        "de" => &[&["son", "côté"], &["leur", "côté"], &["nouveau"]],
        "par" => &[&["ailleurs"]],
        "en" => &[
            &["outre"],
            &["effet"],
            &["vain"],
            &["revanche"],
            &["substance"],
            // (Where it was said: `a expliqué en séance le maire`, `a
            // déclaré en conférence de presse`.)
            &["séance"],
            &["plénière"],
            &["commission"],
            &["audience"],
            &["direct"],
            &["privé"],
            &["public"],
            &["aparté"],
            &["conférence", "de", "presse"],
            &["conseil", "municipal"],
            &["off"],
            // (When: `a rappelé en ouverture le président de la
            // commission`, `a lancé en conclusion`.)
            &["ouverture"],
            &["clôture"],
            &["conclusion"],
            &["préambule"],
        ],
        // (`avait averti la veille le président de l'UDC`, `a répliqué le
        // lendemain le ministre`.)
        "la" => &[&["veille"]],
        "le" => &[&["lendemain"]],
        "sous" => &[&["couvert", "d'", "anonymat"]],
        "quant" => &[
            &["à", "lui"],
            &["à", "elle"],
            &["à", "eux"],
            &["à", "elles"],
        ],
        "au" => &[&["contraire"]],
        "tout" => &[&["d'", "abord"]],
        "d'" => &[
            &["abord"],
            &["ailleurs"],
            &["ores", "et", "déjà"],
            &["emblée"],
        ],
        "à" => &[
            &["son", "tour"],
            &["nouveau"],
            &["la", "fois"],
            &["plusieurs", "reprises"],
            &["maintes", "reprises"],
            &["juste", "titre"],
            // (How it was said: `répète à l'envi le maire`, `a reconnu à
            // mots couverts le ministre`.)
            &["l'", "envi"],
            &["demi-mot"],
            &["mots", "couverts"],
            &["voix", "basse"],
            &["haute", "voix"],
            &["huis", "clos"],
            // (Where: `a expliqué à la barre son directeur général, X`,
            // `a lancé à la tribune le député`.)
            &["la", "barre"],
            &["la", "tribune"],
        ],
        "avec" => &[&["succès"]],
        "sans" => &[&["succès"], &["détour"], &["ambages"]],
        "une" => &[&["nouvelle", "fois"], &["fois", "de", "plus"]],
        "lui" => &[&["aussi"]],
        "elle" => &[&["aussi"]],
        "eux" => &[&["aussi"]],
        "elles" => &[&["aussi"]],
        "dès" => &[&["à", "présent"]],
        // (`plaide, lui, pour …`: a stressed pronoun set off by commas.)
        "," => &[
            &["lui", ","],
            &["elle", ","],
            &["eux", ","],
            &["elles", ","],
        ],
        _ => return None,
    };
    tails
        .iter()
        .find(|t| t.iter().enumerate().all(|(i, w)| doc.low(j + 1 + i) == *w))
        .map(|t| j + 1 + t.len())
}

/// Is token `j` a word of a phrase of time that [`is_time_word`] does not
/// list word by word: `la semaine dernière`, `le mois dernier`, `l'an
/// dernier`, `la veille`, `en début de semaine`, `en fin de journée`?
fn in_time_phrase(doc: &Doc<'_, '_>, j: usize) -> bool {
    let noun = |w: &str| {
        matches!(
            w,
            "semaine"
                | "mois"
                | "an"
                | "année"
                | "veille"
                | "lendemain"
                | "week-end"
                | "nuit"
                | "journée"
                | "matinée"
                | "soirée"
        )
    };
    let part = |w: &str| matches!(w, "début" | "fin" | "milieu");
    let w = doc.low(j);
    let prev = if j > 0 { doc.low(j - 1) } else { "" };
    match w {
        "la" | "le" | "l'" => noun(doc.low(j + 1)),
        "en" => part(doc.low(j + 1)) && matches!(doc.low(j + 2), "de" | "d'"),
        "de" | "d'" => part(prev) && j >= 2 && doc.low(j - 2) == "en",
        "passé" | "passée" | "prochain" | "prochaine" => noun(prev),
        _ if part(w) => prev == "en",
        _ => {
            noun(w)
                && (matches!(prev, "la" | "le" | "l'" | "cette" | "ce" | "cet")
                    || (matches!(prev, "de" | "d'") && j >= 2 && part(doc.low(j - 2))))
        }
    }
}

/// Words of a time phrase between a cue and its clause (`ce jeudi`,
/// `mardi soir`, `hier`).
fn is_time_word(w: &str) -> bool {
    is_day_word(w)
        || matches!(
            w,
            "ce" | "cette"
                | "cet"
                | "aujourd'hui"
                | "matin"
                | "soir"
                | "midi"
                | "après-midi"
                | "week-end"
                | "semaine"
                | "mois"
                | "jour"
                | "dernier"
                | "dernière"
        )
}

/// A reflexive or object pronoun between an incise's comma and its cue:
/// `« … », s'est indigné X`, `leur a-t-il lancé`, `« …, nous a confié X,
/// … »`.
fn is_incise_clitic(w: &str) -> bool {
    matches!(
        w,
        "s'" | "se" | "lui" | "leur" | "nous" | "vous" | "m'" | "me" | "t'" | "te"
    )
}

/// Object pronouns before an infinitive (`indiquant les avoir arrêtées`).
fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "le" | "la" | "les" | "l'" | "lui" | "leur" | "y" | "en")
}

/// An infinitive clause at `j`: an infinitive, or an object pronoun and
/// an infinitive. After `le`/`la`/`les`/`l'`/`leur`, which are also
/// articles (`dit le prêtre`), only `avoir` or `être` (`les avoir
/// arrêtées`).
fn infinitive_clause(doc: &Doc<'_, '_>, j: usize) -> bool {
    if is_infinitive_start(doc, j) {
        return true;
    }
    let w = doc.low(j);
    if !is_object_pronoun(w) || !is_infinitive_start(doc, j + 1) {
        return false;
    }
    let x = doc.low(j + 1);
    (matches!(w, "lui" | "y" | "en") && !matches!(x, "outre" | "autre" | "notre" | "votre"))
        || matches!(x, "avoir" | "être")
}

/// Right after a strong cue, an incise between commas or an indirect object
/// `à X` before an infinitive or `que` (`annonce, via un communiqué publié
/// sur son site, avoir pris le pouvoir`; `a déclaré à l'AFP avoir vu`).
/// Scans a constant window.
fn after_incise_or_object(doc: &Doc<'_, '_>, c: &Cue, j: usize, cue_at: &[u32]) -> Option<usize> {
    let n = doc.n();
    let sent = doc.sent(c.first);
    let w = doc.low(j);
    // Not after an inverted cue (`disait-elle, et …`), an incise itself.
    if w == "," && c.clitic.is_none() {
        let lim = (j + 18).min(n);
        let mut k = j + 1;
        while k < lim {
            let x = doc.low(k);
            if doc.sent(k) != sent
                || cue_at[k] != NONE
                || is_open_mark(x)
                || is_close_mark(x)
                || matches!(x, "que" | "qu'" | ";" | ":" | "(" | ")")
            {
                return None;
            }
            if x == "," {
                if k == j + 1 || k + 1 >= n || doc.sent(k + 1) != sent {
                    return None;
                }
                if matches!(doc.low(k + 1), "que" | "qu'") {
                    return Some(k + 2);
                }
                return infinitive_clause(doc, k + 1).then_some(k + 1);
            }
            k += 1;
        }
        return None;
    }
    if matches!(w, "à" | "au" | "aux") && j + 1 < n {
        let first = doc.low(j + 1);
        if w == "à" && !(is_determiner(first) || doc.starts_upper(j + 1)) {
            return None;
        }
        let lim = (j + 7).min(n);
        for (k, &at) in cue_at.iter().enumerate().take(lim).skip(j + 2) {
            let x = doc.low(k);
            if doc.sent(k) != sent
                || at != NONE
                || (doc.is_punct(k) && !matches!(x, "-" | "'"))
                || is_preposition(x)
                || matches!(
                    x,
                    "que" | "qu'" | "qui" | "et" | "ou" | "de" | "d'" | "pour" | "afin" | "sans"
                )
            {
                return None;
            }
            // Not a noun after its article (`pensant à l'autre`).
            if !doc.starts_upper(k) && !is_determiner(doc.low(k - 1)) && infinitive_clause(doc, k) {
                return Some(k);
            }
        }
    }
    None
}

/// `« … » C'est en ces termes que le maire, X, a réagi`, `C'est par ces
/// mots qu'a répondu X`, `C'est avec ces mots que s'est exprimé X`: the
/// first token of the sentence before
/// ([`quiet_sentence_before`])
/// and the subject between `que` and the cue, if any (else the cue's
/// inverted subject is read).
fn in_these_terms(
    doc: &Doc<'_, '_>,
    c: &Cue,
    cue_at: &[u32],
    cues: &[Cue],
) -> Option<(usize, Option<Mention>)> {
    let (ss0, _) = doc.sent_range(c.first);
    // (The closing mark of the quotation before may open the sentence.)
    let ss = if is_close_mark(doc.low(ss0)) {
        ss0 + 1
    } else {
        ss0
    };
    let w = |i: usize| doc.low(ss + i);
    if !(w(0) == "c'" && w(1) == "est") {
        return None;
    }
    // (Not `C'est ainsi que`, which may tell how things happened.)
    let q = these_words_end(doc, ss + 2)?;
    if !matches!(doc.low(q), "que" | "qu'") || c.first <= q {
        return None;
    }
    // (`qu'a réagi X`, `que s'est exprimé X`: inverted after the cue.)
    let inverted = c.first == q + 1 || (c.first == q + 2 && matches!(doc.low(q + 1), "s'" | "se"));
    let subject = if inverted {
        None
    } else {
        let (m, end) = noun_phrase(doc, q + 1);
        let (m, end) = match m {
            Some(m) if end < c.first => with_apposed_person(doc, m, end),
            m => (m, end),
        };
        // (The apposition's closing comma may stand before the cue.)
        let end = if end + 1 == c.first && doc.low(end) == "," {
            c.first
        } else {
            end
        };
        if end != c.first {
            return None;
        }
        Some(m?)
    };
    // (Not when the words follow: `C'est en ces termes que X a conclu :
    // « … »`; nor a verb with an object of its own, `ont conclu
    // l'accord`.)
    let (_, se) = doc.sent_range(c.first);
    if (c.last..se).any(|k| doc.low(k) == ":" || is_open_mark(doc.low(k)))
        || (c.last < se && is_determiner(doc.low(c.last)))
    {
        return None;
    }
    quiet_sentence_before(doc, ss0, cue_at, cues).map(|ps| (ps, subject))
}

/// `C'est ce qu'a annoncé X`, `Voilà ce qu'a dit X`, `C'est en tout cas
/// ce qu'affirme X` (the cue `c` opening its sentence after such words):
/// the first token of the sentence before, when it is in the same
/// paragraph and has no cue of its own (a weak one aside).
fn says_sentence_before(doc: &Doc<'_, '_>, c: &Cue, cue_at: &[u32], cues: &[Cue]) -> Option<usize> {
    let (ss, _) = doc.sent_range(c.first);
    if c.first < ss + 3 || !matches!(doc.low(c.first - 1), "qu'" | "que") {
        return None;
    }
    if doc.low(c.first - 2) != "ce" {
        return None;
    }
    let w = |i: usize| doc.low(ss + i);
    let ok = match c.first - 2 - ss {
        1 => w(0) == "voilà",
        2 => (w(0) == "c'" && matches!(w(1), "est" | "était")) || (w(0) == "tel" && w(1) == "est"),
        4 => w(0) == "c'" && w(1) == "est" && w(2) == "du" && w(3) == "moins",
        5 => w(0) == "c'" && w(1) == "est" && w(2) == "en" && w(3) == "tout" && w(4) == "cas",
        _ => false,
    };
    if !ok || ss == 0 {
        return None;
    }
    quiet_sentence_before(doc, ss, cue_at, cues)
}

/// The first token of the sentence before the one starting at token `ss`
/// (not the first), when it is in the same paragraph (no line break
/// between the two) and has no strong cue of its own (a weak cue is no
/// cue without marks: `Le projet avance.`).
fn quiet_sentence_before(
    doc: &Doc<'_, '_>,
    ss: usize,
    cue_at: &[u32],
    cues: &[Cue],
) -> Option<usize> {
    let (ps, pe) = doc.sent_range(ss.checked_sub(1)?);
    let own_cue = (ps..pe).any(|k| strong_cue_at(cues, cue_at, k));
    if pe != ss || own_cue {
        return None;
    }
    let gap = &doc.text[doc.toks[pe - 1].end()..doc.toks[ss].start()];
    (!gap.contains('\n')).then_some(ps)
}

/// `a informé les journalistes que`, `prévient les habitants que`, `a
/// assuré ses partenaires que`, `a averti le personnel qu'`: a verb that
/// tells someone something, its object (a determiner and at most four
/// words, or a name) and `que`. Returns the clause's first token.
fn person_object_then_que(doc: &Doc<'_, '_>, c: &Cue, j: usize) -> Option<usize> {
    let verb = doc.low(c.last - 1);
    if !["inform", "préven", "prévien", "prévin", "avert", "assur"]
        .iter()
        .any(|p| verb.starts_with(p))
    {
        return None;
    }
    let n = doc.n();
    if j >= n || (doc.entity(j).is_none() && !is_determiner(doc.low(j))) {
        return None;
    }
    let lim = (j + 6).min(n);
    let mut k = j + 1;
    while k < lim && doc.is_word(k) {
        match doc.low(k) {
            "que" | "qu'" => return Some(k + 1),
            "qui" | "dont" | "et" | "ou" | "de" | "d'" | "du" | "des" | "à" => return None,
            _ if doc.aux(k).is_some() || doc.form(k).is_some() => return None,
            _ => {}
        }
        k += 1;
    }
    None
}

/// `a exhorté le gouvernement à retirer son projet`, `appelle à
/// manifester`, `invite les électeurs à voter`, `s'est engagé à
/// présenter`: a verb of urging (or promising), an
/// optional object (a determiner and at most four words, or a name), `à`
/// and an infinitive, whose token is returned.
fn object_then_a(doc: &Doc<'_, '_>, c: &Cue) -> Option<usize> {
    let verb = doc.low(c.last - 1);
    // `s'est engagé à présenter`: a promise, reflexive only.
    let reflexive = c.first > 0 && matches!(doc.low(c.first - 1), "se" | "s'");
    // `a lancé un appel à tous les acteurs à se mobiliser`: the call's
    // object after `un appel à`.
    let call = verb.starts_with("lanc")
        && matches!(doc.low(c.last), "un" | "l'")
        && doc.low(c.last + 1) == "appel"
        && doc.low(c.last + 2) == "à";
    // (A gerund or a participle after a comma, `tout en appelant les
    // parties à`, `, appelant X à`: one right after a noun qualifies it,
    // `un tract appelant le gouvernement à`.)
    if (c.gerund
        && doc.low(c.first) != "en"
        && (c.first == 0 || !matches!(doc.low(c.first - 1), "en" | ",")))
        || !(["exhort", "appel", "invit"]
            .iter()
            .any(|p| verb.starts_with(p))
            || call
            || (reflexive && verb.starts_with("engag")))
    {
        return None;
    }
    let n = doc.n();
    // (`a appelé aussitôt à`, `a exhorté pour sa part les élus à`.)
    let mut j = if call { c.last + 3 } else { c.last };
    if let Some(e) = adverbial_locution_end(doc, j) {
        j = e;
    } else if is_group_adverb(doc.low(j)) && j + 1 < n {
        j += 1;
    }
    // (And a day: `a exhorté mardi les Occidentaux à accélérer …`.)
    let mut t = 0;
    while t < 3
        && j + 1 < n
        && (is_day_word(doc.low(j))
            || (is_day_word(doc.low(j - 1))
                && matches!(doc.low(j), "matin" | "soir" | "midi" | "après-midi")))
    {
        j += 1;
        t += 1;
    }
    // (And where it was said: `a appelé dans un message publié sur
    // LinkedIn à ne pas confondre …`; a bounded look.)
    if doc.low(j) == "dans" {
        let ss = doc.sent_range(j).0;
        if let Some(e) = (j + 3..(j + 9).min(n))
            .rev()
            .find(|&e| filler_start(doc, ss, e) == Some(j))
        {
            j = e;
        }
    }
    let mut k = j;
    if j < n && (call || doc.entity(j).is_some() || is_determiner(doc.low(j))) {
        k = j + 1;
        let lim = (j + 6).min(n);
        // (A complement in the object, after its noun: `a exhorté le
        // président de la République à organiser`.)
        let mut lim_de = lim;
        while k < lim_de && doc.is_word(k) && !to_infinitive(doc, k) {
            let w = doc.low(k);
            if matches!(w, "que" | "qu'" | "qui" | "et") {
                return None;
            }
            if matches!(w, "de" | "d'" | "du" | "des") {
                if k < j + 2 || doc.entity(j).is_some() || lim_de > lim {
                    return None;
                }
                lim_de = (k + 5).min(n);
            }
            k += 1;
        }
    }
    // An incise after the object: `a exhorté le gouvernement, dans un
    // communiqué, à retirer`.
    if k < n && doc.low(k) == "," && k > j {
        if let Some(c2) = (k + 1..(k + 10).min(n)).find(|&x| doc.is_punct(x)) {
            if doc.low(c2) == "," {
                k = c2 + 1;
            }
        }
    }
    // (Or a quotation opening on the infinitive: `a appelé les deux
    // parties à « respecter scrupuleusement » leurs engagements`.)
    // (And an object pronoun before it: `a invité les généraux à la
    // rejoindre « … »`.)
    let infinitive = |x: usize| {
        is_infinitive_start(doc, x)
            || (is_open_mark(doc.low(x)) && x + 1 < n && is_infinitive_start(doc, x + 1))
            || (is_object_pronoun(doc.low(x)) && x + 1 < n && is_infinitive_start(doc, x + 1))
    };
    (k < n && to_infinitive(doc, k) && infinitive(k + 1)).then_some(k + 1)
}

/// `à`, or the verb `a` written for it (`appelle le Burundi a renouer`,
/// a common slip), before an infinitive at `k + 1`.
fn to_infinitive(doc: &Doc<'_, '_>, k: usize) -> bool {
    match doc.low(k) {
        "à" => true,
        "a" => is_infinitive_start(doc, k + 1),
        _ => false,
    }
}

/// Tokens `s0..e` (up to the comma before a cue) are a subject with an
/// apposition: a description then a person (`Le ministre de l'Économie,
/// Bruno Le Maire`), or a person then a description (`Bruno Le Maire,
/// ministre de l'Économie`), each at most eight words, one comma between.
fn subject_with_apposition(doc: &Doc<'_, '_>, s0: usize, e: usize) -> bool {
    if e <= s0 + 2 || e > s0 + 18 {
        return false;
    }
    let mut punct = (s0..e).filter(|&k| doc.is_punct(k));
    let (Some(c), None) = (punct.next(), punct.next()) else {
        return false;
    };
    if doc.low(c) != "," || c - s0 > 8 || e - c > 9 {
        return false;
    }
    let person = |a: usize, b: usize| {
        doc.entity(a).is_some_and(|x| {
            doc.ents[x].label() == Label::Per && (a..b).all(|k| doc.entity(k) == Some(x))
        })
    };
    let description = |a: usize| {
        let h = if is_determiner(doc.low(a)) { a + 1 } else { a };
        speaker::is_human_noun_or_plural(doc.low(h))
    };
    (description(s0) && person(c + 1, e)) || (person(s0, c) && description(c + 1))
}

/// Tokens `s0..e` (up to the comma before a cue) are a subject and its
/// relative clause: a name or a description of people or of an
/// institution, then `, qui …` or `, dont …` up to that comma
/// (`Sébastien Lecornu, qui s'est rendu à Kiev lundi, a annoncé …`), or
/// a name and an apposition of people with no verb (`Christophe Béchu,
/// ministre de la Transition écologique, a salué un rapport « … »`).
fn subject_with_relative(doc: &Doc<'_, '_>, s0: usize, e: usize) -> bool {
    let (Some(m), end) = noun_phrase(doc, s0) else {
        return false;
    };
    let apposition = || {
        let h = if is_determiner(doc.low(end + 1)) {
            end + 2
        } else {
            end + 1
        };
        m.is_named()
            && (speaker::is_human_noun(doc.low(h))
                // (Or an adjective of standing: `La CFE-CGC, majoritaire
                // chez les cadres, salue …`.)
                || (h == end + 1
                    && matches!(
                        doc.low(h),
                        "majoritaire"
                            | "minoritaire"
                            | "représentatif"
                            | "représentative"
                            | "implanté"
                            | "implantée"
                            | "présent"
                            | "présente"
                            | "proche"
                            | "hostile"
                            | "favorable"
                            | "opposé"
                            | "opposée"
                    )))
            && (end + 1..e).all(|k| !doc.is_known_verb(k))
    };
    // (`Alain Marty, maire de Noé, où se trouve le centre, soutient X`:
    // an apposition, then the relative clause on it up to the cue's
    // comma.)
    let apposition_then_relative = || {
        let h = if is_determiner(doc.low(end + 1)) {
            end + 2
        } else {
            end + 1
        };
        let Some(c2) = (end + 1..e.min(end + 10)).find(|&k| doc.is_punct(k)) else {
            return false;
        };
        m.is_named()
            && speaker::is_human_noun(doc.low(h))
            && doc.low(c2) == ","
            && (end + 1..c2).all(|k| !doc.is_known_verb(k))
            && matches!(doc.low(c2 + 1), "qui" | "dont" | "où")
            && (c2 + 2..e).all(|k| !doc.is_punct(k))
    };
    end + 1 < e
        && end <= s0 + 8
        && doc.low(end) == ","
        && can_speak(doc, &m)
        && (((matches!(doc.low(end + 1), "qui" | "dont") || apposition())
            // The relative clause runs up to the cue's comma.
            && (end + 2..e).all(|k| !doc.is_punct(k)))
            || apposition_then_relative())
}

/// `a-t-on appris de source policière`, `apprend-on auprès du parquet`:
/// after a cue whose clitic is `on`, the source it names (up to the next
/// punctuation) and the token after it.
fn source_after_on(doc: &Doc<'_, '_>, c: &Cue) -> Option<(Mention, usize)> {
    if !clitic_on(doc, c) {
        return None;
    }
    let n = doc.n();
    // (Past a day or a time: `a-t-on appris jeudi auprès du ministère`,
    // `mardi soir de source policière`.)
    let j = past_time_words(doc, c.last);
    let a = match (doc.low(j), doc.low(j + 1)) {
        ("de" | "d'", w) if w.starts_with("source") => j + 1,
        // (`auprès du parquet`: `de le`, the description's article.)
        ("auprès", "du") => j + 1,
        ("auprès", "de" | "d'" | "des") => j + 2,
        _ => return None,
    };
    let mut b = a;
    while b < n && b < a + 8 && !doc.is_punct(b) {
        b += 1;
    }
    if b == a {
        return None;
    }
    let mut m = speaker::np_mention(doc, a, b);
    // (A definite description.)
    if doc.low(a) == "du" {
        if let MentionKind::Desc { definite, .. } = &mut m.kind {
            *definite = true;
        }
    }
    Some((m, b))
}

/// Does a form of cue `c` carry `flag`, a property of its lemma
/// ([`Form::agent`], [`Form::on_only`], [`Form::feeling`])?
fn lemma_flag(doc: &Doc<'_, '_>, c: &Cue, flag: fn(&Form) -> bool) -> bool {
    (c.first..c.last).any(|k| doc.form(k).is_some_and(flag))
}

/// Is cue `c` reflexive: `se` or `s'` right before it, or before the
/// auxiliary `être` it follows (`s'emporte`, `s'est emporté`, `se sont
/// amusés`)?
fn reflexive_cue(doc: &Doc<'_, '_>, c: &Cue) -> bool {
    // (Third person only: `nous`, `me` before the verb are its objects,
    // `Cette polémique nous agace`.)
    let pronoun = |k: usize| matches!(doc.low(k), "se" | "s'");
    let mut k = c.first;
    for _ in 0..2 {
        if k == 0 {
            return false;
        }
        k -= 1;
        if pronoun(k) {
            return true;
        }
        if doc.aux(k) != Some(true) && doc.low(k) != "être" {
            return false;
        }
    }
    false
}

/// Does something follow cue `c` past a day or a time (`a-t-on appris
/// jeudi auprès du ministère`), before the clause's punctuation: the
/// source its `on` names?
fn on_source_follows(doc: &Doc<'_, '_>, c: &Cue) -> bool {
    let j = past_time_words(doc, c.last);
    j < doc.n() && !doc.is_punct(j)
}

/// The token after at most three day or time words from `k` (`jeudi`,
/// `mardi soir`, `hier`): where an `on`'s source would start.
fn past_time_words(doc: &Doc<'_, '_>, k: usize) -> usize {
    let mut j = k;
    while j < k + 3 && j < doc.n() && skippable_before_np(doc.low(j)) && doc.entity(j).is_none() {
        j += 1;
    }
    j
}

/// Is the clitic of cue `c` the pronoun `on` (`a-t-on`, `apprend-on`)?
fn clitic_on(doc: &Doc<'_, '_>, c: &Cue) -> bool {
    c.clitic.is_some_and(|k| doc.low(k).ends_with("on"))
}

/// Can mention `m` be the agent of a reporting verb: a name, a pronoun,
/// or a description with a noun of people, of an
/// organisation or of a body that speaks as such (`l'armée`, `le
/// parquet`) among its first words? (`la livraison de blindés`, `la
/// situation` cannot.)
fn can_speak(doc: &Doc<'_, '_>, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Desc { first, last, .. } => speaking_head(doc, first, last),
        // (A place speaks as its government or its metonym: `a annoncé la
        // Chine`, `a fait savoir l'Élysée`.)
        _ => true,
    }
}

/// `…, a annoncé l'envoi de renforts de toute la France.`: is the name
/// `m`, found after the cue ending at token `j`, the owner in a
/// complement of a complement of a thing (a determiner and a noun that
/// cannot speak at `j`, the name more than three tokens on)? Then the
/// phrase is the verb's object and no one speaks.
fn thing_with_owner(doc: &Doc<'_, '_>, j: usize, m: &Mention) -> bool {
    let at = doc.tok_at(m.span.start);
    // (Not a quantifier's head, `l'un de ses dirigeants, X`, nor past
    // a comma, a verb or a relative pronoun: `le vieux seigneur auquel
    // s'adressait X`.)
    matches!(m.kind, MentionKind::Name | MentionKind::Entity(_))
        && matches!(
            doc.low(j),
            "le" | "la" | "l'" | "les" | "un" | "une" | "des"
        )
        && doc.is_word(j + 1)
        && !doc.starts_upper(j + 1)
        && doc.entity(j + 1).is_none()
        && !matches!(doc.low(j + 1), "un" | "une" | "plupart" | "ensemble")
        && at > j + 4
        && at < j + 12
        // (The name opens a complement: not an epithet before it, `la
        // tête de liste du RN Jordan Bardella`, `l'icône de la gauche
        // Christiane Taubira`.)
        && matches!(
            doc.low(at - 1),
            "de" | "d'" | "du" | "des" | "le" | "la" | "l'" | "les"
        )
        && (j + 1..at).all(|k| {
            doc.is_word(k)
                && !doc.is_known_verb(k)
                && !matches!(doc.low(k), "qui" | "que" | "dont" | "où")
                && !doc.low(k).starts_with("lequel")
                && !doc.low(k).starts_with("auquel")
        })
        && !speaking_head(doc, j, at)
}

/// Does the phrase of tokens `first..last` have a noun of people, of an
/// organisation or of a body that speaks among its first words (its
/// head, before any complement)?
fn speaking_head(doc: &Doc<'_, '_>, first: usize, last: usize) -> bool {
    // (Its head, before any complement: `une mission d'information`
    // is no document, `le cabinet du ministre` an organisation; past
    // a quantifier's own: `l'un des avocats`, `la plupart des élus`,
    // `une dizaine de députés`.)
    (first..last)
        .take(4)
        .take_while(|&k| {
            k == first
                || !matches!(doc.low(k), "de" | "d'" | "du" | "des")
                || matches!(
                    doc.low(k - 1),
                    "un" | "une"
                        | "plupart"
                        | "majorité"
                        | "partie"
                        | "moitié"
                        | "nombre"
                        | "dizaine"
                        | "vingtaine"
                        | "centaine"
                        | "certains"
                        | "certaines"
                        | "beaucoup"
                )
        })
        .any(|k| {
            let w = doc.low(k);
            speaker::is_human_noun_or_plural(w)
                || speaker::is_list_head(doc, k)
                || speaker::is_org_noun(w)
                || speaker::is_collective(w)
                // (In the plural: `ont indiqué les deux gouvernements`.)
                || w.strip_suffix('s').is_some_and(|w| {
                    speaker::is_collective(w) || speaker::is_org_noun(w)
                })
                // (`dans l'entourage de X`.)
                || speaker::is_relational(w)
                // (`indique un communiqué`: a document speaks for its
                // author; `de source parlementaire`, a source.)
                || is_information_noun(w)
                || matches!(w, "source" | "sources")
                || doc
                    .entity(k)
                    .is_some_and(|e| doc.ents[e].label() != Label::Loc)
        })
}

/// `accusant l'opposition d'en être à l'origine`, `supplie le
/// gouvernement de revenir`, `menace les grévistes de sanctions`: a verb
/// that takes a direct object and `de` + an infinitive (`accuser`,
/// `supplier`, `implorer`, `menacer`), its object (a determiner and up to three words,
/// or a name, with an apposition) at `j`: the infinitive's token; for
/// `accuser`, failing an infinitive, the first token of grounds named by
/// a bare noun (`accuse le gouvernement de laxisme`).
fn object_then_de(doc: &Doc<'_, '_>, c: &Cue, j: usize) -> Option<usize> {
    if c.strength != Strength::StrongDe {
        return None;
    }
    let verb = doc.low(c.last - 1);
    if !["accus", "suppli", "implor", "menac", "menaç"]
        .iter()
        .any(|p| verb.starts_with(p))
    {
        return None;
    }
    let n = doc.n();
    let mut k = j;
    // `accuse désormais l'élection d'être truquée`.
    while k < n && k < j + 2 && (is_group_adverb(doc.low(k)) || doc.low(k) == "désormais") {
        k += 1;
    }
    // An accusation's grounds may be a bare noun: `accuse le gouvernement
    // d'impartialité`, `les États qu'ils accusent de manipulation` (an
    // article or a capital after `de` completes the object instead: `le
    // ministre de l'Intérieur`, `le gouvernement de France`).
    let accuse = verb.starts_with("accus");
    // (In quotation marks too: `accuse Israël de « génocide »`; the
    // content then starts at the mark.)
    let bare_noun = |k: usize| {
        let w = if is_open_mark(doc.low(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        accuse
            && matches!(doc.low(k), "de" | "d'")
            && doc.is_word(w)
            && !doc.starts_upper(w)
            && !is_determiner(doc.low(w))
            && !is_infinitive_start(doc, w)
            && doc.low(w).chars().count() > 3
            && doc.low(w).chars().all(char::is_alphabetic)
            // `de nouveau`, `de trop`, `de même`: adverbs.
            && !matches!(
                doc.low(w),
                "nouveau" | "trop" | "plus" | "moins" | "même" | "suite" | "manière" | "façon" | "sorte"
            )
    };
    // `accusait un lourd retard`, `accuse une baisse de régime`: to show
    // a deficit, no accusation.
    let showing = (j..(j + 4).min(n)).any(|x| {
        matches!(
            doc.low(x),
            "retard"
                | "baisse"
                | "hausse"
                | "recul"
                | "déficit"
                | "perte"
                | "pertes"
                | "coup"
                | "repli"
                | "chute"
                | "ralentissement"
                | "écart"
                | "avance"
        )
    });
    let bare_noun = |k: usize| !showing && bare_noun(k);
    if bare_noun(k) {
        return Some(k + 1);
    }
    if doc.entity(k).is_none() && !is_determiner(doc.low(k)) {
        return None;
    }
    // The object runs to the first `de` + an infinitive, over words and
    // complements (`le système de la primaire républicaine d'être`), in
    // a fixed window.
    // (An apposition between commas: `supplie son père, l'empereur, de
    // prendre`.)
    let lim = (k + 10).min(n);
    k += 1;
    let mut commas = 0;
    let mut noun = None;
    while k < lim && (doc.is_word(k) || doc.low(k) == "'" || (doc.low(k) == "," && commas < 2)) {
        if doc.low(k) == "," {
            commas += 1;
        }
        // (Or the infinitive in marks: `accuse la droite de « défendre
        // la voiture »`; the content starts at the mark.)
        if matches!(doc.low(k), "de" | "d'")
            && (is_infinitive_start(doc, k + 1)
                || (is_open_mark(doc.low(k + 1)) && is_infinitive_start(doc, k + 2)))
        {
            return Some(k + 1);
        }
        // (`les élus socialistes, écologistes et communistes d'avoir`:
        // a coordination inside the object; not `et` before a verb.)
        if matches!(doc.low(k), "que" | "qu'" | "qui")
            || (doc.low(k) == "et" && (doc.aux(k + 1).is_some() || doc.is_known_verb(k + 1)))
        {
            break;
        }
        if noun.is_none() && commas == 0 && bare_noun(k) {
            noun = Some(k + 1);
        }
        k += 1;
    }
    noun
}

/// `a contesté avoir voulu …`, `dément n'avoir rien reçu`, `conteste
/// être intervenu`: a weak verb of denial before `avoir` or `être` (what
/// is denied having done or been) reports that clause; where it starts.
fn denied_past(doc: &Doc<'_, '_>, c: &Cue) -> Option<usize> {
    let verb = doc.low(c.last - 1);
    if !["contest", "démen", "réfut", "récus"]
        .iter()
        .any(|p| verb.starts_with(p))
    {
        return None;
    }
    let k = c.last;
    // (`n'avoir`, `ne pas avoir`: the negation opens the clause.)
    let aux = match doc.low(k) {
        "n'" => k + 1,
        "ne" if doc.low(k + 1) == "pas" => k + 2,
        _ => k,
    };
    (matches!(doc.low(aux), "avoir" | "être") && doc.is_word(aux + 1)).then_some(k)
}

/// A reflexive `se dire`, `s'affirmer`, `se déclarer` with an adjective or
/// a noun and no `que`: the predicate is what is said. A quotation right
/// after the verb runs with its complement to the next comma or the
/// sentence end (`Se disant « confiant » en l'arrêt de la Cour, …`);
/// unmarked, a few words up to a preposition (`qui se disait vainqueur
/// depuis …`). Returns the first and one past the last token; scans a
/// constant window.
fn reflexive_predicate(doc: &Doc<'_, '_>, c: &Cue, cue_at: &[u32]) -> Option<(usize, usize)> {
    let n = doc.n();
    if c.first == 0 || c.strength == Strength::Weak || c.clitic.is_some() {
        return None;
    }
    if !matches!(doc.low(c.first - 1), "se" | "s'") {
        return None;
    }
    let v = doc.low(c.last - 1);
    let says = matches!(
        v,
        "dit"
            | "dite"
            | "dits"
            | "dites"
            | "dis"
            | "disait"
            | "disaient"
            | "disant"
            | "dirent"
            | "disent"
            | "dise"
            | "dira"
            | "dire"
    ) || v.starts_with("affirm")
        || v.starts_with("déclar")
        || v.starts_with("proclam");
    if !says {
        return None;
    }
    let sent = doc.sent(c.first);
    let mut j = c.last;
    // (And a locution: `s'est dit quant à lui « ouvert au dialogue »`.)
    if let Some(e) = adverbial_locution_end(doc, j) {
        j = e;
    }
    while j < n && j < c.last + 2 && is_group_adverb(doc.low(j)) {
        j += 1;
    }
    if j >= n || doc.sent(j) != sent {
        return None;
    }
    let w = doc.low(j);
    let stop = |k: usize| {
        let x = doc.low(k);
        doc.sent(k) != sent
            || is_sentence_end(x)
            || matches!(x, "," | ";" | ":" | "(")
            || cue_at[k] != NONE
    };
    if is_open_mark(w) {
        let lim = (j + 40).min(n);
        let mut depth = 0usize;
        let mut k = j;
        // Words after the first closing mark: a quotation alone after the
        // verb stays a direct quote (`s'est dit « attristé »`).
        let mut closed_at = None;
        while k < lim {
            let x = doc.low(k);
            if is_open_mark(x) {
                depth += 1;
            } else if is_close_mark(x) {
                depth = depth.saturating_sub(1);
                if depth == 0 && closed_at.is_none() {
                    closed_at = Some(k);
                }
            } else if depth == 0 && stop(k) {
                break;
            }
            k += 1;
        }
        // (Not a conjunction before the next verb: `s'est dit « prêt à
        // discuter » mais a mis en garde …`.)
        while k > j + 1 && depth == 0 && matches!(doc.low(k - 1), "et" | "mais" | "ou" | "puis") {
            k -= 1;
        }
        // (A circumstance after the marks is the writer's: `s'est dit
        // « soulagé » à la sortie de l'audience`, `… lors d'un meeting`.)
        let circumstance = |x: usize| {
            circumstance_with_a(doc, x).is_some()
                || matches!(doc.low(x), "lors" | "devant" | "pendant" | "dès")
        };
        let words_after = closed_at
            .is_some_and(|ca| (ca + 1..k).any(|x| doc.is_word(x)) && !circumstance(ca + 1));
        return (words_after && depth == 0).then_some((j, k));
    }
    if !doc.is_word(j)
        || doc.starts_upper(j)
        || is_determiner(w)
        || is_preposition(w)
        || is_infinitive_start(doc, j)
        || matches!(
            w,
            "que" | "qu'" | "de" | "d'" | "du" | "des" | "y" | "en" | "ne" | "n'" | "pas" | "comme"
        )
    {
        return None;
    }
    let lim = (j + 6).min(n);
    let mut k = j + 1;
    while k < lim
        && doc.is_word(k)
        && !stop(k)
        && !is_preposition(doc.low(k))
        && !matches!(doc.low(k), "et" | "mais" | "ou" | "qui" | "que" | "qu'")
    {
        k += 1;
    }
    // `s'est dit convaincu que …`: the adjective of belief introduces a
    // clause, which is what is said.
    if k == j + 1 && k < n && matches!(doc.low(k), "que" | "qu'") {
        return None;
    }
    // The adjective's complement (`s'est dit favorable à une réforme des
    // retraites`, `opposée à ce projet`, `confiant en l'avenir`), up to
    // the clause's end.
    if k < n
        && matches!(
            doc.low(k),
            "à" | "au" | "aux" | "en" | "dans" | "pour" | "contre"
        )
    {
        // (Marks inside it are read to their close, its words included:
        // `s'est dit prêt à parler avec X « s'il cherche … à la guerre »`;
        // never ending inside them. A bounded look: 40 tokens.)
        let lim = (k + 40).min(n);
        let mut e = k + 1;
        let mut depth = 0usize;
        let mut balanced = e;
        while e < lim {
            let x = doc.low(e);
            // (A relative goes on: `prêts à « soutenir » ceux qui
            // placeront …`, `favorable à une réforme qui …`; after a
            // comma, the clause has ended.)
            let relative = matches!(x, "que" | "qu'")
                && !matches!(doc.low(e - 1), "ceux" | "celles" | "celui" | "celle" | "ce");
            // (The relative's own verb is no new cue: `ceux qui
            // défendront …`.)
            let verb_of_qui = doc.low(e - 1) == "qui" && doc.is_word(e) && doc.sent(e) == sent;
            if !step_marks(&mut depth, x)
                && depth == 0
                && ((stop(e) && !verb_of_qui) || relative || x == "mais")
            {
                break;
            }
            e += 1;
            if depth == 0 {
                balanced = e;
            }
        }
        let e = if depth == 0 { e } else { balanced };
        if e > k + 1 {
            k = e;
        }
    }
    Some((j, k))
}

/// After a cue and up to two adverbs, `le fait que`: the first token of
/// the clause after `que`.
fn fait_que(doc: &Doc<'_, '_>, c: &Cue) -> Option<usize> {
    let n = doc.n();
    let mut j = c.last;
    let lim = (j + 2).min(n);
    while j < lim && is_group_adverb(doc.low(j)) {
        j += 1;
    }
    // `le fait que`, `du fait que` (`s'inquiète du fait que`), `de ce
    // que` (`s'inquiète de ce que`).
    (j + 3 < n
        && matches!(
            (doc.low(j), doc.low(j + 1)),
            ("le" | "du", "fait") | ("de", "ce")
        )
        && matches!(doc.low(j + 2), "que" | "qu'")
        && doc.sent(j + 3) == doc.sent(c.first))
    .then_some(j + 3)
}

/// Prepositions and time determiners that open a complement between a cue
/// and its `que` (`annonçait ce matin à l'AFP que`).
fn is_pp_start(w: &str) -> bool {
    // (`sous`: `a assuré sous couvert d'anonymat que`.)
    matches!(
        w,
        "en" | "par"
            | "sous"
            | "dans"
            | "devant"
            | "lors"
            | "via"
            | "auprès"
            | "sur"
            | "ce"
            | "cette"
            | "cet"
    )
}

/// Forms of verbs of wish (`espérer`, `souhaiter`, `vouloir`): after an
/// adverb their infinitive is an aim (`espère ainsi prendre`), not speech.
fn is_wish_verb(w: &str) -> bool {
    ["esp", "souhait", "veu", "voul"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// `a plaidé pour que la peine reste « aménageable »`: what a plea asks
/// for (`plaider` + `pour que`, past a day word), the clause after `que`.
fn plea_clause(doc: &Doc<'_, '_>, c: &Cue) -> Option<usize> {
    if !doc.low(c.last - 1).starts_with("plaid") {
        return None;
    }
    let mut k = c.last;
    // (Past a day word or an adverb: `plaide aussi pour que`.)
    while k < c.last + 2 && (is_day_word(doc.low(k)) || is_group_adverb(doc.low(k))) {
        k += 1;
    }
    (doc.low(k) == "pour" && matches!(doc.low(k + 1), "que" | "qu'")).then_some(k + 2)
}

/// `son intention de cesser`, `la volonté de son pays de renforcer`: at
/// token `j`, a determiner, a noun of will or intent, its complement
/// (`de` and up to four words), then `de` + an infinitive, whose first
/// token is returned.
fn intent_clause(doc: &Doc<'_, '_>, j: usize) -> Option<usize> {
    if !matches!(
        doc.low(j),
        "son" | "sa" | "ses" | "leur" | "leurs" | "la" | "le" | "l'"
    ) || !is_intent_noun(doc.low(j + 1))
    {
        return None;
    }
    let de = |k: usize| matches!(doc.low(k), "de" | "d'");
    if de(j + 2) && is_infinitive_start(doc, j + 3) {
        return Some(j + 3);
    }
    // `a exprimé l'espoir que …`, `son souhait lundi « que … »`: a hope
    // or a fear voiced, and what follows `que`.
    if matches!(
        doc.low(j + 1),
        "espoir" | "souhait" | "crainte" | "vœu" | "voeu"
    ) {
        let mut k = j + 2;
        while k < j + 5 && (is_day_word(doc.low(k)) || is_open_mark(doc.low(k))) {
            k += 1;
        }
        if matches!(doc.low(k), "que" | "qu'") {
            return Some(k + 1);
        }
    }
    // The complement: `de son pays`, `du gouvernement`.
    if !(de(j + 2) || matches!(doc.low(j + 2), "du" | "des")) {
        return None;
    }
    (j + 4..j + 8)
        .take_while(|&k| !doc.is_punct(k - 1) && !matches!(doc.low(k - 1), "que" | "qu'"))
        .find(|&k| de(k - 1) && is_infinitive_start(doc, k))
}

/// Nouns of will and intent taking `de` + infinitive (`son intention de`).
fn is_intent_noun(w: &str) -> bool {
    matches!(
        w,
        "intention"
            | "volonté"
            | "souhait"
            | "désir"
            | "refus"
            | "décision"
            | "espoir"
            | "crainte"
            | "vœu"
            | "voeu"
    )
}

/// Words that link an infinitive to the clause it depends on (`avant
/// d'ajouter`, `afin de`, `sans préciser`, `pour dire`).
fn is_infinitive_link(w: &str) -> bool {
    matches!(w, "avant" | "afin" | "sans" | "pour")
}

/// A form of `espérer` (`espère`, `espérait`, `espérant`).
fn is_hope_verb(w: &str) -> bool {
    w.starts_with("espér") || w.starts_with("espè")
}

/// Is the verb group at token `first` in a clause of purpose, time to
/// come, absence or need (`pour qu'ils se déclarent`, `afin que le
/// ministre dise`, `avant qu'il n'annonce`, `sans qu'il dise`, `il est
/// urgent que l'Union s'engage`): a conjunction or an impersonal phrase
/// with `que` at most six tokens before it, no punctuation between.
fn subjunctive_conjunction_before(doc: &Doc<'_, '_>, first: usize) -> bool {
    let (ss, _) = doc.sent_range(first);
    (first.saturating_sub(6).max(ss + 1)..first)
        .rev()
        .take_while(|&k| !doc.is_punct(k) || doc.low(k) == "'")
        .any(|k| {
            matches!(doc.low(k), "que" | "qu'")
                && matches!(
                    doc.low(k - 1),
                    "pour"
                        | "afin"
                        | "avant"
                        | "sans"
                        // `il faut que`, `il est urgent que l'Union
                        // s'engage à`: wished for.
                        | "faut"
                        | "faudrait"
                        | "convient"
                        | "conviendrait"
                        | "urgent"
                        | "nécessaire"
                        | "essentiel"
                        | "indispensable"
                        | "souhaitable"
                        | "impératif"
                        | "primordial"
                        | "temps"
                )
        })
}

/// Token `k` is a form of `avoir` that makes a compound tense (`a
/// accusé`, `ayant accusé`), as opposed to the passive's `été`: the
/// auxiliary class of the cue scan ([`Doc::aux`]), plus the participle
/// `ayant` and `as`, which that class leaves out.
fn is_avoir_form(doc: &Doc<'_, '_>, k: usize) -> bool {
    doc.aux(k) == Some(false) || matches!(doc.low(k), "ayant" | "as")
}

/// An infinitive (or `ne pas`, a reflexive infinitive) at token `j`.
fn is_infinitive_start(doc: &Doc<'_, '_>, j: usize) -> bool {
    let w = doc.low(j);
    if doc.starts_upper(j) || !doc.is_word(j) {
        return false;
    }
    match w {
        "avoir" | "être" | "pouvoir" | "vouloir" | "devoir" | "faire" | "aller" | "savoir"
        | "voir" | "dire" => true,
        // `d'en être`, `d'y aller`, `d'en tirer` (not `en janvier`, `en
        // outre`, `en hiver`).
        "en" | "y" => {
            let x = doc.low(j + 1);
            matches!(
                x,
                "être" | "avoir" | "faire" | "aller" | "venir" | "dire" | "prendre" | "tenir"
            ) || (x.ends_with("er") && x != "hiver" && is_infinitive_start(doc, j + 1))
        }
        // (`mieux partager`, `davantage protéger`: an adverb first.)
        "mieux" | "davantage" | "vraiment" | "enfin" | "bien" | "vite" | "rapidement"
            if !doc.starts_upper(j + 1) && doc.is_word(j + 1) =>
        {
            let x = doc.low(j + 1);
            !matches!(
                x,
                "en" | "y" | "ne" | "n'" | "se" | "s'" | "mieux" | "davantage"
            ) && is_infinitive_start(doc, j + 1)
        }
        "ne" | "n'" | "se" | "s'" => {
            let x = doc.low(j + 1);
            // (`ne rien cacher`: the finite verb comes before `rien`.)
            matches!(x, "pas" | "plus" | "jamais" | "rien" | "guère")
                || x.ends_with("er")
                || x.ends_with("ir")
                || x.ends_with("re")
        }
        _ => {
            w.len() > 4
                && (w.ends_with("er")
                    || w.ends_with("ir")
                    // `rendre`, `craindre`, `perdre`, `résoudre` (not
                    // `cadre`, `ordre`); `mettre`, `battre`, `paraître`,
                    // `croître` (not `notre`, `autre`, `ministre`,
                    // `centre`).
                    || ((w.ends_with("ndre") || w.ends_with("rdre") || w.ends_with("udre"))
                        && !w.ends_with("ordre"))
                    || w.ends_with("ttre")
                    || w.ends_with("aître")
                    || w.ends_with("oître")
                    // `interdire`, `décrire`, `réduire` (not `territoire`,
                    // `salaire`).
                    || w.ends_with("dire")
                    || w.ends_with("crire")
                    || w.ends_with("uire")
                    // `poursuivre`, `revivre`, `recevoir`, `conclure`.
                    || w.ends_with("uivre")
                    || w.ends_with("vivre")
                    || w.ends_with("cevoir")
                    || w.ends_with("clure")
                    || matches!(w, "prévoir" | "revoir" | "élire" | "réélire" | "croire"))
                && !matches!(
                    w,
                    "hier"
                        | "soir"
                        | "premier"
                        | "dernier"
                        | "plaisir"
                        | "avenir"
                        | "entier"
                        | "leader"
                        | "cahier"
                        | "dossier"
                        | "quartier"
                        | "janvier"
                        | "février"
                )
        }
    }
}

/// Does token `start` lie in a subordinate clause that opens its
/// sentence (`Alors que …`, `Lorsque …`, `Si …`), with no comma before
/// it (past that comma the main clause may have begun)?
fn in_opening_subordinate(doc: &Doc<'_, '_>, start: usize) -> bool {
    let (ss, _) = doc.sent_range(start);
    let mut k = ss;
    while k < start && (is_open_mark(doc.low(k)) || matches!(doc.low(k), "-" | "–" | "—")) {
        k += 1;
    }
    let opens = match doc.low(k) {
        "lorsque" | "lorsqu'" | "quand" | "si" | "s'" | "puisque" | "puisqu'" => true,
        "alors" | "tandis" | "bien" | "pendant" | "tant" | "dès" => {
            matches!(doc.low(k + 1), "que" | "qu'")
                || (doc.low(k + 1) == "lors" && matches!(doc.low(k + 2), "que" | "qu'"))
        }
        "même" => matches!(doc.low(k + 1), "si" | "s'"),
        _ => false,
    };
    // A bounded look: a subordinate clause is short.
    opens && start - k <= 40 && (k..start).all(|x| doc.low(x) != ",")
}

/// `un journaliste américain qui demandait si …`, `Une journaliste a
/// demandé si …`: does cue `c` (a form of `demander` before `si`, its
/// clause at `cstart`) report the question of a journalist (its subject,
/// or the antecedent of `qui` right before the cue, within four words)?
fn journalist_asks(doc: &Doc<'_, '_>, c: &Cue, cstart: usize, who: &Subject) -> bool {
    let is_journalist = |w: &str| {
        matches!(
            w,
            "journaliste"
                | "journalistes"
                | "reporter"
                | "reporters"
                | "intervieweur"
                | "intervieweuse"
        )
    };
    if !doc.low(c.last - 1).starts_with("demand")
        || !matches!(doc.low(cstart.wrapping_sub(1)), "si" | "s'")
    {
        return false;
    }
    if let Subject::Mention(m) = who {
        if let MentionKind::Desc { first, .. } = m.kind {
            if is_journalist(doc.low(speaker::head_at(doc, first))) {
                return true;
            }
        }
    }
    c.first >= 2
        && doc.low(c.first - 1) == "qui"
        && (c.first.saturating_sub(5)..c.first - 1).any(|k| is_journalist(doc.low(k)))
}

/// One past the last token of the reported clause starting at `start`.
fn clause_end(
    doc: &Doc<'_, '_>,
    start: usize,
    regions: &[Region],
    cue_at: &[u32],
    cues: &[Cue],
) -> usize {
    let n = doc.n();
    let (_, mut send) = doc.sent_range(start);
    let start_off = doc.toks[start].start();
    // (A clause of an infinitive, its marks skipped: `« tirer …`.)
    let infinitive_start = {
        let mut x = start;
        while x < n && x < start + 2 && is_open_mark(doc.low(x)) {
            x += 1;
        }
        is_infinitive_start(doc, x)
    };
    // A quotation opened inside the clause and still open at the sentence
    // end extends it (mixed quotes over several sentences).
    let mut j = start;
    let mut end = start;
    let mut open_inner = 0usize;
    let subordinate = in_opening_subordinate(doc, start);
    // `Le maire, qui a assuré que la ville paierait, a été contredit`: a
    // clause reported inside a relative clause between commas (`, qui`
    // and its cue, at most eight tokens before, no punctuation between)
    // ends where the main clause's verb resumes after a comma (an
    // auxiliary).
    let in_relative = start >= 3
        && matches!(doc.low(start - 1), "que" | "qu'")
        && (start.saturating_sub(9)..start - 1)
            .rev()
            .take_while(|&k| !doc.is_punct(k))
            .any(|k| doc.low(k) == "qui" && k > 0 && doc.low(k - 1) == ",");
    let mut budget = 400usize;
    while j < n && budget > 0 {
        budget -= 1;
        if j >= send {
            if open_inner > 0 {
                let (_, e) = doc.sent_range(j);
                send = e.max(j + 1);
            } else {
                break;
            }
        }
        let w = doc.low(j);
        if w == ";" {
            break;
        }
        // `… le cimetière, ce qui était interprété comme …`: the writer's
        // comment on what was said.
        if w == "ce"
            && j > start + 2
            && open_inner == 0
            && matches!(doc.low(j + 1), "qui" | "que" | "qu'")
            && matches!(doc.low(j - 1), ",")
        {
            break;
        }
        // `… avec M. Kickl, qu'il juge « dangereux pour la démocratie »`:
        // a relative clause with its own subject pronoun and cue, whose
        // quoted words follow it, is a statement of its own.
        if w == ","
            && j > start + 2
            && open_inner == 0
            && matches!(doc.low(j + 1), "que" | "qu'")
            && is_subject_pronoun(doc.low(j + 2))
            && cue_at.get(j + 3).is_some_and(|&c| c != NONE)
            && is_open_mark(doc.low(j + 4))
            // (Only a relative that ends the sentence with its marks: in
            // `que le projet, qu'elle juge « injuste », sera combattu`,
            // the predicate is still to come.)
            && marks_end_sentence(doc, j + 5, send)
        {
            break;
        }
        // `Manuel Valls menace d'interdire les manifestations, la CGT
        // dénonce « une provocation »`: a comma, then a subject of its own
        // and its cue, opens another statement.
        // (Not after a fronted phrase inside the clause, `que si la réforme
        // échoue, le gouvernement annoncera …`, `qu'en cas d'échec, les
        // syndicats appelleront …`; nor before a future or a conditional,
        // the clause's own consequence.)
        if w == ","
            && j > start + 1
            && open_inner == 0
            && (is_determiner(doc.low(j + 1)) || doc.entity(j + 1).is_some())
            && !matches!(
                doc.low(start),
                "si" | "s'" | "quand" | "lorsque" | "lorsqu'" | "faute" | "une" | "dès" | "tant"
            )
            && !is_preposition(doc.low(start))
            && !time_phrase_opens(doc, start)
            && !is_day_word(doc.low(start))
        {
            if let (Some(_), e) = noun_phrase(doc, j + 1) {
                // (Past a reflexive pronoun: `…, les habitants se disent
                // « abandonnés »`.)
                // (Only a clause that runs to the sentence end: not an
                // aside, `que la réforme, les syndicats se disent opposés,
                // serait votée`.)
                let e = if e + 1 < n
                    && matches!(doc.low(e), "se" | "s'")
                    && no_comma_to(doc, e + 1, send)
                {
                    e + 1
                } else {
                    e
                };
                let future = || {
                    let v = doc.low(e);
                    ["ra", "ront", "rait", "raient", "rai"]
                        .iter()
                        .any(|x| v.ends_with(x))
                };
                if e < n
                    && e <= j + 8
                    && cue_at[e] != NONE
                    && !cues[cue_at[e] as usize].gerund
                    && cues[cue_at[e] as usize].clitic.is_none()
                    && !future()
                {
                    break;
                }
            }
        }
        // `a reconnu avoir tiré, mais il assure avoir visé « le sol »`:
        // `mais`, a subject pronoun and a cue of their own open another
        // statement.
        if w == ","
            && j > start
            && open_inner == 0
            && doc.low(j + 1) == "mais"
            && is_subject_pronoun(doc.low(j + 2))
            && (j + 3..(j + 6).min(n))
                .take_while(|&x| doc.is_word(x) || doc.low(x) == "'")
                .any(|x| cue_at[x] != NONE)
        {
            break;
        }
        // `…, qualifiant les exceptions de « brèche dangereuse »`: a
        // participle of qualifying after a comma says something of its
        // own.
        if w == ","
            && j > start + 1
            && open_inner == 0
            && doc.flags(j + 1) & class::QUALIFY != 0
            && doc.low(j + 1).ends_with("ant")
            // (To the sentence end: not an aside on the clause's subject,
            // `que les salariés, qualifiant la direction de « … », avaient
            // raison`.)
            && no_comma_to(doc, j + 2, send)
        {
            break;
        }
        // `d'héberger des militants kurdes qu'elle qualifie de
        // « terroristes »`: a relative of qualifying with its own subject
        // pronoun and quoted words ending the sentence, right after a
        // noun, is a statement of its own too.
        if matches!(w, "que" | "qu'")
            && j > start + 2
            && open_inner == 0
            && doc.is_word(j - 1)
            && is_subject_pronoun(doc.low(j + 1))
            && doc.flags(j + 2) & class::QUALIFY != 0
            && matches!(doc.low(j + 3), "de" | "d'")
            && is_open_mark(doc.low(j + 4))
            && marks_end_sentence(doc, j + 5, send)
        {
            break;
        }
        // `…, une « main tendue » selon la direction`: an apposition
        // attributed to someone else ends the clause.
        if w == ","
            && j > start + 2
            && open_inner == 0
            && is_determiner(doc.low(j + 1))
            && (j + 2..(j + 10).min(n))
                .take_while(|&x| !doc.is_known_verb(x) && !matches!(doc.low(x), "," | "." | ";"))
                .any(|x| doc.low(x) == "selon")
        {
            break;
        }
        // `… qu'il soutiendrait la NDA, d'après l'agence Press Trust of
        // India.`: a source phrase that ends the sentence is no part of
        // the reported clause (an incise `, selon lui,` inside it is).
        if w == ","
            && j > start + 1
            && open_inner == 0
            && (doc.low(j + 1) == "selon" || (doc.low(j + 1) == "d'" && doc.low(j + 2) == "après"))
            && (j + 2..send)
                .all(|x| !matches!(doc.low(x), "," | ";" | ":") && !doc.is_known_verb(x))
            // (A source: a name, people, a pronoun or a noun of
            // information; not a manner, `selon le calendrier prévu`.)
            && (j + 2..send.min(j + 14)).any(|x| {
                let w = doc.low(x);
                doc.entity(x).is_some()
                    || speaker::is_human_noun_or_plural(w)
                    || is_information_noun(w)
                    || matches!(w, "lui" | "elle" | "eux" | "elles" | "agence" | "source" | "sources")
            })
        {
            break;
        }
        // An apposition that sums up what was said, or reports someone
        // else's judgement of it, is the writer's comment
        // ([`summing_apposition`]).
        if w == "," && j > start + 2 && open_inner == 0 && summing_apposition(doc, j) {
            break;
        }
        // `Alors que le ministre assurait que tout allait bien, les
        // syndicats ont appelé à la grève`: a clause reported inside an
        // opening subordinate clause ends where the main clause starts
        // (a comma, then a determiner, a subject pronoun or a name).
        if subordinate
            && w == ","
            && j > start
            && open_inner == 0
            && j + 1 < n
            && (is_determiner(doc.low(j + 1))
                || is_subject_pronoun(doc.low(j + 1))
                || doc.entity(j + 1).is_some())
        {
            break;
        }
        if in_relative
            && w == ","
            && j > start
            && open_inner == 0
            && j + 1 < n
            && !doc.starts_upper(j + 1)
            // (An auxiliary: `la ville, déjà endettée, paierait` goes on.)
            && doc.aux(j + 1).is_some()
            // (The reported clause has its verb before the comma: not `que
            // la manifestation, puis le rassemblement, ont été interdits`;
            // a bounded look.)
            && (start..j).rev().take(30).any(|x| {
                let v = doc.low(x);
                doc.aux(x).is_some()
                    || (doc.is_known_verb(x) && !doc.starts_upper(x))
                    || (v.chars().count() > 4
                        && ["rait", "raient", "ait", "aient", "era", "eront"]
                            .iter()
                            .any(|e| v.ends_with(e)))
            })
        {
            break;
        }
        // `… à continuer son dialogue alors même que le gouvernement a
        // annoncé …`, `…, alors que le relais …`: a contrast the writer
        // adds ends the reported clause (in the gold sets it always
        // does).
        if j > start + 1
            && open_inner == 0
            && ((w == "alors"
                && (matches!(doc.low(j + 1), "que" | "qu'")
                    || (doc.low(j + 1) == "même" && matches!(doc.low(j + 2), "que" | "qu'"))))
                || (w == "tandis" && matches!(doc.low(j + 1), "que" | "qu'")))
        {
            break;
        }
        // `…, sans préciser de calendrier`, `, sans en dire plus`: what
        // the speaker did not say is the writer's comment on the speech
        // (`sans obtenir de réponse` may be part of what was said).
        if w == "," && j > start + 1 && open_inner == 0 && doc.low(j + 1) == "sans" && {
            let v = if matches!(doc.low(j + 2), "en" | "le" | "la" | "les" | "l'" | "y") {
                j + 3
            } else {
                j + 2
            };
            doc.form(v).is_some_and(|f| f.has(Shape::Infinitive))
        } {
            break;
        }
        // `proposé de signer une déclaration : « Nous pensons … »`: a
        // colon opening a quotation ends the reported clause (the
        // quotation is a quote of its own).
        if w == ":" && j > start && open_inner == 0 && j + 1 < n && is_open_mark(doc.low(j + 1)) {
            break;
        }
        if is_open_mark(w) && region_opening_after(regions, doc.toks[j].start(), start_off) {
            open_inner += 1;
        } else if is_close_mark(w) {
            if open_inner > 0 {
                open_inner -= 1;
            } else if w != "\"" || region_closing_before(regions, doc.toks[j].end(), start_off) {
                break; // the enclosing quotation closes
            }
        }
        // `que le texte est équilibré, mais mon groupe ne partage pas
        // cet avis`: `mais` and a first-person subject after a comma are
        // the speaker's own words again, past the report.
        if w == ","
            && j > start
            && open_inner == 0
            && doc.low(j + 1) == "mais"
            && matches!(
                doc.low(j + 2),
                "je" | "j'" | "nous" | "mon" | "ma" | "mes" | "notre" | "nos"
            )
        {
            end = j;
            break;
        }
        // Another cue with its own subject ends the clause: `et a ajouté
        // que`, `, a-t-il dit`.
        // `…, tout en se disant sceptique`: a gerund after `tout en`
        // starts another predication.
        if j > start && open_inner == 0 && w == "tout" && doc.low(j + 1) == "en" && {
            let g = if matches!(doc.low(j + 2), "se" | "s'") {
                j + 3
            } else {
                j + 2
            };
            doc.low(g).ends_with("ant")
        } {
            let mut e = j;
            while e > start && matches!(doc.low(e - 1), "," | "et") {
                e -= 1;
            }
            end = e;
            break;
        }
        // `a promis de « tirer les leçons » du scrutin et n'a pas exclu
        // de …`, `… et a quitté la salle`: in a clause of an infinitive, a
        // finite verb after `et` is the subject's next act, not part of
        // what was said.
        if j > start && open_inner == 0 && w == "et" && infinitive_start && {
            let v = if matches!(doc.low(j + 1), "ne" | "n'") {
                j + 2
            } else {
                j + 1
            };
            doc.aux(v).is_some()
                && (v > j + 1
                    || doc.form(v + 1).is_some_and(|f| f.has(Shape::Participle))
                    || participle_like(doc.low(v + 1)))
        } {
            end = j;
            break;
        }
        // `estime que … et compte demander « … »`: a verb of intent and
        // an infinitive cue coordinated, another statement of the subject.
        if j > start
            && open_inner == 0
            && w == "et"
            && j + 2 < doc.n()
            && matches!(
                doc.low(j + 1),
                "compte"
                    | "comptent"
                    | "entend"
                    | "entendent"
                    | "veut"
                    | "veulent"
                    | "souhaite"
                    | "souhaitent"
                    | "va"
                    | "vont"
            )
            && doc.form(j + 2).is_some()
            && is_infinitive_start(doc, j + 2)
        {
            end = j;
            break;
        }
        if j > start && cue_at[j] != NONE && open_inner == 0 {
            let c = &cues[cue_at[j] as usize];
            // A strong gerund with `en` (`tout en expliquant être
            // favorable`) reports a new statement of the main subject (a
            // bare participle may be an adjective: `ceux relevant du
            // secteur privé`).
            // (After `tout en`, the clause ended already, above.)
            // (Not a gerund with an object, no comma before it, inside the
            // statement: `avoir commis une erreur en proposant la
            // déchéance de nationalité`.)
            let gerund = c.gerund
                && c.strength != Strength::Weak
                && doc.low(j) == "en"
                && (doc.low(j - 1) == ","
                    || !is_determiner(doc.low(c.last))
                    // (Only in a clause of what was done, a perfect
                    // infinitive: `a reconnu avoir commis une erreur en
                    // proposant …`; `a affirmé vouloir se représenter en
                    // promettant …` reports the promise apart.)
                    || !matches!(doc.low(start), "avoir" | "être")
                    // (`en accusant l'opposition d'en être …`: a verb whose
                    // object comes before what it reports.)
                    || (c.strength == Strength::StrongDe
                        && (c.last + 1..(c.last + 6).min(doc.n())).any(|x| {
                            matches!(doc.low(x), "de" | "d'") && is_infinitive_start(doc, x + 1)
                        })));
            // (`…, mais a estimé qu'il …`: `mais` too.)
            // (And a bare participle right after a closing mark: `de « ne
            // pas venir » estimant que …`, a new statement.)
            let after_marks =
                c.gerund && c.first == j && doc.low(j) != "en" && is_close_mark(doc.low(j - 1));
            // (`…, et Élisabeth Borne a déjà prévenu qu'…`: a subject of
            // its own, a name or a short noun phrase, after `, et`.)
            let subject_after_and = c.clitic.is_none() && {
                let b = match doc.entity(j - 1) {
                    Some(e) if doc.ents[e].label() != Label::Loc => {
                        let mut b = j - 1;
                        b = doc.entity_start(b, e, start);
                        // (With its article: `, et le Réseau Semences
                        // paysannes a annoncé …`.)
                        if b > start + 1 && is_determiner(doc.low(b - 1)) {
                            b -= 1;
                        }
                        Some(b)
                    }
                    _ => (j.saturating_sub(4).max(start + 1)..j)
                        .find(|&b| is_determiner(doc.low(b)))
                        .filter(|&b| (b + 1..j).all(|x| doc.is_word(x) && !doc.is_known_verb(x))),
                };
                b.is_some_and(|b| {
                    b >= start + 3
                        && matches!(doc.low(b - 1), "et" | "mais")
                        && doc.low(b - 2) == ","
                })
            };
            if subject_after_and {
                let mut e = j - 1;
                while e > start && doc.low(e) != "," {
                    e -= 1;
                }
                end = e;
                break;
            }
            if gerund
                || after_marks
                || c.clitic.is_some()
                || matches!(doc.low(j - 1), "," | "et" | "mais")
            {
                let mut e = j;
                while e > start
                    && matches!(doc.low(e - 1), "," | "et" | "mais" | "-" | "tout" | "en")
                {
                    e -= 1;
                }
                // Walk back over a subject (`, il a ajouté`).
                if e > start && is_subject_pronoun(doc.low(e - 1)) {
                    e -= 1;
                    while e > start && matches!(doc.low(e - 1), "," | "et") {
                        e -= 1;
                    }
                }
                end = e;
                break;
            }
        }
        j += 1;
        end = j;
    }
    // Trim final punctuation and commas.
    while end > start && {
        let w = doc.low(end - 1);
        is_sentence_end(w) || matches!(w, "," | ":" | "-" | "—" | "(")
    } {
        end -= 1;
    }
    end
}

fn region_opening_after(regions: &[Region], at: usize, after: usize) -> bool {
    at >= after && regions.binary_search_by_key(&at, |r| r.open).is_ok()
}

fn region_closing_before(regions: &[Region], close: usize, after: usize) -> bool {
    // A straight quote closing a region opened before the clause.
    regions
        .iter()
        .rev()
        .take(64)
        .any(|r| r.close == close && r.open < after)
}

/// Does `span` (a speaker mention) name the first person: `je`, `nous`,
/// or a possessive before a body the speaker belongs to or a source of
/// their own (`notre groupe`, `mon parti`, `nos informations`)? Not a
/// possessive before someone else (`mon avocat`, `notre rapporteur`,
/// `nos partenaires allemands`).
fn first_person(doc: &Doc<'_, '_>, span: Span) -> bool {
    let k = doc.tok_at(span.start);
    if k >= doc.n() {
        return false;
    }
    match doc.low(k) {
        "je" | "j'" | "nous" => true,
        "notre" | "nos" | "mon" | "ma" | "mes" => matches!(
            doc.low(k + 1),
            "groupe"
                | "parti"
                | "formation"
                | "mouvement"
                | "commission"
                | "délégation"
                | "assemblée"
                | "parlement"
                | "gouvernement"
                | "pays"
                | "institution"
                | "information"
                | "informations"
                | "source"
                | "sources"
                | "rédaction"
                | "journal"
        ),
        _ => false,
    }
}

/// An inverted clitic of the first or second person (`-nous`, `-je`,
/// `-vous`, `-tu`).
fn first_or_second(clitic: &str) -> bool {
    matches!(
        clitic.rsplit('-').next(),
        Some("nous" | "vous" | "je" | "tu")
    )
}

/// Does the finite verb (or auxiliary) `verb` agree with the subject
/// pronoun `nous` or `vous` (`avons`, `dîmes`, `sommes`; `avez`, `êtes`)?
fn agrees_with(pronoun: &str, verb: &str) -> bool {
    match pronoun {
        "nous" => verb.ends_with("ons") || verb.ends_with("mes"),
        "vous" => verb.ends_with("ez") || verb.ends_with("tes"),
        _ => false,
    }
}

/// The subject of a cue: inverted clitic, pronoun or noun phrase before
/// the group (through `qui` and appositions), or left out.
fn subject_of(doc: &Doc<'_, '_>, c: &Cue, cue_at: &[u32], cues: &[Cue]) -> Subject {
    if let Some(k) = c.clitic {
        // (`avons-nous dit` makes no cue: `find_cues` leaves out first
        // and second persons.)
        // `Estime-t-elle que cet événement est compatible … ?`: a
        // question opened by the inverted verb reports nothing.
        let (ss, se) = doc.sent_range(c.first);
        if c.first == ss && se > ss && doc.low(se - 1) == "?" {
            return Subject::Skip;
        }
        return Subject::Mention(clitic_subject(doc, c, k));
    }
    // `a permis à la ministre de déclarer que`: whom it was permitted.
    if let Some(a) = permission_agent(doc, c.first) {
        return Subject::Mention(
            noun_phrase(doc, a)
                .0
                .unwrap_or_else(|| speaker::np_mention(doc, a, c.first - 1)),
        );
    }
    let (ss, _) = doc.sent_range(c.first);
    // `X a salué l'accord. Et d'ajouter : « … »`, `Et de conclure que
    // …`: the narrative infinitive continues the subject of the sentence
    // before (or the last speaker, when that sentence has none).
    // (The scan starts that cue at `Et`.)
    if (c.first == ss || c.first == ss + 2)
        && doc.low(ss) == "et"
        && matches!(doc.low(ss + 1), "de" | "d'")
        && ss > 0
    {
        // (A sentence before that opens inside a quotation, `« … opinions.
        // Mais ce débat a eu lieu », a répondu la porte-parole. Et
        // d'ajouter`, has its subject in the incise after the marks: the
        // last speaker, not `ce débat`.)
        let (ps, _) = doc.sent_range(ss - 1);
        let opens_inside = (ps..ss)
            .find(|&x| is_open_mark(doc.low(x)) || is_close_mark(doc.low(x)))
            .is_some_and(|x| is_close_mark(doc.low(x)) && doc.low(x) != "\"");
        if opens_inside {
            return Subject::Elided;
        }
        let before = sentence_subject(doc, ss - 1)
            .filter(|m| m.is_named() || m.is_human() || m.may_act())
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }));
        return before.map_or(Subject::Elided, Subject::Mention);
    }
    // `Celui qui prônait jadis l'indépendance de la Flandre a assuré que
    // …`: a free relative opening the sentence is its subject, someone the
    // text named before, as `il` or `elle` would be (not a name inside
    // the relative).
    // (Not when a trailing incise reports the whole sentence: `Celui qui
    // arrivera en tête a promis …, ironise un cadre`.)
    // (Or `Celle que ses partisans surnomment la « Dame de fer » a
    // promis`, and after an opening phrase: `Admiratrice de Thatcher,
    // celle que …`.)
    let (_, se) = doc.sent_range(c.first);
    let fr = if matches!(doc.low(ss), "celui" | "celle") {
        Some(ss)
    } else {
        (ss + 2..c.first.min(ss + 12))
            .find(|&x| doc.is_punct(x))
            .filter(|&x| {
                doc.low(x) == ","
                    && matches!(doc.low(x + 1), "celui" | "celle")
                    && (ss..x).all(|y| !doc.is_known_verb(y))
            })
            .map(|x| x + 1)
    };
    if let Some(fr) = fr.filter(|&fr| {
        matches!(doc.low(fr + 1), "qui" | "que" | "qu'")
            && c.first > fr + 2
            // (After `que`, the relative's own verb before the cue: not
            // `Celui que Marine Le Pen a accusé de « trahison »`, whose
            // cue is the relative's.)
            && (doc.low(fr + 1) == "qui"
                || (fr + 3..c.first).any(|x| {
                    doc.is_known_verb(x)
                        || doc.aux(x).is_some()
                        || cue_at[x] != NONE
                        || doc.flags(x) & class::QUALIFY != 0
                        || (doc.low(x).ends_with("ent") && !doc.starts_upper(x))
                }))
            && c.first <= fr + 24
            && (fr + 2..c.first).all(|x| {
                !doc.is_punct(x)
                    || doc.low(x) == "'"
                    || is_open_mark(doc.low(x))
                    || is_close_mark(doc.low(x))
            })
    }) {
        if !(c.last..se.min(c.last + 60)).any(|x| cue_at[x] != NONE && doc.low(x - 1) == ",") {
            return Subject::Mention(speaker::pronoun_mention(doc, fr));
        }
    }
    // `Avant d'annoncer que …, le ministre a consulté …`: opening the
    // sentence, the subject of the clause after its comma.
    if c.first == ss && is_infinitive_link(doc.low(ss)) {
        return match subject_after_opening_gerund(doc, ss, c, cue_at)
            .or_else(|| subject_after_opening_clause(doc, c, cue_at))
        {
            Some(m) => Subject::Mention(m),
            None => Subject::Elided,
        };
    }
    // (`tout en ajoutant` too: `…, a-t-elle déclaré, tout en ajoutant
    // qu'…`.)
    let g = if c.gerund && c.first >= 1 && doc.low(c.first - 1) == "tout" {
        c.first - 1
    } else {
        c.first
    };
    if c.gerund && g >= 2 && doc.low(g - 1) == "," {
        // `« … », ont-ils écrit, ajoutant que …`, `…, a dit X, ajoutant
        // que …`: the subject of the inverted cue just before.
        if let Ok(pi) = cues.binary_search_by_key(&(g - 1), |x| x.last) {
            if let Some(k) = cues[pi].clitic {
                return Subject::Mention(speaker::clitic_mention(doc, k));
            }
        }
        let lo = g.saturating_sub(WINDOW);
        let prev_cue = (lo..g - 1)
            .rev()
            .find(|&x| cue_at[x] != NONE)
            .and_then(|p| cues.get(cue_at[p] as usize));
        if let Some(prev) = prev_cue {
            // `« … », a-t-il écrit sur X, réclamant …`: past a phrase of
            // place after the inverted clitic.
            if let Some(k) = prev.clitic.filter(|_| placed_phrase(doc, prev.last, g - 1)) {
                return Subject::Mention(speaker::clitic_mention(doc, k));
            }
            if prev.last < g
                && prev.clitic.is_none()
                && prev.first > 0
                && (doc.low(prev.first - 1) == ","
                    || is_close_mark(doc.low(prev.first - 1))
                    || relative_object_before(doc, prev.first))
            {
                if let (Some(m), np_end) = inverted_subject(doc, prev) {
                    // (Past a phrase of place or time: `a déclaré X devant
                    // l'Assemblée nationale, assurant que`.)
                    let placed = placed_phrase(doc, np_end, g - 1);
                    // (Someone who can speak: in `X, a détaillé un plan
                    // …, assurant que`, the noun phrase is the object.)
                    if (np_end == g - 1 || placed) && m.is_agent_head(doc) {
                        return Subject::Mention(m);
                    }
                }
            }
        }
    }
    // `Interrogé sur …, il a répondu que …, tout en évoquant …`: the
    // pronoun subject of the clause's cue, not an opening participle
    // (the last cue of the sentence in the 40 tokens before).
    if c.gerund
        && c.first > ss + 1
        && doc.starts_upper(ss)
        && lexicon::participle_ending(doc.low(ss))
    {
        let prev = (c.first.saturating_sub(40).max(ss)..c.first - 1)
            .rev()
            .find(|&x| cue_at[x] != NONE)
            .and_then(|p| cues.get(cue_at[p] as usize));
        if let Some(prev) = prev.filter(|p| {
            p.last < c.first
                && p.clitic.is_none()
                && !p.gerund
                && p.first > ss
                && matches!(doc.low(p.first - 1), "il" | "elle")
        }) {
            return Subject::Mention(speaker::pronoun_mention(doc, prev.first - 1));
        }
    }
    if c.gerund && doc.low(c.first) == "ayant" && c.first > ss {
        // `le ministre ayant déclaré …`, `Le ministre, ayant déclaré …,`:
        // the noun phrase just before.
        let k = if doc.low(c.first - 1) == "," {
            c.first - 1
        } else {
            c.first
        };
        if let Some(m) = speaker::np_before(doc, ss, k) {
            return Subject::Mention(m);
        }
    }
    // `une alerte a été lancée par un individu, déclarant que`: a
    // participle right after a passive's agent is the agent's.
    if c.gerund && c.first > ss + 2 && doc.low(c.first - 1) == "," && doc.low(c.first) != "en" {
        let lo = c.first.saturating_sub(10).max(ss);
        if let Some(x) = (lo..c.first - 1).rev().find(|&x| doc.low(x) == "par") {
            if let (Some(m), end) = noun_phrase(doc, x + 1) {
                if end == c.first - 1 && (m.is_named() || m.is_human()) {
                    return Subject::Mention(m);
                }
            }
        }
    }
    if c.gerund {
        // `les États-Unis se sont défendus en affirmant`: the subject of
        // the verb the gerund depends on.
        if let Some(m) = gerund_host_subject(doc, ss, c.first) {
            return Subject::Mention(m);
        }
        if let Some(m) = subject_after_opening_gerund(doc, ss, c, cue_at) {
            return Subject::Mention(m);
        }
        // `X ne dit rien mais Y en abusait en proposant …`: the subject
        // of the clause after the last `mais` or `;` before the gerund (a
        // name or people, followed by lower-case words of its own, its
        // verb group). Not the object of a contrast, which the gerund,
        // a coordination or an apposition follows at once (`X ne vise
        // pas le ministre mais Y en affirmant …`, `mais Y et Z en
        // affirmant`, `mais Y, la présidente, en affirmant`).
        let lo = c.first.saturating_sub(WINDOW).max(ss);
        if let Some(b) = (lo..c.first)
            .rev()
            .find(|&x| matches!(doc.low(x), "mais" | ";"))
        {
            if let (Some(m), end) = noun_phrase(doc, b + 1) {
                let verb_after = end + 1 < c.first
                    && doc.is_word(end)
                    && !doc.starts_upper(end)
                    && !matches!(doc.low(end), "et" | "ou" | "ni");
                if verb_after && (m.is_named() || m.is_human()) {
                    return Subject::Mention(m);
                }
            }
        }
        if c.first > ss + 1 {
            // (A body by its noun too: `L'association avait saisi le
            // tribunal jeudi, dénonçant …`.)
            if let Some(m) = sentence_subject_with(doc, c.first, true) {
                return Subject::Mention(m);
            }
        }
        return Subject::Elided;
    }
    let mut k = c.first;
    // Skip object clitics and `ne`.
    while k > ss && (is_preverbal(doc.low(k - 1)) || matches!(doc.low(k - 1), "ne" | "n'")) {
        k -= 1;
    }
    // `Dubaï qui de son côté déclare`, `le ministre pour sa part estime`:
    // a locution between the subject and the verb.
    if let Some(len) = locution_ending_at(doc, ss, k, 3) {
        k -= len;
    }
    // `Nous avons constaté que`, `Vous nous avez dit que`, `Madame,
    // vous avez rappelé que`: a first `nous` or `vous` that the verb
    // agrees with is the subject (not in `la presse nous accuse`), the
    // speaker or the one spoken to, whom the text does not name here.
    if k < c.first && agrees_with(doc.low(k), doc.low(c.first)) {
        return Subject::Skip;
    }
    if k == ss {
        return Subject::Elided;
    }
    // `Le ministre X — par ailleurs ancien directeur — a annoncé`: an
    // aside between dashes before the verb is skipped; so is the
    // writer's gloss in brackets (`Elle [l'UE] vient d'annoncer`), which
    // the speaker's resolution reads.
    if k > ss + 2 && matches!(doc.low(k - 1), "—" | "–" | "]") {
        let open = if doc.low(k - 1) == "]" { "[" } else { "—" };
        if let Some(d) = (k.saturating_sub(24).max(ss + 1)..k - 1)
            .rev()
            .find(|&x| doc.low(x) == open || (open == "—" && doc.low(x) == "–"))
        {
            k = d;
        }
    }
    // `Après avoir accusé …, il accuse …`: the subject of the clause
    // after the opening phrase.
    if c.first == ss + 1 && doc.low(ss) == "après" && matches!(doc.low(c.first), "avoir" | "être")
    {
        if let Some(m) = subject_after_opening_gerund(doc, ss, c, cue_at)
            .or_else(|| subject_after_opening_clause(doc, c, cue_at))
        {
            return Subject::Mention(m);
        }
        // (Never `Après` itself.)
        return Subject::Elided;
    }
    // `C'est ce qu'a annoncé X`: the subject comes after the cue.
    if relative_object_before(doc, c.first) {
        if let (Some(m), _) = inverted_subject(doc, c) {
            return Subject::Mention(m);
        }
    }
    let p = doc.low(k - 1);
    if is_subject_pronoun(p) {
        // `Dans l'entourage du ministre, on assure …`: the entourage.
        if p == "on" && k >= ss + 5 && doc.low(k - 2) == "," {
            let d = (k.saturating_sub(14).max(ss)..k - 2)
                .rev()
                .find(|&d| doc.low(d) == "dans");
            // (`Dans son entourage, on fait valoir …`: the same.)
            let own = |d: usize| {
                matches!(doc.low(d + 1), "son" | "leur")
                    && doc.low(d + 2) == "entourage"
                    && (k - 2 == d + 3
                        || (k - 2 == d + 4 && matches!(doc.low(d + 3), "proche" | "immédiat")))
            };
            if let Some(d) = d.filter(|&d| entourage_end(doc, d + 1) == Some(k - 2) || own(d)) {
                return Subject::Mention(speaker::np_mention(doc, d + 1, k - 2));
            }
        }
        return Subject::Mention(speaker::pronoun_mention(doc, k - 1));
    }
    if matches!(p, "je" | "j'" | "tu" | "nous" | "vous") {
        return Subject::Skip;
    }
    // `Nous, les élus, avons toujours dit que`: the sentence's `nous`,
    // past an apposition, agrees with the verb.
    if p == "," && agrees_with(doc.low(ss), doc.low(c.first)) {
        return Subject::Skip;
    }
    // `l'écrivain X qui, décrivant l'état du monde, parle de …`: a
    // relative pronoun, then an aside between commas before the verb.
    let qui_incise = (p == "," && k >= ss + 4)
        .then(|| {
            let c0 = (k.saturating_sub(14).max(ss + 2)..k - 1)
                .rev()
                .find(|&y| doc.is_punct(y))?;
            (doc.low(c0) == ","
                && doc.low(c0 - 1) == "qui"
                && doc.low(c0.saturating_sub(2)) != "ce")
                .then_some(c0)
        })
        .flatten();
    if let Some(c0) = qui_incise {
        k = c0;
    }
    let p = doc.low(k - 1);
    // `X a déclaré que …, avant d'ajouter que …`, `sans préciser`, `pour
    // dire`: an infinitive of the clause before has that clause's
    // subject (not a name inside its content).
    // (The scan starts such a cue at `avant`: `avant d'ajouter`.)
    let link = match p {
        _ if is_infinitive_link(doc.low(c.first)) => Some(c.first),
        "de" | "d'" if k >= ss + 2 && matches!(doc.low(k - 2), "avant" | "afin") => Some(k - 2),
        "pour" | "sans" => Some(k - 1),
        _ => None,
    };
    if let Some(l) = link.filter(|&l| l > ss) {
        let lo = l.saturating_sub(60).max(ss);
        if let Some(prev) = (lo..l)
            .rev()
            .find_map(|j| cues.get(cue_at[j] as usize))
            .filter(|prev| prev.first < c.first)
        {
            // (`», a-t-elle répliqué, avant d'accuser …`: the clitic.)
            if let Some(k) = prev.clitic {
                return Subject::Mention(clitic_subject(doc, prev, k));
            }
            // (`», a écrit le chef de file de LFI sur Twitter, avant de
            // dénoncer …`: the incise's inverted subject, not a subject
            // inside the quotation.)
            if prev.first >= 2
                && doc.low(prev.first - 1) == ","
                && is_close_mark(doc.low(prev.first - 2))
            {
                if let (Some(m), _) = inverted_subject(doc, prev) {
                    return Subject::Mention(m);
                }
            }
            return subject_of(doc, prev, cue_at, &[]);
        }
        return match sentence_subject(doc, l) {
            Some(m) => Subject::Mention(m),
            None => Subject::Elided,
        };
    }
    if matches!(p, "et" | "mais" | "puis" | "," | "ou") {
        // `X a dit que … et a ajouté que …`: the subject of the previous
        // cue in the sentence.
        if p == "," && k >= 2 {
            // `Le Rassemblement national, par la voix de son président
            // Jordan Bardella, a dénoncé`: the voice speaks.
            if let Some(m) = voice_of(doc, k.saturating_sub(20).max(ss), k - 1) {
                return Subject::Mention(m);
            }
            // `Le président Lula, que Javier Milei avait qualifié de
            // « corrompu » pendant la campagne, s'est contenté de …`: a
            // relative clause between commas after the subject.
            let lo = k.saturating_sub(30).max(ss + 1);
            if let Some(c1) = (lo..k - 1)
                .rev()
                .take_while(|&x| !matches!(doc.low(x), "." | ";" | ":"))
                .find(|&x| doc.low(x) == ",")
                .filter(|&c1| {
                    matches!(doc.low(c1 + 1), "que" | "qu'" | "dont" | "où")
                        // (Or an apposition with a relative clause of its
                        // own: `Marie Buisson, la candidate qu'il
                        // soutenait, s'est dite …`.)
                        || (is_determiner(doc.low(c1 + 1))
                            && (c1 + 2..(c1 + 6).min(k - 1)).any(|x| {
                                matches!(doc.low(x), "que" | "qu'" | "qui" | "dont")
                                    && (c1 + 2..x).all(|y| doc.is_word(y))
                            }))
                })
            {
                // (Or a document: `Le document, que les joueurs
                // surnomment le « livre noir », décrit …`.)
                let document = |m: &Mention| match m.kind {
                    MentionKind::Desc { first, .. } => {
                        speaker::is_document_noun(doc.low(speaker::head_at(doc, first)))
                    }
                    _ => false,
                };
                if let Some(m) = speaker::np_before(doc, ss, c1)
                    .filter(|m| m.is_named() || m.is_human() || document(m))
                {
                    return Subject::Mention(m);
                }
            }
            // `Jens Stoltenberg, secrétaire général de l'OTAN, a dit`.
            if let Some(m) = apposition_subject(doc, ss, k - 1) {
                return Subject::Mention(m);
            }
        }
        let mut j = k - 1;
        let lo = j.saturating_sub(60).max(ss);
        while j > lo {
            j -= 1;
            // The nested call gets no cues: one level back only (a third
            // cue chained by `et` used to index the empty slice).
            if let Some(prev) = cues.get(cue_at[j] as usize) {
                if prev.first < c.first {
                    return subject_of(doc, prev, cue_at, &[]);
                }
            }
        }
        let _ = cues;
        return match sentence_subject(doc, k - 1) {
            // `le maire démissionne et dénonce …`: the word before `et`
            // ends the first predicate (a verb the lists do not know),
            // not the subject's phrase.
            Some(m)
                if p == "et"
                    && !m.is_named()
                    && k >= 3
                    && m.span.end == doc.toks[k - 2].end()
                    && doc.tok_at(m.span.start) + 2 < k - 1
                    && doc.is_word(k - 2)
                    && !doc.starts_upper(k - 2)
                    && doc.entity(k - 2).is_none() =>
            {
                // (And its object clitics: `L'abbé l'ouvrit et lut`.)
                let a = doc.tok_at(m.span.start);
                let mut e = k - 2;
                while e > a + 2 && (is_preverbal(doc.low(e - 1)) || doc.low(e - 1) == "ne") {
                    e -= 1;
                }
                Subject::Mention(speaker::np_mention(doc, a, e))
            }
            Some(m) => Subject::Mention(m),
            // `Le document table sur une croissance … et juge …`: a verb
            // the lists take for a noun (`table`, `mise`, `compte`) after
            // a determiner and a noun opening the sentence, before `sur`.
            None if p == "et"
                && k > ss + 5
                && is_det(doc.low(ss))
                && doc.is_word(ss + 1)
                && !doc.starts_upper(ss + 1)
                && doc.is_word(ss + 2)
                && !doc.starts_upper(ss + 2)
                && doc.low(ss + 3) == "sur" =>
            {
                Subject::Mention(speaker::np_mention(doc, ss, ss + 2))
            }
            // `La mairie a déposé un recours et affirme que …`: the noun
            // phrase opening the sentence, right before its verb.
            None if p == "et" && is_det(doc.low(ss)) => match noun_phrase(doc, ss) {
                (Some(s), end) if s.may_act() && end < k - 1 && doc.is_known_verb(end) => {
                    Subject::Mention(s)
                }
                _ => Subject::Elided,
            },
            None => Subject::Elided,
        };
    }
    // `ce qui explique que …`, `cela montre que …`: a fact, not a speaker.
    if matches!(p, "cela" | "ceci" | "ça") || (p == "qui" && k >= 2 && doc.low(k - 2) == "ce") {
        return Subject::Skip;
    }
    // (`la loi dit aussi que …`, `la Constitution prévoit que …`: a legal
    // text's provisions, no one's words.)
    if matches!(
        p,
        "loi" | "constitution" | "règlement" | "décret" | "code" | "statuts"
    ) && k >= 2
        && matches!(
            doc.low(k - 2),
            "la" | "le" | "les" | "cette" | "ce" | "notre"
        )
    {
        return Subject::Skip;
    }
    // `…, Boris Johnson sera contraint de demander un report, lui qui
    // avait juré …`: the stressed pronoun takes up the clause's subject.
    if p == "qui"
        && k >= ss + 3
        && matches!(doc.low(k - 2), "lui" | "elle" | "eux" | "elles")
        && doc.low(k - 3) == ","
    {
        return match sentence_subject(doc, k - 3).filter(|m| m.is_named()) {
            Some(m) => Subject::Mention(m),
            None => Subject::Mention(speaker::pronoun_mention(doc, k - 2)),
        };
    }
    if p == "qui" {
        let mut a = k - 1;
        while a > ss && doc.low(a - 1) == "," {
            a -= 1;
        }
        // `Idriss Déby, Président du Tchad et de l'Union africaine, qui a
        // rappelé`: the person an apposition before the comma describes.
        let apposed = (a + 1 < k && doc.low(a) == ",")
            .then(|| {
                let c0 = (a.saturating_sub(12).max(ss + 1)..a)
                    .rev()
                    .find(|&y| doc.is_punct(y))?;
                let e = doc.entity(c0 - 1)?;
                // (An apposition has no verb: not `X, a été convoqué au
                // Quai d'Orsay, qui …`.)
                let verbless = (c0 + 1..a).all(|y| doc.aux(y).is_none());
                (doc.low(c0) == "," && verbless && doc.ents[e].label() == Label::Per)
                    .then(|| speaker::entity_mention(doc, e))
            })
            .flatten();
        // `exporté vers Dubaï qui déclare …`: a name right before `qui`
        // (not the complement of a noun: `le ministre de l'Intérieur qui`).
        let named = || {
            let e = doc.entity(a.checked_sub(1)?)?;
            let t = doc.tok_at(doc.ents[e].start());
            (a == k - 1 && (t == 0 || !matches!(doc.low(t - 1), "de" | "du" | "des" | "d'")))
                .then(|| speaker::entity_mention(doc, e))
        };
        // `une déclaration finale, intitulée « … », qui appelle …`: past
        // a participial apposition between commas (its marks included),
        // the phrase before it.
        let past_participial = || {
            if !(a + 1 < k && doc.low(a) == ",") {
                return None;
            }
            let lo = a.saturating_sub(24).max(ss + 1);
            // (Not a comma inside the marks.)
            let mut inside = false;
            let c0 = (lo..a).rev().find(|&y| {
                let w = doc.low(y);
                if is_close_mark(w) && w != "\"" {
                    inside = true;
                } else if is_open_mark(w) && w != "\"" {
                    inside = false;
                }
                !inside && w == ","
            })?;
            let between = c0 + 1..a;
            // (The phrase right before that comma: a determiner and at
            // most four words, no verb.)
            let det = (c0.saturating_sub(5).max(ss)..c0)
                .rev()
                .find(|&y| is_determiner(doc.low(y)))
                .filter(|&d| (d + 1..c0).all(|y| doc.is_word(y) && !doc.is_known_verb(y)))?;
            (c0 + 2 < a
                && det + 1 < c0
                && lexicon::participle_ending(doc.low(c0 + 1))
                && !doc.starts_upper(c0 + 1)
                && between
                    .clone()
                    .all(|y| !doc.is_known_verb(y) && doc.low(y) != "."))
            .then(|| speaker::np_mention(doc, det, c0))
        };
        // `Paris accuse Moscou, qui dément …`: a name right before the
        // comma, the object of a verb (not a complement after a
        // preposition), is what `qui` takes up.
        let named_before_comma = || {
            let e = doc.entity(a.checked_sub(1)?)?;
            let t = doc.tok_at(doc.ents[e].start());
            let after_verb = t > ss && doc.is_known_verb(t - 1);
            // (Or a body, an institution's seat, where someone went:
            // `convoqué au Quai d'Orsay, qui a dénoncé …`.)
            let seat = t > ss
                && matches!(doc.low(t - 1), "au" | "à")
                && (doc.ents[e].label() == Label::Org || speaker::is_seat(&doc.ents[e]));
            (a + 1 < k && doc.low(a) == "," && (after_verb || seat) && doc.entity_end(t, e, a) == a)
                .then(|| speaker::entity_mention(doc, e))
        };
        // `Le conseil municipal a adopté lundi une motion qui demande que
        // …`: a document the sentence's subject adopted or wrote speaks
        // for that subject.
        let document = || {
            if !(a == k - 1
                && a >= ss + 3
                && is_det(doc.low(a - 2))
                && (speaker::is_document_noun(doc.low(a - 1)) || doc.low(a - 1) == "motion"))
            {
                return None;
            }
            let (m, end) = noun_phrase(doc, ss);
            m.filter(|m| {
                can_speak(doc, m)
                    && end + 2 < a
                    && (doc.aux(end).is_some() || doc.is_known_verb(end))
            })
        };
        return match apposed
            .or_else(named_before_comma)
            .or_else(document)
            .or_else(|| speaker::np_before(doc, ss, a))
            .or_else(named)
            .or_else(past_participial)
        {
            Some(m) => Subject::Mention(m),
            None => Subject::Elided,
        };
    }
    if doc.is_punct(k - 1) && !matches!(p, ")" | "»") {
        return Subject::Elided;
    }
    // A phrase right after a preposition is a complement (`Le roi X,
    // terrifié par les Huns demande …`): the subject is before the
    // apposition, whose closing comma is missing.
    let np = speaker::np_before(doc, ss, k);
    let complement = np.as_ref().is_some_and(|m| {
        let mut t = doc.tok_at(m.span.start);
        if t > ss + 1 && is_det(doc.low(t - 1)) {
            t -= 1;
        }
        t > ss
            && matches!(
                doc.low(t - 1),
                "par" | "de" | "d'" | "du" | "des" | "à" | "au" | "aux"
            )
    });
    if complement {
        if let Some(m) = unclosed_apposition_subject(doc, ss, k) {
            return Subject::Mention(m);
        }
    }
    match np
        .or_else(|| relative_antecedent(doc, ss, k, matches!(doc.low(c.last), "que" | "qu'")))
        .or_else(|| unclosed_apposition_subject(doc, ss, k))
    {
        Some(m) => Subject::Mention(m),
        None => Subject::Skip,
    }
}

/// Tokens `from..to` are a phrase of place or time (`devant
/// l'Assemblée nationale`, `sur X`, `lors d'un meeting`, `mercredi`,
/// `mardi soir sur France Inter`): words of time, then nothing or a
/// preposition of place or time and at most seven more tokens with no
/// punctuation and no verb.
fn placed_phrase(doc: &Doc<'_, '_>, from: usize, to: usize) -> bool {
    let days = (from..to.min(from + 3))
        .take_while(|&x| is_time_word(doc.low(x)))
        .count();
    if days > 0 && from + days == to {
        return (from..to).any(|x| is_day_word(doc.low(x)) || doc.low(x) == "aujourd'hui");
    }
    let from = from + days;
    from < to
        && to - from <= 8
        && matches!(
            doc.low(from),
            "devant" | "à" | "au" | "aux" | "sur" | "dans" | "lors" | "depuis"
        )
        && (from..to).all(|x| !doc.is_punct(x) && !doc.is_known_verb(x))
}

/// `Christophe Jakubyszyn, chef du service politique de la chaîne a
/// déclaré que`: a person or organisation, then an apposition whose
/// closing comma is missing (no punctuation and no verb from its comma
/// up to the cue at `k`, at most twelve words).
fn unclosed_apposition_subject(doc: &Doc<'_, '_>, ss: usize, k: usize) -> Option<Mention> {
    let lo = k.saturating_sub(13).max(ss + 1);
    let comma = (lo..k).rev().find(|&y| doc.is_punct(y))?;
    if doc.low(comma) != "," || comma + 2 >= k {
        return None;
    }
    let e = doc.entity(comma - 1)?;
    if !matches!(doc.ents[e].label(), Label::Per | Label::Org) {
        return None;
    }
    // The apposition opens with a noun of people (`chef`, `le premier
    // vice-président`) or a participle, and holds no verb or relative.
    let head = if is_determiner(doc.low(comma + 1)) {
        comma + 2
    } else {
        comma + 1
    };
    // (Or with a participle: `Le roi X, terrifié par les Huns demande`.)
    let participle = head == comma + 1 && participle_like(doc.low(head));
    let clean = (speaker::is_human_noun_or_plural(doc.low(head)) || participle)
        && (comma + 1..k)
            .all(|y| doc.aux(y).is_none() && !matches!(doc.low(y), "qui" | "que" | "qu'"));
    clean.then(|| speaker::entity_mention(doc, e))
}

/// `ce qu'` or `ce que` just before token `k` (`C'est ce qu'a annoncé
/// X`): a relative of the object, whose subject is inverted after the
/// verb.
fn relative_object_before(doc: &Doc<'_, '_>, k: usize) -> bool {
    k >= 2 && matches!(doc.low(k - 1), "qu'" | "que") && doc.low(k - 2) == "ce"
}

/// `Lui qui avait terminé 4e aux Jeux de 2012 regrette de …`: a subject
/// with a relative clause before the verb at `k`; the stressed pronoun or
/// the name before `qui` (or, when the cue reports a clause, `clause`, a
/// description of people). Scans a constant window.
fn relative_antecedent(doc: &Doc<'_, '_>, ss: usize, k: usize, clause: bool) -> Option<Mention> {
    let lo = k.saturating_sub(20).max(ss + 1);
    let q = (lo..k)
        .rev()
        .take_while(|&x| !doc.is_punct(x) || matches!(doc.low(x), "'" | "-"))
        .find(|&x| doc.low(x) == "qui")?;
    let p = doc.low(q - 1);
    if q - 1 == ss && matches!(p, "lui" | "elle" | "eux" | "elles") {
        return Some(speaker::pronoun_mention(doc, q - 1));
    }
    // (A description of people too, before a cue and `que`, at the
    // sentence start or after an opening phrase's comma: `Interrogé par
    // l'AFP, un magistrat qui souhaite rester anonyme rappelle que …`.)
    // (A phrase with no verb in it: not `Le conseil a adopté une motion`.)
    speaker::np_before(doc, ss, q).filter(|m| {
        let t = doc.tok_at(m.span.start);
        let verbless = (t..doc.tok_at(m.span.end)).all(|x| doc.aux(x).is_none());
        verbless
            && ((m.is_named() && t == ss)
                || (clause && m.is_human() && (t == ss || doc.low(t - 1) == ",")))
    })
}

/// `Se disant « confiant » en l'arrêt, le conseil a estimé …`: a gerund
/// opening the sentence depends on the main clause after the comma; its
/// subject, when a verb follows it. Scans a constant window.
fn subject_after_opening_gerund(
    doc: &Doc<'_, '_>,
    ss: usize,
    c: &Cue,
    cue_at: &[u32],
) -> Option<Mention> {
    let mut s0 = ss;
    while s0 < c.first && matches!(doc.low(s0), "se" | "s'" | "en" | "tout" | "après") {
        s0 += 1;
    }
    if s0 != c.first {
        return None;
    }
    // (`Tout en ajoutant que lorsque …, X serait …`: a comma after a
    // `que` is inside the reported clause.)
    subject_after_comma(doc, c, cue_at, 30, true)
}

/// `Après avoir affirmé que …, Gabriel Attal a consulté …`, `Avant
/// d'annoncer que …, le ministre a …`: the subject of the clause after
/// the comma that ends the opening phrase and what it reports, followed
/// by its verb.
fn subject_after_opening_clause(doc: &Doc<'_, '_>, c: &Cue, cue_at: &[u32]) -> Option<Mention> {
    subject_after_comma(doc, c, cue_at, 40, false)
}

/// The subject after the first comma that follows cue `c` in its
/// sentence, outside quotation marks, within `window` tokens (or `None`
/// at a `que` first, when `que_stops`): a noun phrase with a cue or an
/// auxiliary right after it. A straight `"` opens and closes in turn.
fn subject_after_comma(
    doc: &Doc<'_, '_>,
    c: &Cue,
    cue_at: &[u32],
    window: usize,
    que_stops: bool,
) -> Option<Mention> {
    let n = doc.n();
    let sent = doc.sent(c.first);
    let (mut depth, mut straight) = (0usize, false);
    let stop = (c.last..(c.last + window).min(n))
        .take_while(|&k| doc.sent(k) == sent)
        .find(|&k| {
            let x = doc.low(k);
            if x == "\"" {
                straight = !straight;
            } else if is_open_mark(x) {
                depth += 1;
            } else if is_close_mark(x) {
                depth = depth.saturating_sub(1);
            }
            depth == 0 && !straight && (x == "," || (que_stops && matches!(x, "que" | "qu'")))
        })?;
    if doc.low(stop) != "," {
        return None;
    }
    let (m, end) = noun_phrase(doc, stop + 1);
    let m = m?;
    (end < n && doc.sent(end) == sent && (cue_at[end] != NONE || doc.aux(end).is_some()))
        .then_some(m)
}

/// The subject of the finite verb a gerund at `g` depends on, when it
/// stands just before it in the same clause (`X s'est défendu en
/// précisant`, `X a réagi en affirmant`): a name or a human description
/// before a reflexive or an auxiliary, at most 8 tokens back.
fn gerund_host_subject(doc: &Doc<'_, '_>, ss: usize, g: usize) -> Option<Mention> {
    let lo = g.saturating_sub(8).max(ss + 1);
    let mut k = g;
    while k > lo {
        k -= 1;
        let w = doc.low(k);
        if doc.is_punct(k) || matches!(w, "que" | "qu'" | "qui" | "et" | "mais") {
            return None;
        }
        let verbal = matches!(w, "s'" | "se") || doc.aux(k).is_some_and(|r| !r);
        if !verbal {
            continue;
        }
        // Object clitics (`on l'a maintenu en espérant`) and `ne` are
        // no subject (`nous`, `vous` are, first).
        let mut v = k;
        while v > ss && {
            let w = doc.low(v - 1);
            (is_preverbal(w) && !matches!(w, "nous" | "vous")) || matches!(w, "ne" | "n'")
        } {
            v -= 1;
        }
        if v > ss && is_subject_pronoun(doc.low(v - 1)) {
            return Some(speaker::pronoun_mention(doc, v - 1));
        }
        let m = speaker::np_before(doc, ss, v)?;
        // (Or a body by its noun: `L'association a saisi le tribunal en
        // dénonçant …`.)
        let body = matches!(m.kind, MentionKind::Desc { org_noun: true, .. });
        return (m.is_named() || m.is_human() || body).then_some(m);
    }
    None
}

/// True for a preposition opening an adverbial (`Dans un communiqué,`).
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "en" | "par"
            | "dans"
            | "devant"
            | "lors"
            | "via"
            | "auprès"
            | "sur"
            | "à"
            | "au"
            | "aux"
            | "pour"
            | "après"
            | "avant"
            | "avec"
            | "sans"
            | "depuis"
            | "pendant"
            | "dès"
            | "face"
            | "malgré"
            | "parmi"
            | "vers"
            | "chez"
            | "sous"
            | "entre"
            | "contre"
    )
}

/// The subject of the sentence of token `k`, before `k`: the noun phrase
/// or pronoun that opens it, after leading adverbials (`De plus,`, `Sur
/// Twitter,`), with an apposition (`Le porte-parole, X,`).
pub(crate) fn sentence_subject(doc: &Doc<'_, '_>, k: usize) -> Option<Mention> {
    sentence_subject_with(doc, k, false)
}

/// [`sentence_subject`], which also takes a body by its noun (`L'association
/// …`) when `bodies`.
fn sentence_subject_with(doc: &Doc<'_, '_>, k: usize, bodies: bool) -> Option<Mention> {
    let (ss, _) = doc.sent_range(k);
    let mut j = ss;
    while j < k && matches!(doc.low(j), "-" | "—" | "–") {
        j += 1;
    }
    if j < k && is_open_mark(doc.low(j)) {
        // `« La meilleure manière … » a expliqué X, estimant que`: a
        // quotation that closes before `k` holds no subject of the
        // sentence; after it, the words go on. One that is still open at
        // `k` holds the cue itself (its marks are skipped).
        match (j + 1..k).find(|&x| is_close_mark(doc.low(x))) {
            Some(x) => j = x + 1,
            None => {
                while j < k && is_open_mark(doc.low(j)) {
                    j += 1;
                }
            }
        }
    }
    // `CFDT : Marylise Léon succède à Laurent Berger et promet …`: a
    // title's topic (a few words, no verb) before a colon.
    if let Some(colon) = (j + 1..k.min(j + 5)).find(|&x| doc.low(x) == ":") {
        if (j..colon).all(|x| doc.is_word(x) && !doc.is_known_verb(x))
            && !is_open_mark(doc.low(colon + 1))
        {
            j = colon + 1;
        }
    }
    // `C'est pourquoi je soutiendrai ce rapport, tout en regrettant …`,
    // `Voilà pourquoi le ministre …`: a connector, then the clause.
    if doc.low(j) == "c'" && doc.low(j + 1) == "est" && doc.low(j + 2) == "pourquoi" {
        j += 3;
    } else if matches!(doc.low(j), "voilà" | "voici") && doc.low(j + 1) == "pourquoi" {
        j += 2;
    }
    // (Whether a phrase of a preposition or a participle opened it.)
    let mut opened = false;
    for _ in 0..2 {
        // `De plus, …`, `Sur Twitter, …`: a short opener ending in a comma
        // and naming no person; one that starts with a preposition may be
        // longer (`À la veille de la fête nationale, …`).
        // (`Invité de France Inter,`, `Interrogé par Le Monde,`: a
        // participle opens such a phrase as a preposition does.)
        // (And the short irregular ones, `Élue sans étiquette,` (no noun
        // of people without its article), `Issu du sérail,`.)
        let participle = {
            let w = doc.low(j);
            (w.chars().count() > 4 && participle_like(w))
                || inflects_any(w, &["élu", "elu", "réélu", "issu", "venu"])
        };
        // (`Plus qu'une championne, elle …`, `Au-delà de la victoire,
        // …`: a comparison opens such a phrase too.)
        let compares = matches!(
            doc.low(j),
            "plus" | "moins" | "au-delà" | "outre" | "autant" | "davantage"
        )
            // (`Fidèle à sa doctrine « America First », il a qualifié …`: an
            // adjective of attitude and its complement open one too.)
            || matches!(
                doc.low(j),
                "fidèle"
                    | "soucieux"
                    | "soucieuse"
                    | "conscient"
                    | "consciente"
                    | "conscients"
                    | "désireux"
                    | "désireuse"
                    | "prêt"
                    | "prête"
                    | "fort"
                    | "forte"
                    | "fier"
                    | "fière"
                    | "hostile"
                    | "favorable"
                    | "sûr"
                    | "sûre"
                    // (`Deuxième de l'épreuve, le Vendéen …`: a rank.)
                    | "premier"
                    | "première"
                    | "deuxième"
                    | "troisième"
                    | "second"
                    | "seconde"
                    | "dernier"
                    | "dernière"
                    | "vainqueur"
                    | "lauréat"
                    | "lauréate"
            ) && matches!(doc.low(j + 1), "à" | "au" | "aux" | "de" | "d'" | "du" | "des" | "que" | "qu'");
        // (`Aujourd'hui, la presse …`: an adverb and its comma.)
        if is_opening_adverb(doc.low(j)) && doc.low(j + 1) == "," && j + 2 < k {
            j += 2;
            continue;
        }
        // (`N'étant pas préparés pour recevoir …, les autorités …`: a
        // present participle, negated or not, opens a longer phrase.)
        let gerund = matches!(doc.low(j), "étant" | "ayant")
            || (matches!(doc.low(j), "n'" | "ne") && matches!(doc.low(j + 1), "étant" | "ayant"));
        // (`Vendredi 18 octobre, le tribunal …`: a date opens one too.)
        // (`Quelques heures plus tôt, …`: a phrase of time.)
        // (`Côté suisse, Berne …`: `côté` and its adjective, as a
        // preposition.)
        let prep = (is_preposition(doc.low(j))
            || doc.low(j) == "côté"
            || participle
            || compares
            || gerund
            || is_day_word(doc.low(j))
            || time_phrase_opens(doc, j))
            && doc.entity(j).is_none();
        // (`Médecin généraliste à Roubaix depuis vingt ans, le docteur
        // Laurent Caron, 52 ans, se montre …`: a noun of people with no
        // article, in apposition to the subject after its comma.)
        let bare = !prep
            && doc.entity(j).is_none()
            && speaker::is_human_noun(doc.low(j))
            && !is_det(doc.low(j));
        let lim = (j + if gerund {
            16
        } else if prep || bare {
            12
        } else {
            6
        })
        .min(k);
        if let Some(c) = (j..lim).find(|&x| doc.low(x) == ",") {
            // (Not a name in marks: `Fidèle à sa doctrine « America First
            // », il …`.)
            let named = (j..c).any(|x| {
                doc.entity(x)
                    .is_some_and(|e| doc.ents[e].label() == Label::Per && !name_in_marks(doc, e))
            });
            let np = noun_phrase(doc, j).0;
            // (`les autorités, qui …, craignent`: a phrase with a relative
            // clause is the subject, not an opener.)
            let relative = !prep && doc.low(c + 1) == "qui";
            let apposition = bare
                && (is_det(doc.low(c + 1))
                    || doc
                        .entity(c + 1)
                        .is_some_and(|e| doc.ents[e].label() == Label::Per));
            if !named
                && !relative
                && (prep
                    || apposition
                    || !np.as_ref().is_some_and(|m| m.is_named() || m.is_human()))
            {
                j = c + 1;
                opened = opened || prep;
                continue;
            }
            // (`Interrogé sur le limogeage du directeur …, Éric Arella, le
            // ministre a …`: a name in apposition to the last noun of the
            // phrase that opened the sentence is that phrase's, and a
            // determiner opens the subject after it.)
            let apposed = opened
                && c + 1 < k
                && is_det(doc.low(c + 1))
                && doc.entity(j).is_some_and(|e| {
                    doc.ents[e].label() == Label::Per && (j..c).all(|x| doc.entity(x) == Some(e))
                });
            if apposed {
                j = c + 1;
                continue;
            }
        }
        break;
    }
    if j >= k {
        return None;
    }
    let w = doc.low(j);
    if matches!(w, "il" | "elle") {
        return Some(speaker::pronoun_mention(doc, j));
    }
    // `Afin d'éviter certaines raisons : « … »`: a phrase opened by a
    // preposition is no subject.
    if (is_preposition(w) || w == "afin") && doc.entity(j).is_none() {
        return None;
    }
    let (m, end) = noun_phrase(doc, j);
    let m = m?;
    if let Some(e) = apposed_person(doc, end).filter(|_| end < k) {
        return Some(speaker::entity_mention(doc, e));
    }
    let body = bodies && matches!(m.kind, MentionKind::Desc { org_noun: true, .. });
    (m.is_named() || m.is_human() || body || matches!(m.kind, MentionKind::Pronoun { .. }))
        .then_some(m)
}

/// The comma after the rest of a description at `k` that the noun phrase
/// left out: a short phrase of place (`au Sénat,`, `à l'Assemblée
/// nationale,`, `en Bretagne,`: at most four tokens, a capital among
/// them) or complements and an acronym in brackets (`du commandement du
/// théâtre Est de l'Armée populaire de libération (APL),`, `Est de …`:
/// at most fourteen tokens from `de` or a word, a capital or the
/// acronym among them). No verb, no other punctuation.
fn place_phrase_end(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    let n = doc.n();
    let (max, first) = match doc.low(k) {
        "au" | "à" | "aux" | "en" => (4, k + 1),
        "de" | "d'" | "du" | "des" => (14, k + 1),
        _ => (14, k),
    };
    let mut x = first;
    let mut capital = false;
    while x < n && x <= k + max {
        let w = doc.low(x);
        if w == "(" && max == 14 {
            // `(APL)`: an acronym in brackets, then the comma.
            let close = x + 2;
            if doc.low(close) != ")" || !doc.starts_upper(x + 1) {
                return None;
            }
            x = close + 1;
            capital = true;
            break;
        }
        if doc.is_punct(x) && w != "'" {
            break;
        }
        // (`Est` is a name here, not a verb.)
        let upper = doc.starts_upper(x);
        if (doc.is_known_verb(x) && !upper) || !(doc.is_word(x) || w == "'") {
            return None;
        }
        capital |= upper;
        x += 1;
    }
    (x > first && x < n && doc.low(x) == "," && capital).then_some(x)
}

/// [`apposed_person`] after an inverted subject, with the token after the
/// name: also past a bracketed acronym (`le président de l'Union … (UNPLV),
/// Timothée de Roux`) and a short description before the name (`la
/// rapporteure, la sénatrice LR Sylviane Noël`).
fn apposed_person_after(doc: &Doc<'_, '_>, end: usize) -> Option<(usize, usize)> {
    let n = doc.n();
    let mut k = end;
    if k < n && doc.low(k) == "(" {
        k = (k + 1..(k + 8).min(n)).find(|&x| doc.low(x) == ")")? + 1;
    }
    if k >= n || doc.low(k) != "," {
        return None;
    }
    k += 1;
    // (Past a title: `son avocat, Me Jean Tamalet`.)
    if is_title_abbrev(doc.low(k)) {
        k += 1;
    }
    let start = k;
    if is_determiner(doc.low(k)) {
        // (A description of a few words, no verb, then the name.)
        // (A party may stand in it: `la sénatrice LR Sylviane Noël`.)
        let lim = (k + 6).min(n);
        let person = |x: usize| {
            doc.entity(x)
                .is_some_and(|e| doc.ents[e].label() == Label::Per)
        };
        while k < lim && !person(k) {
            if doc.is_punct(k) || doc.is_known_verb(k) {
                return None;
            }
            k += 1;
        }
        // (A capitalised demonym is one: `son président, l'Allemand
        // Manfred Weber`.)
        // (So is a political family: `la centriste Sylvie Darrieux`.)
        if !(start + 1..k).any(|x| {
            speaker::is_human_noun(doc.low(x))
                || speaker::is_political_family(doc.low(x))
                || (doc.starts_upper(x) && speaker::demonym_country(doc.low(x)).is_some())
        }) {
            return None;
        }
    }
    let e = doc
        .entity(k)
        .filter(|&e| doc.ents[e].label() == Label::Per)?;
    k = doc.entity_end(k, e, n);
    // (The apposition ends there: `a déclaré le maire, la ministre X
    // étant absente` is no apposition.)
    (k >= n || doc.is_punct(k)).then_some((e, k))
}

/// The person named in an apposition right after a noun phrase that ends
/// at token `end` (`le procureur de Paris, François Molins`): the entity
/// after the comma, when it is a person, past its title (`son avocate,
/// Me Inès Berrada`).
fn apposed_person(doc: &Doc<'_, '_>, end: usize) -> Option<usize> {
    if doc.low(end) != "," {
        return None;
    }
    let k = end + 1 + usize::from(is_title_abbrev(doc.low(end + 1)));
    doc.entity(k).filter(|&e| doc.ents[e].label() == Label::Per)
}

/// `X, … ,` before a verb: the first person (else organisation) named
/// in the clause, or the noun phrase before the first comma.
fn apposition_subject(doc: &Doc<'_, '_>, ss: usize, comma: usize) -> Option<Mention> {
    let lo = comma.saturating_sub(WINDOW * 2).max(ss);
    // `L'association, baptisée « Vérité pour Vallières », annonce`: the
    // name a participle of naming gives the subject in marks.
    if comma > lo + 4 && is_close_mark(doc.low(comma - 1)) {
        let named = (comma.saturating_sub(9).max(lo + 2)..comma - 1)
            .rev()
            .find(|&o| is_open_mark(doc.low(o)))
            .filter(|&o| {
                doc.low(o - 2) == ","
                    && ["baptis", "nomm", "appel", "dénomm"]
                        .iter()
                        .any(|p| doc.low(o - 1).starts_with(p))
            })
            .and_then(|o| doc.entity(o + 1))
            .filter(|&e| doc.ents[e].label() == Label::Org);
        if let Some(e) = named {
            return Some(speaker::entity_mention(doc, e));
        }
    }
    // `Les autorités, qui font tout ce qu'elles peuvent, craignent`: the
    // antecedent of a relative clause between commas, even when the
    // clause holds a `que` of its own (a bounded look back); also `X,
    // dont la performance face à Donald Trump a semé le doute, a
    // précisé` (not the name inside the clause).
    // (Over quoted words inside the clause: `Le quadragénaire, qui avait
    // qualifié la situation de « guerre » après …, a prévenu`.)
    if let Some(j) = (lo + 1..comma)
        .rev()
        .take_while(|&j| !matches!(doc.low(j), ";" | ":" | "." | ","))
        .last()
        .filter(|&j| j > lo + 1 && matches!(doc.low(j), "qui" | "dont") && doc.low(j - 1) == ",")
    {
        // (Past an age between the name and the clause: `Thomas, 29 ans,
        // qui a repris l'exploitation de ses parents, s'interroge`.)
        let mut end = j - 1;
        if end >= ss + 4
            && doc.low(end - 1) == "ans"
            && doc.low(end - 2).bytes().all(|b| b.is_ascii_digit())
            && doc.low(end - 3) == ","
        {
            end -= 3;
        }
        if let Some(m) = speaker::np_before(doc, ss, end) {
            return Some(m);
        }
    }
    let mut first_org = None;
    let mut j = comma;
    let mut boundary = lo;
    while j > lo {
        j -= 1;
        let w = doc.low(j);
        if w == "qui" && j > ss && doc.low(j - 1) == "," {
            // `X, qui …, a dit`: the antecedent.
            if let Some(m) = speaker::np_before(doc, ss, j - 1) {
                return Some(m);
            }
        }
        // (Past a few words in marks inside the apposition: `Arnaud
        // Montebourg, figure des « frondeurs » et déjà candidat, estimait`.)
        if is_close_mark(w) {
            if let Some(o) = (j.saturating_sub(6).max(lo)..j)
                .rev()
                .find(|&x| is_open_mark(doc.low(x)))
                .filter(|&o| (o + 1..j).all(|x| doc.is_word(x) || doc.low(x) == "'"))
            {
                j = o;
                continue;
            }
        }
        if matches!(w, "que" | "qu'" | ";" | ":" | "«" | "»" | "." | "qui") {
            boundary = j + 1;
            break;
        }
    }
    // A segment the window cuts is of unknown kind (`Au lendemain de
    // l'annonce par Donald Trump de …, la présidente de la Commission, X,
    // a dénoncé`): from the first comma after the cut.
    if boundary == lo && lo > ss {
        if let Some(c1) = (lo..comma).find(|&x| doc.low(x) == ",") {
            boundary = c1 + 1;
        }
    }
    // A segment opened by a preposition or a participle (`En conférence
    // de presse,`, `élu MVP,`, `interrogé par Le Monde,`), or an adverb
    // alone, names no subject.
    let opens_adjunct = |k: usize| {
        let w = doc.low(k);
        is_preposition(w)
            // (`Aujourd'hui, …`)
            || (is_opening_adverb(w) && doc.low(k + 1) == ",")
            || (!doc.starts_upper(k)
                && (matches!(w, "élu" | "élue" | "élus" | "élues")
                    // (`député` is a noun.)
                    || participle_like(w)))
            // (`longtemps affilié à Al-Qaida,`: an adverb, then a
            // participle.)
            || (matches!(w, "longtemps" | "jadis" | "autrefois" | "naguère" | "déjà" | "souvent")
                && participle_like(doc.low(k + 1)))
    };
    let mut k = boundary;
    let mut adjunct = false;
    // (The segment's first token.)
    let mut seg = boundary;
    while k < comma {
        if k == boundary || doc.low(k - 1) == "," {
            adjunct = opens_adjunct(k);
            seg = k;
        }
        if adjunct {
            k += 1;
            continue;
        }
        // (Not a name in marks: `Le « Trump tchèque », comme le
        // surnomment ses adversaires, a affirmé`.)
        if let Some(e) = doc.entity(k).filter(|&e| !name_in_marks(doc, e)) {
            // `L'avocat de Marine Le Pen, Me Rodolphe Bosselut,`, `La
            // fille de Jean-Marie Le Pen, Marine Le Pen,`: a person named
            // as the complement of a noun is not the subject; the
            // apposition after it may be.
            let complement = k >= boundary + 2
                && matches!(doc.low(k - 1), "de" | "d'" | "du")
                && doc.is_word(k - 2)
                && !doc.starts_upper(k - 2)
                && doc.entity(k - 2).is_none();
            match doc.ents[e].label() {
                Label::Per if complement => {
                    k = doc.entity_end(k, e, comma);
                    continue;
                }
                Label::Per => return Some(speaker::entity_mention(doc, e)),
                // (Not a party or union qualifying a person: `Le
                // député LR des Hauts-de-Seine, médecin, craint`; nor a
                // body in the complement of a noun of people, `X, le PDG
                // de la compagnie Flydubai, a annoncé`; a bounded look.)
                // (Nor one the subject is a member of: `La quinquagénaire,
                // membre du collectif Gardon vivant, appelle`.)
                Label::Org
                    if first_org.is_none()
                        && !(k.saturating_sub(8).max(seg)..k).any(|x| {
                            speaker::is_human_noun_or_plural(doc.low(x))
                                || matches!(
                                    doc.low(x),
                                    "membre" | "membres" | "adhérent" | "adhérente" | "adhérents"
                                )
                        }) =>
                {
                    first_org = Some(e)
                }
                _ => {}
            }
        }
        k += 1;
    }
    // A name the tagger missed, as a whole segment between commas.
    let mut seg_start = boundary;
    for x in boundary..=comma {
        if x == comma || doc.low(x) == "," {
            if seg_start >= x || opens_adjunct(seg_start) {
                seg_start = x + 1;
                continue;
            }
            if let Some((a, b)) = speaker::name_run(doc, seg_start, x) {
                if a == seg_start && b == x {
                    return Some(speaker::np_mention(doc, a, b));
                }
            }
            seg_start = x + 1;
        }
    }
    if let Some(e) = first_org {
        return Some(speaker::entity_mention(doc, e));
    }
    // The first segment that reads as a speaker.
    let mut seg_start = boundary;
    for x in boundary..=comma {
        if x == comma || doc.low(x) == "," {
            if seg_start >= x || opens_adjunct(seg_start) {
                seg_start = x + 1;
                continue;
            }
            if let (Some(m), _) = noun_phrase(doc, seg_start) {
                if m.is_named() || m.is_human() {
                    return Some(m);
                }
            }
            seg_start = x + 1;
        }
    }
    // The noun phrase before the first comma of the clause.
    let mut c1 = boundary;
    while c1 < comma && doc.low(c1) != "," {
        c1 += 1;
    }
    speaker::np_before(doc, boundary, c1)
}

/// The speaker noun phrase after a cue (inverted subject) and one past
/// its last token; for a clitic cue, the clitic (or for `-t-on`, the
/// source named after it, `à Matignon`, `dans l'entourage de X`, and one
/// past that source).
fn inverted_subject(doc: &Doc<'_, '_>, c: &Cue) -> (Option<Mention>, usize) {
    // (An infinitive after `avant de` has its subject before: `avant de
    // dénoncer dans une vidéo publiée sur YouTube un « … »`.)
    if doc.low(c.first) == "avant" && matches!(doc.low(c.first + 1), "de" | "d'") {
        return (None, c.last);
    }
    let (m, end) = inverted_subject_any(doc, c);
    // `se réjouit une manifestante, Claire, 34 ans, …`: someone the text
    // names by a first name in apposition to an indefinite description
    // of people.
    // (A word the tagger left, in the cue's sentence.)
    let named = m.as_ref().and_then(|mm| {
        apposed_first_name(doc, mm, end).filter(|&t| {
            c.clitic.is_none() && doc.entity(t).is_none() && doc.sent(t) == doc.sent(c.first)
        })
    });
    if let Some(t) = named {
        return (
            Some(Mention {
                span: doc.span(t, t + 1),
                kind: MentionKind::Name,
            }),
            t + 1,
        );
    }
    // `fait valoir un conseiller du ministre délégué aux Comptes publics,
    // Thomas Cazenave`: after an indefinite description of someone and a
    // complement naming another person's office, the name is that
    // person's; the speaker is the one the text does not name.
    if let Some(mm) = m.as_ref().filter(|mm| mm.is_named()) {
        let s = doc.tok_at(mm.span.start);
        let a = c.last;
        if c.clitic.is_none()
            && s > a + 4
            && s <= a + 14
            && doc.low(s - 1) == ","
            && matches!(doc.low(a), "un" | "une")
            && speaker::is_human_noun(doc.low(a + 1))
            && matches!(doc.low(a + 2), "du" | "de" | "d'")
            && (a + 3..s - 1).any(|k| {
                let w = doc.low(k);
                speaker::is_human_noun(w) && !matches!(w, "un" | "une")
            })
            && (a..s - 1).all(|k| !doc.is_punct(k) || doc.low(k) == "'")
        {
            return (Some(speaker::np_mention(doc, a, s - 1)), s - 1);
        }
    }
    if m.as_ref()
        .is_some_and(|m| c.clitic.is_none() && thing_with_owner(doc, c.last, m))
    {
        return (None, c.last);
    }
    // `Manon Aubry, qui mène la liste, a dénoncé un candidat « menteur »`:
    // the verb has its subject before, past a relative clause or an
    // apposition up to the comma before it; the phrase after is its
    // object.
    // (A name after the verb is still its inverted subject: `Manon Aubry,
    // qui mène la liste, a ajouté Jean Dupont, « … »`.)
    if m.as_ref().is_some_and(|m| !m.is_named())
        && c.clitic.is_none()
        && c.first >= 2
        && doc.low(c.first - 1) == ","
    {
        let ss = doc.sent_range(c.first).0;
        // (Past a degree and an adjective: `Plus nuancée, la CFE-CGC,
        // majoritaire chez les cadres, salue …`.)
        let ss = if matches!(doc.low(ss), "plus" | "moins" | "très" | "aussi" | "bien")
            && doc.is_word(ss + 1)
            && !doc.starts_upper(ss + 1)
            && doc.low(ss + 2) == ","
            && ss + 3 < c.first
        {
            ss + 3
        } else {
            ss
        };
        if subject_with_relative(doc, ss, c.first - 1) {
            return (None, c.last);
        }
    }
    // `a jugé les images « très choquantes »`: after a singular
    // auxiliary, a plural noun phrase is the object (an inverted subject
    // agrees: `ont jugé les élus`).
    if let Some(mm) = &m {
        let singular = c.clitic.is_none()
            && doc.aux(c.first) == Some(false)
            && matches!(doc.low(c.first), "a" | "avait" | "aura" | "aurait" | "eut");
        let first = doc.tok_at(mm.span.start);
        // (A name may open with `Les`: `a révélé Les Echos`.)
        if singular
            && !mm.is_named()
            && !doc.starts_upper(first)
            && first >= c.last
            && matches!(
                doc.low(first),
                "les" | "des" | "ces" | "leurs" | "nos" | "vos" | "mes" | "plusieurs"
            )
        {
            return (None, c.last);
        }
    }
    (m, end)
}

/// An adverb of manner right before a noun phrase (`a résumé sobrement
/// un porte-parole`; after a compound cue only: `X, critique vivement
/// l'UE` has its object there): a word in `-ement`, `-amment`, `-emment` with no
/// article of its own, a determiner or a name after it (a noun in
/// `-ement` after a cue, `a annoncé le gouvernement`, has its article).
fn manner_adverb_before_np(doc: &Doc<'_, '_>, j: usize) -> bool {
    let w = doc.low(j);
    w.chars().count() >= 7
        && (w.ends_with("ement") || w.ends_with("amment") || w.ends_with("emment"))
        && doc.is_word(j)
        && !doc.starts_upper(j)
        && doc.entity(j).is_none()
        && (is_determiner(doc.low(j + 1))
            || doc.entity(j + 1).is_some()
            || doc.starts_upper(j + 1)
            || is_day_word(doc.low(j + 1)))
}

/// [`inverted_subject`] before the agreement test.
fn inverted_subject_any(doc: &Doc<'_, '_>, c: &Cue) -> (Option<Mention>, usize) {
    if let Some(k) = c.clitic {
        // (Past the source named after `-t-on`: `à Matignon`.)
        let m = clitic_subject(doc, c, k);
        let end = doc.tok_at(m.span.end).max(c.last);
        return (Some(m), end);
    }
    let n = doc.n();
    let mut j = c.last;
    // `lâche, amer, un ancien ministre`: an aside of one or two words
    // between commas before the subject.
    if doc.low(j) == "," {
        if let Some(k) = (j + 2..(j + 4).min(n)).find(|&k| doc.is_punct(k)) {
            if doc.low(k) == ","
                && (j + 1..k)
                    .all(|x| doc.is_word(x) && !doc.starts_upper(x) && doc.form(x).is_none())
                && (is_determiner(doc.low(k + 1)) || doc.entity(k + 1).is_some())
            {
                j = k + 1;
            }
        }
    }
    // `martèle depuis lundi le maire`: `depuis` before a day.
    if doc.low(j) == "depuis" && skippable_before_np(doc.low(j + 1)) {
        j += 1;
    }
    // `avait affirmé début septembre le président`, `a assuré fin juin`,
    // `mi-mars`: a phrase of a month.
    if let Some(e) = month_phrase_end(doc, j) {
        j = e;
    }
    // `écrit en octobre 2014 un cadre`, `a déclaré en 2019 le ministre`:
    // `en` and a month or a year.
    if doc.low(j) == "en" {
        if is_month(doc.low(j + 1)) {
            j += if is_year(doc.low(j + 2)) { 3 } else { 2 };
        } else if is_year(doc.low(j + 1)) {
            j += 2;
        }
    }
    // `a écrit en anglais le Premier ministre`: the language.
    if doc.low(j) == "en" && is_language(doc.low(j + 1)) {
        j += 2;
    }
    // (`pour sa part`, `de son côté`, `une nouvelle fois` as a whole:
    // `souligne sa présidente` has its subject at `sa`.)
    let mut skipped = 0;
    while j < n && skipped < 3 {
        if let Some(e) = adverbial_locution_end(doc, j) {
            j = e;
        } else if (skippable_before_np(doc.low(j)) && doc.entity(j).is_none())
            || (doc.aux(c.first).is_some() && manner_adverb_before_np(doc, j))
        {
            j += 1;
        } else {
            break;
        }
        skipped += 1;
    }
    j = skip_indirect_object(doc, j);
    // `estime dans un communiqué l'association Greenpeace`, `a déclaré
    // lors d'une conférence de presse le ministre`: a short prepositional
    // phrase before the subject (up to the next determiner or name).
    // (`a lancé depuis la mosquée des Omeyyades le chef de HTC`.)
    let from_place = doc.low(j) == "depuis" && is_det(doc.low(j + 1));
    let after_a = circumstance_with_a(doc, j);
    if (from_place
        || after_a.is_some()
        || matches!(
            doc.low(j),
            "dans" | "lors" | "sur" | "pendant" | "devant" | "auprès"
        ))
        && c.clitic.is_none()
    {
        let mut x = j + 1;
        // (Or a name in lower case: `a prévenu sur franceinfo le
        // président …`.)
        if let Some(a) = after_a {
            // Past the noun's complements: `à la sortie du tribunal`, `à
            // l'issue du conseil des ministres`, `à la tribune de
            // l'Assemblée`, `au micro de Sud Radio` (a name the tagger
            // left alone: its capitalised words).
            x = a;
            for _ in 0..3 {
                if !matches!(doc.low(x), "de" | "d'" | "du" | "des") {
                    break;
                }
                x += 1;
                if matches!(doc.low(x), "la" | "l'" | "le" | "les") {
                    x += 1;
                }
                if let Some(e) = doc.entity(x) {
                    x = doc.entity_end(x, e, n);
                } else if doc.starts_upper(x) {
                    let lim = (x + 6).min(n);
                    while x < lim && doc.starts_upper(x) && doc.is_word(x) {
                        x += 1;
                    }
                } else if doc.is_word(x) && !is_determiner(doc.low(x)) {
                    x += 1;
                } else {
                    break;
                }
            }
        } else if !is_determiner(doc.low(x)) && (doc.starts_upper(x) || doc.entity(x).is_some()) {
            // `a écrit sur X la secrétaire nationale`: past a name.
            match doc.entity(x) {
                Some(e) => {
                    x = doc.entity_end(x, e, n);
                }
                None => x += 1,
            }
        } else {
            // Past the phrase's own determiner and noun.
            while x < n && x < j + 3 && !doc.is_punct(x) {
                x += 1;
            }
        }
        let lim = (j + if after_a.is_some() { 14 } else { 7 }).min(n);
        // (Up to a name the tagger left alone too: `a soufflé à la sortie
        // de l'audience Thierry, qui …`.)
        while x < lim
            && !doc.is_punct(x)
            && (!is_determiner(doc.low(x)) || matches!(doc.low(x - 1), "de" | "d'"))
            && doc.entity(x).is_none()
            && !doc.starts_upper(x)
        {
            x += 1;
        }
        // (`a lancé au micro de RTL la ministre`: past the medium's name.)
        if after_a.is_some() && matches!(doc.low(x.wrapping_sub(1)), "de" | "d'") {
            if let Some(e) = doc.entity(x) {
                x = doc.entity_end(x, e, n);
            }
        }
        if x < lim && !doc.is_punct(x) {
            if let (Some(m), end) = noun_phrase(doc, x) {
                // (`a réclamé sur X le rapporteur général du budget au
                // Sénat, Jean-François Husson`: past a phrase of place.)
                let place = place_phrase_end(doc, end).filter(|_| !m.is_named());
                // (A name may be followed by whom it was said to or a
                // circumstance: `a lancé dans l'hémicycle l'insoumis X à
                // l'adresse de la majorité`.)
                // (Not a name a preposition governs inside the
                // circumstance: `lors d'un entretien avec Donald Trump à
                // Washington le président ukrainien`.)
                let ends = end >= n
                    || doc.is_punct(end)
                    || place.is_some()
                    || (m.is_human() && field_end(doc, end).is_some())
                    || m.is_named()
                        && !is_preposition(doc.low(x - 1))
                        && !matches!(doc.low(x - 1), "de" | "d'" | "du" | "des" | "au" | "aux")
                        && matches!(
                            doc.low(end),
                            "à" | "au" | "aux" | "devant" | "en" | "lors" | "pour" | "après"
                        );
                // (Or an organisation by its noun and name: `estime dans un
                // communiqué l'association Greenpeace`.)
                let org_named = matches!(m.kind, MentionKind::Desc { org: Some(_), .. });
                if ends && (m.is_named() || m.is_human() || org_named) {
                    // (`a prévenu sur franceinfo le président de la FNSEA,
                    // Arnaud Rousseau`: the apposed person.)
                    return with_apposed_person(doc, m, end);
                }
            }
        }
    }
    // `indique un communiqué de l'entreprise`: the document's author.
    if is_determiner(doc.low(j))
        && is_information_noun(doc.low(j + 1))
        && matches!(doc.low(j + 2), "de" | "d'" | "du" | "des")
    {
        let a = if matches!(doc.low(j + 2), "de" | "d'") {
            j + 3
        } else {
            j + 2
        };
        let a = if doc.low(a) == "presse" && matches!(doc.low(a + 1), "de" | "d'" | "du" | "des") {
            a + 2
        } else {
            a
        };
        if let (Some(m), end) = noun_phrase(doc, a) {
            return (Some(m), end);
        }
    }
    // (`a adressé au nouveau maire ses « vœux »`: a phrase with `à` is
    // no subject; a person named in apposition after it may be: `a lancé
    // aux bancs du gouvernement la présidente du groupe insoumis, Mathilde
    // Panot`.)
    if matches!(doc.low(j), "au" | "aux") {
        // (Past one noun, to whom it was said, a description that ends
        // the clause: `a assuré aux députés la ministre des Comptes
        // publics.`)
        if j + 2 < n
            && doc.is_word(j + 1)
            && !doc.starts_upper(j + 1)
            && !is_determiner(doc.low(j + 1))
            && is_determiner(doc.low(j + 2))
            && !matches!(doc.low(j + 2), "du" | "des" | "au" | "aux")
        {
            if let (Some(m), end) = noun_phrase(doc, j + 2) {
                if (end >= n || doc.is_punct(end)) && (m.is_named() || m.is_human()) {
                    return with_apposed_person(doc, m, end);
                }
            }
        }
        return match noun_phrase(doc, j) {
            (Some(m), end) => match with_apposed_person(doc, m, end) {
                (Some(p), e) if p.is_named() => (Some(p), e),
                _ => (None, c.last),
            },
            (None, _) => (None, c.last),
        };
    }
    match noun_phrase(doc, j) {
        (Some(m), end) => with_apposed_person(doc, m, end),
        (None, _) => (None, c.last),
    }
}

/// For `à`/`au`/`aux` at token `j` opening a phrase of when, where or to
/// whom something was said, which may stand between a cue and its
/// inverted subject (`a déclaré à la presse`, `a soufflé à la sortie de
/// l'audience`, `a souligné à l'issue de la réunion`, `a lancé au micro de
/// RTL`): the token after its noun; for `auprès de X`, the `de` of its
/// complement.
fn circumstance_with_a(doc: &Doc<'_, '_>, j: usize) -> Option<usize> {
    // (`auprès de l'AFP`: its complement right after it.)
    if doc.low(j) == "auprès" && matches!(doc.low(j + 1), "de" | "d'" | "du" | "des") {
        return Some(j + 1);
    }
    let noun = match doc.low(j) {
        "au" | "aux" => j + 1,
        "à" if matches!(doc.low(j + 1), "la" | "l'") => j + 2,
        _ => return None,
    };
    let known = matches!(
        doc.low(noun),
        "sortie"
            | "sortir"
            | "issue"
            | "fin"
            | "terme"
            | "micro"
            | "antenne"
            | "tribune"
            | "presse"
            | "journalistes"
            // (`a lancé à l'adresse du ministre la députée X`, `a
            // déclaré aux côtés d'Emmanuel Macron le chancelier`.)
            | "adresse"
            | "côtés"
    );
    known.then_some(noun + 1)
}

/// An inverted subject `m` ending at token `end`, or the person in
/// apposition after it when `m` is a description (`a affirmé le
/// procureur de Paris, François Molins`; past a short phrase of place:
/// `le président du groupe LR au Sénat, Bruno Retailleau`), with the token
/// after it. Not a person of the other gender, who is the complement's
/// (`un conseiller de la Première ministre, Élisabeth Borne`).
fn with_apposed_person(doc: &Doc<'_, '_>, m: Mention, end: usize) -> (Option<Mention>, usize) {
    if m.is_named() {
        return (Some(m), end);
    }
    let agrees = |e: usize| match m.kind {
        MentionKind::Desc {
            gender: Some(g), ..
        } => doc.ents[e].gender().is_none_or(|x| x == g),
        _ => true,
    };
    let tail = place_phrase_end(doc, end)
        .or_else(|| field_end(doc, end))
        .unwrap_or(end);
    match apposed_person_after(doc, tail).filter(|&(e, _)| agrees(e)) {
        Some((e, x)) => (Some(speaker::entity_mention(doc, e)), x),
        None => (Some(m), end),
    }
}

/// The comma after a field of study or work after a noun of people,
/// `en` and one lower-case word (`une étudiante en médecine, Jana
/// Petrovic`), when token `k` is that `en`.
fn field_end(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    (k + 2 < doc.n()
        && doc.low(k) == "en"
        && doc.is_word(k + 1)
        && !doc.starts_upper(k + 1)
        && !is_determiner(doc.low(k + 1))
        && doc.low(k + 2) == ",")
        .then_some(k + 2)
}

/// The speaker of `par la voix de X` or `par l'intermédiaire de X` in
/// tokens `a..b` (the last such phrase): X, or the person named in an
/// apposition after it (`par la voix du porte-parole, John Kirby`).
fn voice_of(doc: &Doc<'_, '_>, a: usize, b: usize) -> Option<Mention> {
    let n = doc.n();
    let b = b.min(n);
    let mut found = None;
    for x in a..b.saturating_sub(4) {
        if doc.low(x) != "par" {
            continue;
        }
        let via = matches!(
            (doc.low(x + 1), doc.low(x + 2)),
            ("la", "voix") | ("l'", "intermédiaire")
        );
        let np = match doc.low(x + 3) {
            "de" | "d'" => x + 4,
            "du" | "des" => x + 3,
            _ => continue,
        };
        if via && np < b {
            found = Some(np);
        }
    }
    let (m, end) = noun_phrase(doc, found?);
    let m = m?;
    if let Some(e) = apposed_person(doc, end).filter(|_| !m.is_named()) {
        return Some(speaker::entity_mention(doc, e));
    }
    (m.is_named() || m.is_human()).then_some(m)
}

/// False for a noun phrase after a cue that reads as its object: a
/// possessive or partitive phrase (`leur implication`, `des
/// inquiétudes`) that names nobody and has no human head noun.
fn inverted_subject_like(doc: &Doc<'_, '_>, m: &Mention) -> bool {
    let MentionKind::Desc { first, last, .. } = m.kind else {
        return true;
    };
    if !matches!(
        doc.low(first),
        "leur" | "leurs" | "son" | "sa" | "ses" | "du" | "des"
    ) {
        return true;
    }
    // (Or its circle of people: `a fait savoir son entourage`, `son
    // cabinet`, `son équipe de campagne`, `a annoncé sa famille`.)
    (first..last).take(4).any(|k| {
        doc.entity(k).is_some()
            || speaker::is_human_noun_or_plural(doc.low(k))
            || matches!(
                doc.low(k),
                "entourage" | "cabinet" | "équipe" | "camp" | "staff" | "conseil" | "famille"
                    // (`a annoncé jeudi sa direction`, `sa présidence`.)
                    | "direction" | "présidence" | "porte-parole" | "avocat" | "avocate"
                    // (`a annoncé son délégataire, la société Navéo`.)
                    | "délégataire"
            )
    })
}

/// After a cue, an indirect object before an inverted subject: `, à
/// Reuters,` (a short segment between commas) or `à l'AFP` (`à`, an
/// article and a name, then a determiner or a name). The token after
/// it, else `j`.
fn skip_indirect_object(doc: &Doc<'_, '_>, j: usize) -> usize {
    let n = doc.n();
    let to = |w: &str| matches!(w, "à" | "au" | "aux");
    if j + 2 < n && doc.low(j) == "," && to(doc.low(j + 1)) {
        let lim = (j + 8).min(n);
        if let Some(c) = (j + 2..lim).find(|&x| doc.is_punct(x)) {
            if doc.low(c) == "," && c > j + 2 {
                return c + 1;
            }
        }
        return j;
    }
    if j + 2 < n && to(doc.low(j)) {
        let mut k = j + 1;
        if matches!(doc.low(k), "l'" | "la" | "le" | "les") {
            k += 1;
        }
        if let Some(e) = doc.entity(k) {
            k = doc.entity_end(k, e, n);
            // (Or a title before a name: `a indiqué à l'AFP Me Jean
            // Tamalet`.)
            let titled = |x: usize| is_title_abbrev(doc.low(x)) && doc.entity(x + 1).is_some();
            if k < n && (is_determiner(doc.low(k)) || doc.entity(k).is_some() || titled(k)) {
                return k;
            }
        } else if doc.starts_upper(k) && doc.is_word(k) {
            // `a indiqué au Monde le premier substitut`: a medium the
            // tagger missed.
            let mut x = k;
            while x < n && x < k + 3 && doc.starts_upper(x) && doc.is_word(x) {
                x += 1;
            }
            if x < n && (is_determiner(doc.low(x)) || doc.entity(x).is_some()) {
                return x;
            }
        }
        // `a lancé au Premier ministre un viticulteur`, `a expliqué à ses
        // troupes le patron de LR`: people spoken to, a short phrase with
        // a noun of people, before the subject's determiner or name.
        let mut k = j + 1;
        if matches!(
            doc.low(k),
            "l'" | "la" | "le" | "les" | "ses" | "son" | "sa" | "leurs" | "leur" | "ces"
        ) {
            k += 1;
        }
        let mut x = k;
        while x < n
            && x < k + 3
            && doc.is_word(x)
            && !is_determiner(doc.low(x))
            && !matches!(doc.low(x), "de" | "d'" | "du" | "des")
            && doc.entity(x).is_none()
            && !doc.is_known_verb(x)
        {
            x += 1;
        }
        if x > k
            && x < n
            && (is_determiner(doc.low(x)) || doc.entity(x).is_some())
            && (k..x).any(|y| speaker::is_human_noun_or_plural(doc.low(y)))
        {
            return x;
        }
    }
    j
}

/// A noun phrase starting at token `j`: a determiner or title, then words,
/// `de`/`du`/`des`/`l'` complements and entities, up to a stop word or
/// punctuation. Returns the mention and one past its last token.
pub(crate) fn noun_phrase(doc: &Doc<'_, '_>, j: usize) -> (Option<Mention>, usize) {
    let n = doc.n();
    if j >= n {
        return (None, j);
    }
    let w0 = doc.low(j);
    // `Mais un responsable du mouvement, cité par Reuters, a assuré`: a
    // conjunction opening the sentence is no part of the phrase.
    if matches!(w0, "mais" | "or")
        && doc.sent_range(j).0 == j
        && (is_determiner(doc.low(j + 1)) || doc.entity(j + 1).is_some())
    {
        return noun_phrase(doc, j + 1);
    }
    if matches!(w0, "lui" | "elle" | "eux" | "elles" | "il" | "ils") {
        return (Some(speaker::pronoun_mention(doc, j)), j + 1);
    }
    // `Je partage leur inquiétude et pense que …` (a speech, an op-ed):
    // the speaker is the pronoun alone, and the text does not say who it
    // is (resolved like an indefinite description: to nobody; such a
    // statement is then no quote unless in marks, see `first_person`). `nous`
    // and `vous` are subjects only at the start of the sentence (else
    // objects: `veut nous imposer`).
    if matches!(w0, "je" | "j'" | "tu")
        || (matches!(w0, "nous" | "vous") && doc.sent_range(j).0 == j)
    {
        return (Some(speaker::first_person_mention(doc, j)), j + 1);
    }
    let ok_start =
        is_determiner(w0) || doc.entity(j).is_some() || doc.starts_upper(j) || is_title_abbrev(w0);
    // (`Permettez-moi de lire`, `Dites-nous` : a capitalised word before
    // a clitic is an imperative verb, no name.)
    if !ok_start || doc.is_punct(j) || matches!(w0, "que" | "qu'") || doc.is_clitic(j + 1) {
        return (None, j);
    }
    let mut k = j;
    // (Never past its sentence: `« … », scande la foule` in a title line
    // ends there, before the next paragraph's `Près de 5 000 …`.)
    let lim = (j + WINDOW).min(doc.sent_range(j).1);
    // `Les gouvernements nationaux octroient …`: in a plural noun phrase
    // a lower-case word in `-ent` that no preposition or article governs
    // is the verb (a noun in `-ent` there is plural, `-ents`).
    let plural = matches!(
        w0,
        "les" | "des" | "ces" | "leurs" | "nos" | "vos" | "plusieurs" | "certains" | "certaines"
    );
    while k < lim {
        let w = doc.low(k);
        if doc.is_punct(k) && !matches!(w, "-" | "'") {
            break;
        }
        // (`l'économiste en chef de l'OCDE`, `le rédacteur en chef`: one
        // noun.)
        if k > j && w == "en" && doc.low(k + 1) == "chef" {
            k += 2;
            continue;
        }
        // (A clitic inside a relative clause with a pronoun of its own
        // goes on: `le vieux seigneur auquel s'adressait X`; a name in it
        // is no speaker, see `np_mention`.)
        let relative_clitic = matches!(w, "ne" | "n'" | "se" | "s'")
            && (j..k).any(|x| is_relative_pronoun(doc.low(x)));
        // (A complement coordinated with one of the phrase's own: `la
        // préfecture maritime de la Manche et de la mer du Nord`.)
        // (Or with `à`: `le commissaire européen à la pêche et aux
        // océans`.)
        let coordinated_complement = w == "et"
            && k > j + 2
            && ((matches!(doc.low(k + 1), "de" | "du" | "des" | "d'")
                && (j + 1..k).any(|x| matches!(doc.low(x), "de" | "du" | "des" | "d'")))
                || (matches!(doc.low(k + 1), "à" | "au" | "aux")
                    && (j + 1..k).any(|x| matches!(doc.low(x), "à" | "au" | "aux"))));
        // (An office's field after `à`: `le commissaire européen à la
        // pêche`, `l'adjointe à la culture`; not `le commissaire à la
        // presse`, whom it spoke to.)
        let office_field = matches!(w, "à" | "au" | "aux")
            && (j..k).any(|x| {
                matches!(
                    doc.low(x),
                    "commissaire" | "adjoint" | "adjointe" | "délégué" | "déléguée"
                )
            })
            && !(k + 1..(k + 3).min(lim)).any(|x| {
                matches!(
                    doc.low(x),
                    "presse" | "journalistes" | "médias" | "micro" | "afp"
                )
            });
        if k > j
            && doc.entity(k).is_none()
            && !relative_clitic
            && !coordinated_complement
            && !office_field
            && (ends_np(w) || doc.aux(k).is_some())
        {
            break;
        }
        // (An object pronoun before a verb: `Le ministre l'assure : « … »`,
        // `l'a répété`.)
        if k > j
            && matches!(w, "l'" | "le" | "la" | "les" | "lui" | "leur")
            && k + 1 < lim
            && !doc.starts_upper(k + 1)
            && doc.entity(k + 1).is_none()
            && (doc.aux(k + 1).is_some() || doc.form(k + 1).is_some())
        {
            break;
        }
        if plural
            && k > j + 1
            && w.ends_with("ent")
            && doc.entity(k).is_none()
            && !doc.starts_upper(k)
            && !is_preposition(doc.low(k - 1))
            && !is_determiner(doc.low(k - 1))
            && !matches!(doc.low(k - 1), "de" | "d'" | "du" | "des")
        {
            break;
        }
        // `Cette annonce fait suite à …`: a finite form of a known verb
        // after the head, not governed by an article or a preposition,
        // nor in a relative clause (`le vieux seigneur auquel
        // s'adressait X`), is the verb (the noun phrase ends before it).
        if k > j + 1
            && doc.entity(k).is_none()
            && !doc.starts_upper(k)
            && !is_determiner(doc.low(k - 1))
            && !is_preposition(doc.low(k - 1))
            && !matches!(doc.low(k - 1), "de" | "d'" | "du" | "des")
            && !is_prenominal(doc.low(k - 1))
            && doc.is_known_verb(k)
            && !(j..k).any(|x| is_relative_pronoun(doc.low(x)))
        {
            break;
        }
        if doc.is_clitic(k) {
            break;
        }
        k += 1;
    }
    // Do not end on a dangling `de`/`l'`.
    while k > j
        && matches!(
            doc.low(k - 1),
            "de" | "d'" | "du" | "des" | "l'" | "la" | "le" | "les"
        )
    {
        k -= 1;
    }
    if k == j {
        return (None, j);
    }
    (Some(speaker::np_mention(doc, j, k)), k)
}

/// The relative pronouns that open a clause of their own inside a noun
/// phrase (`le vieux seigneur auquel s'adressait X`, `le pays où …`).
pub(crate) fn is_relative_pronoun(w: &str) -> bool {
    matches!(
        w,
        "auquel"
            | "auxquels"
            | "auxquelles"
            | "lequel"
            | "laquelle"
            | "lesquels"
            | "lesquelles"
            | "où"
    )
}

/// Adjectives that stand before their noun (`sa première visite`, `une
/// nouvelle offre`): a word after one is a noun, not a verb.
fn is_prenominal(w: &str) -> bool {
    matches!(
        w,
        "premier"
            | "première"
            | "nouveau"
            | "nouvel"
            | "nouvelle"
            | "grand"
            | "grande"
            | "dernier"
            | "dernière"
            | "seul"
            | "seule"
            | "même"
            | "autre"
            | "prochain"
            | "prochaine"
            | "ancien"
            | "ancienne"
            | "petit"
            | "petite"
            | "jeune"
            | "vrai"
            | "vraie"
            | "bon"
            | "bonne"
            | "gros"
            | "grosse"
            | "vieux"
            | "vieil"
            | "vieille"
            | "long"
            | "longue"
            | "double"
            | "simple"
            | "véritable"
            | "principal"
            | "principale"
    )
}

/// The speaker an inverted clitic `k` of cue `c` names: the pronoun, or
/// for `-t-on` the institution named right after (`assure-t-on à
/// Matignon`, `explique-t-on chez Renault`; not `dans l'entourage du
/// président`, which names none).
fn clitic_subject(doc: &Doc<'_, '_>, c: &Cue, k: usize) -> Mention {
    if doc.low(k).ends_with("on") {
        // (`…, a-t-on appris de source diplomatique`: the source, as for
        // an indirect report.)
        if let Some((m, _)) = source_after_on(doc, c) {
            return m;
        }
        let j = c.last.max(k + 1);
        // `explique-t-on dans l'entourage du président`: the entourage,
        // a group no one person stands for.
        if doc.low(j) == "dans" {
            if let Some(e) = entourage_end(doc, j + 1) {
                return speaker::np_mention(doc, j + 1, e);
            }
            // (`glisse-t-on dans son entourage`.)
            if matches!(doc.low(j + 1), "son" | "leur") && doc.low(j + 2) == "entourage" {
                // (`proche`, `immédiat` after it.)
                let e = if matches!(doc.low(j + 3), "proche" | "immédiat") {
                    j + 4
                } else {
                    j + 3
                };
                if e >= doc.n() || doc.is_punct(e) {
                    return speaker::np_mention(doc, j + 1, e);
                }
            }
        }
        // `a-t-on indiqué rue Descartes`, `quai d'Orsay`: the seat of a
        // ministry, named by its street (up to the clause's end, at most
        // five tokens).
        if matches!(
            doc.low(j),
            "rue" | "quai" | "place" | "avenue" | "boulevard" | "hôtel"
        ) && j + 1 < doc.n()
            && (doc.starts_upper(j + 1) || matches!(doc.low(j + 1), "de" | "d'" | "du"))
        {
            let (_, se) = doc.sent_range(j);
            if let Some(e) = (j + 1..(j + 6).min(se + 1)).find(|&x| x >= se || doc.is_punct(x)) {
                // (Only the streets of the seats of power, not any shop's:
                // `a-t-on indiqué rue de la Paix`.)
                if (j + 1..e).any(|x| is_seat_street(doc.low(x))) {
                    return speaker::np_mention(doc, j, e);
                }
            }
        }
        // `indique-t-on au ministère`: the ministry (the one the text
        // named, as for `le ministère`).
        if doc.low(j) == "au" && doc.low(j + 1) == "ministère" && doc.is_punct(j + 2) {
            return speaker::np_mention(doc, j, j + 2);
        }
        if matches!(doc.low(j), "à" | "au" | "chez" | "dans") {
            let at = if matches!(doc.low(j + 1), "l'" | "le" | "la") {
                j + 2
            } else {
                j + 1
            };
            // (Not a medium, whom it was said to: `précise-t-on au
            // Monde`.)
            let place = doc.entity(at).filter(|&e| {
                let ent = &doc.ents[e];
                matches!(ent.label(), Label::Org | Label::Loc)
                    && ent.start() == doc.toks[at].start()
                    && ent.entry().and_then(|x| x.kind()) != Some("media")
            });
            if let Some(e) = place {
                return speaker::entity_mention(doc, e);
            }
            // `indique-t-on à la préfecture de la Savoie`, `au parquet de
            // Paris`: an institution the description names, up to the
            // clause's end (at most eight tokens). (Not whom it is said to:
            // `à la presse`, `à la justice`.)
            let institution = matches!(
                doc.low(at),
                "mairie"
                    | "préfecture"
                    | "municipalité"
                    | "ministère"
                    | "parquet"
                    | "rectorat"
                    | "ambassade"
                    | "consulat"
                    | "présidence"
                    | "direction"
                    | "tribunal"
                    | "commission"
                    | "état-major"
                    | "siège"
                    | "cabinet"
                    | "région"
                    | "fédération"
                    | "confédération"
                    | "gendarmerie"
                    | "commissariat"
            );
            if (at > j + 1 || doc.low(j) == "au") && institution {
                let (_, se) = doc.sent_range(at);
                if let Some(e) =
                    (at + 1..(at + 9).min(se + 1)).find(|&x| x >= se || doc.is_punct(x))
                {
                    // (`au` is `à le`: the description's article.)
                    let from = if doc.low(j) == "au" { j } else { j + 1 };
                    return speaker::np_mention(doc, from, e);
                }
            }
        }
    }
    speaker::clitic_mention(doc, k)
}

/// The names of the streets and mansions of the seats of French power
/// (`rue Descartes`, `place Beauvau`, `quai d'Orsay`, `hôtel de
/// Brienne`), lowercased: the press names ministries by them.
fn is_seat_street(w: &str) -> bool {
    matches!(
        w,
        "descartes"
            | "grenelle"
            | "varenne"
            | "beauvau"
            | "orsay"
            | "brienne"
            | "valois"
            | "ségur"
            | "vendôme"
            | "bercy"
            | "matignon"
            | "duquesne"
            | "faubourg-saint-honoré"
            | "roquelaure"
            | "oudinot"
    )
}

/// The end of `l'entourage de X` opening at token `a` (its closing
/// punctuation, at most ten tokens on, in the sentence).
fn entourage_end(doc: &Doc<'_, '_>, a: usize) -> Option<usize> {
    if !(doc.low(a) == "l'"
        && doc.low(a + 1) == "entourage"
        && matches!(doc.low(a + 2), "de" | "d'" | "du" | "des"))
    {
        return None;
    }
    let (_, se) = doc.sent_range(a);
    (a + 3..(a + 13).min(se))
        .find(|&k| doc.is_punct(k))
        .filter(|&k| k > a + 3)
}

/// `Il aurait « … », a affirmé X`: when words that are no cue stand
/// between the clause start and the opening mark, the clause start.
fn mixed_prefix(doc: &Doc<'_, '_>, ri: usize, regions: &[Region], cue_at: &[u32]) -> Option<usize> {
    let r = &regions[ri];
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    // (After a live blog's time: `15 h 05 – « … », déclare X`.)
    let ss = line_head_end(doc, ss)
        .filter(|&e| e <= open_tok)
        .unwrap_or(ss);
    if open_tok <= ss {
        return None;
    }
    let mut start = ss;
    // Inside an enclosing quotation: start after its opening mark.
    for k in (ss..open_tok).rev() {
        let w = doc.low(k);
        if matches!(w, ":" | ";" | "«" | "“" | "»" | "”" | "\"") {
            start = k + 1;
            break;
        }
    }
    let words = doc.words_upto(start, open_tok, 2);
    if words < 2 {
        return None;
    }
    // (A comma before the marks closes words with no verb of their own:
    // `Anthony Albanese réélu, « les Australiens ont choisi … », se
    // félicite X` (a participle before the comma), `dans les
    // Pyrénées-Orientales, « chaque goutte compte »` (a phrase opening with
    // a preposition); not a clause the marks go on, `X est mort mercredi à
    // Paris, « dans son sommeil », a annoncé sa fille`, nor one with a verb
    // no list knows, `Les négociations piétinent, « on n'avance pas »`.)
    // (A bounded look: words of over 40 tokens are taken as a clause.)
    if doc.low(open_tok - 1) == ","
        && open_tok - start <= 40
        && !(start..open_tok)
            .any(|k| doc.is_known_verb(k) || matches!(doc.low(k), "se" | "s'" | "ne" | "n'"))
        && (is_preposition(doc.low(start))
            // (A phrase of time: `Mardi soir,`, `Le lendemain,`, `Ce matin,`,
            // `Une semaine plus tard,`: determiners, numbers, times, adverbs.)
            || is_day_word(doc.low(start))
            || time_phrase_opens(doc, start)
            || (start..open_tok - 1).all(|x| {
                let w = doc.low(x);
                is_determiner(w)
                    || is_time_word(w)
                    || is_group_adverb(w)
                    || is_number_word(w)
                    || matches!(
                        w,
                        "lendemain" | "veille" | "matin" | "soir" | "semaine" | "mois" | "jour"
                            | "tard" | "tôt" | "plus" | "heure" | "heures" | "après-midi"
                    )
            })
            // (A heading with no article: `Colère chez les agriculteurs,`.)
            || (doc.starts_upper(start)
                && !is_determiner(doc.low(start))
                && doc.entity(start).is_none()
                && !matches!(doc.low(start), "il" | "elle" | "ils" | "elles" | "on" | "nous" | "je")
                && open_tok - start <= 6)
            || (open_tok >= start + 3 && !doc.starts_upper(open_tok - 2) && {
                // (In `-é` or in `-u`: `condamné`, `réélu`, `battue`.)
                let w = doc.low(open_tok - 2);
                let u = w.trim_end_matches('s').trim_end_matches('e');
                lexicon::participle_ending(w)
                    || (u.chars().count() >= 4
                        && u.ends_with('u')
                        && !u.ends_with("eu")
                        && !u.ends_with("au")
                        && !u.ends_with("ou"))
            }))
    {
        return None;
    }
    for (k, &ca) in cue_at.iter().enumerate().take(open_tok).skip(start) {
        // (`d'après`, not `abandonné en 2019 après l'opposition de X`.)
        if ca != NONE
            || doc.low(k) == "selon"
            || (doc.low(k) == "après" && k > start && doc.low(k - 1) == "d'")
            || (k == start && doc.low(k) == "pour")
        {
            return None;
        }
        // (Not before words that name nothing, a preposition or an
        // adverb in lower case: `Matignon suit le dossier « de très près
        // »`.)
        // (Nor is a predicate in marks a title: `Le projet « a été
        // entièrement repensé », assure X`.)
        if is_title_noun(doc.low(k)) && !manner_in_marks(doc, r) && !predicate_in_marks(doc, r) {
            return None;
        }
    }
    Some(doc.toks[start].start())
}

/// Does the quotation open with a finite verb in lower case (`« a été
/// repensé »`, `« n'a pas participé »`, `« sera présenté »`): a predicate,
/// which names no title?
fn predicate_in_marks(doc: &Doc<'_, '_>, r: &Region) -> bool {
    let first = doc.tok_at(r.start());
    let v = if matches!(doc.low(first), "ne" | "n'") {
        first + 1
    } else {
        first
    };
    v < doc.n() && !doc.starts_upper(first) && doc.is_known_verb(v)
}

/// Does the quotation open with a lower-case preposition or adverb of
/// manner or degree (`« de très près »`, `« avec attention »`, `« très
/// attentivement »`): words that name no title?
fn manner_in_marks(doc: &Doc<'_, '_>, r: &Region) -> bool {
    let first = doc.tok_at(r.start());
    first < doc.n()
        && !doc.starts_upper(first)
        && (matches!(
            doc.low(first),
            "de" | "d'" | "avec" | "sans" | "très" | "trop" | "plus" | "moins" | "en" | "à"
        ) || doc.low(first).ends_with("ment"))
}

/// A dash line that signs a quotation box (`— Barack Obama , Président
/// des États-Unis d'Amérique.`): a person's name, then nothing or an
/// apposition after a comma, with no cue and no pronoun of speech.
fn signature(doc: &Doc<'_, '_>, a: usize, b: usize) -> bool {
    let Some(e) = doc.entity(a).filter(|&e| doc.ents[e].label() == Label::Per) else {
        return false;
    };
    let mut k = doc.entity_end(a, e, b);
    // `— Olivier Ravanello et Antoine Genton, au nom de …`: two people.
    if k + 1 < b && doc.low(k) == "et" {
        if let Some(e2) = doc
            .entity(k + 1)
            .filter(|&e2| doc.ents[e2].label() == Label::Per)
        {
            k += 1;
            while k < b && doc.entity(k) == Some(e2) {
                k += 1;
            }
        }
    }
    // A question, an exclamation, an address (`— Jean Valjean, tu es
    // libre.`) is dialogue.
    if (k..b).any(|x| matches!(doc.low(x), "?" | "!" | "…")) {
        return false;
    }
    while k < b && doc.low(k) == "." {
        k += 1;
    }
    if k == b {
        return true;
    }
    if doc.low(k) != "," || b - k > 16 {
        return false;
    }
    // The apposition names a function (`Président des États-Unis`,
    // `président de l'Olympique lyonnais`), with no verb or pronoun.
    (k + 1..(k + 4).min(b)).any(|x| speaker::is_human_noun(doc.low(x)))
        && (k + 1..b).all(|x| {
            doc.aux(x).is_none()
                && doc.form(x).is_none()
                && !matches!(
                    doc.low(x),
                    "je" | "j'"
                        | "tu"
                        | "nous"
                        | "vous"
                        | "il"
                        | "elle"
                        | "on"
                        | "te"
                        | "me"
                        | "toi"
                        | "moi"
                        | "«"
                        | "»"
                )
        })
}

/// `le général Mohamed Hamdan Daglo, dit « Hemedti », …`, `Ernesto
/// Guevara, dit « le Che » (1928-1967)`: a nickname after a name (a
/// capitalised word or an entity's last token) and `, dit`: one to three
/// words, capitalised or an article and a capitalised word, closed before
/// a comma or a bracket. (Closed before the sentence's end, `Édouard
/// Philippe, dit « Peut-être ».`, the words are said.)
fn is_nickname(doc: &Doc<'_, '_>, r: &Region) -> bool {
    let open = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open);
    if open < ss + 3 {
        return false;
    }
    let p = open - 1;
    let content = doc.tok_at(r.start());
    let close = doc.tok_at(r.close).saturating_sub(1);
    let after = doc.tok_at(r.close);
    let named = doc.starts_upper(content)
        || (matches!(doc.low(content), "le" | "la" | "l'" | "les")
            && doc.starts_upper(content + 1));
    matches!(doc.low(p), "dit" | "dite" | "dits" | "dites")
        && doc.low(p - 1) == ","
        && (doc.starts_upper(p - 2) || doc.entity(p - 2).is_some())
        && named
        && close < content + 3
        && after < doc.n()
        && matches!(doc.low(after), "," | ")" | "(")
}

/// Is the subject of the cue starting at token `k` the first person
/// singular (`je lui ai dit`, `j'ai répondu`), past up to three object
/// clitics?
fn first_person_before(doc: &Doc<'_, '_>, k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < 3 {
        j -= 1;
        match doc.low(j) {
            "je" | "j'" => return true,
            "lui" | "leur" | "l'" | "le" | "la" | "les" | "y" | "en" | "ne" | "n'" | "t'"
            | "te" | "vous" => {}
            _ => return false,
        }
    }
    false
}

/// A direct quote introduced before its opening mark: `X a déclaré :
/// « … »`, `X a déclaré « … »`, or `X : « … »`.
fn pre_cue(
    doc: &Doc<'_, '_>,
    _ri: usize,
    r: &Region,
    cues: &[Cue],
    cue_end: CueEnds<'_>,
    used_cue: &mut [bool],
    cue_at: &[u32],
) -> Option<Cand> {
    let open_tok = doc.tok_at(r.open);
    if open_tok == 0 {
        return None;
    }
    let (ss, _) = doc.sent_range(open_tok);
    let lo = ss.max(open_tok.saturating_sub(1));
    let mut p = open_tok - 1;
    let colon = doc.low(p) == ":";
    // `qu'il avait appelés « Liberté »`, `ce que les Français appellent
    // « le parcours du combattant »`: naming, not speech.
    // (`a appelé « chacun à la responsabilité »`: after `avoir`, the
    // verb of calling, which names what it calls for with `à` in lower
    // case, not a name given: `qu'il avait appelés « Liberté »`, `m'a
    // appelé « … »` (an object pronoun before the auxiliary), `a appelé
    // « mon ami » le chef de l'État`.)
    let content = doc.tok_at(r.start());
    let close = doc.tok_at(r.close).saturating_sub(1);
    // (Past a locution: `a pour sa part appelé « … »`.)
    let aux_at = if p > 1 && doc.aux(p - 1) == Some(false) {
        Some(p - 1)
    } else if p > 1 {
        (p.saturating_sub(5)..p - 1)
            .find(|&a| doc.aux(a) == Some(false) && adverbial_locution_end(doc, a + 1) == Some(p))
            .filter(|&a| a > 0)
    } else {
        None
    };
    let called = doc.low(p).starts_with("appel")
        && aux_at.is_some_and(|a| {
            !matches!(
            doc.low(a - 1),
            "qu'"
                | "que"
                | "l'"
                | "les"
                | "le"
                | "la"
                | "m'"
                | "t'"
                | "me"
                | "te"
                | "nous"
                | "vous"
                | "lui"
                | "leur"
        )
        })
        && !doc.starts_upper(content)
        // (Within five words: `a appelé « toutes les parties à la
        // retenue »`.)
        && (content..close.min(content + 5)).any(|k| matches!(doc.low(k), "à" | "au" | "aux"));
    if !colon && !called && (is_title_noun(doc.low(p)) || is_naming_verb(doc.low(p))) {
        return None;
    }
    if colon {
        if p == 0 {
            return None;
        }
        p -= 1;
    }
    let _ = lo;
    // A cue ending at p, or a few tokens before (`a déclaré à la presse :`).
    // (Past adverbs: `on se dit néanmoins « confiant »`.)
    if !colon {
        while p > ss && is_group_adverb(doc.low(p)) {
            p -= 1;
        }
    }
    let mut k = p + 1;
    // (Up to 12 tokens before the colon: `raconte notamment sa première
    // rencontre avec Angela Merkel : « … »`; past 7, an object with no
    // verb, relative pronoun or conjunction of its own.)
    let min_k = (p + 1).saturating_sub(if colon { 12 } else { 1 });
    while k > min_k {
        if let Some(ci) = cue_end.at(k) {
            let c = &cues[ci];
            // Nothing but an indirect object between the cue and the
            // colon.
            // (Or a manner aside: `avant d'ajouter, plus sèchement :`.)
            let plain_object = |x: usize| {
                !(doc.is_known_verb(x)
                    || doc.aux(x).is_some()
                    || matches!(
                        doc.low(x),
                        "que" | "qu'" | "qui" | "dont" | "où" | "et" | "mais"
                    ))
            };
            let clean = ((c.last..=p).all(|x| !doc.is_punct(x) || x > p)
                && (p < c.last + 7 || (c.last..=p).all(plain_object)))
                || (colon && colon_after_aside(doc, c.last) == Some(p + 1));
            if clean {
                let who = match subject_of(doc, c, cue_at, cues) {
                    Subject::Mention(m) => Some(Who::Mention(m)),
                    Subject::Elided => match inverted_subject(doc, c).0 {
                        Some(m) => Some(Who::Mention(m)),
                        // `qu'il bat d'une si courte avance : « … »`: a weak
                        // cue with no subject at all is likely a noun; the
                        // clause before the colon decides below.
                        None if c.strength == Strength::Weak => None,
                        None => Some(Who::Previous),
                    },
                    // (`« … je lui ai dit : “…” … »`: inside a quotation,
                    // the first person is its speaker.)
                    // (In an article: a novel's `je` is its narrator.)
                    Subject::Skip
                        if r.depth > 0 && is_article(doc) && first_person_before(doc, c.first) =>
                    {
                        Some(Who::Previous)
                    }
                    Subject::Skip if c.strength == Strength::Weak => None,
                    Subject::Skip => return None,
                };
                if let Some(who) = who {
                    used_cue[ci] = true;
                    let cue_span = doc.span(c.first, c.last);
                    return Some(Cand::direct(r, Some(cue_span), who, cue_span.start));
                }
                break;
            }
        }
        if doc.is_punct(k - 1)
            && k - 1 != p + 1
            && !(colon && colon_after_aside(doc, k - 1) == Some(p + 1))
        {
            break;
        }
        k -= 1;
    }
    // `X a réagi à l'annonce :¶¶« … »`: a colon ending the paragraph
    // before the quotation introduces it.
    let across = colon && p < ss;
    let ss = if across { doc.sent_range(p).0 } else { ss };
    // `le doux surnom de : « la bête »`, `sa devise : « … »`: a name
    // (other nouns before a colon introduce words: `en ces termes :`,
    // `dans le livre d'or : « … »`).
    let naming = |w: &str| {
        matches!(
            w,
            "surnom" | "surnoms" | "sobriquet" | "devise" | "source" | "sources" | "intitulé"
        )
    };
    if colon
        && (naming(doc.low(p))
            || (p > 0 && matches!(doc.low(p), "de" | "d'") && naming(doc.low(p - 1))))
    {
        return None;
    }
    if colon && p >= ss {
        // `M. Hollande : « … »`: the noun phrase before the colon.
        let from = {
            let mut a = p + 1;
            while a > ss && !doc.is_punct(a - 1) && p + 1 - a < WINDOW {
                a -= 1;
            }
            a
        };
        // `le Rwanda a répondu par la voix du lieutenant-colonel X, porte-
        // parole de l'armée : « … »`: the voice speaks.
        let m = voice_of(doc, ss.max(p.saturating_sub(3 * WINDOW)), p)
            .or_else(|| {
                // `…, elle est devenue un symbole : « … »`: a clause
                // opened by a subject pronoun; it speaks.
                // `Il est allé consoler Gemili, qu'il bat de peu : « … »`:
                // past a relative clause, the clause it hangs on.
                let from = if matches!(doc.low(from), "qu'" | "que" | "qui" | "dont" | "où")
                    && from > ss + 1
                    && doc.low(from - 1) == ","
                {
                    let mut a = from - 1;
                    while a > ss && !doc.is_punct(a - 1) && from - a < WINDOW {
                        a -= 1;
                    }
                    a
                } else {
                    from
                };
                // (Not the impersonal `il y a`, `il faut`.)
                if from < p
                    && matches!(doc.low(from), "il" | "elle" | "ils" | "elles")
                    && !(doc.low(from) == "il" && is_impersonal_verb(doc.low(from + 1)))
                {
                    return Some(speaker::pronoun_mention(doc, from));
                }
                let np = speaker::np_before(doc, from, p + 1)?;
                // `Marine Le Pen a visé Emmanuel Macron : « … »`: a noun
                // phrase after a compound verb is its object; the
                // clause's subject speaks.
                // (`avoir`, or `être` then a participle: not the copula of
                // `Ce n'est pas l'avis de X : « … »`.)
                let np_tok = doc.tok_at(np.span.start);
                let compound = |x: usize| match doc.aux(x) {
                    Some(false) => true,
                    Some(true) => (x + 1..(x + 3).min(np_tok)).any(|y| participle_like(doc.low(y))),
                    None => false,
                };
                if np_tok > from && (from..np_tok).any(compound) {
                    return noun_phrase(doc, from)
                        .0
                        .filter(|m| m.is_named() || m.is_human())
                        .or_else(|| sentence_subject(doc, p));
                }
                // `Jordan Bardella a justifié le vote de son groupe, les
                // Patriotes pour l'Europe : « … »`: an apposition to the
                // object of a compound verb before its comma; the
                // clause's subject speaks. (Not a person there: `Emmanuel
                // Macron a cité son prédécesseur, Jacques Chirac : « … »`
                // quotes him.)
                let person = matches!(np.kind, MentionKind::Entity(e)
                    if doc.ents[e].label() == Label::Per)
                    || matches!(np.kind, MentionKind::Name);
                if !person && from > ss + 1 && doc.low(from - 1) == "," {
                    let mut a = from - 1;
                    while a > ss && !doc.is_punct(a - 1) && from - 1 - a < WINDOW {
                        a -= 1;
                    }
                    let compound_before = |x: usize| match doc.aux(x) {
                        Some(false) => true,
                        Some(true) => {
                            (x + 1..(x + 3).min(from - 1)).any(|y| participle_like(doc.low(y)))
                        }
                        None => false,
                    };
                    if (a..from - 1).any(compound_before) {
                        if let Some(m) = sentence_subject(doc, p).filter(|m| m.is_named()) {
                            return Some(m);
                        }
                    }
                }
                Some(np).filter(|m| match m.kind {
                    // A place does not speak (`pendant son retour
                    // d'Albanie : « … »`).
                    MentionKind::Entity(e) => doc.ents[e].label() != Label::Loc,
                    // Nor a title's label of its genre (`Entretien : « … »`,
                    // `Témoignage : « … »`).
                    MentionKind::Name => {
                        !is_genre_label(doc.low(np_tok)) || m.span.end > doc.toks[np_tok].end()
                    }
                    MentionKind::Pronoun { .. } => true,
                    MentionKind::Desc { .. } => false,
                })
            })
            .or_else(|| {
                // `…, comme l'indique Chris McKay, scientifique de la
                // NASA : « … »`: the person the apposition describes.
                (from >= 2 && from > ss + 1 && doc.low(from - 1) == ",")
                    .then(|| doc.entity(from - 2))
                    .flatten()
                    .filter(|&e| doc.ents[e].label() == Label::Per)
                    .map(|e| speaker::entity_mention(doc, e))
            })
            .or_else(|| sentence_subject(doc, p))
            // Across paragraphs, only a name, a personal pronoun or a
            // description of people.
            .filter(|m| {
                !across
                    || matches!(m.kind, MentionKind::Entity(_))
                    || matches!(m.kind, MentionKind::Desc { human: true, definite: true, first, .. }
                        if is_determiner(doc.low(first)))
                    || (matches!(m.kind, MentionKind::Pronoun { .. })
                        && matches!(
                            doc.text[m.span.start..m.span.end].to_lowercase().as_str(),
                            "il" | "elle" | "ils" | "elles"
                        ))
            });
        if let Some(m) = m {
            let m = first_name_in_apposition(doc, &m).unwrap_or(m);
            return Some(Cand::direct(r, None, Who::Mention(m), r.open));
        }
    }
    None
}

/// `Une autre passagère, Martine, 67 ans, est plus compréhensive :
/// « … »`: an indefinite description of someone with a capitalised first
/// name in apposition between commas, which names them.
/// (A word the tagger left, or a one-word person of its own.)
fn first_name_in_apposition(doc: &Doc<'_, '_>, m: &Mention) -> Option<Mention> {
    let t = apposed_first_name(doc, m, doc.tok_at(m.span.end))?;
    let one_word = doc.entity(t).is_none_or(|e| {
        doc.ents[e].label() == Label::Per && doc.ents[e].end() == doc.toks[t].end()
    });
    one_word.then(|| Mention {
        span: doc.span(t, t + 1),
        kind: MentionKind::Name,
    })
}

/// The token of a capitalised word between commas right after the
/// indefinite description of someone `m` (`un` or `une`, a noun of people;
/// `end` the token after it): `Une autre passagère, Martine,`, `se réjouit
/// une manifestante, Claire,`. Not a day or a month (`un sinistré,
/// Lundi,`).
fn apposed_first_name(doc: &Doc<'_, '_>, m: &Mention, end: usize) -> Option<usize> {
    let MentionKind::Desc {
        human: true,
        definite: false,
        first,
        ..
    } = m.kind
    else {
        return None;
    };
    let t = end + 1;
    (matches!(doc.low(first), "un" | "une")
        && end + 2 < doc.n()
        && doc.low(end) == ","
        && doc.is_word(t)
        && doc.starts_upper(t)
        && doc.low(end + 2) == ","
        && !is_day_word(doc.low(t))
        && !is_month(doc.low(t)))
    .then_some(t)
}

/// `ce que les Français appellent « le parcours du combattant »`, `ce
/// qu'on appelle la « coque écologique »`: the quotation opening at token
/// `open_tok` is what something is called (`appeler`, an article between),
/// no speech.
fn named_by_verb(doc: &Doc<'_, '_>, open_tok: usize) -> bool {
    // `on l'appelait « The king of comedy » (« Le roi de la comédie »)`:
    // a translation in brackets right after a name given is that name
    // (one level back only: a constant window, no chain of brackets).
    let p = open_tok;
    if p > 2 && doc.low(p - 1) == "(" && is_close_mark(doc.low(p - 2)) {
        let given = (p.saturating_sub(32)..p - 2)
            .rev()
            .find(|&k| is_open_mark(doc.low(k)))
            .is_some_and(|k| names_after_verb(doc, k));
        if given {
            return true;
        }
    }
    names_after_verb(doc, open_tok)
}

/// The quotation opening at `open_tok` follows a finite form of
/// `appeler` that names (`ce que les Français appellent « … »`, `on
/// l'appelait « … »`), not one that calls for something (`appelle « à la
/// reprise du dialogue »`).
fn names_after_verb(doc: &Doc<'_, '_>, open_tok: usize) -> bool {
    let mut p = open_tok;
    if p > 1 && matches!(doc.low(p - 1), "le" | "la" | "les" | "l'") {
        p -= 1;
    }
    // (`appelle « à la reprise du dialogue »` calls for it.)
    let call = matches!(doc.low(open_tok + 1), "à" | "au" | "aux");
    p > 0
        && !call
        && (is_naming_verb(doc.low(p - 1)) || matches!(doc.low(p - 1), "appelons" | "appelez"))
}

/// Finite forms of `appeler` that name what follows (`ce que les
/// Français appellent`, `ce qu'on appelle`); the participles are nouns of
/// naming ([`is_title_noun`]).
fn is_naming_verb(w: &str) -> bool {
    matches!(w, "appelle" | "appellent" | "appelait" | "appelaient")
}

/// A quotation in a sentence whose cue is elsewhere before it: `X a fait
/// part de son « énorme choc »`.
fn in_sentence(
    doc: &Doc<'_, '_>,
    _ri: usize,
    r: &Region,
    cues: &[Cue],
    used_cue: &[bool],
    cue_at: &[u32],
    words: usize,
) -> Option<Cand> {
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    // (A phrase of time names no law or work: `un projet de loi « avant
    // l'été »`.)
    // (In lower case: `son film « Après la pluie »` is a title.)
    let first = doc.tok_at(r.start());
    let when =
        matches!(doc.low(first), "avant" | "après" | "dès" | "d'ici") && !doc.starts_upper(first);
    // (After an indefinite article, lower-case words describe the thing:
    // `a regretté une campagne « pleine de désinformation »`, not `la
    // campagne « Stop »`; but `un mot « … »` names a word.)
    let described = open_tok >= 2
        && matches!(doc.low(open_tok - 2), "un" | "une")
        && !doc.starts_upper(first)
        && !names_words(doc.low(open_tok - 1))
        // (An operation's name, `une opération « coup de poing »`, but
        // not words that judge it, `une opération « brutale et
        // spectaculaire »`; a plan named by a number, `un plan « zéro
        // chômeur »`; not `un plan « largement insuffisant »`, `un projet
        // « injuste »`.)
        && (doc.low(open_tok - 1) != "opération" || judging_word(doc.low(first)))
        && !(doc.low(open_tok - 1) == "plan"
            && (is_number_word(doc.low(first))
                || doc.low(first) == "zéro"
                || doc.low(first).starts_with(|c: char| c.is_ascii_digit())));
    // (After a demonstrative, a definite article or a possessive right
    // after a cue that evaluates its object, lower-case words say what the
    // cue thinks of it: `a jugé ce mouvement « incompréhensible »`,
    // `qualifie ce projet « irréaliste en l'état »`, `jugeant la loi
    // « trop timide »`; not `a lancé cette opération « Sentinelle »`.)
    let evaluated = open_tok >= 3
        && matches!(
            doc.low(open_tok - 2),
            "ce" | "cet"
                | "cette"
                | "ces"
                | "le"
                | "la"
                | "les"
                | "l'"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
        )
        && !doc.starts_upper(first)
        // (Words that judge: an adjective or a degree, not a name in lower
        // case, `ce programme « territoires zéro chômeur »`, `ce mouvement
        // « des gilets jaunes » légitime`.)
        && judging_word(doc.low(first))
        && !names_words(doc.low(open_tok - 1))
        && (open_tok.saturating_sub(8).max(ss)..open_tok - 2).any(|x| {
            cue_at[x] != NONE && {
                let c = &cues[cue_at[x] as usize];
                c.last == open_tok - 2 && evaluative(doc, c)
            }
        });
    // (`sous le mot d'ordre « Acier français, emplois français »`: a
    // slogan.)
    let watchword = open_tok >= 3
        && doc.low(open_tok - 1) == "ordre"
        && doc.low(open_tok - 2) == "d'"
        && matches!(doc.low(open_tok - 3), "mot" | "mots");
    if open_tok > 0
        && (is_title_noun(doc.low(open_tok - 1)) || watchword)
        && !when
        && !described
        && !evaluated
    {
        return None;
    }
    // (`a appelé à « la retenue »` calls for it: no name given.)
    // (Only after an auxiliary of `avoir`: a bare participle is no call,
    // `un village appelé à « disparaître »`.)
    // (`avait déjà appelé à « … »`: an adverb between.)
    let call = open_tok > 2
        && matches!(doc.low(open_tok - 1), "à" | "au" | "aux")
        && (is_avoir_form(doc, open_tok - 3)
            || (open_tok > 3
                && is_group_adverb(doc.low(open_tok - 3))
                && is_avoir_form(doc, open_tok - 4)));
    // (Not the verb of a relative clause on the noun: `une loi qui
    // « pénalise d'abord le pouvoir d'achat »`.)
    if open_tok > 1
        && is_title_noun(doc.low(open_tok - 2))
        && !call
        && doc.low(open_tok - 1) != "qui"
    {
        return None;
    }
    if named_by_verb(doc, open_tok) {
        return None;
    }
    // `ont annoncé la constitution du « Conseil militaire d'al-Bab »`: a
    // short quotation in capitals after `de` names something; it is no
    // speech (after an article it may be: `un « Vive la République »`).
    if open_tok > ss
        && doc.starts_upper(doc.tok_at(r.start()))
        && words < 7
        && matches!(doc.low(open_tok - 1), "de" | "d'" | "du" | "des")
    {
        return None;
    }
    // `CNews, la « Fox News à la française »`: after a definite article,
    // a short quotation opening on two capitalised words is a name; and
    // `… » comme la surnomment ses détracteurs` says the marks name.
    let start = doc.tok_at(r.start());
    if open_tok > ss
        && words < 7
        && matches!(doc.low(open_tok - 1), "le" | "la" | "les" | "l'")
        && doc.starts_upper(start)
        && doc.starts_upper(start + 1)
    {
        return None;
    }
    let after = doc.tok_at(r.close);
    if doc.low(after) == "comme"
        && matches!(doc.low(after + 1), "le" | "la" | "les" | "l'")
        && starts_with_any(doc.low(after + 2), NAMING_STEMS)
    {
        return None;
    }
    // The last cue starting before the mark, in the sentence (cues are
    // in text order: a binary search, not a scan back to the sentence
    // start, which made nested quotations quadratic).
    let p = cues.partition_point(|c| c.first < open_tok);
    let last = p.checked_sub(1).map(|ci| cues[ci].first);
    if let Some(k) = last.filter(|&k| k >= ss) {
        let ci = cue_at[k] as usize;
        let c = &cues[ci];
        if used_cue[ci] {
            return None;
        }
        // (`a invoqué le « 49.3 »`: a term, no words of one's own.)
        if doc.low(c.last - 1).starts_with("invoqu") && words < 2 {
            return None;
        }
        // `avaient conclu un « pacte de corruption »`: an agreement made,
        // no words (`conclure que` reports).
        if doc.low(c.last - 1).starts_with("conclu") && is_determiner(doc.low(c.last)) {
            return None;
        }
        // `a rejeté les accusations : selon lui, les débats ont été
        // « longs mais utiles »`: a source of its own stands between.
        // (The 16 tokens before the marks: a bounded look a quotation.)
        if (open_tok.saturating_sub(16).max(c.last)..open_tok).any(|x| doc.low(x) == "selon") {
            return None;
        }
        // `D'ici là, a prévenu le préfet, « … »`, `Pour l'instant, a
        // expliqué Paul Martin, « … »`: an incise after a fronted phrase,
        // its subject inverted after it (up to a comma or the mark).
        // (Not after a name in apposition, the subject's: `Le chef des
        // conservateurs bavarois, Markus Söder, a jugé ce premier vote
        // « indigne »`.)
        // (An apposition: a noun phrase opening the sentence with a
        // determiner, its comma, the name; not `Après la victoire de Donald
        // Trump, a prévenu le ministre, « … »`.)
        let apposed_name = c.first >= 2
            && doc.entity(c.first - 2).is_some_and(|e| {
                let t0 = doc.tok_at(doc.ents[e].start());
                doc.ents[e].label() == Label::Per
                    && t0 > ss + 1
                    && t0 <= ss + 12
                    && doc.low(t0 - 1) == ","
                    && is_determiner(doc.low(ss))
                    && (ss..t0 - 1).all(|k| !doc.is_punct(k) || doc.low(k) == "'")
            });
        if c.clitic.is_none() && c.first > ss && doc.low(c.first - 1) == "," && !apposed_name {
            if let (Some(m), end) = inverted_subject(doc, c) {
                if (end == open_tok || doc.low(end) == ",") && end <= open_tok && can_speak(doc, &m)
                {
                    let cue_span = doc.span(c.first, c.last);
                    return Some(Cand::direct(
                        r,
                        Some(cue_span),
                        Who::Mention(m),
                        cue_span.start,
                    ));
                }
            }
        }
        let who = match subject_of(doc, c, cue_at, cues) {
            Subject::Mention(m) => Who::Mention(m),
            // `», dit X`: an incise (a cue opening its sentence, as
            // `Soulignant la passivité, le pape …`, has its object after
            // it, not its subject).
            Subject::Elided if c.first > ss && doc.is_punct(c.first - 1) => {
                let (m, _) = inverted_subject(doc, c);
                // (A thing after the cue is its object; else the person
                // the clause before the comma names speaks: `…, a déclaré
                // le PDG du groupe, Luc Rémont, dans un communiqué,
                // saluant « l'engagement … »`.)
                let m = m.filter(|m| can_speak(doc, m)).or_else(|| {
                    (doc.low(c.first - 1) == ",")
                        .then(|| apposition_subject(doc, ss, c.first - 1))
                        .flatten()
                        .filter(|m| m.is_named())
                });
                m.map_or(Who::Previous, Who::Mention)
            }
            Subject::Elided => Who::Previous,
            Subject::Skip => return None,
        };
        let cue_span = doc.span(c.first, c.last);
        return Some(Cand::direct(r, Some(cue_span), who, cue_span.start));
    }
    None
}

/// A short quotation that is the object of a cue just before it: `a fait
/// part d'un « énorme choc »`, `condamne fermement ce « crime barbare »`.
/// Only a determiner or preposition (and adverbs) may stand between, and
/// names or titles in capitals are not speech.
fn cue_object(doc: &Doc<'_, '_>, r: &Region, cue_end: CueEnds<'_>) -> bool {
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    if open_tok == 0 || open_tok <= ss {
        return false;
    }
    // `a lancé une « réforme »`, `a donné un « avis »`: verbs of the
    // incise that, before an object, launch or give something.
    let giving = |ci: usize| {
        let c = &cue_end.0[ci];
        let v = doc.low(c.last - 1);
        ["lanc", "lanç", "donn", "fourn", "adress", "lâch", "gliss"]
            .iter()
            .any(|p| v.starts_with(p))
            // (And `conclure un « pacte »`: an agreement made, no words;
            // not `conclut à une « faute grave »`.)
            || (v.starts_with("conclu") && is_determiner(doc.low(c.last)))
    };
    // (Also past a locution: `juge quant à lui l'accord « insuffisant »`.)
    let cue_end_at = |k: usize| {
        cue_end
            .at(k)
            .or_else(|| locution_ending_at(doc, ss, k, 4).and_then(|len| cue_end.at(k - len)))
            .filter(|&ci| !giving(ci))
    };
    // `dénonce dans un communiqué « une provocation »`, `fustige sur X
    // « l'immobilisme »`: where it was said, between the cue and its
    // object.
    if open_tok >= ss + 4
        && doc.low(open_tok - 3) == "dans"
        && is_det(doc.low(open_tok - 2))
        && is_source_noun(doc.low(open_tok - 1))
        && cue_end_at(open_tok - 3).is_some()
    {
        return !doc.starts_upper(doc.tok_at(r.start()));
    }
    // (A name in lower case too, `sur franceinfo`; and the object's
    // article after it, `sur Twitter l'« abrogation »`.)
    let named = |k: usize| doc.starts_upper(k) || doc.entity(k).is_some();
    if (open_tok >= ss + 3
        && doc.low(open_tok - 2) == "sur"
        && named(open_tok - 1)
        && cue_end_at(open_tok - 2).is_some())
        || (open_tok >= ss + 4
            && doc.low(open_tok - 3) == "sur"
            && named(open_tok - 2)
            && is_det(doc.low(open_tok - 1))
            && cue_end_at(open_tok - 3).is_some())
    {
        return !doc.starts_upper(doc.tok_at(r.start()));
    }
    let content = doc.tok_at(r.start());
    if doc.starts_upper(content) {
        return false;
    }
    // `a jugé la situation « préoccupante »`: what the cue says of its
    // object (a determiner and a noun between them); also after a weak
    // verb of praise, blame or demand ([`evaluative`]: `a dénoncé un
    // budget « injuste »`, `a salué un accord « historique »`, `a réclamé
    // des élections « le plus vite possible »`).
    // (Also past the medium: `a regretté sur BFMTV une méthode « peu
    // courtoise »`.)
    let evaluates = |ci: usize| evaluative(doc, &cue_end.0[ci]);
    let blames = |ci: usize| {
        let v = doc.low(cue_end.0[ci].last - 1);
        praises_or_blames(v) || v.starts_with("regrett")
    };
    let d = open_tok.saturating_sub(2);
    let evaluated = cue_end_at(d).is_some_and(evaluates)
        // (`a mis en garde contre des coupes « à l'aveugle »`.)
        || (d >= ss + 2 && doc.low(d - 1) == "contre" && cue_end_at(d - 1).is_some_and(evaluates))
        // (`promet aux sinistrés une aide « massive »`, `a promis à la
        // population un soutien « total »`: whom it is for, between.)
        || (is_det(doc.low(d)) && {
            let to = |k: usize| k > ss && matches!(doc.low(k), "à" | "au" | "aux");
            // (Or a name: `promet à Kiev des garanties « solides »`.)
            let noun = |k: usize| {
                doc.is_word(k)
                    && (!doc.starts_upper(k) || doc.entity(k).is_some())
                    && !is_det(doc.low(k))
            };
            (d >= ss + 3 && to(d - 2) && noun(d - 1) && cue_end_at(d - 2).is_some_and(evaluates))
                || (d >= ss + 4
                    && to(d - 3)
                    && is_det(doc.low(d - 2))
                    && noun(d - 1)
                    && cue_end_at(d - 3).is_some_and(evaluates))
        })
        // (`appelle à un cessez-le-feu « immédiat »`: what a call is for.)
        || (d >= ss + 2
            && doc.low(d - 1) == "à"
            && matches!(doc.low(d), "un" | "une" | "la" | "l'" | "le" | "des" | "de")
            && cue_end_at(d - 1).is_some_and(|ci| is_call_verb(doc.low(cue_end.0[ci].last - 1))))
        // (`s'est félicité d'un accord « équilibré »`: a verb of feeling
        // and its object after `de`.)
        || (d >= ss + 2
            && matches!(doc.low(d - 1), "de" | "d'")
            && matches!(doc.low(d), "un" | "une" | "la" | "l'" | "ce" | "cette" | "cet")
            && cue_end_at(d - 1).is_some_and(|ci| {
                let v = doc.low(cue_end.0[ci].last - 1);
                starts_with_any(
                    v,
                    &["félicit", "réjoui", "indign", "alarm", "inquièt", "inquiét", "offusqu", "insurg"],
                )
            }))
        // (`a parlé d'un texte « dangereux »`, `parle de résultats
        // « amers »`: `parler de` an indefinite object, words that judge
        // in the marks; not `parle de la réforme « des retraites »`.)
        // (After an indefinite article, any qualifier that is no
        // complement: `parle d'un chantier « sous contrôle »`.)
        || ({
            let speaks = |k: usize| {
                cue_end_at(k).is_some_and(|ci| doc.low(cue_end.0[ci].last - 1).starts_with("parl"))
            };
            let qualifier = !matches!(doc.low(content), "de" | "des" | "du" | "d'");
            (d >= ss + 2
                && matches!(doc.low(d - 1), "de" | "d'")
                && matches!(doc.low(d), "un" | "une")
                && qualifier
                && speaks(d - 1))
                || (judging_word(doc.low(content))
                    && matches!(doc.low(d), "de" | "d'")
                    && (speaks(d) || speaks(d + 1)))
        })
        // (`a défendu lundi un budget « de responsabilité »`: a day
        // between; `a ironisé sur un bilan « catastrophique »`: `sur`
        // before an indefinite article. Verbs of praise and blame only:
        // `a expliqué sur une radio « locale » que …` names a medium.)
        // (Or any verb that evaluates its object, when the words judge:
        // `a promis mercredi un plan « ambitieux »`.)
        || (d >= ss + 2
            && is_day_word(doc.low(d - 1))
            && cue_end_at(d - 1)
                .is_some_and(|ci| blames(ci) || (evaluates(ci) && judging_word(doc.low(content)))))
        // (A contrastive adverb between: `juge néanmoins la mesure « trop
        // timide »`; not `Le tribunal juge aussi le volet « … »`.)
        || (d >= ss + 2
            && matches!(
                doc.low(d - 1),
                "néanmoins" | "toutefois" | "pourtant" | "cependant"
            )
            && cue_end_at(d - 1).is_some_and(evaluates))
        // (Or an adverb of time or addition after a verb of praise or
        // blame: `dénonce déjà un démantèlement « à la découpe »`.)
        || (d >= ss + 2
            && matches!(
                doc.low(d - 1),
                "déjà" | "encore" | "également" | "aussi" | "d'ailleurs" | "même"
            )
            && cue_end_at(d - 1).is_some_and(blames))
        || (d >= ss + 2
            && doc.low(d - 1) == "sur"
            && matches!(doc.low(d), "un" | "une" | "des")
            && cue_end_at(d - 1).is_some_and(blames))
        // (Past adverbs, a month or a medium: `dénoncent unanimement un
        // texte « … »`, `a défendu en mars un plan « … »`.)
        || (d >= ss + 2
            && is_det(doc.low(d))
            && filler_start(doc, ss, d).is_some()
            && cue_end_past_source(doc, ss, cue_end, d).is_some_and(blames))
        || (d >= ss + 3
            && doc.low(d - 2) == "sur"
            && named(d - 1)
            && cue_end_at(d - 2).is_some_and(evaluates))
        // (A medium of two capitalised words: `sur France Inter`.)
        || (d >= ss + 4
            && doc.low(d - 3) == "sur"
            && named(d - 2)
            && named(d - 1)
            && cue_end_at(d - 3).is_some_and(evaluates));
    // (Or a quantifier: `a jugé certaines réponses « pas convaincantes »`.)
    if open_tok >= 3
        && open_tok - 2 > ss
        && (is_det(doc.low(open_tok - 2))
            || matches!(doc.low(open_tok - 2), "certains" | "certaines"))
        && doc.is_word(open_tok - 1)
        && !doc.starts_upper(open_tok - 1)
        && evaluated
    {
        return true;
    }
    let prev = doc.low(open_tok - 1);
    // (Or `toute`: `a réfuté toute « entente » avec l'industriel`.)
    if !(is_det(prev)
        || is_any_word(prev)
        || matches!(prev, "de" | "d'" | "du" | "des" | "à" | "au" | "aux"))
    {
        return false;
    }
    // `a appelé les manifestants à « l'apaisement »`: a call's object (a
    // determiner and one or two words), then what it calls for.
    if prev == "à" && open_tok >= ss + 4 {
        let calls = |ci: usize| is_call_verb(doc.low(cue_end.0[ci].last - 1));
        // (Also past `tous`/`toutes`: `a appelé toutes les parties à
        // « la retenue »`.)
        let object_of_call = (open_tok.saturating_sub(5).max(ss + 1)..open_tok - 2).any(|d| {
            (is_det(doc.low(d))
                || (matches!(doc.low(d), "tous" | "toutes") && is_det(doc.low(d + 1))))
                && (d + 1..open_tok - 1).all(|x| doc.is_word(x) && !doc.starts_upper(x))
                && cue_end.at(d).is_some_and(calls)
        });
        // (Or a name: `en appelant Israël à « la retenue »`.)
        // (Or two names: `appelle Belgrade et Pristina à « la retenue »`.)
        let named_object = doc.entity(open_tok - 2).is_some_and(|e| {
            let mut s = doc.entity_start(open_tok - 2, e, ss);
            if s >= ss + 2 && doc.low(s - 1) == "et" {
                if let Some(f) = doc.entity(s - 2) {
                    s = doc.entity_start(s - 2, f, ss);
                }
            }
            cue_end.at(s).is_some_and(calls)
        });
        if object_of_call || named_object {
            return true;
        }
    }
    let mut k = open_tok - 1;
    let lo = open_tok.saturating_sub(4).max(ss);
    while k > lo {
        if cue_end_at(k).is_some() {
            return true;
        }
        // (`a salué en revanche un « … »`: a locution between.)
        if let Some(len) = locution_ending_at(doc, ss, k, 4) {
            k -= len;
            continue;
        }
        // (Or where it was said: `a dénoncé dans une vidéo publiée sur
        // YouTube un « … »`; the cue must end right before it.)
        if let Some(f) = filler_start(doc, ss, k).filter(|&f| f + 2 < k && doc.low(f) == "dans") {
            k = f;
            break;
        }
        // (Or `sur` and a name of up to three words: `a appelé sur
        // Twitter à « une marche »`.)
        if let Some(x) = prep_before_name(doc, ss, k, |w| w == "sur") {
            k = x;
            break;
        }
        // (Or to whom, a name after `à`, right after the cue: `promet à
        // Emmanuel Macron des « ajustements »`.)
        if let Some(e) = doc.entity(k - 1) {
            let s0 = doc.tok_at(doc.ents[e].start());
            if matches!(doc.ents[e].label(), Label::Per | Label::Org)
                && s0 > ss + 1
                && matches!(doc.low(s0 - 1), "à" | "au" | "aux")
                && cue_end_at(s0 - 1).is_some()
            {
                k = s0 - 1;
                break;
            }
        }
        let w = doc.low(k - 1);
        // (`a ironisé sur une « écologie punitive »`: `sur` before an
        // indefinite article only, not `a annoncé sur le « 20 Heures »`;
        // `a mis en garde contre « une usine à gaz »`: `contre` right
        // after the cue only.)
        // (Or any article right before marks of lower-case words: `a
        // ironisé sur l'« illettrisme catastrophique » de la dirigeante`.)
        let sur = w == "sur"
            && (matches!(doc.low(k), "un" | "une" | "des")
                || (k + 1 == open_tok
                    && doc.toks[content].as_str().starts_with(char::is_lowercase)
                    // (A cue of mockery or blame: not `a répondu sur le
                    // « projet de loi »`, a topic.)
                    && cue_end_at(k - 1).is_some_and(|ci| {
                        let v = doc.low(cue_end.0[ci].last - 1);
                        starts_with_any(v, MOCKERY)
                            || starts_with_any(v, &["insurg", "indign", "insist"])
                    })));
        // (`a plaidé pour une « synchronisation » des …`: what is pleaded
        // for.)
        let pour = w == "pour"
            && k >= 2
            && cue_end_at(k - 1)
                .is_some_and(|ci| doc.low(cue_end.0[ci].last - 1).starts_with("plaid"));
        let contre = w == "contre" && k >= 2 && {
            // (Past adverbs: `a protesté vivement contre une « … »`.)
            let mut c = k - 1;
            while c > ss && is_group_adverb(doc.low(c - 1)) {
                c -= 1;
            }
            cue_end_at(c).is_some()
        };
        // (A day too: `a dénoncé mardi l'« hypocrisie » de …`.)
        if doc.is_punct(k - 1)
            || !(is_det(w)
                || is_group_adverb(w)
                || is_day_word(w)
                || sur
                || pour
                || contre
                || matches!(
                    w,
                    "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "un" | "une"
                ))
        {
            break;
        }
        k -= 1;
    }
    k > 0 && cue_end_at(k).is_some()
}

/// A form of a verb of judgement that takes an attribute before its
/// object (`juge « peu crédible » l'objectif`, `estime « légitime »
/// que …`, `trouve`, `considère`).
fn is_judging_verb(v: &str) -> bool {
    ["jug", "estim", "trouv", "consid"]
        .iter()
        .any(|p| v.starts_with(p))
}

/// Does cue `c` say something of its object: a strong cue, or a weak verb
/// of praise or blame (`a dénoncé un budget « injuste »`, `a salué un
/// accord « historique »`)?
fn evaluative(doc: &Doc<'_, '_>, c: &Cue) -> bool {
    c.strength != Strength::Weak || {
        let v = doc.low(c.last - 1);
        praises_or_blames(v)
            || starts_with_any(v, &["promet", "promi", "exig"])
            // (`mettre en garde contre`, `mettre en cause`, `pointer du
            // doigt`: their last words.)
            || matches!(v, "garde" | "cause" | "doigt")
    }
}

/// Stems of the verbs of mockery and blame (`ironiser`, `dénoncer`,
/// `fustiger`).
const MOCKERY: &[&str] = &[
    "ironis", "raill", "moqu", "dénonc", "dénonç", "fustig", "critiqu", "étrill", "épingl",
    "brocard", "pourfend",
];

/// Stems of the other verbs that praise or blame their object (`saluer`,
/// `déplorer`, `défendre`, `réclamer`).
const PRAISE_BLAME: &[&str] = &[
    "salu", "condamn", "déplor", "vant", "tacl", "défend", "décri", "réclam",
];

/// Does the verb form `v` praise or blame its object ([`MOCKERY`],
/// [`PRAISE_BLAME`])?
fn praises_or_blames(v: &str) -> bool {
    starts_with_any(v, MOCKERY) || starts_with_any(v, PRAISE_BLAME)
}

/// Does `w` start with one of `stems`?
fn starts_with_any(w: &str, stems: &[&str]) -> bool {
    stems.iter().any(|p| w.starts_with(p))
}

/// `a promis un projet de loi « avant l'été »`, `a jugé l'échange avec
/// le ministre « cordial »`, `a dénoncé l'action de casseurs venus « de
/// toute l'Europe »`: a short lower-case quotation inside a longer object
/// noun phrase of a cue; the phrase's first token (its determiner, right
/// after the cue). The phrase has two to nine words, no punctuation, no
/// capitalised word and no conjugated verb (participles may stand in it).
fn long_object_start(doc: &Doc<'_, '_>, r: &Region, cue_end: CueEnds<'_>) -> Option<usize> {
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    if r.depth != 0 || doc.starts_upper(doc.tok_at(r.start())) {
        return None;
    }
    // (`a demandé au gouvernement de « garantir … ».`: an infinitive in
    // marks after an indirect object and `de`, ending the clause, is the
    // cue's clause, no part of an object; with words after the marks it
    // stays mixed, and after a noun, `la volonté du gouvernement de
    // « casser … »`, it is the noun's. `r.close` is past the closing
    // mark: its token is the one after.)
    let after = doc.tok_at(r.close);
    if open_tok > 1
        && matches!(doc.low(open_tok - 1), "de" | "d'")
        && is_infinitive_start(doc, doc.tok_at(r.start()))
        && (after >= doc.n() || doc.is_punct(after))
        && (open_tok.saturating_sub(6)..open_tok - 1)
            .any(|k| matches!(doc.low(k), "à" | "au" | "aux"))
    {
        return None;
    }
    let mut lo = open_tok.saturating_sub(10).max(ss + 1);
    let mut k = open_tok;
    while k > lo {
        k -= 1;
        // (Past a name in apposition between commas, the last words
        // before the marks: `la démission de son directeur général,
        // Carlos Tavares, « avec effet immédiat »`.)
        if k + 1 == open_tok && doc.low(k) == "," && k > lo + 2 {
            if let Some(e) = doc.entity(k - 1) {
                let mut a = k - 1;
                a = doc.entity_start(a, e, lo);
                if a > lo + 1
                    && doc.low(a - 1) == ","
                    && doc.ents[e].label() == Label::Per
                    && !doc.is_punct(a - 2)
                {
                    k = a - 1;
                    lo = lo.saturating_sub(4).max(ss + 1);
                    continue;
                }
            }
        }
        let w = doc.low(k);
        // (A body or a place may stand in it, not a person, who may be an
        // inverted subject: `a dénoncé une Nupes « dominée par … »`.)
        // (And `l'État`, a common noun the press capitalises.)
        let named_thing = doc.entity(k).is_some_and(|e| {
            let t0 = doc.tok_at(doc.ents[e].start());
            doc.ents[e].label() != Label::Per
                && doc.tok_at(doc.ents[e].end()) == open_tok
                && t0 > ss + 1
                && is_det(doc.low(t0 - 1))
        }) || (matches!(doc.low(k), "état" | "etat")
            && k + 1 == open_tok
            && matches!(doc.low(k - 1), "l'" | "de" | "d'"));
        // (Not past a phrase of place or means: `dans notre « proche »
        // voisinage` is the writer's.)
        // (`sur` right before the marks after a noun and its article
        // completes the noun: `a promis une baisse sur « plusieurs
        // centaines » de produits`; elsewhere it may name a medium, or
        // the marks qualify a noun of its own: `la pression sur les
        // « petits » commerces`.)
        let noun_sur = w == "sur"
            && k + 1 == open_tok
            && k >= ss + 2
            && doc.is_word(k - 1)
            && !doc.starts_upper(k - 1)
            && is_det(doc.low(k - 2));
        if doc.is_punct(k)
            || (doc.starts_upper(k) && !named_thing)
            || doc.aux(k).is_some()
            || (is_preposition(w)
                && !noun_sur
                && !matches!(
                    w,
                    "à" | "au" | "aux" | "avec" | "pour" | "contre" | "de" | "d'" | "du" | "des"
                ))
            // (`estimant cette révolte comme « mineure »`: an attribute.)
            || w == "comme"
        {
            return None;
        }
        // (`mettre en garde X contre`: what follows `contre` is the
        // warning's object, no walking past it to the verb's own: `a mis
        // en garde les entreprises contre une « … »`.)
        if w == "contre"
            && (k.saturating_sub(5).max(ss + 1)..=k).any(|x| {
                cue_end
                    .at(x)
                    .is_some_and(|ci| doc.low(cue_end.0[ci].last - 1) == "garde")
            })
        {
            let d = k + 1;
            let any = is_any_word(doc.low(d));
            return (d < open_tok && (is_det(doc.low(d)) || any)).then_some(d);
        }
        // (Or a partitive `de`: `a promis de nouvelles actions « … »`.)
        // (A plural after it, not `d'ailleurs`.)
        let partitive = w == "de"
            && doc.low(k + 1).ends_with(['s', 'x'])
            && !is_infinitive_start(doc, k + 1)
            && !is_det(doc.low(k + 1));
        // (Or `toute`: `met en garde contre toute atteinte aux « … »`.)
        let any = is_any_word(w) && !is_det(doc.low(k + 1));
        if (is_det(w) || partitive || any) && open_tok >= k + 3 {
            if let Some(ci) = cue_end_past_source(doc, ss, cue_end, k) {
                return evaluative(doc, &cue_end.0[ci]).then_some(k);
            }
            // `plaide pour le maintien d'un « accueil physique »`: what
            // is pleaded for; `a insisté sur la nécessité de « … »`: what
            // is insisted on.
            if k > ss + 1
                && matches!(doc.low(k - 1), "pour" | "sur")
                && cue_end_past_source(doc, ss, cue_end, k - 1).is_some_and(|ci| {
                    let v = doc.low(cue_end.0[ci].last - 1);
                    if doc.low(k - 1) == "pour" {
                        v.starts_with("plaid")
                    } else {
                        // (With words after the marks: the object goes
                        // on.)
                        v.starts_with("insist") && after < doc.n() && doc.is_word(after)
                    }
                })
            {
                return Some(k);
            }
            // `a mis en garde contre le risque d'« exil fiscal »`, `met
            // en garde Donald Trump contre toute atteinte aux « … »`:
            // past `contre` and a name the cue's object.
            if k > ss + 1 && doc.low(k - 1) == "contre" {
                let mut c = k - 1;
                if let Some(e) = doc.entity(c - 1) {
                    c = doc.entity_start(c, e, ss + 1);
                } else {
                    // (Or a common noun object: `a mis en garde les
                    // entreprises contre une « … »`, a determiner and up
                    // to two words.)
                    if let Some(d) = (c.saturating_sub(3).max(ss + 1)..c - 1).find(|&d| {
                        is_det(doc.low(d))
                            && (d + 1..c).all(|x| doc.is_word(x) && !doc.starts_upper(x))
                            && cue_end.at(d).is_some()
                    }) {
                        c = d;
                    }
                }
                if let Some(ci) = cue_end_past_source(doc, ss, cue_end, c) {
                    let cue = &cue_end.0[ci];
                    return (doc.low(cue.last - 1) == "garde").then_some(k);
                }
            }
        }
        if doc.is_known_verb(k) && !participle_like(w) {
            return None;
        }
        // (Nor past a cue of its own, the marks' nearer verb: `a annoncé
        // fin janvier un plan … et promis de « débloquer » la
        // construction`.)
        if cue_end.at(k + 1).is_some() {
            return None;
        }
    }
    None
}

/// The cue ending just before token `k`, or before a locution (`a jugé
/// pour sa part`), up to three phrases of [`filler_start`] (an adverb, a
/// day or a date, `dans un communiqué`: `a défendu lundi`, `dénoncent
/// unanimement`) or the medium it was said on (`a promis sur X`, `a
/// dénoncé sur franceinfo`) that end there; `ss` is the sentence start.
fn cue_end_past_source(
    doc: &Doc<'_, '_>,
    ss: usize,
    cue_end: CueEnds<'_>,
    k: usize,
) -> Option<usize> {
    if let Some(ci) = cue_end.at(k) {
        return Some(ci);
    }
    if let Some(len) = locution_ending_at(doc, ss, k, 4) {
        return cue_end.at(k - len);
    }
    // `a défendu lundi`, `a dénoncé dimanche soir`, `a promis le 3 mai`,
    // `dans un communiqué`, `dénoncent unanimement`, `a dénoncé dans une
    // allocution télévisée`: up to three such phrases in a row, each
    // ending where the next begins.
    let mut x = k;
    for _ in 0..3 {
        match filler_start(doc, ss, x) {
            Some(f) if f < x => x = f,
            _ => break,
        }
        if let Some(ci) = cue_end.at(x) {
            return Some(ci);
        }
    }
    // `sur X`, `sur France Inter`: `sur` and a name of up to three words.
    prep_before_name(doc, ss, k, |w| w == "sur").and_then(|x| cue_end.at(x))
}

/// The preposition (one `prep` accepts) before a name of up to three
/// words that ends at token `k` (`sur X`, `sur France Inter`, `au
/// Figaro`), at `lo` or after.
fn prep_before_name(
    doc: &Doc<'_, '_>,
    lo: usize,
    k: usize,
    prep: impl Fn(&str) -> bool,
) -> Option<usize> {
    let named = |x: usize| doc.starts_upper(x) || doc.entity(x).is_some();
    (k.saturating_sub(4).max(lo)..k.saturating_sub(1))
        .rev()
        .find(|&x| prep(doc.low(x)))
        .filter(|&x| (x + 1..k).all(named))
}

/// No comma among tokens `a..send` (a bounded look: the 40 tokens from
/// `a`): a phrase that runs to the sentence end.
fn no_comma_to(doc: &Doc<'_, '_>, a: usize, send: usize) -> bool {
    !(a..send.min(a + 40)).any(|x| doc.low(x) == ",")
}

/// The first token of a phrase between a verb and its object that ends
/// at token `k` (exclusive): an adverb (`unanimement`, `surtout`), a day
/// or a month (`lundi soir`, `en mars`, `le 3 mai`), or where it was said
/// (`dans une allocution télévisée`, `dans un communiqué`).
fn filler_start(doc: &Doc<'_, '_>, ss: usize, k: usize) -> Option<usize> {
    if k <= ss + 1 {
        return None;
    }
    let w = doc.low(k - 1);
    if is_group_adverb(w) || is_manner_adverb(w) || is_day_word(w) {
        return Some(k - 1);
    }
    if matches!(w, "matin" | "soir" | "midi") && k > ss + 2 && is_day_word(doc.low(k - 2)) {
        return Some(k - 2);
    }
    if is_month(w) && k > ss + 2 && doc.low(k - 2) == "en" {
        return Some(k - 2);
    }
    if let Some(x) =
        (k.saturating_sub(5).max(ss + 1)..k).find(|&x| month_phrase_end(doc, x) == Some(k))
    {
        return Some(x);
    }
    // (A medium, and one lower-case adjective after it.)
    let medium_at = |m: usize| {
        m >= ss + 3
            && doc.low(m - 2) == "dans"
            && is_det(doc.low(m - 1))
            && (is_medium_or_event(doc.low(m)) || doc.low(m) == "allocution")
    };
    if medium_at(k - 1) {
        return Some(k - 3);
    }
    let adjective = doc.is_word(k - 1)
        && !doc.starts_upper(k - 1)
        && !is_det(w)
        && !is_preposition(w)
        && doc.form(k - 1).is_none();
    if adjective && medium_at(k - 2) {
        return Some(k - 4);
    }
    // (Or the medium, then where it appeared or to whom it was given: a
    // name of up to three words after `sur`, `à`, `au`, past a participle
    // of publishing: `dans une vidéo publiée sur YouTube`, `dans un
    // entretien au Figaro`.)
    let p = prep_before_name(doc, ss + 1, k, |w| matches!(w, "sur" | "à" | "au"))?;
    if medium_at(p - 1) {
        return Some(p - 3);
    }
    let published = starts_with_any(
        doc.low(p - 1),
        &[
            "publié", "diffusé", "posté", "mis", "mise", "accordé", "donné",
        ],
    );
    (published && medium_at(p - 2)).then(|| p - 4)
}

/// A lower-case adverb of manner in `-ment` (`unanimement`,
/// `vivement`), not one of the frequent nouns in `-ment`.
fn is_manner_adverb(w: &str) -> bool {
    w.len() >= 8
        && !matches!(
            w,
            "gouvernement" | "parlement" | "document" | "mouvement" | "département" | "règlement"
        )
        && (w.ends_with("ement")
            || w.ends_with("amment")
            || w.ends_with("emment")
            || w.ends_with("ément"))
        && w.chars().next().is_some_and(char::is_lowercase)
}

/// `Le pape François « s'associe à la douleur »`, `X, est « effaré … »`:
/// a quotation right after a named subject (or its copula) is its
/// predicate, said by that subject.
fn predicate_of_name(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    if open_tok <= ss + 1 {
        return None;
    }
    let content = doc.tok_at(r.start());
    if doc.starts_upper(content) {
        return None;
    }
    let mut k = open_tok - 1;
    if matches!(doc.low(k), "est" | "était" | "se") && k > ss {
        k -= 1;
        if doc.low(k) == "," && k > ss {
            k -= 1;
        }
    }
    // (A title's clause after a comma or a colon, past an article: `Assurance
    // chômage : les syndicats claquent la porte, Jean-Pierre Farandou « prend
    // acte »`, `…, l'Assurance maladie « ne reculera pas »`.)
    // (The quotation ends the clause: the line or a comma follows, not
    // `une ministre « rebelle » fait adopter le texte`.)
    let in_title = doc.title_end().is_some_and(|line| r.close <= line) && {
        let c = doc.tok_at(r.close);
        c >= doc.n() || opens_line(doc, c) || doc.low(c) == ","
    };
    let clause_opens = |a: usize| {
        let mut a = a;
        if a > ss && is_det(doc.low(a - 1)) {
            a -= 1;
        }
        a > ss && matches!(doc.low(a - 1), "," | ":")
    };
    let Some(e) = doc.entity(k) else {
        // (A title's description there: `Couvre-feu : le maire « assume »,
        // la LDH saisit la justice`, `…, la ministre « regrette »`.)
        return title_clause_description(doc, r, ss, open_tok, in_title, clause_opens);
    };
    let ent = &doc.ents[e];
    // (Or a seat of power standing for it: `L'Élysée « condamne
    // fermement » l'attaque`.)
    let metonym = ent.entry().and_then(|x| x.kind()) == Some("metonym");
    // (A capital standing for its state in a title's clause: `la CEDH
    // condamne la France, Paris « prend acte »`.)
    let capital = ent.entry().and_then(|x| x.kind()) == Some("capital")
        && in_title
        && clause_opens(doc.entity_start(k, e, ss));
    if !(matches!(ent.label(), Label::Per | Label::Org) || metonym || capital) {
        return None;
    }
    // (A seat of power as a place is no speaker: `Devant l'Élysée « … »`,
    // `Le palais de l'Élysée « … »`: only after an article that follows
    // the sentence start or a comma.)
    // (Nor its building named in full: `Le palais de l'Élysée`.)
    if metonym && ent.as_str().starts_with(char::is_lowercase) {
        return None;
    }
    if metonym && ent.label() == Label::Loc {
        let t = doc.tok_at(ent.start());
        let ok = t > ss
            && matches!(doc.low(t - 1), "le" | "la" | "l'")
            && (t - 1 == ss || doc.low(t - 2) == ",");
        if !ok {
            return None;
        }
    }
    // The name must be the sentence subject: nothing but an article or a
    // title before it.
    let mut a = k;
    a = doc.entity_start(a, e, ss);
    let before = doc.words_upto(ss, a, 3);
    // (Or a title's clause after a comma or a colon: `Assurance chômage :
    // les syndicats claquent la porte, Jean-Pierre Farandou « prend acte
    // »`.)
    let title_clause = in_title && clause_opens(a);
    if before > 2 && !subject_after_opener(doc, ss, a) && !title_clause {
        return None;
    }
    Some(Cand::direct(
        r,
        None,
        Who::Mention(speaker::entity_mention(doc, e)),
        r.open,
    ))
}

/// `Le premier promet un texte « … », le second « une guerre de tranchées
/// ».`: a quotation right after `, le second` (`la seconde`, `le
/// deuxième`) in a sentence that opens with `Le premier` (`La première`):
/// what the second said, the verb left out (a direct quote, no cue).
fn gapped_second(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    let open = doc.tok_at(r.open);
    if r.depth != 0 || !r.closed || open < 5 {
        return None;
    }
    let (ss, _) = doc.sent_range(open);
    let det = open - 2;
    if det < ss + 3
        || doc.low(det - 1) != ","
        || !matches!(doc.low(det), "le" | "la")
        || !matches!(doc.low(open - 1), "second" | "seconde" | "deuxième")
        || !matches!(doc.low(ss), "le" | "la")
        || !matches!(doc.low(ss + 1), "premier" | "première")
    {
        return None;
    }
    let (m, end) = noun_phrase(doc, det);
    let m = m.filter(|_| end == open)?;
    Some(Cand::direct(r, None, Who::Mention(m), r.open))
}

/// [`predicate_of_name`]'s description: in the title line, a noun phrase
/// of a person or a body that can speak, opening a clause after a comma or
/// a colon and ending at the opening mark of region `r` (`…, le maire «
/// assume », …`), with content in lower case: a direct quote with no cue.
fn title_clause_description(
    doc: &Doc<'_, '_>,
    r: &Region,
    ss: usize,
    open_tok: usize,
    in_title: bool,
    clause_opens: impl Fn(usize) -> bool,
) -> Option<Cand> {
    if !in_title {
        return None;
    }
    // (The phrase is short: an article, a noun, an adjective or two.)
    let lo = open_tok.saturating_sub(4).max(ss + 1);
    let a = (lo..open_tok).find(|&a| matches!(doc.low(a - 1), "," | ":"))?;
    if !clause_opens(a) || !is_det(doc.low(a)) {
        return None;
    }
    let (m, end) = noun_phrase(doc, a);
    let m = m?;
    if end != open_tok || !matches!(m.kind, MentionKind::Desc { .. }) || !can_speak(doc, &m) {
        return None;
    }
    (m.is_human() || m.may_act()).then(|| Cand::direct(r, None, Who::Mention(m), r.open))
}

/// A name starting at token `a` is the sentence subject although words
/// come before it: an apposition to a first noun phrase (`L'imam de la
/// ville, Mohammed Karabila, est « … »`), or the name, with an article or
/// a title, after a first complement that opens with a preposition
/// (`Après les réactions de …, le pape François « … »`). Bounded scans.
fn subject_after_opener(doc: &Doc<'_, '_>, ss: usize, a: usize) -> bool {
    if a <= ss + 1 {
        return false;
    }
    if doc.low(a - 1) == "," && is_determiner(doc.low(ss)) {
        let (m, end) = noun_phrase(doc, ss);
        if m.is_some() && end == a - 1 {
            return true;
        }
    }
    if !is_preposition(doc.low(ss)) || doc.low(ss) == "selon" {
        return false;
    }
    let lo = a.saturating_sub(3).max(ss + 1);
    (lo..a).rev().any(|p| {
        doc.low(p) == ","
            && (p + 1..a).all(|t| is_determiner(doc.low(t)) || speaker::is_human_noun(doc.low(t)))
    })
}

/// Nouns that sum up a statement or a measure in the writer's apposition
/// after it (`…, une mesure que …`, `…, un chiffre contesté par …`).
fn is_summary_noun(w: &str) -> bool {
    matches!(
        w,
        "mesure"
            // (`…, une option que rejette Moscou`.)
            | "option"
            | "idée"
            | "piste"
            | "éventualité"
            | "décision"
            | "annonce"
            | "chiffre"
            | "bilan"
            | "promesse"
            | "geste"
            | "position"
            | "déclaration"
            | "affirmation"
            | "version"
            | "hypothèse"
            | "scénario"
            | "revirement"
            | "initiative"
            | "proposition"
            | "estimation"
            | "prévision"
            | "perspective"
            // (Speech acts: `…, une demande que le parquet a écartée`.)
            | "demande"
            | "requête"
            | "exigence"
            | "revendication"
            | "thèse"
            | "argument"
            | "accusation"
            | "analyse"
    )
}

/// `a dénoncé une « votation bidon » et une « mascarade démocratique »`:
/// the quotation `r` follows `prev`, the last quote `last` with a cue,
/// through `et` or `ou`, a determiner and at most one more word, in its
/// sentence: the same cue and speaker.
fn coordinated_object(
    doc: &Doc<'_, '_>,
    r: &Region,
    prev: &Region,
    last: Option<&Cand>,
) -> Option<Cand> {
    let last = last?;
    let cue = last.cue?;
    if last.kind != QuoteKind::Direct
        || last.pieces.last()?.end > prev.close
        || last.pieces.first()?.start < prev.open
        || !prev.closed
    {
        return None;
    }
    let a = doc.tok_at(prev.close);
    let b = doc.tok_at(r.open);
    if a >= b || b - a > 4 || doc.sent(a) != doc.sent(b) || !matches!(doc.low(a), "et" | "ou") {
        return None;
    }
    // (`et une « … »`, `et un texte « … »`, `et de « … »`.)
    let words_between = (a + 1..b).all(|x| doc.is_word(x) && !doc.starts_upper(x));
    // (A determiner: bare `« A » et « B »` may be one list of words.)
    let opens =
        b > a + 1 && (is_determiner(doc.low(a + 1)) || matches!(doc.low(a + 1), "de" | "d'"));
    if !words_between || !opens {
        return None;
    }
    Some(Cand::direct(r, Some(cue), last.who.clone(), cue.start))
}

/// `“Il y a deux ans, personne n'y croyait.” Le sénateur écologiste de
/// Paris Yannick Jadot, candidat malheureux en 2022, savourait …`: a
/// whole sentence in marks that opens its paragraph, then, in the same
/// paragraph, a sentence whose subject is a person named within its first
/// eight words (after words of a description, no verb): that person.
fn named_subject_after(doc: &Doc<'_, '_>, r: &Region) -> Option<Mention> {
    let n = doc.n();
    let open = doc.tok_at(r.open);
    let k = doc.tok_at(r.close);
    if !opens_line(doc, open) || k < 2 || k >= n || opens_line(doc, k) {
        return None;
    }
    let whole = matches!(doc.low(k - 2), "." | "!" | "?" | "…");
    if !whole || !doc.starts_upper(k) {
        return None;
    }
    // (Past a place of the description: `de Paris`.)
    let x = (k..(k + 8).min(n)).find(|&x| {
        doc.entity(x)
            .is_some_and(|e| doc.ents[e].label() == Label::Per)
    });
    if let Some(x) = x {
        let e = doc.entity(x)?;
        let described = (k..x).all(|y| {
            (doc.is_word(y) && !doc.is_known_verb(y) && doc.aux(y).is_none()) || doc.low(y) == "'"
        });
        if described && doc.ents[e].start() == doc.toks[x].start() {
            return Some(speaker::entity_mention(doc, e));
        }
    }
    // (Or past an opening phrase of place or time: `Devant le tribunal
    // correctionnel de Tarbes, mardi, Sylvie Cazenave, 58 ans, a raconté
    // …`: the sentence's subject, a person.)
    if is_preposition(doc.low(k)) || is_day_word(doc.low(k)) {
        let (_, se) = doc.sent_range(k);
        let m = sentence_subject(doc, (se - 1).min(k + 40))?;
        if let MentionKind::Entity(e) = m.kind {
            if doc.ents[e].label() == Label::Per && doc.tok_at(doc.ents[e].start()) <= k + 20 {
                return Some(m);
            }
        }
    }
    None
}

/// `Catherine Morvan, 52 ans, dirige l'école … Elle a appris la nouvelle
/// … Sur les grilles, des parents ont accroché des dessins.¶« … »`: a
/// quotation that opens its paragraph, after a paragraph with no
/// quotation whose first sentence's subject is a named person and that
/// names no other person, is that person's (at most eight sentences
/// back: a bounded look).
fn paragraph_protagonist_before(
    doc: &Doc<'_, '_>,
    r: &Region,
    regions: &[Region],
    ri: usize,
) -> Option<Mention> {
    let open = doc.tok_at(r.open);
    // (In an article only, as for interviews: a novel's paragraphs of
    // narration hand over to anyone's lines.)
    if !is_article(doc) || !opens_line(doc, open) || open == 0 {
        return None;
    }
    // The previous paragraph's first sentence.
    let mut ps = doc.sent_range(open - 1).0;
    let mut steps = 0;
    while !opens_line(doc, ps) {
        if ps == 0 || steps == 8 {
            return None;
        }
        ps = doc.sent_range(ps - 1).0;
        steps += 1;
    }
    let p_off = doc.toks[ps].start();
    if ri > 0 && regions[ri - 1].close > p_off {
        return None;
    }
    // (Not the title line.)
    if doc.title_end().is_some_and(|line| p_off < line) {
        return None;
    }
    let m = sentence_subject(doc, doc.sent_range(ps).1 - 1)?;
    let MentionKind::Entity(e) = m.kind else {
        return None;
    };
    let key = doc.ents[e].key();
    if doc.ents[e].label() != Label::Per
        || doc.sent(doc.tok_at(doc.ents[e].start())) != doc.sent(ps)
    {
        return None;
    }
    // (No other person opening a sentence there: `l'école Jules-Ferry`
    // is no one who acts.)
    let i = doc.ents.partition_point(|x| x.start() < p_off);
    let others = doc.ents[i..]
        .iter()
        .take_while(|x| x.start() < r.open)
        .any(|x| {
            let t = doc.tok_at(x.start());
            x.label() == Label::Per && x.key() != key && t <= doc.sent_range(t).0 + 5
        });
    (!others).then_some(m)
}

/// `Bruno Retailleau s'est rendu à Mayotte samedi.¶« La situation est
/// grave. … »`: a quotation opening its sentence, right after a sentence
/// whose subject is a named person and that holds no quotation, is that
/// person's (the sentence before may end a paragraph). The subject is
/// read by [`sentence_subject`] (a bounded look).
fn named_subject_before(
    doc: &Doc<'_, '_>,
    r: &Region,
    regions: &[Region],
    ri: usize,
) -> Option<Mention> {
    let open = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open);
    if open != ss || ss == 0 {
        return None;
    }
    let (ps, _) = doc.sent_range(ss - 1);
    // (No quotation in that sentence: its marks would have a speaker.)
    let ps_off = doc.toks[ps].start();
    if ri > 0 && regions[ri - 1].close > ps_off {
        return None;
    }
    let m = sentence_subject(doc, ss - 1)?;
    // (Or a personal pronoun, resolved as any: `La sénatrice X … Elle
    // détaille ses priorités.¶« … »`.)
    let e = match m.kind {
        MentionKind::Entity(e) if doc.ents[e].label() == Label::Per => Some(e),
        MentionKind::Pronoun { plural: false, .. }
            if matches!(doc.low(doc.tok_at(m.span.start)), "il" | "elle") =>
        {
            None
        }
        // (Or someone the text does not name, as the press introduces an
        // unnamed source: `Un autre, qui a requis l'anonymat, est plus
        // nuancé.¶« … »`, `Une habitante s'inquiète.`)
        // (Its head a noun of people, in the same paragraph.)
        MentionKind::Desc { first, .. }
            if matches!(doc.low(first), "un" | "une")
                && {
                    let h = doc.low(speaker::head_at(doc, first));
                    speaker::is_human_noun(h) || h == "autre"
                }
                && !doc.text[doc.toks[ss - 1].end()..doc.toks[open].start()].contains('\n') =>
        {
            None
        }
        // (Or a person the text described before by a definite noun of
        // people: `Le maire d'Ajaccio, lui, balaie les critiques.¶« … »`.)
        MentionKind::Desc {
            first,
            definite: true,
            ..
        } if matches!(doc.low(first), "le" | "la" | "l'")
            && speaker::is_human_noun(doc.low(speaker::head_at(doc, first))) =>
        {
            None
        }
        _ => return None,
    };
    // (Not a subject things happen to, nor one that meets someone: `X a
    // été tué`, `a été interpellé par une retraitée`, `est mort`, `a reçu
    // Olaf Scholz`, `a reçu le soutien de sa femme`: another person or a
    // passive in the sentence; a bounded look.)
    // (From the subject on: `Interrogé par Le Monde, X se montre
    // prudent.` opens with an agent of its own.)
    let from = doc.tok_at(m.span.start).max(ps);
    // (`par` of an agent after a passive only: not `a conclu les débats
    // par un appel à l'unité`.)
    let passive_par = |x: usize| {
        doc.low(x) == "par"
            && (x.saturating_sub(3).max(from)..x).any(|y| {
                matches!(
                    doc.low(y),
                    "été" | "est" | "sont" | "fut" | "était" | "étaient"
                )
            })
    };
    let other = (from..ss).take(80).any(|x| {
        matches!(
            doc.low(x),
            "été" | "mort" | "morte" | "décédé" | "décédée" | "reçu" | "reçue" | "soutien"
        ) || passive_par(x)
            || doc.entity(x).is_some_and(|f| {
                doc.ents[f].label() == Label::Per
                    && e.is_none_or(|e| f != e && doc.ents[f].key() != doc.ents[e].key())
            })
    });
    (!other).then_some(m)
}

/// The end of `en ces termes`, `par ces mots` or `avec ces mots` opening
/// at token `k` (after `C'est`: the words said before, taken up).
fn these_words_end(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    matches!(
        (doc.low(k), doc.low(k + 1), doc.low(k + 2)),
        ("en", "ces", "termes") | ("par" | "avec", "ces", "mots")
    )
    .then_some(k + 3)
}

/// `« … »¶C'est par ces mots que Jean-Luc Mélenchon a réagi`, `C'est en
/// ces termes que X …`, `Ce sont les mots de X`: the sentence right after
/// the quotation takes its words up and names who said them (a person or
/// an organisation, or a description of one). Scans a constant window.
fn words_taken_up_by(doc: &Doc<'_, '_>, r: &Region) -> Option<Mention> {
    let n = doc.n();
    let mut k = doc.tok_at(r.close);
    if k < n && matches!(doc.low(k), "." | "!" | "?") {
        k += 1;
    }
    let w = |i: usize| doc.low(k + i);
    let at = if matches!((w(0), w(1)), ("c'", "est") | ("c'", "était")) {
        match these_words_end(doc, k + 2) {
            Some(e) => e,
            None if w(2) == "ainsi" => k + 3,
            None => return None,
        }
    } else if (w(0), w(1), w(2)) == ("ce", "sont", "les")
        && (w(3) == "mots" || (matches!(w(3), "derniers" | "premiers") && w(4) == "mots"))
    {
        // (`Ce sont les derniers mots prononcés par le prévenu`: the
        // agent of the participle.)
        let at = if w(3) == "mots" { k + 4 } else { k + 5 };
        if lexicon::participle_ending(doc.low(at)) && doc.low(at + 1) == "par" {
            let (m, _) = noun_phrase(doc, at + 2);
            return m
                .filter(|m| m.is_named() || m.is_human())
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }));
        }
        at
    } else if matches!(
        (w(0), w(1)),
        ("ces", "mots" | "propos" | "paroles") | ("cette", "phrase" | "déclaration" | "formule")
    ) && w(2) == ","
        && lexicon::participle_ending(w(3))
    {
        // `Ces mots, prononcés mardi par François Bayrou devant les
        // députés, …`: the agent of the participle, before the next
        // punctuation.
        let lim = (k + 10).min(n);
        let par = (k + 4..lim)
            .take_while(|&x| !doc.is_punct(x))
            .find(|&x| doc.low(x) == "par")?;
        let (m, _) = noun_phrase(doc, par + 1);
        return m
            .filter(|m| m.is_named() || m.is_agent_head(doc))
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }));
    } else if matches!(w(0), "ces" | "cette" | "cet" | "ce" | "la" | "le" | "les")
        && matches!(
            w(1),
            "mots"
                | "propos"
                | "paroles"
                | "phrase"
                | "formule"
                | "déclaration"
                | "citation"
                | "réplique"
        )
    {
        // `Cette formule de clôture est de Thibault Mercier`, `La phrase,
        // applaudie dans les cortèges, est signée Nathalie Perrot`: past a
        // few words (and an aside between commas), `est de` or `est
        // signée` and the author.
        let x = (k + 2..(k + 16).min(n))
            .take_while(|&x| !is_sentence_end(doc.low(x)) && !is_open_mark(doc.low(x)))
            .find(|&x| matches!(doc.low(x), "est" | "sont" | "était" | "étaient"))?
            + 1;
        match doc.low(x) {
            "de" | "d'" => x,
            "signée" | "signé" | "signés" | "signées" => {
                let (m, _) = noun_phrase(doc, x + 1);
                return m
                    .filter(|m| m.is_named())
                    .filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }));
            }
            _ => return None,
        }
    } else {
        return None;
    };
    let at = match doc.low(at) {
        "que" | "qu'" => at + 1,
        "de" | "d'" => at + 1,
        _ => return None,
    };
    let (m, _) = noun_phrase(doc, at);
    m.filter(|m| m.is_named() || m.is_human() || m.may_act())
        .filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }))
}

/// `« Le train n'est pas un luxe » : Carole Delga défend son plan`: a
/// quotation opening its sentence (a title's, often), then a colon and a
/// person named right after it: that person.
fn name_after_colon(doc: &Doc<'_, '_>, r: &Region) -> Option<Mention> {
    let open_tok = doc.tok_at(r.open);
    let (ss, _) = doc.sent_range(open_tok);
    if open_tok != ss {
        return None;
    }
    let k = doc.tok_at(r.close);
    if k + 1 >= doc.n() || doc.low(k) != ":" {
        return None;
    }
    // (Or past a noun of talk: `« … » : entretien avec Roland Lescure`,
    // `: interview de X`, `: rencontre avec X`.)
    let mut a = k + 1;
    if matches!(
        doc.low(a),
        "entretien" | "interview" | "rencontre" | "conversation" | "dialogue"
    ) && matches!(doc.low(a + 1), "avec" | "de" | "d'")
    {
        a += 2;
    }
    let e = doc.entity(a)?;
    let ent = &doc.ents[e];
    (ent.label() == Label::Per && ent.span().start == doc.toks[a].start())
        .then(|| speaker::entity_mention(doc, e))
}

/// `…, « une insulte » pour les pays les plus pauvres`, `Réforme : « une
/// trahison » pour les syndicats`: in the document's first line (a title
/// of at most 300 bytes, with a line after it), the closing mark of
/// region `r`, then `pour` and a description that can speak up to the end
/// of the line: a direct quote, `pour` its cue, the phrase its speaker.
fn title_pour(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    let n = doc.n();
    // (A region closing past the first 300 bytes is in no title: no scan
    // for the line's end then.)
    if r.close >= 300 {
        return None;
    }
    let line_end = doc.title_end()?;
    if r.close >= line_end {
        return None;
    }
    let k = doc.tok_at(r.close);
    if k + 2 >= n || doc.low(k) != "pour" || doc.toks[k].start() >= line_end {
        return None;
    }
    let (m, end) = noun_phrase(doc, k + 1);
    let m = m?;
    let last = doc.toks.get(end.saturating_sub(1))?;
    // (The phrase ends the line: the next token, if any, is on another.)
    let ends_line = end >= n || opens_line(doc, end);
    if last.end() > line_end || !ends_line || !can_speak(doc, &m) {
        return None;
    }
    // (A name there is the according pass's already: `« … » pour Bruno
    // Le Maire`.)
    let described = matches!(m.kind, MentionKind::Desc { .. });
    (described && (m.is_human() || m.may_act()))
        .then(|| Cand::direct(r, Some(doc.span(k, k + 1)), Who::Mention(m), r.start()))
}

/// A quotation of the title line (of at most 300 bytes, with a line
/// after it) and the person or body the title names nearest to it: the
/// last one before its opening mark, else (`« … » : X relaxé`) the one
/// right after the colon that follows it. A candidate whose speaker is
/// [`Who::Echoed`]: the body must quote the same words again, said by the
/// same entity, for it to stay.
fn title_echo(doc: &Doc<'_, '_>, r: &Region) -> Option<Cand> {
    if r.close >= 300 {
        return None;
    }
    // (The closing mark may end the line.)
    let line_end = doc.title_end()?;
    if r.close > line_end {
        return None;
    }
    let open = doc.tok_at(r.open);
    // (Three words or more, and no term after a determiner: `la « pause
    // numérique »` names a measure the body may quote again.)
    let first = doc.tok_at(r.start());
    let words = (first..doc.tok_at(r.close))
        .filter(|&x| doc.is_word(x))
        .count();
    if words < 3 || (open > 0 && is_det(doc.low(open - 1))) {
        return None;
    }
    let speaks = |e: usize| matches!(doc.ents[e].label(), Label::Per | Label::Org);
    let before = doc.ents[..doc.ents.partition_point(|e| e.start() < r.open)]
        .iter()
        .rposition(|e| e.end() <= r.open)
        .filter(|&e| speaks(e));
    // (Past an article and a title: `« … » : le député Yannick Lebrun
    // exclu`.)
    let after = || {
        let k = doc.tok_at(r.close);
        if !(k + 1 < doc.n() && doc.low(k) == ":" && open == 0) {
            return None;
        }
        let hi = (k + 4).min(doc.n() - 1);
        let mut j = k + 1;
        while j < hi
            && doc.entity(j).is_none()
            && (is_det(doc.low(j)) || speaker::is_human_noun(doc.low(j)))
        {
            j += 1;
        }
        doc.entity(j)
            .filter(|&e| speaks(e) && doc.ents[e].start() == doc.toks[j].start())
    };
    let e = before.or_else(after)?;
    let m = speaker::entity_mention(doc, e);
    Some(Cand::direct(r, None, Who::Echoed(m), r.start()))
}

/// `« Nous avons été abandonnés » : à Valence, les sinistrés laissent
/// éclater leur colère`: a quotation opening its sentence, then a colon
/// and a clause whose subject (past a phrase of place) is a person or
/// people: what that subject said, with no cue (the press's title). The
/// quotation reads as speech: three words or more, with a first or
/// second person (not `« Loi immigration » : le texte adopté`, `« Qui
/// veut gagner des millions ? » : X quitte l'émission`). A title of a
/// work with a first person (`« Mon père, ce héros » : X revient`) still
/// passes.
fn title_colon(doc: &Doc<'_, '_>, r: &Region, cue_at: &[u32]) -> Option<Cand> {
    let n = doc.n();
    let open_tok = doc.tok_at(r.open);
    let (ss, se) = doc.sent_range(open_tok);
    let k = doc.tok_at(r.close);
    if open_tok != ss || k + 2 >= se || doc.low(k) != ":" || r.pieces.len() != 1 {
        return None;
    }
    let first = doc.tok_at(r.start());
    let words = (first..k).filter(|&x| doc.is_word(x)).count();
    let person = (first..k).any(|x| {
        matches!(
            doc.low(x),
            "je" | "j'"
                | "nous"
                | "on"
                | "vous"
                | "me"
                | "m'"
                | "mon"
                | "ma"
                | "mes"
                | "notre"
                | "nos"
                | "votre"
                | "vos"
        )
    });
    // (Not with no person, even before a person named right after the
    // colon: `« Un coup de tonnerre » : Marine Le Pen condamnée`, `« La
    // vie est belle » : Roberto Benigni de retour` are someone else's
    // words or a work's title, like `« Huit ans de calvaire » : François
    // Bayrou relaxé` is his: the shape does not tell.)
    if words < 3 {
        return None;
    }
    // Past a phrase of place or time (`à Valence,`, `après 45 jours,`).
    let mut j = k + 1;
    if is_preposition(doc.low(j)) || time_phrase_opens(doc, j) || is_day_word(doc.low(j)) {
        j = (j + 1..(j + 6).min(se)).find(|&x| doc.low(x) == ",")? + 1;
    }
    let (m, end) = noun_phrase(doc, j);
    let m = m?;
    // (A person's name ends at the name: `Liz Truss jette l'éponge`, a
    // verb no list knows after it.)
    let end = match m.kind {
        MentionKind::Entity(_) => doc.tok_at(m.span.end).min(end),
        _ => end,
    };
    let verb_after = end < n && end < se && doc.is_word(end) && !doc.starts_upper(end);
    // (With no person in the words, a reporting verb after the subject
    // still tells: `« Un poison lent » : la commission d'enquête appelle à
    // interdire …` is the commission's; a body speaks too.)
    // (Past a short complement the noun phrase left: `la commission
    // d'enquête sur TikTok appelle`.)
    let is_cue = |x: usize| cue_at.get(x).is_some_and(|&c| c != NONE);
    let cue_tok = if matches!(doc.low(end), "sur" | "de" | "d'" | "du" | "des") {
        (end + 1..(end + 5).min(se))
            .take_while(|&x| doc.is_word(x) && (is_cue(x) || !doc.is_known_verb(x)))
            .find(|&x| is_cue(x))
    } else {
        Some(end).filter(|&x| is_cue(x))
    };
    if !person {
        let reports = verb_after && cue_tok.is_some() && can_speak(doc, &m);
        return reports.then(|| Cand::direct(r, None, Who::Mention(m), r.start()));
    }
    // (A person, or a noun of people: `le film bat des records` is no
    // speaker.)
    let people = match m.kind {
        MentionKind::Entity(e) => doc.ents[e].label() == Label::Per,
        MentionKind::Desc { first, last, .. } => {
            matches!(doc.low(first), "les" | "des")
                || (first..last)
                    .take(4)
                    .any(|x| speaker::is_human_noun_or_plural(doc.low(x)))
        }
        _ => false,
    };
    (verb_after && people).then(|| Cand::direct(r, None, Who::Mention(m), r.start()))
}

/// `« … »¶¶— Jennifer Psaki, directrice de la communication`: a dash line
/// right after the quotation, in the next paragraph, that opens with a
/// person's name: the name. Scans a constant window.
fn signature_after(doc: &Doc<'_, '_>, r: &Region) -> Option<Mention> {
    let n = doc.n();
    let mut k = doc.tok_at(r.close);
    // `« Je ne serai pas candidat. » Emmanuel Macron, mardi, devant la
    // presse.`: a paragraph that opens with a whole quoted sentence and
    // goes on with a person's name and a comma or a full stop (a weekly
    // roundup's sayings), no verb: that person.
    if k + 1 < n && !doc.text[r.close..doc.toks[k].start()].contains('\n') {
        let opens_par = opens_line(doc, doc.tok_at(r.open));
        let last_in = doc.tok_at(r.close).saturating_sub(2);
        let whole = matches!(doc.low(last_in), "." | "!" | "?" | "…");
        if let Some(e) = doc.entity(k).filter(|_| opens_par && whole) {
            let ent = &doc.ents[e];
            let after = doc.tok_at(ent.end());
            if ent.label() == Label::Per
                && ent.start() == doc.toks[k].start()
                && (after >= n || matches!(doc.low(after), "," | "." | "("))
            {
                return Some(speaker::entity_mention(doc, e));
            }
        }
    }
    if k < n && doc.low(k) == "." {
        k += 1;
    }
    if k + 1 >= n || !matches!(doc.low(k), "—" | "–") {
        return None;
    }
    // The dash opens a new paragraph.
    let gap = &doc.text[r.close..doc.toks[k].start()];
    if !gap.contains('\n') {
        return None;
    }
    // A person or an organisation (`— Préfecture des Bouches-du-Rhône`).
    if let Some(e) = doc.entity(k + 1) {
        let ent = &doc.ents[e];
        return (matches!(ent.label(), Label::Per | Label::Org)
            && ent.span().start == doc.toks[k + 1].start())
        .then(|| speaker::entity_mention(doc, e));
    }
    // A function or a body (`— Porte-parole des marins-pompiers`, `—
    // Service de presse du festival`): a short capitalised line opening
    // with a person's or an organisation's noun, with no verb, pronoun
    // or mark of dialogue.
    let mut end = k + 1;
    while end < n
        && end - k <= 9
        && !doc.text[doc.toks[end - 1].end()..doc.toks[end].start()].contains('\n')
    {
        end += 1;
    }
    let line_ends = end == n || end - k <= 9;
    let plain = (k + 1..end).all(|x| {
        doc.aux(x).is_none()
            && doc.form(x).is_none()
            && !matches!(doc.low(x), "?" | "!" | "…" | "«" | "»" | "," | ":")
            && !is_subject_pronoun(doc.low(x))
    });
    (line_ends
        && plain
        && doc.starts_upper(k + 1)
        && (k + 1..(k + 3).min(end)).any(|x| {
            let w = doc.low(x);
            speaker::is_human_noun(w)
                || speaker::is_org_noun(w)
                || matches!(
                    w,
                    "service" | "cabinet" | "bureau" | "direction" | "secrétariat"
                )
        }))
    .then(|| speaker::np_mention(doc, k + 1, end))
}

/// Is the quotation opening at token `open` a title the writer points to
/// in brackets (`(lire la synthèse sur le sujet : « Affaire DSK : … »)`,
/// `(voir « … »)`)? Looks back a dozen tokens, within the brackets.
fn cross_reference(doc: &Doc<'_, '_>, open: usize) -> bool {
    (open.saturating_sub(12)..open)
        .rev()
        .take_while(|&k| doc.low(k) != ")")
        .any(|k| {
            doc.low(k) == "("
                && matches!(
                    doc.low(k + 1),
                    "lire" | "relire" | "voir" | "revoir" | "écouter" | "regarder" | "consulter"
                )
        })
}

/// Is the quotation from its opening mark at token `open` to its closing
/// mark before token `after` (of `words` words) the name of an
/// organisation after a determiner or `de` (`la création d'un « Haut
/// Conseil des rémunérations »`): a capitalised name of at most six
/// words whose end the tagger's organisation ends?
fn quoted_org_name(doc: &Doc<'_, '_>, open: usize, after: usize, words: usize) -> bool {
    let (c0, c1) = (open + 1, after.saturating_sub(1));
    if open == 0 || c1 <= c0 + 1 || words > 6 || !doc.starts_upper(c0) {
        return false;
    }
    let before = doc.low(open - 1);
    if !(is_determiner(before) || matches!(before, "de" | "d'" | "du")) {
        return false;
    }
    doc.entity(c1 - 1).is_some_and(|e| {
        let ent = &doc.ents[e];
        ent.label() == Label::Org && (c0..=c0 + 1).contains(&doc.tok_at(ent.start()))
    })
}

/// Is the quotation opening at token `open` (its content up to `after`)
/// a proper name after a determiner: two to six words, each capitalised
/// but for the small words between them (`sa « Tomme du Haut-Jura »`, `le
/// plan « France Relance »`)? A product or a programme, not speech.
fn quoted_proper_name(doc: &Doc<'_, '_>, open: usize, after: usize, words: usize) -> bool {
    let (c0, c1) = (open + 1, after.saturating_sub(1));
    if open == 0 || !(2..=6).contains(&words) || c1 <= c0 + 1 || !is_determiner(doc.low(open - 1)) {
        return false;
    }
    let small = |k: usize| {
        matches!(
            doc.low(k),
            "de" | "d'" | "du" | "des" | "la" | "le" | "les" | "l'" | "et" | "-" | "'"
        )
    };
    doc.starts_upper(c0)
        && doc.starts_upper(c1 - 1)
        && (c0..c1).all(|k| doc.starts_upper(k) || small(k))
}

/// Is the quotation opening at token `open` the title of a work: after a
/// noun of works or of their authors (`le roman « … »`, `auteur de « … »`,
/// `ses films « … »`)?
fn titled(doc: &Doc<'_, '_>, open: usize) -> bool {
    let mut k = open;
    if k > 0 && matches!(doc.low(k - 1), "de" | "d'" | "du" | "des") {
        k -= 1;
    }
    k > 0 && {
        let w = doc.low(k - 1);
        is_title_noun(w)
            || matches!(
                w,
                "auteur"
                    | "auteure"
                    | "autrice"
                    | "réalisateur"
                    | "réalisatrice"
                    | "interprète"
                    | "films"
                    | "livres"
                    | "romans"
                    | "albums"
                    | "chansons"
                    | "ouvrages"
                    | "séries"
                    | "émissions"
                    | "pièces"
                    | "titres"
            )
    }
}

/// A quotation in a list of three or more quotations separated only by
/// commas, `et` or `ou`.
fn in_quote_list(doc: &Doc<'_, '_>, ri: usize, regions: &[Region]) -> bool {
    let joined = |a: usize, b: usize| -> bool {
        let (ra, rb) = (&regions[a], &regions[b]);
        if ra.depth != rb.depth || rb.open < ra.close {
            return false;
        }
        let from = doc.tok_at(ra.close) + 1;
        let to = doc.tok_at(rb.open);
        from <= to && to - from <= 2 && (from..to).all(|k| matches!(doc.low(k), "," | "et" | "ou"))
    };
    let next_top = |i: usize| -> Option<usize> {
        (i + 1..regions.len().min(i + 8)).find(|&j| regions[j].depth == regions[i].depth)
    };
    let prev_top = |i: usize| -> Option<usize> {
        (i.saturating_sub(8)..i)
            .rev()
            .find(|&j| regions[j].depth == regions[i].depth)
    };
    // `auteur de « Vendredi », « Le Roi des aulnes » et « Les Météores »`:
    // a list of titles, not of things said (the chain is walked back at
    // most eight quotations to find its head).
    let mut head = ri;
    for _ in 0..8 {
        if titled(doc, doc.tok_at(regions[head].open)) {
            return false;
        }
        match prev_top(head).filter(|&j| joined(j, head)) {
            Some(j) => head = j,
            None => break,
        }
    }
    // Walk the chain only until it reaches three: walking all of it from
    // every quotation made long lists quadratic.
    let mut len = 1;
    let mut i = ri;
    while let Some(j) = prev_top(i).filter(|&j| len < 3 && joined(j, i)) {
        len += 1;
        i = j;
    }
    let mut i = ri;
    while let Some(j) = next_top(i).filter(|&j| len < 3 && joined(i, j)) {
        len += 1;
        i = j;
    }
    len >= 3
}

/// An incise inside the marks of an outermost quotation or a dialogue
/// line: `« Je voulais partir doucement, a-t-il raconté, mais … »`,
/// `— Oui, répondit Marie, je viens.`, `— Où allez-vous ? demanda Emma.`
/// An inverted cue after `,` `?` or `!`, whose subject (a clitic or a
/// noun phrase after it) ends at punctuation: the content is cut around
/// it, and the incise names the speaker. The cue's index, the pieces and
/// the speaker.
fn inner_incise(
    doc: &Doc<'_, '_>,
    r: &Region,
    tb: usize,
    cues: &[Cue],
    cue_at: &[u32],
    used_cue: &[bool],
) -> Option<(usize, Vec<Span>, Mention)> {
    let n = doc.n();
    if r.depth > 0 || r.pieces.len() != 1 {
        return None;
    }
    let (cs, ce) = (r.start(), r.end());
    let first = doc.tok_at(cs);
    // The content's tokens (those of an outermost quotation are scanned
    // once: linear).
    let lo = (first + 1).min(n);
    let hi = tb.min(n).max(lo);
    for (k, &at) in (lo..hi).zip(&cue_at[lo..hi]) {
        if at == NONE {
            continue;
        }
        // (Past a reflexive or object pronoun: `« …, s'indigne sa
        // présidente, Martine Roux. … »`, `, nous a confié X,`.)
        let pre = if k >= lo + 2
            && is_incise_clitic(doc.low(k - 1))
            && matches!(doc.low(k - 2), "," | "?" | "!")
        {
            k - 1
        } else {
            k
        };
        if !matches!(doc.low(pre - 1), "," | "?" | "!") {
            continue;
        }
        let ci = at as usize;
        let c = &cues[ci];
        if used_cue[ci] || c.gerund || c.last > tb {
            continue;
        }
        // `« … « nested » , a dit X aux journalistes. … »`: the incise of
        // a nested quotation, which is that quotation's.
        if pre >= 2 && is_close_mark(doc.low(pre - 2)) {
            continue;
        }
        let (m, end) = inverted_subject(doc, c);
        let Some(m) = m else { continue };
        // The incise ends at punctuation or with the content, past a
        // short complement (`a lancé X devant ses partisans.`, `a dit X
        // lundi à l'AFP,`).
        let mut end = end;
        if end < tb
            && doc.toks[end].start() < ce
            && (is_preposition(doc.low(end))
                || skippable_before_np(doc.low(end))
                // (`répond-elle du tac au tac.`, `dit-il d'une voix
                // blanche,`: a phrase of manner after a clitic.)
                || (c.clitic.is_some() && matches!(doc.low(end), "du" | "d'")))
        {
            if let Some(p) = (end + 1..(end + 7).min(tb)).find(|&x| doc.is_punct(x)) {
                end = p;
            }
        }
        // (Or a body by its noun closing its sentence: `« Nous pensons aux
        // familles, écrit l'entreprise. Nos équipes … »`.)
        let body = matches!(
            m.kind,
            MentionKind::Desc {
                definite: true,
                org_noun: true,
                ..
            }
        ) && (end >= tb
            || doc.toks[end].start() >= ce
            || matches!(doc.low(end), "." | "!" | "?"));
        // (`« tous ceux qui, d'Europe et d'ailleurs, ont témoigné leur
        // affection »`: an object, no inverted subject.)
        if c.clitic.is_none()
            && !body
            && (!(m.is_named() || m.is_human()) || !inverted_subject_like(doc, &m))
        {
            continue;
        }
        let closes = end >= tb || doc.toks[end].start() >= ce;
        if !closes && !matches!(doc.low(end), "," | "." | "!" | "?" | "…" | ";") {
            continue;
        }
        // (A description, then the person's name in apposition: `, a
        // promis le directeur général de Sud Logis Habitat, Marc Lafargue.
        // Personne …`: the name speaks.)
        let described = matches!(m.kind, MentionKind::Desc { human: true, .. })
            || (c.last + 1 < n
                && is_det(doc.low(c.last))
                && speaker::is_human_noun(doc.low(c.last + 1)));
        let (m, end) = if described && !closes && doc.low(end) == "," {
            doc.entity(end + 1)
                .filter(|&e| {
                    doc.ents[e].label() == Label::Per
                        && doc.ents[e].start() == doc.toks[end + 1].start()
                })
                .map(|e| (e, doc.entity_end(end + 1, e, tb)))
                .filter(|&(_, x)| x < tb && matches!(doc.low(x), "." | ","))
                .map_or((m, end), |(e, x)| (speaker::entity_mention(doc, e), x))
        } else {
            (m, end)
        };
        // Before: up to the comma (a `?` or `!` stays with the words).
        let cut = if doc.low(pre - 1) == "," {
            pre - 1
        } else {
            pre
        };
        if cut <= first {
            return None;
        }
        let mut pieces = vec![Span::new(cs, doc.toks[cut - 1].end())];
        if !closes {
            // After: past the incise's comma or full stop, and past an
            // apposition on the speaker (`, analyse le politiste X,
            // spécialiste de l'extrême droite. Il n'a pas …`).
            let mut rest = end + 1;
            if doc.low(end) == "," {
                let noun = |x: usize| speaker::is_human_noun(doc.low(x));
                let lim = (end + 12).min(tb);
                if let Some(p) = (end + 1..lim).find(|&x| doc.is_punct(x) && doc.low(x) != "'") {
                    let apposition = (noun(end + 1) || (is_det(doc.low(end + 1)) && noun(end + 2)))
                        && (end + 1..p).all(|x| !doc.is_known_verb(x) && doc.aux(x).is_none());
                    if apposition && matches!(doc.low(p), "," | ".") {
                        rest = p + 1;
                    }
                }
            }
            // (And past a gerund phrase on the speaker to its full stop:
            // `, a averti X, le secrétaire général, en présentant le
            // rapport. Il est temps …`.)
            if rest > 0
                && rest + 2 < tb
                && doc.low(rest - 1) == ","
                && doc.low(rest) == "en"
                && doc.low(rest + 1).ends_with("ant")
                && !doc.starts_upper(rest + 1)
            {
                if let Some(p) =
                    (rest + 2..(rest + 16).min(tb)).find(|&x| doc.is_punct(x) && doc.low(x) != "'")
                {
                    if doc.low(p) == "." {
                        rest = p + 1;
                    }
                }
            }
            if rest < n && rest < tb && doc.toks[rest].start() < ce {
                pieces.push(Span::new(doc.toks[rest].start(), ce));
            }
        }
        return Some((ci, pieces, m));
    }
    None
}

/// `« Je lui ai dit : “…” … », raconte la sexagénaire`: a direct quote
/// inside another's words that takes the previous speaker (its subject
/// is the first person of the enclosing words) is resolved after the
/// enclosing quote, whose speaker it then takes. (The enclosing quote is
/// looked for among the eight direct quotes starting last before it: a
/// bounded look.)
fn nested_after_enclosing(cands: &mut [Cand]) {
    let mut outer: Vec<(usize, usize, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == QuoteKind::Direct && !c.pieces.is_empty())
        .map(|(i, c)| (c.pieces[0].start, c.pieces[c.pieces.len() - 1].end, i))
        .collect();
    if outer.len() < 2 {
        return;
    }
    outer.sort_unstable();
    for i in 0..cands.len() {
        let c = &cands[i];
        let (QuoteKind::Direct, Who::Previous, Some(cue), [piece]) =
            (c.kind, &c.who, c.cue, c.pieces.as_slice())
        else {
            continue;
        };
        let k = outer.partition_point(|o| o.0 < piece.start);
        let enclosing = outer[k.saturating_sub(8)..k]
            .iter()
            .rev()
            .find(|o| o.2 != i && o.0 < cue.start && piece.end <= o.1)
            .map(|o| o.2);
        if let Some(j) = enclosing {
            let a = cands[j].anchor;
            if a > cands[i].anchor {
                cands[i].anchor = a + 1;
            }
        }
    }
}

/// `la Région « soutient encore 140 festivals » mais ne peut « pas
/// financer tout le monde »`: a direct quote whose cue is a word quoted in
/// another quotation's marks (not one that holds the quote itself, as an
/// outer quotation holds `Il m'a dit : “…”`) has no cue: it goes. The
/// regions opened before the cue, the last eight, are read (a bounded
/// look per quote). For articles ([`is_article`]).
fn drop_cue_in_other_marks(regions: &[Region], cands: &mut Vec<Cand>) {
    cands.retain(|c| {
        let (QuoteKind::Direct, Some(cue), Some(piece)) = (c.kind, c.cue, c.pieces.first()) else {
            return true;
        };
        let i = regions.partition_point(|r| r.open < cue.start);
        !regions[i.saturating_sub(8)..i].iter().any(|r| {
            !r.dash
                && r.closed
                && r.open < cue.start
                && cue.end < r.close
                && !(r.open < piece.start && piece.end <= r.close)
        })
    });
}

/// Is the text an article, not a chapter of a novel: a title line and at
/// most 20,000 bytes (the literary set's chapters run longer).
pub(crate) fn is_article(doc: &Doc<'_, '_>) -> bool {
    doc.title_end().is_some() && doc.text.len() <= 20_000
}

/// `— Pourquoi partir maintenant ?¶— Parce que …`: a dialogue line that
/// asks a question (or is an interviewer's otherwise,
/// [`speaker::interview_prompt`]) and is answered by the next line, the
/// next paragraph's dash, is an interviewer's question, no statement of
/// the people the article quotes (a line with a cue of its own is not
/// looked at here).
fn interview_question(doc: &Doc<'_, '_>, r: &Region, next: Option<&Region>) -> bool {
    // (Or a statement put to the interviewee between two answers, `— La
    // Poste a annoncé la fermeture de son bureau.`: the interview's lines
    // alternate.)
    // (Not an answer that ends by asking back, [`speaker::asks_back`].)
    let line = speaker::line_start(doc.text, r.open);
    let asks = (doc.text[r.start()..r.end()]
        .trim_end_matches(|c: char| c.is_whitespace())
        .ends_with('?')
        && !speaker::asks_back(doc.text, line))
        || speaker::interview_prompt(doc.text, line);
    // (Only in an article: a novel's questions in its dialogue are
    // speech, `— Où allez-vous ? — Au moulin.`)
    is_article(doc)
        && asks
        && next.is_some_and(|q| {
            q.dash
                && q.open >= r.end()
                && doc
                    .text
                    .get(r.end()..q.open)
                    .is_some_and(|gap| gap.contains('\n') && gap.trim().is_empty())
        })
}

/// A quotation with no cue that reads as speech: long enough, at a
/// sentence start or a whole sentence, not a title.
fn floating(doc: &Doc<'_, '_>, ri: usize, r: &Region, cue_at: &[u32], words: usize) -> bool {
    // `[ source : ((fr)) – « UE : révision du mode … » ]`: a title cited
    // as a source.
    let open_tok = doc.tok_at(r.open);
    if (open_tok.saturating_sub(6)..open_tok)
        .any(|x| matches!(doc.low(x), "source" | "sources") && doc.low(x + 1) == ":")
    {
        return false;
    }
    if r.dash {
        // `— Jennifer Psaki, directrice de la communication`: a signature
        // under a quotation, not a line of dialogue.
        let last = doc.text[r.start()..r.end()].chars().next_back();
        let ends_sentence = last.is_some_and(|c| ".!?…»\"”".contains(c));
        return ends_sentence || words > 12;
    }
    // `« Nous sommes prêts », affirme la ministre. « Le texte sera
    // présenté demain. »`: a short quotation opening a sentence right
    // after one that quoted someone, in the same paragraph, goes on.
    let goes_on = || {
        let (ss, _) = doc.sent_range(open_tok);
        if open_tok != ss || ss == 0 {
            return false;
        }
        let (ps, pe) = doc.sent_range(ss - 1);
        let gap = &doc.text[doc.toks[pe - 1].end()..doc.toks[ss].start()];
        // (Or a whole sentence in marks after a sentence that reported
        // someone: `Un diplomate juge que rien n'est joué. « Tout peut
        // encore basculer. »`; its bounded first 60 tokens.)
        let sentence = doc.text[r.start()..r.end()]
            .chars()
            .next_back()
            .is_some_and(|c| ".!?…".contains(c))
            && doc.starts_upper(doc.tok_at(r.start()));
        !gap.contains('\n')
            && ((ps..pe).rev().take(12).any(|k| is_close_mark(doc.low(k)))
                || (sentence && (ps..pe).take(60).any(|k| cue_at[k] != NONE)))
    };
    if words < 6 && !(words >= 4 && r.depth == 0 && goes_on()) {
        return false;
    }
    if r.depth > 0 {
        // A quotation inside a quotation needs its own cue.
        return false;
    }
    if open_tok > 0 && is_title_noun(doc.low(open_tok - 1)) {
        return false;
    }
    let (ss, _) = doc.sent_range(open_tok);
    let _ = ri;
    let at_start = open_tok == ss || (open_tok > 0 && matches!(doc.low(open_tok - 1), ":" | "."));
    let content_start = doc.tok_at(r.start());
    at_start || (words >= 10 && doc.starts_upper(content_start))
}

/// Where the clause of an according quote starting at `s` ends, before
/// `hi`: before `et` + a new subject with its own cue (`Pour le journal
/// Le Monde, ce blocage est « intolérable » et Louis Dreyfus, président
/// du directoire, estime qu'…`), outside quotation marks.
fn own_clause_end(doc: &Doc<'_, '_>, s: usize, hi: usize, cue_at: &[u32]) -> usize {
    let mut depth = 0usize;
    let mut et = None;
    // A bounded scan: one according quote costs at most this many tokens.
    for j in s..hi.min(s + 120) {
        let w = doc.low(j);
        if step_marks(&mut depth, w) {
            // (A mark: its depth counted.)
        } else if depth == 0 && w == ";" && j + 1 < hi && according_opener(doc, j + 1) {
            // `Pour certains, … ; pour d'autres, …`: the next one starts.
            return j;
        } else if depth == 0 && w == "," && j > s + 2 && summing_apposition(doc, j) {
            // `Selon l'élu, la dette aurait augmenté de 30 %, un chiffre
            // que conteste l'adjointe …`: the writer's comment.
            return j;
        } else if depth == 0 && w == "et" && j > s + 2 {
            et = Some(j);
        } else if depth == 0 && cue_at[j] != NONE {
            if let Some(x) = et {
                // Only the subject between `et` and the cue: a name or a
                // description, with an apposition between commas.
                let subject = matches!(noun_phrase(doc, x + 1).0, Some(m) if m.is_named())
                    && (x + 1..j).all(|y| !is_open_mark(doc.low(y)) && cue_at[y] == NONE);
                if subject && j - x <= 2 * WINDOW {
                    return x;
                }
            }
        }
    }
    hi
}

/// Does the comma at `j` open an apposition that sums up what was said
/// (`…, une mesure que les manifestants qualifient de « … »`, `…, un
/// chiffre contesté par les syndicats`, `…, une prise de position
/// aussitôt critiquée`) or reports someone else's judgement (`…, un délai
/// jugé « irréaliste » par …`): the writer's comment, after the statement.
fn summing_apposition(doc: &Doc<'_, '_>, j: usize) -> bool {
    if !matches!(doc.low(j + 1), "un" | "une") {
        return false;
    }
    // (`une prise de position aussitôt critiquée`: a compound noun, and
    // an adverb before the participle.)
    let compound =
        doc.low(j + 2) == "prise" && doc.low(j + 3) == "de" && doc.low(j + 4) == "position";
    let mut x = if compound { j + 5 } else { j + 3 };
    if matches!(
        doc.low(x),
        "aussitôt" | "immédiatement" | "vite" | "très" | "déjà"
    ) {
        x += 1;
    }
    // (Or an adjective of doubt: `…, un chiffre invérifiable de source
    // indépendante`, `une estimation impossible à confirmer`.)
    let doubt = |w: &str| {
        matches!(
            w,
            "invérifiable"
                | "invérifiables"
                | "impossible"
                | "difficile"
                | "contesté"
                | "contestée"
                | "contestable"
                | "démenti"
                | "démentie"
                | "non"
                | "jamais"
        )
    };
    ((compound || is_summary_noun(doc.low(j + 2))) && {
        let w = doc.low(x);
        matches!(w, "que" | "qu'" | "qui" | "dont") || participle_like(w) || doubt(w)
    }) || (judging_participle(doc.low(j + 3)) && is_open_mark(doc.low(j + 4)))
}

/// Do the tokens before `end` read `d'entre eux` (`d'entre elles`): some
/// of the people just named, after a quantifier (`nombre`, `la plupart`)?
fn d_entre_eux_before(doc: &Doc<'_, '_>, end: usize) -> bool {
    end >= 3
        && doc.low(end - 3) == "d'"
        && doc.low(end - 2) == "entre"
        && matches!(doc.low(end - 1), "eux" | "elles")
}

/// Stems of the verbs that give a name (`comme l'appellent les Niçois`,
/// `comme la surnomment ses détracteurs`): what they follow is a name, no
/// speech.
const NAMING_STEMS: &[&str] = &["surnomm", "appel", "nomm", "baptis", "qualifi"];

/// Stems of the participles before `par` and the medium that relayed a
/// source (`cité par l'AFP`, `interrogé par Le Monde`, `jointe par …`).
const RELAYED_BY: &[&str] = &[
    "interrog",
    "cité",
    "contacté",
    "joint",
    "sollicit",
    "questionn",
];

/// Does an according cue open at token `k` (`selon`, `d'après`, `pour`)?
fn according_opener(doc: &Doc<'_, '_>, k: usize) -> bool {
    match doc.low(k) {
        "selon" | "pour" => true,
        "d'" => doc.low(k + 1) == "après",
        _ => false,
    }
}

/// The end of a live blog's time and its dash at sentence start `ss`
/// (`9 h 30 –`, `10h15 -`, `18 h –`), if there is one.
fn timestamp_end(doc: &Doc<'_, '_>, ss: usize) -> Option<usize> {
    let n = doc.n();
    let dash = (ss + 1..(ss + 5).min(n)).find(|&x| matches!(doc.low(x), "-" | "–" | "—"))?;
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let hour = |w: &str| {
        w == "h"
            || w.split_once('h')
                .is_some_and(|(a, b)| digits(a) && (b.is_empty() || digits(b)))
    };
    let words = || (ss..dash).map(|x| doc.low(x));
    (words().all(|w| digits(w) || hour(w)) && words().any(hour)).then_some(dash + 1)
}

/// Nouns of the texts and talks a statement is made in (`dans un
/// communiqué`, `dans une lettre`, `dans un entretien`): a phrase of them
/// after a cue says where it was said, no object of it.
fn is_source_noun(w: &str) -> bool {
    matches!(
        w,
        "communiqué"
            | "lettre"
            | "courrier"
            | "tribune"
            | "message"
            | "tweet"
            | "entretien"
            | "interview"
            | "discours"
            | "déclaration"
            | "vidéo"
    )
}

/// A wire's dateline opening the sentence at `ss` (`PARIS, 12 mars
/// (AFP) -`, `WASHINGTON (Reuters) —`, `NEW YORK —`: a town in capitals,
/// perhaps its country in brackets and a date, an agency in brackets,
/// then a dash: `DJEDDAH (Arabie saoudite), 14 mars 2026 (AFP) -`): the
/// token after the dash.
fn dateline_end(doc: &Doc<'_, '_>, ss: usize) -> Option<usize> {
    let n = doc.n();
    let caps = |x: usize| {
        let t = doc.toks[x].as_str();
        t.len() >= 2
            && t.chars().any(char::is_alphabetic)
            && t.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
    };
    if ss >= n || !caps(ss) {
        return None;
    }
    let dash = (ss + 1..(ss + 16).min(n)).find(|&x| matches!(doc.low(x), "-" | "–" | "—"))?;
    let agency = dash >= ss + 4 && doc.low(dash - 1) == ")" && doc.low(dash - 3) == "(";
    let town = (ss..dash).all(|x| caps(x) || doc.low(x) == ",");
    ((agency || town) && !(ss..dash).any(|x| doc.is_known_verb(x) && !caps(x))).then_some(dash + 1)
}

/// A live blog's time ([`timestamp_end`]) or a wire's dateline
/// ([`dateline_end`]) opening the sentence at `ss`: the token after it.
fn line_head_end(doc: &Doc<'_, '_>, ss: usize) -> Option<usize> {
    timestamp_end(doc, ss).or_else(|| dateline_end(doc, ss))
}

/// A rank or title a name follows after its article (`le général
/// François Lecointre`, `la juge Eva Joly`), outside the name.
fn is_rank_word(w: &str) -> bool {
    matches!(
        w,
        "général"
            | "générale"
            | "amiral"
            | "colonel"
            | "colonelle"
            | "lieutenant-colonel"
            | "vice-amiral"
            | "contre-amiral"
            | "commandant"
            | "capitaine"
            | "lieutenant"
            | "professeur"
            | "professeure"
            | "docteur"
            | "docteure"
            | "juge"
            | "commissaire"
            | "cardinal"
            | "pasteur"
            | "pasteure"
            | "rabbin"
            | "imam"
            | "abbé"
            | "père"
    )
}

/// Does the sentence at token `ss` open with `Selon` or `D'après`?
fn opens_with_according(doc: &Doc<'_, '_>, ss: usize) -> bool {
    doc.low(ss) == "selon" || (doc.low(ss) == "d'" && doc.low(ss + 1) == "après")
}

/// `…, 38 % selon la CGT`: the comma before a `selon` at token `k` that
/// opens a short phrase with no verb (at most five tokens), the figure
/// another source gives.
fn elliptic_comma(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    let c = (k.saturating_sub(6)..k).rev().find(|&x| doc.is_punct(x))?;
    (doc.low(c) == ","
        && c + 1 < k
        && (c + 1..k).all(|x| !doc.is_punct(x) && !doc.is_known_verb(x) && doc.aux(x).is_none()))
    .then_some(c)
}

/// The closing bracket of `(ACRONYM)` when the comma at token `k` goes on
/// listing a name's words up to it (`…, du sport et de la recherche
/// (IGESR)`): a function word after the comma, at most twelve words, and
/// an acronym the tagger made an entity; `None` otherwise.
fn listed_name_acronym(doc: &Doc<'_, '_>, k: usize, se: usize) -> Option<usize> {
    if k + 1 >= se || !matches!(doc.low(k + 1), "du" | "de" | "des" | "d'" | "et") {
        return None;
    }
    let open = (k + 1..se.min(k + 14))
        .take_while(|&x| doc.is_word(x) || matches!(doc.low(x), "'" | "-" | "("))
        .find(|&x| doc.low(x) == "(")?;
    let close = open + 2;
    // (Only when the words after the comma are too few to spell the
    // acronym alone, so the name began before it: not `l'économiste
    // Claire Vasseur, de l'Observatoire français des conjonctures
    // économiques (OFCE)`.)
    let acro = doc.toks[open + 1].as_str();
    let words = (k + 1..open)
        .filter(|&x| {
            doc.is_word(x)
                && !matches!(
                    doc.low(x),
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "la"
                        | "le"
                        | "l'"
                        | "les"
                        | "et"
                        | "en"
                        | "pour"
                        | "à"
                        | "au"
                        | "aux"
                )
        })
        .count();
    (close < se
        && doc.low(close) == ")"
        && doc.entity(open + 1).is_some()
        && acro.bytes().all(|b| b.is_ascii_uppercase())
        && words < acro.len())
    .then_some(close)
}

/// `selon X, …` / `…, selon X.` / `Pour X, …`.
fn according(
    doc: &Doc<'_, '_>,
    is_pour: bool,
    cue_first: usize,
    np_first: usize,
    regions: &[Region],
    cue_at: &[u32],
) -> Option<Cand> {
    let n = doc.n();
    // `selon ce qui ne constitue qu'un bilan provisoire`: no source (but
    // `selon ce responsable` has one).
    if np_first >= n
        // `La prime varie selon les secteurs`: `selon` after a verb of
        // variation or distribution means `depending on`.
        // (Or a little before it: `diffère donc selon`, `varie
        // beaucoup selon`.)
        || (!is_pour
            && (cue_first.saturating_sub(3)..cue_first)
                .rev()
                .take_while(|&k| !doc.is_punct(k))
                .any(|k| varies(doc.low(k))))
        || (doc.low(np_first) == "ce"
            && matches!(doc.low(np_first + 1), "qui" | "que" | "qu'" | "dont"))
        // `réalisé d'après la pièce de Shakespeare`: an adaptation.
        || (doc.low(cue_first) == "d'"
            && is_determiner(doc.low(np_first))
            && is_work_noun(doc.low(np_first + 1)))
        // `seront instruites selon l'ancien plan d'occupation des sols`:
        // right after a participle, no comma, a thing that cannot speak
        // is the rule followed, no source (`a été blessé selon les
        // pompiers` has one).
        || (!is_pour
            && cue_first > 0
            && {
                // (Or a participle in `-it`: `instruites`, `construits`.)
                let w = doc.low(cue_first - 1);
                participle_like(w)
                    || (w.len() > 6
                        && ["it", "its", "ite", "ites"].iter().any(|e| w.ends_with(e))
                        && doc.form(cue_first - 1).is_none())
            }
            && is_determiner(doc.low(np_first))
            && {
                // (Past an adjective of time: `l'ancien plan`.)
                let h = if matches!(
                    doc.low(np_first + 1),
                    "ancien" | "ancienne" | "nouveau" | "nouvel" | "nouvelle" | "actuel" | "actuelle"
                ) {
                    np_first + 2
                } else {
                    np_first + 1
                };
                doc.entity(h).is_none()
                    && doc.is_word(h)
                    && !speaking_head(doc, h, h + 1)
                    && !is_information_noun(doc.low(h))
            })
    {
        return None;
    }
    // `selon les informations des médias américains`: the source;
    // `selon la procédure`, `selon les dernières informations`: none.
    let agent_first = np_first;
    let (np_first, complement) = source_of(doc, np_first)?;
    // `selon d'autres sources`, `selon certaines personnalités`.
    // (Up to two such words: `pour de nombreux diplomates`.)
    let quantifier = |k: usize| {
        matches!(
            doc.low(k),
            "d'" | "beaucoup"
                | "certains"
                | "certaines"
                | "plusieurs"
                | "quelques"
                | "nombre"
                | "de"
                | "nombreux"
                | "nombreuses"
        )
    };
    let mut np_first_q = np_first;
    while np_first_q < np_first + 2 && quantifier(np_first_q) {
        np_first_q += 1;
    }
    let (ss, se) = doc.sent_range(cue_first);
    // The agent: up to the next comma or the sentence end.
    // A bracketed aside (`le média Ikiriho ( NDLR : média proche du
    // pouvoir )`) is skipped whole.
    let mut aside: Option<(usize, usize)> = None;
    let mut listed = None;
    let mut k = np_first;
    while k < se && k - np_first - aside.map_or(0, |(a, b)| b - a) < WINDOW + 4 {
        let w = doc.low(k);
        if w == "(" && k > np_first && aside.is_none() {
            let close = (k + 1..se.min(k + 3 * WINDOW)).find(|&x| matches!(doc.low(x), "(" | ")"));
            if let Some(c) = close.filter(|&c| doc.low(c) == ")") {
                aside = Some((k, c + 1));
                k = c + 1;
                continue;
            }
        }
        // (A title in marks is the agent's: `Selon Le Canard enchaîné
        // paru mercredi sous le titre « … », …`.)
        if is_open_mark(w)
            && k > np_first
            && matches!(
                doc.low(k - 1),
                "titre" | "intitulé" | "intitulée" | "intitulés" | "intitulées"
            )
        {
            if let Some(c) = (k + 1..se.min(k + 30)).find(|&x| is_close_mark(doc.low(x))) {
                k = c + 1;
                continue;
            }
        }
        // `Selon le rapport de l'Inspection générale de l'éducation, du
        // sport et de la recherche (IGESR), …`: a name whose words a
        // comma lists, up to the acronym that closes it, is the agent's.
        if w == "," && k > np_first && aside.is_none() {
            if let Some(close) = listed_name_acronym(doc, k, se) {
                aside = Some((close - 2, close + 1));
                listed = doc.entity(close - 1);
                k = close + 1;
                continue;
            }
        }
        if doc.is_punct(k) && !matches!(w, "-" | "'" | "(" | ")") {
            break;
        }
        // `un danger selon plusieurs observateurs et porterait …`: `et`
        // before no noun phrase starts another clause.
        if matches!(w, "et" | "ou") && k > np_first && k + 1 < se && {
            // A verb after it (an auxiliary, a cue, a conditional or
            // imperfect ending), not `océanique et atmosphérique`.
            let v = doc.low(k + 1);
            doc.aux(k + 1).is_some()
                || doc.form(k + 1).is_some()
                || ["rait", "raient", "ait", "aient"]
                    .iter()
                    .any(|e| v.ends_with(e))
        } {
            break;
        }
        k += 1;
    }
    // `selon eux au fait que …`: a stressed pronoun is the agent alone.
    if matches!(doc.low(np_first), "lui" | "elle" | "eux" | "elles") && k > np_first + 1 {
        k = np_first + 1;
        aside = None;
    }
    let aside_len = aside.map_or(0, |(a, b)| b - a);
    // `… est selon Deutsche Welle une mesure de rétorsion du régime de
    // Pierre Nkurunziza envers la Belgique qui …`: no comma for long; a
    // named agent followed by a determiner ends there.
    let mut cut_agent = None;
    if k - np_first - aside_len >= WINDOW + 4 {
        if let Some(e) = doc.entity(np_first_q).filter(|_| aside.is_none()) {
            let end = doc.tok_at(doc.ents[e].end());
            if end < k
                && doc.toks[np_first_q].start() == doc.ents[e].start()
                && is_det(doc.low(end))
            {
                k = end;
                cut_agent = Some(e);
            }
        }
    }
    if k == np_first || k - np_first - aside_len >= WINDOW + 4 {
        return None;
    }
    let np_end = k;
    let in_aside = |x: usize| aside.is_some_and(|(a, b)| (a..b).contains(&x));
    let (mut m, _) = match cut_agent {
        Some(e) => (Some(speaker::entity_mention(doc, e)), k),
        None => noun_phrase(doc, np_first_q),
    };
    if let Some(e) = listed {
        m = Some(speaker::entity_mention(doc, e));
    }
    // `Selon ses propos`, `selon leurs dires`: the possessor speaks, as a
    // pronoun would (of either gender).
    // (So do their own media: `selon son site internet`, `sa page
    // Facebook`, `son compte X`.)
    // (Not a report's conclusions: `le rapport de l'IGPN … Selon ses
    // conclusions`, the report's author.)
    let report = matches!(doc.low(np_first + 1), "conclusions" | "recommandations")
        && np_end == np_first + 2;
    if let Some(e) = report
        .then(|| speaker::report_author_before(doc, np_first))
        .flatten()
    {
        m = Some(speaker::entity_mention(doc, e));
    } else if matches!(doc.low(np_first), "son" | "sa" | "ses" | "leur" | "leurs")
        && np_first + 1 < np_end
        && (is_information_noun(doc.low(np_first + 1)) || is_own_medium(doc.low(np_first + 1)))
    {
        m = Some(possessor_mention(doc, np_first));
    }
    if m.is_none() && (np_first_q != np_first || complement) {
        // `des instituts de sondage`, `de presse`: a source with no
        // article of its own.
        m = Some(speaker::np_mention(doc, np_first, np_end));
    }
    // `selon des experts et la revue Nature`: of coordinated sources,
    // the named one (a person or an organisation).
    if !m.as_ref().is_some_and(|m| m.is_named()) {
        let named = (np_first..np_end)
            .filter(|&x| doc.low(x) == "et" && !in_aside(x))
            .find_map(|x| {
                (x + 1..np_end.min(x + 5))
                    .find_map(|y| doc.entity(y))
                    .filter(|&e| doc.ents[e].label() != Label::Loc)
            });
        if let Some(e) = named {
            m = Some(speaker::entity_mention(doc, e));
        }
    }
    let mut after = np_end;
    // `Selon le courrier, signé par la directrice académique du Cantal,
    // Catherine Fabre, les effectifs …`: a document's signatory, named
    // before a comma within 12 tokens, speaks, and the statement starts
    // after the name.
    if after + 3 < se
        && doc.low(after) == ","
        && doc.low(after + 2) == "par"
        && ["sign", "rédig", "écrit"]
            .iter()
            .any(|p| doc.low(after + 1).starts_with(p))
        && m.as_ref().is_some_and(|m| match m.kind {
            MentionKind::Desc { first, .. } => {
                let head = doc.low(speaker::head_at(doc, first));
                speaker::is_document_noun(head) || head == "courrier"
            }
            _ => false,
        })
    {
        let signer = (after + 3..(after + 15).min(se)).find_map(|y| {
            doc.entity(y).filter(|&e| {
                doc.ents[e].label() == Label::Per && doc.ents[e].start() == doc.toks[y].start()
            })
        });
        if let Some(e) = signer {
            let y = doc.tok_at(doc.ents[e].start());
            let x = doc.entity_end(y, e, se);
            if x < se
                && doc.low(x) == ","
                && (after + 3..y).all(|k| !doc.is_punct(k) || doc.low(k) == ",")
            {
                m = Some(speaker::entity_mention(doc, e));
                after = x;
            }
        }
    }
    // Apposition: `selon le secrétaire général de l'OTAN, Jens
    // Stoltenberg, …`.
    if after < se && doc.low(after) == "," {
        // (Past a title, after a person's noun, a clause opening after
        // the name: `selon son avocat, Me Dupond, son client …`; not
        // `Selon la préfecture, Mme Girard, blessée …`, the statement's
        // subject.)
        // (Or a rank with its article: `Selon le chef d'état-major des
        // armées, le général François Lecointre, …`.)
        let rank = matches!(doc.low(after + 1), "le" | "la")
            && is_rank_word(doc.low(after + 2))
            && doc.entity(after + 3).is_some();
        let title_len = if rank { 2 } else { 1 };
        // (A ranked name may end the sentence, when the words came before
        // `selon`: `L'incendie a été circonscrit, selon le commandant des
        // opérations, le colonel Patrick Morel.`)
        let ends_sentence = |x: usize| x + 1 == se && matches!(doc.low(x), "." | "!");
        let titled = (rank || is_title_abbrev(doc.low(after + 1)))
            && doc.entity(after + 1 + title_len).is_some_and(|e| {
                let x = doc.entity_end(after + 1 + title_len, e, se);
                // (After a rank, `…, dix-huit militaires …`: a number opens
                // it too; not `Selon le médecin, M. Dupont, 87 ans, …`.)
                (doc.low(x) == ","
                    && (opens_clause(doc, x + 1)
                        || (rank
                            && doc.low(x + 1).split('-').next().is_some_and(is_number_word)
                            && doc.low(x + 2) != "ans")))
                    // (Or, after a rank, the sentence's end.)
                    || (rank
                        && cue_first > ss
                        && doc.low(cue_first - 1) == ","
                        && (x >= se || ends_sentence(x)))
            })
            && m.as_ref().is_some_and(|m| match m.kind {
                MentionKind::Desc { first, .. } => {
                    let h = doc.low(speaker::head_at(doc, first));
                    // (`le commandant des opérations`: a rank as the noun.)
                    speaker::is_human_noun(h) || is_rank_word(h)
                }
                _ => false,
            });
        let first_name = if titled {
            after + 1 + title_len
        } else {
            after + 1
        };
        if let Some(e) = doc.entity(first_name) {
            let ent = &doc.ents[e];
            let mut x = doc.entity_end(first_name, e, se);
            // `Laurent Wauquiez ( LR ),`: a party or a gloss in brackets.
            if x < se && doc.low(x) == "(" {
                if let Some(c) = (x + 1..(x + 6).min(se)).find(|&y| doc.low(y) == ")") {
                    x = c + 1;
                }
            }
            // (Not after a document, a decision or information: `Selon le
            // jugement, Nicolas Sarkozy, son avocat … avaient conclu`
            // opens the statement with the name.)
            // (Or a body's name after the noun of its kind: `Selon le
            // bailleur, Orge Habitat, 38 familles …`, the description of
            // two words.)
            let body = ent.label() == Label::Org
                && np_end == np_first + 2
                && matches!(doc.low(np_first), "le" | "la" | "l'")
                && m.as_ref()
                    .is_some_and(|m| matches!(m.kind, MentionKind::Desc { org_noun: true, .. }));
            let closes = doc.low(x) == "," || (titled && rank && ends_sentence(x));
            if (ent.label() == Label::Per || body) && x < se && closes && {
                let h = speaker::head_at(doc, np_first);
                let w = doc.low(h);
                // (Unless someone's: `Selon la lettre de son avocat, Jean
                // Dupont, …` names the lawyer.)
                let someones = (h + 1..np_end).any(|x| {
                    speaker::is_human_noun_or_plural(doc.low(x))
                        || doc
                            .entity(x)
                            .is_some_and(|e| doc.ents[e].label() == Label::Per)
                });
                someones
                    || !(is_information_noun(w)
                        || speaker::is_document_noun(w)
                        || matches!(w, "jugement" | "arrêt" | "verdict" | "ordonnance"))
            } {
                m = Some(speaker::entity_mention(doc, e));
                after = x;
            }
        } else if m.as_ref().is_some_and(|m| m.is_human()) {
            // A name the tagger missed: `selon le Premier ministre
            // d'Australie-Méridionale, Jay Weatherill, …`.
            let mut x = after + 1;
            while x < se && x <= after + 5 && !doc.is_punct(x) {
                x += 1;
            }
            if x < se && doc.low(x) == "," {
                if let Some((a, b)) = speaker::name_run(doc, after + 1, x) {
                    if a == after + 1 && b == x && b - a >= 2 {
                        m = Some(speaker::np_mention(doc, a, b));
                        after = x;
                    }
                }
            }
        }
    }
    // `Pour sa présidente, l'hydrogéologue Anne-Laure Pichon, « … »`: a
    // description of a person, then the person's name in apposition (past
    // up to three words of its own, to a comma): the name speaks, and the
    // statement starts after it.
    if after + 2 < se
        && doc.low(after) == ","
        && m.as_ref().is_some_and(|m| match m.kind {
            // (A definite description whose head is a noun of people: not
            // `un de ses amis, joint par Midi Libre,`.)
            MentionKind::Desc {
                first,
                human: true,
                definite: true,
                ..
            } => {
                matches!(doc.low(first), "le" | "la" | "l'" | "son" | "sa" | "leur")
                    && speaker::is_human_noun(doc.low(speaker::head_at(doc, first)))
            }
            _ => false,
        })
    {
        if let Some(x) =
            (after + 1..(after + 9).min(se)).find(|&x| doc.is_punct(x) && doc.low(x) != "'")
        {
            let name = (after + 1..(after + 5).min(x)).find_map(|y| {
                doc.entity(y).filter(|&e| {
                    doc.ents[e].label() == Label::Per
                        && doc.ents[e].start() == doc.toks[y].start()
                        && doc.entity_end(y, e, se) == x
                        // (Only an article and nouns before the name, in
                        // lower case: not `M. Dupont`.)
                        && (after + 1..y).all(|z| {
                            !doc.is_known_verb(z)
                                && !is_preposition(doc.low(z))
                                // (A demonym may be capitalised: `le Danois
                                // Lars Nielsen`.)
                                && (!doc.starts_upper(z)
                                    || speaker::demonym_country(doc.low(z)).is_some())
                        })
                })
            });
            // (And a quotation or a clause after it: not `M. Dupont, 87
            // ans, est décédé`, the statement's subject.)
            let then = x + 1 < se
                && (is_open_mark(doc.low(x + 1))
                    || matches!(
                        doc.low(x + 1),
                        "le" | "la"
                            | "les"
                            | "l'"
                            | "il"
                            | "elle"
                            | "ils"
                            | "elles"
                            | "on"
                            | "c'"
                            | "ce"
                            | "cette"
                            | "ces"
                    ));
            if let Some(e) = name.filter(|_| doc.low(x) == "," && then) {
                m = Some(speaker::entity_mention(doc, e));
                after = x;
            }
        }
    }
    // `Pour Mélanie, 29 ans, sapeuse-pompière volontaire à Uzès, « … »`:
    // an age after a named agent, and a phrase with no verb after it up
    // to a comma before a quotation mark or a clause, are no part of the
    // statement.
    if after + 3 < se
        && doc.low(after) == ","
        && m.as_ref().is_some_and(|m| m.is_named())
        && doc.low(after + 1).bytes().all(|b| b.is_ascii_digit())
        && doc.low(after + 2) == "ans"
        && doc.low(after + 3) == ","
    {
        after += 3;
        if let Some(x) = (after + 1..(after + 12).min(se)).find(|&x| doc.is_punct(x)) {
            let verb = (after + 1..x).any(|y| doc.aux(y).is_some() || cue_at[y] != NONE);
            if doc.low(x) == ","
                && !verb
                && !doc.starts_upper(after + 1)
                && (is_open_mark(doc.low(x + 1)) || opens_clause(doc, x + 1))
            {
                after = x;
            }
        }
    }
    // `Selon David Gerdes, un professeur en astronomie de l'université du
    // Michigan, elle a été …`: an apposition after a named agent (a
    // determiner, a noun of people within three words, no verb, up to
    // the next comma) is no part of the statement.
    // (Or a noun of people with no article: `Pour Laurent Wauquiez,
    // président de la région, c'est …`.)
    // (`tête de liste` is a person too: `Pour X, tête de liste du PS, …`.)
    let bare = after + 1 < se
        && doc.low(after) == ","
        && (speaker::is_human_noun(doc.low(after + 1)) || speaker::is_list_head(doc, after + 1))
        && !doc.starts_upper(after + 1);
    // (Or a body described after a source named with a capital: `Selon
    // le Défenseur du peuple, l'institution chargée des droits humains,
    // …`.)
    // (A body named as one: `D'après un communiqué d'Amaq, l'agence de
    // presse de l'organisation, …`; not after a person, `Selon Carlos
    // Tavares, l'entreprise, les salariés … doivent`.)
    let body_source = m.as_ref().is_some_and(|m| match m.kind {
        MentionKind::Entity(e) => doc.ents[e].label() != Label::Per,
        MentionKind::Desc { first, org, .. } => {
            let h = speaker::head_at(doc, first);
            org.is_some() || doc.starts_upper(h) || speaker::is_document_noun(doc.low(h))
        }
        // (A one-word name the tagger missed: `Amaq`.)
        MentionKind::Name => doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|w| !w.contains(' ')),
        _ => false,
    });
    let capital_source = m.as_ref().is_some_and(|m| match m.kind {
        MentionKind::Desc { first, .. } => doc.starts_upper(speaker::head_at(doc, first)),
        _ => false,
    });
    // (A body's role with no article after a body, named or not: `Selon la
    // SNCF, maître d'ouvrage du chantier, …`, `Selon la préfecture,
    // gestionnaire de la crise, …`.)
    let body_role = after + 2 < se
        && doc.low(after) == ","
        && (body_source
            || m.as_ref().is_some_and(|m| match m.kind {
                MentionKind::Desc { first, .. } => {
                    let w = doc.low(speaker::head_at(doc, first));
                    speaker::is_org_noun(w) || !speaker::is_human_noun_or_plural(w)
                }
                _ => false,
            }))
        && match doc.low(after + 1) {
            "maître" => doc.low(after + 2) == "d'",
            w => matches!(
                w,
                "gestionnaire"
                    | "exploitant"
                    | "opérateur"
                    | "organisateur"
                    | "organisatrice"
                    | "filiale"
                    | "actionnaire"
                    | "propriétaire"
            ),
        };
    let bare = bare || body_role;
    if after < se
        && doc.low(after) == ","
        && m.as_ref()
            .is_some_and(|m| m.is_named() || capital_source || body_role)
        && (bare
            || (matches!(doc.low(after + 1), "un" | "une" | "le" | "la" | "l'")
                && (after + 2..(after + 5).min(se)).any(|x| {
                    speaker::is_human_noun_or_plural(doc.low(x))
                        // (A body only after a capitalised description: not
                        // `Selon X, l'entreprise, les salariés … doivent`.)
                        || (body_source && speaker::is_org_noun(doc.low(x)))
                })))
    {
        if let Some(x) = (after + 2..(after + 16).min(se)).find(|&x| doc.is_punct(x)) {
            // No verb in it (`Selon Mme Theato, le procureur européen
            // serait nécessaire, …` is the statement), but in a relative
            // clause on its noun (`Pour Marc Tessier, consultant en
            // mobilités qui a conseillé les agglomérations de Brest et
            // d'Avignon, le coût …`).
            let rel = (after + 2..x)
                .find(|&y| matches!(doc.low(y), "qui" | "dont"))
                .unwrap_or(x);
            let verb = (after + 2..rel).any(|y| doc.aux(y).is_some() || cue_at[y] != NONE);
            // What follows must open a clause (`Selon X, le président,
            // élu en 2017, a trahi …`: the president is the subject): an
            // indefinite apposition, or a quotation mark, a pronoun or an
            // article after it.
            // (After an apposition with no article, which cannot be the
            // subject, a name opens it too: `Selon Manon Aubry, tête de
            // liste de LFI, Raphaël Glucksmann « a voté … »`.)
            let clause = doc.low(after + 1) == "un"
                || doc.low(after + 1) == "une"
                || opens_clause(doc, x + 1)
                || (bare && doc.entity(x + 1).is_some());
            // (`…, selon l'Observatoire, une ONG qui a estimé la foule à
            // …`: an indefinite apposition with a relative clause, which
            // ends the sentence or a comma ends.)
            let trailing_relative = || {
                matches!(doc.low(after + 1), "un" | "une")
                    && (after + 2..(after + 5).min(x)).any(|y| {
                        matches!(doc.low(y), "qui" | "dont")
                            && !(after + 2..y).any(|z| doc.aux(z).is_some() || cue_at[z] != NONE)
                    })
            };
            let relative = trailing_relative();
            // (Its verbs inside the relative clause.)
            let verb = verb && !relative;
            if (doc.low(x) == "," && !verb && clause)
                || (matches!(doc.low(x), "." | "!" | "?" | "…") && relative)
            {
                after = x;
            } else if doc.low(x) == "," && !verb {
                // (Then a participle phrase on it, up to its comma: `Pour
                // X, délégué FO à l'hypermarché de Y, promis à la
                // fermeture, la direction …`.)
                let w = doc.low(x + 1);
                let participle = !doc.starts_upper(x + 1)
                    && (participle_like(w)
                        || (["is", "ise", "u", "ue", "it", "ite"]
                            .iter()
                            .any(|e| w.ends_with(e))
                            && w.chars().count() > 3
                            && is_preposition(doc.low(x + 2))));
                // (Or a relative clause on it, before a quotation: `Pour
                // l'Unafam, l'association des familles de malades
                // psychiques, qui réclame une cellule de crise, « … »`.)
                let relative = matches!(w, "qui" | "dont");
                if participle || relative {
                    let lim = if relative { 16 } else { 12 };
                    if let Some(y) = (x + 2..(x + lim).min(se)).find(|&y| doc.is_punct(y)) {
                        if doc.low(y) == ","
                            && (opens_clause(doc, y + 1)
                                || (relative && is_open_mark(doc.low(y + 1))))
                        {
                            after = y;
                        }
                    }
                }
            }
        }
    }
    // `Pour l'économiste Éric Heyer, de l'OFCE, la trajectoire …`: the
    // agent's organisation between commas is no part of the statement.
    if after + 2 < se
        && doc.low(after) == ","
        && m.as_ref().is_some_and(|m| m.is_named())
        && matches!(doc.low(after + 1), "de" | "du" | "d'")
    {
        if let Some(x) =
            (after + 2..(after + 8).min(se)).find(|&x| doc.is_punct(x) && doc.low(x) != "'")
        {
            let org = (after + 2..x).any(|y| {
                doc.entity(y)
                    .is_some_and(|e| doc.ents[e].label() == Label::Org)
            });
            if doc.low(x) == "," && org && opens_clause(doc, x + 1) {
                after = x;
            }
        }
    }
    // `Pour l'économiste Thomas Piketty, interrogé par Libération, la
    // réforme …`: a participle phrase after a named agent, up to its
    // comma, is no part of the statement.
    // (Any agent before `cité par`, `interrogé par`, `contacté par`: `Selon
    // la préfecture, citée par Le Parisien, …`.)
    let relayed = after + 2 < se
        && doc.low(after + 2) == "par"
        && starts_with_any(doc.low(after + 1), RELAYED_BY);
    if after < se
        && doc.low(after) == ","
        && (m.as_ref().is_some_and(|m| m.is_named()) || relayed)
        && {
            let w = doc.low(after + 1);
            // (One of four letters before a preposition only: `basé à
            // Washington`, not `côté français`.)
            let short = w.chars().count() == 4 && is_preposition(doc.low(after + 2));
            !doc.starts_upper(after + 1) && (w.chars().count() > 4 || short) && participle_like(w)
        }
    {
        if let Some(x) = (after + 2..(after + 12).min(se)).find(|&x| doc.is_punct(x)) {
            if doc.low(x) == "," && opens_clause(doc, x + 1) {
                after = x;
            }
        }
    }
    // `selon plusieurs juristes interrogés par l'AFP`, `des experts cités
    // par Le Monde`: the medium that quoted the source is not it; the
    // people before the participle are (unnamed here).
    let quoted_by = (np_first + 2..np_end).find(|&x| {
        doc.low(x) == "par"
            && (starts_with_any(doc.low(x - 1), RELAYED_BY)
                || doc.low(x - 1).starts_with("consult"))
    });
    if let Some(x) = quoted_by.filter(|&x| x - 1 > np_first) {
        m = Some(speaker::np_mention(doc, np_first, x - 1));
    }
    // Prefer a person or organisation named inside an agent that is only
    // the description of a source (`Pour le journal Le Monde`, `selon le
    // rapport de l'ONU`); a human description keeps its own resolution
    // (`selon les parents de Quentin Roy`).
    if let Some(mm) = &m {
        if matches!(mm.kind, MentionKind::Desc { human: false, .. }) && quoted_by.is_none() {
            if let Some(e) = (np_first..np_end)
                .filter(|&x| !in_aside(x))
                .filter_map(|x| doc.entity(x))
                .find(|&e| matches!(doc.ents[e].label(), Label::Per | Label::Org))
            {
                m = Some(speaker::entity_mention(doc, e));
            }
        }
    }
    // (`Pour beaucoup d'entre eux,`, `Pour bon nombre d'entre elles,`:
    // some of the people just named, a phrase no noun heads.)
    if m.is_none()
        && np_end >= np_first + 4
        && np_end <= np_first + 6
        && d_entre_eux_before(doc, np_end)
    {
        m = Some(speaker::np_mention(doc, np_first, np_end));
    }
    let m = m?;
    // `pour la première réunion publique de la maire, X, …`: an event
    // (or an act) is what something is for, whoever its complement
    // names.
    if is_pour {
        let mut h = speaker::head_at(doc, agent_first);
        if matches!(
            doc.low(h),
            "première" | "premier" | "dernière" | "dernier" | "grande" | "grand" | "nouvelle"
        ) {
            h += 1;
        }
        if matches!(
            doc.low(h),
            "réunion"
                | "séance"
                | "rencontre"
                | "visite"
                | "cérémonie"
                | "soirée"
                | "journée"
                | "occasion"
                | "inauguration"
                | "meeting"
                | "réception"
                | "fête"
                | "commémoration"
                | "sommet"
                | "congrès"
                | "conférence"
                | "forum"
                | "colloque"
                | "déplacement"
                | "voyage"
                | "tournée"
                | "mandat"
                | "anniversaire"
                // (Nor an act, what someone is tried or paid for: `jugé
                // … pour le meurtre de Julien Marchetti, gérant d'un bar`,
                // `pour le compte de X`.)
                | "meurtre"
                | "meurtres"
                | "assassinat"
                | "homicide"
                | "viol"
                | "viols"
                | "agression"
                | "enlèvement"
                | "escroquerie"
                | "fraude"
                | "détournement"
                | "compte"
                | "sauvegarde"
                | "construction"
                | "financement"
                | "rachat"
                | "libération"
                | "mort"
                | "décès"
        ) {
            return None;
        }
    }
    // `Selon la bactérie en cause, la toxine agira différemment`: a
    // thing that no one is, in a sentence of variation (depending on).
    // (The description's own `human` is broad: its head noun decides.)
    let thing = match m.kind {
        MentionKind::Desc {
            first,
            org_noun: false,
            org: None,
            ..
        } => !speaker::is_human_noun_or_plural(doc.low(speaker::head_at(doc, first))),
        _ => false,
    };
    // (A window around `selon`: linear time in long sentences.)
    let window = cue_first.saturating_sub(60).max(ss)..(cue_first + 60).min(se);
    if thing
        && window.into_iter().any(|k| {
            matches!(
                doc.low(k),
                "différemment"
                    | "varie"
                    | "varient"
                    | "variera"
                    | "varieront"
                    | "diffère"
                    | "diffèrent"
                    | "dépend"
                    | "dépendent"
                    | "dépendra"
                    | "dépendront"
            )
        })
    {
        return None;
    }
    // `selon un « mode sans échec »`: a lone determiner is no source.
    if np_end == np_first + 1 && is_det(doc.low(np_first)) {
        return None;
    }
    if is_pour
        && matches!(
            doc.low(agent_first),
            "quel" | "quelle" | "quels" | "quelles"
        )
    {
        // `Pour quelle raison la Commission agit-elle …`: a question.
        return None;
    }
    if is_pour {
        // `pour X,` attributes only with a named speaker or a pronoun,
        // and a comma after it.
        // The human noun heads the agent: it comes before any complement
        // (`Pour le porte-parole du gouvernement,`, not `Pour la
        // participation de la paire aux Jeux olympiques,`), and `premier`
        // is one only with its noun (`Pour le Premier ministre,`, not
        // `Pour la première fois,`).
        // (After a quantifier: `Pour de nombreux diplomates,`.)
        let head_end = (np_first_q..np_end)
            .find(|&x| matches!(doc.low(x), "de" | "du" | "des" | "d'" | "aux" | "au" | "à"))
            .unwrap_or(np_end);
        // (`Pour le communiste, le maire sortant « … »`: a person named
        // by their party, the noun alone.)
        let partisan = np_end == agent_first + 2
            && matches!(doc.low(agent_first), "le" | "la" | "l'")
            && !doc.starts_upper(agent_first + 1)
            && speaker::is_political_family(doc.low(agent_first + 1));
        let human_head = partisan
            || (np_first_q..head_end).any(|x| {
                let w = doc.low(x);
                // (`Pour ses soutiens,`, `Pour ses détracteurs,`: people for
                // or against someone, in the plural.)
                let camp = matches!(
                    w,
                    "soutiens"
                        | "partisans"
                        | "partisanes"
                        | "détracteurs"
                        | "détractrices"
                        | "adversaires"
                        | "contempteurs"
                );
                camp || speaker::is_human_noun_or_plural(w)
                && !matches!(w, "premier" | "première" | "plus" | "haut" | "haute")
                // `le numéro deux du parti`, not `le premier numéro de la
                // saison`.
                && (w != "numéro" || is_number_word(doc.low(x + 1)))
            });
        // `Pour le collectif, l'État a « minimisé » …`, `Pour le
        // syndicat,`: a body of activists the text names by its noun,
        // which takes positions (not `Pour le groupe, la facture
        // s'annonce salée`, `Pour la banque, l'enjeu est de taille`: the
        // writer's framing of what is at stake for a company).
        let org_head = matches!(doc.low(agent_first), "le" | "la" | "l'")
            && head_end > agent_first + 1
            && matches!(
                doc.low(agent_first + 1),
                "syndicat"
                    | "collectif"
                    | "association"
                    | "ong"
                    | "coalition"
                    | "mouvement"
                    | "fédération"
                    | "confédération"
                    | "intersyndicale"
                    // (`Aux yeux de l'opposition, …`: the parties against
                    // the one in power, as one voice.)
                    | "opposition"
            )
            // (`Pour le groupe communiste, …`: a political group.)
            || (doc.low(agent_first) == "le"
                && doc.low(agent_first + 1) == "groupe"
                && (speaker::is_political_family(doc.low(agent_first + 2))
                    // (`Pour le groupe d'opposition, le dossier « n'est
                    // pas clos »`, `le groupe majoritaire`.)
                    || (doc.low(agent_first + 2) == "d'" && doc.low(agent_first + 3) == "opposition")
                    || matches!(doc.low(agent_first + 2), "majoritaire" | "minoritaire")))
            // (`Pour la liste « Cap commun », …`, `Pour la liste
            // d'opposition, …`: an electoral list.)
            || (doc.low(agent_first) == "la" && doc.low(agent_first + 1) == "liste")
            // (`Pour le rectorat de Clermont-Ferrand, la décision est « … »`,
            // `Pour la préfecture, …`: an administration that states its
            // position.)
            || (matches!(doc.low(agent_first), "le" | "la")
                && matches!(
                    doc.low(agent_first + 1),
                    "rectorat" | "préfecture" | "mairie" | "parquet"
                ))
            // (`Pour l'organisation, la priorité reste …` after a
            // humanitarian organisation spoke: the noun alone, not `Pour
            // l'organisation du sommet, …`.)
            || (doc.low(agent_first) == "l'"
                && doc.low(agent_first + 1) == "organisation"
                && np_end == agent_first + 2);
        // `Pour les syndicats, …`, `Pour les écologistes, ce n'est qu'un
        // premier pas`: several such bodies, a political family as a
        // plural noun, alone before the comma (an opinion only, below).
        let plural_bodies = doc.low(agent_first) == "les"
            && np_end == agent_first + 2
            && (matches!(doc.low(agent_first + 1), "syndicats" | "ong")
                || (!doc.starts_upper(agent_first + 1)
                    && doc.low(agent_first + 1).ends_with('s')
                    && speaker::is_political_family(doc.low(agent_first + 1))));
        // `Pour le Portugal, la situation …`, `Pour Saran, ce match …`:
        // a place is what the statement is about, not who makes it.
        let place = matches!(m.kind, MentionKind::Entity(e)
            if doc.ents[e].label() == Label::Loc
                // A capital speaks for its government (`Pour Moscou, …`).
                && doc.ents[e].entry().and_then(|x| x.kind()) != Some("capital"));
        // `Pour certains, …`, `Pour d'autres, …`: people the text does
        // not name, alone before the comma.
        let some_people = np_end == agent_first + 1
            && matches!(
                doc.low(agent_first),
                "certains" | "certaines" | "beaucoup" | "plusieurs" | "d'aucuns" | "nombreux"
            )
            || (np_end == agent_first + 2
                && matches!(
                    (doc.low(agent_first), doc.low(agent_first + 1)),
                    ("d'", "autres") | ("les", "uns") | ("les", "autres")
                ));
        // `Pour nombre d'entre eux, …`, `Pour la plupart d'entre elles`:
        // some of the people just named (an opinion only, below).
        let some_of_them = {
            let q = match doc.low(agent_first) {
                "la" if doc.low(agent_first + 1) == "plupart" => agent_first + 2,
                "bon" => agent_first + 2,
                "nombre" | "beaucoup" | "certains" | "certaines" | "plusieurs" => agent_first + 1,
                _ => agent_first,
            };
            q > agent_first && d_entre_eux_before(doc, q + 3) && doc.low(q + 3) == ","
        };
        // `Pour Noël, les Français dépensent plus`: a holiday, no one.
        let holiday = matches!(m.kind, MentionKind::Name)
            && np_end == agent_first + 1
            && matches!(
                doc.low(agent_first),
                "noël"
                    | "pâques"
                    | "toussaint"
                    | "halloween"
                    | "ramadan"
                    | "pentecôte"
                    | "carnaval"
                    | "hanoukka"
                    | "thanksgiving"
                    | "aïd"
            );
        // (For the plural bodies and some of them: a statement of
        // opinion, a copula or `il faut` within its first twelve tokens,
        // with no cue of its own in the sentence; not what was done for
        // them, `Pour les ONG, l'Union européenne a débloqué …`, nor a
        // statement an incise gives someone else, `…, estime X`.)
        let opinion = || {
            let rest = after + 1..se.min(after + 60);
            rest.clone()
                .all(|x| cue_at[x] == NONE && !according_opener(doc, x))
                && (after + 1..se.min(after + 13)).any(|x| {
                    matches!(
                        doc.low(x),
                        "est"
                            | "sont"
                            | "sera"
                            | "seront"
                            | "serait"
                            | "était"
                            | "reste"
                            | "restent"
                            | "demeure"
                            | "faut"
                            | "agit"
                            | "semble"
                            | "paraît"
                    )
                })
        };
        let named = (m.is_named() && !place && !holiday)
            || matches!(m.kind, MentionKind::Pronoun { .. })
            || human_head
            || org_head
            || some_people
            || ((plural_bodies || some_of_them) && opinion());
        if !named || after >= se || doc.low(after) != "," {
            return None;
        }
        // `Marylise Léon, pour la CFDT, juge que …`: between a person and
        // the verb, `pour` says on whose behalf, not who says it.
        let on_behalf = cue_first >= 2
            && doc.low(cue_first - 1) == ","
            && doc
                .entity(cue_first - 2)
                .is_some_and(|e| doc.ents[e].label() == Label::Per)
            && (doc.is_known_verb(after + 1) || cue_at[(after + 1).min(n - 1)] != NONE);
        if on_behalf {
            return None;
        }
        // `Mais impossible, pour Froome, d'utiliser ce vélo`: `pour X`
        // completes an adjective, and no statement follows.
        if matches!(doc.low(after + 1), "de" | "d'") && is_infinitive_start(doc, after + 2) {
            return None;
        }
    }
    // Bounds of the clause: the sentence, inside an enclosing quotation
    // (after a live blog's time: `9 h 30 – Selon X, …`).
    let cue_off = doc.toks[cue_first].start();
    let mut lo_tok = line_head_end(doc, ss)
        .filter(|&e| e <= cue_first)
        .unwrap_or(ss);
    let mut hi_tok = se;
    for r in regions.iter().rev().take(64) {
        if r.open < cue_off && r.close > cue_off {
            let a = doc.tok_at(r.start());
            let b = doc.tok_at(r.end());
            if a > lo_tok && a <= cue_first {
                lo_tok = a;
            }
            if b < hi_tok && b > cue_first {
                hi_tok = b;
            }
        }
    }
    // A `;` before the cue closes what went before (`Pour certains, … ;
    // pour d'autres, …`).
    if let Some(x) = (lo_tok..cue_first)
        .rev()
        .take(WINDOW * 4)
        .find(|&x| doc.low(x) == ";")
    {
        lo_tok = x + 1;
    }
    let trim_end = |mut e: usize, s: usize| {
        while e > s && {
            let w = doc.low(e - 1);
            is_sentence_end(w) || matches!(w, "," | ":" | "-" | "—" | ";")
        } {
            e -= 1;
        }
        e
    };
    let mut pieces = Vec::new();
    // `X a rappelé que selon lui « … »`: right after a `que`, the
    // statement is all after the agent, as at a sentence start.
    // (`La réforme a été votée et selon le ministre, elle …`: after a
    // coordinating conjunction, too: what precedes is another clause.)
    let at_start = cue_first <= lo_tok
        || (cue_first == lo_tok + 1 && is_open_mark(doc.low(lo_tok)))
        || matches!(
            doc.low(cue_first - 1),
            "que" | "qu'" | "et" | "mais" | "puis" | "or" | "puisque" | "puisqu'" | "car"
        )
        // (`Toujours selon le parquet, …`, `Là encore, selon X, …`: only
        // adverbs of continuation before it, at most four tokens.)
        || (cue_first <= lo_tok + 4
            && (lo_tok..cue_first).all(|x| {
                let w = doc.low(x);
                is_group_adverb(w) || matches!(w, "là" | ",")
            }))
        // (`parce que, pour certains, …`, `puisque, selon elle, « … »`:
        // a comma after the conjunction.)
        || (cue_first >= 2
            && doc.low(cue_first - 1) == ","
            && matches!(
                doc.low(cue_first - 2),
                "que" | "qu'" | "puisque" | "puisqu'" | "car" | "mais" | "et"
            ));
    if !at_start {
        // `« Je suis candidat », a-t-il annoncé, selon des propos
        // rapportés par l'AFP`: a statement with its own cue before
        // `selon` is that speaker's; `selon` names who reports it.
        // (The last 60 tokens before `selon`: a bounded scan.)
        if (cue_first.saturating_sub(60).max(lo_tok)..cue_first)
            .any(|k| doc.is_clitic(k) && cue_at[k.saturating_sub(3)..k].iter().any(|&c| c != NONE))
        {
            return None;
        }
        // Skip a leading open mark of the sentence, and what an earlier
        // postposed source of the sentence said (`Ils étaient 7 000 selon
        // les organisateurs, 3 200 selon la préfecture`).
        let mut s = lo_tok;
        if let Some(k) = (cue_first.saturating_sub(60).max(lo_tok + 1)..cue_first)
            .rev()
            .find(|&k| doc.low(k) == "selon")
        {
            if let Some(c) = (k + 1..cue_first).find(|&x| doc.low(x) == ",") {
                if c + 1 < cue_first && (c + 1..cue_first).all(|x| doc.low(x) != "selon") {
                    s = c + 1;
                }
            }
        }
        // (Or, after an opening `Selon X,`, the short verbless phrase
        // after the last comma: `Selon le ministère, 21 % des agents ont
        // cessé le travail, 38 % selon la CGT`.)
        if s == lo_tok && opens_with_according(doc, lo_tok) {
            if let Some(c) = elliptic_comma(doc, cue_first) {
                s = c + 1;
            }
        }
        while s < cue_first && is_open_mark(doc.low(s)) {
            s += 1;
        }
        // `Il s'en est pris au RN, dont le programme serait selon lui
        // « … »`: inside a relative clause, what it says is the
        // statement, from after its pronoun (a bounded look back).
        if let Some(r) = (cue_first.saturating_sub(12).max(s + 1)..cue_first)
            .rev()
            .take_while(|&k| !doc.is_punct(k) || doc.low(k) == "'")
            .find(|&k| matches!(doc.low(k), "dont" | "qui") && doc.low(k - 1) == ",")
        {
            s = r + 1;
        }
        // `Mais la question reste entière : la mesure coûtera 4 milliards,
        // selon l'OFAS`: the clause before the narrator's colon is the
        // narrator's (a bounded look).
        if let Some(c) = (s..cue_first)
            .rev()
            .take(WINDOW * 4)
            .find(|&k| doc.low(k) == ":" && !is_open_mark(doc.low(k + 1)))
        {
            s = c + 1;
        }
        // `L'Égypte a ouvert le passage, une goutte d'eau selon les ONG`:
        // with no comma before `selon`, an apposition after the last
        // comma (an article, no verb, a few words) is what is attributed.
        // (Also a quoted noun: `…, une « main tendue » selon la direction`.)
        let quoted_end = is_close_mark(doc.low(cue_first - 1));
        if cue_first > s + 2 && (doc.is_word(cue_first - 1) || quoted_end) {
            if let Some(c) = (cue_first.saturating_sub(9).max(s)..cue_first)
                .rev()
                .find(|&k| {
                    doc.is_punct(k)
                        && !matches!(doc.low(k), "'" | "-")
                        && !is_open_mark(doc.low(k))
                        && !is_close_mark(doc.low(k))
                })
            {
                // (Or a relative clause on what was said: `…, ce qui n'a
                // pas été le cas selon Paris`.)
                let ce_qui = doc.low(c + 1) == "ce"
                    && matches!(doc.low(c + 2), "qui" | "que" | "qu'")
                    && (c + 1..cue_first).all(|k| cue_at[k] == NONE);
                if doc.low(c) == ","
                    && c + 2 < cue_first
                    && (ce_qui
                        || (is_determiner(doc.low(c + 1))
                            && (c + 1..cue_first)
                                .all(|k| !doc.is_known_verb(k) && cue_at[k] == NONE)))
                {
                    s = c + 1;
                }
            }
        }
        let mut e = trim_end(cue_first, s);
        // `« Ça va devenir compliqué », selon lui`: the closing mark
        // goes with the opening one.
        if s > lo_tok
            && e > s
            && is_close_mark(doc.low(e - 1))
            && !(s..e - 1)
                .rev()
                .take(WINDOW * 4)
                .any(|k| is_open_mark(doc.low(k)))
        {
            e = trim_end(e - 1, s);
        }
        if e > s {
            pieces.push(doc.span(s, e));
        }
    }
    // The statement after the agent: after its comma, or (no comma) a
    // quotation opening right after it (`L'enterrement est selon l'Église
    // « la forme la plus appropriée »`, `Selon lui « c'est fini »`).
    let rest = if after < hi_tok && doc.low(after) == "," {
        // `« … » selon X, qui se félicite de …`: after the statement, a
        // relative clause on the agent is no part of it (before the
        // statement, `Selon elle, qui avait obtenu l'argent, …`, it is
        // an aside, and the statement follows).
        // `Selon plusieurs sources, dont l'AFP, …`: `dont` + a short noun
        // phrase (no relative clause) is an aside too.
        // (Or a relative clause on the agent up to its comma: `Selon
        // Gabriel Attal, dont le gouvernement expédie les affaires
        // courantes, …`.)
        let dont_np = doc.low(after + 1) == "dont"
            && (after + 2..(after + 16).min(hi_tok))
                .find(|&x| doc.is_punct(x) && doc.low(x) != "'")
                .is_some_and(|x| doc.low(x) == ",");
        // (Or an apposition of a noun of a body or of people and its
        // relative clause, up to its comma: `Selon la Star, la société qui
        // exploite le réseau, 100 000 voyageurs …`.)
        // (Not the statement's subject and its own apposition: `Selon la
        // CGT, la société qui a racheté le site, Novasco, va supprimer
        // …`, `l'homme qui a tiré, un récidiviste, a été interpellé`: a
        // clause of its own follows the comma, its verb before any other
        // comma.)
        // (The apposition's comma.)
        let noun_apposition = (at_start
            && is_determiner(doc.low(after + 1))
            && speaker::is_org_noun(doc.low(after + 2)))
        .then(|| {
            (after + 3..(after + 16).min(hi_tok)).find(|&x| doc.is_punct(x) && doc.low(x) != "'")
        })
        .flatten()
        .filter(|&x| {
            let verb = (x + 2..(x + 12).min(hi_tok))
                .take_while(|&k| !doc.is_punct(k) || doc.low(k) == "'")
                .any(|k| doc.is_known_verb(k) || doc.aux(k).is_some());
            doc.low(x) == ","
                && (after + 3..x).any(|k| matches!(doc.low(k), "qui" | "dont"))
                && !doc.is_known_verb(x + 1)
                && doc.aux(x + 1).is_none()
                && verb
        });
        // (Or a participle on the agent, agreeing with it in number, up
        // to its comma: `Pour beaucoup d'habitants, excédés par les vols,
        // l'opération arrive « trop tard »`.)
        let plural = |w: &str| w.ends_with('s') || w.ends_with('x');
        let participle_apposition = (at_start
            && after > np_first_q
            && participle_like(doc.low(after + 1))
            && !doc.is_known_verb(after + 1)
            && plural(doc.low(after + 1)) == plural(doc.low(np_first_q)))
        .then(|| verbless_to_comma(doc, after + 2, (after + 12).min(hi_tok)))
        .flatten();
        // (`…, selon son président, Arnaud Rousseau.`: after the
        // statement, the agent's name in apposition, to the sentence end,
        // is no part of it.)
        let name_to_end = !at_start
            && doc
                .entity(after + 1)
                .filter(|&e| doc.ents[e].label() == Label::Per)
                .is_some_and(|e| {
                    let x = doc.entity_end(after + 1, e, hi_tok);
                    x >= hi_tok || is_sentence_end(doc.low(x))
                });
        // (Or a bare apposition of a noun of a body or of people, no
        // article and no verb, up to its comma: `Selon FO, premier
        // syndicat de l'usine, près de 3 000 emplois …`.)
        // (Its first word the noun or a rank before it: not a quantity,
        // `Selon X, plus de 200 personnes, dont …, ont été rapatriées`.)
        // (Not the modifiers the list of people holds for `le plus haut
        // responsable`.)
        let noun = |w: &str| {
            (speaker::is_org_noun(w) || speaker::is_human_noun(w))
                && !matches!(w, "plus" | "haut" | "haute" | "numéro")
        };
        let rank = |w: &str| {
            matches!(
                w,
                "premier"
                    | "première"
                    | "principal"
                    | "principale"
                    | "deuxième"
                    | "second"
                    | "seconde"
                    | "seul"
                    | "seule"
                    | "ancien"
                    | "ancienne"
                    | "numéro"
            )
        };
        let bare_apposition = (at_start
            && doc.is_word(after + 1)
            && !doc.starts_upper(after + 1)
            && (noun(doc.low(after + 1))
                || (rank(doc.low(after + 1)) && noun(doc.low(after + 2)))))
        .then(|| verbless_to_comma(doc, after + 1, (after + 12).min(hi_tok)))
        .flatten();
        if name_to_end {
            None
        } else if let Some(x) = noun_apposition
            .or(participle_apposition)
            .or(bare_apposition)
        {
            Some(x + 1)
        } else if !matches!(doc.low(after + 1), "qui" | "dont" | "lequel" | "laquelle") {
            Some(after + 1)
        } else if at_start && (doc.low(after + 1) != "dont" || dont_np) {
            (after + 2..(after + 24).min(hi_tok))
                .find(|&x| doc.low(x) == ",")
                .map_or(Some(after + 1), |x| Some(x + 1))
        } else {
            None
        }
    } else if after < hi_tok && is_open_mark(doc.low(after)) && !is_pour {
        Some(after)
    } else {
        None
    };
    // `Cela est dû selon eux au fait que …`: a pronoun with no comma, the
    // statement going on after it.
    let rest = rest.or_else(|| {
        (matches!(m.kind, MentionKind::Pronoun { .. })
            && !at_start
            && after + 1 < hi_tok
            && doc.is_word(after)
            && !is_sentence_end(doc.low(after)))
        .then_some(after)
    });
    // `Cette mesure est selon Deutsche Welle une mesure de rétorsion`: a
    // named agent with no comma, the statement going on after it.
    let rest = rest.or_else(|| {
        let MentionKind::Entity(e) = m.kind else {
            return None;
        };
        let end = doc.tok_at(doc.ents[e].end());
        (!at_start
            && end + 2 < hi_tok
            && (end < np_end || cut_agent.is_some())
            && is_det(doc.low(end)))
        .then_some(end)
    });
    if let Some(s) = rest {
        // A semicolon ends the statement (`Pour le RN, il s'agit d'une
        // « fuite en avant » ; LFI réclame un débat`), or, after a short
        // phrase with no verb, the agent's apposition (`Selon X, de
        // l'Université baptiste de Hong Kong ; « … »`). (A bounded look:
        // the next 60 tokens, out of marks.)
        let mut semicolon = None;
        let mut depth = 0usize;
        for k in s..(s + 60).min(hi_tok) {
            let w = doc.low(k);
            if is_open_mark(w) {
                depth += 1;
            } else if is_close_mark(w) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && w == ";" {
                semicolon = Some(k);
                break;
            } else if is_sentence_end(w) {
                break;
            }
        }
        let apposition = semicolon.filter(|&x| {
            matches!(doc.low(s), "de" | "d'" | "du" | "des")
                && x <= s + 10
                && x + 1 < hi_tok
                && (s..x).all(|k| {
                    !doc.is_known_verb(k) && doc.aux(k).is_none() && !is_open_mark(doc.low(k))
                })
        });
        let s = apposition.map_or(s, |x| x + 1);
        let semicolon = semicolon.filter(|_| apposition.is_none());
        // `Selon X, « … »`: a quotation that makes the rest of the
        // sentence is the statement, whole (it may hold several
        // sentences).
        let s_off = doc.toks.get(s).map_or(usize::MAX, |t| t.start());
        let ri = regions.partition_point(|r| r.open < s_off);
        let whole = regions.get(ri).filter(|r| {
            let after = doc.tok_at(r.close);
            r.open == s_off
                && is_open_mark(doc.low(s))
                && (after >= n || after >= hi_tok || is_sentence_end(doc.low(after)))
        });
        if let Some(r) = whole {
            pieces.extend(r.pieces.iter().map(|&(a, b)| Span::new(a, b)));
        } else {
            let e = own_clause_end(doc, s, hi_tok, cue_at);
            let e = trim_end(semicolon.map_or(e, |x| x.min(e)), s);
            // (`Selon le ministère, 21 % …, 38 % selon la CGT`: the
            // statement stops before another source's short phrase.)
            let e = if at_start {
                (s + 1..e.min(s + 60))
                    .find(|&k| doc.low(k) == "selon")
                    .and_then(|k| elliptic_comma(doc, k))
                    .filter(|&c| c > s)
                    .map_or(e, |c| c)
            } else {
                e
            };
            // (Not the statement of another source after it: `Ils étaient
            // 7 000 selon les organisateurs, 3 200 selon la préfecture`.)
            let other_source = !at_start
                && !pieces.is_empty()
                // (A bounded look: the next 60 tokens.)
                && (s + 1..e.min(s + 60)).any(|k| doc.low(k) == "selon" && doc.is_word(k - 1));
            if e > s && !other_source {
                pieces.push(doc.span(s, e));
            }
        }
    }
    if pieces.is_empty() {
        return None;
    }
    // `Selon certains experts, dont Rita Katz, …`: the one named after
    // `dont` speaks (as the named one of coordinated sources does).
    // (Not after a named agent: `Selon Gabriel Attal, dont le parti
    // Renaissance …` is his party's; nor a name inside a relative clause,
    // `Selon la fédération, dont le président Jean Dupont a été réélu, …`:
    // only `dont` + a short phrase with no verb up to its comma.)
    let m = if at_start
        && !m.is_named()
        && after < hi_tok
        && doc.low(after) == ","
        && doc.low(after + 1) == "dont"
    {
        let lim = (after + 7).min(hi_tok);
        let comma = (after + 2..lim).find(|&x| doc.low(x) == ",");
        comma
            .filter(|&c| (after + 2..c).all(|x| !doc.is_known_verb(x) && doc.aux(x).is_none()))
            .and_then(|c| (after + 2..c).find_map(|x| doc.entity(x)))
            .filter(|&e| matches!(doc.ents[e].label(), Label::Per | Label::Org))
            .map_or(m, |e| speaker::entity_mention(doc, e))
    } else {
        m
    };
    let cue_span = doc.span(cue_first, agent_first);
    Some(Cand {
        kind: QuoteKind::According,
        pieces,
        cue: Some(cue_span),
        who: Who::Mention(m),
        anchor: cue_span.start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Tagger, Tokenizer};

    /// Each token's entity, by the tagger's token ranges when the tokens
    /// are those it tagged, by a scan of the offsets when they are not (a
    /// slice of them here): what an overlap test of every token gives.
    #[test]
    fn tokens_map_to_their_entities_with_or_without_the_taggers_ranges() {
        let text = "Selon Jens Stoltenberg, l'OTAN « surveille » la Russie. \
                    Emmanuel Macron a dit que Paris et Berlin étaient d'accord.";
        let tok = Tokenizer::new();
        let tokens = tok.tokenize(text);
        let sentences = tok.sentences(text, &tokens);
        let ents = Tagger::new().tag_tokens(text, &tokens, &sentences);
        assert!(ents.len() >= 6, "{ents:?}");
        for from in [0, 1, 3, 7] {
            let toks = &tokens[from..];
            let mut buf = String::new();
            let mut sc = Scratch::default();
            let forms = lexicon::shared();
            let doc = Doc::new(
                text, toks, &sentences, &ents, forms, None, &mut buf, &mut sc,
            );
            for (i, t) in toks.iter().enumerate() {
                let want = ents
                    .iter()
                    .position(|e| t.start() < e.end() && e.start() < t.end());
                assert_eq!(doc.entity(i), want, "from {from}, token {i}");
            }
        }
    }
}
