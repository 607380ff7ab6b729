//! Integration tests: one binary, one module per component.
mod tag;
mod quote;
mod tokenize;
