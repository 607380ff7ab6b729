//! The entity tagger: gazetteer matches plus rules for the names no list
//! has, linked to canonical entities.
//!
//! [`Tagger::tag`] finds people, organisations and places:
//!
//! 1. **Gazetteer**: every alias of the [`Gazetteer`] is searched on the
//!    folded text (case, accents, apostrophes), anchored at token starts and
//!    ending at token ends, so `l’OTAN` gives `OTAN` and `Élysée` matches
//!    `Elysée`. Acronyms must be in capitals in the text; aliases that start
//!    with a capital must do so in the text.
//! 2. **Rules**: a title (`M.`, `Mme`, `le président`…) or a known given
//!    name followed by capitalised words is a person; an organisation head
//!    (`Parti`, `Conseil`, `Ministère`…) with its complement is an
//!    organisation; an acronym defined in parentheses takes the entity it
//!    defines.
//! 3. **Propagation**: after `Jens Stoltenberg`, `Stoltenberg` alone is the
//!    same person.
//!
//! Overlaps are resolved longest first, gazetteer before rules.
//!
//! # Example
//!
//! ```
//! use politext::{Label, Source, Tagger};
//!
//! let tagger = Tagger::new();
//! let text = "Selon le secrétaire général de l'OTAN, Jens Stoltenberg, le président Poutine a commis une erreur.";
//! let ents = tagger.tag(text);
//! let found: Vec<_> = ents.iter().map(|e| (e.as_str(), e.label(), e.start())).collect();
//! assert_eq!(found, [("OTAN", Label::Org, 36), ("Jens Stoltenberg", Label::Per, 42), ("Poutine", Label::Per, 74)]);
//! assert_eq!(ents[0].id(), Some("Q7184"));
//! assert_eq!(ents[2].name(), "Vladimir Poutine");
//! assert_eq!(ents[2].source(), Source::Gazetteer);
//! ```

mod rules;
pub(crate) use rules::company_shaped;

use crate::hash::FxHashSet as HashSet;
use core::fmt;
use std::sync::Arc;

use crate::Span;
use crate::gazetteer::{Entry, Gazetteer, Label};
use crate::tokenize::{Sentence, Token, Tokenizer};

/// Where a mention came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Source {
    /// An alias of a gazetteer entry.
    Gazetteer,
    /// A rule: title or given name + name, an unknown capitalised pair,
    /// organisation head, acronym, place or event context.
    Rule,
    /// A shorter repeat of an entity named earlier in the document.
    Propagation,
}

/// The grammatical gender of a person, when the text or the gazetteer
/// tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine.
    Male,
    /// Feminine.
    Female,
}

/// One entity mention: its span, label, and the entity it is linked to.
///
/// ```
/// use politext::{Label, Tagger};
///
/// let ents = Tagger::new().tag("Mme Clara Dupuis-Morel est arrivée à Vilnius.");
/// assert_eq!(ents[0].as_str(), "Clara Dupuis-Morel");
/// assert_eq!((ents[0].start(), ents[0].end()), (4, 22));
/// assert_eq!(ents[0].label(), Label::Per);
/// assert_eq!(ents[0].id(), None);
/// assert_eq!(ents[1].as_str(), "Vilnius");
/// assert_eq!(ents[1].label(), Label::Loc);
/// ```
#[derive(Clone)]
pub struct Entity<'h> {
    haystack: &'h str,
    span: Span,
    label: Label,
    entry: Option<Arc<Entry>>,
    /// The fullest mention of the entity in the document (for entities the
    /// gazetteer lacks, it names them).
    canonical: Span,
    source: Source,
    gender: Option<Gender>,
    /// The mention's tokens (`start..end` indices) in the tokens it was
    /// tagged in: the quote extractor maps tokens to entities with them
    /// when they are those it is given.
    tokens: (u32, u32),
}

impl<'h> Entity<'h> {
    /// The mention's span in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset of the mention's first byte.
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset one past the mention's last byte.
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The mention's text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// `PER`, `ORG`, `LOC` (or `MISC`).
    pub fn label(&self) -> Label {
        self.label
    }

    /// The linked entity's id (a Wikidata QID where known), or `None` for
    /// an entity the gazetteer lacks.
    pub fn id(&self) -> Option<&str> {
        self.entry.as_deref().map(Entry::id)
    }

    /// The canonical name: the gazetteer's, or else the fullest mention of
    /// the same entity in the document.
    pub fn name(&self) -> &str {
        match &self.entry {
            Some(e) => e.name(),
            None => &self.haystack[self.canonical],
        }
    }

    /// The gazetteer entry, when linked.
    pub fn entry(&self) -> Option<&Entry> {
        self.entry.as_deref()
    }

    /// Where the mention came from.
    pub fn source(&self) -> Source {
        self.source
    }

    /// A person's gender when known (title, given name, gazetteer).
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// A key that is equal for two mentions of the same entity: the id when
    /// linked, the canonical name otherwise.
    pub fn key(&self) -> &str {
        self.id().unwrap_or_else(|| self.name())
    }

    /// The same mention standing for another entry (`Moscou` speaking
    /// for `Russie`): span and source kept, label and entry the other's.
    pub(crate) fn standing_for(&self, entry: Arc<Entry>) -> Entity<'h> {
        Entity {
            label: entry.label(),
            entry: Some(entry),
            ..self.clone()
        }
    }

    /// The indices of the mention's first token and one past its last, in
    /// the tokens it was tagged in.
    pub(crate) fn token_range(&self) -> (usize, usize) {
        (self.tokens.0 as usize, self.tokens.1 as usize)
    }
}

impl fmt::Debug for Entity<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}({:?} {:?} -> {:?} {:?})",
            self.label,
            self.span,
            self.as_str(),
            self.id(),
            self.name()
        )
    }
}

thread_local! {
    static SCRATCH: std::cell::Cell<rules::Scratch> = std::cell::Cell::new(rules::Scratch::default());
}

/// The entity tagger. Built once (it holds the compiled gazetteer), then
/// immutable, `Send + Sync` and cheap to clone.
///
/// ```
/// use politext::{Gazetteer, Entry, Label, Tagger};
///
/// let mut b = Gazetteer::builder();
/// b.entry(Entry::new("local:7", Label::Per, "Aline Terrier").with_alias("Terrier"));
/// let tagger = Tagger::with_gazetteer(b.build().unwrap());
/// let ents = tagger.tag("La maire Aline Terrier a parlé.");
/// assert_eq!(ents[0].id(), Some("local:7"));
/// assert_eq!(ents[0].span(), politext::Span::new(9, 22));
/// ```
#[derive(Clone)]
pub struct Tagger {
    inner: Arc<Inner>,
}

struct Inner {
    /// Tells this tagger's per-thread word memo from another's.
    id: u64,
    gazetteer: Gazetteer,
    tokenizer: Tokenizer,
    given: crate::hash::WordMap,
    demonyms: HashSet<Box<str>>,
}

impl fmt::Debug for Tagger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tagger")
            .field("gazetteer", &self.inner.gazetteer)
            .finish()
    }
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::new()
    }
}

impl Tagger {
    /// A tagger with the built-in gazetteer.
    pub fn new() -> Tagger {
        Tagger::with_gazetteer(Gazetteer::builtin())
    }

    /// A tagger with the given gazetteer.
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Tagger {
        let mut given = rules::given_names();
        rules::add_gazetteer_given_names(&gazetteer, &mut given);
        let demonyms = rules::demonyms(&gazetteer);
        Tagger {
            inner: Arc::new(Inner {
                id: crate::memo::owner_id(),
                gazetteer,
                tokenizer: Tokenizer::new(),
                given,
                demonyms,
            }),
        }
    }

    /// The gazetteer the tagger links to.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// The gender of a given name (`Marine` → female), from the INSEE
    /// list; `None` when unknown or mixed.
    ///
    /// ```
    /// use politext::{Gender, Tagger};
    /// let t = Tagger::new();
    /// assert_eq!(t.given_name_gender("Marine"), Some(Gender::Female));
    /// assert_eq!(t.given_name_gender("Emmanuel"), Some(Gender::Male));
    /// ```
    pub fn given_name_gender(&self, name: &str) -> Option<Gender> {
        rules::given_gender(&self.inner.given, name)
    }

    /// Tokenizes `text` and tags it.
    pub fn tag<'h>(&self, text: &'h str) -> Vec<Entity<'h>> {
        let tokens = self.inner.tokenizer.tokenize(text);
        let sentences = self.inner.tokenizer.sentences(text, &tokens);
        self.tag_tokens(text, &tokens, &sentences)
    }

    /// Tags a text already tokenized by [`Tokenizer`] (as the pipeline
    /// does), entities in text order.
    ///
    /// ```
    /// use politext::{Tagger, Tokenizer};
    ///
    /// let text = "Le Kremlin a répondu à l’OTAN.";
    /// let tok = Tokenizer::new();
    /// let tokens = tok.tokenize(text);
    /// let sentences = tok.sentences(text, &tokens);
    /// let ents = Tagger::new().tag_tokens(text, &tokens, &sentences);
    /// assert_eq!(ents.iter().map(|e| e.as_str()).collect::<Vec<_>>(), ["Kremlin", "OTAN"]);
    /// assert_eq!(ents[1].span(), politext::Span::new(29, 33));
    /// ```
    pub fn tag_tokens<'h>(
        &self,
        text: &'h str,
        tokens: &[Token<'h>],
        sentences: &[Sentence<'h>],
    ) -> Vec<Entity<'h>> {
        self.tag_tokens_with_views(text, tokens, sentences, None)
    }

    /// [`tag_tokens`](Self::tag_tokens), also filling `views` (when given)
    /// with the quote extractor's view of the tokens, read from the word
    /// memo the tagger consults anyway (the pipeline passes it on to
    /// [`QuoteExtractor`](crate::QuoteExtractor)).
    pub(crate) fn tag_tokens_with_views<'h>(
        &self,
        text: &'h str,
        tokens: &[Token<'h>],
        sentences: &[Sentence<'h>],
        views: Option<&mut crate::quote::extract::TokenViews>,
    ) -> Vec<Entity<'h>> {
        // Buffers kept on this thread (`try_with`: a thread-local
        // destructor may tag after they are gone).
        let mut scratch = SCRATCH.try_with(|c| c.take()).unwrap_or_default();
        let doc = rules::with_memo(self.inner.id, |m| {
            rules::Doc::new(
                text,
                tokens,
                sentences,
                &self.inner.gazetteer,
                &self.inner.given,
                m,
                views,
                &mut scratch,
            )
        });
        let mut found = doc.run(
            &self.inner.gazetteer,
            &self.inner.given,
            &self.inner.demonyms,
            &mut scratch.run,
        );
        doc.recycle(&mut scratch);
        let _ = SCRATCH.try_with(|c| c.set(scratch));
        found.sort_by_key(|m| m.span.start);
        let gaz = &self.inner.gazetteer;
        found
            .into_iter()
            .map(|m| Entity {
                haystack: text,
                span: m.span,
                label: m.label,
                entry: m.entry.map(|i| gaz.entry_arc(i).clone()),
                canonical: m.canonical,
                source: m.source,
                gender: m.gender,
                tokens: m.tokens,
            })
            .collect()
    }
}
