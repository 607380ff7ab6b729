//! The crate's error type.

use core::fmt;

/// An error loading or building a gazetteer.
///
/// It says where the input is wrong (`FILE:LINE:COLUMN`) and what is wrong.
/// Analysing text never fails; only building objects from user input does.
///
/// ```
/// use politext::Gazetteer;
///
/// let err = Gazetteer::builder().tsv("local.tsv", "Q1\tXYZ\tParis\n").unwrap_err();
/// assert_eq!(err.to_string(), "local.tsv:1:4: unknown label \"XYZ\" (expected PER, ORG, LOC or MISC)");
/// assert_eq!(err.line(), Some(1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl Error {
    pub(crate) fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Error {
        Error {
            file: file.to_string(),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }

    pub(crate) fn io(file: &str, message: impl Into<String>) -> Error {
        Error {
            file: file.to_string(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// The file (or source name) the error is about.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The 1-based line, when the error is about one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column (in characters), when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", self.file, l, c, self.message),
            (Some(l), None) => write!(f, "{}:{}: {}", self.file, l, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for Error {}
