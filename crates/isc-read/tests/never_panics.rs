//! Reading never fails by panicking: arbitrary bytes after each format's opening, and each
//! format's markup cut anywhere, give a reading or an error. The PDF library may panic on a
//! broken file; that panic is caught and named (`Error::Panic`), which only PDF may give.

use isc_read::{Error, Format, Options, detect, read};
use proptest::prelude::*;

const OPENINGS: &[&[u8]] = &[
    b"<!DOCTYPE html><html><body><p>",
    b"<?xml version=\"1.0\"?><akomaNtoso><doc><mainBody><p>",
    b"%PDF-1.7\n",
    b"PK\x03\x04word/document.xml",
];

fn check(bytes: &[u8]) {
    match read(bytes, "input", &Options::default()) {
        Ok(reading) => {
            for text in &reading.texts {
                let len = u32::try_from(text.text.len()).unwrap();
                assert!(text.source_map.windows(2).all(|w| w[0].start <= w[1].start));
                assert!(text.source_map.iter().all(|e| e.start <= len));
            }
        }
        Err(Error::Panic(format)) => assert_eq!(format, "PDF", "{:?}", detect(bytes)),
        Err(_) => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_after_an_opening(opening in 0..OPENINGS.len(), rest in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = OPENINGS[opening].to_vec();
        bytes.extend(rest);
        check(&bytes);
    }

    #[test]
    fn markup_cut_anywhere(cut in 0usize..2000, text in "[a-z<>/&;#\" =0-9\n]{0,200}") {
        let html = format!("<html><body><ol type=\"a\"><li><p>a{text}</p></li></ol><br><script>{text}</script></body></html>");
        let akn = format!("<akomaNtoso><documentCollection><collectionBody><component eId=\"c\"><doc><mainBody><hcontainer><num>1</num><content><p>{text}<authorialNote marker=\"1\"><p>n</p></authorialNote></p></content></hcontainer></mainBody></doc></component></collectionBody></documentCollection></akomaNtoso>");
        for markup in [html, akn] {
            let end = cut.min(markup.len());
            let end = (0..=end).rev().find(|&i| markup.is_char_boundary(i)).unwrap_or(0);
            check(&markup.as_bytes()[..end]);
        }
    }
}

#[test]
fn formats_seen_by_the_properties() {
    assert_eq!(detect(OPENINGS[0]), Format::Html);
    assert_eq!(detect(OPENINGS[1]), Format::AkomaNtoso);
    assert_eq!(detect(OPENINGS[2]), Format::Pdf);
    assert_eq!(detect(OPENINGS[3]), Format::Word);
}
