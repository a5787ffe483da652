//! Page layouts a resolution text arrives in: the same words flattened onto one line, with page
//! furniture between the lines, hard-wrapped with the artefacts of text taken from a PDF, or
//! bound into a compilation behind a cover and a table of contents.
//!
//! Every layout keeps what a careful reader takes from the text: the identity in the heading,
//! every citation, every theme phrase and every call for coordination. Only the line breaks, the
//! page furniture and the glyphs change, and each change can be undone by reading:
//!
//! - [`Layout::Flat`]: every line break removed, the lines joined with one space;
//! - [`Layout::Paged`]: running headers and page numbers once right after each heading line and
//!   then every 40 lines, in the forms printed books use (`Res. 146<TAB>107`, `107<TAB>Res. 146`,
//!   `Res. 146    107`, a page number alone on its line, or the page number and header glued to
//!   the first line of the page); the header names the document's own resolution, sometimes with
//!   its edition (`Res. 66 (Rev. Hammamet, 2016)`) or its title (`Resolution 1 – Rules of ...`);
//! - [`Layout::Wrapped`]: lines hard-wrapped at 64 columns, long lower-case words hyphenated at the
//!   line end (`coordi-` / `nation`), compounds split at their own hyphen (`Secretary-` /
//!   `General`), ligatures (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`) in some words, soft hyphens (U+00AD) inside some
//!   words, and CRLF line ends;
//! - [`compilation`]: several resolutions in one file behind a cover page, a foreword, a
//!   copyright notice and a table of contents, the resolutions themselves paged.
//!
//! Hyphenation never touches digits, capitalized words (`Resolution`, `Council`) or words shorter
//! than eight letters, so a citation is never cut inside a word.
//!
//! ```
//! use isc_synth::layout::Layout;
//!
//! let text = "RESOLUTION 191 (REV. DUBAI, 2018)\n\nStrategy for the coordination of efforts\n";
//! assert_eq!(Layout::Plain.apply(text, 1), text);
//! assert_eq!(
//!     Layout::Flat.apply(text, 1),
//!     "RESOLUTION 191 (REV. DUBAI, 2018) Strategy for the coordination of efforts"
//! );
//! assert!(Layout::Paged.apply(text, 1).len() > text.len());
//! assert!(Layout::Wrapped.apply(text, 1).ends_with("\r\n"));
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::rng::SplitMix64;

/// How a resolution text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Layout {
    /// As generated: one paragraph or item per line, blank lines between parts.
    #[default]
    Plain,
    /// Every line break removed, the lines joined with one space.
    Flat,
    /// Running headers and page numbers between the lines.
    Paged,
    /// Hard-wrapped at 64 columns with hyphenated line ends, ligatures, soft hyphens and CRLF.
    Wrapped,
}

impl Layout {
    /// Every layout, [`Layout::Plain`] first.
    pub const ALL: [Layout; 4] = [Layout::Plain, Layout::Flat, Layout::Paged, Layout::Wrapped];

    /// The layout's name as the `isc-synth` command spells it (`plain`, `flat`, `paged`,
    /// `wrapped`).
    pub fn name(self) -> &'static str {
        match self {
            Layout::Plain => "plain",
            Layout::Flat => "flat",
            Layout::Paged => "paged",
            Layout::Wrapped => "wrapped",
        }
    }

    /// Lays `text` (in the plain layout) out this way. The choices left to chance (which header
    /// form, which words get a ligature) are drawn from `seed`: the same text and seed always
    /// give the same bytes. [`Layout::Plain`] returns the text unchanged.
    pub fn apply(self, text: &str, seed: u64) -> Cow<'_, str> {
        let mut rng = SplitMix64::new(seed);
        match self {
            Layout::Plain => Cow::Borrowed(text),
            Layout::Flat => Cow::Owned(flat(text)),
            Layout::Paged => {
                let furniture = Furniture::draw(&mut rng);
                let mut page = rng.range(1, 400) as u32;
                Cow::Owned(paged(text, &furniture, &mut page))
            }
            Layout::Wrapped => Cow::Owned(wrapped(text, &mut rng)),
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every line break removed: the non-blank lines, trimmed, joined with one space.
fn flat(text: &str) -> String {
    let mut res = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if !res.is_empty() {
            res.push(' ');
        }
        res.push_str(line);
    }
    res
}

/// A heading line as written: `RESOLUTION 191 (REV. DUBAI, 2018)`, `PP Resolution 12 (Busan,
/// 2014)`, `Resolution ITU-R 7-3`, `RÉSOLUTION 198 (RÉV. DUBAÏ, 2018)`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Heading<'a> {
    /// The citation word (`RESOLUTION`, `Résolution`, `Resolución`).
    word: &'a str,
    /// The number, with `ITU-R` before it for the Radiocommunication Assembly.
    number: String,
    /// The parenthesis after the number, when there is one.
    edition: Option<&'a str>,
}

const BODY_LABELS: &[&str] = &["PP", "WTSA", "WTDC", "RA", "WRC", "Council"];

/// The next whitespace-separated token of `rest`, which moves past it.
fn next_token<'a>(rest: &mut &'a str) -> Option<&'a str> {
    let trimmed = rest.trim_start();
    let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
    let (token, after) = trimmed.split_at(end);
    *rest = after;
    (!token.is_empty()).then_some(token)
}

fn is_number(token: &str) -> bool {
    let mut parts = token.split('-');
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_some_and(digits) && parts.all(digits) && token.split('-').count() <= 2
}

/// Reads `line` as a heading: an optional body label, a citation word, a number (after `ITU-R`
/// for the Radiocommunication Assembly) and a parenthesis ending the line. Without `ITU-R` the
/// parenthesis is required, so a running header (`Resolution 64`) is not taken for a heading.
fn heading(line: &str) -> Option<Heading<'_>> {
    let mut rest = line.trim();
    let mut word = next_token(&mut rest)?;
    if BODY_LABELS.contains(&word) {
        word = next_token(&mut rest)?;
    }
    if !matches!(word.to_lowercase().as_str(), "resolution" | "résolution" | "resolución") {
        return None;
    }
    let mut number = next_token(&mut rest)?.to_owned();
    let radio = number == "ITU-R";
    if radio {
        number = format!("ITU-R {}", next_token(&mut rest)?);
    }
    if !is_number(number.trim_start_matches("ITU-R ")) {
        return None;
    }
    let rest = rest.trim();
    let edition = match rest {
        "" if radio => None,
        paren
            if paren.starts_with('(')
                && paren.ends_with(')')
                && paren.matches(')').count() == 1 =>
        {
            Some(paren)
        }
        _ => return None,
    };
    Some(Heading { word, number, edition })
}

/// `text` with each word's first letter upper case and the rest lower case, when the whole text
/// is upper case (`(REV. DUBAI, 2018)` gives `(Rev. Dubai, 2018)`); a word glued to a digit by a
/// hyphen (`WRC-19`) keeps its capitals. Mixed-case text is returned as it is.
fn mixed_case(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut res = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            res.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphabetic() {
            i += 1;
        }
        let tag = chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        for (k, &c) in chars[start..i].iter().enumerate() {
            if tag || k == 0 {
                res.push(c);
            } else {
                res.extend(c.to_lowercase());
            }
        }
    }
    res
}

/// The citation word in mixed case (`Resolution`, `Résolution`, `Resolución`) and its
/// abbreviation (`Res.`, `Rés.`).
fn words_of(word: &str) -> (&'static str, &'static str) {
    match word.to_lowercase().as_str() {
        "résolution" => ("Résolution", "Rés."),
        "resolución" => ("Resolución", "Res."),
        _ => ("Resolution", "Res."),
    }
}

/// The first `max` characters' worth of whole words of `title` (all of it when it is shorter).
fn cut_title(title: &str, max: usize) -> &str {
    if title.chars().count() <= max {
        return title;
    }
    let mut end = 0;
    for (at, c) in title.char_indices() {
        if title[..at].chars().count() > max {
            break;
        }
        if c == ' ' {
            end = at;
        }
    }
    if end == 0 { title } else { title[..end].trim_end_matches([',', ';', ':']) }
}

/// What a running header names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `Res. 146`.
    Short,
    /// `Res. 66 (Rev. Hammamet, 2016)`.
    Edition,
    /// `Resolution 1 – Rules of procedure of ...`.
    Title,
}

/// Where the page number stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `Res. 146<TAB>107` on odd pages, `107<TAB>Res. 146` on even ones.
    Tab,
    /// `Res. 146    107`.
    Spaces,
    /// The page number alone on its line, the header (when `header_line`) on the next.
    Bare,
    /// `107 Res. 146 ` glued to the first line of the page.
    Glued,
}

/// The page furniture of one document or one book, drawn once so that every page looks alike.
#[derive(Debug, Clone)]
struct Furniture {
    label: Label,
    form: Form,
    /// The dash between number and title in [`Label::Title`].
    dash: &'static str,
    /// A form feed starts each page.
    form_feed: bool,
    /// A blank line before and after the furniture.
    blank: bool,
    /// With [`Form::Bare`]: the header on a line of its own after the page number.
    header_line: bool,
}

impl Furniture {
    fn draw(rng: &mut SplitMix64) -> Furniture {
        let label = match rng.below(10) {
            0..=5 => Label::Short,
            6..=7 => Label::Edition,
            _ => Label::Title,
        };
        let form = *rng.pick(&[Form::Tab, Form::Tab, Form::Spaces, Form::Bare, Form::Glued]);
        Furniture {
            label,
            form,
            dash: if rng.chance(70) { "\u{2013}" } else { "-" },
            form_feed: rng.chance(25),
            blank: rng.chance(50),
            header_line: rng.chance(50),
        }
    }

    /// The running header of a document with `heading` and `title`.
    fn header(&self, heading: &Heading<'_>, title: &str) -> String {
        let (word, abbreviation) = words_of(heading.word);
        match (self.label, heading.edition) {
            (Label::Edition, Some(edition)) => {
                format!("{abbreviation} {} {}", heading.number, mixed_case(edition))
            }
            (Label::Title, _) if !title.is_empty() => {
                format!("{word} {} {} {}", heading.number, self.dash, cut_title(title, 60))
            }
            _ => format!("{abbreviation} {}", heading.number),
        }
    }

    /// The furniture of page `page` under `header` (none before the first heading): the text to
    /// put on lines of its own, and the text to glue to the page's first line.
    fn page(&self, header: Option<&str>, page: u32) -> (String, String) {
        let mut lines = String::new();
        if self.form_feed {
            lines.push('\u{c}');
        }
        let glue = match (self.form, header) {
            (Form::Glued, Some(header)) => format!("{page} {header} "),
            (Form::Glued, None) => format!("{page} "),
            (_, None) | (Form::Bare, Some(_)) => {
                lines.push_str(&page.to_string());
                lines.push('\n');
                if let (Form::Bare, Some(header), true) = (self.form, header, self.header_line) {
                    lines.push_str(header);
                    lines.push('\n');
                }
                String::new()
            }
            (Form::Tab, Some(header)) if page % 2 == 1 => {
                lines.push_str(&format!("{header}\t{page}\n"));
                String::new()
            }
            (Form::Tab, Some(header)) => {
                lines.push_str(&format!("{page}\t{header}\n"));
                String::new()
            }
            (Form::Spaces, Some(header)) => {
                lines.push_str(&format!("{header}    {page}\n"));
                String::new()
            }
        };
        if self.blank && !lines.is_empty() {
            lines = format!("\n{lines}\n");
        }
        (lines, glue)
    }
}

/// The lines a page break puts between two lines of a text.
const LINES_PER_PAGE: usize = 40;

/// `text` with page furniture once right after each heading line (on the heading's page) and then
/// every [`LINES_PER_PAGE`] lines (each on a new page); `page` is the current page number, and is
/// left at the last page used.
fn paged(text: &str, furniture: &Furniture, page: &mut u32) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut res = String::with_capacity(text.len() + text.len() / 16 + 64);
    let mut header: Option<String> = None;
    let mut since_break = 0;
    let mut glue = String::new();
    for (i, line) in lines.iter().enumerate() {
        if !glue.is_empty() && !line.trim().is_empty() {
            res.push_str(&glue);
            glue.clear();
        }
        res.push_str(line);
        since_break += 1;
        let new_page = if let Some(found) = heading(line) {
            let title = lines[i + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty());
            header = Some(furniture.header(&found, title.unwrap_or("")));
            true
        } else if since_break >= LINES_PER_PAGE && i + 1 < lines.len() {
            *page += 1;
            true
        } else {
            false
        };
        if new_page {
            since_break = 0;
            if !res.ends_with('\n') {
                res.push('\n');
            }
            let (on_lines, glued) = furniture.page(header.as_deref(), *page);
            res.push_str(&on_lines);
            glue = glued;
        }
    }
    if !glue.is_empty() {
        if !res.ends_with('\n') {
            res.push('\n');
        }
        res.push_str(glue.trim_end());
        res.push('\n');
    }
    res
}

/// The column a wrapped line may not pass.
const WIDTH: usize = 64;

/// The choices a wrapped text draws once.
#[derive(Debug, Clone)]
struct Wrapping {
    /// Percent of the words that could take a ligature which do.
    ligatures: u64,
    /// Percent of the long lower-case words that get a soft hyphen inside.
    soft_inside: u64,
    /// Percent of the line-end hyphens that are soft hyphens.
    soft_at_end: u64,
    /// Percent of the words that do not fit and could be hyphenated which are.
    hyphenate: u64,
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The places a lower-case word of eight letters or more may be hyphenated at (the length of the
/// part before the hyphen): between a vowel and a consonant followed by a vowel (`coordi-nation`),
/// or between two consonants standing between vowels (`impor-tant`), leaving at least three
/// letters on each side. Nothing else (capitals, digits, accents, punctuation) is ever cut.
fn break_points(word: &str) -> Vec<usize> {
    let bytes = word.as_bytes();
    if bytes.len() < 8 || !bytes.iter().all(u8::is_ascii_lowercase) {
        return Vec::new();
    }
    (3..=bytes.len() - 3)
        .filter(|&p| {
            let (before, at, after) = (bytes[p - 1], bytes[p], bytes[p + 1]);
            let open = is_vowel(before) && !is_vowel(at) && is_vowel(after);
            let closed = p >= 2
                && is_vowel(bytes[p - 2])
                && !is_vowel(before)
                && !is_vowel(at)
                && is_vowel(after)
                && before != at;
            open || closed
        })
        .collect()
}

/// A token's word and the punctuation after it (`coordination;` gives `coordination` and `;`).
fn split_punctuation(token: &str) -> (&str, &str) {
    let core = token.trim_end_matches([',', ';', '.', ':', ')']);
    (core, &token[core.len()..])
}

/// Where a token that does not fit may be cut to fill `room` columns (the cut-off part's width
/// with its hyphen included): the length in bytes of the part that stays on the line, without
/// the hyphen, and whether a hyphen must be added (a compound's own hyphen stays with its first
/// part).
fn cut(token: &str, room: usize) -> Option<(usize, bool)> {
    let (core, _) = split_punctuation(token);
    // A compound split at its own hyphen: `Secretary-` / `General`, `inter-` / `Sector`.
    if let Some(at) = core.find('-') {
        let (first, second) = (&core[..at], &core[at + 1..]);
        let proper = first.len() >= 3
            && first.chars().all(char::is_alphabetic)
            && first.chars().skip(1).all(char::is_lowercase)
            && second.chars().count() >= 3
            && second.chars().next().is_some_and(char::is_uppercase)
            && second.chars().skip(1).all(char::is_lowercase);
        return (proper && first.chars().count() < room).then_some((at + 1, false));
    }
    break_points(core).into_iter().rev().find(|&p| p < room).map(|p| (p, true))
}

/// Adds ligatures and soft hyphens to the words of one wrapped line.
fn decorate(line: &str, rng: &mut SplitMix64, wrapping: &Wrapping) -> String {
    let mut res = String::with_capacity(line.len() + 8);
    for (i, token) in line.split(' ').enumerate() {
        if i > 0 {
            res.push(' ');
        }
        let (core, punctuation) = split_punctuation(token);
        let mut word = core.to_owned();
        let lower = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
        if lower && rng.chance(wrapping.soft_inside) {
            let points = break_points(&word);
            if !points.is_empty() {
                let at = points[rng.index(points.len())];
                word.insert(at, '\u{ad}');
            }
        }
        if lower
            && ["ffi", "ff", "fi", "fl"].iter().any(|pair| word.contains(pair))
            && rng.chance(wrapping.ligatures)
        {
            word = word
                .replace("ffi", "\u{fb03}")
                .replace("ff", "\u{fb00}")
                .replace("fi", "\u{fb01}")
                .replace("fl", "\u{fb02}");
        }
        res.push_str(&word);
        res.push_str(punctuation);
    }
    res
}

/// The width of `text` in columns: a soft hyphen inside a line shows nothing.
fn width(text: &str) -> usize {
    text.chars().filter(|&c| c != '\u{ad}').count()
}

/// One line of text (without its line end) hard-wrapped at [`WIDTH`] columns.
fn wrap_line(line: &str, rng: &mut SplitMix64, wrapping: &Wrapping) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0;
    let mut started = false;
    for token in line.split(' ') {
        let mut token = token.to_owned();
        loop {
            let token_width = width(&token);
            if !started {
                current.push_str(&token);
                current_width = token_width;
                started = true;
                break;
            }
            if current_width + 1 + token_width <= WIDTH {
                current.push(' ');
                current.push_str(&token);
                current_width += 1 + token_width;
                break;
            }
            let room = WIDTH.saturating_sub(current_width + 1);
            let hyphenate = room >= 4 && rng.chance(wrapping.hyphenate);
            if let Some((at, add_hyphen)) = cut(&token, room).filter(|_| hyphenate) {
                current.push(' ');
                current.push_str(&token[..at]);
                if add_hyphen {
                    current.push(if rng.chance(wrapping.soft_at_end) { '\u{ad}' } else { '-' });
                }
                token = token[at..].to_owned();
            }
            lines.push(std::mem::take(&mut current));
            current_width = 0;
            started = false;
        }
    }
    lines.push(current);
    lines.into_iter().map(|line| decorate(&line, rng, wrapping)).collect()
}

/// `text` hard-wrapped at [`WIDTH`] columns, with hyphenated line ends, ligatures, soft hyphens
/// and CRLF line ends.
fn wrapped(text: &str, rng: &mut SplitMix64) -> String {
    let wrapping = Wrapping {
        ligatures: rng.range(20, 70) as u64,
        soft_inside: rng.range(0, 8) as u64,
        soft_at_end: if rng.chance(30) { rng.range(20, 100) as u64 } else { 0 },
        hyphenate: rng.range(50, 95) as u64,
    };
    let mut res = String::with_capacity(text.len() + text.len() / 20 + 16);
    for piece in text.split_inclusive('\n') {
        let ends = piece.ends_with('\n');
        let line = piece.trim_end_matches('\n').trim_end_matches('\r');
        let wrapped = wrap_line(line, rng, &wrapping);
        let n = wrapped.len();
        for (k, part) in wrapped.into_iter().enumerate() {
            res.push_str(&part);
            if k + 1 < n || ends {
                res.push_str("\r\n");
            }
        }
    }
    res
}

/// The cover of a compilation: what it is, and which conference it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    /// What the volume is (`Final Acts`, `Proceedings`, `Resolutions`).
    pub kind: String,
    /// The conference in full (`Plenipotentiary Conference`).
    pub conference: String,
    /// Where it met.
    pub place: String,
    /// When.
    pub year: u16,
}

impl Book {
    /// The cover of `kind` of `conference` held in `place` in `year`.
    pub fn new(
        kind: impl Into<String>,
        conference: impl Into<String>,
        place: impl Into<String>,
        year: u16,
    ) -> Book {
        Book { kind: kind.into(), conference: conference.into(), place: place.into(), year }
    }
}

/// One entry of a table of contents.
#[derive(Debug, Clone)]
struct Entry {
    /// `Resolution 2`, `Resolution ITU-R 7-3`.
    label: String,
    /// `(Rev. Dubai, 2018)`.
    edition: Option<String>,
    title: String,
    page: u32,
}

/// The heading and title of a text in the plain layout: its first heading line and the first
/// non-blank line after it.
fn entry_of(text: &str, page: u32) -> Option<Entry> {
    let mut lines = text.lines();
    let found = lines.by_ref().find_map(heading)?;
    let title = lines.map(str::trim).find(|l| !l.is_empty()).unwrap_or("").to_owned();
    let (word, _) = words_of(found.word);
    Some(Entry {
        label: format!("{word} {}", found.number),
        edition: found.edition.map(mixed_case),
        title,
        page,
    })
}

/// How one book prints its table of contents.
#[derive(Debug, Clone)]
struct Contents {
    /// The page's heading.
    heading: &'static str,
    /// A `Page` column heading above the entries.
    page_column: bool,
    /// The edition after each entry's number.
    edition: bool,
    /// Tab plus page number rather than dot leaders.
    tabs: bool,
}

/// One entry as printed: on one line, wrapped over two, or with its title cut short.
fn print_entry(entry: &Entry, contents: &Contents, rng: &mut SplitMix64) -> String {
    let mut label = entry.label.clone();
    if let (true, Some(edition)) = (contents.edition, &entry.edition) {
        label.push(' ');
        label.push_str(edition);
    }
    let separator = if contents.tabs { "\t" } else { " \u{2013} " };
    let lead = |used: usize, page: u32| {
        if contents.tabs {
            format!("\t{page}")
        } else {
            let dots = 88usize.saturating_sub(used).max(4);
            format!(" {} {page}", ".".repeat(dots))
        }
    };
    let full = format!("{label}{separator}{}", entry.title);
    let long = full.chars().count() > 70;
    if long && rng.chance(40) {
        // Wrapped over two lines, the second indented.
        let first = cut_title(&full, 60);
        let rest = cut_title(full[first.len()..].trim_start(), 60);
        if !rest.is_empty() {
            let second = format!("        {rest}");
            let leader = lead(second.chars().count(), entry.page);
            return format!("{first}\n{second}{leader}\n");
        }
    }
    let shown = if long && rng.chance(40) {
        format!("{label}{separator}{}", cut_title(&entry.title, rng.range(25, 45)))
    } else {
        full
    };
    let leader = lead(shown.chars().count(), entry.page);
    format!("{shown}{leader}\n")
}

/// A page number of the front matter in lower-case roman numerals (1 to 39).
fn roman(n: u32) -> String {
    let tens = ["", "x", "xx", "xxx"][(n / 10 % 4) as usize];
    let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][(n % 10) as usize];
    format!("{tens}{units}")
}

/// The foot of a front-matter page: its number, then a new page.
fn front_page_end(res: &mut String, page: u32, dashes: bool) {
    if dashes {
        res.push_str(&format!("\n- {} -\n\n\u{c}", roman(page)));
    } else {
        res.push_str(&format!("\n{}\n\n\u{c}", roman(page)));
    }
}

/// Several resolutions (each in the plain layout, one resolution per text) bound into one file:
/// a cover page naming `book`, a foreword, a copyright notice, a table of contents (`Contents` or
/// `TABLE OF CONTENTS`; entries such as `Resolution 2 – Title ....... 12` with dot leaders or tab
/// plus page number, some wrapped over two lines or with their titles cut short; with six texts or
/// more, sometimes in two parts with a second contents page before the second part), then each
/// resolution on new pages, in the [`Layout::Paged`] layout with the book's one furniture and
/// page numbers that match the table. A text without a heading line has no entry in the table.
///
/// ```
/// use isc_synth::layout::{Book, compilation};
///
/// let a = "RESOLUTION 2 (REV. DUBAI, 2018)\n\nWorld policy forum\n\nThe Plenipotentiary Conference ...\n";
/// let b = "RESOLUTION 11 (REV. DUBAI, 2018)\n\nTelecom events\n\nThe Plenipotentiary Conference ...\n";
/// let book = Book::new("Final Acts", "Plenipotentiary Conference", "Dubai", 2018);
/// let text = compilation(&book, &[a, b], 7);
/// assert!(text.contains("Resolution 11"));
/// assert!(text.find("RESOLUTION 2 (REV").unwrap() < text.find("RESOLUTION 11 (REV").unwrap());
/// ```
pub fn compilation(book: &Book, texts: &[&str], seed: u64) -> String {
    let mut rng = SplitMix64::new(seed);
    let furniture = Furniture::draw(&mut rng);
    let contents = Contents {
        heading: rng.pick::<&str>(&["Contents", "TABLE OF CONTENTS", "CONTENTS"]),
        page_column: rng.chance(60),
        edition: rng.chance(40),
        tabs: rng.chance(40),
    };
    let dashes = rng.chance(50);
    let parts = texts.len() >= 6 && rng.chance(50);
    let second_part = if parts { texts.len().div_ceil(2) } else { texts.len() };

    // The resolutions first: the table of contents needs their pages.
    let mut page = 1u32;
    let mut bodies = Vec::with_capacity(texts.len());
    let mut entries = Vec::with_capacity(texts.len());
    for text in texts {
        if let Some(entry) = entry_of(text, page) {
            entries.push((bodies.len(), entry));
        }
        bodies.push(paged(text, &furniture, &mut page));
        page += 1;
    }

    let mut res = String::new();
    if rng.chance(50) {
        res.push_str(&format!(
            "INTERNATIONAL TELECOMMUNICATION UNION\n\n\n{}\nOF THE {}\n({}, {})\n\n\n",
            book.kind.to_uppercase(),
            book.conference.to_uppercase(),
            book.place,
            book.year
        ));
    } else {
        res.push_str(&format!(
            "International Telecommunication Union\n\n{} of the {}\n\n{}, {}\n\n\n",
            book.kind, book.conference, book.place, book.year
        ));
    }
    res.push('\u{c}');
    res.push_str(&format!(
        "Foreword\n\nThis volume gathers the texts of the {} ({}, {}) as they stood when the \
         conference closed. Each text keeps its heading, its title and the name of the meeting \
         that adopted or last revised it; texts left unchanged are printed again as they were. \
         The page numbers in the list of contents refer to this volume.\n\n",
        book.conference, book.place, book.year
    ));
    res.push_str(&format!(
        "\u{a9} ITU {}\n\nAll rights reserved. This publication may not be copied or stored, in \
         whole or in part, in any form, without the prior written consent of ITU.\n",
        book.year
    ));
    front_page_end(&mut res, 2, dashes);
    res.push_str(contents.heading);
    res.push_str("\n\n");
    if contents.page_column {
        res.push_str(&format!("{:>92}\n\n", "Page"));
    }
    for (i, (index, entry)) in entries.iter().enumerate() {
        if parts && (i == 0 || *index == second_part && entries[i - 1].0 < second_part) {
            res.push_str(if *index < second_part { "PART I\n\n" } else { "\nPART II\n\n" });
        }
        res.push_str(&print_entry(entry, &contents, &mut rng));
    }
    front_page_end(&mut res, 3, dashes);
    for (index, body) in bodies.iter().enumerate() {
        if parts && index == second_part {
            // A divider page before the second part, with its own contents.
            res.push_str(&format!("PART II\n\n{}\n\n", contents.heading));
            for (_, entry) in entries.iter().filter(|(i, _)| *i >= second_part) {
                res.push_str(&print_entry(entry, &contents, &mut rng));
            }
            res.push_str("\n\u{c}");
        }
        res.push_str(body);
        if !res.ends_with('\n') {
            res.push('\n');
        }
        res.push('\n');
        if index + 1 < bodies.len() {
            res.push('\u{c}');
        }
    }
    res
}

#[cfg(test)]
mod tests;
