//! Analyse one article, or a JSON-lines stream (the evaluation contract).
//!
//! ```text
//! cargo run --release --example analyze -- FILE            # readable report
//! cargo run --release --example analyze -- FILE --json     # full JSON
//! cargo run --release --example analyze -- --jsonl < in.jsonl > out.jsonl
//! ```
//!
//! Options: `--gazetteer FILE` (repeatable; TSV, or JSON lines for
//! `.jsonl`) merges user entries with the built-in gazetteer; with
//! `--jsonl`, `--max-bytes N` refuses larger documents with an error record
//! (default 16 MiB; a line longer than that plus 1 KiB is not even read into
//! memory) and `--strict` exits 1 when any line failed; the count of lines
//! and errors goes to stderr.
//!
//! `--jsonl` reads `{"id": …, "text": "…"}` per line and writes one line per
//! input line, in order, with UTF-8 byte offsets (see ../shared/EVAL.md).
//! A malformed line gives `{"id": …, "error": "…"}` and the run goes on.

use std::borrow::Cow;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

mod common;

use common::salvage_id;
use politext::{Label, Pipeline, Quote, Span};
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct Doc<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// Appends `n` in decimal: the JSONL output is mostly offsets, and
/// `write!` through `fmt` costs several times more per number.
fn push_num(buf: &mut Vec<u8>, mut n: usize) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&tmp[i..]);
}

/// Appends `[start,end]`.
fn push_span(buf: &mut Vec<u8>, s: Span) {
    buf.push(b'[');
    push_num(buf, s.start);
    buf.push(b',');
    push_num(buf, s.end);
    buf.push(b']');
}

/// Appends `[[s,e],…]`.
fn push_spans(buf: &mut Vec<u8>, spans: impl Iterator<Item = Span>) {
    buf.push(b'[');
    for (i, s) in spans.enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        push_span(buf, s);
    }
    buf.push(b']');
}

/// Appends a JSON string.
fn push_str(buf: &mut Vec<u8>, s: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *buf, s).map_err(io::Error::other)
}

/// `[{"type","content":[[s,e],…],"cue","speaker","speaker_entity","speaker_id","speaker_resolution"}…]`
fn write_quotes(buf: &mut Vec<u8>, quotes: &[Quote<'_>]) -> io::Result<()> {
    buf.push(b'[');
    for (i, q) in quotes.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"type\":\"");
        buf.extend_from_slice(q.kind().as_str().as_bytes());
        buf.extend_from_slice(b"\",\"content\":");
        push_spans(buf, q.content().iter().copied());
        for (key, span) in [
            (&b",\"cue\":"[..], q.cue()),
            (b",\"speaker\":", q.speaker_span()),
        ] {
            buf.extend_from_slice(key);
            match span {
                Some(s) => push_span(buf, s),
                None => buf.extend_from_slice(b"null"),
            }
        }
        buf.extend_from_slice(b",\"speaker_entity\":");
        match q.speaker() {
            Some(s) => push_str(buf, s.name())?,
            None => buf.extend_from_slice(b"null"),
        }
        buf.extend_from_slice(b",\"speaker_id\":");
        match q.speaker().and_then(|s| s.id()) {
            Some(id) => push_str(buf, id)?,
            None => buf.extend_from_slice(b"null"),
        }
        buf.extend_from_slice(b",\"speaker_resolution\":");
        match q.speaker() {
            Some(s) => push_str(buf, s.resolution().as_str())?,
            None => buf.extend_from_slice(b"null"),
        }
        buf.push(b'}');
    }
    buf.push(b']');
    Ok(())
}

fn jsonl(pipeline: &Pipeline, max_bytes: usize) -> io::Result<(usize, usize)> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut reader = io::BufReader::with_capacity(1 << 16, stdin);
    let mut lineno = 0usize;
    let mut errors = 0usize;
    // A line longer than this is refused without being read into memory.
    let line_limit = max_bytes.saturating_add(1024);
    loop {
        line.clear();
        if (&mut reader)
            .take(line_limit as u64 + 1)
            .read_until(b'\n', &mut line)?
            == 0
        {
            break;
        }
        lineno += 1;
        let too_long = !line.ends_with(b"\n") && line.len() > line_limit;
        if too_long {
            // Drain the rest of the line, a bounded chunk at a time.
            let mut sink = Vec::new();
            loop {
                sink.clear();
                let k = (&mut reader).take(1 << 20).read_until(b'\n', &mut sink)?;
                if k == 0 || sink.ends_with(b"\n") {
                    break;
                }
            }
        }
        let raw = line.strip_suffix(b"\n").unwrap_or(&line);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let doc: Result<Doc<'_>, String> = if too_long {
            Err(format!(
                "line of more than {line_limit} bytes: document over the limit of {max_bytes}"
            ))
        } else {
            Ok(raw)
        }
        .and_then(|raw| std::str::from_utf8(raw).map_err(|e| format!("invalid UTF-8: {e}")))
        .and_then(|s| serde_json::from_str(s).map_err(|e| format!("malformed JSON: {e}")))
        .and_then(|d: Doc<'_>| {
            if d.text.len() > max_bytes {
                Err(format!(
                    "document of {} bytes is over the limit of {max_bytes}",
                    d.text.len()
                ))
            } else {
                Ok(d)
            }
        });
        let doc = match doc {
            Ok(d) => d,
            Err(msg) => {
                errors += 1;
                eprintln!("line {lineno}: {msg}");
                let id = salvage_id(raw);
                serde_json::to_writer(&mut out, &serde_json::json!({"id": id, "error": msg}))?;
                out.write_all(b"\n")?;
                continue;
            }
        };
        let text: &str = &doc.text;
        let a = pipeline.analyze(text);
        let (tokens, sentences) = (a.tokens(), a.sentences());
        // The whole output line is built in one buffer, then written once.
        buf.clear();
        buf.extend_from_slice(b"{\"id\":");
        match doc.id {
            Some(id) => buf.extend_from_slice(id.get().as_bytes()),
            None => buf.extend_from_slice(b"null"),
        }
        buf.extend_from_slice(b",\"tokens\":");
        push_spans(&mut buf, tokens.iter().map(|t| t.span()));
        buf.extend_from_slice(b",\"sentences\":");
        push_spans(&mut buf, sentences.iter().map(|s| s.span()));
        buf.extend_from_slice(b",\"entities\":[");
        for (i, e) in a.entities().iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            buf.extend_from_slice(b"{\"start\":");
            push_num(&mut buf, e.start());
            buf.extend_from_slice(b",\"end\":");
            push_num(&mut buf, e.end());
            buf.extend_from_slice(b",\"label\":\"");
            buf.extend_from_slice(e.label().as_str().as_bytes());
            buf.extend_from_slice(b"\",\"id\":");
            match e.id() {
                Some(id) => push_str(&mut buf, id)?,
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b",\"text\":");
            push_str(&mut buf, e.name())?;
            buf.push(b'}');
        }
        buf.extend_from_slice(b"],\"quotes\":");
        write_quotes(&mut buf, a.quotes())?;
        buf.extend_from_slice(b"}\n");
        out.write_all(&buf)?;
    }
    out.flush()?;
    Ok((lineno, errors))
}

/// The readable report: sizes, entities grouped by entity, quotes with
/// their speakers.
fn report(pipeline: &Pipeline, path: &str, text: &str) {
    let a = pipeline.analyze(text);
    println!(
        "{path}: {} bytes, {} tokens, {} sentences, {} entity mentions, {} quotes",
        text.len(),
        a.tokens().len(),
        a.sentences().len(),
        a.entities().len(),
        a.quotes().len()
    );
    println!("\nEntities (mentions):");
    for c in a.mentions_per_entity() {
        if c.label == Label::Misc {
            continue;
        }
        let id = c.id.as_deref().unwrap_or("-");
        println!("  {:>3} × {:<40} {} {}", c.count, c.name, c.label, id);
    }
    println!("\nQuotes:");
    for q in a.quotes() {
        let speaker = q
            .speaker()
            .map(|s| s.canonical().to_string())
            .unwrap_or_else(|| "(unknown)".into());
        let body = q.as_strs().join(" […] ");
        let body: String = if body.chars().count() > 160 {
            body.chars().take(157).chain("...".chars()).collect()
        } else {
            body
        };
        println!("  [{}] {speaker} — « {body} »", q.kind());
    }
    println!("\nQuotes per speaker:");
    for (s, n) in a.quotes_per_speaker() {
        println!("  {n:>3} × {}", s.as_deref().unwrap_or("(unknown)"));
    }
}

struct Options {
    path: Option<String>,
    jsonl: bool,
    json: bool,
    strict: bool,
    max_bytes: usize,
    gazetteers: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        path: None,
        jsonl: false,
        json: false,
        strict: false,
        max_bytes: 16 << 20,
        gazetteers: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--json" => o.json = true,
            "--strict" => o.strict = true,
            "--gazetteer" => o
                .gazetteers
                .push(args.next().ok_or("--gazetteer needs a file")?),
            "--max-bytes" => {
                o.max_bytes = args
                    .next()
                    .ok_or("--max-bytes needs a number")?
                    .parse()
                    .map_err(|e| format!("--max-bytes: {e}"))?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => o.path = Some(s.to_string()),
        }
    }
    if !o.jsonl && o.path.is_none() {
        return Err("missing FILE".into());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("analyze: {e}");
            eprintln!(
                "usage: analyze FILE [--json] [--gazetteer FILE]… | analyze --jsonl [--gazetteer FILE]… [--max-bytes N] [--strict] < in.jsonl > out.jsonl"
            );
            return ExitCode::from(2);
        }
    };
    let mut b = Pipeline::builder();
    for g in &o.gazetteers {
        b.gazetteer_file(g);
    }
    let pipeline = match b.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("analyze: {e}");
            return ExitCode::from(2);
        }
    };
    if o.jsonl {
        return match jsonl(&pipeline, o.max_bytes) {
            Ok((lines, errors)) => {
                eprintln!("analyze: {lines} lines, {errors} errors");
                if errors > 0 && o.strict {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => {
                eprintln!("analyze: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let path = o.path.unwrap_or_default();
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "analyze: {path}: invalid UTF-8 at byte {}",
                    e.utf8_error().valid_up_to()
                );
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("analyze: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if o.json {
        let record = pipeline.analyze(&text).to_record();
        let out = io::stdout().lock();
        if let Err(e) =
            serde_json::to_writer_pretty(out, &serde_json::json!({"id": path, "analysis": record}))
        {
            eprintln!("analyze: {e}");
            return ExitCode::FAILURE;
        }
        println!();
    } else {
        report(&pipeline, &path, &text);
    }
    ExitCode::SUCCESS
}
