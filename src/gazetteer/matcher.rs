//! The compiled alias matcher: an anchored Aho-Corasick automaton over the
//! folded aliases of every entry.
//!
//! The tagger runs one anchored, overlapping search at the folded offset of
//! each token start; every alias that starts there is reported with the
//! entries it belongs to. Choosing among them (longest match on token
//! boundaries, case constraints, context) is the tagger's job.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::entry::Entry;
use crate::normalize::fold_str;

/// The alias is an acronym (`OTAN`, `UE`): it matches only all in capitals.
pub(crate) const ACRONYM: u8 = 1;

/// Bit `i` set when word `i` of `s` (words split at spaces, apostrophes and
/// hyphens) starts with a capital. Words past the 16th are ignored.
pub(crate) fn cap_mask(s: &str) -> u16 {
    let mut mask = 0u16;
    let mut word = 0u32;
    let mut at_start = true;
    for c in s.chars() {
        if c.is_whitespace() || matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '‑') {
            if !at_start {
                word += 1;
            }
            at_start = true;
            continue;
        }
        if at_start && c.is_alphabetic() {
            if c.is_uppercase() && word < 16 {
                mask |= 1 << word;
            }
            at_start = false;
        } else if at_start {
            at_start = false;
        }
    }
    mask
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
    nfa: Option<NFA>,
    /// Per pattern: its candidates, `cands[start..end]`, and its length.
    pats: Vec<(u32, u32, u32)>,
    cands: Vec<Cand>,
    /// Folded first words of the aliases that do not start with a capital
    /// (`de Gaulle`, `20 Minutes`): only these can match at a token that
    /// does not start with a capital.
    lower_starts: crate::hash::FxHashSet<String>,
    /// First bytes and lengths (bit per length < 64) of `lower_starts`.
    lower_first: [bool; 256],
    lower_lens: u64,
}

fn flags_of(alias: &str) -> u8 {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    let upper = alias.chars().filter(|c| c.is_uppercase()).count();
    let mut f = 0;
    if letters >= 1 && upper == letters && letters <= 8 && !alias.contains(' ') {
        f |= ACRONYM;
    }
    f
}

impl Matcher {
    pub(crate) fn new(entries: &[Entry]) -> Matcher {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut per_pat: Vec<Vec<Cand>> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut lower_starts = crate::hash::FxHashSet::default();
        for (i, e) in entries.iter().enumerate() {
            for alias in e.aliases() {
                let folded = fold_str(alias);
                let folded = folded.trim_end();
                if folded.chars().count() < 2 {
                    continue;
                }
                let cand = Cand {
                    entry: i as u32,
                    flags: flags_of(alias),
                    caps: cap_mask(alias),
                };
                if cand.caps & 1 == 0 {
                    let first = folded.split(' ').next().unwrap_or(folded);
                    lower_starts.insert(first.to_string());
                }
                match ids.get(folded) {
                    Some(&p) => {
                        let list = &mut per_pat[p as usize];
                        // Same entry twice (case variants): keep the looser constraint.
                        if let Some(c) = list.iter_mut().find(|c| c.entry == cand.entry) {
                            c.flags &= cand.flags;
                            c.caps &= cand.caps;
                        } else {
                            list.push(cand);
                        }
                    }
                    None => {
                        ids.insert(folded.to_string(), patterns.len() as u32);
                        patterns.push(folded.to_string());
                        per_pat.push(vec![cand]);
                    }
                }
            }
        }
        let mut pats = Vec::with_capacity(per_pat.len());
        let mut cands = Vec::new();
        for (list, p) in per_pat.into_iter().zip(&patterns) {
            let s = cands.len() as u32;
            cands.extend(list);
            pats.push((s, cands.len() as u32, p.len() as u32));
        }
        let nfa = if patterns.is_empty() {
            None
        } else {
            Some(
                NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .expect("a contiguous NFA over the aliases builds"),
            )
        };
        let mut lower_first = [false; 256];
        let mut lower_lens = 0u64;
        for w in &lower_starts {
            if let Some(&b) = w.as_bytes().first() {
                lower_first[b as usize] = true;
            }
            if w.len() < 64 {
                lower_lens |= 1u64 << w.len();
            }
        }
        Matcher {
            nfa,
            pats,
            cands,
            lower_starts,
            lower_first,
            lower_lens,
        }
    }

    /// Can an alias start at a token whose folded form is `word` and that
    /// does not start with a capital?
    #[inline]
    pub(crate) fn may_start_lower(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let Some(&first) = b.first() else {
            return false;
        };
        // Cheap filters before hashing: first byte and length.
        self.lower_first[first as usize]
            && b.len() < 64
            && self.lower_lens & (1u64 << b.len()) != 0
            && self.lower_starts.contains(word)
    }

    /// Calls `f(end, candidates)` for every alias that starts exactly at
    /// folded offset `start`, shortest first.
    ///
    /// Walks the automaton's trie from its anchored start state one byte at
    /// a time and stops at the dead state, so the cost is the length of the
    /// longest alias prefix found at `start`.
    #[inline]
    pub(crate) fn at(&self, folded: &str, start: usize, mut f: impl FnMut(usize, &[Cand])) {
        let Some(nfa) = &self.nfa else { return };
        let bytes = folded.as_bytes();
        if start >= bytes.len() {
            return;
        }
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (k, &b) in bytes[start..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                return;
            }
            if nfa.is_match(sid) {
                let depth = (k + 1) as u32;
                for m in 0..nfa.match_len(sid) {
                    let (s, e, len) = self.pats[nfa.match_pattern(sid, m).as_usize()];
                    // States also carry the patterns that are suffixes of
                    // this prefix; only those as long as the walk start here.
                    if len == depth {
                        f(start + k + 1, &self.cands[s as usize..e as usize]);
                    }
                }
            }
        }
    }
}
