//! A per-thread memo of what a component learns from a word alone, keyed
//! by the word's bytes and token kind. News text repeats its words (`de`,
//! `la`, `le président`, `a déclaré`): reading the benchmark corpus
//! (Wikinews and Europarl), 90 % of its tokens find their word in a
//! 65,536-slot table (4 MB per thread, one 64-byte line per word), and
//! 96.8 % when it is read again (88.9 % and 94.3 % with half the slots);
//! a hit costs one hash and one comparison of
//! three machine words instead of folding, case tests and dictionary
//! lookups. The same idea as spaCy's lexeme cache, kept small and
//! direct-mapped.
//!
//! The table is larger than the L2 cache: the tagger prefetches a
//! token's slot ([`Memo::prefetch`]) a few tokens before it looks it up.
//!
//! Direct-mapped: a word that is not in its slot is computed and takes the
//! slot over, so no input can make a lookup cost more than one probe
//! (adversarial text only lowers the hit rate). A table belongs to one
//! owner (a tagger: what it keeps depends on its gazetteer); a thread keeps
//! the tables of its two most recently used owners, and a third owner
//! empties the least recently used one.

use crate::tokenize::TokenKind;

/// Longest word (in bytes) kept.
pub(crate) const MAX: usize = 24;
const SLOTS: usize = 65536;

/// The low `n` bytes of a `u64` set (`n` ≤ 8).
pub(crate) const LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        t[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    t
};

/// For each length up to [`MAX`], the masks of a key's three words.
static MASKS: [[u64; 3]; MAX + 1] = {
    let mut t = [[0u64; 3]; MAX + 1];
    let mut n = 0;
    while n <= MAX {
        let mut k = 0;
        while k < 3 {
            let have = n.saturating_sub(8 * k);
            let have = if have > 8 { 8 } else { have };
            t[n][k] = LOW_BYTES[have];
            k += 1;
        }
        n += 1;
    }
    t
};

/// The bytes `at..end` of `text` (at most eight), little-endian, zero
/// above: one load when eight bytes follow `at`.
#[inline]
fn load8(text: &[u8], at: usize, end: usize) -> u64 {
    let n = end.saturating_sub(at).min(8);
    let w = match text.get(at..at + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut a = [0u8; 8];
            if let Some(b) = text.get(at..at + n) {
                a[..n].copy_from_slice(b);
            }
            u64::from_le_bytes(a)
        }
    };
    w & LOW_BYTES[n]
}

/// A word's bytes as three little-endian words, zero past its end: keys
/// compare and hash without a call to `memcmp` or a loop over bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    words: [u64; 3],
    /// The length, and the token kind + 1 above it (0: an empty slot).
    meta: u64,
}

impl Key {
    /// The key of no word ([`Key::new`] of a word longer than [`MAX`]):
    /// never found, never stored.
    pub(crate) const NONE: Key = Key {
        words: [0; 3],
        meta: u64::MAX,
    };

    /// The key of the `len` bytes of `text` from `start`, of kind `kind`,
    /// or [`Key::NONE`] when longer than [`MAX`].
    #[cfg(test)]
    pub(crate) fn new(text: &[u8], start: usize, len: usize, kind: TokenKind) -> Key {
        let mut k = Key::NONE;
        k.set(text, start, len, kind);
        k
    }

    /// Makes this key [`Key::new`]`(text, start, len, kind)` in place.
    /// The tagger keeps its keys in a ring, each made when its slot is
    /// prefetched and read some tokens later: a key made on the stack and
    /// copied in was read back in halves that spanned two stores, which
    /// the processor cannot forward (a stall a token, a tenth of tokenize
    /// + tag).
    #[inline(always)]
    pub(crate) fn set(&mut self, text: &[u8], start: usize, len: usize, kind: TokenKind) {
        let meta = len as u64 | (kind as u64 + 1) << 8;
        // Any word of up to `MAX` bytes with 24 bytes readable from its
        // start (all but the text's last few): three loads and three
        // masks from a table, with no branch on the length (words of up
        // to eight bytes and longer ones alternate unpredictably, and a
        // branch between them cost 2–3 % of tokenize + tag). The others
        // out of line.
        if let (Some(b), Some(m)) = (text.get(start..start + 24), MASKS.get(len)) {
            let w = |o: usize| {
                let mut a = [0u8; 8];
                a.copy_from_slice(&b[o..o + 8]);
                u64::from_le_bytes(a)
            };
            self.words = [w(0) & m[0], w(8) & m[1], w(16) & m[2]];
            self.meta = meta;
            return;
        }
        self.set_long(text, start, len, meta);
    }

    /// [`Key::set`] for a word near the text's end or over [`MAX`] bytes.
    #[inline(never)]
    fn set_long(&mut self, text: &[u8], start: usize, len: usize, meta: u64) {
        if len > MAX {
            *self = Key::NONE;
            return;
        }
        let end = start + len;
        self.words[0] = load8(text, start, end);
        self.words[1] = if len > 8 {
            load8(text, start + 8, end)
        } else {
            0
        };
        self.words[2] = if len > 16 {
            load8(text, start + 16, end)
        } else {
            0
        };
        self.meta = meta;
    }

    /// False for [`Key::NONE`].
    #[inline]
    pub(crate) fn is_some(&self) -> bool {
        self.meta != u64::MAX
    }

    #[inline]
    fn slot(&self) -> usize {
        let [a, b, c] = self.words;
        let h = (a ^ b.rotate_left(21) ^ c.rotate_left(42) ^ self.meta << 48)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - SLOTS.trailing_zeros())) as usize
    }
}

/// A key and its value side by side: a lookup touches one cache line
/// when both fit in 64 bytes (the tagger's do).
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot<P> {
    key: Key,
    value: P,
}

/// A table of `P` per word.
pub(crate) struct Memo<P> {
    owner: u64,
    slots: Box<[Slot<P>]>,
}

const EMPTY: Key = Key {
    words: [0; 3],
    meta: 0,
};

impl<P: Copy + Default> Memo<P> {
    /// An empty table for `owner`.
    pub(crate) fn new(owner: u64) -> Self {
        let empty = Slot {
            key: EMPTY,
            value: P::default(),
        };
        Memo {
            owner,
            slots: vec![empty; SLOTS].into_boxed_slice(),
        }
    }

    /// The owner the table's words were learnt for.
    pub(crate) fn owner(&self) -> u64 {
        self.owner
    }

    /// Empties the table unless it belongs to `owner` already.
    pub(crate) fn claim(&mut self, owner: u64) {
        if self.owner != owner {
            for s in self.slots.iter_mut() {
                s.key = EMPTY;
            }
            self.owner = owner;
        }
    }

    /// What is known of the word `key` (the tagger looks words up by
    /// [`prefetch`](Self::prefetch) and [`get_at`](Self::get_at)).
    #[cfg(test)]
    pub(crate) fn get(&self, key: &Key) -> Option<&P> {
        self.get_at(key.slot(), key)
    }

    /// Asks the processor to bring the slot of `key` into its cache ahead
    /// of a [`get`](Self::get): a hint, with no effect on what is read.
    /// Returns the slot's index, for [`get_at`](Self::get_at): the hash
    /// is computed once per lookup.
    #[inline]
    pub(crate) fn prefetch(&self, key: &Key) -> usize {
        let i = key.slot();
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = self.slots.get(i) {
            let p = (s as *const Slot<P>).cast::<i8>();
            // SAFETY: `_mm_prefetch` is `unsafe` for its target feature,
            // `sse`, part of the x86-64 baseline (always enabled); it is a
            // hint that never faults and reads nothing the program sees,
            // and `p` points into `self.slots` anyway.
            unsafe { core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p) };
        }
        i
    }

    /// [`get`](Self::get) at the slot [`prefetch`](Self::prefetch)
    /// returned for `key`.
    #[inline]
    pub(crate) fn get_at(&self, slot: usize, key: &Key) -> Option<&P> {
        let s = self.slots.get(slot)?;
        (s.key == *key).then_some(&s.value)
    }

    /// Remembers `value` for the word `key`.
    #[inline]
    pub(crate) fn put(&mut self, key: &Key, value: P) {
        if !key.is_some() {
            return;
        }
        if let Some(s) = self.slots.get_mut(key.slot()) {
            *s = Slot { key: *key, value };
        }
    }
}

/// A new owner id (for [`Memo::claim`]).
pub(crate) fn owner_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Longest derived form a [`Bytes`] holds.
pub(crate) const BYTES_MAX: usize = 19;

/// Up to [`BYTES_MAX`] bytes, zero-padded, with their length: a word's
/// derived form kept in a [`Memo`], written back with one fixed-size copy.
#[derive(Clone, Copy, Default)]
pub(crate) struct Bytes {
    len: u8,
    bytes: [u8; BYTES_MAX],
}

impl Bytes {
    /// `b`, or `None` when longer than [`BYTES_MAX`].
    pub(crate) fn new(b: &[u8]) -> Option<Bytes> {
        let mut out = Bytes {
            len: b.len() as u8,
            bytes: [0; BYTES_MAX],
        };
        out.bytes.get_mut(..b.len())?.copy_from_slice(b);
        Some(out)
    }

    /// All [`BYTES_MAX`] bytes, zero past the end (for a fixed-size copy).
    #[inline]
    pub(crate) fn padded(&self) -> &[u8; BYTES_MAX] {
        &self.bytes
    }

    /// The length.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_key_is_the_byte_by_byte_key() {
        // Every start and length, near the end of the text (the slow
        // path) and far from it (the masked loads): the same key.
        let text: Vec<u8> = (0..80u8).map(|b| b.wrapping_mul(37) | 1).collect();
        for start in 0..text.len() {
            for len in 0..=(MAX + 2).min(text.len() - start) {
                let mut fast = Key::NONE;
                fast.set(&text, start, len, TokenKind::Word);
                let mut slow = Key::NONE;
                let meta = len as u64 | (TokenKind::Word as u64 + 1) << 8;
                slow.set_long(&text, start, len, meta);
                assert!(fast == slow, "start {start} len {len}");
                assert_eq!(fast.is_some(), len <= MAX);
            }
        }
    }

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
        assert!(!k(12, 25).is_some());
        assert!(k(12, 24).is_some());
        assert!(k(34, 3).is_some());
        let mut c: Memo<(u8, u16)> = Memo::new(1);
        let key = k(0, 3);
        assert!(c.get(&key).is_none());
        c.put(&key, (5, 9));
        assert_eq!(c.get(&key).copied(), Some((5, 9)));
        assert!(c.get(&k(4, 3)).is_none());
        c.claim(1);
        assert!(c.get(&key).is_some());
        c.claim(2);
        assert!(c.get(&key).is_none());
        // The key of no word is neither stored nor found, even in a slot
        // left empty.
        c.put(&Key::NONE, (1, 1));
        assert!(c.get(&Key::NONE).is_none());
        let b = Bytes::new(b"abc").unwrap();
        assert_eq!((&b.padded()[..4], b.len()), (&b"abc\0"[..], 3));
        assert!(Bytes::new(&[b'a'; 20]).is_none());
        assert!(Bytes::new(&[b'a'; 19]).is_some());
    }
}
