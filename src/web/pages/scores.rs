//! A section-score table as pages show it (the secretariat's board, the public progress
//! page): the sections that have a regional level, their titles in the reader's language,
//! a row per state in the order names read, and the region. How a cell is written is the
//! caller's.

use crate::domain::member_states;
use crate::domain::summary::{Levels, ScoreTable};
use crate::i18n::Lang;
use crate::questionnaire::Form;
use serde_json::{json, Value};

pub(super) struct Shown {
    pub sections: Vec<Value>,
    pub rows: Vec<Value>,
    pub region: Value,
}

pub(super) fn table(
    t: &ScoreTable,
    form: Option<&Form>,
    lang: Lang,
    cell: impl Fn(Option<f64>) -> Value,
) -> Shown {
    // Sections no state has a score in (nothing scored, nothing answered, or left out of
    // a public table) are left out.
    let shown: Vec<usize> = (0..t.sections.len())
        .filter(|i| t.regional.sections.get(*i).copied().flatten().is_some())
        .collect();
    let pick = |levels: &Levels| -> Vec<Value> {
        shown
            .iter()
            .map(|i| cell(levels.sections.get(*i).copied().flatten()))
            .collect()
    };
    let sections = shown
        .iter()
        .filter_map(|i| t.sections.get(*i))
        .map(|id| {
            let title = form
                .and_then(|f| {
                    f.sections()
                        .iter()
                        .find(|s| &s.id == id)
                        .map(|s| s.title.get(lang.code()).to_string())
                })
                .unwrap_or_default();
            json!({"id": id, "title": title})
        })
        .collect();
    let mut rows: Vec<Value> = t
        .states
        .iter()
        .map(|(code, l)| {
            json!({"name": member_states::name_of(code, lang.code()), "cells": pick(l),
                "overall": cell(l.overall)})
        })
        .collect();
    super::review::sort_by_name(&mut rows);
    let region = json!({"cells": pick(&t.regional), "overall": cell(t.regional.overall)});
    Shown {
        sections,
        rows,
        region,
    }
}
