//! One document's text: heading, title, issuing clause, preamble, operative part, footnotes,
//! and the citations it holds in reading order.

use isc_model::Body;

use crate::cite::{self, Cited, Context};
use crate::lexicon::{CUES, THEMES};
use crate::plan::{Plan, PlannedDoc, Resolution};
use crate::rng::SplitMix64;
use crate::words;

/// A document's text and the canonical renderings of its citations, in reading order.
#[derive(Debug, Clone)]
pub(crate) struct Rendered {
    pub(crate) text: String,
    pub(crate) citations: Vec<String>,
}

/// One lettered or numbered item.
#[derive(Debug, Clone)]
struct Item {
    text: String,
    cites: Vec<String>,
    /// Plain wording only, so a footnote digit may be glued to one of its words.
    plain: bool,
}

impl Item {
    fn plain(text: String) -> Item {
        Item { text, cites: Vec::new(), plain: true }
    }

    fn fixed(text: String) -> Item {
        Item { text, cites: Vec::new(), plain: false }
    }

    fn cited(before: &str, cited: Cited, after: &str) -> Item {
        Item { text: format!("{before}{}{after}", cited.text), cites: cited.truth, plain: false }
    }
}

/// The theme indices of a bit set, in order.
pub(crate) fn theme_list(themes: u64) -> Vec<usize> {
    (0..THEMES.len()).filter(|&i| themes & (1 << i) != 0).collect()
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_ascii_lowercase() => c.to_ascii_uppercase().to_string() + chars.as_str(),
        _ => text.to_owned(),
    }
}

/// The title of a resolution's edition on `themes`: the same for every edition on the same
/// themes.
pub(crate) fn title(res: &Resolution, themes: u64) -> String {
    let mut rng = SplitMix64::derive(res.seed, themes);
    let ids = theme_list(themes);
    let mut phrases: Vec<&str> = ids.iter().map(|&i| *rng.pick(THEMES[i].phrases)).collect();
    rng.shuffle(&mut phrases);
    match phrases.as_slice() {
        [] => (*rng.pick(words::PLAIN_TITLES)).to_owned(),
        [one] => capitalized(&rng.pick(words::THEME_TITLES).replace("{}", one)),
        [a, b] if rng.chance(50) => capitalized(&format!("{a} and {b}")),
        [a, b] => format!("Measures relating to {a} and {b}"),
        [init @ .., last] => capitalized(&format!("{} and {last}", init.join(", "))),
    }
}

fn issuing_clause(rng: &mut SplitMix64, body: Body, place: &str, year: u16) -> String {
    match body {
        Body::Pp => format!(
            "The Plenipotentiary Conference of the International Telecommunication Union ({place}, {year}),"
        ),
        Body::Wtsa => {
            format!("The World Telecommunication Standardization Assembly ({place}, {year}),")
        }
        Body::Wtdc => {
            format!("The World Telecommunication Development Conference ({place}, {year}),")
        }
        Body::Wrc => format!("The World Radiocommunication Conference ({place}, {year}),"),
        Body::Ra | Body::Council => (*rng
            .pick(&["The ITU Radiocommunication Assembly,", "The Radiocommunication Assembly,"]))
        .to_owned(),
    }
}

/// The heading line: `RESOLUTION 191 (REV. DUBAI, 2018)`, `Resolution 80 (Dubai, 2014)`,
/// `RESOLUTION 646 (REV.WRC-19)`, `Resolution ITU-R 7-3`.
fn heading(rng: &mut SplitMix64, plan: &Plan, doc: &PlannedDoc) -> String {
    let res = plan.resolution(doc);
    let conf = plan.conf(doc);
    let upper = rng.chance(75);
    let line = match res.body {
        Body::Ra => format!("Resolution ITU-R {}", res.number()),
        body => {
            let edition = cite::edition_text(body, conf, plan.is_revision(doc), cite::Style::Plain);
            if !upper && rng.chance(8) {
                return format!("{} Resolution {} {edition}", body.code(), res.number);
            }
            format!("Resolution {} {edition}", res.number)
        }
    };
    if upper { line.to_uppercase() } else { line }
}

fn sentence(rng: &mut SplitMix64) -> String {
    let mut res = String::from("that ");
    if rng.chance(65) {
        res.push_str(rng.pick::<&str>(words::SUBJECTS));
        res.push(' ');
        res.push_str(rng.pick::<&str>(words::PREDICATES));
    } else {
        res.push_str(rng.pick::<&str>(words::STATEMENTS));
    }
    if rng.chance(40) {
        res.push(' ');
        res.push_str(rng.pick::<&str>(words::MODIFIERS));
    }
    res
}

fn preamble_filler(rng: &mut SplitMix64) -> Item {
    if rng.chance(25) {
        return Item::plain((*rng.pick(words::NOUN_ITEMS)).to_owned());
    }
    let mut text = sentence(rng);
    if rng.chance(35) {
        text.push_str(", and ");
        text.push_str(&sentence(rng));
    }
    Item::plain(text)
}

fn operative_filler(rng: &mut SplitMix64) -> Item {
    let mut text = format!("to {}", rng.pick(words::ACTIONS));
    if rng.chance(45) {
        text.push(' ');
        text.push_str(rng.pick::<&str>(words::ACTION_ENDS));
    }
    if rng.chance(35) {
        text.push_str(", and to ");
        text.push_str(rng.pick::<&str>(words::ACTIONS));
    }
    Item::plain(text)
}

fn cue_item(rng: &mut SplitMix64, bank: &[(&str, &str, &str)]) -> Item {
    let &(before, cue, after) = rng.pick(bank);
    debug_assert!(CUES.contains(&cue));
    Item::fixed(format!("{before}{cue}{after}"))
}

/// Splits `items` into clauses opened by words drawn from `clause_words`, the `first` words (if
/// any) opening the first clauses.
fn clauses<'w>(
    rng: &mut SplitMix64,
    items: Vec<Item>,
    clause_words: &[&'w str],
    first: &[&'w str],
) -> Vec<(&'w str, Vec<Item>)> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut pool: Vec<&str> = clause_words.iter().copied().filter(|w| !first.contains(w)).collect();
    rng.shuffle(&mut pool);
    let mut chosen: Vec<&str> = first.to_vec();
    chosen.extend(pool);
    let per_clause = rng.range(3, 8);
    let wanted = items.len().div_ceil(per_clause).max(first.len()).max(1);
    let n = wanted.min(chosen.len()).min(items.len().max(1));
    chosen.truncate(n);
    // Cut points between items, so that every clause gets at least one.
    let mut cuts: Vec<usize> = (1..items.len()).collect();
    rng.shuffle(&mut cuts);
    cuts.truncate(n - 1);
    cuts.sort_unstable();
    let mut res = Vec::with_capacity(n);
    let mut items = items.into_iter();
    let mut previous = 0;
    for (i, word) in chosen.into_iter().enumerate() {
        let end = cuts.get(i).copied().unwrap_or(usize::MAX);
        let take = end.saturating_sub(previous);
        res.push((word, items.by_ref().take(take).collect()));
        previous = end;
    }
    res
}

/// The letter of the `i`-th item (0-based): `a` to `z`, then `aa`, `bb`, ...
fn letter(i: usize) -> String {
    let c = char::from(b'a' + (i % 26) as u8);
    std::iter::repeat_n(c, i / 26 + 1).collect()
}

/// Renders the document `index` of the plan. `page` is the running page number inside a
/// compilation (page furniture is added there), `None` for a file of its own.
pub(crate) fn render(plan: &Plan, index: usize, page: Option<&mut u32>) -> Rendered {
    let doc = &plan.docs[index];
    let mut rng = SplitMix64::new(doc.seed);
    let res = plan.resolution(doc);
    let conf = plan.conf(doc);
    let body = res.body;
    let themes = theme_list(doc.themes);
    let target = doc.target as usize;

    let mut text = String::with_capacity(target + 1024);
    text.push_str(&heading(&mut rng, plan, doc));
    text.push_str("\n\n");
    text.push_str(&title(res, doc.themes));
    text.push_str("\n\n");
    if body == Body::Ra {
        let confs = plan.confs.of(Body::Ra);
        let years: Vec<String> =
            res.chain.iter().map(|&c| confs[c as usize].year.to_string()).collect();
        let chain = if years.is_empty() { conf.year.to_string() } else { years.join("-") };
        text.push('(');
        text.push_str(&chain);
        text.push_str(")\n\n");
    }
    text.push_str(&issuing_clause(&mut rng, body, &conf.place, conf.year));
    text.push_str("\n\n");

    // The preamble: context.
    let ctx = |may_break| Context { body, year: conf.year, may_break };
    let mut pre: Vec<Item> = Vec::new();
    let n_cites = 1 + rng.index(2 + target / 5000);
    for _ in 0..n_cites {
        let &(before, after) = rng.pick(words::CITE_NOTES);
        let cited = cite::citation(&mut rng, plan, &ctx(!before.is_empty()));
        pre.push(Item::cited(before, cited, after));
    }
    if rng.chance(15)
        && let Some(cited) = cite::subject_item(&mut rng, plan)
    {
        pre.push(Item::cited("", cited, ""));
    }
    for &t in &themes {
        if rng.chance(40) {
            let phrase = rng.pick(THEMES[t].phrases);
            pre.push(Item::fixed(rng.pick(words::THEME_NOTES).replace("{}", phrase)));
        }
    }
    if rng.chance(30) {
        // A theme mentioned in passing: too weak to put the text on it.
        let stray = rng.index(THEMES.len());
        if doc.themes & (1 << stray) == 0 {
            for _ in 0..rng.range(1, 2) {
                let phrase = rng.pick(THEMES[stray].phrases);
                pre.push(Item::fixed(rng.pick(words::THEME_NOTES).replace("{}", phrase)));
            }
        }
    }
    if rng.chance(25) {
        pre.push(cue_item(&mut rng, words::CUE_NOTES));
    }
    if rng.chance(35) {
        pre.push(Item::fixed((*rng.pick(words::DISTRACTORS)).to_owned()));
    }
    let pre_budget = text.len() + target * 2 / 5;
    let mut pre_len: usize = text.len() + pre.iter().map(|i| i.text.len() + 4).sum::<usize>();
    // Filler items are drawn again (a few times) rather than repeated within one text.
    let mut seen = std::collections::HashSet::new();
    while pre_len < pre_budget {
        let mut item = preamble_filler(&mut rng);
        for _ in 0..3 {
            if seen.insert(item.text.clone()) {
                break;
            }
            item = preamble_filler(&mut rng);
        }
        pre_len += item.text.len() + 4;
        pre.push(item);
    }
    rng.shuffle(&mut pre);

    // The operative part: what the resolution asks for.
    let mut ops: Vec<Item> = Vec::new();
    for &t in &themes {
        let mut phrases: Vec<&str> = THEMES[t].phrases.to_vec();
        rng.shuffle(&mut phrases);
        let n = if rng.chance(30) { 3 } else { 2 };
        for phrase in phrases.into_iter().take(n) {
            ops.push(Item::fixed(rng.pick(words::THEME_ACTIONS).replace("{}", phrase)));
        }
    }
    let cue_clause = doc.calls && body != Body::Ra && body != Body::Wrc && rng.chance(30);
    if doc.calls {
        for _ in 0..rng.range(1, 2) {
            ops.push(cue_item(&mut rng, words::CUE_ACTIONS));
        }
    }
    for _ in 0..rng.index(2 + target / 8000) {
        let &(before, after) = rng.pick(words::CITE_ACTIONS);
        let cited = cite::citation(&mut rng, plan, &ctx(true));
        ops.push(Item::cited(before, cited, after));
    }
    let mut total = pre_len + ops.iter().map(|i| i.text.len() + 4).sum::<usize>();
    while total < target {
        let mut item = operative_filler(&mut rng);
        for _ in 0..3 {
            if seen.insert(item.text.clone()) {
                break;
            }
            item = operative_filler(&mut rng);
        }
        total += item.text.len() + 4;
        ops.push(item);
    }
    rng.shuffle(&mut ops);

    // A footnote digit glued to a word, with its footnote after a line of underscores.
    let mut footnote = None;
    if rng.chance(12) {
        let glue = pre.iter_mut().chain(ops.iter_mut()).find(|i| {
            i.plain && (i.text.contains("Member States") || i.text.contains("administrations"))
        });
        if let Some(item) = glue {
            let word = if item.text.contains("Member States") {
                "Member States"
            } else {
                "administrations"
            };
            item.text = item.text.replacen(word, &format!("{word}1"), 1);
            footnote = Some(*rng.pick(words::FOOTNOTES));
        }
    }

    let mut operative_words: Vec<&str> = words::OPERATIVE_COMMON.to_vec();
    operative_words.extend_from_slice(match body {
        Body::Pp => words::OPERATIVE_PP,
        Body::Wtsa => words::OPERATIVE_WTSA,
        Body::Wtdc => words::OPERATIVE_WTDC,
        _ => words::OPERATIVE_RADIO,
    });
    let opening: &[&str] = if rng.chance(50) { &["resolves"] } else { &[] };
    let mut operative = clauses(&mut rng, ops, &operative_words, opening);
    if cue_clause {
        let at = rng.index(operative.len() + 1);
        operative.insert(at, (words::OPERATIVE_CUE, vec![operative_filler(&mut rng)]));
    }
    let preamble = clauses(&mut rng, pre, words::PREAMBLE_WORDS, &[]);

    let mut citations = Vec::new();
    let mut page = page;
    let n_clauses = preamble.len() + operative.len();
    let all =
        preamble.into_iter().map(|c| (false, c)).chain(operative.into_iter().map(|c| (true, c)));
    for (i, (is_operative, (word, items))) in all.enumerate() {
        let last_clause = i + 1 == n_clauses;
        text.push_str(word);
        text.push('\n');
        let paragraph = items.len() == 1 && rng.chance(60);
        let n_items = items.len();
        for (k, item) in items.into_iter().enumerate() {
            let end = match (k + 1 == n_items, last_clause) {
                (false, _) => ";",
                (true, false) => ",",
                (true, true) => ".",
            };
            if !paragraph {
                if is_operative {
                    text.push_str(&(k + 1).to_string());
                } else {
                    text.push_str(&letter(k));
                    text.push(')');
                }
                text.push('\t');
            }
            text.push_str(&item.text);
            text.push_str(end);
            text.push('\n');
            citations.extend(item.cites);
            if is_operative
                && k + 1 < n_items
                && let Some(page) = page.as_deref_mut()
                && rng.chance(4)
                && body != Body::Ra
            {
                // A page break inside the resolution, with its running header.
                *page += 1;
                text.push_str(&format!("- {page} -\n\n\u{c}Resolution {}\n\n", res.number));
            }
        }
        text.push('\n');
    }
    if let Some(note) = footnote {
        text.push_str("______________\n1\t");
        text.push_str(note);
        text.push('\n');
    }
    if let Some(page) = page {
        *page += (text.len() / 3000) as u32 + 1;
    }
    Rendered { text, citations }
}
