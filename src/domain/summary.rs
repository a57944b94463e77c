//! The comparative summary's numbers, before any layout: response rates per member state,
//! section scores per state (the mean of its approved ports, as in e-SPAR) against the
//! region, the distribution of each choice or number question across states, and each
//! state's profile with its most frequent gaps. Sensitive questions and free text never
//! enter the distributions or the gaps. Pure: the PDF and any other view read this.

use crate::domain::scoring;
use crate::questionnaire::definition::QuestionType;
use crate::questionnaire::Form;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

/// One participating member state's numbers in the cycle.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Participation {
    pub member_state: String,
    pub ports: usize,
    /// Submitted at least once (submitted, returned or approved).
    pub submitted: usize,
    pub approved: usize,
}

impl Participation {
    /// Approved ports over registered ports, 0–100.
    pub fn rate(&self) -> f64 {
        if self.ports == 0 {
            0.0
        } else {
            (self.approved as f64 / self.ports as f64 * 1000.0).round() / 10.0
        }
    }
}

/// Who reads the numbers: the secretariat's own board sees every section; a publication
/// (the comparative summary) leaves sensitive questions out of every score too, so section
/// D's answers cannot be read back from its levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Staff,
    Publication,
}

/// An approved port's answers (its latest frozen revision).
pub struct ApprovedPort<'a> {
    pub member_state: &'a str,
    pub answers: &'a Map<String, Value>,
}

/// Mean levels (1–5) per section, in the form's order, and overall.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Levels {
    pub sections: Vec<Option<f64>>,
    pub overall: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub enum Distribution {
    /// Ports choosing each choice, in the list's order.
    Choices(Vec<(String, usize)>),
    /// Ports per band of values: `[from, to)`, the last band closed.
    Numbers(Vec<(f64, f64, usize)>),
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionChart {
    pub question: String,
    /// Ports that answered it.
    pub answered: usize,
    pub distribution: Distribution,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Profile {
    pub member_state: String,
    pub levels: Levels,
    /// The state's approved ports by the level their overall score rounds to (1–5).
    pub ports_by_level: [usize; 5],
    /// Scored questions with the lowest mean level in this state (below 3), weakest first.
    pub gaps: Vec<(String, f64)>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    pub participation: Vec<Participation>,
    pub sections: Vec<String>,
    pub regional: Levels,
    /// States with at least one approved port, by code.
    pub states: BTreeMap<String, Levels>,
    pub questions: Vec<QuestionChart>,
    pub profiles: Vec<Profile>,
    pub approved_ports: usize,
}

/// The section-score table of a summary: what its PDF prints and the public progress page
/// shows once the summary is published.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct ScoreTable {
    /// Section ids, in the form's order.
    pub sections: Vec<String>,
    pub regional: Levels,
    /// States with at least one approved port, by code.
    pub states: BTreeMap<String, Levels>,
    pub approved_ports: usize,
}

impl Summary {
    pub fn score_table(&self) -> ScoreTable {
        ScoreTable {
            sections: self.sections.clone(),
            regional: self.regional.clone(),
            states: self.states.clone(),
            approved_ports: self.approved_ports,
        }
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// A step people read easily: 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
}

/// Bands for numbers: `[from, to)`, of one round width, from a round start, at most six
/// over the answered range (whole numbers for a whole-number question; one band when all
/// answers are equal).
fn bands(values: &[f64], whole: bool) -> Vec<(f64, f64, usize)> {
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
            (l.min(*v), h.max(*v))
        });
    if values.is_empty() {
        return Vec::new();
    }
    if (hi - lo).abs() < f64::EPSILON {
        return vec![(lo, hi, values.len())];
    }
    let mut step = nice_step((hi - lo) / 5.0);
    if whole {
        step = step.ceil().max(1.0);
    }
    let start = (lo / step).floor() * step;
    let count = (((hi - start) / step).floor() as usize + 1).max(1);
    let mut out: Vec<(f64, f64, usize)> = (0..count)
        .map(|i| (start + step * i as f64, start + step * (i + 1) as f64, 0))
        .collect();
    for v in values {
        let i = (((v - start) / step).floor().max(0.0) as usize).min(count - 1);
        out[i].2 += 1;
    }
    out
}

/// What one charted question counts.
#[derive(Debug, Clone)]
struct ChartSpec {
    question: String,
    /// Choice names for choice questions; empty for numbers.
    choices: Vec<String>,
    numeric: bool,
    whole: bool,
}

/// What one approved port adds to the summary, worked out on its own so that ports can be
/// read in parallel; [`Totals::add`] then takes them in a fixed order, so the sums (and
/// the document) never depend on how the work was split.
#[derive(Debug, Clone)]
pub struct PortPart {
    member_state: String,
    sections: Vec<Option<f64>>,
    overall: Option<f64>,
    /// (question's index in the form, level) of each scored, published question answered.
    levels: Vec<(usize, u8)>,
    /// Per chart: the chosen choices' indices, or the number.
    charts: Vec<Option<ChartValue>>,
}

#[derive(Debug, Clone)]
enum ChartValue {
    Choices(Vec<usize>),
    Number(f64),
}

/// Reads approved ports into [`PortPart`]s: the questionnaire's charts and scope fixed once.
#[derive(Debug, Clone)]
pub struct Summarizer {
    scope: Scope,
    charts: Vec<ChartSpec>,
    /// Question ids in form order, and whether each is published.
    questions: Vec<(String, bool)>,
    index: HashMap<String, usize>,
}

impl Summarizer {
    fn is_sensitive(&self, id: &str) -> bool {
        self.index.get(id).is_some_and(|i| !self.questions[*i].1)
    }

    pub fn new(form: &Form, scope: Scope) -> Summarizer {
        let mut charts = Vec::new();
        for (_, q) in form.questions() {
            // Read-only questions are filled in by the system (the member state): not
            // answers. Sensitive ones are never charted, whoever reads.
            if form.is_sensitive(&q.id) || q.read_only {
                continue;
            }
            let (choices, numeric) = match q.kind {
                QuestionType::YesNo => (vec!["yes".to_string(), "no".to_string()], false),
                QuestionType::SelectOne | QuestionType::SelectMultiple => (
                    form.choices_of(q).iter().map(|c| c.name.clone()).collect(),
                    false,
                ),
                QuestionType::Integer | QuestionType::Decimal => (Vec::new(), true),
                // Free text, dates, files, grids and notes are not charted.
                _ => continue,
            };
            charts.push(ChartSpec {
                question: q.id.clone(),
                choices,
                numeric,
                whole: q.kind == QuestionType::Integer,
            });
        }
        let questions: Vec<(String, bool)> = form
            .questions()
            .map(|(_, q)| (q.id.clone(), !form.is_sensitive(&q.id)))
            .collect();
        let index = questions
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.clone(), i))
            .collect();
        Summarizer {
            scope,
            charts,
            questions,
            index,
        }
    }

    /// One approved port's part, from its frozen revision: the document as validated and
    /// cleaned at submission, with the answers to questions that did not apply already
    /// dropped. So it is scored as it stands: validating it again would repeat the
    /// submit's work ten thousand times over for the same result.
    pub fn port(&self, form: &Form, member_state: &str, answers: &Map<String, Value>) -> PortPart {
        let publication = self.scope == Scope::Publication;
        let counts = |id: &str| answers.contains_key(id) && !(publication && self.is_sensitive(id));
        let score = scoring::score_answers(form, answers, counts);
        let levels = score
            .sections
            .iter()
            .flat_map(|s| s.questions.iter())
            .filter_map(|qs| {
                let i = *self.index.get(qs.question.as_str())?;
                self.questions[i].1.then_some((i, qs.level))
            })
            .collect();
        let charts = self
            .charts
            .iter()
            .map(|c| {
                let answer = answers.get(&c.question)?;
                if c.numeric {
                    return answer.as_f64().map(ChartValue::Number);
                }
                let chosen: Vec<usize> = c
                    .choices
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| match answer {
                        Value::String(s) => s == *n,
                        Value::Array(items) => items.iter().any(|i| i.as_str() == Some(n)),
                        _ => false,
                    })
                    .map(|(i, _)| i)
                    .collect();
                Some(ChartValue::Choices(chosen))
            })
            .collect();
        PortPart {
            member_state: member_state.to_string(),
            sections: score.sections.iter().map(|s| s.level).collect(),
            overall: score.level,
            levels,
            charts,
        }
    }
}

/// A running (sum, count).
#[derive(Debug, Clone, Copy, Default)]
struct Mean(f64, usize);

impl Mean {
    fn add(&mut self, v: Option<f64>) {
        if let Some(v) = v {
            self.0 += v;
            self.1 += 1;
        }
    }

    fn get(self) -> Option<f64> {
        (self.1 > 0).then(|| self.0 / self.1 as f64)
    }
}

#[derive(Debug, Clone, Default)]
struct StateTotals {
    sections: Vec<Mean>,
    overall: Mean,
    by_level: [usize; 5],
    questions: BTreeMap<usize, Mean>,
}

#[derive(Debug, Clone)]
enum ChartTotals {
    Choices(Vec<usize>),
    Numbers(Vec<f64>),
}

/// The sums of the ports added so far.
#[derive(Debug, Clone)]
pub struct Totals {
    sections: usize,
    states: BTreeMap<String, StateTotals>,
    answered: Vec<usize>,
    charts: Vec<ChartTotals>,
    approved: usize,
}

impl Totals {
    pub fn new(summarizer: &Summarizer, form: &Form) -> Totals {
        Totals {
            sections: form.sections().len(),
            states: BTreeMap::new(),
            answered: vec![0; summarizer.charts.len()],
            charts: summarizer
                .charts
                .iter()
                .map(|c| {
                    if c.numeric {
                        ChartTotals::Numbers(Vec::new())
                    } else {
                        ChartTotals::Choices(vec![0; c.choices.len()])
                    }
                })
                .collect(),
            approved: 0,
        }
    }

    pub fn add(&mut self, part: PortPart) {
        self.approved += 1;
        let state = self.states.entry(part.member_state).or_default();
        state.sections.resize(self.sections, Mean::default());
        for (m, v) in state.sections.iter_mut().zip(&part.sections) {
            m.add(*v);
        }
        state.overall.add(part.overall);
        if let Some(level) = part.overall {
            state.by_level[scoring::band(level) - 1] += 1;
        }
        for (q, level) in part.levels {
            state
                .questions
                .entry(q)
                .or_default()
                .add(Some(f64::from(level)));
        }
        for (i, value) in part.charts.into_iter().enumerate() {
            let Some(value) = value else { continue };
            self.answered[i] += 1;
            match (&mut self.charts[i], value) {
                (ChartTotals::Choices(counts), ChartValue::Choices(chosen)) => {
                    for c in chosen {
                        counts[c] += 1;
                    }
                }
                (ChartTotals::Numbers(values), ChartValue::Number(n)) => values.push(n),
                _ => {}
            }
        }
    }

    /// The summary: `participation` for every participating state.
    pub fn finish(
        self,
        summarizer: &Summarizer,
        form: &Form,
        participation: Vec<Participation>,
    ) -> Summary {
        let sections: Vec<String> = form.sections().iter().map(|s| s.id.clone()).collect();
        let states: BTreeMap<String, Levels> = self
            .states
            .iter()
            .map(|(code, t)| {
                (
                    code.clone(),
                    Levels {
                        sections: (0..sections.len())
                            .map(|i| t.sections.get(i).and_then(|m| m.get()))
                            .collect(),
                        overall: t.overall.get(),
                    },
                )
            })
            .collect();
        // The region: the mean of the states, so a state with many ports does not
        // outweigh the others.
        let regional = Levels {
            sections: (0..sections.len())
                .map(|i| mean(states.values().filter_map(|l| l.sections[i])))
                .collect(),
            overall: mean(states.values().filter_map(|l| l.overall)),
        };
        let questions = summarizer
            .charts
            .iter()
            .zip(self.charts)
            .zip(&self.answered)
            .map(|((spec, totals), answered)| QuestionChart {
                question: spec.question.clone(),
                answered: *answered,
                distribution: match totals {
                    ChartTotals::Choices(counts) => {
                        Distribution::Choices(spec.choices.iter().cloned().zip(counts).collect())
                    }
                    ChartTotals::Numbers(values) => {
                        Distribution::Numbers(bands(&values, spec.whole))
                    }
                },
            })
            .collect();
        let profiles = self
            .states
            .iter()
            .map(|(code, t)| {
                let mut gaps: Vec<(String, f64)> = t
                    .questions
                    .iter()
                    .filter_map(|(q, m)| Some((summarizer.questions[*q].0.clone(), m.get()?)))
                    .filter(|(_, m)| *m < 3.0)
                    .collect();
                gaps.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
                gaps.truncate(5);
                Profile {
                    member_state: code.clone(),
                    levels: states[code].clone(),
                    ports_by_level: t.by_level,
                    gaps,
                }
            })
            .collect();
        Summary {
            participation,
            sections,
            regional,
            states,
            questions,
            profiles,
            approved_ports: self.approved,
        }
    }
}

/// The summary of a cycle: `participation` for every participating state, `approved`
/// the approved ports' frozen answers, read one after another.
pub fn summarize(
    form: &Form,
    participation: Vec<Participation>,
    approved: &[ApprovedPort<'_>],
    scope: Scope,
) -> Summary {
    let summarizer = Summarizer::new(form, scope);
    let mut totals = Totals::new(&summarizer, form);
    for p in approved {
        totals.add(summarizer.port(form, p.member_state, p.answers));
    }
    totals.finish(&summarizer, form, participation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{self, Port};
    use chrono::NaiveDate;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn form() -> Form {
        let source = include_str!("../../forms/port-contingency-2026.toml");
        let (form, diags) = crate::questionnaire::check::compile("f.toml", source);
        form.unwrap_or_else(|| panic!("{diags:?}"))
    }

    #[test]
    fn states_are_means_of_their_ports_and_the_region_a_mean_of_states() {
        let f = form();
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let mut rng = StdRng::seed_from_u64(1);
        let draw = |p: f64, rng: &mut StdRng, state: &'static str| {
            let locode = if state == "HTI" { "HTPAP" } else { "JMKIN" };
            let port = Port {
                member_state: state,
                name: "P",
                locode,
                preparedness: p,
            };
            // Frozen as a submit freezes it: validated and cleaned.
            let doc = demo::answers(&f, &port, rng, today).expect("valid");
            crate::questionnaire::validate::validate(&f, &doc, today).answers
        };
        // Jamaica: two well-prepared ports; Haiti: one poorly prepared.
        let docs = [
            ("JAM", draw(0.95, &mut rng, "JAM")),
            ("JAM", draw(0.9, &mut rng, "JAM")),
            ("HTI", draw(0.05, &mut rng, "HTI")),
        ];
        let approved: Vec<ApprovedPort<'_>> = docs
            .iter()
            .map(|(s, d)| ApprovedPort {
                member_state: s,
                answers: d,
            })
            .collect();
        let participation = vec![
            Participation {
                member_state: "HTI".into(),
                ports: 4,
                submitted: 2,
                approved: 1,
            },
            Participation {
                member_state: "JAM".into(),
                ports: 2,
                submitted: 2,
                approved: 2,
            },
        ];
        let s = summarize(&f, participation.clone(), &approved, Scope::Staff);
        assert_eq!(s.approved_ports, 3);
        assert_eq!(s.participation[0].rate(), 25.0);
        let jam = &s.states["JAM"];
        let hti = &s.states["HTI"];
        assert!(jam.overall > hti.overall, "{jam:?} {hti:?}");
        // The region is the mean of the two states, not of the three ports.
        let expected = (jam.overall.unwrap_or(0.0) + hti.overall.unwrap_or(0.0)) / 2.0;
        assert!((s.regional.overall.unwrap_or(0.0) - expected).abs() < 1e-9);
        // Distributions count ports; sensitive questions (section D) are never charted.
        let b7 = s
            .questions
            .iter()
            .find(|q| q.question == "B7")
            .expect("B7 charted");
        match &b7.distribution {
            Distribution::Choices(c) => assert_eq!(c.iter().map(|(_, n)| n).sum::<usize>(), 3),
            other => panic!("{other:?}"),
        }
        assert!(s.questions.iter().all(|q| !f.is_sensitive(&q.question)));
        assert!(
            s.questions.iter().all(|q| q.question != "H1"),
            "no free text"
        );
        assert!(
            s.questions.iter().all(|q| q.question != "A1"),
            "no read-only question"
        );
        // Gaps: the poorly prepared state has some, weakest first, never sensitive ones.
        let hti_profile = s
            .profiles
            .iter()
            .find(|p| p.member_state == "HTI")
            .expect("HTI");
        assert!(!hti_profile.gaps.is_empty());
        assert!(hti_profile.gaps.windows(2).all(|w| w[0].1 <= w[1].1));
        assert!(hti_profile.gaps.iter().all(|(q, _)| !f.is_sensitive(q)));
        // Each approved port is counted once at its overall level.
        let jam_profile = s
            .profiles
            .iter()
            .find(|p| p.member_state == "JAM")
            .expect("JAM");
        assert_eq!(jam_profile.ports_by_level.iter().sum::<usize>(), 2);
        assert_eq!(hti_profile.ports_by_level.iter().sum::<usize>(), 1);

        // The staff see section D's level; a publication never does, nor does D weigh in
        // the overall level it prints.
        let d = s.sections.iter().position(|x| x == "D").expect("D");
        assert!(s.states["JAM"].sections[d].is_some());
        let public = summarize(&f, participation, &approved, Scope::Publication);
        assert!(public.regional.sections[d].is_none());
        assert!(public.states.values().all(|l| l.sections[d].is_none()));
        assert_eq!(
            public.states["JAM"].sections[..d],
            s.states["JAM"].sections[..d],
            "other sections unchanged"
        );
        assert_ne!(
            public.states["JAM"].overall, s.states["JAM"].overall,
            "section D weighs in the staff's overall level only"
        );
    }

    #[test]
    fn number_bands_are_round_and_cover_every_value() {
        let b = bands(&[0.0, 10.0, 10.0, 5.0, 2.5], false);
        assert_eq!(b.iter().map(|x| x.2).sum::<usize>(), 5);
        assert_eq!(b[0].0, 0.0);
        assert!(
            b.iter().all(|(f, t, _)| (t - f - 2.0).abs() < 1e-9),
            "{b:?}"
        );
        assert!(b
            .last()
            .is_some_and(|(f, t, n)| *f <= 10.0 && 10.0 < *t && *n == 2));
        // Whole numbers: round starts and whole widths.
        let b = bands(&[3.0, 17.0, 59.0, 24.0], true);
        assert_eq!(b[0].0, 0.0);
        assert!(b.iter().all(|(f, t, _)| (t - f) == 20.0), "{b:?}");
        assert!((3..=6).contains(&b.len()));
        assert_eq!(b.iter().map(|x| x.2).sum::<usize>(), 4);
        let b = bands(&[1.0, 2.0, 3.0], true);
        assert!(b.iter().all(|(f, t, _)| (t - f) == 1.0), "{b:?}");
        assert_eq!(bands(&[3.0, 3.0], true), vec![(3.0, 3.0, 2)]);
        assert!(bands(&[], false).is_empty());
        assert_eq!(nice_step(2.2), 2.5);
        assert_eq!(nice_step(0.13), 0.2);
        assert_eq!(nice_step(40.0), 50.0);
    }
}
