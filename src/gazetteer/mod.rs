//! Gazetteers: canonical entities with their aliases, and the compiled
//! matcher that finds those aliases in text.
//!
//! A [`Gazetteer`] is immutable, `Send + Sync` and cheap to clone. The
//! built-in French political gazetteer ([`Gazetteer::builtin`]) is compiled
//! into the crate; [`GazetteerBuilder`] merges user entries (from code, TSV
//! or JSON lines) with it.
//!
//! # User file format (TSV)
//!
//! ```text
//! # id        label  name               aliases               attributes…
//! Q3052772    PER    Emmanuel Macron    Macron|E. Macron      gender=m   role=président de la République@2017-05-14/
//! local:42    PER    Jeanne Martin      Mme Martin            kind=person  role=maire de Trifouilly
//! ```
//!
//! Fields are separated by one tab; aliases by `|`; attributes are
//! `key=value` (a key may repeat). A malformed line is refused with
//! `FILE:LINE:COLUMN: message` and nothing of the file is loaded.
//!
//! # Example
//!
//! ```
//! use politext::{Entry, Gazetteer, Label};
//!
//! let mut b = Gazetteer::builder();
//! b.builtin(false)
//!     .entry(Entry::new("local:1", Label::Per, "Jeanne Martin").with_alias("Mme Martin"))
//!     .tsv("extra.tsv", "local:2\tORG\tAmicale des élus\tAmicale")?;
//! let gaz = b.build()?;
//! assert_eq!(gaz.len(), 2);
//! assert_eq!(gaz.get("local:2").unwrap().name(), "Amicale des élus");
//! # Ok::<(), politext::Error>(())
//! ```

mod entry;
mod load;
mod matcher;
mod trie;

/// Case constraints of aliases, for the tagger.
pub(crate) mod matcher_flags {
    pub(crate) use super::matcher::{ACRONYM, ACRONYM_FORM, LOWER_START, NEXT_CAP, Shape};
}

use std::sync::{Arc, LazyLock};

pub use entry::{Entry, Label};
pub(crate) use matcher::Matcher;

use crate::error::Error;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// The INSEE given names embedded in the crate, as `name<TAB>gender`
/// lines.
pub(crate) fn given_names_data() -> &'static str {
    builtin::GIVEN_NAMES
}

/// The entry's one-word name is a common French word (`common_word=yes`).
pub(crate) const META_COMMON_WORD: u8 = 1;
/// `gender=m`.
pub(crate) const META_MALE: u8 = 2;
/// `gender=f`.
pub(crate) const META_FEMALE: u8 = 4;

/// A set of canonical entities and the matcher compiled from their aliases.
///
/// ```
/// use politext::Gazetteer;
///
/// let gaz = Gazetteer::builtin();
/// let otan = gaz.get("Q7184").expect("NATO is built in");
/// assert!(otan.aliases().any(|a| a == "OTAN"));
/// ```
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

struct Inner {
    entries: Vec<Arc<Entry>>,
    /// Per entry: [`META_COMMON_WORD`], [`META_MALE`], [`META_FEMALE`],
    /// read by the tagger at every match (attributes are slower to scan).
    meta: Vec<u8>,
    /// Entries by id ([`crate::hash::StrIndex`]: no copy of the ids).
    by_id: crate::hash::StrIndex,
    matcher: Matcher,
}

impl core::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.inner.entries.len())
            .finish()
    }
}

static BUILTIN: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::compile(builtin_entries().expect("the built-in gazetteer parses (checked by tests)"))
});

fn builtin_entries() -> Result<Vec<Entry>, Error> {
    let mut all = Vec::new();
    for (name, text) in builtin::FILES {
        all.extend(load::parse_tsv(name, text)?);
    }
    Ok(all)
}

impl Gazetteer {
    /// The built-in French political gazetteer. Built once per process
    /// (tens of milliseconds) and shared: later calls are a reference-count
    /// increment.
    pub fn builtin() -> Gazetteer {
        BUILTIN.clone()
    }

    /// A builder, starting from the built-in entries (see
    /// [`GazetteerBuilder::builtin`] to start empty).
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder {
            builtin: true,
            entries: Vec::new(),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.get_arc(id).map(|e| &**e)
    }

    /// The shared entry with this id.
    pub(crate) fn get_arc(&self, id: &str) -> Option<&Arc<Entry>> {
        let entries = &self.inner.entries;
        let i = self
            .inner
            .by_id
            .get(id, |i| entries.get(i).map(|e| e.id()))?;
        self.inner.entries.get(i as usize)
    }

    /// The index of the entry with this id.
    pub(crate) fn index_of(&self, id: &str) -> Option<u32> {
        let entries = &self.inner.entries;
        self.inner.by_id.get(id, |i| entries.get(i).map(|e| e.id()))
    }

    /// Every entry, in load order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.inner.entries.iter().map(|e| &**e)
    }

    /// The tagger's per-entry flags ([`META_COMMON_WORD`]…).
    pub(crate) fn meta(&self, index: u32) -> u8 {
        self.inner.meta[index as usize]
    }

    pub(crate) fn entry_arc(&self, index: u32) -> &Arc<Entry> {
        &self.inner.entries[index as usize]
    }

    pub(crate) fn matcher(&self) -> &Matcher {
        &self.inner.matcher
    }

    /// Merges entries with the same id (later ones win) and compiles the
    /// matcher.
    fn compile(entries: Vec<Entry>) -> Gazetteer {
        let mut by_id = crate::hash::StrIndex::with_capacity(entries.len());
        let mut merged: Vec<Entry> = Vec::with_capacity(entries.len());
        for e in entries {
            match by_id.get(e.id(), |i| merged.get(i).map(Entry::id)) {
                Some(i) => merged[i as usize].merge(e),
                None => {
                    by_id.push(e.id());
                    merged.push(e);
                }
            }
        }
        let matcher = Matcher::new(&merged);
        let meta = merged
            .iter()
            .map(|e| {
                let mut m = 0;
                for (k, v) in e.all_attrs() {
                    match (k, v) {
                        ("common_word", "yes") => m |= META_COMMON_WORD,
                        ("gender", "m") => m |= META_MALE,
                        ("gender", "f") => m |= META_FEMALE,
                        _ => {}
                    }
                }
                m
            })
            .collect();
        let entries = merged.into_iter().map(Arc::new).collect();
        Gazetteer {
            inner: Arc::new(Inner {
                entries,
                meta,
                by_id,
                matcher,
            }),
        }
    }
}

impl Default for Gazetteer {
    fn default() -> Gazetteer {
        Gazetteer::builtin()
    }
}

/// Builds a [`Gazetteer`] from the built-in entries (unless switched off)
/// and user entries. Entries with the same id are merged: the later one's
/// label and name win, aliases and attributes add up.
///
/// ```
/// use politext::{Entry, Gazetteer, Label};
///
/// let mut b = Gazetteer::builder();
/// b.entry(Entry::new("Q7747", Label::Per, "Vladimir Poutine").with_alias("V. Poutine"));
/// let gaz = b.build().unwrap();
/// assert!(gaz.get("Q7747").unwrap().aliases().any(|a| a == "V. Poutine"));
/// ```
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    builtin: bool,
    entries: Vec<Entry>,
}

impl GazetteerBuilder {
    /// Whether to start from the built-in gazetteer (default `true`).
    pub fn builtin(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.builtin = yes;
        self
    }

    /// Adds one entry.
    pub fn entry(&mut self, entry: Entry) -> &mut GazetteerBuilder {
        self.entries.push(entry);
        self
    }

    /// Adds the entries of a TSV text; `name` is used in error messages.
    ///
    /// # Errors
    ///
    /// `NAME:LINE:COLUMN: message` for the first malformed line; nothing of
    /// the text is added then.
    pub fn tsv(&mut self, name: &str, text: &str) -> Result<&mut GazetteerBuilder, Error> {
        let es = load::parse_tsv(name, text)?;
        self.entries.extend(es);
        Ok(self)
    }

    /// Adds the entries of a JSON-lines text (`{"id", "label", "name",
    /// "aliases", "attrs"}` per line).
    ///
    /// # Errors
    ///
    /// As [`tsv`](Self::tsv).
    #[cfg(feature = "serde")]
    pub fn jsonl(&mut self, name: &str, text: &str) -> Result<&mut GazetteerBuilder, Error> {
        let es = load::parse_jsonl(name, text)?;
        self.entries.extend(es);
        Ok(self)
    }

    /// Adds a file: JSON lines when its name ends in `.jsonl` or `.json`,
    /// TSV otherwise.
    ///
    /// # Errors
    ///
    /// The file cannot be read, is not UTF-8, or has a malformed line.
    pub fn file(
        &mut self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<&mut GazetteerBuilder, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let before = &e.as_bytes()[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Error::at(&name, line, col, "invalid UTF-8")
        })?;
        #[cfg(feature = "serde")]
        if name.ends_with(".jsonl") || name.ends_with(".json") {
            return self.jsonl(&name, &text);
        }
        self.tsv(&name, &text)
    }

    /// Compiles the gazetteer.
    ///
    /// # Errors
    ///
    /// Only if the built-in data were broken, which the crate's tests rule
    /// out; the `Result` keeps room for validation of user entries.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        if !self.builtin {
            return Ok(Gazetteer::compile(self.entries.clone()));
        }
        if self.entries.is_empty() {
            return Ok(Gazetteer::builtin());
        }
        let mut all = builtin_entries()?;
        all.extend(self.entries.iter().cloned());
        Ok(Gazetteer::compile(all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        builtin_entries().unwrap();
    }
}
