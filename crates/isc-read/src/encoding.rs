//! Bytes that are not UTF-8: a text or a page in a single-byte encoding of Western European
//! languages (Latin-1, Windows-1252: French and Spanish texts saved by older tools, pages a word
//! processor saved as HTML), told from UTF-8 with a few bad bytes (a file cut short, a stray
//! byte). Decoding is `encoding_rs`'s, the WHATWG encodings.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How bytes that are not valid UTF-8 were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// As Windows-1252 (a superset of Latin-1's printable characters): no valid UTF-8 sequence
    /// beyond ASCII outnumbers the bytes that are none.
    Windows1252,
    /// As UTF-8, each bad byte or sequence replaced with U+FFFD.
    Replaced,
}

impl Fallback {
    /// What was done, for a diagnostic after `invalid UTF-8 at byte offset N; `.
    pub fn describe(self) -> &'static str {
        match self {
            Fallback::Windows1252 => "read as Windows-1252 (Latin-1)",
            Fallback::Replaced => "bad bytes replaced with U+FFFD",
        }
    }
}

/// Reads `bytes`, which are not valid UTF-8 (no byte-order mark): as Windows-1252 where they
/// read as a single-byte text, that is where the characters beyond ASCII written as valid UTF-8
/// are fewer than the bad bytes and sequences (a Latin-1 text has next to none of the first); as
/// UTF-8 with bad bytes replaced otherwise, and always where the only bad sequence is one cut
/// off at the end (a UTF-8 file cut short).
pub fn decode_invalid_utf8(bytes: &[u8]) -> (String, Fallback) {
    let (mut valid_beyond_ascii, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_beyond_ascii += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    let cut_at_end =
        invalid == 1 && std::str::from_utf8(bytes).is_err_and(|e| e.error_len().is_none());
    if !cut_at_end && valid_beyond_ascii < invalid {
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
        (text.into_owned(), Fallback::Windows1252)
    } else {
        (String::from_utf8_lossy(bytes).into_owned(), Fallback::Replaced)
    }
}

/// How far into a page its encoding is looked for.
const CHARSET_REACH: usize = 4096;

/// An HTML page's text: in the encoding its byte-order mark or a `charset` in its first bytes
/// names (`<meta charset="ISO-8859-1">`, `<meta http-equiv=Content-Type content="text/html;
/// charset=windows-1252">`; ISO-8859-1 is read as Windows-1252, as browsers do), else as UTF-8
/// when it is, else as [`decode_invalid_utf8`] reads it. The second value tells when the page
/// named no encoding and was not UTF-8.
pub(crate) fn html_text(bytes: &[u8]) -> (Cow<'_, str>, Option<Fallback>) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text, None);
    }
    if let Some(encoding) = declared_charset(&bytes[..bytes.len().min(CHARSET_REACH)]) {
        // A page whose bytes say `charset=utf-16` in ASCII is not UTF-16: read as UTF-8.
        let encoding = encoding.output_encoding();
        if encoding != UTF_8 {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return (text, None);
        }
        return (String::from_utf8_lossy(bytes), None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) => {
            let (text, fallback) = decode_invalid_utf8(bytes);
            (Cow::Owned(text), Some(fallback))
        }
    }
}

/// The encoding a `charset=` in `head` names, the label as the encoding standard knows it.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, b"charset").find_map(|at| {
        let rest = &head[at + b"charset".len()..];
        let rest = rest.trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
        let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
        let len = rest
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
            .unwrap_or(rest.len());
        Encoding::for_label(&rest[..len])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_1_is_told_from_utf8_with_a_bad_byte() {
        let (text, how) = decode_invalid_utf8(b"R\xc9SOLUTION 71 \x96 d\xe9cide");
        assert_eq!(
            (text.as_str(), how),
            ("R\u{c9}SOLUTION 71 \u{2013} d\u{e9}cide", Fallback::Windows1252)
        );
        let (text, how) = decode_invalid_utf8(
            "R\u{c9}SOLUTION 71 d\u{e9}cide \u{e9}t\u{e9}\u{ff}"
                .as_bytes()
                .iter()
                .chain(b"\xff")
                .copied()
                .collect::<Vec<u8>>()
                .as_slice(),
        );
        assert_eq!(how, Fallback::Replaced, "{text}");
        let (_, how) = decode_invalid_utf8(b"recalling Resolution 70 (Rev. Dub\xc3");
        assert_eq!(how, Fallback::Replaced);
    }

    #[test]
    fn a_page_s_declared_charset() {
        let page = b"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body>Caf\xe9 \x93quoted\x94</body></html>";
        let (text, fallback) = html_text(page);
        assert!(text.contains("Caf\u{e9} \u{201c}quoted\u{201d}"), "{text}");
        assert_eq!(fallback, None);
        let (text, _) = html_text(b"<meta charset='ISO-8859-1'><p>d\xe9cide</p>");
        assert!(text.contains("d\u{e9}cide"), "{text}");
        let (text, fallback) = html_text(b"<p>d\xe9cide</p>");
        assert!(text.contains("d\u{e9}cide"), "{text}");
        assert_eq!(fallback, Some(Fallback::Windows1252));
        let (text, fallback) = html_text("<meta charset=utf-8><p>d\u{e9}cide</p>".as_bytes());
        assert!(text.contains("d\u{e9}cide"), "{text}");
        assert_eq!(fallback, None);
    }
}
