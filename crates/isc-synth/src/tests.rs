//! Tests of the whole generator: determinism, the pinned checksum, the lexicon's guarantees.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;
use crate::lexicon::{CUES, THEMES};

/// FNV-1a 64 over every file's path (relative, `/`-separated) and bytes, in path order.
fn checksum(root: &Path) -> (u64, usize) {
    fn walk(dir: &Path, acc: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() { walk(&path, acc) } else { acc.push(path) }
        }
    }
    let mut files = Vec::new();
    walk(root, &mut files);
    let mut keyed: Vec<(String, std::path::PathBuf)> = files
        .into_iter()
        .map(|p| (p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"), p))
        .collect();
    keyed.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (key, path) in &keyed {
        feed(key.as_bytes());
        feed(&std::fs::read(path).unwrap());
    }
    (hash, keyed.len())
}

fn generated(config: &SynthConfig) -> (tempfile::TempDir, Summary) {
    let dir = tempfile::tempdir().unwrap();
    let summary = generate(config, dir.path()).unwrap();
    (dir, summary)
}

/// The `small` corpus of seed 1 (`isc-synth --seed 1 --size small`) never changes: a new checksum
/// means every generated corpus, and every benchmark number measured on one, changed too. Bump it
/// only on purpose, and say so in the commit message.
#[test]
fn pinned_checksum_of_small() {
    let (dir, summary) = generated(&SynthConfig::new(1, Size::Small));
    let (hash, files) = checksum(dir.path());
    assert_eq!(
        (format!("{hash:016x}"), files, summary.documents),
        ("386374f95bc2cf30".to_owned(), 903, 900)
    );
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let config = SynthConfig::new(7, Target::Docs(30)).with_compilations(1);
    let (a, _) = generated(&config);
    let (b, _) = generated(&config);
    assert_eq!(checksum(a.path()), checksum(b.path()));
    let (c, _) = generated(&SynthConfig { seed: 8, ..config });
    assert_ne!(checksum(a.path()).0, checksum(c.path()).0);
}

#[test]
fn documents_are_3_to_30_kb() {
    let (dir, summary) = generated(&SynthConfig::new(3, Target::Docs(150)));
    assert_eq!(summary.files, 150);
    for entry in std::fs::read_dir(dir.path().join("resolutions")).unwrap() {
        let len = entry.unwrap().metadata().unwrap().len();
        assert!((3_000..=30_000).contains(&len), "{len} bytes");
    }
}

#[test]
fn byte_target_is_reached() {
    let (_dir, summary) = generated(&SynthConfig::new(2, Target::Bytes(400_000)));
    assert!(summary.bytes >= 400_000 && summary.bytes < 480_000, "{summary:?}");
}

/// Words as the engine's lexicon normalizes them: lower case, split at anything that is not a
/// letter or digit, simple plurals dropped.
fn normalized_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            let letters = w.chars().count();
            if letters > 4 && w.ends_with("ies") {
                format!("{}y", &w[..w.len() - 3])
            } else if (letters > 4 && w.ends_with("eaux"))
                || (letters > 3 && w.ends_with('s') && !w.ends_with("ss"))
            {
                w[..w.len() - 1].to_owned()
            } else {
                w
            }
        })
        .collect()
}

fn vocabulary(texts: &[&str]) -> BTreeSet<String> {
    texts.iter().flat_map(|t| normalized_words(t)).collect()
}

/// Every theme phrase and cue holds a word that only its own theme (or the cues) uses, so it is
/// found only where the generator wrote it.
#[test]
fn every_phrase_has_a_key_word_of_its_own() {
    let mut plain = words::plain_banks();
    let places: Vec<String> = isc_model::Calendar::default()
        .conferences()
        .iter()
        .flat_map(|c| [c.place.clone(), c.year.to_string()])
        .collect();
    plain.extend(places.iter().map(String::as_str));
    plain.extend([
        "The Plenipotentiary Conference of the International Telecommunication Union",
        "The World Telecommunication Standardization Assembly (WTSA) ITU-T",
        "The World Telecommunication Development Conference (WTDC) ITU-D",
        "The World Radiocommunication Conference WRC The ITU Radiocommunication Assembly ITU-R",
        "Resolution Resolutions Res. Rev. of this Conference this Assembly adopted PP Council",
        "INTERNATIONAL TELECOMMUNICATION UNION FINAL ACTS PROCEEDINGS FINAL REPORT",
        "Resolutions (excerpt) TABLE OF CONTENTS RESOLUTIONS Page on a related subject",
    ]);
    let filler = vocabulary(&plain);
    let cue_words = vocabulary(CUES);
    for (i, theme) in THEMES.iter().enumerate() {
        let others: Vec<&str> = THEMES
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .flat_map(|(_, t)| t.phrases.iter().copied())
            .collect();
        let others = vocabulary(&others);
        for phrase in theme.phrases {
            let keys: Vec<String> = normalized_words(phrase)
                .into_iter()
                .filter(|w| !filler.contains(w) && !others.contains(w) && !cue_words.contains(w))
                .collect();
            assert!(!keys.is_empty(), "{}: {phrase:?} has no word of its own", theme.id);
        }
    }
    let theme_words: Vec<&str> = THEMES.iter().flat_map(|t| t.phrases.iter().copied()).collect();
    let theme_words = vocabulary(&theme_words);
    for cue in CUES {
        let keys: Vec<String> = normalized_words(cue)
            .into_iter()
            .filter(|w| !filler.contains(w) && !theme_words.contains(w))
            .collect();
        assert!(!keys.is_empty(), "cue {cue:?} has no word of its own");
    }
}

/// Nothing the generator writes says a resolution ends, which would take it out of the mapping.
#[test]
fn no_wording_says_a_resolution_ends() {
    let stems = ["suppress", "abrogat", "repeal", "merged into", "incorporated into", "taken over"];
    for text in words::plain_banks() {
        let lower = text.to_lowercase();
        for stem in stems {
            assert!(!lower.contains(stem), "{text:?} contains {stem:?}");
        }
    }
}

#[test]
fn lexicon_lists_every_theme_and_cue() {
    let text = lexicon_toml();
    for theme in THEMES {
        assert!(text.contains(&format!("id = \"{}\"", theme.id)));
    }
    assert!(THEMES.len() <= 64, "themes are kept in a 64-bit set");
    assert!(text.contains("[coordination]") && text.contains("[scoring.weights]"));
}

#[test]
fn file_names() {
    assert_eq!(slug("Sharm el-Sheikh"), "sharm-el-sheikh");
    assert_eq!(slug("Florianópolis"), "florianopolis");
    assert_eq!(slug("WRC-19"), "wrc-19");
}
