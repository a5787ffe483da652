//! Lists of resolutions as real texts write them: each number with its edition and what it is
//! on, before the next one (`Resolutions 15 (Rev. Hyderabad, 2010), on applied research and
//! transfer of technology, 20 (Rev. Hyderabad, 2010), on ... and 37 (Rev. Dubai, 2014), on ...`).
//! The answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::cited as citations;

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("lists.txt", text)
}

fn recalling(item: &str) -> Vec<String> {
    let text = format!(
        "\
RESOLUTION 64 (REV. BUSAN, 2014)

Non-discriminatory access to modern telecommunication/information and communication technology facilities, services and applications

The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),

recalling

{item}

resolves

1\tto keep access to these technologies open to all.
"
    );
    citations(&scan(&text)[0])
}

#[test]
fn a_list_whose_items_each_say_what_they_are_on() {
    assert_eq!(
        recalling(
            "c)\tthe outcomes of the World Telecommunication Development Conference (WTDC), especially Resolutions 15 (Rev. Hyderabad, 2010), on applied research and transfer of technology, 20 (Rev. Hyderabad, 2010), on non-discriminatory access to modern telecommunication/information and communication technology (ICT) facilities, services and related applications and 37 (Rev. Dubai, 2014), on bridging the digital divide;"
        ),
        [
            "WTDC 15 (Rev. Hyderabad, 2010)",
            "WTDC 20 (Rev. Hyderabad, 2010)",
            "WTDC 37 (Rev. Dubai, 2014)"
        ]
    );
}

#[test]
fn a_number_after_a_description_without_its_edition_is_not_an_item() {
    // Only a number with its edition is a resolution after a description: the years and
    // paragraphs of the text are not.
    assert_eq!(
        recalling(
            "a)\tResolutions 15 (Rev. Hyderabad, 2010), on applied research, and the report of 2012 on its work;"
        ),
        ["WTDC 15 (Rev. Hyderabad, 2010)"]
    );
}

#[test]
fn the_numbers_of_another_kind_of_text_after_a_description_are_not_items() {
    assert_eq!(
        recalling(
            "a)\tResolutions 15 (Rev. Hyderabad, 2010), on applied research, and Decisions 5 and 11 (Rev. Dubai, 2018) of the Plenipotentiary Conference;"
        ),
        ["WTDC 15 (Rev. Hyderabad, 2010)"]
    );
}

#[test]
fn a_described_list_wrapped_over_lines() {
    assert_eq!(
        recalling(
            "c)\tthe outcomes of the World Telecommunication Development Conference (WTDC), especially\nResolutions 15 (Rev. Hyderabad, 2010), on applied research and transfer of technology, 20\n(Rev. Hyderabad, 2010), on non-discriminatory access to modern telecommunication/information\nand communication technology (ICT) facilities, services and related applications and 37 (Rev.\nDubai, 2014), on bridging the digital divide;"
        ),
        [
            "WTDC 15 (Rev. Hyderabad, 2010)",
            "WTDC 20 (Rev. Hyderabad, 2010)",
            "WTDC 37 (Rev. Dubai, 2014)"
        ]
    );
}

#[test]
fn a_description_does_not_go_on_past_a_blank_line() {
    assert_eq!(
        recalling(
            "a)\tResolutions 15 (Rev. Hyderabad, 2010), on applied research,\n\n20 (Rev. Hyderabad, 2010) meetings were held;"
        ),
        ["WTDC 15 (Rev. Hyderabad, 2010)"]
    );
}
