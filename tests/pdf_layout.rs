//! The summary's layout, read back from the PDF with `pdftotext -bbox`: a member state's
//! name three times longer than any real one wraps inside its table cell, no word runs
//! past the right margin on any page, and the contents send each entry to its page.
//! Needs poppler-utils (see tests/summaries.rs for when a missing tool is a failure).

use chrono::NaiveDate;
use portplans::domain::demo::{self, Port};
use portplans::domain::summary::{summarize, ApprovedPort, Participation, Scope};
use portplans::i18n::{I18n, Lang};
use portplans::pdf::layout::{LEFT, PAGE_W, RIGHT};
use portplans::pdf::summary::{render, Input, PortLine, STATE_COLUMN};
use portplans::pdf::Engine;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::BTreeMap;
use std::process::Command;

/// "Saint Vincent and the Grenadines" is the longest real name (32 characters); this one
/// is three times as long, with a word longer than the whole column.
const LONG: &str = "Commonwealth of the Saint Vincent and the Grenadines Archipelago \
                    Federation Inselgruppenverwaltungsgemeinschaftsbezirk";

struct Word {
    page: usize,
    x_min: f32,
    x_max: f32,
    y_min: f32,
    text: String,
}

/// Every word of the PDF with its page and horizontal extent, in points.
fn words(pdf: &[u8]) -> Option<Vec<Word>> {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = match Command::new("pdftotext")
        .arg("-bbox")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            assert!(
                std::env::var_os("PORTPLANS_TEST_REQUIRE_PDF_TOOLS").is_none(),
                "pdftotext is required"
            );
            return None;
        }
    };
    let html = String::from_utf8_lossy(&out.stdout);
    let mut page = 0;
    let mut list = Vec::new();
    let attr = |line: &str, name: &str| -> f32 {
        line.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    for line in html.lines() {
        if line.trim_start().starts_with("<page") {
            page += 1;
        } else if line.trim_start().starts_with("<word") {
            let text = line
                .split('>')
                .nth(1)
                .and_then(|r| r.split('<').next())
                .unwrap_or_default()
                .replace("&amp;", "&");
            list.push(Word {
                page,
                x_min: attr(line, "xMin"),
                x_max: attr(line, "xMax"),
                y_min: attr(line, "yMin"),
                text,
            });
        }
    }
    Some(list)
}

fn document(names: &BTreeMap<String, String>, lang: Lang) -> Vec<u8> {
    document_of(names, lang, true)
}

/// The summary of Jamaica and "XLX", with or without their approved reports.
fn document_of(names: &BTreeMap<String, String>, lang: Lang, with_reports: bool) -> Vec<u8> {
    let source = std::fs::read_to_string("forms/port-contingency-2026.toml").expect("form");
    let (form, _) = portplans::questionnaire::check::compile("f.toml", &source);
    let form = form.expect("the shipped questionnaire compiles");
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    let mut rng = StdRng::seed_from_u64(7);
    let mut docs = Vec::new();
    for (state, locode, p) in [("JAM", "JMKIN", 0.8), ("XLX", "JMXLA", 0.3)] {
        let port = Port {
            member_state: if state == "XLX" { "JAM" } else { state },
            name: "P",
            locode,
            preparedness: p,
        };
        let doc = demo::answers(&form, &port, &mut rng, today).expect("valid");
        let frozen = portplans::questionnaire::validate::validate(&form, &doc, today).answers;
        docs.push((state, frozen));
    }
    if !with_reports {
        docs.clear();
    }
    let approved: Vec<ApprovedPort<'_>> = docs
        .iter()
        .map(|(s, a)| ApprovedPort {
            member_state: s,
            answers: a,
        })
        .collect();
    let participation = ["JAM", "XLX"]
        .iter()
        .map(|s| Participation {
            member_state: s.to_string(),
            ports: 1,
            submitted: usize::from(with_reports),
            approved: usize::from(with_reports),
        })
        .collect();
    let summary = summarize(&form, participation, &approved, Scope::Publication);
    let i18n = I18n::load().expect("i18n");
    let engine = Engine::load().expect("fonts");
    let ports = BTreeMap::from([(
        "XLX".to_string(),
        vec![PortLine {
            locode: "XLAAA".into(),
            name: "Port of the Long Name".into(),
        }],
    )]);
    let input = Input {
        summary: &summary,
        form: &form,
        lang,
        i18n: &i18n,
        cycle_title: "Reporting 2026".into(),
        as_of: today,
        state_names: names.clone(),
        ports,
    };
    render(&engine, &input).expect("rendered").bytes
}

#[test]
fn a_very_long_state_name_wraps_inside_its_cell() {
    let names = BTreeMap::from([
        ("JAM".to_string(), "Jamaica".to_string()),
        ("XLX".to_string(), LONG.to_string()),
    ]);
    assert!(LONG.len() >= 3 * "Saint Vincent and the Grenadines".len());
    let pdf = document(&names, Lang::En);
    let Some(words) = words(&pdf) else { return };
    let long_words: Vec<&str> = LONG.split(' ').collect();
    // The pages of the two tables: response rates (its "Rate" column) and section scores
    // (its "Levels" legend); the name's words there.
    let table_pages: Vec<usize> = words
        .iter()
        .filter(|w| w.text == "Rate" || w.text == "Levels")
        .map(|w| w.page)
        .collect();
    assert!(table_pages.len() >= 2, "both tables found");
    let mut seen = 0;
    for w in &words {
        if !table_pages.contains(&w.page) {
            continue;
        }
        // Words of the name, or pieces of its longest word cut to fit.
        let of_name = long_words.contains(&w.text.as_str())
            || (w.text.len() > 6 && long_words.iter().any(|l| l.contains(&w.text)));
        if of_name && w.x_min < LEFT + STATE_COLUMN {
            seen += 1;
            assert!(
                w.x_max <= LEFT + STATE_COLUMN + 0.5,
                "{} (page {}) ends at {} past the column's edge {}",
                w.text,
                w.page,
                w.x_max,
                LEFT + STATE_COLUMN
            );
        }
    }
    assert!(
        seen >= 2 * long_words.len() - 2,
        "the name is in both tables ({seen} words)"
    );
    // Nothing, anywhere, runs past the right margin or off the page.
    for w in &words {
        assert!(
            w.x_max <= RIGHT + 0.5 && w.x_min >= 0.0 && w.x_max <= PAGE_W,
            "{} on page {} runs to {}",
            w.text,
            w.page,
            w.x_max
        );
    }
}

#[test]
fn the_contents_send_each_entry_to_its_page() {
    let names = BTreeMap::from([
        ("JAM".to_string(), "Jamaica".to_string()),
        ("XLX".to_string(), "Xlandia".to_string()),
    ]);
    let pdf = document(&names, Lang::Es);
    let Some(words) = words(&pdf) else { return };
    // On the contents page (2), each line ends with its page number at the right edge.
    let contents: Vec<&Word> = words.iter().filter(|w| w.page == 2).collect();
    for title in ["Método", "Xlandia", "Anexo:"] {
        let entry = contents
            .iter()
            .find(|w| w.text == title)
            .unwrap_or_else(|| panic!("{title} in the contents"));
        // The number at the right edge of the same line.
        let number: usize = contents
            .iter()
            .find(|w| {
                (w.y_min - entry.y_min).abs() < 1.0
                    && w.x_max > RIGHT - 1.0
                    && w.text.chars().all(|c| c.is_ascii_digit())
            })
            .and_then(|w| w.text.parse().ok())
            .expect("a page number");
        assert!(
            words.iter().any(|w| w.page == number && w.text == title),
            "{title} is on page {number}: {:?}",
            words
                .iter()
                .filter(|w| w.text == title)
                .map(|w| w.page)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_cycle_with_nothing_approved_still_gives_a_whole_summary() {
    let names = BTreeMap::from([
        ("JAM".to_string(), "Jamaica".to_string()),
        ("XLX".to_string(), "Xlandia".to_string()),
    ]);
    let pdf = document_of(&names, Lang::En, false);
    assert!(pdf.starts_with(b"%PDF-"));
    let Some(words) = words(&pdf) else { return };
    let text: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    let text = text.join(" ");
    // Said once per part that has nothing to show, not once per question.
    let said = text
        .matches("No port report has been approved yet.")
        .count();
    assert!((3..=5).contains(&said), "{said}: {text}");
    for part in ["Key findings", "Response rates", "Annex: the questionnaire"] {
        assert!(text.contains(part), "{part}");
    }
    assert!(!text.contains("Reports answering"), "no empty charts");
    // French and Portuguese take zero as singular: the number is printed, never "un".
    for (lang, zero) in [
        (Lang::Fr, "0 rapport portuaire approuvé"),
        (Lang::Pt, "0 relatório portuário aprovado"),
    ] {
        let pdf = document_of(&names, lang, false);
        let Some(list) = self::words(&pdf) else {
            return;
        };
        let text = list
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(zero), "{zero}: {text}");
        assert!(
            !text.contains("Un État") && !text.contains("Um Estado"),
            "{text}"
        );
    }
}
