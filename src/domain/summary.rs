//! The comparative summary's numbers, before any layout: response rates per member state,
//! section scores per state (the mean of its approved ports, as in e-SPAR) against the
//! region, the distribution of each choice or number question across states, and each
//! state's profile with its most frequent gaps. Sensitive questions and free text never
//! enter the distributions or the gaps. Pure: the PDF and any other view read this.

use crate::domain::scoring;
use crate::questionnaire::definition::QuestionType;
use crate::questionnaire::{validate, Form};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

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
#[derive(Debug, Clone, Serialize, PartialEq)]
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

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Bands for numbers: five of equal width over the answered range (one when all equal).
fn bands(values: &[f64]) -> Vec<(f64, f64, usize)> {
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
    let width = (hi - lo) / 5.0;
    let mut out: Vec<(f64, f64, usize)> = (0..5)
        .map(|i| (lo + width * i as f64, lo + width * (i + 1) as f64, 0))
        .collect();
    for v in values {
        let i = (((v - lo) / width) as usize).min(4);
        out[i].2 += 1;
    }
    out
}

/// The summary of a cycle: `participation` for every participating state, `approved`
/// the approved ports' answers.
pub fn summarize(
    form: &Form,
    participation: Vec<Participation>,
    approved: &[ApprovedPort<'_>],
    today: NaiveDate,
    scope: Scope,
) -> Summary {
    let sections: Vec<String> = form.sections().iter().map(|s| s.id.clone()).collect();
    // Each port scored once; its levels per scored question kept for the gaps.
    let mut per_state: BTreeMap<String, Vec<scoring::PortScore>> = BTreeMap::new();
    let mut reports = Vec::with_capacity(approved.len());
    for p in approved {
        let mut report = validate::validate(form, p.answers, today);
        if scope == Scope::Publication {
            report.answers.retain(|id, _| !form.is_sensitive(id));
        }
        per_state
            .entry(p.member_state.to_string())
            .or_default()
            .push(scoring::score(form, &report));
        reports.push((p.member_state, report));
    }
    // A state's level per section: the mean over its ports (e-SPAR's state = mean of ports).
    let levels_of = |ports: &[&scoring::PortScore]| Levels {
        sections: (0..sections.len())
            .map(|i| {
                mean(
                    ports
                        .iter()
                        .filter_map(|p| p.sections.get(i).and_then(|s| s.level)),
                )
            })
            .collect(),
        overall: mean(ports.iter().filter_map(|p| p.level)),
    };
    let states: BTreeMap<String, Levels> = per_state
        .iter()
        .map(|(code, ports)| (code.clone(), levels_of(&ports.iter().collect::<Vec<_>>())))
        .collect();
    // The region: the mean of the states, so a state with many ports does not outweigh
    // the others.
    let regional = Levels {
        sections: (0..sections.len())
            .map(|i| mean(states.values().filter_map(|l| l.sections[i])))
            .collect(),
        overall: mean(states.values().filter_map(|l| l.overall)),
    };
    let mut questions = Vec::new();
    for (_, q) in form.questions() {
        // Read-only questions are filled in by the system (the member state): not answers.
        if form.is_sensitive(&q.id) || q.read_only {
            continue;
        }
        let answers: Vec<&Value> = reports
            .iter()
            .filter(|(_, r)| r.relevant.get(&q.id).copied().unwrap_or(false))
            .filter_map(|(_, r)| r.answers.get(&q.id))
            .collect();
        let distribution = match q.kind {
            QuestionType::SelectOne | QuestionType::YesNo | QuestionType::SelectMultiple => {
                let names: Vec<String> = if q.kind == QuestionType::YesNo {
                    vec!["yes".into(), "no".into()]
                } else {
                    form.choices_of(q).iter().map(|c| c.name.clone()).collect()
                };
                Distribution::Choices(
                    names
                        .into_iter()
                        .map(|n| {
                            let count = answers
                                .iter()
                                .filter(|a| match a {
                                    Value::String(s) => s == &n,
                                    Value::Array(items) => {
                                        items.iter().any(|i| i.as_str() == Some(&n))
                                    }
                                    _ => false,
                                })
                                .count();
                            (n, count)
                        })
                        .collect(),
                )
            }
            QuestionType::Integer | QuestionType::Decimal => {
                let values: Vec<f64> = answers.iter().filter_map(|a| a.as_f64()).collect();
                Distribution::Numbers(bands(&values))
            }
            // Free text, dates, files, grids and notes are not charted.
            _ => continue,
        };
        questions.push(QuestionChart {
            question: q.id.clone(),
            answered: answers.len(),
            distribution,
        });
    }
    let profiles = states
        .iter()
        .map(|(code, levels)| {
            let mut by_question: BTreeMap<String, Vec<f64>> = BTreeMap::new();
            for port in per_state.get(code).into_iter().flatten() {
                for s in &port.sections {
                    for qs in &s.questions {
                        if !form.is_sensitive(&qs.question) {
                            by_question
                                .entry(qs.question.clone())
                                .or_default()
                                .push(f64::from(qs.level));
                        }
                    }
                }
            }
            let mut gaps: Vec<(String, f64)> = by_question
                .into_iter()
                .filter_map(|(q, v)| mean(v.into_iter()).map(|m| (q, m)))
                .filter(|(_, m)| *m < 3.0)
                .collect();
            gaps.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
            gaps.truncate(5);
            Profile {
                member_state: code.clone(),
                levels: levels.clone(),
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
        approved_ports: approved.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{self, Port};
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
            demo::answers(&f, &port, rng, today).expect("valid")
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
        let s = summarize(&f, participation.clone(), &approved, today, Scope::Staff);
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

        // The staff see section D's level; a publication never does, nor does D weigh in
        // the overall level it prints.
        let d = s.sections.iter().position(|x| x == "D").expect("D");
        assert!(s.states["JAM"].sections[d].is_some());
        let public = summarize(&f, participation, &approved, today, Scope::Publication);
        assert!(public.regional.sections[d].is_none());
        assert!(public.states.values().all(|l| l.sections[d].is_none()));
        assert_eq!(
            public.states["JAM"].sections[..d],
            s.states["JAM"].sections[..d],
            "other sections unchanged"
        );
    }

    #[test]
    fn number_bands_cover_every_value() {
        let b = bands(&[0.0, 10.0, 10.0, 5.0, 2.5]);
        assert_eq!(b.len(), 5);
        assert_eq!(b.iter().map(|x| x.2).sum::<usize>(), 5);
        assert_eq!(b[4].2, 2, "the top value falls in the last band");
        assert_eq!(bands(&[3.0, 3.0]), vec![(3.0, 3.0, 2)]);
        assert!(bands(&[]).is_empty());
    }
}
