//! Quote marks: a stack parser pairing « », “ ”, ‹ › and straight `"`.
//!
//! One pass over the text, linear time and memory:
//!
//! - an opening mark is pushed; a closing mark pops the stack down to the
//!   nearest opening mark of its kind (marks left open above it are
//!   dropped as unclosed). A closing mark whose kind is not open is stray
//!   and ignored: a per-kind counter answers that in O(1), so 2 MB of `»`
//!   or of `«` stays linear;
//! - straight `"` are paired by position: after a space or an opening
//!   bracket it opens, before a space or punctuation it closes, and when
//!   both or neither hold it closes an open `"` or else opens one;
//! - at a line break every open mark is dropped, except when the next
//!   paragraph opens with the same mark as the bottom of the stack: then
//!   the quotation continues, and its content gets one span per
//!   paragraph; and except a lone «, “ or " (nothing else open) whose
//!   paragraph ends before it closes: an unclosed quotation up to the
//!   paragraph's end ([`Region::closed`] false), which the extractor takes
//!   only after a cue (`a déclaré : « Nous ne céderons pas.`).

/// One paired quotation: its marks and content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// Byte offset of the opening mark.
    pub(crate) open: usize,
    /// Byte offset one past the closing mark.
    pub(crate) close: usize,
    /// Content pieces (inside the marks; one per paragraph), trimmed of
    /// spaces.
    pub(crate) pieces: Pieces,
    /// Nesting depth: 0 for an outermost quotation.
    pub(crate) depth: u32,
    /// A dialogue line opened by a dash (`— Oui, dit-il.`), up to the end
    /// of its paragraph.
    pub(crate) dash: bool,
    /// False for a quotation whose paragraph ended before its closing
    /// mark: `close` is then the paragraph's end.
    pub(crate) closed: bool,
}

impl Region {
    /// Start of the content.
    pub(crate) fn start(&self) -> usize {
        self.pieces.first().map_or(self.open, |p| p.0)
    }
    /// End of the content.
    pub(crate) fn end(&self) -> usize {
        self.pieces.last().map_or(self.close, |p| p.1)
    }
}

/// The content pieces of a region: one (almost always, kept inline: no
/// allocation per region) or several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Pieces {
    One((usize, usize)),
    Many(Vec<(usize, usize)>),
}

impl core::ops::Deref for Pieces {
    type Target = [(usize, usize)];
    fn deref(&self) -> &[(usize, usize)] {
        match self {
            Pieces::One(p) => core::slice::from_ref(p),
            Pieces::Many(v) => v,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Guillemet,
    Curly,
    Single,
    Straight,
}

impl Kind {
    fn idx(self) -> usize {
        self as usize
    }
}

struct Open {
    kind: Kind,
    /// Offset of the opening mark.
    at: usize,
    /// Content start of the current piece.
    piece_start: usize,
    /// Earlier pieces (multi-paragraph quotations).
    pieces: Vec<(usize, usize)>,
}

fn trim(text: &str, s: usize, e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut s, mut e) = (s, e);
    // Spaces, including the non-breaking and narrow ones (2 or 3 bytes).
    loop {
        if s < e && b[s].is_ascii_whitespace() {
            s += 1;
        } else if s + 1 < e && b[s] == 0xC2 && b[s + 1] == 0xA0 {
            s += 2;
        } else if s + 2 < e
            && b[s] == 0xE2
            && b[s + 1] == 0x80
            && (b[s + 2] == 0xAF || b[s + 2] == 0x89)
        {
            s += 3;
        } else {
            break;
        }
    }
    loop {
        if e > s && b[e - 1].is_ascii_whitespace() {
            e -= 1;
        } else if e >= s + 2 && b[e - 2] == 0xC2 && b[e - 1] == 0xA0 {
            e -= 2;
        } else if e >= s + 3
            && b[e - 3] == 0xE2
            && b[e - 2] == 0x80
            && (b[e - 1] == 0xAF || b[e - 1] == 0x89)
        {
            e -= 3;
        } else {
            break;
        }
    }
    (s, e)
}

/// The next line break at or after `from`.
fn memchr_nl(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b'\n', bytes.get(from..)?).map(|k| from + k)
}

/// The bytes that may start a quote mark or a line break, found ahead
/// with `memchr` (vectorised): the next line break and the next `"`,
/// 0xC2 (« ») or 0xE2 (“ ” ‹ ›), each searched again only once passed.
struct Specials {
    nl: usize,
    mark: usize,
}

impl Specials {
    fn new(b: &[u8]) -> Specials {
        Specials {
            nl: Self::nl_from(b, 0),
            mark: Self::mark_from(b, 0),
        }
    }

    /// The next line break at or after `i` (or the text's length).
    fn nl_from(b: &[u8], i: usize) -> usize {
        memchr_nl(b, i).unwrap_or(b.len())
    }

    /// The next `"`, 0xC2 or 0xE2 at or after `i` (or the text's length).
    fn mark_from(b: &[u8], i: usize) -> usize {
        let rest = b.get(i..).unwrap_or_default();
        memchr::memchr3(b'"', 0xC2, 0xE2, rest).map_or(b.len(), |k| i + k)
    }

    /// The first such byte at or after `i` (or the text's length).
    #[inline]
    fn next(&mut self, b: &[u8], i: usize) -> usize {
        if self.nl < i {
            self.nl = Self::nl_from(b, i);
        }
        if self.mark < i {
            self.mark = Self::mark_from(b, i);
        }
        self.nl.min(self.mark)
    }
}

/// Pairs the quote marks of `text`; regions in order of their opening
/// mark.
#[cfg(test)]
pub(crate) fn regions(text: &str) -> Vec<Region> {
    regions_in(text, Vec::new())
}

/// [`regions`], in `out`'s allocation (a vector reused between
/// documents; emptied first).
pub(crate) fn regions_in(text: &str, mut out: Vec<Region>) -> Vec<Region> {
    out.clear();
    let mut stack: Vec<Open> = Vec::new();
    let mut open_count = [0usize; 4];
    let bytes = text.as_bytes();
    let close_top = |stack: &mut Vec<Open>,
                     open_count: &mut [usize; 4],
                     out: &mut Vec<Region>,
                     end: usize,
                     close: usize| {
        let o = stack.pop().expect("non-empty");
        open_count[o.kind.idx()] -= 1;
        let mut earlier = o.pieces;
        let p = trim(text, o.piece_start, end);
        let last = (p.0 < p.1).then_some(p);
        let pieces = match (earlier.len(), last) {
            (0, None) => None,
            (0, Some(p)) => Some(Pieces::One(p)),
            (1, None) => Some(Pieces::One(earlier[0])),
            (_, last) => {
                earlier.extend(last);
                Some(Pieces::Many(earlier))
            }
        };
        if let Some(pieces) = pieces {
            out.push(Region {
                open: o.at,
                close,
                pieces,
                depth: stack.len() as u32,
                dash: false,
                closed: true,
            });
        }
    };
    let drop_top = |stack: &mut Vec<Open>, open_count: &mut [usize; 4]| {
        let o = stack.pop().expect("non-empty");
        open_count[o.kind.idx()] -= 1;
    };
    // At a paragraph's end (`end`): a lone «, “ or " still open is an
    // unclosed quotation up to there (one piece: a continued quotation
    // that ends unclosed is dropped, as any other open mark).
    let unclosed = |stack: &Vec<Open>, out: &mut Vec<Region>, end: usize| {
        if let [o] = stack.as_slice()
            && o.kind != Kind::Single
            && o.pieces.is_empty()
        {
            let p = trim(text, o.piece_start, end);
            if p.0 < p.1 {
                out.push(Region {
                    open: o.at,
                    close: end,
                    pieces: Pieces::One(p),
                    depth: 0,
                    dash: false,
                    closed: false,
                });
            }
        }
    };
    // Dialogue line at the first non-space of a line, when no mark is open.
    let dash_line = |j: usize, stack: &Vec<Open>, out: &mut Vec<Region>| {
        if !stack.is_empty() {
            return;
        }
        let c = text[j..].chars().next();
        if let Some(c @ ('—' | '–')) = c {
            let end = memchr_nl(bytes, j).unwrap_or(text.len());
            let p = trim(text, j + c.len_utf8(), end);
            if p.0 < p.1 {
                out.push(Region {
                    open: j,
                    close: end,
                    pieces: Pieces::One(p),
                    depth: 0,
                    dash: true,
                    closed: true,
                });
            }
        }
    };
    let skip_ws = |mut j: usize| {
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
            j += 1;
        }
        j
    };
    dash_line(skip_ws(0), &stack, &mut out);
    let mut specials = Specials::new(bytes);
    let mut pos = 0;
    while pos < bytes.len() {
        // Only `"`, a line break and « » “ ” ‹ › can matter: skip
        // everything else (`memchr`, see [`Specials`]), and the other
        // characters of lead byte 0xC2 or 0xE2 (no-break space, ’, —)
        // without decoding them.
        pos = specials.next(bytes, pos);
        let i = pos;
        match bytes.get(i..i + 2) {
            None if i >= bytes.len() => break,
            Some([0xC2, c]) if *c != 0xAB && *c != 0xBB => {
                pos += 2;
                continue;
            }
            Some([0xE2, c])
                if *c != 0x80 || !matches!(bytes.get(i + 2), Some(0x9C | 0x9D | 0xB9 | 0xBA)) =>
            {
                pos += 1;
                continue;
            }
            _ => {}
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        pos = i + c.len_utf8();
        let len = c.len_utf8();
        let (kind, opening) = match c {
            '«' => (Kind::Guillemet, Some(true)),
            '»' => (Kind::Guillemet, Some(false)),
            '“' => (Kind::Curly, Some(true)),
            '”' => (Kind::Curly, Some(false)),
            '‹' => (Kind::Single, Some(true)),
            '›' => (Kind::Single, Some(false)),
            '"' => {
                let before = text[..i].chars().next_back();
                let after = text[i + 1..].chars().next();
                let space_before =
                    before.is_none_or(|b| b.is_whitespace() || "([{'’-—–".contains(b));
                let space_after =
                    after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}…".contains(a));
                let o = if space_before && !space_after {
                    Some(true)
                } else if space_after && !space_before {
                    Some(false)
                } else {
                    Some(open_count[Kind::Straight.idx()] == 0)
                };
                // A closer-looking mark with nothing open is stray; an
                // opener-looking one when one is open closes it only if
                // the open one is on top (`"a" "b"` in spaced text).
                let o = match o {
                    Some(false) if open_count[Kind::Straight.idx()] == 0 => None,
                    Some(true)
                        if open_count[Kind::Straight.idx()] > 0
                            && stack.last().is_some_and(|t| t.kind == Kind::Straight)
                            && !(space_before
                                && !space_after
                                && after.is_some_and(|a| a.is_uppercase())) =>
                    {
                        Some(false)
                    }
                    o => o,
                };
                match o {
                    Some(o) => (Kind::Straight, Some(o)),
                    None => continue,
                }
            }
            '\n' => {
                // Paragraph end: continue the quotation when the next
                // paragraph re-opens with the same mark.
                let j = skip_ws(i + 1);
                if !stack.is_empty() {
                    let reopen = text[j..].chars().next();
                    let bottom = stack[0].kind;
                    let same = matches!(
                        (reopen, bottom),
                        (Some('«'), Kind::Guillemet)
                            | (Some('“'), Kind::Curly)
                            | (Some('"'), Kind::Straight)
                    );
                    if same && stack.len() == 1 {
                        let o = &mut stack[0];
                        let p = trim(text, o.piece_start, i);
                        if p.0 < p.1 {
                            o.pieces.push(p);
                        }
                        let mark_len = reopen.map_or(0, char::len_utf8);
                        o.piece_start = j + mark_len;
                        pos = j + mark_len;
                        continue;
                    }
                    unclosed(&stack, &mut out, i);
                    while !stack.is_empty() {
                        drop_top(&mut stack, &mut open_count);
                    }
                }
                // Once per line: at the last line break before the text.
                // The stack is empty now, so the other breaks of the run
                // change nothing: go on from its last one (each break
                // scanning the rest of a long run was quadratic).
                match bytes[i + 1..j].iter().rposition(|&b| b == b'\n') {
                    Some(k) => pos = i + 1 + k,
                    None => dash_line(j, &stack, &mut out),
                }
                continue;
            }
            _ => continue,
        };
        match opening {
            Some(true) => {
                open_count[kind.idx()] += 1;
                stack.push(Open {
                    kind,
                    at: i,
                    piece_start: i + len,
                    pieces: Vec::new(),
                });
            }
            Some(false) => {
                if open_count[kind.idx()] == 0 {
                    continue; // stray
                }
                while stack.last().is_some_and(|t| t.kind != kind) {
                    drop_top(&mut stack, &mut open_count);
                }
                close_top(&mut stack, &mut open_count, &mut out, i, i + len);
            }
            None => {}
        }
    }
    unclosed(&stack, &mut out, bytes.len());
    out.sort_by_key(|r| r.open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<(u32, Vec<&str>)> {
        regions(text)
            .iter()
            .map(|r| (r.depth, r.pieces.iter().map(|p| &text[p.0..p.1]).collect()))
            .collect()
    }

    #[test]
    fn nested() {
        let t = "« a « b » c »";
        assert_eq!(contents(t), [(0, vec!["a « b » c"]), (1, vec!["b"])]);
        let r = &regions(t)[0];
        assert_eq!((r.open, r.close, r.pieces[0]), (0, 17, (3, 14)));
    }

    #[test]
    fn unclosed_and_stray() {
        // A lone opening mark runs to its paragraph's end, unclosed.
        assert_eq!(
            contents("« a « b » c"),
            [(0, vec!["a « b » c"]), (1, vec!["b"])]
        );
        assert!(!regions("« a « b » c")[0].closed);
        assert_eq!(contents("x « a b\n\ny"), [(0, vec!["a b"])]);
        // Not when two are open; a straight quote too.
        assert_eq!(contents("« a « b"), Vec::<(u32, Vec<&str>)>::new());
        assert_eq!(contents("il a dit \"a b"), [(0, vec!["a b"])]);
        assert_eq!(contents("a » b « c »"), [(0, vec!["c"])]);
        assert_eq!(contents("“ x « y ” z"), [(0, vec!["x « y"])]);
        assert!(contents("» » »").is_empty());
        assert!(contents(&"«".repeat(10_000)).is_empty());
    }

    #[test]
    fn straight() {
        assert_eq!(
            contents(r#"il a crié "Allah Akbar" puis"#),
            [(0, vec!["Allah Akbar"])]
        );
        assert_eq!(
            contents(r#"le " oui " et le " non ""#),
            [(0, vec!["oui"]), (0, vec!["non"])]
        );
        assert_eq!(
            contents(r#"« il a dit "non" »"#),
            [(0, vec![r#"il a dit "non""#]), (1, vec!["non"])]
        );
    }

    #[test]
    fn paragraphs() {
        // (`x` and `a`: unclosed at their paragraph's end.)
        let t = "« Premier.\n« Second. »\nAutre « x";
        assert_eq!(
            contents(t),
            [(0, vec!["Premier.", "Second."]), (0, vec!["x"])]
        );
        assert_eq!(contents("« a\nb »"), [(0, vec!["a"])]);
    }

    #[test]
    fn dialogue_dashes() {
        let t = "Il entra.\n— Bonjour, dit-il.\n— Bonsoir !";
        assert_eq!(
            contents(t),
            [(0, vec!["Bonjour, dit-il."]), (0, vec!["Bonsoir !"])]
        );
        let r = &regions(t)[0];
        assert!(r.dash);
        assert_eq!(r.pieces[0], (14, 30));
    }
}
