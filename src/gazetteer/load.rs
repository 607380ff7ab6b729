//! Parsing gazetteer files: TSV and JSON lines.

use super::entry::{Entry, Label};
use crate::error::Error;

/// 1-based column (in characters) of byte offset `at` in `line`.
fn column(line: &str, at: usize) -> usize {
    line[..at.min(line.len())].chars().count() + 1
}

/// Parses the TSV format:
/// `id<TAB>label<TAB>name[<TAB>alias|alias…][<TAB>key=value…]`,
/// `#` comments and blank lines skipped. All or nothing.
pub(crate) fn parse_tsv(file: &str, text: &str) -> Result<Vec<Entry>, Error> {
    let mut out = Vec::new();
    let mut fields: Vec<(usize, &str)> = Vec::with_capacity(16);
    // Fields are cut with a byte loop (`\t` is ASCII, so every cut is a
    // char boundary): fields are short, and a `memchr` call per field
    // costs more than it saves.
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut lineno = 0;
    while line_start < bytes.len() {
        // Lines are long enough for `memchr` to pay.
        let line_end = text[line_start..]
            .find('\n')
            .map_or(bytes.len(), |p| line_start + p);
        let line = &text[line_start..line_end];
        line_start = line_end + 1;
        lineno += 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        fields.clear();
        let lb = line.as_bytes();
        let mut at = 0;
        loop {
            let end = lb[at..]
                .iter()
                .position(|&b| b == b'\t')
                .map_or(lb.len(), |p| at + p);
            fields.push((at, &line[at..end]));
            if end == lb.len() {
                break;
            }
            at = end + 1;
        }
        if fields.len() < 3 {
            return Err(Error::at(
                file,
                lineno,
                column(line, line.len()),
                format!(
                    "expected at least 3 tab-separated fields (id, label, name), found {}",
                    fields.len()
                ),
            ));
        }
        let (id_at, id) = fields[0];
        if id.trim().is_empty() || id.contains(char::is_whitespace) {
            return Err(Error::at(
                file,
                lineno,
                column(line, id_at),
                "the id is empty or contains white space",
            ));
        }
        let (label_at, label) = fields[1];
        let label: Label = label.parse().map_err(|_| {
            Error::at(
                file,
                lineno,
                column(line, label_at),
                format!("unknown label {label:?} (expected PER, ORG, LOC or MISC)"),
            )
        })?;
        let (name_at, name) = fields[2];
        if name.trim().is_empty() {
            return Err(Error::at(
                file,
                lineno,
                column(line, name_at),
                "the name is empty",
            ));
        }
        let mut entry = Entry::new(id, label, name.trim());
        let mut rest = &fields[3..];
        if let Some(&(_, aliases)) = rest.first() {
            if !aliases.as_bytes().contains(&b'=') {
                for a in aliases.split('|') {
                    entry.push_alias(a);
                }
                rest = &rest[1..];
            }
        }
        entry.reserve_attrs(rest.iter().map(|(_, kv)| kv.len() + 1).sum());
        for &(at, kv) in rest {
            if kv.is_empty() {
                continue;
            }
            let Some((k, v)) = super::entry::split_kv(kv) else {
                return Err(Error::at(
                    file,
                    lineno,
                    column(line, at),
                    format!("expected key=value, found {kv:?}"),
                ));
            };
            if k.is_empty() || k.contains(char::is_whitespace) {
                return Err(Error::at(
                    file,
                    lineno,
                    column(line, at),
                    format!("bad attribute key {k:?}"),
                ));
            }
            entry.push_attr(k, v);
        }
        out.push(entry);
    }
    Ok(out)
}

/// Parses JSON lines: `{"id": …, "label": …, "name": …, "aliases": […],
/// "attrs": {"key": "value" | ["v1", "v2"]}}`. All or nothing.
#[cfg(feature = "serde")]
pub(crate) fn parse_jsonl(file: &str, text: &str) -> Result<Vec<Entry>, Error> {
    use std::collections::BTreeMap;

    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Value {
        One(String),
        Many(Vec<String>),
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Line {
        id: String,
        label: String,
        name: String,
        #[serde(default)]
        aliases: Vec<String>,
        #[serde(default)]
        attrs: BTreeMap<String, Value>,
    }

    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let lineno = n + 1;
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let l: Line = serde_json::from_str(raw).map_err(|e| {
            Error::at(
                file,
                lineno,
                e.column().max(1),
                format!("invalid entry: {e}"),
            )
        })?;
        let label: Label = l.label.parse().map_err(|_| {
            let col = raw
                .find(&format!("\"{}\"", l.label))
                .map(|b| column(raw, b))
                .unwrap_or(1);
            Error::at(
                file,
                lineno,
                col,
                format!(
                    "unknown label {:?} (expected PER, ORG, LOC or MISC)",
                    l.label
                ),
            )
        })?;
        if l.id.trim().is_empty() || l.name.trim().is_empty() {
            return Err(Error::at(
                file,
                lineno,
                1,
                "the id and the name must not be empty",
            ));
        }
        let mut e = Entry::new(l.id.trim(), label, l.name.trim());
        for a in &l.aliases {
            e.push_alias(a);
        }
        for (k, v) in l.attrs {
            match v {
                Value::One(v) => e.push_attr(&k, &v),
                Value::Many(vs) => {
                    for v in vs {
                        e.push_attr(&k, &v);
                    }
                }
            }
        }
        out.push(e);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_ok() {
        let t = "# comment\nQ7184\tORG\tOTAN\tOrganisation du traité de l'Atlantique nord|NATO\tkind=intl_org\n\nQ90\tLOC\tParis\t\tkind=city\n";
        let es = parse_tsv("t.tsv", t).unwrap();
        assert_eq!(es.len(), 2);
        assert_eq!(es[0].aliases().count(), 3);
        assert_eq!(es[0].kind(), Some("intl_org"));
        assert_eq!(es[1].kind(), Some("city"));
    }

    #[test]
    fn tsv_errors() {
        let e = parse_tsv("g.tsv", "Q1\tPER\tA\nQ2\tPER\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "g.tsv:2:7: expected at least 3 tab-separated fields (id, label, name), found 2"
        );
        let e = parse_tsv("g.tsv", "Q1\tPER\tA\talias\tnokey\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "g.tsv:1:16: expected key=value, found \"nokey\""
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn jsonl() {
        let t = r#"{"id":"Q1","label":"PER","name":"Jean Dupont","aliases":["Dupont"],"attrs":{"role":["maire","député"]}}"#;
        let es = parse_jsonl("g.jsonl", t).unwrap();
        assert_eq!(es[0].attrs("role").count(), 2);
        let e =
            parse_jsonl("g.jsonl", "{\"id\":\"Q1\",\"label\":\"X\",\"name\":\"a\"}").unwrap_err();
        assert_eq!(e.line(), Some(1));
        assert!(e.to_string().contains("unknown label"));
    }
}
