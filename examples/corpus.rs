//! Analyse a corpus in parallel: a directory of `.txt` files (subdirectories
//! included; ids are paths relative to it, without `.txt`) or a JSON-lines
//! file (`{"id": …, "text": …}` per line), in order, with constant memory.
//!
//! ```text
//! cargo run --release --example corpus -- ../shared/corpus/wikinews-2016 -o out/corpus.jsonl
//! cargo run --release --example corpus -- in.jsonl -o out.jsonl --threads 2 --gazetteer local.tsv
//! ```
//!
//! Options: `-o FILE` (default: stdout), `--threads N` (default: all cores),
//! `--gazetteer FILE` (repeatable), `--max-bytes N` (larger documents get an
//! error record; default 16 MiB), `--strict` (exit 1 if any document
//! failed), `--quiet` (no progress bar).
//!
//! Each output line is `{"id", "entities", "quotes"}` (the EVAL.md shapes),
//! or `{"id", "error"}`. A summary goes to stderr: documents, errors, MB/s,
//! the 20 most quoted speakers and the 20 most named entities.

use std::collections::HashMap;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
mod common;

use common::salvage_id;
use politext::Pipeline;

/// Documents are parsed, analysed and serialised on the worker threads and
/// their buffers freed on the writer's: glibc's allocator then spends a
/// tenth of the run on locking and consolidating. mimalloc keeps
/// per-thread free lists.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use rayon::prelude::*;
use serde::Serialize;

/// Documents analysed together; bounds memory whatever the corpus size.
const BATCH: usize = 4096;
/// A batch also ends once it holds this many bytes of text, so that memory
/// stays bounded whatever the documents' sizes.
const BATCH_BYTES: usize = 16 << 20;

struct Options {
    input: PathBuf,
    output: Option<PathBuf>,
    threads: Option<usize>,
    gazetteers: Vec<PathBuf>,
    max_bytes: usize,
    strict: bool,
    quiet: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options {
        input: PathBuf::new(),
        output: None,
        threads: None,
        gazetteers: Vec::new(),
        max_bytes: 16 << 20,
        strict: false,
        quiet: false,
    };
    let mut input = None;
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-o" | "--output" => o.output = Some(PathBuf::from(value("-o")?)),
            "--threads" => {
                o.threads = Some(
                    value("--threads")?
                        .parse()
                        .map_err(|e| format!("--threads: {e}"))?,
                )
            }
            "--gazetteer" => o.gazetteers.push(PathBuf::from(value("--gazetteer")?)),
            "--max-bytes" => {
                o.max_bytes = value("--max-bytes")?
                    .parse()
                    .map_err(|e| format!("--max-bytes: {e}"))?
            }
            "--strict" => o.strict = true,
            "--quiet" => o.quiet = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => input = Some(PathBuf::from(s)),
        }
    }
    o.input = input.ok_or("missing input (a directory of .txt files or a .jsonl file)")?;
    Ok(o)
}

/// One input document: its id and its text, or why it cannot be read.
struct Doc {
    id: serde_json::Value,
    text: Result<String, String>,
}

/// A document as read: a file already read, or a JSON line not yet
/// parsed (parsing runs in the worker threads, not in the reader).
enum Input {
    Doc(Doc),
    Line { lineno: usize, line: Vec<u8> },
}

impl Input {
    /// The document, parsing a JSON line.
    fn into_doc(self, max_bytes: usize) -> Doc {
        let (lineno, line) = match self {
            Input::Doc(d) => return d,
            Input::Line { lineno, line } => (lineno, line),
        };
        match std::str::from_utf8(&line) {
            Err(e) => Doc {
                id: salvage_id(&line),
                text: Err(format!("line {lineno}: invalid UTF-8: {e}")),
            },
            Ok(s) => match serde_json::from_str::<JsonDoc>(s) {
                Ok(d) if d.text.len() > max_bytes => Doc {
                    id: d.id,
                    text: Err(format!(
                        "line {lineno}: document over the limit of {max_bytes} bytes"
                    )),
                },
                Ok(d) => Doc {
                    id: d.id,
                    text: Ok(d.text),
                },
                Err(e) => Doc {
                    id: salvage_id(line.trim_ascii_end()),
                    text: Err(format!("line {lineno}: malformed JSON: {e}")),
                },
            },
        }
    }
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// Streams documents from a directory (sorted file names) or a JSON-lines
/// file, one batch at a time.
enum Source {
    /// The `.txt` files under a directory, and that directory (ids are
    /// paths relative to it, without `.txt`).
    Files(std::vec::IntoIter<PathBuf>, PathBuf),
    Lines {
        reader: io::BufReader<std::fs::File>,
        lineno: usize,
    },
}

/// The `.txt` files in `dir` and its subdirectories (symbolic links to
/// directories are not followed; at most 32 levels down).
fn txt_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        if e.file_type()?.is_dir() {
            if depth < 32 {
                txt_files(&p, depth + 1, out)?;
            }
        } else if p.extension().is_some_and(|x| x == "txt") && p.is_file() {
            out.push(p);
        }
    }
    Ok(())
}

impl Source {
    fn open(path: &Path) -> io::Result<(Source, Option<u64>)> {
        if path.is_dir() {
            let mut files = Vec::new();
            txt_files(path, 0, &mut files)?;
            files.sort();
            if files.is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("no .txt file in {} or its subdirectories", path.display()),
                ));
            }
            let n = files.len() as u64;
            Ok((
                Source::Files(files.into_iter(), path.to_path_buf()),
                Some(n),
            ))
        } else {
            let f = std::fs::File::open(path)?;
            Ok((
                Source::Lines {
                    reader: io::BufReader::with_capacity(1 << 16, f),
                    lineno: 0,
                },
                None,
            ))
        }
    }

    fn next_batch(&mut self, max_bytes: usize) -> io::Result<Vec<Input>> {
        let mut batch = Vec::with_capacity(BATCH);
        let mut held = 0;
        while batch.len() < BATCH && held < BATCH_BYTES {
            match self {
                Source::Files(it, root) => {
                    let Some(p) = it.next() else { break };
                    // `wikinews-2016/2016_01_01-001` for a file in a
                    // subdirectory, the file stem for one at the top.
                    let rel = p.strip_prefix(&*root).unwrap_or(&p).with_extension("");
                    let id = serde_json::Value::String(
                        rel.components()
                            .map(|c| c.as_os_str().to_string_lossy())
                            .collect::<Vec<_>>()
                            .join("/"),
                    );
                    let text = match std::fs::metadata(&p) {
                        Ok(m) if m.len() as usize > max_bytes => Err(format!(
                            "document of {} bytes is over the limit of {max_bytes}",
                            m.len()
                        )),
                        _ => std::fs::read(&p).map_err(|e| e.to_string()).and_then(|b| {
                            String::from_utf8(b)
                                .map_err(|e| format!("invalid UTF-8: {}", e.utf8_error()))
                        }),
                    };
                    held += text.as_ref().map_or(0, String::len);
                    batch.push(Input::Doc(Doc { id, text }));
                }
                Source::Lines { reader, lineno } => {
                    let mut line = Vec::new();
                    // Read at most max_bytes + a margin of one line; skip the rest.
                    let n = reader
                        .by_ref()
                        .take(max_bytes as u64 + 1024)
                        .read_until(b'\n', &mut line)?;
                    if n == 0 {
                        break;
                    }
                    *lineno += 1;
                    if !line.ends_with(b"\n") && line.len() >= max_bytes + 1024 {
                        // Too long: drain the rest of the line.
                        let mut sink = Vec::new();
                        loop {
                            sink.clear();
                            let k = reader.by_ref().take(1 << 20).read_until(b'\n', &mut sink)?;
                            if k == 0 || sink.ends_with(b"\n") {
                                break;
                            }
                        }
                        batch.push(Input::Doc(Doc {
                            id: salvage_id(&line),
                            text: Err(format!(
                                "line {lineno}: document over the limit of {max_bytes} bytes"
                            )),
                        }));
                        continue;
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    held += line.len();
                    batch.push(Input::Line {
                        lineno: *lineno,
                        line,
                    });
                }
            }
        }
        Ok(batch)
    }
}

#[derive(Serialize)]
struct OutOk<'a> {
    id: &'a serde_json::Value,
    entities: &'a [politext::pipeline::EntityRecord],
    quotes: &'a [politext::pipeline::QuoteRecord],
}

/// What one document gives: its output line and what the summary counts.
struct Done {
    line: Vec<u8>,
    bytes: usize,
    error: bool,
    speakers: Vec<String>,
    entities: Vec<(String, String)>,
}

/// What the run has written and counted so far.
#[derive(Default)]
struct Tally {
    docs: usize,
    errors: usize,
    bytes: usize,
    speakers: HashMap<String, usize>,
    entities: HashMap<(String, String), usize>,
}

impl Tally {
    /// Writes the output lines of `done`, in order, and counts them.
    fn add(&mut self, out: &mut dyn Write, done: Vec<Done>) -> io::Result<()> {
        for d in done {
            out.write_all(&d.line)?;
            out.write_all(b"\n")?;
            self.docs += 1;
            self.bytes += d.bytes;
            if d.error {
                self.errors += 1;
            }
            for s in d.speakers {
                *self.speakers.entry(s).or_insert(0) += 1;
            }
            for e in d.entities {
                *self.entities.entry(e).or_insert(0) += 1;
            }
        }
        Ok(())
    }
}

fn process(pipeline: &Pipeline, doc: &Doc) -> Done {
    match &doc.text {
        Err(msg) => {
            let line = serde_json::to_vec(&serde_json::json!({"id": doc.id, "error": msg}))
                .unwrap_or_default();
            Done {
                line,
                bytes: 0,
                error: true,
                speakers: Vec::new(),
                entities: Vec::new(),
            }
        }
        Ok(text) => {
            let a = pipeline.analyze(text);
            let r = a.to_record();
            let line = serde_json::to_vec(&OutOk {
                id: &doc.id,
                entities: &r.entities,
                quotes: &r.quotes,
            })
            .unwrap_or_default();
            Done {
                line,
                bytes: text.len(),
                error: false,
                speakers: r
                    .quotes
                    .iter()
                    .filter_map(|q| q.speaker_entity.clone())
                    .collect(),
                entities: r
                    .entities
                    .iter()
                    .filter(|e| e.label != "MISC")
                    .map(|e| (e.text.clone(), e.label.clone()))
                    .collect(),
            }
        }
    }
}

fn top<K: Clone + Ord>(map: &HashMap<K, usize>, n: usize) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = map.iter().map(|(k, &c)| (k.clone(), c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn run(o: &Options) -> Result<usize, String> {
    if let Some(n) = o.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| e.to_string())?;
    }
    let load = Instant::now();
    let mut b = Pipeline::builder();
    for g in &o.gazetteers {
        b.gazetteer_file(g);
    }
    let pipeline = b.build().map_err(|e| e.to_string())?;
    let load = load.elapsed().as_secs_f64();
    // The throughput counts reading, analysing and writing, not the
    // one-off pipeline build (reported apart).
    let start = Instant::now();
    let (mut source, total) =
        Source::open(&o.input).map_err(|e| format!("{}: {e}", o.input.display()))?;
    let bar = if o.quiet {
        ProgressBar::hidden()
    } else {
        match total {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        }
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} docs {per_sec} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut out: Box<dyn Write + Send> = match &o.output {
        Some(p) => Box::new(BufWriter::with_capacity(
            1 << 16,
            std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
    };
    let mut tally = Tally::default();
    let mut batch = source.next_batch(o.max_bytes).map_err(|e| e.to_string())?;
    let mut pending: Vec<Done> = Vec::new();
    while !batch.is_empty() || !pending.is_empty() {
        // Three things at once: the previous batch is written and counted,
        // this one analysed, the next one read. `collect` on an indexed
        // parallel iterator keeps the input order.
        let max_bytes = o.max_bytes;
        let to_write = std::mem::take(&mut pending);
        let to_analyse = std::mem::take(&mut batch);
        let more = !to_analyse.is_empty();
        let (written, (next, done)) = rayon::join(
            || tally.add(&mut out, to_write),
            || {
                rayon::join(
                    || {
                        if more {
                            source.next_batch(max_bytes)
                        } else {
                            Ok(Vec::new())
                        }
                    },
                    || -> Vec<Done> {
                        to_analyse
                            .into_par_iter()
                            .map(|input| process(&pipeline, &input.into_doc(max_bytes)))
                            .collect()
                    },
                )
            },
        );
        written.map_err(|e| e.to_string())?;
        batch = next.map_err(|e| e.to_string())?;
        pending = done;
        bar.set_position(tally.docs as u64);
        bar.set_message(format!("{} errors", tally.errors));
    }
    let Tally {
        docs,
        errors,
        bytes,
        speakers,
        entities,
    } = tally;
    out.flush().map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "corpus: {docs} documents, {errors} errors, {:.2} MB in {secs:.2} s: {:.1} MB/s on {} threads (pipeline built in {:.0} ms)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9),
        rayon::current_num_threads(),
        load * 1e3
    );
    eprintln!("most quoted speakers:");
    for (s, n) in top(&speakers, 20) {
        eprintln!("  {n:>6}  {s}");
    }
    eprintln!("most named entities:");
    for ((name, label), n) in top(&entities, 20) {
        eprintln!("  {n:>6}  {name} ({label})");
    }
    Ok(errors)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("corpus: {msg}");
            }
            eprintln!(
                "usage: corpus DIR|FILE.jsonl [-o OUT.jsonl] [--threads N] [--gazetteer FILE]… [--max-bytes N] [--strict] [--quiet]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&o) {
        Ok(errors) if errors > 0 && o.strict => ExitCode::FAILURE,
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
