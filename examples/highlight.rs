//! Render one article as a self-contained HTML page: entities coloured by
//! label (hover for canonical name and id), quotes marked with their speaker.
//!
//! ```text
//! cargo run --release --example highlight -- seeds/000_1a8068a8a26e3f9a.txt -o out/seed.html
//! ```
//!
//! `scripts/render_html.sh out/seed.html out/seed.png` renders it in headless
//! Chromium to check it as a reader sees it.

use std::fmt::Write as _;
use std::process::ExitCode;

use politext::{Label, Pipeline};

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

const STYLE: &str = r#"
body { font: 17px/1.6 Georgia, serif; max-width: 48em; margin: 2em auto; color: #222; }
h1 { font: 600 1.1em system-ui, sans-serif; color: #555; }
article { white-space: pre-wrap; }
.e { border-radius: 3px; padding: 0 2px; cursor: help; }
.PER { background: #ffd9a8; } .ORG { background: #bfe3ff; } .LOC { background: #c9f2c2; } .MISC { background: #e8e8e8; }
.q { text-decoration: underline 2px #b0387c; text-underline-offset: 4px; }
.who { font: 600 0.72em system-ui, sans-serif; color: #fff; background: #b0387c; border-radius: 3px;
       padding: 1px 5px; margin-left: 4px; vertical-align: 2px; white-space: nowrap; }
.legend span { margin-right: 1em; padding: 0 4px; border-radius: 3px; font: 0.85em system-ui, sans-serif; }
table { border-collapse: collapse; font: 0.9em system-ui, sans-serif; margin-top: 2em; }
td, th { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; }
"#;

fn render(title: &str, text: &str, pipeline: &Pipeline) -> String {
    let a = pipeline.analyze(text);
    // Cut the text at every boundary of an entity or a quote part.
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for e in a.entities() {
        cuts.extend([e.start(), e.end()]);
    }
    for q in a.quotes() {
        for s in q.content() {
            cuts.extend([s.start, s.end]);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Where each quote ends: its speaker badge goes there.
    let mut badges: Vec<(usize, String)> = a
        .quotes()
        .iter()
        .map(|q| {
            let who = q
                .speaker()
                .map(|s| s.canonical().to_string())
                .unwrap_or_else(|| "?".to_string());
            (
                q.content().last().map_or(q.end(), |s| s.end),
                format!("{who} · {}", q.kind()),
            )
        })
        .collect();
    badges.sort();

    let mut body = String::with_capacity(text.len() * 2);
    let (mut ei, mut bi) = (0, 0);
    let ents = a.entities();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        while ei < ents.len() && ents[ei].end() <= s {
            ei += 1;
        }
        let ent = ents.get(ei).filter(|x| x.start() <= s && e <= x.end());
        let quoted = a
            .quotes()
            .iter()
            .any(|q| q.content().iter().any(|c| c.start <= s && e <= c.end));
        if quoted {
            body.push_str("<span class=\"q\">");
        }
        if let Some(x) = ent {
            let mut tip = String::new();
            escape(
                &format!(
                    "{} · {} · {}",
                    x.name(),
                    x.label(),
                    x.id().unwrap_or("no id")
                ),
                &mut tip,
            );
            let _ = write!(body, "<span class=\"e {}\" title=\"{tip}\">", x.label());
        }
        escape(&text[s..e], &mut body);
        if ent.is_some() {
            body.push_str("</span>");
        }
        if quoted {
            body.push_str("</span>");
        }
        while bi < badges.len() && badges[bi].0 == e {
            body.push_str("<span class=\"who\">");
            escape(&badges[bi].1, &mut body);
            body.push_str("</span>");
            bi += 1;
        }
    }

    let mut rows = String::new();
    for c in a
        .mentions_per_entity()
        .iter()
        .filter(|c| c.label != Label::Misc)
    {
        let mut name = String::new();
        escape(&c.name, &mut name);
        let _ = write!(
            rows,
            "<tr><td><span class=\"e {}\">{name}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.label,
            c.label,
            c.id.as_deref().unwrap_or("—"),
            c.count
        );
    }
    let mut t = String::new();
    escape(title, &mut t);
    format!(
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{t}</title><style>{STYLE}</style></head>\n<body><h1>{t} — {} entités, {} citations</h1>\n<p class=\"legend\"><span class=\"PER\">personne</span><span class=\"ORG\">organisation</span><span class=\"LOC\">lieu</span><span class=\"q\">citation</span></p>\n<article>{body}</article>\n<table><tr><th>entité</th><th>type</th><th>id</th><th>mentions</th></tr>{rows}</table>\n</body></html>\n",
        a.entities()
            .iter()
            .filter(|e| e.label() != Label::Misc)
            .count(),
        a.quotes().len()
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut input = None;
    let mut output = None;
    let mut gazetteers = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" => output = it.next().cloned(),
            "--gazetteer" => gazetteers.extend(it.next().cloned()),
            s => input = Some(s.to_string()),
        }
    }
    let (Some(input), Some(output)) = (input, output) else {
        eprintln!("usage: highlight FILE -o OUT.html [--gazetteer FILE]…");
        return ExitCode::from(2);
    };
    let mut b = Pipeline::builder();
    for g in &gazetteers {
        b.gazetteer_file(g);
    }
    let pipeline = match b.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("highlight: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("highlight: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let html = render(&input, &text, &pipeline);
    if let Err(e) = std::fs::write(&output, html) {
        eprintln!("highlight: {output}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("highlight: wrote {output}");
    ExitCode::SUCCESS
}
