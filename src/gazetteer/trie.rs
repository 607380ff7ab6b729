//! An anchored byte trie over the folded aliases.
//!
//! The tagger only ever asks "which aliases start exactly here?" at token
//! starts, so the matcher needs no failure links: a plain trie answers it by
//! walking from the root, and it builds in one pass over the sorted aliases
//! (no allocation per node). An Aho-Corasick automaton (the `aho-corasick`
//! crate) answers the same question but spends most of its build time on
//! failure transitions this use never follows: with it, the built-in
//! gazetteer took about twice as long to load.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    /// The byte on the edge into this node.
    byte: u8,
    /// First child (children are in ascending byte order), or `NONE`.
    first_child: u32,
    /// Next sibling (ascending byte order), or `NONE`.
    next_sibling: u32,
    /// The pattern ending here, or `NONE`.
    pattern: u32,
}

/// The trie. Node 0 is the root; its children are also indexed by byte.
pub(crate) struct Trie {
    nodes: Vec<Node>,
    root: Box<[u32; 256]>,
}

impl Trie {
    /// Builds the trie of `patterns` (pattern `i` is reported as `i`).
    /// Empty and duplicate patterns are ignored (the first id wins).
    pub(crate) fn new<P: AsRef<str>>(patterns: &[P]) -> Trie {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_ref()
                .as_bytes()
                .cmp(patterns[b as usize].as_ref().as_bytes())
                .then(a.cmp(&b))
        });
        let total: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        let mut nodes = Vec::with_capacity(total / 2 + 1);
        nodes.push(Node {
            byte: 0,
            first_child: NONE,
            next_sibling: NONE,
            pattern: NONE,
        });
        // The path of the previous pattern, one node per byte (plus root),
        // and for each depth the last child created under that node.
        let mut path: Vec<u32> = vec![0];
        let mut last_child: Vec<u32> = vec![NONE];
        let mut prev: &[u8] = &[];
        for &id in &order {
            let p = patterns[id as usize].as_ref().as_bytes();
            if p.is_empty() {
                continue;
            }
            let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            last_child.truncate(common + 1);
            for &b in &p[common..] {
                let parent = *path.last().unwrap_or(&0);
                let idx = nodes.len() as u32;
                nodes.push(Node {
                    byte: b,
                    first_child: NONE,
                    next_sibling: NONE,
                    pattern: NONE,
                });
                let depth = path.len() - 1;
                match last_child[depth] {
                    NONE => nodes[parent as usize].first_child = idx,
                    sib => nodes[sib as usize].next_sibling = idx,
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
        let mut root = Box::new([NONE; 256]);
        let mut c = nodes[0].first_child;
        while c != NONE {
            root[nodes[c as usize].byte as usize] = c;
            c = nodes[c as usize].next_sibling;
        }
        Trie { nodes, root }
    }

    /// Calls `f(len, pattern)` for every pattern that is a prefix of
    /// `hay`, shortest first. Cost: the length of the longest common prefix
    /// of `hay` and the patterns, times the fan-out scanned at each node.
    #[inline]
    pub(crate) fn prefixes(&self, hay: &[u8], mut f: impl FnMut(usize, u32)) {
        let Some(&first) = hay.first() else { return };
        let mut node = self.root[first as usize];
        let mut k = 1;
        loop {
            if node == NONE {
                return;
            }
            let n = self.nodes[node as usize];
            if n.pattern != NONE {
                f(k, n.pattern);
            }
            let Some(&b) = hay.get(k) else { return };
            let mut c = n.first_child;
            node = NONE;
            while c != NONE {
                let cn = &self.nodes[c as usize];
                if cn.byte == b {
                    node = c;
                    break;
                }
                if cn.byte > b {
                    break;
                }
                c = cn.next_sibling;
            }
            k += 1;
        }
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
        }
    }
}
