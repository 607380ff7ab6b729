//! Bench inputs: the seed article and the article corpus.

use std::path::PathBuf;

/// The seed article the project started from.
pub fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_1a8068a8a26e3f9a.txt"
    ))
    .expect("seeds/ is part of the repository")
}

/// The article corpus as one string per article: the `.txt` files under
/// `$POLITEXT_CORPUS`, else under `../shared/corpus` (its two parts,
/// `wikinews-2016` and `europarl-fr`, 1.22 MB: the corpus the issues set
/// their speed bars on), else the seed article repeated 200 times.
/// Returns a name for the bench too.
pub fn corpus() -> (String, Vec<String>) {
    let dir = std::env::var_os("POLITEXT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")));
    let mut files = Vec::new();
    txt_files(&dir, 0, &mut files);
    files.sort();
    let docs: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if docs.is_empty() {
        ("seed-x200".to_string(), vec![seed(); 200])
    } else {
        (
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            docs,
        )
    }
}

/// The `.txt` files in `dir` and its subdirectories (two levels down).
fn txt_files(dir: &std::path::Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for p in rd.filter_map(|e| e.ok()).map(|e| e.path()) {
        if p.is_dir() && depth < 2 {
            txt_files(&p, depth + 1, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// Total bytes of a corpus.
#[allow(dead_code)]
pub fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}
