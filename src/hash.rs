//! A small, fast, non-cryptographic hasher for the short keys (folded
//! words) of the tagger's per-token lookups. The same multiply-rotate
//! scheme as rustc's `FxHasher`; not resistant to adversarial collisions,
//! which is fine for keys drawn from the crate's own tables and from one
//! document's words.

use core::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hasher.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The state rotated so that its well-mixed middle bits land where
    /// hash tables take their bucket index (the low bits): keys that
    /// differ only in their last bytes (`synthetic:123456`) otherwise
    /// share low bits and pile up in a few buckets.
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Items numbered 0, 1, 2… found by a string key without a copy of the
/// keys: the key's hash gives the last item pushed with that hash, and
/// `next` chains the earlier ones. The caller keeps the strings and says
/// what the key of an item is.
#[derive(Default)]
pub(crate) struct StrIndex {
    first: FxHashMap<u64, u32>,
    next: Vec<u32>,
}

impl StrIndex {
    const END: u32 = u32::MAX;

    /// An index with room for `n` items.
    pub(crate) fn with_capacity(n: usize) -> StrIndex {
        StrIndex {
            first: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            next: Vec::with_capacity(n),
        }
    }

    fn hash(&self, key: &str) -> u64 {
        core::hash::BuildHasher::hash_one(self.first.hasher(), key)
    }

    /// The item whose key is `key`, given the key of the item at an index.
    pub(crate) fn get<'k>(
        &self,
        key: &str,
        key_at: impl Fn(usize) -> Option<&'k str>,
    ) -> Option<u32> {
        let mut i = self
            .first
            .get(&self.hash(key))
            .copied()
            .unwrap_or(Self::END);
        while i != Self::END {
            if key_at(i as usize)? == key {
                return Some(i);
            }
            i = *self.next.get(i as usize)?;
        }
        None
    }

    /// Indexes the next item (number [`StrIndex::len`]), of key `key`.
    pub(crate) fn push(&mut self, key: &str) {
        let i = self.next.len() as u32;
        let h = self.hash(key);
        let prev = self.first.insert(h, i).unwrap_or(Self::END);
        self.next.push(prev);
    }

    /// The number of items.
    pub(crate) fn len(&self) -> usize {
        self.next.len()
    }
}
/// `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// A one-probe Bloom filter over short byte strings (folded words): rules
/// out most words before a hash-table lookup.
#[derive(Clone)]
pub(crate) struct WordFilter {
    bits: Box<[u64]>,
    mask: u32,
}

impl WordFilter {
    /// An empty filter of `2^bits_log2` bits (at least 64).
    pub(crate) fn new(bits_log2: u32) -> Self {
        let bits_log2 = bits_log2.clamp(6, 24);
        WordFilter {
            bits: vec![0u64; 1 << (bits_log2 - 6)].into_boxed_slice(),
            mask: (1u32 << bits_log2) - 1,
        }
    }

    /// The probe of `w`: bits of [`word_hash`].
    #[inline]
    fn probe(&self, w: &[u8]) -> u32 {
        (word_hash(w) >> 40) as u32 & self.mask
    }

    /// Adds `w`.
    pub(crate) fn insert(&mut self, w: &[u8]) {
        let p = self.probe(w);
        self.bits[(p >> 6) as usize] |= 1 << (p & 63);
    }

    /// `false` when `w` was certainly never added.
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        let p = self.probe(w);
        self.bits[(p >> 6) as usize] & (1 << (p & 63)) != 0
    }
}

/// A cheap hash of a short byte string: its first and last eight bytes
/// (or four, or three single bytes) and its length, multiplied. Strings
/// that share these collide: users compare the bytes when it matters.
#[inline]
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    let n = w.len();
    let word = |at: usize| -> u64 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&w[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let half = |at: usize| -> u64 {
        let mut b = [0u8; 4];
        b.copy_from_slice(&w[at..at + 4]);
        u32::from_le_bytes(b) as u64
    };
    let key = if n >= 8 {
        word(0) ^ word(n - 8).rotate_left(29)
    } else if n >= 4 {
        half(0) | half(n - 4) << 32
    } else if n > 0 {
        w[0] as u64 | (w[n / 2] as u64) << 8 | (w[n - 1] as u64) << 16
    } else {
        0
    };
    (key ^ n as u64)
        .wrapping_mul(SEED)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A map from folded words to small values behind a [`WordFilter`]: most
/// misses cost one probe, not a hash-table lookup.
#[derive(Clone)]
pub(crate) struct WordMap {
    map: FxHashMap<Box<str>, u8>,
    filter: WordFilter,
}

impl WordMap {
    /// An empty map.
    pub(crate) fn new() -> Self {
        WordMap {
            map: FxHashMap::default(),
            filter: WordFilter::new(18),
        }
    }

    /// Inserts `w` with `bits`; when `w` is there already, ORs `bits` into
    /// its value if `or`, else keeps the value it has.
    pub(crate) fn or_insert(&mut self, w: &str, bits: u8, or: bool) {
        self.filter.insert(w.as_bytes());
        match self.map.get_mut(w) {
            Some(v) if or => *v |= bits,
            Some(_) => {}
            None => {
                self.map.insert(w.into(), bits);
            }
        }
    }

    /// Removes `w` (the filter may still say it may be there: a false
    /// positive, which `get` resolves).
    pub(crate) fn remove(&mut self, w: &str) {
        self.map.remove(w);
    }

    /// `false` when `w` is certainly not a key.
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        self.filter.may_contain(w)
    }

    /// The value of `w`.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<u8> {
        if !self.filter.may_contain(w.as_bytes()) {
            return None;
        }
        self.map.get(w).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::WordFilter;

    #[test]
    fn filter_keeps_every_word_added() {
        let mut f = WordFilter::new(12);
        let words = ["", "a", "ministre", "président de la république", "l'"];
        for w in words {
            f.insert(w.as_bytes());
        }
        for w in words {
            assert!(f.may_contain(w.as_bytes()));
        }
        let misses = (0..1000)
            .filter(|i| f.may_contain(format!("mot{i}").as_bytes()))
            .count();
        assert!(misses < 50, "{misses} false positives of 1000");
    }
}
