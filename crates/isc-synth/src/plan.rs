//! The plan of a corpus: which resolutions exist, which of their editions are written, what each
//! edition is about and where it goes. The plan holds a few dozen bytes per document, never text.

use isc_model::{Body, Calendar, Edition, ResolutionNumber, ResolutionRef};

use crate::error::{Error, Result};
use crate::lexicon::{PP_ONLY, SECTORS_ONLY, THEMES};
use crate::rng::SplitMix64;
use crate::{SynthConfig, Target};

/// Bodies the generator writes resolutions for, with their share of the documents.
pub(crate) const BODIES: [(Body, u64); 5] =
    [(Body::Pp, 30), (Body::Wtsa, 21), (Body::Wtdc, 21), (Body::Ra, 8), (Body::Wrc, 20)];

/// The highest resolution number the plan hands out (the parser reads at most four digits).
const MAX_NUMBER: u32 = 9999;
/// Resolution numbers per body the plan aims to stay under, leaving headroom below the maximum.
const NUMBER_BUDGET: f64 = 8000.0;
/// The mean of the per-document size targets drawn by [`size_target`], in bytes.
pub(crate) const MEAN_TARGET: u64 = 3300 + 25_000 / 3;
/// The most documents one compilation holds.
const MAX_PER_COMPILATION: usize = 30;

/// One conference as the generator writes it.
#[derive(Debug, Clone)]
pub(crate) struct Conf {
    pub(crate) place: String,
    pub(crate) year: u16,
    /// The conference tag (`WRC-19`) for World Radiocommunication Conferences, and the tag a
    /// running header uses for the others (`PP-18`, `WTSA-20`).
    pub(crate) tag: String,
}

/// The conferences of each body, oldest first.
#[derive(Debug, Clone)]
pub(crate) struct Conferences {
    by_body: Vec<(Body, Vec<Conf>)>,
}

impl Conferences {
    /// The shipped calendar's conferences the generator may cite: those whose place and year name
    /// exactly one conference (World Radiocommunication Conferences go by their tags), since
    /// 1989; of the radio conferences, those since 1993 (the World Administrative Radio
    /// Conferences before them are left to real texts, so a seed gives the corpus it gave).
    pub(crate) fn from_calendar(calendar: &Calendar) -> Self {
        let mut by_body = Vec::new();
        for (body, _) in BODIES {
            let mut confs: Vec<Conf> = calendar
                .conferences()
                .iter()
                .filter(|c| c.body == body && c.year >= if body == Body::Wrc { 1993 } else { 1989 })
                .filter(|c| {
                    body == Body::Wrc || calendar.by_place_year(&c.place, c.year).len() == 1
                })
                .map(|c| {
                    let yy = c.year % 100;
                    let tag = match (body, c.tags.first()) {
                        (Body::Wrc, _) if c.year == 2000 => "WRC-2000".to_owned(),
                        (_, Some(tag)) => tag.clone(),
                        (body, None) => format!("{}-{yy:02}", body.code()),
                    };
                    Conf { place: c.place.clone(), year: c.year, tag }
                })
                .collect();
            confs.sort_by_key(|c| c.year);
            by_body.push((body, confs));
        }
        Conferences { by_body }
    }

    /// The conferences of `body`, oldest first.
    pub(crate) fn of(&self, body: Body) -> &[Conf] {
        self.by_body.iter().find(|(b, _)| *b == body).map_or(&[], |(_, c)| c.as_slice())
    }

    /// The canonical edition of `body`'s conference `conf`.
    pub(crate) fn edition(&self, body: Body, conf: u16, revision: bool) -> Edition {
        let c = &self.of(body)[conf as usize];
        match body {
            Body::Wrc => Edition::tagged(revision, c.tag.clone(), Some(c.year)),
            _ => Edition::place_year(revision, c.place.clone(), c.year),
        }
    }
}

/// One resolution: its body, number, and the conference that first adopted it.
#[derive(Debug, Clone)]
pub(crate) struct Resolution {
    pub(crate) body: Body,
    pub(crate) number: u32,
    /// The ITU-R revision counter of the (single) text of an RA resolution.
    pub(crate) counter: Option<u16>,
    /// The conference (index among its body's) that first adopted it.
    pub(crate) first: u16,
    /// For an RA resolution, the conferences of its year chain, ending with its text's.
    pub(crate) chain: Vec<u16>,
    /// The documents holding its editions, oldest first.
    pub(crate) docs: Vec<u32>,
    pub(crate) seed: u64,
}

impl Resolution {
    /// The number as written: `191`, or `7-3` with an ITU-R revision counter.
    pub(crate) fn number(&self) -> ResolutionNumber {
        match self.counter {
            Some(counter) => ResolutionNumber::with_revision(self.number, counter),
            None => ResolutionNumber::new(self.number),
        }
    }
}

/// Where a document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dest {
    /// Its own file under `resolutions/`.
    File,
    /// Part `part` (1-based) of compilation `index`.
    Compilation { index: u32, part: u32 },
}

/// One document: an edition of a resolution.
#[derive(Debug, Clone)]
pub(crate) struct PlannedDoc {
    pub(crate) res: u32,
    pub(crate) conf: u16,
    /// Theme indices into [`THEMES`], as a bit set.
    pub(crate) themes: u64,
    pub(crate) calls: bool,
    /// The size the text grows to, in bytes.
    pub(crate) target: u32,
    pub(crate) seed: u64,
    pub(crate) dest: Dest,
}

/// A file holding several resolutions of one conference.
#[derive(Debug, Clone)]
pub(crate) struct Compilation {
    pub(crate) body: Body,
    pub(crate) conf: u16,
    pub(crate) docs: Vec<u32>,
}

/// The whole plan.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) confs: Conferences,
    pub(crate) resolutions: Vec<Resolution>,
    pub(crate) docs: Vec<PlannedDoc>,
    pub(crate) compilations: Vec<Compilation>,
    /// Resolution indices per body, in [`BODIES`] order.
    pub(crate) by_body: Vec<Vec<u32>>,
}

impl Plan {
    /// The resolution a document is an edition of.
    pub(crate) fn resolution(&self, doc: &PlannedDoc) -> &Resolution {
        &self.resolutions[doc.res as usize]
    }

    /// The conference of a document.
    pub(crate) fn conf(&self, doc: &PlannedDoc) -> &Conf {
        let res = self.resolution(doc);
        &self.confs.of(res.body)[doc.conf as usize]
    }

    /// Whether a document revises an earlier edition.
    pub(crate) fn is_revision(&self, doc: &PlannedDoc) -> bool {
        let res = self.resolution(doc);
        match res.body {
            Body::Ra => res.chain.len() > 1,
            _ => doc.conf != res.first,
        }
    }

    /// A document's own identity, canonical.
    pub(crate) fn identity(&self, doc: &PlannedDoc) -> ResolutionRef {
        let res = self.resolution(doc);
        let edition = self.confs.edition(res.body, doc.conf, self.is_revision(doc));
        ResolutionRef { body: Some(res.body), number: res.number(), edition: Some(edition) }
    }

    /// The resolutions of `body`.
    pub(crate) fn of_body(&self, body: Body) -> &[u32] {
        BODIES.iter().position(|(b, _)| *b == body).map_or(&[], |i| self.by_body[i].as_slice())
    }
}

/// A document's size target: 3.3 KB to 28.3 KB, most of them small.
fn size_target(rng: &mut SplitMix64) -> u32 {
    let u = rng.unit();
    3300 + (u * u * 25_000.0) as u32
}

/// Draws the themes of a resolution of `body`: none, one, two or three, some themes more often
/// than others.
fn draw_themes(rng: &mut SplitMix64, body: Body) -> u64 {
    let radio = matches!(body, Body::Ra | Body::Wrc);
    let allowed: Vec<usize> = (0..THEMES.len())
        .filter(|&i| !radio || THEMES[i].radio)
        .filter(|&i| match body {
            Body::Pp => !SECTORS_ONLY.contains(&THEMES[i].id),
            _ => !PP_ONLY.contains(&THEMES[i].id),
        })
        // Weights 1 to 7, so that some themes are common and others rare.
        .flat_map(|i| std::iter::repeat_n(i, 1 + (i * 37) % 7))
        .collect();
    let roll = rng.below(100);
    let count = match roll {
        0..12 => 0,
        12..62 => 1,
        62..92 => 2,
        _ => 3,
    };
    let mut res = 0u64;
    while res.count_ones() < count {
        res |= 1 << rng.pick(&allowed);
    }
    res
}

/// Changes one theme of an older edition: its text was about slightly different things.
fn vary_themes(rng: &mut SplitMix64, body: Body, themes: u64) -> u64 {
    let other = draw_themes(rng, body);
    let bit = other & other.wrapping_neg();
    if bit == 0 {
        return themes;
    }
    let res = themes ^ bit;
    if res.count_ones() > 3 { themes } else { res }
}

/// Plans a corpus.
pub(crate) fn plan(config: &SynthConfig) -> Result<Plan> {
    let confs = Conferences::from_calendar(&Calendar::default());
    let mut rng = SplitMix64::derive(config.seed, 0);
    let estimated_docs = match config.target {
        Target::Docs(n) => n as f64,
        Target::Bytes(bytes) => bytes as f64 / MEAN_TARGET as f64 + 1.0,
    };
    let total_weight: u64 = BODIES.iter().map(|(_, w)| w).sum();
    // Per body: mean editions written per resolution, and the largest gap between numbers.
    let shape: Vec<(f64, u64)> = BODIES
        .iter()
        .map(|&(body, weight)| {
            let docs = estimated_docs * weight as f64 / total_weight as f64;
            let mean = if body == Body::Ra { 1.0 } else { (docs / NUMBER_BUDGET).max(1.35) };
            let resolutions = (docs / mean).max(1.0);
            let gap = (NUMBER_BUDGET / resolutions).clamp(1.0, 4.0) as u64;
            (mean, gap)
        })
        .collect();
    let pick_weights: Vec<f64> =
        BODIES.iter().zip(&shape).map(|(&(_, share), &(mean, _))| share as f64 / mean).collect();
    let pick_total: f64 = pick_weights.iter().sum();
    let mut next_number: Vec<u32> =
        shape.iter().map(|&(_, gap)| 1 + rng.below(gap * 2) as u32).collect();
    let mut res = Plan {
        confs,
        resolutions: Vec::new(),
        docs: Vec::new(),
        compilations: Vec::new(),
        by_body: vec![Vec::new(); BODIES.len()],
    };
    let mut bytes: u64 = 0;
    loop {
        let done = match config.target {
            Target::Docs(n) => res.docs.len() >= n,
            Target::Bytes(b) => bytes >= b,
        };
        if done {
            break;
        }
        // Bodies are drawn per resolution, weighted so that their shares of documents hold.
        let mut roll = rng.unit() * pick_total;
        let mut slot = 0;
        while slot + 1 < BODIES.len() && roll >= pick_weights[slot] {
            roll -= pick_weights[slot];
            slot += 1;
        }
        let body = BODIES[slot].0;
        let (mean, gap) = shape[slot];
        let number = next_number[slot];
        if number > MAX_NUMBER {
            return Err(Error::TooLarge { body: body.code(), max: MAX_NUMBER });
        }
        next_number[slot] += 1 + rng.below(gap) as u32;
        let n_confs = res.confs.of(body).len();
        // How many editions are written: one, plus a geometric number of older ones.
        let mut k = 1;
        if body != Body::Ra {
            let p = (mean - 1.0) / mean;
            while k < n_confs && rng.unit() < p {
                k += 1;
            }
        }
        let mut indices: Vec<u16> = (0..n_confs as u16).collect();
        rng.shuffle(&mut indices);
        let mut chosen: Vec<u16> = indices[..k].to_vec();
        chosen.sort_unstable();
        let oldest = chosen[0];
        let first = if rng.chance(50) { oldest } else { rng.below(u64::from(oldest) + 1) as u16 };
        let mut chain = Vec::new();
        let mut counter = None;
        if body == Body::Ra {
            chain.push(first);
            for c in first + 1..oldest {
                if rng.chance(40) {
                    chain.push(c);
                }
            }
            if first != oldest {
                chain.push(oldest);
            }
            if chain.len() > 1 {
                counter = Some(chain.len() as u16 - 1);
            }
        }
        let res_idx = res.resolutions.len() as u32;
        let base_themes = draw_themes(&mut rng, body);
        let mut docs = Vec::with_capacity(k);
        for (i, &conf) in chosen.iter().enumerate() {
            if let Target::Docs(n) = config.target
                && res.docs.len() >= n
            {
                break;
            }
            let newest = i + 1 == chosen.len();
            let themes = if !newest && rng.chance(15) {
                vary_themes(&mut rng, body, base_themes)
            } else {
                base_themes
            };
            let calls = rng.chance(if body == Body::Pp { 40 } else { 25 });
            let target = size_target(&mut rng);
            bytes += u64::from(target);
            docs.push(res.docs.len() as u32);
            res.docs.push(PlannedDoc {
                res: res_idx,
                conf,
                themes,
                calls,
                target,
                seed: rng.next_u64(),
                dest: Dest::File,
            });
        }
        res.resolutions.push(Resolution {
            body,
            number,
            counter,
            first,
            chain,
            docs,
            seed: rng.next_u64(),
        });
        res.by_body[slot].push(res_idx);
    }
    plan_compilations(&mut res, config.compilations);
    Ok(res)
}

/// Packs the documents of the `wanted` conferences with the most documents into compilations.
fn plan_compilations(plan: &mut Plan, wanted: usize) {
    if wanted == 0 {
        return;
    }
    let mut groups: std::collections::BTreeMap<(Body, u16), Vec<u32>> =
        std::collections::BTreeMap::new();
    for (i, doc) in plan.docs.iter().enumerate() {
        let body = plan.resolutions[doc.res as usize].body;
        if body != Body::Ra {
            groups.entry((body, doc.conf)).or_default().push(i as u32);
        }
    }
    let mut ranked: Vec<((Body, u16), Vec<u32>)> =
        groups.into_iter().filter(|(_, docs)| docs.len() >= 2).collect();
    ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    for (index, ((body, conf), mut docs)) in ranked.into_iter().take(wanted).enumerate() {
        docs.sort_by_key(|&d| plan.resolutions[plan.docs[d as usize].res as usize].number);
        docs.truncate(MAX_PER_COMPILATION);
        for (part, &d) in docs.iter().enumerate() {
            plan.docs[d as usize].dest =
                Dest::Compilation { index: index as u32, part: part as u32 + 1 };
        }
        plan.compilations.push(Compilation { body, conf, docs });
    }
}
