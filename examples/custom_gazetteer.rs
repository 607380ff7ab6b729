//! Add local politicians from a TSV file to the built-in gazetteer and tag
//! a text with them.
//!
//! ```text
//! cargo run --release --example custom_gazetteer
//! cargo run --release --example custom_gazetteer -- my_people.tsv "Un texte à analyser."
//! ```

use std::process::ExitCode;

use politext::{Gazetteer, Tagger};

const DEFAULT_TSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/elus_locaux.tsv");
const DEFAULT_TEXT: &str = "À Trifouilly, la maire Aline Terrier a reçu l’Amicale des pêcheurs de Trifouilly (APT). \
Terrier a promis à Yannick Le Goff de saisir le ministère de l'Intérieur et l’Union européenne.";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let tsv = args.next().unwrap_or_else(|| DEFAULT_TSV.to_string());
    let text = args.next().unwrap_or_else(|| DEFAULT_TEXT.to_string());

    // The built-in gazetteer plus the user's entries; a bad line is refused
    // with FILE:LINE:COLUMN and nothing of the file is loaded.
    let mut builder = Gazetteer::builder();
    if let Err(e) = builder.file(&tsv) {
        eprintln!("custom_gazetteer: {e}");
        return ExitCode::from(2);
    }
    let gazetteer = match builder.build() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("custom_gazetteer: {e}");
            return ExitCode::from(2);
        }
    };
    println!("gazetteer: {} entries (built-in + {tsv})", gazetteer.len());
    let tagger = Tagger::with_gazetteer(gazetteer);
    for e in tagger.tag(&text) {
        let role = e.entry().and_then(|x| x.attr("role")).unwrap_or("");
        println!(
            "{:>4}..{:<4} {:<4} {:<36} {:<32} {:?} {role}",
            e.start(),
            e.end(),
            e.label().as_str(),
            e.as_str(),
            e.id().unwrap_or("-"),
            e.source()
        );
    }
    ExitCode::SUCCESS
}
