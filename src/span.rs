//! Byte spans into the original text.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open range of UTF-8 byte offsets `[start, end)` into the text that
/// was analysed.
///
/// Every result of this crate (tokens, sentences, entities, quote parts)
/// reports its position as a `Span` into the *original* text, never into a
/// normalised copy. A span always lies on `char` boundaries, so indexing the
/// text with it never panics for results produced from that text.
///
/// # Example
///
/// ```
/// use politext::Span;
///
/// let text = "l’OTAN à Vilnius";
/// let span = Span::new(4, 8);
/// assert_eq!(&text[span], "OTAN");
/// assert_eq!(span.len(), 4);
/// assert_eq!(Span::from(4..8), span);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not be greater than `end`.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`.
    ///
    /// ```
    /// let s = politext::Span::new(3, 7);
    /// assert_eq!((s.start, s.end), (3, 7));
    /// ```
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span {start}..{end}");
        Span { start, end }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(politext::Span::new(3, 7).len(), 4);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    ///
    /// ```
    /// assert!(politext::Span::new(3, 3).is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    ///
    /// ```
    /// use politext::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use politext::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 8)));
    /// ```
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use politext::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// assert_eq!(politext::Span::new(1, 2).range(), 1..2);
    /// ```
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
