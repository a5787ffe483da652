//! Support code shared by the end-to-end tests in `tests/` and the benches in `benches/`.

use std::path::{Path, PathBuf};

use isc_engine::{Document, ResolutionRef};

/// The repository's root directory.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped sample corpus.
pub fn corpus_dir() -> PathBuf {
    repo_root().join("corpus")
}

/// The key `corpus/expected/*.json` files use for a document: its path relative to `corpus/`,
/// with `#N` for the N-th resolution of a compilation.
pub fn expected_key(document: &Document, corpus: &Path) -> String {
    let path = Path::new(&document.source);
    let relative = path.strip_prefix(corpus).unwrap_or(path);
    let mut key = relative.to_string_lossy().replace('\\', "/");
    if let Some(part) = document.part {
        key.push_str(&format!("#{part}"));
    }
    key
}

/// The canonical rendering of a resolution reference, as the expected files write it.
pub fn render(reference: &ResolutionRef) -> String {
    reference.to_string()
}

/// The elements of `want` missing from `got`, and those of `got` not in `want`, as multisets.
pub fn multiset_diff(want: &[String], got: &[String]) -> (Vec<String>, Vec<String>) {
    let mut spurious: Vec<String> = got.to_vec();
    let mut missed = Vec::new();
    for item in want {
        match spurious.iter().position(|g| g == item) {
            Some(i) => {
                spurious.remove(i);
            }
            None => missed.push(item.clone()),
        }
    }
    (missed, spurious)
}

/// Every text of the sample corpus (`corpus/resolutions` and `corpus/compilations`), in sorted
/// path order, for the benches.
///
/// # Panics
/// When the corpus is missing or a file is not UTF-8: benches and tests need the shipped corpus.
pub fn corpus_texts() -> Vec<String> {
    let mut paths: Vec<PathBuf> = ["resolutions", "compilations"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(corpus_dir().join(dir))
                .expect("corpus is present")
                .map(|e| e.expect("readable").path())
        })
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("corpus files are UTF-8")).collect()
}
