//! Integration tests: one binary, one module per component.
mod quote;
mod tag;
mod tokenize;
