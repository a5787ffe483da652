//! Citations: the shapes real texts use to cite a resolution, each written with the canonical
//! rendering the engine must read back from it.

use isc_model::{Body, Edition, ResolutionNumber, ResolutionRef};

use crate::plan::{Conf, Plan};
use crate::rng::SplitMix64;

/// A citation as written, and the resolutions it names, canonical, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cited {
    pub(crate) text: String,
    pub(crate) truth: Vec<String>,
}

/// What the citing document is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    pub(crate) body: Body,
    pub(crate) year: u16,
    /// Whether the citation may be broken over two lines (it does not open a line).
    pub(crate) may_break: bool,
}

/// How an edition's parenthesis is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    /// `(Rev. Dubai 2014)`.
    NoComma,
    /// `(Rev Dubai, 2014)`.
    NoPeriod,
    /// A non-breaking space after `Rev.`.
    Nbsp,
    /// `(Rev.` / `Dubai, 2014)`.
    BreakAfterRev,
    /// `(Rev. Dubai,` / `2014)`.
    BreakAfterPlace,
    /// The place without its accents (`Florianopolis`).
    Unaccented,
}

fn unaccented(place: &str) -> String {
    place
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

/// Writes an edition's parenthesis for a conference of `body`.
pub(crate) fn edition_text(body: Body, conf: &Conf, revision: bool, style: Style) -> String {
    if body == Body::Wrc {
        return match (revision, style) {
            (true, Style::Nbsp | Style::NoComma) => format!("(Rev. {})", conf.tag),
            (true, _) => format!("(Rev.{})", conf.tag),
            (false, _) => format!("({})", conf.tag),
        };
    }
    let place = match style {
        Style::Unaccented => unaccented(&conf.place),
        _ => conf.place.clone(),
    };
    let year = conf.year;
    let rev = match (revision, style) {
        (false, _) => "",
        (true, Style::NoPeriod) => "Rev ",
        (true, Style::Nbsp) => "Rev.\u{a0}",
        (true, Style::BreakAfterRev) => "Rev.\n",
        (true, _) => "Rev. ",
    };
    match style {
        Style::NoComma => format!("({rev}{place} {year})"),
        Style::BreakAfterPlace => format!("({rev}{place},\n{year})"),
        _ => format!("({rev}{place}, {year})"),
    }
}

fn render(body: Body, number: ResolutionNumber, edition: Option<Edition>) -> String {
    ResolutionRef { body: Some(body), number, edition }.to_string()
}

/// A cited edition: conference index and whether it is a revision.
type CitedEdition = Option<(u16, bool)>;

/// The attribution names of a body, written after `of`.
fn attribution(body: Body) -> &'static [&'static str] {
    match body {
        Body::Pp => &["the Plenipotentiary Conference", "the Plenipotentiary Conference (PP)"],
        Body::Wtsa => &[
            "the World Telecommunication Standardization Assembly",
            "the World Telecommunication Standardization Assembly (WTSA)",
            "WTSA",
        ],
        Body::Wtdc => &[
            "the World Telecommunication Development Conference",
            "the World Telecommunication Development Conference (WTDC)",
            "WTDC",
        ],
        Body::Wrc => &["the World Radiocommunication Conference"],
        Body::Ra => &["the Radiocommunication Assembly"],
        Body::Council => &["the Council"],
    }
}

/// The markers written before the citation word.
fn markers(body: Body) -> &'static [&'static str] {
    match body {
        Body::Pp => &["PP"],
        Body::Wtsa => &["WTSA", "ITU-T"],
        Body::Wtdc => &["WTDC", "ITU-D"],
        Body::Wrc => &["WRC"],
        Body::Ra | Body::Council => &[],
    }
}

/// The subject names of a body, for `the ... adopted Resolution N`.
pub(crate) fn subject_name(body: Body) -> &'static str {
    match body {
        Body::Pp => "Plenipotentiary Conference",
        Body::Wtsa => "World Telecommunication Standardization Assembly",
        Body::Wtdc => "World Telecommunication Development Conference",
        Body::Wrc => "World Radiocommunication Conference",
        Body::Ra => "Radiocommunication Assembly",
        Body::Council => "Council",
    }
}

/// The citation word and the space after it, with the realistic defects.
fn word(rng: &mut SplitMix64, ctx: &Context, short_ok: bool) -> String {
    let trigger = if short_ok && rng.chance(25) { "Res." } else { "Resolution" };
    let space = if rng.chance(4) {
        "\u{a0}"
    } else if ctx.may_break && trigger == "Resolution" && rng.chance(4) {
        "\n"
    } else {
        " "
    };
    format!("{trigger}{space}")
}

/// Picks how a cited edition's parenthesis is written.
fn style(rng: &mut SplitMix64, ctx: &Context) -> Style {
    match rng.below(100) {
        0..4 => Style::NoComma,
        4..7 => Style::NoPeriod,
        7..10 => Style::Nbsp,
        10..13 if ctx.may_break => Style::BreakAfterRev,
        13..16 if ctx.may_break => Style::BreakAfterPlace,
        16..30 => Style::Unaccented,
        _ => Style::Plain,
    }
}

/// A conference of `body` no later than `year`, cited as a revision or not.
fn any_edition(rng: &mut SplitMix64, plan: &Plan, body: Body, year: u16) -> CitedEdition {
    let confs = plan.confs.of(body);
    let usable = confs.iter().take_while(|c| c.year <= year).count();
    if usable == 0 {
        return None;
    }
    Some((rng.index(usable) as u16, rng.chance(70)))
}

/// An edition of the planned resolution `res` no later than `year`: one written in the corpus
/// or its first adoption.
fn planned_edition(rng: &mut SplitMix64, plan: &Plan, res: u32, year: u16) -> CitedEdition {
    let resolution = &plan.resolutions[res as usize];
    let confs = plan.confs.of(resolution.body);
    let mut options: Vec<u16> = vec![resolution.first];
    options.extend(resolution.docs.iter().map(|&d| plan.docs[d as usize].conf));
    options.retain(|&c| confs[c as usize].year <= year);
    if options.is_empty() {
        return None;
    }
    let conf = *rng.pick(&options);
    Some((conf, conf != resolution.first))
}

/// Writes one citation found in a document described by `ctx`.
pub(crate) fn citation(rng: &mut SplitMix64, plan: &Plan, ctx: &Context) -> Cited {
    let roll = rng.below(100);
    if roll < 4 {
        return council(rng);
    }
    // The cited resolution: one of the plan's, of the document's own body half of the time.
    let own = rng.chance(45) && ctx.body != Body::Ra;
    let pool = if own {
        plan.of_body(ctx.body)
    } else {
        let body = crate::plan::BODIES[rng.index(crate::plan::BODIES.len())].0;
        plan.of_body(body)
    };
    let Some(&res_idx) = (!pool.is_empty()).then(|| rng.pick(pool)) else {
        return council(rng);
    };
    let resolution = &plan.resolutions[res_idx as usize];
    let body = resolution.body;
    if body == Body::Ra {
        return ra_citation(rng, plan, res_idx, ctx);
    }
    let edition = if rng.chance(65) { planned_edition(rng, plan, res_idx, ctx.year) } else { None };
    let number = ResolutionNumber::new(resolution.number);
    match rng.below(100) {
        0..15 if body == ctx.body => unqualified(rng, plan, body, number, edition, ctx),
        0..30 => with_attribution(rng, plan, body, number, edition, ctx),
        30..45 => with_marker(rng, plan, body, number, edition, ctx),
        45..52 if body == ctx.body => this_conference(rng, plan, body, number, edition, ctx),
        52..62 => list_shared(rng, plan, body, res_idx, ctx),
        62..68 => list_own(rng, plan, res_idx, ctx),
        68..74 if body == ctx.body => range(rng, body, resolution.number, false, ctx),
        74..78 => range(rng, body, resolution.number, true, ctx),
        _ if edition.is_some() => with_edition(rng, plan, body, number, edition, ctx),
        _ => with_attribution(rng, plan, body, number, edition, ctx),
    }
}

fn edition_parts(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    edition: CitedEdition,
    ctx: &Context,
) -> (String, Option<Edition>) {
    match edition {
        Some((conf, revision)) => {
            let c = &plan.confs.of(body)[conf as usize];
            let written = edition_text(body, c, revision, style(rng, ctx));
            (written, Some(plan.confs.edition(body, conf, revision)))
        }
        None => (String::new(), None),
    }
}

/// `Resolution 70 (Rev. Dubai, 2018)`: the edition names the body.
fn with_edition(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    number: ResolutionNumber,
    edition: CitedEdition,
    ctx: &Context,
) -> Cited {
    let word = word(rng, ctx, true);
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    Cited {
        text: format!("{word}{number} {written}"),
        truth: vec![render(body, number, canonical)],
    }
}

/// `Resolution 70 (Rev. Dubai, 2018) of the Plenipotentiary Conference`, `Resolution 11 of the
/// Plenipotentiary Conference (Rev. Antalya, 2006)`, `Resolution 37 of WTDC`.
fn with_attribution(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    number: ResolutionNumber,
    edition: CitedEdition,
    ctx: &Context,
) -> Cited {
    let word = word(rng, ctx, false);
    let names = attribution(body);
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    let text = if written.is_empty() {
        format!("{word}{number} of {}", rng.pick(names))
    } else if rng.chance(20) {
        // The body before the edition; the acronym in parentheses would read as the edition.
        format!("{word}{number} of {} {written}", names[0])
    } else {
        format!("{word}{number} {written} of {}", rng.pick(names))
    };
    Cited { text, truth: vec![render(body, number, canonical)] }
}

/// `Resolution 55`, or `Resolution 55 (Rev. Hammamet, 2016)` when an edition is written.
fn numbered(word: &str, number: ResolutionNumber, written: &str) -> String {
    if written.is_empty() { format!("{word}{number}") } else { format!("{word}{number} {written}") }
}

/// `PP Resolution 191`, `ITU-T Resolution 55 (Rev. Hammamet, 2016)`, `WTDC Res. 37`.
fn with_marker(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    number: ResolutionNumber,
    edition: CitedEdition,
    ctx: &Context,
) -> Cited {
    let marker = rng.pick(markers(body));
    let word = word(rng, ctx, true);
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    let text = format!("{marker} {}", numbered(&word, number, &written));
    Cited { text, truth: vec![render(body, number, canonical)] }
}

/// `Resolution 44` or `Res. 44` in a text of the same body.
fn unqualified(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    number: ResolutionNumber,
    edition: CitedEdition,
    ctx: &Context,
) -> Cited {
    let word = word(rng, ctx, true);
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    let text = numbered(&word, number, &written);
    Cited { text, truth: vec![render(body, number, canonical)] }
}

/// `Resolution 71 of this Conference`, `Resolution 44 (Rev. Dubai, 2012) of this Assembly`.
fn this_conference(
    rng: &mut SplitMix64,
    plan: &Plan,
    body: Body,
    number: ResolutionNumber,
    edition: CitedEdition,
    ctx: &Context,
) -> Cited {
    let word = word(rng, ctx, false);
    let this = if body == Body::Wtsa { "this Assembly" } else { "this Conference" };
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    let text = format!("{} of {this}", numbered(&word, number, &written));
    Cited { text, truth: vec![render(body, number, canonical)] }
}

/// Two or three numbers of one body sharing one edition or one attribution:
/// `Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA`, `Resolutions 123, 139 and 191`.
fn list_shared(rng: &mut SplitMix64, plan: &Plan, body: Body, first: u32, ctx: &Context) -> Cited {
    let pool = plan.of_body(body);
    let mut numbers = vec![plan.resolutions[first as usize].number];
    let n = rng.range(2, 3);
    for _ in 0..pool.len() * 2 {
        if numbers.len() >= n {
            break;
        }
        let candidate = plan.resolutions[*rng.pick(pool) as usize].number;
        if !numbers.contains(&candidate) {
            numbers.push(candidate);
        }
    }
    if numbers.len() < 2 {
        numbers.push(numbers[0] + 1);
    }
    let listed = match numbers.as_slice() {
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(u32::to_string).collect();
            format!("{} and {last}", init.join(", "))
        }
        [] => String::new(),
    };
    let edition = if rng.chance(60) { any_edition(rng, plan, body, ctx.year) } else { None };
    let (written, canonical) = edition_parts(rng, plan, body, edition, ctx);
    let attributed = body != ctx.body || rng.chance(50);
    let text = match (written.is_empty(), attributed) {
        (true, false) => format!("Resolutions {listed}"),
        (true, true) => format!("Resolutions {listed} of {}", rng.pick(attribution(body))),
        (false, false) => format!("Resolutions {listed} {written}"),
        (false, true) => {
            format!("Resolutions {listed} {written} of {}", rng.pick(attribution(body)))
        }
    };
    let truth = numbers
        .iter()
        .map(|&n| render(body, ResolutionNumber::new(n), canonical.clone()))
        .collect();
    Cited { text, truth }
}

/// Numbers each with its own edition: `Resolutions 70 (Rev. Dubai, 2018) and 55 (Rev. Buenos
/// Aires, 2017)`; the editions name the bodies.
fn list_own(rng: &mut SplitMix64, plan: &Plan, first: u32, ctx: &Context) -> Cited {
    let mut parts = Vec::new();
    let mut truth = Vec::new();
    let mut picks = vec![first];
    let body = crate::plan::BODIES[rng.index(crate::plan::BODIES.len())].0;
    let pool = plan.of_body(if body == Body::Ra { Body::Pp } else { body });
    if !pool.is_empty() {
        picks.push(*rng.pick(pool));
    }
    for res_idx in picks {
        let resolution = &plan.resolutions[res_idx as usize];
        let body = resolution.body;
        let edition = planned_edition(rng, plan, res_idx, ctx.year)
            .or_else(|| any_edition(rng, plan, body, u16::MAX));
        let Some((conf, revision)) = edition else { continue };
        let c = &plan.confs.of(body)[conf as usize];
        let written = edition_text(body, c, revision, Style::Plain);
        parts.push(format!("{} {written}", resolution.number));
        truth.push(render(
            body,
            ResolutionNumber::new(resolution.number),
            Some(plan.confs.edition(body, conf, revision)),
        ));
    }
    let text = match parts.as_slice() {
        [one] => format!("Resolution {one}"),
        [a, b] => format!("Resolutions {a} and {b}"),
        _ => return council(rng),
    };
    Cited { text, truth }
}

/// `Resolutions 25 to 27` in a text of the same body, or `Resolutions 25 to 27 of WTSA`.
fn range(rng: &mut SplitMix64, body: Body, start: u32, attributed: bool, ctx: &Context) -> Cited {
    let end = (start + rng.range(1, 3) as u32).min(9999);
    let start = start.min(end - 1);
    let dash = if rng.chance(30) { "-" } else { " to " };
    let text = if attributed || body != ctx.body {
        format!("Resolutions {start}{dash}{end} of {}", rng.pick(attribution(body)))
    } else {
        format!("Resolutions {start}{dash}{end}")
    };
    let truth = (start..=end).map(|n| render(body, ResolutionNumber::new(n), None)).collect();
    Cited { text, truth }
}

/// `Resolution ITU-R 9-5`, `Res. ITU-R 7`, `Resolution ITU-R 6-2 (2000-2015)`,
/// `Resolutions ITU-R 6-2 and ITU-R 7-3`.
fn ra_citation(rng: &mut SplitMix64, plan: &Plan, res_idx: u32, ctx: &Context) -> Cited {
    let resolution = &plan.resolutions[res_idx as usize];
    let confs = plan.confs.of(Body::Ra);
    let number =
        if rng.chance(20) { ResolutionNumber::new(resolution.number) } else { resolution.number() };
    let year = confs[resolution.chain.last().copied().unwrap_or(resolution.first) as usize].year;
    let roll = rng.below(100);
    if roll < 15 && resolution.chain.len() > 1 && year <= ctx.year {
        // The year chain as edition.
        let years: Vec<String> =
            resolution.chain.iter().map(|&c| confs[c as usize].year.to_string()).collect();
        let conf = *resolution.chain.last().unwrap_or(&resolution.first);
        let text = format!("Resolution ITU-R {number} ({})", years.join("-"));
        let edition = plan.confs.edition(Body::Ra, conf, true);
        return Cited { text, truth: vec![render(Body::Ra, number, Some(edition))] };
    }
    if roll < 30 {
        let pool = plan.of_body(Body::Ra);
        let other = &plan.resolutions[*rng.pick(pool) as usize];
        let text =
            format!("Resolutions ITU-R {} and ITU-R {}", resolution.number(), other.number());
        let truth = vec![
            render(Body::Ra, resolution.number(), None),
            render(Body::Ra, other.number(), None),
        ];
        return Cited { text, truth };
    }
    if roll < 40 && year <= ctx.year {
        let conf = *resolution.chain.last().unwrap_or(&resolution.first);
        let revision = resolution.chain.len() > 1;
        let written = edition_text(Body::Ra, &confs[conf as usize], revision, Style::Plain);
        let text = format!("Resolution {} {written} of the Radiocommunication Assembly", number);
        let edition = plan.confs.edition(Body::Ra, conf, revision);
        return Cited { text, truth: vec![render(Body::Ra, number, Some(edition))] };
    }
    let word = if rng.chance(25) { "Res." } else { "Resolution" };
    Cited { text: format!("{word} ITU-R {number}"), truth: vec![render(Body::Ra, number, None)] }
}

/// `Council Resolution 1305 (2009)`, `Resolution 1282 (2008) of the Council`.
fn council(rng: &mut SplitMix64) -> Cited {
    let number = 1000 + rng.below(400) as u32;
    let year = 2000 + rng.below(24) as u16;
    let text = if rng.chance(50) {
        format!("Council Resolution {number} ({year})")
    } else {
        format!("Resolution {number} ({year}) of the Council")
    };
    let truth = vec![render(
        Body::Council,
        ResolutionNumber::new(number),
        Some(Edition::year_only(false, year)),
    )];
    Cited { text, truth }
}

/// A preamble item naming a body as the subject of `adopted`: `that the World Telecommunication
/// Development Conference adopted Resolution 37 on a related subject`.
pub(crate) fn subject_item(rng: &mut SplitMix64, plan: &Plan) -> Option<Cited> {
    let body = [Body::Pp, Body::Wtsa, Body::Wtdc, Body::Wrc][rng.index(4)];
    let pool = plan.of_body(body);
    if pool.is_empty() {
        return None;
    }
    let number = plan.resolutions[*rng.pick(pool) as usize].number;
    let text =
        format!("that the {} adopted Resolution {number} on a related subject", subject_name(body));
    Some(Cited { text, truth: vec![render(body, ResolutionNumber::new(number), None)] })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(place: &str, year: u16, tag: &str) -> Conf {
        Conf { place: place.to_owned(), year, tag: tag.to_owned() }
    }

    #[test]
    fn edition_renderings() {
        let dubai = conf("Dubai", 2014, "WTDC-14");
        let flo = conf("Florianópolis", 2004, "WTSA-04");
        let wrc = conf("Geneva", 2019, "WRC-19");
        let cases = [
            (edition_text(Body::Wtdc, &dubai, true, Style::Plain), "(Rev. Dubai, 2014)"),
            (edition_text(Body::Wtdc, &dubai, true, Style::NoComma), "(Rev. Dubai 2014)"),
            (edition_text(Body::Wtdc, &dubai, true, Style::NoPeriod), "(Rev Dubai, 2014)"),
            (edition_text(Body::Wtdc, &dubai, true, Style::Nbsp), "(Rev.\u{a0}Dubai, 2014)"),
            (edition_text(Body::Wtdc, &dubai, true, Style::BreakAfterRev), "(Rev.\nDubai, 2014)"),
            (edition_text(Body::Wtdc, &dubai, false, Style::BreakAfterPlace), "(Dubai,\n2014)"),
            (edition_text(Body::Wtsa, &flo, false, Style::Unaccented), "(Florianopolis, 2004)"),
            (edition_text(Body::Wrc, &wrc, true, Style::Plain), "(Rev.WRC-19)"),
            (edition_text(Body::Wrc, &wrc, true, Style::Nbsp), "(Rev. WRC-19)"),
            (edition_text(Body::Wrc, &wrc, false, Style::Plain), "(WRC-19)"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn canonical_renderings() {
        let number = ResolutionNumber::new(191);
        let edition = Some(Edition::place_year(true, "Dubai", 2018));
        assert_eq!(render(Body::Pp, number, edition), "PP 191 (Rev. Dubai, 2018)");
        let tagged = Some(Edition::tagged(false, "WRC-07", Some(2007)));
        assert_eq!(render(Body::Wrc, ResolutionNumber::new(647), tagged), "WRC 647 (WRC-07)");
        assert_eq!(render(Body::Ra, ResolutionNumber::with_revision(9, 5), None), "RA ITU-R 9-5");
        let mut rng = SplitMix64::new(3);
        let cited = council(&mut rng);
        assert!(cited.truth[0].starts_with("Council "), "{cited:?}");
    }

    #[test]
    fn ranges_expand() {
        let mut rng = SplitMix64::new(1);
        let ctx = Context { body: Body::Wtsa, year: 2016, may_break: false };
        let cited = range(&mut rng, Body::Wtsa, 25, false, &ctx);
        assert!(cited.text.starts_with("Resolutions 25"), "{}", cited.text);
        assert_eq!(cited.truth[0], "WTSA 25");
        assert!(cited.truth.len() >= 2);
    }
}
