//! The generator's lexicon: the themes it writes about, their phrases, the coordination cues,
//! and the lexicon file that lets the engine read the corpus back exactly.
//!
//! Every phrase holds at least one word that no other theme, no cue and no filler sentence of the
//! generator ever uses (a test checks it), so a phrase can only be found where the generator put
//! it on purpose.

use std::fmt::Write as _;

/// One theme: its id, its label, the phrases that put a text on it, and whether
/// radiocommunication texts (RA, WRC) may be on it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ThemeDef {
    pub(crate) id: &'static str,
    pub(crate) label: &'static str,
    pub(crate) phrases: &'static [&'static str],
    pub(crate) radio: bool,
}

/// Themes only Plenipotentiary texts are on (a proposal needs one of them to call for
/// coordination), and themes only Sector texts are on (never proposed): the mapping table then
/// has rows that fire on clause A alone and themes it leaves out.
pub(crate) const PP_ONLY: &[&str] = &["languages", "regional-presence"];
/// See [`PP_ONLY`].
pub(crate) const SECTORS_ONLY: &[&str] = &["e-health", "numbering-misuse"];

const fn theme(
    id: &'static str,
    label: &'static str,
    phrases: &'static [&'static str],
    radio: bool,
) -> ThemeDef {
    ThemeDef { id, label, phrases, radio }
}

/// The themes, in lexicon file order. At most 64 (documents keep their themes in a bit set).
pub(crate) const THEMES: &[ThemeDef] = &[
    theme(
        "accessibility",
        "Accessibility for persons with disabilities",
        &[
            "persons with disabilities",
            "assistive technologies",
            "accessible ICT services",
            "accessibility of telecommunication services",
        ],
        false,
    ),
    theme(
        "artificial-intelligence",
        "Artificial intelligence",
        &["artificial intelligence", "machine learning", "trustworthy AI systems"],
        false,
    ),
    theme(
        "bridging-standardization-gap",
        "Bridging the standardization gap",
        &[
            "the standardization gap",
            "bridging the standardization gap",
            "national standardization secretariats",
        ],
        false,
    ),
    theme(
        "capacity-building",
        "Capacity building",
        &[
            "capacity building",
            "human capacity development",
            "training of national experts",
            "centres of excellence",
        ],
        true,
    ),
    theme(
        "child-online-protection",
        "Child online protection",
        &["child online protection", "protection of children online", "online safety of children"],
        false,
    ),
    theme(
        "climate-change-environment",
        "Climate change and the environment",
        &[
            "climate change",
            "environmental sustainability",
            "greenhouse gas emissions",
            "energy efficiency",
        ],
        true,
    ),
    theme(
        "conformance-interoperability",
        "Conformance and interoperability",
        &[
            "conformance and interoperability",
            "conformance testing",
            "interoperability testing",
            "testing laboratories",
        ],
        false,
    ),
    theme(
        "consumer-protection",
        "Consumer protection",
        &[
            "consumer protection",
            "protection of consumers",
            "quality of service",
            "consumer rights",
        ],
        false,
    ),
    theme(
        "counterfeit-devices",
        "Counterfeit devices",
        &[
            "counterfeit devices",
            "counterfeit telecommunication equipment",
            "combating counterfeiting",
        ],
        false,
    ),
    theme(
        "cybersecurity",
        "Cybersecurity",
        &[
            "cybersecurity",
            "cyberthreats",
            "confidence and security in the use of ICTs",
            "computer incident response teams",
        ],
        false,
    ),
    theme(
        "digital-inclusion",
        "Digital inclusion",
        &[
            "the digital divide",
            "bridging the digital divide",
            "affordable connectivity",
            "an inclusive digital society",
        ],
        false,
    ),
    theme(
        "e-health",
        "E-health",
        &["e-health", "telemedicine", "health information systems"],
        false,
    ),
    theme(
        "e-waste",
        "E-waste",
        &["e-waste", "electronic waste", "waste from electrical and electronic equipment"],
        false,
    ),
    theme(
        "emergency-telecommunications",
        "Emergency telecommunications",
        &[
            "emergency telecommunications",
            "disaster relief",
            "early warning systems",
            "disaster risk reduction",
        ],
        true,
    ),
    theme(
        "emf-human-exposure",
        "Human exposure to electromagnetic fields",
        &[
            "electromagnetic fields",
            "human exposure to electromagnetic fields",
            "EMF exposure limits",
        ],
        true,
    ),
    theme(
        "financial-inclusion",
        "Financial inclusion",
        &["financial inclusion", "digital financial services", "mobile money"],
        false,
    ),
    theme(
        "gender-equality",
        "Gender equality",
        &[
            "gender equality",
            "empowerment of women and girls",
            "gender mainstreaming",
            "women in ICT",
        ],
        false,
    ),
    theme(
        "internet-public-policy",
        "Internet-related public policy",
        &[
            "Internet-related public policy",
            "domain names",
            "Internet governance",
            "internationalized domain names",
        ],
        false,
    ),
    theme(
        "iot-smart-cities",
        "Internet of Things and smart cities",
        &["the Internet of Things", "smart sustainable cities", "smart cities and communities"],
        true,
    ),
    theme("ipv6", "IPv6", &["IPv6", "the transition to IPv6", "IP address allocation"], false),
    theme(
        "languages",
        "Official languages",
        &[
            "the six official languages",
            "multilingualism",
            "official languages of the Union on an equal footing",
        ],
        false,
    ),
    theme(
        "ldc-sids-special-needs",
        "Least developed countries and small island developing states",
        &[
            "least developed countries",
            "small island developing states",
            "landlocked developing countries",
        ],
        false,
    ),
    theme(
        "mobile-device-theft",
        "Mobile device theft",
        &["mobile device theft", "stolen mobile devices", "theft of mobile handsets"],
        false,
    ),
    theme(
        "numbering-misuse",
        "Misuse of numbering resources",
        &[
            "misuse of numbering resources",
            "international numbering resources",
            "calling line identification",
        ],
        false,
    ),
    theme("ott-services", "OTT services", &["over-the-top services", "OTT applications"], false),
    theme(
        "regional-presence",
        "Regional presence",
        &["regional presence", "regional offices", "strengthening the regional presence"],
        false,
    ),
    theme(
        "satellite-orbit-resources",
        "Satellite orbits",
        &[
            "the geostationary-satellite orbit",
            "satellite networks",
            "orbital resources",
            "non-geostationary satellite systems",
        ],
        true,
    ),
    theme(
        "smes-academia-participation",
        "Participation of SMEs and academia",
        &["small and medium enterprises", "participation of academia", "academic institutions"],
        false,
    ),
    theme(
        "spectrum-management",
        "Spectrum management",
        &[
            "spectrum management",
            "radio-frequency spectrum",
            "harmful interference",
            "frequency assignments",
        ],
        true,
    ),
    theme(
        "wsis-sdgs",
        "WSIS and the Sustainable Development Goals",
        &[
            "the World Summit on the Information Society",
            "WSIS action lines",
            "the Sustainable Development Goals",
            "the 2030 Agenda for Sustainable Development",
        ],
        false,
    ),
    theme("youth", "Youth", &["youth", "young people", "young innovators"], false),
];

/// The coordination cues: the Union's own Sectors or Bureaux working together.
pub(crate) const CUES: &[&str] = &[
    "the three Sectors",
    "inter-Sector coordination",
    "intersectoral coordination",
    "the Directors of the three Bureaux",
    "the three Bureaux",
    "Inter-Sector Coordination Group",
    "avoid duplication of work between the Sectors",
];

/// The scoring the lexicon file sets: a title mention (6) or two operative mentions (3 each)
/// reach the threshold (4); stray preamble mentions (0.5 each, at most two) never do; the front
/// matter, footnotes and annexes weigh nothing. Repeats count fully: with a decay, the titles
/// listed in a compilation's table of contents (front matter of its first resolution) would
/// discount that resolution's own title.
const SCORING: &str = "[scoring]
threshold = 4.0
repeat_decay = 1.0
candidates = 3

[scoring.weights]
title = 6.0
operative = 3.0
preamble = 0.5
heading = 0.0
footnote = 0.0
annex = 0.0
other = 0.0
";

fn quoted(text: &str) -> String {
    let mut res = String::with_capacity(text.len() + 2);
    res.push('"');
    for c in text.chars() {
        match c {
            '"' => res.push_str("\\\""),
            '\\' => res.push_str("\\\\"),
            c => res.push(c),
        }
    }
    res.push('"');
    res
}

fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|p| quoted(p)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The lexicon file written beside a generated corpus.
pub(crate) fn lexicon_toml() -> String {
    let mut res = String::from(
        "# Lexicon of a corpus generated by isc-synth: the themes and phrases its texts use, the\n\
         # coordination cues, and a scoring under which the ground truth in truth/ is unambiguous.\n\
         # The generated texts are in English, so only English phrases are listed.\n\n\
         version = 1\n",
    );
    for theme in THEMES {
        // Writing to a String cannot fail.
        let _ = write!(
            res,
            "\n[[theme]]\nid = {}\nlabel = {}\nen = {}\n",
            quoted(theme.id),
            quoted(theme.label),
            list(theme.phrases)
        );
    }
    let _ = write!(res, "\n[coordination]\nen = {}\n\n{SCORING}", list(CUES));
    res
}
