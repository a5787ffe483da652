//! Tests of the layouts: each keeps every word a reader needs, in order, and can be undone.

use std::path::{Path, PathBuf};

use super::*;
use crate::{SynthConfig, Target, generate};

/// The texts of the sample corpus's single resolutions and of a small generated corpus (its
/// compilations included).
fn texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let dir = tempfile::tempdir().unwrap();
    generate(&SynthConfig::new(5, Target::Docs(40)).with_compilations(1), dir.path()).unwrap();
    let mut paths: Vec<PathBuf> = Vec::new();
    for base in [root.as_path(), dir.path()] {
        for sub in ["resolutions", "compilations"] {
            let Ok(entries) = std::fs::read_dir(base.join(sub)) else { continue };
            paths.extend(entries.map(|e| e.unwrap().path()));
        }
    }
    paths.sort();
    assert!(paths.len() > 100, "{} texts", paths.len());
    paths.iter().map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap())).collect()
}

/// A heading as read: citation word, number, edition.
type Read<'a> = Option<(&'a str, &'a str, Option<&'a str>)>;

#[test]
fn heading_lines() {
    let cases: &[(&str, Read<'_>)] = &[
        (
            "RESOLUTION 191 (REV. DUBAI, 2018)",
            Some(("RESOLUTION", "191", Some("(REV. DUBAI, 2018)"))),
        ),
        ("PP Resolution 12 (Busan, 2014)", Some(("Resolution", "12", Some("(Busan, 2014)")))),
        ("Resolution ITU-R 7-3", Some(("Resolution", "ITU-R 7-3", None))),
        ("RESOLUTION 646 (REV.WRC-19)\r\n", Some(("RESOLUTION", "646", Some("(REV.WRC-19)")))),
        (
            "RÉSOLUTION 198 (RÉV. DUBAÏ, 2018)",
            Some(("RÉSOLUTION", "198", Some("(RÉV. DUBAÏ, 2018)"))),
        ),
        ("\u{c}Resolution 64", None),
        ("Resolution 2 (Rev. Dubai, 2018)  World policy forum ........ 12", None),
        ("ANNEX TO RESOLUTION 70 (REV. DUBAI, 2018)", None),
        ("Resolution 2018 of the Council", None),
        ("that Resolution 70 (Rev. Dubai, 2018)", None),
    ];
    for &(line, want) in cases {
        let got = heading(line).map(|h| (h.word, h.number, h.edition));
        let want = want.map(|(w, n, e)| (w, n.to_owned(), e));
        assert_eq!(got, want, "{line:?}");
    }
}

#[test]
fn editions_in_mixed_case() {
    assert_eq!(mixed_case("(REV. DUBAI, 2018)"), "(Rev. Dubai, 2018)");
    assert_eq!(mixed_case("(REV.WRC-19)"), "(Rev.WRC-19)");
    assert_eq!(mixed_case("(RÉV. DUBAÏ, 2018)"), "(Rév. Dubaï, 2018)");
    assert_eq!(mixed_case("(Rev. Hammamet, 2016)"), "(Rev. Hammamet, 2016)");
}

#[test]
fn hyphenation_points() {
    assert_eq!(break_points("coordination"), [4, 6, 8]);
    assert!(break_points("important").contains(&5));
    for word in ["Resolution", "e-health", "2018", "short", "Telecommunication", "résolution"] {
        assert!(break_points(word).is_empty(), "{word}");
    }
    assert_eq!(cut("coordination;", 8), Some((6, true)));
    assert_eq!(cut("Secretary-General,", 20), Some((10, false)));
    assert_eq!(cut("inter-Sector", 20), Some((6, false)));
    assert_eq!(cut("Secretary-General,", 9), None);
    for token in
        ["e-health", "ITU-R", "WRC-19", "(Rev.WRC-19)", "2018),", "Resolution", "non-binding"]
    {
        assert_eq!(cut(token, 60), None, "{token}");
    }
}

#[test]
fn plain_is_the_text_itself() {
    let text = "RESOLUTION 1 (DUBAI, 2012)\n\nTitle\n";
    assert!(matches!(Layout::Plain.apply(text, 3), Cow::Borrowed(t) if t == text));
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let (_, text) = texts().swap_remove(7);
    for layout in Layout::ALL {
        assert_eq!(layout.apply(&text, 9), layout.apply(&text, 9), "{layout}");
    }
    assert_ne!(Layout::Wrapped.apply(&text, 9), Layout::Wrapped.apply(&text, 10));
}

#[test]
fn flat_has_one_line_and_the_same_words() {
    for (name, text) in texts() {
        let flat = Layout::Flat.apply(&text, 1);
        assert!(!flat.contains(['\n', '\r']), "{name}");
        let words: Vec<&str> = text.split_whitespace().collect();
        let got: Vec<&str> = flat.split_whitespace().collect();
        assert_eq!(got, words, "{name}");
    }
}

/// The number a heading line names, as a running header repeats it.
fn own_numbers(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(heading)
        .map(|h| h.number.trim_start_matches("ITU-R ").to_owned())
        .collect()
}

#[test]
fn paged_keeps_every_line_in_order_and_adds_only_furniture() {
    let mut forms = std::collections::BTreeSet::new();
    for (i, (name, text)) in texts().into_iter().enumerate() {
        let paged = Layout::Paged.apply(&text, i as u64);
        let numbers = own_numbers(&text);
        let original: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut next = 0;
        let mut added = 0;
        for line in paged.lines().filter(|l| !l.trim().is_empty()) {
            // A header glued to the page's first line starts with the page number and a space.
            let glued = |want: &str| {
                line.strip_suffix(want).is_some_and(|prefix| {
                    prefix.starts_with(|c: char| c.is_ascii_digit() || c == '\u{c}')
                        && prefix.ends_with(' ')
                        && !prefix.contains('\t')
                })
            };
            if let Some(&want) = original.get(next)
                && (line == want || glued(want))
            {
                if line != want {
                    forms.insert("glued");
                }
                next += 1;
                continue;
            }
            added += 1;
            let bare = line.trim_matches(|c: char| c.is_whitespace());
            let page_only = bare.bytes().all(|b| b.is_ascii_digit());
            let names_own = numbers.iter().any(|n| bare.contains(n.as_str()));
            assert!(page_only || names_own, "{name}: {line:?} is not page furniture");
            forms.insert(if page_only {
                "page number"
            } else if line.contains('\t') {
                "tab"
            } else {
                "spaces or line"
            });
        }
        assert_eq!(next, original.len(), "{name}: line {next} lost");
        assert!(added > 0 || paged.len() > text.len(), "{name}: no furniture");
    }
    assert_eq!(forms.len(), 4, "{forms:?}");
}

/// Undoes what a careful reader undoes in a wrapped text: CRLF, line-end hyphens (dropped before
/// a lower-case letter, kept before a capital), soft hyphens and ligatures.
fn unwrap(text: &str) -> String {
    let mut res = String::with_capacity(text.len());
    for line in text.split("\r\n") {
        let last = res.chars().last();
        let before = res.chars().rev().nth(1);
        let first = line.chars().next();
        match (before, last, first) {
            (_, Some('\u{ad}'), _) => {
                res.pop();
            }
            (Some(b), Some('-'), Some(f)) if b.is_lowercase() && f.is_lowercase() => {
                res.pop();
            }
            (Some(b), Some('-'), Some(f)) if b.is_alphabetic() && f.is_uppercase() => {}
            (_, Some(_), _) => res.push(' '),
            _ => {}
        }
        res.push_str(line);
    }
    res.replace('\u{ad}', "")
        .replace('\u{fb03}', "ffi")
        .replace('\u{fb00}', "ff")
        .replace('\u{fb01}', "fi")
        .replace('\u{fb02}', "fl")
}

#[test]
fn wrapped_lines_fit_and_undo_to_the_same_words() {
    let mut seen = [false; 5];
    for (i, (name, text)) in texts().into_iter().enumerate() {
        let wrapped = Layout::Wrapped.apply(&text, i as u64);
        assert_eq!(wrapped.matches('\n').count(), wrapped.matches("\r\n").count(), "{name}");
        for line in wrapped.split("\r\n") {
            assert!(width(line) <= WIDTH || !line.contains(' '), "{name}: {line:?} too wide");
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let undone = unwrap(&wrapped);
        let got: Vec<&str> = undone.split_whitespace().collect();
        assert_eq!(got, words, "{name}");
        for (k, mark) in
            ["-\r\n", "\u{ad}\r\n", "\u{fb01}", "\u{ad}", "Secretary-\r\n"].iter().enumerate()
        {
            seen[k] |= wrapped.contains(mark);
        }
    }
    assert_eq!(seen, [true; 5], "hyphen, soft hyphen at the end, ligature, soft hyphen, compound");
}

#[test]
fn compilation_binds_each_text_once_behind_its_contents() {
    let texts: Vec<String> = texts()
        .into_iter()
        .filter(|(name, t)| name.contains("resolutions") && own_numbers(t).len() == 1)
        .map(|(_, t)| t)
        .take(9)
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let book = Book::new("Final Acts", "Plenipotentiary Conference", "Dubai", 2018);
    for seed in 0..6 {
        let bound = compilation(&book, &refs, seed);
        assert_eq!(bound, compilation(&book, &refs, seed));
        assert!(bound.contains("Dubai, 2018") && bound.contains("\u{a9} ITU 2018"));
        assert!(bound.contains("Contents") || bound.contains("CONTENTS"));
        let lines: Vec<&str> = bound.lines().map(str::trim).collect();
        let first = lines.iter().position(|l| *l == texts[0].lines().next().unwrap()).unwrap();
        let contents = lines[..first].join("\n");
        let mut at = 0;
        for text in &texts {
            let head = text.lines().next().unwrap();
            let found: Vec<usize> = (0..lines.len()).filter(|&k| lines[k] == head).collect();
            assert_eq!(found.len(), 1, "{head:?} in book {seed}");
            assert!(found[0] >= at, "{head:?} out of order in book {seed}");
            at = found[0];
            let number = own_numbers(text).remove(0);
            assert!(contents.contains(&format!(" {number}")), "no entry for {number}");
        }
    }
}

#[test]
fn truth_is_the_same_whatever_the_layout() {
    let truth = |layout| {
        let dir = tempfile::tempdir().unwrap();
        let config = SynthConfig::new(2, Target::Docs(30)).with_compilations(1).with_layout(layout);
        generate(&config, dir.path()).unwrap();
        let read = |p: &str| std::fs::read(dir.path().join(p)).unwrap();
        (read("truth/documents.jsonl"), read("truth/mapping.json"), read("lexicon.toml"))
    };
    let plain = truth(Layout::Plain);
    for layout in [Layout::Flat, Layout::Paged, Layout::Wrapped] {
        assert!(truth(layout) == plain, "{layout}");
    }
}
