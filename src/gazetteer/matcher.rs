//! The compiled alias matcher: an anchored trie over the folded aliases of
//! every entry ([`super::trie`]).
//!
//! The tagger walks the trie once per distinct word that may start an
//! alias (the state is kept in its word memo), then on from the token's
//! end for each occurrence; every alias that starts there is reported
//! with the entries it belongs to. Choosing among them (longest match on token
//! boundaries, case constraints, context) is the tagger's job.

use super::entry::Entry;
use super::trie::Trie;

/// The alias is an acronym (`OTAN`, `UE`): it matches only all in capitals.
/// When several spellings of one entry fold alike (`OTAN`, `Otan`), only
/// if all of them are acronyms.
pub(crate) const ACRONYM: u8 = 1;
/// At least one spelling of the alias is an acronym, so a short word in
/// capitals (`APT`) may match it.
pub(crate) const ACRONYM_FORM: u8 = 2;

/// [`Matcher::lower_start`]: any alias starting with the word needs a
/// capital on the next token.
pub(crate) const NEXT_CAP: u8 = 2;
/// [`Matcher::lower_start`]: an alias can start with the word.
pub(crate) const LOWER_START: u8 = 1;

/// Bit `i` set when word `i` of `s` (words split at spaces, apostrophes and
/// hyphens) starts with a capital. Words past the 16th are ignored.
pub(crate) fn cap_mask(s: &str) -> u16 {
    Shape::of(s).caps
}

/// What the tagger checks of a matched surface, found in one pass over its
/// chars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// [`cap_mask`] of the surface.
    pub(crate) caps: u16,
    /// Does it contain a line break?
    pub(crate) newline: bool,
    /// Does it contain a lower-case letter?
    pub(crate) lower: bool,
    /// How many alphabetic chars (counting stops at 255)?
    pub(crate) letters: u8,
}

impl Shape {
    /// The shape of `s`.
    pub(crate) fn of(s: &str) -> Shape {
        let mut sh = Shape::default();
        let mut word = 0u32;
        let mut at_start = true;
        for c in s.chars() {
            if c.is_whitespace() || matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '‑') {
                sh.newline |= c == '\n';
                if !at_start {
                    word += 1;
                }
                at_start = true;
                continue;
            }
            let alpha = c.is_alphabetic();
            if alpha {
                sh.letters = sh.letters.saturating_add(1);
                if c.is_lowercase() {
                    sh.lower = true;
                } else if at_start && c.is_uppercase() && word < 16 {
                    sh.caps |= 1 << word;
                }
            } else if c.is_lowercase() {
                // A lower-case char that is not alphabetic (none in
                // Unicode today, but `char::is_lowercase` decides).
                sh.lower = true;
            }
            at_start = false;
        }
        sh
    }
}

/// One entry an alias belongs to, with the alias's case constraints.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub(crate) entry: u32,
    pub(crate) flags: u8,
    /// Words of the alias that start with a capital ([`cap_mask`]): the
    /// same words must in the text.
    pub(crate) caps: u16,
}

pub(crate) struct Matcher {
    trie: Trie,
    /// Per pattern: its candidates, `cands[start..end]`.
    pats: Vec<(u32, u32)>,
    cands: Vec<Cand>,
    /// Folded first words of the aliases that do not start with a capital
    /// (`de Gaulle`, `20 Minutes`): only these can match at a token that
    /// does not start with a capital. The value is [`NEXT_CAP`] when every
    /// such alias wants a capital on its second word (`de Gaulle`,
    /// `de Villepin`): most `de` in a text are then passed over at once.
    lower_starts: crate::hash::FxHashMap<String, u8>,
    /// A Bloom filter of `lower_starts`, checked before hashing.
    lower_filter: crate::hash::WordFilter,
}

fn flags_of(alias: &str) -> u8 {
    if alias.len() > 32 || alias.contains(' ') {
        return 0;
    }
    let (mut letters, mut upper) = (0, 0);
    for c in alias.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += c.is_uppercase() as usize;
        }
    }
    if letters >= 1 && upper == letters && letters <= 8 {
        ACRONYM | ACRONYM_FORM
    } else {
        0
    }
}

impl Matcher {
    pub(crate) fn new(entries: &[Entry]) -> Matcher {
        // The distinct folded aliases, interned in one string: `bounds[p]`
        // is pattern `p` in `arena`, found by `ids` (no allocation per
        // pattern).
        let mut arena = String::new();
        let mut bounds: Vec<(u32, u32)> = Vec::new();
        let mut ids = crate::hash::StrIndex::default();
        // (pattern, candidate) pairs, grouped by pattern below: one vector
        // instead of one per pattern.
        let mut pairs: Vec<(u32, Cand)> = Vec::new();
        let mut lower_starts: crate::hash::FxHashMap<String, u8> =
            crate::hash::FxHashMap::default();
        let mut buf = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for alias in e.aliases() {
                buf.clear();
                crate::normalize::Folded::fold_into(&mut buf, alias);
                let Ok(folded) = core::str::from_utf8(&buf) else {
                    continue;
                };
                let folded = folded.trim_end();
                if folded.len() < 2 || (folded.len() < 5 && folded.chars().count() < 2) {
                    continue;
                }
                let cand = Cand {
                    entry: i as u32,
                    flags: flags_of(alias),
                    caps: cap_mask(alias),
                };
                if cand.caps & 1 == 0 {
                    let first = folded.split(' ').next().unwrap_or(folded);
                    // The second word of the alias is the next token only
                    // when the first is a plain word (no `al-`, no `l'`).
                    let raw_first = alias.split(' ').next().unwrap_or(alias);
                    let next_cap = cand.caps & 2 != 0
                        && first.len() < folded.len()
                        && !raw_first.contains(|c: char| !c.is_alphanumeric());
                    let bits = LOWER_START | if next_cap { NEXT_CAP } else { 0 };
                    match lower_starts.get_mut(first) {
                        // Only if every alias starting so wants it.
                        Some(b) => *b &= bits,
                        None => {
                            lower_starts.insert(first.to_string(), bits);
                        }
                    }
                }
                let found = ids.get(folded, |q| {
                    let &(s, e) = bounds.get(q)?;
                    arena.get(s as usize..e as usize)
                });
                let p = match found {
                    Some(p) => p,
                    None => {
                        let p = ids.len() as u32;
                        let start = arena.len() as u32;
                        arena.push_str(folded);
                        bounds.push((start, arena.len() as u32));
                        ids.push(folded);
                        p
                    }
                };
                pairs.push((p, cand));
            }
        }
        drop(ids);
        let patterns: Vec<&str> = bounds
            .iter()
            .map(|&(s, e)| &arena[s as usize..e as usize])
            .collect();
        // Group by pattern, keeping alias order within a pattern.
        pairs.sort_by_key(|&(p, _)| p);
        let mut pats = vec![(0u32, 0u32); patterns.len()];
        let mut cands: Vec<Cand> = Vec::with_capacity(pairs.len());
        let mut k = 0;
        while k < pairs.len() {
            let p = pairs[k].0;
            let s = cands.len();
            while k < pairs.len() && pairs[k].0 == p {
                let cand = pairs[k].1;
                // Same entry twice (case variants): keep the looser constraint.
                if let Some(c) = cands[s..].iter_mut().find(|c| c.entry == cand.entry) {
                    c.flags =
                        (c.flags & cand.flags & ACRONYM) | ((c.flags | cand.flags) & ACRONYM_FORM);
                    c.caps &= cand.caps;
                } else {
                    cands.push(cand);
                }
                k += 1;
            }
            pats[p as usize] = (s as u32, cands.len() as u32);
        }
        let trie = Trie::new(&patterns);
        let mut lower_filter = crate::hash::WordFilter::new(16);
        for w in lower_starts.keys() {
            lower_filter.insert(w.as_bytes());
        }
        Matcher {
            trie,
            pats,
            cands,
            lower_starts,
            lower_filter,
        }
    }

    /// Can an alias start at a token whose folded first word is `word`
    /// and that does not start with a capital? 0 when not, else
    /// [`LOWER_START`], with [`NEXT_CAP`] when only if the next token
    /// starts with a capital.
    #[inline]
    pub(crate) fn lower_start(&self, word: &[u8]) -> u8 {
        if !self.lower_filter.may_contain(word) {
            return 0;
        }
        match core::str::from_utf8(word) {
            Ok(w) => self.lower_starts.get(w).copied().unwrap_or(0),
            Err(_) => 0,
        }
    }

    /// The trie state after the folded word `word` (see
    /// [`Matcher::continue_at`]), or `None` when no alias starts with it.
    #[inline]
    pub(crate) fn state_after(&self, word: &[u8]) -> Option<u32> {
        self.trie.walk(0, word)
    }

    /// The trie state after the folded word `word` from state `from`
    /// (`le ` then `monde`: the alias `Le Monde` read after `du`).
    #[inline]
    pub(crate) fn walk_from(&self, from: u32, word: &[u8]) -> Option<u32> {
        self.trie.walk(from, word)
    }

    /// The aliases that start at a token whose folded form, ending at
    /// folded offset `end`, was walked already into `state`
    /// ([`Matcher::state_after`], kept in the tagger's word memo): calls
    /// `f(alias_end, candidates)` for the aliases that end with that token
    /// or go on after it, shortest first. Aliases that end inside the
    /// first token are not reported (they would not end on a token
    /// boundary).
    #[inline]
    pub(crate) fn continue_at(
        &self,
        folded: &str,
        end: usize,
        state: u32,
        mut f: impl FnMut(usize, &[Cand]),
    ) {
        let mut report = |at: usize, p: u32| {
            if let Some(&(s, e)) = self.pats.get(p as usize) {
                f(at, &self.cands[s as usize..e as usize]);
            }
        };
        if let Some(p) = self.trie.pattern_at(state) {
            report(end, p);
        }
        let Some(hay) = folded.as_bytes().get(end..) else {
            return;
        };
        self.trie
            .prefixes_from(state, hay, |len, p| report(end + len, p));
    }
}

#[cfg(test)]
mod tests {
    use super::{Shape, cap_mask};

    #[test]
    fn shape_of_surfaces() {
        let s = Shape::of("Jean-Marc d'Ormesson");
        assert_eq!(s.caps, 0b1011);
        assert_eq!(cap_mask("Jean-Marc d'Ormesson"), 0b1011);
        assert!(s.lower && !s.newline);
        assert_eq!(s.letters, 17);
        let s = Shape::of("APT");
        assert_eq!((s.caps, s.lower, s.letters), (1, false, 3));
        assert!(Shape::of("Union\neuropéenne").newline);
        assert!(!Shape::of("OTAN 2").lower);
        assert_eq!(Shape::of("").letters, 0);
    }
}
