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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entry {
    id: Box<str>,
    label: Label,
    name: Box<str>,
    #[cfg_attr(feature = "serde", serde(default))]
    aliases: Vec<Box<str>>,
    #[cfg_attr(feature = "serde", serde(default))]
    attrs: Vec<(Box<str>, Box<str>)>,
}

impl Entry {
    /// Creates an entry with its id (a Wikidata QID where known), label and
    /// canonical name. The name is always an alias.
    pub fn new(id: &str, label: Label, name: &str) -> Entry {
        Entry {
            id: id.into(),
            label,
            name: name.into(),
            aliases: Vec::new(),
            attrs: Vec::new(),
        }
    }

    /// Adds an alias (a duplicate or an empty alias is ignored).
    pub fn with_alias(mut self, alias: &str) -> Entry {
        self.push_alias(alias);
        self
    }

    /// Adds an attribute; a key may repeat (several `role`s).
    pub fn with_attr(mut self, key: &str, value: &str) -> Entry {
        self.attrs.push((key.into(), value.into()));
        self
    }

    pub(crate) fn push_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if !alias.is_empty() && alias != &*self.name && !self.aliases.iter().any(|a| &**a == alias)
        {
            self.aliases.push(alias.into());
        }
    }

    /// Merges `other` into `self`: `other`'s label and name win, aliases
    /// and attributes are added.
    pub(crate) fn merge(&mut self, other: Entry) {
        if other.name != self.name {
            let old = core::mem::replace(&mut self.name, other.name);
            self.push_alias(&old);
        }
        self.label = other.label;
        for a in other.aliases.iter() {
            self.push_alias(a);
        }
        self.attrs.extend(other.attrs);
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
        core::iter::once(&*self.name).chain(self.aliases.iter().map(|a| &**a))
    }

    /// The first value of attribute `key`.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| &**v)
    }

    /// Every value of attribute `key`, in file order.
    pub fn attrs<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.attrs
            .iter()
            .filter(move |(k, _)| &**k == key)
            .map(|(_, v)| &**v)
    }

    /// The finer kind (`country`, `party`, `commune`…), from the `kind`
    /// attribute.
    pub fn kind(&self) -> Option<&str> {
        self.attr("kind")
    }
}
