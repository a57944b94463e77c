//! Scores in the WHO e-SPAR manner: each scored question maps its answer to a level 1–5
//! (percent = level ÷ 5 × 100); a section's score is the weighted mean of its scored,
//! answered questions; a port's overall score the mean of its sections by section weight.
//! Every weight and map comes from the form file.

use crate::questionnaire::definition::{Question, QuestionType, Score};
use crate::questionnaire::validate::Report;
use crate::questionnaire::Form;
use serde::Serialize;
use serde_json::Value as Json;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionScore {
    pub question: String,
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionScore {
    pub section: String,
    /// Mean level, 1.0–5.0; None when no scored question was answered.
    pub level: Option<f64>,
    pub percent: Option<f64>,
    pub questions: Vec<QuestionScore>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortScore {
    pub sections: Vec<SectionScore>,
    pub level: Option<f64>,
    pub percent: Option<f64>,
}

/// The level an answer earns under `score`, if it earns one.
pub fn level(q: &Question, score: &Score, answer: &Json) -> Option<u8> {
    if let Some(levels) = &score.levels {
        return levels.get(answer.as_str()?).copied();
    }
    if let Some(by_count) = &score.by_count {
        let items = answer.as_array()?;
        let counted = items
            .iter()
            .filter(|i| {
                i.as_str()
                    .is_some_and(|s| !score.not_counted.iter().any(|n| n == s))
            })
            .count();
        return by_count.get(counted).or(by_count.last()).copied();
    }
    if let Some(bands) = &score.bands {
        if !q.kind.is_numeric() {
            return None;
        }
        let n = answer.as_f64()?;
        return bands.iter().rev().find(|(lo, _)| n >= *lo).map(|(_, l)| *l);
    }
    None
}

/// The level (1–5) a mean level rounds to: 1.0–1.4 is 1, 1.5–2.4 is 2, … 4.5–5.0 is 5.
pub fn band(level: f64) -> usize {
    ((level + 0.5).floor() as usize).clamp(1, 5)
}

fn percent(level: f64) -> f64 {
    (level / 5.0 * 1000.0).round() / 10.0
}

fn weighted_mean(items: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = items.fold((0.0, 0.0), |(s, w), (v, wt)| (s + v * wt, w + wt));
    (weights > 0.0).then(|| sum / weights)
}

/// Scores one validated document (use the report's cleaned answers).
pub fn score(form: &Form, report: &Report) -> PortScore {
    score_answers(form, &report.answers, |id| {
        report.relevant.get(id).copied().unwrap_or(false)
    })
}

/// Scores cleaned answers: those of the questions `counts` accepts (relevant ones, and
/// only the published ones for a publication).
pub fn score_answers(
    form: &Form,
    answers: &serde_json::Map<String, Json>,
    counts: impl Fn(&str) -> bool,
) -> PortScore {
    let mut sections = Vec::new();
    for section in form.sections() {
        let mut questions = Vec::new();
        let mut weighted = Vec::new();
        for q in &section.questions {
            let (Some(score), Some(answer)) = (&q.score, answers.get(&q.id)) else {
                continue;
            };
            if q.kind == QuestionType::Note || !counts(&q.id) {
                continue;
            }
            if let Some(l) = level(q, score, answer) {
                questions.push(QuestionScore {
                    question: q.id.clone(),
                    level: l,
                });
                weighted.push((f64::from(l), score.weight));
            }
        }
        let level = weighted_mean(weighted.into_iter());
        sections.push((
            section.weight,
            SectionScore {
                section: section.id.clone(),
                level,
                percent: level.map(percent),
                questions,
            },
        ));
    }
    let level = weighted_mean(
        sections
            .iter()
            .filter_map(|(w, s)| s.level.map(|l| (l, *w))),
    );
    PortScore {
        sections: sections.into_iter().map(|(_, s)| s).collect(),
        level,
        percent: level.map(percent),
    }
}
