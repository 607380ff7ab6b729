//! politext placeholder
#![deny(missing_docs)]

pub mod normalize;
mod span;
pub mod tokenize;

pub use span::Span;
pub use tokenize::{Sentence, Token, TokenKind, Tokenizer};
