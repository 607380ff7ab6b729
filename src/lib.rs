//! # politext — who is named and who said what in French political news
//!
//! `politext` reads French news and returns, fast and with byte offsets into
//! the original text:
//!
//! * **tokens and sentences** ([`Tokenizer`]), following the surface-token
//!   conventions of the Universal Dependencies French treebanks;
//! * **entities** ([`Tagger`]): people, organisations and places, linked to
//!   canonical entries of a [`Gazetteer`] (a French political gazetteer of
//!   more than 10,000 entries is built in; user entries are merged in), with
//!   rules for the names no list has;
//! * **quotes** attributed to their speakers ([`QuoteExtractor`]): direct,
//!   indirect, mixed and `selon X`, speakers resolved to entities.
//!
//! [`Pipeline`] runs the three at once and gives an [`Analysis`] that
//! borrows the text, or an owned, serialisable record of it.
//!
//! Every component is built once, is immutable, `Send + Sync` and cheap to
//! clone, and can be used alone.
//!
//! ## Tokens and sentences
//!
//! ```
//! use politext::{Tokenizer, TokenKind};
//!
//! let text = "« Nous surveillons la situation en Russie », a-t-il dit. M. Stoltenberg est à Vilnius.";
//! let tok = Tokenizer::new();
//! let tokens = tok.tokenize(text);
//! assert_eq!(tokens[10].as_str(), "-t-il");
//! assert_eq!(tokens[10].kind(), TokenKind::Clitic);
//! assert_eq!((tokens[10].start(), tokens[10].end()), (48, 53));
//! let sentences = tok.sentences(text, &tokens);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].as_str(), "M. Stoltenberg est à Vilnius.");
//! ```
//!
//! ## Entities
//!
//! ```
//! use politext::{Label, Tagger};
//!
//! let tagger = Tagger::new(); // built-in gazetteer, built once per process
//! let text = "Le président Poutine a appelé l’OTAN et Emmanuel Macron.";
//! let ents = tagger.tag(text);
//! let got: Vec<_> = ents.iter().map(|e| (e.as_str(), e.label(), e.id())).collect();
//! assert_eq!(got[0], ("Poutine", Label::Per, Some("Q7747")));
//! assert_eq!(got[1].0, "OTAN");
//! assert_eq!(ents[1].span(), politext::Span::new(36, 40));
//! assert_eq!(ents[2].name(), "Emmanuel Macron");
//! ```
//!
//! ## Quotes
//!
//! ```
//! use politext::{Pipeline, QuoteKind, Span};
//!
//! let pipeline = Pipeline::new(); // tokenizer + tagger + quote extractor
//! let text = "« Nous surveillons la situation », a déclaré Jens Stoltenberg. \
//!             Il a souligné que l'OTAN restait unie.";
//! let analysis = pipeline.analyze(text);
//! let quotes = analysis.quotes();
//! assert_eq!(quotes.len(), 2);
//! assert_eq!(quotes[0].kind(), QuoteKind::Direct);
//! assert_eq!(quotes[0].content(), [Span::new(3, 32)]);
//! assert_eq!(quotes[0].speaker_span(), Some(Span::new(49, 65)));
//! // `Il` is resolved to the person named before.
//! assert_eq!(quotes[1].kind(), QuoteKind::Indirect);
//! assert_eq!(quotes[1].as_strs(), ["l'OTAN restait unie"]);
//! assert_eq!(quotes[1].speaker().map(|s| s.name()), Some("Jens Stoltenberg"));
//! assert_eq!(analysis.quotes_per_speaker(), [(Some("Jens Stoltenberg".to_string()), 2)]);
//! ```
//!
//! ## Byte offsets
//!
//! Every span ([`Span`]) is a half-open range of UTF-8 **byte** offsets into
//! the text exactly as it was given: never into a normalised copy, always on
//! `char` boundaries, so `&text[span]` never panics. Matching happens on a
//! folded copy of the text ([`normalize::Folded`]: lower case, no accents, one
//! apostrophe, hyphens as spaces) and is reported through an offset map, so
//! text in NFD, with typographic apostrophes or non-breaking spaces, gives
//! the same results as plain NFC text, at its own offsets.
//!
//! ## Errors
//!
//! Analysing text never fails and never panics, whatever the input. Only
//! building objects from user input can fail, with an [`Error`] that says
//! `FILE:LINE:COLUMN: what is wrong`.
//!
//! ## Performance
//!
//! Build a [`Tokenizer`], [`Tagger`] or [`Gazetteer`] once and share it
//! (clones share the same data through an `Arc`). The built-in gazetteer is
//! parsed and compiled on first use (tens of milliseconds) and cached for the
//! process. Tokenizing is one linear pass; tagging is one anchored automaton
//! walk per token that may start an alias plus linear rules. What the tagger
//! learns from a word alone is kept in a per-thread memo (4 MB per thread
//! and tagger, for the two taggers a thread used last), so a repeated word costs one table
//! lookup; in a [`Pipeline`] the memo also keeps what the quote extractor
//! needs of each word, so use a pipeline rather than the components one by
//! one when you want quotes. Each thread that analyses also keeps its
//! per-document buffers for the next document (those of documents up to
//! 1 MB of text or 64 K tokens). See README.md for measured throughput.
//!
//! ## Crate features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for the owned types and
//!   JSON-lines gazetteer files ([`GazetteerBuilder::jsonl`]).
#![deny(missing_docs)]

mod error;
pub mod gazetteer;
mod hash;
mod memo;
pub mod normalize;
pub mod pipeline;
pub mod quote;
mod span;
pub mod tag;
pub mod tokenize;

pub use error::Error;
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder, Label};
pub use pipeline::{Analysis, Pipeline, PipelineBuilder};
pub use quote::{Quote, QuoteExtractor, QuoteKind, Resolution, Speaker};
pub use span::Span;
pub use tag::{Entity, Gender, Source, Tagger};
pub use tokenize::{Sentence, Token, TokenKind, Tokenizer};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
