//! Phrase banks: the wording the generator varies to build clauses, written for this project.
//!
//! No sentence here may hold a lexicon phrase or one of its key words, nor a body name right
//! before a citation slot; the tests of `lib.rs` check the banks against the lexicon.

/// Who a preamble statement is about.
pub(crate) const SUBJECTS: &[&str] = &[
    "Member States",
    "Sector Members",
    "many administrations",
    "national regulatory authorities",
    "developing countries",
    "the membership of the Union",
    "network operators and service providers",
    "regional telecommunication organizations",
    "the study groups",
    "the advisory groups of the Sectors",
    "the Bureaux",
    "administrations in all regions",
    "smaller administrations",
    "Associates and observers",
    "the host countries of recent meetings",
];

/// What a preamble statement says about its subject.
pub(crate) const PREDICATES: &[&str] = &[
    "continue to face difficulties in planning and financing their networks",
    "rely on the Union for guidance on regulatory and technical matters",
    "have asked for practical help in applying the outcomes of recent conferences",
    "benefit from the exchange of experience and good practice",
    "need reliable information to take well-founded decisions",
    "contribute to the work of the Union through their expertise",
    "play an important part in the growth of national economies",
    "have made substantial progress since the previous conference",
    "look to the Union for neutral and balanced advice",
    "are increasingly involved in the preparation of Recommendations",
    "often lack the means to take part in meetings held far from their region",
    "expect the Union to use its resources efficiently and transparently",
    "have shared valuable experience in workshops and seminars",
    "need tools that can be adapted to national circumstances",
    "have stressed the value of regional preparatory meetings",
    "depend on timely publication of the documents of the Union",
    "have requested clearer procedures for the submission of contributions",
    "face rapid changes in the technologies they deploy",
    "seek a stable and predictable regulatory environment for investment",
    "have welcomed the electronic working methods introduced in recent years",
    "need statistics that can be compared between countries",
    "cooperate with one another on the basis of mutual respect",
    "have limited staff to follow the growing number of meetings",
    "ask for the early circulation of draft texts",
];

/// Endings that lengthen a statement.
pub(crate) const MODIFIERS: &[&str] = &[
    "in a way that respects national sovereignty",
    "within the resources available",
    "in accordance with the Constitution and Convention of the Union",
    "taking into consideration the needs of developing countries",
    "at the regional and global levels",
    "in the light of recent technical developments",
    "without prejudice to the work of other organizations",
    "as far as practicable",
    "with the support of the membership",
    "on the basis of contributions from the membership",
    "in an open and transparent manner",
    "over the coming study period",
];

/// Preamble items that are noun phrases (`having regard to`, `recalling`, `noting`).
pub(crate) const NOUN_ITEMS: &[&str] = &[
    "the results of the regional preparatory meetings held before this conference",
    "the report of the Secretary-General on the implementation of the strategic plan",
    "the growing reliance of national economies on telecommunication networks",
    "the outcomes of the global symposia for regulators",
    "the work already carried out by the study groups during the previous study period",
    "the decisions of the Council on the organization of meetings",
    "the provisions of the Constitution and Convention of the Union",
    "the contributions received from Member States and Sector Members",
    "the experience gained with electronic meetings and remote participation",
    "the guidelines prepared by the advisory groups on working methods",
    "the statistics published by the Union on telecommunication indicators",
    "the cooperation agreements concluded with regional telecommunication organizations",
    "the rapid pace of change in telecommunication technologies and services",
    "the importance of telecommunications for economic and social development",
    "the need to make the best use of the resources of the Union",
    "the growing number of Recommendations approved since the previous assembly",
];

/// Preamble statements that stand alone after `that`.
pub(crate) const STATEMENTS: &[&str] = &[
    "telecommunications are essential to economic and social development",
    "the resources of the Union are limited and must be used efficiently",
    "technology evolves rapidly and regulatory frameworks must keep pace with it",
    "the work of the Union depends on the active participation of its membership",
    "the benefits of modern networks are not yet shared equally by all countries",
    "open and transparent procedures strengthen trust in the outcomes of the Union",
    "the timely publication of texts helps administrations to apply them",
    "regional meetings allow countries to prepare common positions",
    "many questions studied by the Union call for expertise from several fields",
    "practical guidance is often more useful to administrations than general principles",
    "the wide use of electronic documents has changed the way meetings are held",
    "coordinated approaches avoid unnecessary costs for administrations and industry",
];

/// What an operative item asks for, after `to`.
pub(crate) const ACTIONS: &[&str] = &[
    "prepare guidelines for administrations on the matters covered by this resolution",
    "organize workshops and seminars in the regions",
    "report to the Council on the progress made",
    "report to the next conference on the implementation of this resolution",
    "collect and publish information on national experience",
    "assist Member States, at their request, in applying this resolution",
    "keep the relevant Recommendations under review",
    "invite contributions from Member States and Sector Members",
    "make the results of this work available on the website of the Union",
    "cooperate with regional telecommunication organizations",
    "take the necessary measures within the available budget",
    "facilitate the participation of developing countries in the relevant meetings",
    "develop a database of good practice available to the membership",
    "conduct surveys among administrations and publish their results",
    "provide the necessary support to the study groups",
    "examine the working methods of the relevant groups and propose improvements",
    "bring this resolution to the attention of the relevant organizations",
    "encourage the exchange of information among administrations",
    "prepare a report on the experience gained, for consideration by the advisory group",
    "identify the resources needed and include them in the draft budget",
    "update the relevant handbooks and publish them in electronic form",
    "hold consultations with the membership before taking decisions",
];

/// Endings of operative items.
pub(crate) const ACTION_ENDS: &[&str] = &[
    "within the resources available",
    "in close consultation with the membership",
    "on a regular basis",
    "as soon as possible",
    "in time for the next meeting of the Council",
    "taking into consideration the needs of developing countries",
    "and to report on the results",
    "in accordance with the strategic plan of the Union",
];

/// Operative items on a theme: the phrase goes where `{}` stands.
pub(crate) const THEME_ACTIONS: &[&str] = &[
    "to give priority to {} in the work programme of the Sector",
    "to continue and strengthen the activities relating to {}",
    "to assist Member States in matters concerning {}",
    "to prepare a report on national experience with {}",
    "to organize regional workshops on {}",
    "to take account of {} when preparing the operational plan",
    "to collect and share information on {} among administrations",
    "to support the development of Recommendations dealing with {}",
    "to encourage Member States to include {} in their national plans",
    "to keep the membership informed of progress on {}",
];

/// Preamble items on a theme.
pub(crate) const THEME_NOTES: &[&str] = &[
    "that {} remains a concern for many Member States",
    "that questions relating to {} are discussed in several forums",
    "the work already done by the Union on {}",
    "that national experience with {} differs widely between regions",
    "that {} was raised by several administrations at recent meetings",
];

/// Operative items that ask the Sectors or Bureaux to work together: text before, the cue, text
/// after.
pub(crate) const CUE_ACTIONS: &[(&str, &str, &str)] = &[
    (
        "to ensure close ",
        "inter-Sector coordination",
        " in carrying out the activities set out in this resolution",
    ),
    ("to report on these activities through the ", "Inter-Sector Coordination Group", ""),
    (
        "to work with ",
        "the three Sectors",
        " so that the activities are planned together and their results shared",
    ),
    (
        "to pursue these activities in ",
        "intersectoral coordination",
        ", so as to make the best use of the resources of the Union",
    ),
    (
        "to keep ",
        "the Directors of the three Bureaux",
        " informed of progress and to seek their advice",
    ),
    ("to plan these activities so as to ", "avoid duplication of work between the Sectors", ""),
    (
        "to hold joint meetings with ",
        "the three Bureaux",
        " on the matters covered by this resolution",
    ),
];

/// Preamble items mentioning the Sectors working together (context, not a call).
pub(crate) const CUE_NOTES: &[(&str, &str, &str)] = &[
    ("that ", "the three Sectors", " each contribute to the matters covered by this resolution"),
    ("the work of the ", "Inter-Sector Coordination Group", " since the previous conference"),
    (
        "that ",
        "intersectoral coordination",
        " helps to make the best use of the resources of the Union",
    ),
    ("that it is important to ", "avoid duplication of work between the Sectors", ""),
];

/// Preamble items that cite a resolution: text before the citation, text after it.
pub(crate) const CITE_NOTES: &[(&str, &str)] = &[
    ("", ", on the strategic plan of the Union"),
    ("", ", which sets out the working methods of the Sector"),
    ("that ", " calls for regular reports on its implementation"),
    ("the relevant provisions of ", ""),
    ("the outcomes of the work carried out under ", ""),
    ("that ", " remains in force and continues to guide the work of the Bureaux"),
    ("", ", concerning the organization of regional meetings"),
    ("that the activities set out in ", " have been carried out with good results"),
    ("the report on the implementation of ", " submitted to this conference"),
];

/// Operative items that cite a resolution.
pub(crate) const CITE_ACTIONS: &[(&str, &str)] = &[
    ("to continue implementing ", " and to report on progress to the Council"),
    ("to take into account ", " when preparing the operational plan"),
    ("to apply the relevant provisions of ", ""),
    ("to review, in the light of ", ", the working methods of the relevant groups"),
];

/// Citations of documents that are not ITU resolutions, which a reader must leave out.
pub(crate) const DISTRACTORS: &[&str] = &[
    "that Recommendation ITU-T X.1205 and Recommendation ITU-T Y.2060 are relevant to this work",
    "Article 12 of the Constitution of the Union",
    "that Question 3/1 of Study Group 1 deals with related matters",
    "Council Decision 588 and Decision 5 of the Council",
    "United Nations General Assembly resolution 70/1",
    "Opinion 1 of the WTPF",
    "the resolution 52/96 of the United Nations General Assembly",
];

/// Footnote texts.
pub(crate) const FOOTNOTES: &[&str] = &[
    "Including administrations that have joined the Union since the previous conference.",
    "As defined in the Constitution and Convention of the Union.",
    "This includes the members of the regional telecommunication organizations concerned.",
    "Where national legislation allows it.",
];

/// Titles of resolutions on no theme.
pub(crate) const PLAIN_TITLES: &[&str] = &[
    "Working methods of the study groups",
    "Procedures for the approval of Recommendations",
    "Management of conference documentation",
    "Organization of regional preparatory meetings",
    "Arrangements for seminars and workshops",
    "Review of the rules of procedure",
    "Participation of Sector Members in the work of the study groups",
    "Guidelines for the preparation of contributions",
    "Cooperation with regional telecommunication organizations",
    "Electronic working methods",
    "Telecommunication indicators and statistics",
    "Collaboration with other international organizations",
    "Preparations for future conferences",
    "Operational planning and reporting",
    "Publication arrangements of the Union",
];

/// Title templates for a resolution on one theme.
pub(crate) const THEME_TITLES: &[&str] = &[
    "Measures relating to {}",
    "Union activities on {}",
    "{}",
    "Strengthening work on {}",
    "Telecommunications and {}",
    "Assistance to Member States on {}",
];

/// Preamble clause words.
pub(crate) const PREAMBLE_WORDS: &[&str] = &[
    "recalling",
    "considering",
    "noting",
    "recognizing",
    "bearing in mind",
    "taking into account",
    "aware",
    "emphasizing",
    "having regard to",
    "noting with satisfaction",
    "noting with concern",
    "acknowledging",
    "mindful",
    "convinced",
    "welcoming",
    "considering further",
    "further recalling",
    "noting also",
    "recognizing also",
];

/// Operative clause words any body uses.
pub(crate) const OPERATIVE_COMMON: &[&str] = &[
    "resolves",
    "decides",
    "invites Member States",
    "invites Member States and Sector Members",
    "encourages Member States",
    "urges administrations",
];

/// The Plenipotentiary Conference's own operative clause words.
pub(crate) const OPERATIVE_PP: &[&str] =
    &["instructs the Secretary-General", "requests the Council", "requests the Secretary-General"];

/// The standardization Assembly's.
pub(crate) const OPERATIVE_WTSA: &[&str] = &[
    "instructs the Director of the Telecommunication Standardization Bureau",
    "instructs the study groups",
    "invites Sector Members",
];

/// The development Conference's.
pub(crate) const OPERATIVE_WTDC: &[&str] = &[
    "instructs the Director of the Telecommunication Development Bureau",
    "invites the regional telecommunication organizations",
];

/// The radiocommunication bodies'.
pub(crate) const OPERATIVE_RADIO: &[&str] = &[
    "instructs the Director of the Radiocommunication Bureau",
    "invites administrations",
    "requests the Secretary-General",
];

/// An operative clause word that is itself a call for coordination.
pub(crate) const OPERATIVE_CUE: &str = "instructs the Directors of the three Bureaux";

/// Every bank of plain wording, for the tests that check it against the lexicon.
#[cfg(test)]
pub(crate) fn plain_banks() -> Vec<&'static str> {
    let mut res: Vec<&'static str> = Vec::new();
    for bank in [
        SUBJECTS,
        PREDICATES,
        MODIFIERS,
        NOUN_ITEMS,
        STATEMENTS,
        ACTIONS,
        ACTION_ENDS,
        THEME_ACTIONS,
        THEME_NOTES,
        DISTRACTORS,
        FOOTNOTES,
        PLAIN_TITLES,
        THEME_TITLES,
        PREAMBLE_WORDS,
        OPERATIVE_COMMON,
        OPERATIVE_PP,
        OPERATIVE_WTSA,
        OPERATIVE_WTDC,
        OPERATIVE_RADIO,
    ] {
        res.extend_from_slice(bank);
    }
    for &(before, _, after) in CUE_ACTIONS.iter().chain(CUE_NOTES) {
        res.push(before);
        res.push(after);
    }
    for &(before, after) in CITE_NOTES.iter().chain(CITE_ACTIONS) {
        res.push(before);
        res.push(after);
    }
    res
}
