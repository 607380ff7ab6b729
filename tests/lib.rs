//! Integration tests: one binary, one module per component.
mod quote;
mod robust;
mod tag;
mod tokenize;
