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

/// The article corpus as one string per article: `$POLITEXT_CORPUS` (a
/// directory of `.txt` files), else `../shared/corpus/wikinews-2016`, else
/// the seed article repeated 200 times. Returns a name for the bench too.
pub fn corpus() -> (String, Vec<String>) {
    let dir = std::env::var_os("POLITEXT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/corpus/wikinews-2016"
            ))
        });
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
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

/// Total bytes of a corpus.
#[allow(dead_code)]
pub fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}
