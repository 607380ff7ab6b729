//! Analyse one article, or a JSON-lines stream (the evaluation contract).
//!
//! ```text
//! cargo run --release --example analyze -- FILE          # readable report
//! cargo run --release --example analyze -- --jsonl < in.jsonl > out.jsonl
//! ```
//!
//! `--jsonl` reads `{"id": …, "text": "…"}` per line and writes one line per
//! input line, in order, with UTF-8 byte offsets (see ../shared/EVAL.md).
//! A malformed line gives `{"id": …, "error": "…"}` and the run goes on.

use std::borrow::Cow;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use politext::{Quote, QuoteExtractor, Span, Tagger, Tokenizer};
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct Doc<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

fn write_spans(out: &mut impl Write, spans: impl Iterator<Item = Span>) -> io::Result<()> {
    out.write_all(b"[")?;
    for (i, s) in spans.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write!(out, "[{},{}]", s.start, s.end)?;
    }
    out.write_all(b"]")
}

/// `[{"type","content":[[s,e],…],"cue","speaker","speaker_entity","speaker_id"}…]`
fn write_quotes(out: &mut impl Write, quotes: &[Quote<'_>]) -> io::Result<()> {
    out.write_all(b"[")?;
    for (i, q) in quotes.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write!(out, "{{\"type\":\"{}\",\"content\":", q.kind())?;
        write_spans(out, q.content().iter().copied())?;
        for (key, span) in [("cue", q.cue()), ("speaker", q.speaker_span())] {
            match span {
                Some(s) => write!(out, ",\"{key}\":[{},{}]", s.start, s.end)?,
                None => write!(out, ",\"{key}\":null")?,
            }
        }
        out.write_all(b",\"speaker_entity\":")?;
        match q.speaker() {
            Some(s) => serde_json::to_writer(&mut *out, s.name())?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\"speaker_id\":")?;
        match q.speaker().and_then(|s| s.id()) {
            Some(id) => serde_json::to_writer(&mut *out, id)?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b"}")?;
    }
    out.write_all(b"]")
}

fn jsonl(tok: &Tokenizer, tagger: &Tagger, quoter: &QuoteExtractor) -> io::Result<usize> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = Vec::new();
    let mut reader = io::BufReader::with_capacity(1 << 16, stdin);
    let mut lineno = 0usize;
    let mut errors = 0usize;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        lineno += 1;
        let raw = line.strip_suffix(b"\n").unwrap_or(&line);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let doc: Result<Doc<'_>, String> = std::str::from_utf8(raw)
            .map_err(|e| format!("invalid UTF-8: {e}"))
            .and_then(|s| serde_json::from_str(s).map_err(|e| format!("malformed JSON: {e}")));
        let doc = match doc {
            Ok(d) => d,
            Err(msg) => {
                errors += 1;
                eprintln!("line {lineno}: {msg}");
                // Recover the id when the line is JSON with an id.
                let id = std::str::from_utf8(raw)
                    .ok()
                    .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or(serde_json::Value::Null);
                serde_json::to_writer(&mut out, &serde_json::json!({"id": id, "error": msg}))?;
                out.write_all(b"\n")?;
                continue;
            }
        };
        let text: &str = &doc.text;
        let tokens = tok.tokenize(text);
        let sentences = tok.sentences(text, &tokens);
        out.write_all(b"{\"id\":")?;
        match doc.id {
            Some(id) => out.write_all(id.get().as_bytes())?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\"tokens\":")?;
        write_spans(&mut out, tokens.iter().map(|t| t.span()))?;
        out.write_all(b",\"sentences\":")?;
        write_spans(&mut out, sentences.iter().map(|s| s.span()))?;
        let entities = tagger.tag_tokens(text, &tokens, &sentences);
        out.write_all(b",\"entities\":[")?;
        for (i, e) in entities.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            write!(
                out,
                "{{\"start\":{},\"end\":{},\"label\":\"{}\",\"id\":",
                e.start(),
                e.end(),
                e.label()
            )?;
            match e.id() {
                Some(id) => serde_json::to_writer(&mut out, id)?,
                None => out.write_all(b"null")?,
            }
            out.write_all(b",\"text\":")?;
            serde_json::to_writer(&mut out, e.name())?;
            out.write_all(b"}")?;
        }
        let quotes = quoter.extract(text, &tokens, &sentences, &entities);
        out.write_all(b"],\"quotes\":")?;
        write_quotes(&mut out, &quotes)?;
        out.write_all(b"}\n")?;
    }
    out.flush()?;
    Ok(errors)
}

fn report(tok: &Tokenizer, path: &str) -> io::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let tokens = tok.tokenize(&text);
    let sentences = tok.sentences(&text, &tokens);
    println!(
        "{path}: {} bytes, {} tokens, {} sentences",
        text.len(),
        tokens.len(),
        sentences.len()
    );
    for (i, s) in sentences.iter().enumerate() {
        println!("[{i:>3}] {:>6}..{:<6} {}", s.start(), s.end(), s.as_str());
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tok = Tokenizer::new();
    if args.iter().any(|a| a == "--jsonl") {
        let tagger = Tagger::new();
        let quoter = QuoteExtractor::new();
        return match jsonl(&tok, &tagger, &quoter) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("analyze: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let Some(path) = args.first() else {
        eprintln!("usage: analyze FILE | analyze --jsonl < in.jsonl > out.jsonl");
        return ExitCode::from(2);
    };
    match report(&tok, path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("analyze: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
