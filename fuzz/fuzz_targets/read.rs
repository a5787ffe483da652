//! Fuzz target: arbitrary bytes read as each format the reading stage knows (Word, Word 97-2003,
//! PDF, HTML, Akoma Ntoso, RTF, OpenDocument text): a text or an error, never a panic. Half the
//! inputs open with an RTF group, so the hand-written RTF reader sees inputs it may parse.

#![no_main]

use isc_read::{Options, read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    let _ = read(data, "input", &options);
    let mut rtf = b"{\\rtf1 ".to_vec();
    rtf.extend_from_slice(data);
    let _ = read(&rtf, "input.rtf", &options);
});
