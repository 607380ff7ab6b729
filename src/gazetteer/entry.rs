//! Gazetteer entries and labels.

use core::fmt;
use core::str::FromStr;

/// The coarse type of a named entity, as scored by the evaluation (`PER`,
/// `ORG`, `LOC`) plus `MISC` for anything else.
///
/// ```
/// use politext::Label;
/// assert_eq!("ORG".parse::<Label>(), Ok(Label::Org));
/// assert_eq!(Label::Per.as_str(), "PER");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Label {
    /// A person.
    #[cfg_attr(feature = "serde", serde(rename = "PER"))]
    Per,
    /// An organisation: party, institution, company, media, armed group…
    #[cfg_attr(feature = "serde", serde(rename = "ORG"))]
    Org,
    /// A place: country, region, city, geographic feature.
    #[cfg_attr(feature = "serde", serde(rename = "LOC"))]
    Loc,
    /// Anything else (events, works, products).
    #[cfg_attr(feature = "serde", serde(rename = "MISC"))]
    Misc,
}

impl Label {
    /// The label's short name: `PER`, `ORG`, `LOC` or `MISC`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Label {
    type Err = ();

    fn from_str(s: &str) -> Result<Label, ()> {
        match s {
            "PER" => Ok(Label::Per),
            "ORG" => Ok(Label::Org),
            "LOC" => Ok(Label::Loc),
            "MISC" => Ok(Label::Misc),
            _ => Err(()),
        }
    }
}

/// One canonical entity of a gazetteer: id, label, canonical name, aliases
/// and `key=value` attributes (`kind`, `country`, `gender`, `role`…).
///
/// ```
/// use politext::{Entry, Label};
///
/// let e = Entry::new("Q7747", Label::Per, "Vladimir Poutine")
///     .with_alias("Poutine")
///     .with_attr("gender", "m")
///     .with_attr("role", "président de la Russie@2012-05-07/");
/// assert_eq!(e.id(), "Q7747");
/// assert_eq!(e.aliases().collect::<Vec<_>>(), ["Vladimir Poutine", "Poutine"]);
/// assert_eq!(e.attr("gender"), Some("m"));
/// assert_eq!(e.attrs("role").count(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    id: Box<str>,
    label: Label,
    name: Box<str>,
    /// Aliases other than the name, each followed by [`SEP`]: one
    /// allocation per entry instead of one per alias (the built-in
    /// gazetteer loads faster).
    aliases: String,
    /// `key=value` attributes, each followed by [`SEP`].
    attrs: String,
}

/// Separator of the packed alias and attribute lists; removed from input.
const SEP: char = '\u{1f}';

impl Entry {
    /// Creates an entry with its id (a Wikidata QID where known), label and
    /// canonical name. The name is always an alias.
    pub fn new(id: &str, label: Label, name: &str) -> Entry {
        Entry {
            id: id.into(),
            label,
            name: name.into(),
            aliases: String::new(),
            attrs: String::new(),
        }
    }

    /// Adds an alias (a duplicate or an empty alias is ignored).
    pub fn with_alias(mut self, alias: &str) -> Entry {
        self.push_alias(alias);
        self
    }

    /// Adds an attribute; a key may repeat (several `role`s).
    pub fn with_attr(mut self, key: &str, value: &str) -> Entry {
        self.push_attr(key, value);
        self
    }

    /// Reserves room for `additional` more bytes of attributes.
    pub(crate) fn reserve_attrs(&mut self, additional: usize) {
        self.attrs.reserve(additional);
    }

    pub(crate) fn push_attr(&mut self, key: &str, value: &str) {
        push_clean(&mut self.attrs, key);
        self.attrs.push('=');
        push_clean(&mut self.attrs, value);
        self.attrs.push(SEP);
    }

    pub(crate) fn push_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if alias.is_empty() || alias == &*self.name || packed(&self.aliases).any(|a| a == alias) {
            return;
        }
        push_clean(&mut self.aliases, alias);
        self.aliases.push(SEP);
    }

    /// Merges `other` into `self`: `other`'s label and name win, aliases
    /// and attributes are added.
    pub(crate) fn merge(&mut self, other: Entry) {
        if other.name != self.name {
            let old = core::mem::replace(&mut self.name, other.name);
            self.push_alias(&old);
        }
        self.label = other.label;
        for a in packed(&other.aliases) {
            self.push_alias(a);
        }
        self.attrs.push_str(&other.attrs);
    }

    /// The stable id (`Q7747`, or `politext:…` for entities without QID).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The entity's label.
    pub fn label(&self) -> Label {
        self.label
    }

    /// The canonical French name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every alias, the canonical name first.
    pub fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        core::iter::once(&*self.name).chain(packed(&self.aliases))
    }

    /// The first value of attribute `key`.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.all_attrs().find(|&(k, _)| k == key).map(|(_, v)| v)
    }

    /// Does the entry have attribute `key`? A quick test before
    /// [`Entry::attrs`] when most entries lack it.
    pub(crate) fn has_attr(&self, key: &str) -> bool {
        packed(&self.attrs).any(|kv| {
            kv.len() > key.len() && kv.as_bytes()[key.len()] == b'=' && kv.starts_with(key)
        })
    }

    /// Every value of attribute `key`, in file order.
    pub fn attrs<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        packed(&self.attrs).filter_map(move |kv| {
            let (k, v) = split_kv(kv)?;
            (k == key).then_some(v)
        })
    }

    /// Every attribute as `(key, value)`, in file order.
    ///
    /// ```
    /// let e = politext::Entry::new("x:1", politext::Label::Loc, "Vilnius").with_attr("kind", "capital");
    /// assert_eq!(e.all_attrs().collect::<Vec<_>>(), [("kind", "capital")]);
    /// ```
    pub fn all_attrs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        packed(&self.attrs).filter_map(split_kv)
    }

    /// The finer kind (`country`, `party`, `commune`…), from the `kind`
    /// attribute.
    pub fn kind(&self) -> Option<&str> {
        self.attr("kind")
    }
}

/// The items of a packed list (each followed by [`SEP`]), found with a
/// plain byte loop: items are short, and a `memchr` call per item costs
/// more than it saves.
fn packed(list: &str) -> impl Iterator<Item = &str> + '_ {
    let b = list.as_bytes();
    let mut at = 0;
    core::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let len = b[at..]
            .iter()
            .position(|&x| x == SEP as u8)
            .unwrap_or(b.len() - at);
        // SEP is ASCII, so both ends are char boundaries.
        let item = list.get(at..at + len);
        at += len + 1;
        item
    })
}

/// `key=value` split at the first `=`, with a byte loop.
#[inline]
pub(super) fn split_kv(kv: &str) -> Option<(&str, &str)> {
    let i = kv.as_bytes().iter().position(|&b| b == b'=')?;
    Some((kv.get(..i)?, kv.get(i + 1..)?))
}

/// Appends `s` without the packing separator.
fn push_clean(buf: &mut String, s: &str) {
    if s.as_bytes().contains(&(SEP as u8)) {
        buf.extend(s.chars().map(|c| if c == SEP { ' ' } else { c }));
    } else {
        buf.push_str(s);
    }
}
