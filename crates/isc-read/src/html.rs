//! HTML pages: block elements become lines one after the other, as a word processor's
//! paragraphs (an empty one a blank line; a heading element, and a paragraph whose class is an
//! ITU template's style, hinted and laid out as a Word file's), `<br>` a line break; script,
//! style and the head are dropped; entities are decoded by the tokenizer.
//! Ordered list items get their number back (`1`, `a)`), headings are hinted, and footnote
//! blocks (`sdfootnote`, `footnote` ids and classes) come after a line of underscores.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use isc_model::Location;

use crate::out::{FOOTNOTE_RULE, Out};
use crate::{Hint, Text};

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dd",
    "table",
    "ol",
    "ul",
    "dl",
    "center",
    "address",
    "figure",
    "figcaption",
    "caption",
    "main",
    "nav",
    "aside",
    "hr",
    "body",
];

/// Reads an HTML page in the encoding it names, else UTF-8, else Windows-1252 (see
/// [`crate::encoding::html_text`]); the second value tells when it was read by the last guess.
pub(crate) fn read(bytes: &[u8]) -> (Text, Option<crate::Fallback>) {
    let (html, fallback) = crate::encoding::html_text(bytes);
    let sink = Sink { state: RefCell::new(State::default()) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut state = tokenizer.sink.state.into_inner();
    state.flush(false);
    (state.out.finish(None), fallback)
}

#[derive(Default)]
struct State {
    out: Out,
    /// The current paragraph's text.
    line: String,
    /// Where the current paragraph started.
    location: Option<Location>,
    hint: Option<Hint>,
    /// How many of each block element were seen, for locations (`p[12]`).
    counts: std::collections::HashMap<String, u32>,
    /// Inside `head`, `script`, `style`, `template`, `noscript`: text dropped.
    dropped: u32,
    /// Open ordered and unordered lists: their kind (`1`, `a`, `A`, `i`, `I`, or `ul`) and
    /// their next number.
    lists: Vec<(String, u32)>,
    /// Whether the footnote rule was written.
    footnotes: bool,
    /// The label just written for a list item, while nothing follows it.
    label: String,
    /// The hint of the paragraph written last.
    previous: Option<Hint>,
}

impl State {
    /// Ends the current paragraph. A block that ends empty (`<p><br/></p>`) is a blank line,
    /// as an empty paragraph of a word processor; one that only wraps other blocks writes
    /// nothing. A heading, title or issuing clause (a heading element, or a Word style's class)
    /// stands between blank lines, and a clause word after one, as in a Word file.
    fn flush(&mut self, at_end: bool) {
        let line = std::mem::take(&mut self.line);
        if let Some(location) = self.location.take() {
            let hint = self.hint.take();
            if line.trim().is_empty() {
                if at_end && !self.footnotes {
                    self.out.blank_line();
                }
            } else {
                let apart = Hint::stands_apart(hint)
                    || hint == Some(Hint::ClauseWord)
                    || Hint::stands_apart(self.previous);
                if apart && !self.footnotes {
                    self.out.blank_line();
                }
                self.out.paragraph(&line, location, hint);
                self.previous = hint;
            }
        }
        self.hint = None;
    }

    fn start_block(&mut self, tag: &Tag) {
        // A block inside a list item (`<li><p>`) keeps the item's label.
        let carried = if !self.label.is_empty() && self.line == self.label {
            self.location = None;
            std::mem::take(&mut self.line)
        } else {
            self.label.clear();
            String::new()
        };
        self.flush(false);
        self.line = carried;
        let name: &str = &tag.name;
        let count = self.counts.entry(name.to_owned()).or_default();
        *count += 1;
        let id = attribute(tag, "id");
        let location = match &id {
            Some(id) => format!("{name}#{id}"),
            None => format!("{name}[{count}]"),
        };
        self.location = Some(Location::Element(location));
        let class = attribute(tag, "class").unwrap_or_default().to_ascii_lowercase();
        let id = id.unwrap_or_default().to_ascii_lowercase();
        let is_note = |s: &str| s.contains("footnote") && !s.contains("anc");
        if (is_note(&class) || is_note(&id)) && !self.footnotes && !self.out.is_empty() {
            self.footnotes = true;
            self.out.blank_line();
            self.out.paragraph(FOOTNOTE_RULE, Location::Element(format!("{name}[{count}]")), None);
        }
        // A page Word saved keeps a paragraph's style as its class (`ResNo`, `Call`; its own
        // styles as `MsoTitle`).
        let styled = || {
            attribute(tag, "class")?
                .split_whitespace()
                .find_map(|class| Hint::of_style(class.strip_prefix("Mso").unwrap_or(class)))
        };
        self.hint = match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(Hint::Heading),
            "li" => Some(Hint::Item),
            _ => styled(),
        };
        if name == "li"
            && let Some((kind, next)) = self.lists.last_mut()
        {
            let number = *next;
            *next += 1;
            if let Some(label) = label(kind, number) {
                self.line.push_str(&label);
                self.line.push('\t');
                self.label.clone_from(&self.line);
            }
        }
    }
}

/// The label of item `number` of a list of `kind`: `3`, `c)`, `iii)`; `None` for bullets.
fn label(kind: &str, number: u32) -> Option<String> {
    match kind {
        "1" => Some(number.to_string()),
        "a" | "A" => {
            let letter = char::from_u32(u32::from(b'a') + (number.saturating_sub(1) % 26))?;
            let letter = if kind == "A" { letter.to_ascii_uppercase() } else { letter };
            Some(format!("{letter})"))
        }
        "i" | "I" => {
            let roman = roman(number);
            Some(format!("{})", if kind == "I" { roman.to_uppercase() } else { roman }))
        }
        _ => None,
    }
}

/// `number` in lower-case Roman numerals (up to 3999; beyond, the digits).
pub(crate) fn roman(number: u32) -> String {
    if number == 0 || number > 3999 {
        return number.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut rest = number;
    let mut res = String::new();
    for (value, digits) in TABLE {
        while rest >= value {
            res.push_str(digits);
            rest -= value;
        }
    }
    res
}

fn attribute(tag: &Tag, name: &str) -> Option<String> {
    tag.attrs.iter().find(|a| &*a.name.local == name).map(|a| a.value.to_string())
}

struct Sink {
    state: RefCell<State>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let dropped = matches!(name, "head" | "script" | "style" | "template" | "noscript");
                match tag.kind {
                    TagKind::StartTag => {
                        if dropped && !tag.self_closing {
                            state.dropped += 1;
                            return match name {
                                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                                "style" | "noscript" => TokenSinkResult::RawData(RawKind::Rawtext),
                                _ => TokenSinkResult::Continue,
                            };
                        }
                        if name == "br" {
                            state.line.push('\n');
                        } else if name == "ol" || name == "ul" {
                            let kind = if name == "ul" {
                                "ul".to_owned()
                            } else {
                                attribute(&tag, "type").unwrap_or_else(|| "1".to_owned())
                            };
                            let start = attribute(&tag, "start")
                                .and_then(|s| s.trim().parse().ok())
                                .unwrap_or(1);
                            state.flush(false);
                            state.lists.push((kind, start));
                        } else if BLOCKS.contains(&name) {
                            state.start_block(&tag);
                        }
                    }
                    TagKind::EndTag => {
                        if dropped {
                            state.dropped = state.dropped.saturating_sub(1);
                        } else if name == "ol" || name == "ul" {
                            state.flush(false);
                            state.lists.pop();
                        } else if BLOCKS.contains(&name) {
                            state.flush(true);
                        }
                    }
                }
            }
            Token::CharacterTokens(text) if state.dropped == 0 => {
                if state.location.is_none() {
                    // Text outside any block (directly in the body) starts a paragraph.
                    let count = state.counts.entry("text".to_owned()).or_default();
                    *count += 1;
                    let location = Location::Element(format!("text[{count}]"));
                    if text.trim().is_empty() {
                        return TokenSinkResult::Continue;
                    }
                    state.location = Some(location);
                }
                // Source line breaks and runs of white space inside a block are one space, as
                // a browser shows them; `<br>` gave a real line break above.
                let mut last_space =
                    state.line.ends_with([' ', '\n', '\t']) || state.line.is_empty();
                for c in text.chars() {
                    if c == '\u{a0}' {
                        state.line.push(c);
                        last_space = false;
                    } else if c.is_whitespace() {
                        if !last_space {
                            state.line.push(if c == '\t' { '\t' } else { ' ' });
                            last_space = true;
                        }
                    } else {
                        state.line.push(c);
                        last_space = false;
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(html: &str, want: &str) {
        let (text, _) = read(html.as_bytes());
        assert_eq!(text.text, want);
    }

    #[test]
    fn blocks_entities_lists_and_dropped_elements() {
        // Blocks are lines, one after the other, as a word processor's paragraphs; an empty
        // block is a blank line, and a heading element stands between blank lines.
        check("<p>one &amp; two</p><p>three<br/>four</p>", "one & two\nthree\nfour\n");
        check("<p>RESOLUTION 2</p><p><br/></p><p>Title</p><p> </p>", "RESOLUTION 2\n\nTitle\n");
        check("<div><p>a</p><p>b</p></div><div><div><p>c</p></div></div>", "a\nb\nc\n");
        check(
            "<h2>RESOLUTION 2</h2><p>Title</p><p>The Council,</p><h3>ANNEX</h3><p>x</p>",
            "RESOLUTION 2\n\nTitle\nThe Council,\n\nANNEX\n\nx\n",
        );
        check(
            "<html><head><title>T</title><style>p{}</style></head><body><script>if (a<b) x()</script><h1>RESOLUTION 2</h1></body></html>",
            "RESOLUTION 2\n",
        );
        check(
            "<p>resolves</p><ol><li><p>to do</p></li><li>to see</li></ol><ol type=\"a\"><li>x</li></ol>",
            "resolves\n1\tto do\n2\tto see\na)\tx\n",
        );
        check("<p>a\n   b&nbsp;c</p>", "a b\u{a0}c\n");
        check(
            "<p>countries<a class=\"sdfootnoteanc\"><sup>1</sup></a></p><div id=\"sdfootnote1\"><p>1 Note.</p></div>",
            "countries1\n\n______________\n1 Note.\n",
        );
        assert_eq!(roman(14), "xiv");
    }

    #[test]
    fn word_paragraph_classes_are_hints() {
        // A page Word saved from an ITU template keeps its paragraph styles as classes: the
        // heading, title and issuing clause stand between blank lines, a clause word after one,
        // as in the Word file itself, and each is hinted.
        let html = "<p class=MsoNormal>Document 12</p><p class=ResNo>RESOLUTION 2 (REV. DUBAI, 2018)</p>\
            <p class=Restitle>Forum</p><p class=Normalaftertitle>The Conference (Dubai, 2018),</p>\
            <p class=Call><i>considering</i></p><p class=enumlev1>a)\tthat it meets;</p>\
            <p class=Call>resolves</p><p class=MsoNormal>to meet.</p>";
        let (text, _) = read(html.as_bytes());
        assert_eq!(
            text.text,
            "Document 12\n\nRESOLUTION 2 (REV. DUBAI, 2018)\n\nForum\n\nThe Conference (Dubai, 2018),\n\nconsidering\na)\tthat it meets;\n\nresolves\nto meet.\n"
        );
        let hints: Vec<Hint> = text.hints.iter().map(|h| h.hint).collect();
        assert_eq!(
            hints,
            [
                Hint::Heading,
                Hint::Title,
                Hint::IssuingClause,
                Hint::ClauseWord,
                Hint::Item,
                Hint::ClauseWord
            ]
        );
    }
}
