//! One call that runs the tokenizer, the entity tagger and the quote
//! extractor.
//!
//! ```
//! use politext::Pipeline;
//!
//! let pipeline = Pipeline::new(); // built once, shared by every thread
//! let text = "« Nous surveillons la situation en Russie », a dit Jens Stoltenberg à Vilnius.";
//! let a = pipeline.analyze(text);
//! assert_eq!(a.sentences().len(), 1);
//! assert_eq!(a.entities().iter().map(|e| e.as_str()).collect::<Vec<_>>(), ["Russie", "Jens Stoltenberg", "Vilnius"]);
//! let q = &a.quotes()[0];
//! assert_eq!(q.content(), [politext::Span::new(3, 42)]);
//! assert_eq!(&text[q.content()[0]], "Nous surveillons la situation en Russie");
//! assert_eq!(q.speaker().unwrap().canonical(), "Jens Stoltenberg");
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::Span;
use crate::error::Error;
use crate::gazetteer::{Gazetteer, Label};
use crate::quote::extract::TokenViews;
use crate::quote::{Quote, QuoteExtractor};
use crate::tag::{Entity, Tagger};
use crate::tokenize::{Sentence, Token, Tokenizer};

/// Tokenizer + tagger + quote extractor, built once.
///
/// Immutable, `Send + Sync`, cheap to clone (an `Arc` inside). Analysing a
/// text never fails and never panics.
#[derive(Clone, Debug)]
pub struct Pipeline {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    tokenizer: Tokenizer,
    tagger: Option<Tagger>,
    quotes: Option<QuoteExtractor>,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    /// All three components, with the built-in gazetteer.
    pub fn new() -> Pipeline {
        Pipeline {
            inner: Arc::new(Inner {
                tokenizer: Tokenizer::new(),
                tagger: Some(Tagger::new()),
                quotes: Some(QuoteExtractor::new()),
            }),
        }
    }

    /// A builder: user gazetteer files, components switched off.
    ///
    /// ```
    /// let mut b = politext::Pipeline::builder();
    /// b.quotes(false);
    /// let p = b.build().unwrap();
    /// let a = p.analyze("Selon l’OTAN, la Russie recule.");
    /// assert!(a.quotes().is_empty());
    /// assert_eq!(a.entities().len(), 2);
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            files: Vec::new(),
            gazetteer: None,
            entities: true,
            quotes: true,
        }
    }

    /// Analyses one text.
    pub fn analyze<'h>(&self, text: &'h str) -> Analysis<'h> {
        let tok = &self.inner.tokenizer;
        let tokens = tok.tokenize(text);
        let sentences = tok.sentences(text, &tokens);
        // The tagger reads each word from its memo anyway: with quotes on,
        // it also hands the quote extractor its view of the tokens (in
        // buffers kept on this thread; `try_with`: a thread-local
        // destructor may analyze after they are gone).
        let mut views = VIEWS.try_with(|c| c.take()).unwrap_or_default();
        let want = self.inner.quotes.is_some().then_some(&mut views);
        let entities = match &self.inner.tagger {
            Some(t) => t.tag_tokens_with_views(text, &tokens, &sentences, want),
            None => Vec::new(),
        };
        let quotes = match &self.inner.quotes {
            Some(q) => q.extract_with_views(text, &tokens, &sentences, &entities, &mut views),
            None => Vec::new(),
        };
        if tokens.len() <= KEEP_TOKENS {
            let _ = VIEWS.try_with(|c| c.set(views));
        }
        Analysis {
            text,
            tokens,
            sentences,
            entities,
            quotes,
        }
    }

    /// The tagger, when entities are on.
    pub fn tagger(&self) -> Option<&Tagger> {
        self.inner.tagger.as_ref()
    }
}

thread_local! {
    static VIEWS: std::cell::Cell<TokenViews> = std::cell::Cell::new(TokenViews::default());
}

/// Documents of up to this many tokens leave their view buffers for the
/// next one on the thread.
const KEEP_TOKENS: usize = 1 << 16;

/// Builds a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    files: Vec<std::path::PathBuf>,
    gazetteer: Option<Gazetteer>,
    entities: bool,
    quotes: bool,
}

impl PipelineBuilder {
    /// Adds a user gazetteer file (TSV, or JSON lines for `.jsonl`), merged
    /// with the built-in gazetteer (or with the one given to
    /// [`gazetteer`](Self::gazetteer)).
    pub fn gazetteer_file(&mut self, path: impl Into<std::path::PathBuf>) -> &mut PipelineBuilder {
        self.files.push(path.into());
        self
    }

    /// Uses this gazetteer instead of the built-in one.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut PipelineBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Entities on or off (default on). Quotes need entities to resolve
    /// speakers; without them speakers stay unresolved mentions.
    pub fn entities(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.entities = yes;
        self
    }

    /// Quotes on or off (default on).
    pub fn quotes(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.quotes = yes;
        self
    }

    /// Builds the pipeline.
    ///
    /// # Errors
    ///
    /// A gazetteer file cannot be read or has a malformed line
    /// (`FILE:LINE:COLUMN: message`).
    pub fn build(&self) -> Result<Pipeline, Error> {
        let tagger = if self.entities {
            let gaz = if self.files.is_empty() {
                self.gazetteer.clone().unwrap_or_else(Gazetteer::builtin)
            } else {
                let mut b = Gazetteer::builder();
                if let Some(g) = &self.gazetteer {
                    b.builtin(false);
                    for e in g.iter() {
                        b.entry(e.clone());
                    }
                }
                for f in &self.files {
                    b.file(f)?;
                }
                b.build()?
            };
            Some(Tagger::with_gazetteer(gaz))
        } else {
            None
        };
        let quotes = if self.quotes {
            Some(QuoteExtractor::new())
        } else {
            None
        };
        Ok(Pipeline {
            inner: Arc::new(Inner {
                tokenizer: Tokenizer::new(),
                tagger,
                quotes,
            }),
        })
    }
}

/// Everything the pipeline found in one text, borrowing it.
#[derive(Clone, Debug)]
pub struct Analysis<'h> {
    text: &'h str,
    tokens: Vec<Token<'h>>,
    sentences: Vec<Sentence<'h>>,
    entities: Vec<Entity<'h>>,
    quotes: Vec<Quote<'h>>,
}

impl<'h> Analysis<'h> {
    /// The analysed text.
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// Tokens, in text order.
    pub fn tokens(&self) -> &[Token<'h>] {
        &self.tokens
    }

    /// Sentences, in text order.
    pub fn sentences(&self) -> &[Sentence<'h>] {
        &self.sentences
    }

    /// Entity mentions, in text order.
    pub fn entities(&self) -> &[Entity<'h>] {
        &self.entities
    }

    /// Quotes, in text order.
    pub fn quotes(&self) -> &[Quote<'h>] {
        &self.quotes
    }

    /// Mentions per entity (by id, or canonical name when unlinked), most
    /// mentioned first, then by name.
    ///
    /// ```
    /// let p = politext::Pipeline::new();
    /// let a = p.analyze("L’OTAN et la Russie. La Russie répond à l’OTAN, puis à l'Ukraine.");
    /// let m = a.mentions_per_entity();
    /// assert_eq!((m[0].name.as_str(), m[0].count), ("Organisation du traité de l'Atlantique nord", 2));
    /// assert_eq!((m[1].name.as_str(), m[1].count), ("Russie", 2));
    /// assert_eq!(m[2].count, 1);
    /// ```
    pub fn mentions_per_entity(&self) -> Vec<EntityCount> {
        let mut map: BTreeMap<String, EntityCount> = BTreeMap::new();
        for e in &self.entities {
            let c = map
                .entry(e.key().to_string())
                .or_insert_with(|| EntityCount {
                    id: e.id().map(str::to_string),
                    name: e.name().to_string(),
                    label: e.label(),
                    count: 0,
                });
            c.count += 1;
        }
        let mut v: Vec<EntityCount> = map.into_values().collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        v
    }

    /// Quotes per resolved speaker (canonical name), most quoted first;
    /// quotes without a resolved speaker are counted under `None`.
    ///
    /// ```
    /// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_1a8068a8a26e3f9a.txt")).unwrap();
    /// let p = politext::Pipeline::new();
    /// let a = p.analyze(&text);
    /// let q = a.quotes_per_speaker();
    /// assert_eq!(q[0], (Some("Jens Stoltenberg".to_string()), 5));
    /// ```
    pub fn quotes_per_speaker(&self) -> Vec<(Option<String>, usize)> {
        let mut map: BTreeMap<Option<String>, usize> = BTreeMap::new();
        for q in &self.quotes {
            *map.entry(q.speaker().map(|s| s.canonical().to_string()))
                .or_insert(0) += 1;
        }
        let mut v: Vec<_> = map.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }

    /// An owned record of the analysis, in the shape of the evaluation
    /// contract (`../shared/EVAL.md`), serialisable with the `serde`
    /// feature.
    ///
    /// ```
    /// let p = politext::Pipeline::new();
    /// let r = p.analyze("Selon l’OTAN, la Russie recule.").to_record();
    /// assert_eq!(r.tokens[0], [0, 5]);
    /// assert_eq!(r.entities[0].label, "ORG");
    /// assert_eq!((r.entities[0].start, r.entities[0].end), (10, 14));
    /// assert_eq!(r.quotes[0].kind, "according");
    /// ```
    pub fn to_record(&self) -> Record {
        let pair = |s: Span| [s.start, s.end];
        Record {
            tokens: self.tokens.iter().map(|t| pair(t.span())).collect(),
            sentences: self.sentences.iter().map(|s| pair(s.span())).collect(),
            entities: self
                .entities
                .iter()
                .map(|e| EntityRecord {
                    start: e.start(),
                    end: e.end(),
                    label: e.label().as_str().to_string(),
                    id: e.id().map(str::to_string),
                    text: e.name().to_string(),
                })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| QuoteRecord {
                    kind: q.kind().as_str().to_string(),
                    content: q.content().iter().map(|&s| pair(s)).collect(),
                    cue: q.cue().map(pair),
                    speaker: q.speaker_span().map(pair),
                    speaker_entity: q.speaker().map(|s| s.canonical().to_string()),
                    speaker_id: q.speaker().and_then(|s| s.id().map(str::to_string)),
                    speaker_resolution: q.speaker().map(|s| s.resolution().as_str().to_string()),
                })
                .collect(),
        }
    }
}

/// How often one entity is mentioned ([`Analysis::mentions_per_entity`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityCount {
    /// The entity's id, when linked.
    pub id: Option<String>,
    /// Its canonical name.
    pub name: String,
    /// Its label.
    pub label: Label,
    /// Number of mentions.
    pub count: usize,
}

/// An owned analysis, in the shape of the evaluation contract.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Record {
    /// Token spans `[start, end]`.
    pub tokens: Vec<[usize; 2]>,
    /// Sentence spans.
    pub sentences: Vec<[usize; 2]>,
    /// Entity mentions.
    pub entities: Vec<EntityRecord>,
    /// Quotes.
    pub quotes: Vec<QuoteRecord>,
}

/// One entity mention of a [`Record`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub label: String,
    /// Entity id, when linked.
    pub id: Option<String>,
    /// Canonical name.
    pub text: String,
}

/// One quote of a [`Record`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteRecord {
    /// `direct`, `indirect`, `mixed` or `according`.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: String,
    /// Content spans.
    pub content: Vec<[usize; 2]>,
    /// The cue (reporting verb, `selon`…).
    pub cue: Option<[usize; 2]>,
    /// The speaker mention.
    pub speaker: Option<[usize; 2]>,
    /// The resolved speaker's canonical name.
    pub speaker_entity: Option<String>,
    /// The resolved speaker's id.
    pub speaker_id: Option<String>,
    /// How the speaker was reached ([`crate::Resolution::as_str`]):
    /// `named`, `pronoun`, `description` or `previous`.
    pub speaker_resolution: Option<String>,
}
