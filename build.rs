//! Embeds the built-in gazetteer: every `data/gazetteer/*.tsv` file and the
//! given-name list, as `include_str!`s listed in `$OUT_DIR/builtin.rs`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tsv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut src = String::from(
        "/// The built-in gazetteer files: (name, contents).\npub(crate) static FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
        writeln!(
            src,
            "    ({f:?}, include_str!({:?})),",
            dir.join(f).display().to_string()
        )
        .unwrap();
    }
    src.push_str("];\n");
    let given = dir.join("given_names.txt");
    println!("cargo:rerun-if-changed={}", given.display());
    if given.exists() {
        writeln!(
            src,
            "/// INSEE given names.\npub(crate) static GIVEN_NAMES: &str = include_str!({:?});",
            given.display().to_string()
        )
        .unwrap();
    } else {
        src.push_str("/// INSEE given names (missing at build time).\npub(crate) static GIVEN_NAMES: &str = \"\";\n");
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin.rs");
    std::fs::write(out, src).unwrap();
}
