//! Plausible answers for a demonstration (and a benchmark's data): for any questionnaire,
//! a port whose `preparedness` (0–1) leans its scored answers towards higher levels, and
//! the questionnaire's own validation as the judge — a value that breaks a rule is drawn
//! again until the whole document passes. Deterministic for a given seed.

use crate::questionnaire::definition::{ColumnType, Question, QuestionType};
use crate::questionnaire::validate::{self, Code};
use crate::questionnaire::Form;
use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::Rng;
use serde_json::{json, Map, Value};

/// What is known of the port before its answers are drawn.
pub struct Port<'a> {
    pub member_state: &'a str,
    pub name: &'a str,
    pub locode: &'a str,
    /// 0 (little in place) to 1 (everything in place).
    pub preparedness: f64,
}

const PHRASES: [&str; 6] = [
    "Training of port facility security officers",
    "Tsunami evacuation signage for the container terminal",
    "A second emergency operations centre outside the flood zone",
    "Regional mutual-aid agreement with neighbouring ports",
    "Backup communications for the harbour master",
    "Update of the hurricane plan after the last season",
];

/// The level (1–5) the port aims at for a scored question.
fn target(rng: &mut StdRng, p: f64) -> f64 {
    (1.0 + 4.0 * p + rng.random_range(-1.2..1.2)).clamp(1.0, 5.0)
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> Option<&'a T> {
    (!items.is_empty()).then(|| &items[rng.random_range(0..items.len())])
}

fn date_within(rng: &mut StdRng, today: NaiveDate, days: i64) -> Value {
    json!((today - Duration::days(rng.random_range(0..days.max(1)))).to_string())
}

/// The questions a rule of `q` compares it with, written `<prefix>ID}` in the rule
/// (`. <= ${D1}`): draws stay on the right side of them.
fn bounds<'a>(q: &'a Question, prefix: &'a str) -> impl Iterator<Item = String> + 'a {
    q.constraints.iter().filter_map(move |c| {
        let rest = &c.rule[c.rule.find(prefix)? + prefix.len()..];
        Some(rest[..rest.find('}')?].to_string())
    })
}

/// One value for `q`, in its type, before the rules have their say.
fn draw(
    form: &Form,
    q: &Question,
    port: &Port<'_>,
    answers: &Map<String, Value>,
    rng: &mut StdRng,
    today: NaiveDate,
) -> Option<Value> {
    let p = port.preparedness;
    let score = q.score.as_ref();
    match q.kind {
        QuestionType::Note | QuestionType::File => None,
        QuestionType::YesNo | QuestionType::SelectOne => {
            let names: Vec<String> = if q.kind == QuestionType::YesNo {
                vec!["yes".into(), "no".into()]
            } else {
                form.choices_of(q).iter().map(|c| c.name.clone()).collect()
            };
            match score.and_then(|s| s.levels.as_ref()) {
                // The choice whose level is nearest the port's aim.
                Some(levels) => {
                    let t = target(rng, p);
                    names
                        .iter()
                        .filter_map(|n| levels.get(n).map(|l| (n, (f64::from(*l) - t).abs())))
                        .min_by(|a, b| a.1.total_cmp(&b.1))
                        .map(|(n, _)| json!(n))
                        .or_else(|| pick(rng, &names).map(|n| json!(n)))
                }
                None => pick(rng, &names).map(|n| json!(n)),
            }
        }
        QuestionType::SelectMultiple => {
            let names: Vec<String> = form.choices_of(q).iter().map(|c| c.name.clone()).collect();
            let real: Vec<&String> = names.iter().filter(|n| n.as_str() != "none").collect();
            let share = score.map_or(0.5, |_| (p + rng.random_range(-0.25..0.25)).clamp(0.0, 1.0));
            let mut chosen: Vec<&String> = real
                .iter()
                .copied()
                .filter(|_| rng.random_bool(share.max(0.05)))
                .collect();
            if chosen.is_empty() {
                match names.iter().find(|n| n.as_str() == "none") {
                    Some(none) => chosen.push(none),
                    None => chosen.extend(pick(rng, &real).copied()),
                }
            }
            Some(json!(chosen))
        }
        QuestionType::Integer | QuestionType::Decimal => {
            let lo = q.min.unwrap_or(0.0);
            let hi = q.max.unwrap_or_else(|| {
                match score.and_then(|s| s.bands.as_ref()).and_then(|b| b.last()) {
                    Some((top, _)) => top * 1.5,
                    None => lo + 60.0,
                }
            });
            // A bound named in a rule (". <= ${D1}") is honoured by drawing below it.
            let cap = bounds(q, ". <= ${")
                .filter_map(|id| answers.get(&id)?.as_f64())
                .fold(hi, f64::min);
            let x = if cap <= lo {
                lo
            } else {
                rng.random_range(lo..=cap)
            };
            Some(if q.kind == QuestionType::Integer {
                json!(x.round() as i64)
            } else {
                json!((x * 10.0).round() / 10.0)
            })
        }
        QuestionType::Date => {
            // A prepared port revised and exercised recently; never before a date that a
            // rule puts first (". >= ${B2}").
            let span = (1500.0 * (1.1 - p)).max(60.0) as i64;
            let floor = bounds(q, ". >= ${")
                .filter_map(|id| answers.get(&id)?.as_str().and_then(validate::parse_date))
                .max();
            match floor {
                Some(f) if f <= today => Some(date_within(rng, today, (today - f).num_days() + 1)),
                _ => Some(date_within(rng, today, span)),
            }
        }
        QuestionType::Text | QuestionType::LongText => match q.id.as_str() {
            "A2" => Some(json!(port.name)),
            "A3" => Some(json!(port.locode)),
            _ if q.required.is_always() || rng.random_bool(0.5) => {
                pick(rng, &PHRASES).map(|s| json!(s))
            }
            _ => None,
        },
        QuestionType::TextList => {
            let n = rng.random_range(1..=3);
            Some(json!((1..=n)
                .map(|i| format!("{}-{i:04}", port.locode))
                .collect::<Vec<_>>()))
        }
        QuestionType::Email => Some(json!(format!(
            "ports@{}.example",
            port.locode.to_lowercase()
        ))),
        QuestionType::Url => Some(json!(format!(
            "https://{}.example/plan",
            port.locode.to_lowercase()
        ))),
        QuestionType::Grid => {
            let rows: Vec<String> = match (&q.rows, &q.rows_from) {
                (Some(list), _) => form
                    .choice_list(list)
                    .unwrap_or(&[])
                    .iter()
                    .map(|c| c.name.clone())
                    .collect(),
                (None, Some(src)) => answers
                    .get(src)
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let mut grid = Map::new();
            for row in rows {
                let mut cells = Map::new();
                for c in &q.columns {
                    let v = match c.kind {
                        ColumnType::Integer | ColumnType::Decimal => {
                            let lo = c.min.unwrap_or(0.0);
                            let hi = c.max.unwrap_or(lo + 10.0).max(lo);
                            json!(rng.random_range(lo..=hi).round() as i64)
                        }
                        ColumnType::YesNo => json!(if rng.random_bool(0.5) { "yes" } else { "no" }),
                        ColumnType::SelectOne => {
                            let list = c
                                .choices
                                .as_deref()
                                .and_then(|l| form.choice_list(l))
                                .unwrap_or(&[]);
                            match pick(rng, list) {
                                Some(x) => json!(x.name),
                                None => continue,
                            }
                        }
                        ColumnType::Text => json!("—"),
                    };
                    cells.insert(c.id.clone(), v);
                }
                grid.insert(row, Value::Object(cells));
            }
            (!grid.is_empty()).then_some(Value::Object(grid))
        }
    }
}

/// A complete, valid answers document for `port`; or, if the rules could not be met within
/// a bounded number of draws (rules no draw satisfies), the problems that remained.
pub fn answers(
    form: &Form,
    port: &Port<'_>,
    rng: &mut StdRng,
    today: NaiveDate,
) -> Result<Map<String, Value>, Vec<validate::Problem>> {
    let mut doc = Map::new();
    doc.insert("A1".into(), json!(port.member_state));
    // Questions in order, so that a later one can lean on an earlier one.
    for (_, q) in form.questions() {
        if q.read_only {
            continue;
        }
        if let Some(v) = draw(form, q, port, &doc, rng, today) {
            doc.insert(q.id.clone(), v);
        }
    }
    let mut last = Vec::new();
    for _ in 0..40 {
        let report = validate::validate(form, &doc, today);
        let broken: Vec<(String, Code)> = report
            .problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| (p.question.clone(), p.code))
            .collect();
        if broken.is_empty() {
            return Ok(report.answers);
        }
        last = report.problems;
        for (id, code) in broken {
            let Some(q) = form.question(&id) else {
                doc.remove(&id);
                continue;
            };
            match draw(form, q, port, &doc, rng, today) {
                // An optional answer that keeps failing is left out.
                Some(_)
                    if code != Code::Required
                        && !q.required.is_always()
                        && rng.random_bool(0.3) =>
                {
                    doc.remove(&id);
                }
                Some(v) => {
                    doc.insert(id, v);
                }
                None => {
                    doc.remove(&id);
                }
            }
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn form() -> Form {
        let source = include_str!("../../forms/port-contingency-2026.toml");
        let (form, diags) = crate::questionnaire::check::compile("f.toml", source);
        form.unwrap_or_else(|| panic!("{diags:?}"))
    }

    #[test]
    fn every_drawn_document_passes_the_questionnaire_and_the_seed_repeats_it() {
        let f = form();
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let mut scores = Vec::new();
        for (i, p) in [0.05, 0.3, 0.6, 0.95].iter().enumerate() {
            for seed in 0..25u64 {
                let port = Port {
                    member_state: "JAM",
                    name: "Kingston",
                    locode: "JMKIN",
                    preparedness: *p,
                };
                let mut rng = StdRng::seed_from_u64(seed * 10 + i as u64);
                let doc = answers(&f, &port, &mut rng, today)
                    .unwrap_or_else(|p| panic!("seed {seed}, p {p:?}"));
                let report = validate::validate(&f, &doc, today);
                assert!(
                    report.is_valid(),
                    "seed {seed}, p {p}: {:?}",
                    report.problems
                );
                let again = answers(
                    &f,
                    &port,
                    &mut StdRng::seed_from_u64(seed * 10 + i as u64),
                    today,
                );
                assert_eq!(
                    again.ok().as_ref(),
                    Some(&doc),
                    "the same seed, the same answers"
                );
                if seed == 0 {
                    scores.push(
                        crate::domain::scoring::score(&f, &report)
                            .percent
                            .unwrap_or(0.0),
                    );
                }
            }
        }
        // Preparedness shows in the scores: the least prepared port scores below the most.
        assert!(scores[0] < scores[3], "{scores:?}");
    }
}
