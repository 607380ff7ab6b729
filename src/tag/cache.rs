//! A per-thread memo of what the tagger learns from a word alone: its
//! folded form, case flags, role bits and whether an alias can start with
//! it. News text repeats its words (`de`, `la`, `le président`, `a
//! déclaré`): on the Wikinews corpus four tokens in five find their word
//! in a 4,096-slot table, and a hit costs one hash and one comparison
//! instead of folding, two filter probes and up to two table lookups. The
//! same idea as spaCy's lexeme cache, kept small and direct-mapped.
//!
//! Direct-mapped: a word that is not in its slot is computed and takes the
//! slot over, so no input can make a lookup cost more than one probe
//! (adversarial text only lowers the hit rate). The table is tied to one
//! tagger (the lower-start bits depend on its gazetteer): another tagger
//! on the same thread starts from an empty table.

use std::cell::Cell;

use crate::tokenize::TokenKind;

/// Longest word (in bytes, and folded form) kept.
pub(super) const MAX: usize = 24;
const SLOTS: usize = 4096;

/// A word's bytes as three little-endian words, zero past its end: keys
/// compare and hash without a call to `memcmp` or a loop over bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Key {
    words: [u64; 3],
    len: u32,
    kind: u32,
}

impl Key {
    /// The key of the `len` bytes of `text` from `start`, of kind `kind`,
    /// or `None` when longer than [`MAX`].
    #[inline]
    pub(super) fn new(text: &[u8], start: usize, len: usize, kind: TokenKind) -> Option<Key> {
        if len > MAX {
            return None;
        }
        let mut raw = [0u8; MAX];
        match text.get(start..start + MAX) {
            Some(b) => raw.copy_from_slice(b),
            None => {
                let b = text.get(start..start + len)?;
                raw[..len].copy_from_slice(b);
            }
        }
        let mut words = [0u64; 3];
        for (k, w) in words.iter_mut().enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&raw[8 * k..8 * k + 8]);
            let keep = len.saturating_sub(8 * k).min(8);
            let mask = if keep == 8 {
                !0
            } else {
                (1u64 << (8 * keep)) - 1
            };
            *w = u64::from_le_bytes(b) & mask;
        }
        Some(Key {
            words,
            len: len as u32,
            kind: kind as u32 + 1,
        })
    }

    #[inline]
    fn slot(&self) -> usize {
        let [a, b, c] = self.words;
        let h = (a
            ^ b.rotate_left(21)
            ^ c.rotate_left(42)
            ^ (self.len as u64) << 56
            ^ self.kind as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize & (SLOTS - 1)
    }
}

/// What the tagger keeps of one word.
#[derive(Clone, Copy)]
pub(super) struct Word {
    key: Key,
    folded_len: u8,
    /// Flag bits of the word alone (case, alias starts).
    pub(super) flags: u8,
    /// Role bits.
    pub(super) role: u16,
    /// The folded form, zero-padded.
    pub(super) folded: [u8; MAX],
}

impl Word {
    const EMPTY: Word = Word {
        key: Key {
            words: [0; 3],
            len: 0,
            kind: 0,
        },
        folded_len: 0,
        flags: 0,
        role: 0,
        folded: [0; MAX],
    };

    /// The length of the folded form.
    #[inline]
    pub(super) fn folded_len(&self) -> usize {
        self.folded_len as usize
    }
}

/// The table of one thread.
pub(super) struct Cache {
    owner: u64,
    slots: Box<[Word]>,
}

impl Cache {
    /// What is known of the word `key`.
    #[inline]
    pub(super) fn get(&self, key: &Key) -> Option<&Word> {
        let w = self.slots.get(key.slot())?;
        (w.key == *key).then_some(w)
    }

    /// Remembers the word `key` (ignored when its folded form is too long).
    #[inline]
    pub(super) fn put(&mut self, key: &Key, folded: &[u8], flags: u8, role: u16) {
        if folded.len() > MAX {
            return;
        }
        let Some(w) = self.slots.get_mut(key.slot()) else {
            return;
        };
        w.key = *key;
        w.folded_len = folded.len() as u8;
        w.flags = flags;
        w.role = role;
        w.folded = [0; MAX];
        w.folded[..folded.len()].copy_from_slice(folded);
    }
}

thread_local! {
    static CACHE: Cell<Option<Box<Cache>>> = const { Cell::new(None) };
}

/// Runs `f` with this thread's table for the tagger `owner` (emptied when
/// it belonged to another one). A nested call gets a fresh table.
pub(super) fn with<R>(owner: u64, f: impl FnOnce(&mut Cache) -> R) -> R {
    let mut cache = CACHE.with(|c| c.take()).unwrap_or_else(|| {
        Box::new(Cache {
            owner,
            slots: vec![Word::EMPTY; SLOTS].into_boxed_slice(),
        })
    });
    if cache.owner != owner {
        cache.slots.fill(Word::EMPTY);
        cache.owner = owner;
    }
    let r = f(&mut cache);
    CACHE.with(|c| c.set(Some(cache)));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tell_words_apart_and_stop_at_the_text_end() {
        let text = b"abc abd abc anticonstitutionnellement";
        let k = |s, l| Key::new(text, s, l, TokenKind::Word);
        assert!(k(0, 3) == k(8, 3));
        assert!(k(0, 3) != k(4, 3));
        assert!(k(0, 3) != Key::new(text, 0, 3, TokenKind::Abbreviation));
        // A prefix is another word.
        assert!(k(0, 2) != k(0, 3));
        // 25 bytes: not kept; the last word reads no byte past the text.
        assert!(k(12, 25).is_none());
        assert!(k(12, 24).is_some());
        assert!(k(34, 3).is_some());
        let mut c = Cache {
            owner: 1,
            slots: vec![Word::EMPTY; SLOTS].into_boxed_slice(),
        };
        let key = k(0, 3).unwrap();
        assert!(c.get(&key).is_none());
        c.put(&key, b"abc", 5, 9);
        let w = c.get(&key).unwrap();
        assert_eq!((w.flags, w.role, w.folded_len()), (5, 9, 3));
        assert!(c.get(&k(4, 3).unwrap()).is_none());
    }
}
