//! politext placeholder
#![deny(missing_docs)]

mod error;
pub mod gazetteer;
pub mod normalize;
mod span;
pub mod tag;
pub mod tokenize;

pub use error::Error;
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder, Label};
pub use span::Span;
pub use tag::{Entity, Gender, Source, Tagger};
pub use tokenize::{Sentence, Token, TokenKind, Tokenizer};
