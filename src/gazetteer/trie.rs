//! An anchored byte trie over the folded aliases.
//!
//! The tagger only ever asks "which aliases start exactly here?" at token
//! starts, so the matcher needs no failure links: a plain trie answers it by
//! walking from the root, and it builds in one pass over the sorted aliases
//! (no allocation per node). An Aho-Corasick automaton (the `aho-corasick`
//! crate) answers the same question but spends most of its build time on
//! failure transitions this use never follows: with it, the built-in
//! gazetteer took about twice as long to load.
//!
//! The children of a node are stored side by side (a few bytes scanned in
//! one cache line); nodes with many children (the first letters of names)
//! have a dense row indexed by byte class instead, so that the walk costs
//! one read per byte where a linked list of siblings cost up to thirty.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// Nodes with at least this many children get a dense transition row.
const DENSE_FANOUT: usize = 5;

/// A node of the compiled trie. While the trie is built the same fields
/// hold a linked list instead (`first`: first child, `len`: next sibling,
/// `dense`: the byte on the edge into the node), turned in place into the
/// compiled form: one array of nodes for both (a 10^6-alias gazetteer has
/// millions of nodes, and a second array was a tenth of its build time in
/// page clearing alone).
#[derive(Clone, Copy)]
struct Node {
    /// The pattern ending here, or `NONE`.
    pattern: u32,
    /// Its children: `edge_bytes[first..first + len]` (ascending) with
    /// targets in `edge_nodes`, or, when `dense != NONE`, row `dense` of
    /// `rows` indexed by byte class.
    first: u32,
    len: u32,
    dense: u32,
}

/// The trie. Node 0 is the root.
pub(crate) struct Trie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// Byte -> class (0: no pattern has this byte).
    class: Box<[u8; 256]>,
    classes: usize,
    /// Dense rows, `classes` entries each.
    rows: Vec<u32>,
}

impl Trie {
    /// Builds the trie of `patterns` (pattern `i` is reported as `i`).
    /// Empty and duplicate patterns are ignored (the first id wins).
    pub(crate) fn new<P: AsRef<str>>(patterns: &[P]) -> Trie {
        // In byte order, equal patterns by id. The first eight bytes of a
        // pattern, big-endian and zero-padded, order most pairs without a
        // look at the strings (a zero-padded prefix sorts as the bytes do;
        // equal prefixes fall back to the whole patterns).
        let prefix = |p: &[u8]| {
            let mut a = [0u8; 8];
            let n = p.len().min(8);
            a[..n].copy_from_slice(&p[..n]);
            u64::from_be_bytes(a)
        };
        let mut keyed: Vec<(u64, u32)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (prefix(p.as_ref().as_bytes()), i as u32))
            .collect();
        keyed.sort_unstable_by(|&(ka, a), &(kb, b)| {
            ka.cmp(&kb)
                .then_with(|| {
                    patterns[a as usize]
                        .as_ref()
                        .as_bytes()
                        .cmp(patterns[b as usize].as_ref().as_bytes())
                })
                .then(a.cmp(&b))
        });
        let order: Vec<u32> = keyed.into_iter().map(|(_, i)| i).collect();
        let total: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        let mut nodes = Vec::with_capacity(total / 2 + 1);
        nodes.push(Node {
            pattern: NONE,
            first: NONE,
            len: NONE,
            dense: 0,
        });
        // The path of the previous pattern, one node per byte (plus root),
        // and for each depth the last child created under that node.
        let mut path: Vec<u32> = vec![0];
        let mut last_child: Vec<u32> = vec![NONE];
        let mut prev: &[u8] = &[];
        let mut class = Box::new([0u8; 256]);
        for &id in &order {
            let p = patterns[id as usize].as_ref().as_bytes();
            if p.is_empty() {
                continue;
            }
            let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            last_child.truncate(common + 1);
            for &b in &p[common..] {
                class[b as usize] = 1;
                let parent = *path.last().unwrap_or(&0);
                let idx = nodes.len() as u32;
                nodes.push(Node {
                    pattern: NONE,
                    first: NONE,
                    len: NONE,
                    dense: b as u32,
                });
                let depth = path.len() - 1;
                match last_child[depth] {
                    NONE => nodes[parent as usize].first = idx,
                    sib => nodes[sib as usize].len = idx,
                }
                last_child[depth] = idx;
                path.push(idx);
                last_child.push(NONE);
            }
            let end = *path.last().unwrap_or(&0) as usize;
            if nodes[end].pattern == NONE {
                nodes[end].pattern = id;
            }
            prev = p;
        }
        // Number the bytes that occur (class 0 is "none").
        let mut classes = 1;
        for c in class.iter_mut() {
            if *c != 0 {
                *c = classes as u8;
                classes += 1;
            }
        }
        // Compile in place, in node order: a node's children come after it,
        // so when node `i` is rewritten its children still hold their
        // build-time fields.
        let mut out = Trie {
            nodes: Vec::new(),
            edge_bytes: Vec::with_capacity(nodes.len()),
            edge_nodes: Vec::with_capacity(nodes.len()),
            class,
            classes,
            rows: Vec::new(),
        };
        let mut kids: Vec<(u8, u32)> = Vec::new();
        for i in 0..nodes.len() {
            kids.clear();
            let mut c = nodes[i].first;
            while c != NONE {
                let k = nodes[c as usize];
                kids.push((k.dense as u8, c));
                c = k.len;
            }
            let mut node = Node {
                pattern: nodes[i].pattern,
                first: out.edge_bytes.len() as u32,
                len: 0,
                dense: NONE,
            };
            if kids.len() >= DENSE_FANOUT {
                node.dense = (out.rows.len() / classes) as u32;
                let base = out.rows.len();
                out.rows.resize(base + classes, NONE);
                for &(b, k) in &kids {
                    out.rows[base + out.class[b as usize] as usize] = k;
                }
            } else {
                node.len = kids.len() as u32;
                for &(b, k) in &kids {
                    out.edge_bytes.push(b);
                    out.edge_nodes.push(k);
                }
            }
            nodes[i] = node;
        }
        out.edge_bytes.shrink_to_fit();
        out.edge_nodes.shrink_to_fit();
        out.nodes = nodes;
        out
    }

    /// The child of `node` on byte `b`, or `NONE`.
    #[inline]
    fn step(&self, node: &Node, b: u8) -> u32 {
        if node.dense != NONE {
            let c = self.class[b as usize] as usize;
            return self
                .rows
                .get(node.dense as usize * self.classes + c)
                .copied()
                .unwrap_or(NONE);
        }
        let (s, e) = (node.first as usize, (node.first + node.len) as usize);
        let (Some(bytes), Some(targets)) = (self.edge_bytes.get(s..e), self.edge_nodes.get(s..e))
        else {
            return NONE;
        };
        for (&eb, &t) in bytes.iter().zip(targets) {
            if eb == b {
                return t;
            }
        }
        NONE
    }

    /// The node reached from node `from` (0: the root) by the bytes
    /// `word`, or `None` when no pattern continues that way.
    #[inline]
    pub(crate) fn walk(&self, from: u32, word: &[u8]) -> Option<u32> {
        let mut node = from;
        for &b in word {
            let n = self.nodes.get(node as usize)?;
            node = self.step(n, b);
        }
        self.nodes.get(node as usize).map(|_| node)
    }

    /// The pattern ending at node `node`, if any.
    #[inline]
    pub(crate) fn pattern_at(&self, node: u32) -> Option<u32> {
        self.nodes
            .get(node as usize)
            .map(|n| n.pattern)
            .filter(|&p| p != NONE)
    }

    /// Calls `f(len, pattern)` for every pattern that continues from node
    /// `from` with a prefix of `hay` (of length `len`, at least 1),
    /// shortest first.
    #[inline]
    pub(crate) fn prefixes_from(&self, from: u32, hay: &[u8], mut f: impl FnMut(usize, u32)) {
        let Some(mut node) = self.nodes.get(from as usize) else {
            return;
        };
        for (k, &b) in hay.iter().enumerate() {
            let next = self.step(node, b);
            let Some(n) = self.nodes.get(next as usize) else {
                return;
            };
            if n.pattern != NONE {
                f(k + 1, n.pattern);
            }
            node = n;
        }
    }

    /// Calls `f(len, pattern)` for every pattern that is a prefix of
    /// `hay`, shortest first (the tests' oracle check). Cost: one step
    /// per byte of the longest common prefix of `hay` and the patterns; a
    /// step is one table read at wide nodes, a scan of at most four bytes
    /// elsewhere.
    #[cfg(test)]
    pub(crate) fn prefixes(&self, hay: &[u8], f: impl FnMut(usize, u32)) {
        self.prefixes_from(0, hay, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trie against a brute-force oracle: every pattern that is a
    /// prefix of the haystack, shortest first.
    #[test]
    fn matches_oracle() {
        let pats: Vec<String> = [
            "paris",
            "par",
            "parti socialiste",
            "parti",
            "p",
            "otan",
            "o",
            "paris saint germain",
            "par",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = Trie::new(&pats);
        for hay in [
            "paris saint germain",
            "parti socialiste x",
            "otan",
            "pa",
            "",
            "zz",
            "parisien",
        ] {
            let mut got = Vec::new();
            t.prefixes(hay.as_bytes(), |len, id| got.push((len, id)));
            let mut want: Vec<(usize, u32)> = Vec::new();
            for (i, p) in pats.iter().enumerate() {
                if hay.as_bytes().starts_with(p.as_bytes())
                    && !want.iter().any(|&(l, _)| l == p.len())
                {
                    want.push((p.len(), i as u32));
                }
            }
            want.sort();
            assert_eq!(got, want, "{hay}");
            // The same split in two: a walk over a first part, then on.
            for cut in 0..=hay.len() {
                let (a, b) = hay.as_bytes().split_at(cut);
                let mut two = Vec::new();
                if let Some(st) = t.walk(0, a) {
                    if let Some(p) = t.pattern_at(st).filter(|_| cut > 0) {
                        two.push((cut, p));
                    }
                    t.prefixes_from(st, b, |len, id| two.push((cut + len, id)));
                }
                let longer: Vec<_> = want
                    .iter()
                    .copied()
                    .filter(|&(l, _)| l >= cut.max(1))
                    .collect();
                assert_eq!(two, longer, "{hay} cut at {cut}");
            }
        }
    }
}
