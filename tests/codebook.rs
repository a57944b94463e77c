//! The codebook of `/work/shared/QUESTIONNAIRE.md` ("how answers are written", relevance,
//! constraints, warnings, scoring) checked rule by rule against the questionnaire as
//! shipped (`forms/port-contingency-2026.toml`), through the library's public API only.
//!
//! Every test starts from one complete, valid document (a port of Argentina) and changes
//! as little as possible, then asserts the exact problems (question, path, code, severity),
//! the dropped answers and the cleaned document.

#![recursion_limit = "256"]

use chrono::{Days, NaiveDate};
use portplans::domain::scoring::{score, PortScore, SectionScore};
use portplans::questionnaire::check::{compile, has_errors, Severity};
use portplans::questionnaire::validate::{validate, Code, Report};
use portplans::questionnaire::Form;
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../forms/port-contingency-2026.toml");

const ATTACHMENT_1: &str = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const ATTACHMENT_2: &str = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
const ATTACHMENT_3: &str = "d4c3b2a1-9f8e-4d7c-b6a5-1f2e3d4c5b6a";

// ---------------------------------------------------------------------------
// Fixtures and helpers
// ---------------------------------------------------------------------------

fn form() -> &'static Form {
    static FORM: OnceLock<Form> = OnceLock::new();
    FORM.get_or_init(|| {
        let (form, diags) = compile("port-contingency-2026.toml", SOURCE);
        assert!(
            !has_errors(&diags),
            "the shipped form has errors: {diags:#?}"
        );
        form.expect("the shipped form compiles")
    })
}

/// The fixed submission date of every test.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

fn days_ago(n: u64) -> String {
    today()
        .checked_sub_days(Days::new(n))
        .unwrap()
        .format("%Y-%m-%d")
        .to_string()
}

fn tomorrow() -> String {
    today()
        .checked_add_days(Days::new(1))
        .unwrap()
        .format("%Y-%m-%d")
        .to_string()
}

fn today_str() -> String {
    today().format("%Y-%m-%d").to_string()
}

/// One complete, valid answers document: the port of Buenos Aires, Argentina. Every
/// required question is answered, every conditional block applies (B1 = yes, B7 = yes,
/// C1 with hurricane and tsunami, D1 > 0, A7 = yes, G1 and E10 answered) and every
/// optional question is answered too. Values are written as the validator cleans them
/// (choices in list order, decimals as floats) so that the cleaned document equals it.
fn valid_doc() -> Map<String, Value> {
    let doc = json!({
        "A1": "ARG",
        "A2": "Puerto de Buenos Aires",
        "A3": "ARBUE",
        "A4": ["ARBUE-0001", "ARBUE-0002"],
        "A5": ["container", "passenger"],
        "A6": 1500,
        "A7": "yes",
        "A8": "2025-12-31",

        "B1": "yes",
        "B2": "2022-03-15",
        "B3": "2025-09-01",
        "B4": "biennial",
        "B5": "no",
        "B6": ATTACHMENT_1,
        "B7": "yes",
        "B8": 48.0,
        "B9": "national",

        "C1": ["hurricane", "tsunami"],
        "C2": {
            "hurricane": { "likelihood": 2, "impact": 4 },
            "tsunami": { "likelihood": 1, "impact": 5 }
        },
        "C3": "2025-05-20",
        "C4": "yes",
        "C5": "no",
        "C6": "partly",

        "D1": 4,
        "D2": 3,
        "D3": 4,
        "D4": "partly",
        "D5": "1",
        "D6": "yes",
        "D7": "quarterly_or_more",
        "D8": "2026-03-10",
        "D9": "yes",
        "D10": "no",
        "D11": {
            "stowaways": { "count": 2 },
            "drugs": { "count": 0 },
            "cargo_theft": { "count": 1 },
            "intrusion": { "count": 3 },
            "cyber": { "count": 0 }
        },
        "D12": "in_progress",
        "D13": "yes",

        "E1": "yes",
        "E2": "no",
        "E3": "partly",
        "E4": ["weather_service", "tsunami_centre"],
        "E5": "yes",
        "E6": 36,
        "E7": ["satellite", "vhf"],
        "E8": ["ports", "national_agencies", "regional_bodies"],
        "E9": "yes",
        "E10": 5,
        "E11": "Sudestada storm surge, June 2024",

        "F1": "yes",
        "F2": "no",
        "F3": "yes",
        "F4": ["crew_change", "ppe", "remote_operations"],

        "G1": "2025-11-12",
        "G2": "functional",
        "G3": ["port_authority", "coast_guard", "health"],
        "G4": "yes",

        "H1": "Training for port facility security officers; a tsunami evacuation exercise.",
        "H2": [ATTACHMENT_2, ATTACHMENT_3]
    });
    match doc {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// Every question required whenever relevant (all but A4, A6, B6, D11, E10, E11, G1, H1, H2).
const REQUIRED: &[&str] = &[
    "A1", "A2", "A3", "A5", "A7", "A8", "B1", "B2", "B3", "B4", "B5", "B7", "B8", "B9", "C1", "C2",
    "C3", "C4", "C5", "C6", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D12",
    "D13", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "F1", "F2", "F3", "F4", "G2",
    "G3", "G4",
];

const OPTIONAL: &[&str] = &["A4", "A6", "B6", "D11", "E10", "E11", "G1", "H1", "H2"];

const DATES: &[&str] = &["A8", "B2", "B3", "C3", "D8", "G1"];

/// The valid document with `set` applied (a `Value::Null` is written as is) and `remove`
/// taken out.
fn doc_with(set: &[(&str, Value)], remove: &[&str]) -> Map<String, Value> {
    let mut d = valid_doc();
    for id in remove {
        assert!(d.remove(*id).is_some(), "{id} is not in the valid document");
    }
    for (id, v) in set {
        d.insert(id.to_string(), v.clone());
    }
    d
}

fn run(doc: &Map<String, Value>) -> Report {
    validate(form(), doc, today())
}

fn run_with(set: &[(&str, Value)], remove: &[&str]) -> Report {
    run(&doc_with(set, remove))
}

/// A problem as the tests compare it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct P {
    question: String,
    path: Option<String>,
    code: &'static str,
    severity: &'static str,
}

fn severity_str(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// An error on the question itself.
fn err(question: &str, code: Code) -> P {
    P {
        question: question.to_string(),
        path: None,
        code: code.as_str(),
        severity: "error",
    }
}

/// An error on a grid cell / row or a list item.
fn err_at(question: &str, path: &str, code: Code) -> P {
    P {
        question: question.to_string(),
        path: Some(path.to_string()),
        code: code.as_str(),
        severity: "error",
    }
}

fn warning(question: &str) -> P {
    P {
        question: question.to_string(),
        path: None,
        code: Code::Warning.as_str(),
        severity: "warning",
    }
}

fn found(r: &Report) -> Vec<P> {
    let mut v: Vec<P> = r
        .problems
        .iter()
        .map(|p| P {
            question: p.question.clone(),
            path: p.path.clone(),
            code: p.code.as_str(),
            severity: severity_str(p.severity),
        })
        .collect();
    v.sort();
    v
}

/// The report has exactly these problems (any order), and is valid iff they are all
/// warnings.
#[track_caller]
fn assert_problems(r: &Report, expected: &[P]) {
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(found(r), expected, "full problems: {:#?}", r.problems);
    let blocking = expected.iter().any(|p| p.severity == "error");
    assert_eq!(
        r.is_valid(),
        !blocking,
        "is_valid() disagrees with the problems"
    );
}

#[track_caller]
fn assert_clean(r: &Report) {
    assert!(r.problems.is_empty(), "problems: {:#?}", r.problems);
    assert!(r.is_valid());
}

#[track_caller]
fn assert_dropped(r: &Report, expected: &[&str]) {
    let mut got: Vec<&str> = r.dropped.iter().map(String::as_str).collect();
    got.sort();
    let mut want = expected.to_vec();
    want.sort();
    assert_eq!(got, want, "dropped");
    for id in expected {
        if !id.contains('.') {
            assert!(
                !r.answers.contains_key(*id),
                "{id} was dropped but is still in the cleaned answers"
            );
            assert_eq!(
                r.relevant.get(*id),
                Some(&false),
                "{id} should not be relevant"
            );
            assert!(
                r.problems.iter().all(|p| p.question != *id),
                "a dropped answer ({id}) must not be a problem: {:#?}",
                r.problems
            );
        }
    }
}

#[track_caller]
fn assert_relevant(r: &Report, ids: &[&str], relevant: bool) {
    for id in ids {
        assert_eq!(r.relevant.get(*id), Some(&relevant), "relevance of {id}");
    }
}

// ---------------------------------------------------------------------------
// The form and the complete document
// ---------------------------------------------------------------------------

#[test]
fn form_file_compiles_with_the_codebook_id_and_version() {
    let (f, diags) = compile("port-contingency-2026.toml", SOURCE);
    assert!(!has_errors(&diags), "{diags:#?}");
    let f = f.expect("compiles");
    assert_eq!(f.id(), "port-contingency");
    assert_eq!(f.version(), "2026.1");
    for id in REQUIRED.iter().chain(OPTIONAL) {
        assert!(f.question(id).is_some(), "question {id} is missing");
    }
}

#[test]
fn complete_document_is_valid_without_any_problem() {
    let doc = valid_doc();
    let r = run(&doc);
    assert_clean(&r);
    assert!(r.dropped.is_empty(), "dropped: {:?}", r.dropped);
    assert_eq!(
        r.answers, doc,
        "the cleaned document differs from the input"
    );
    for id in REQUIRED.iter().chain(OPTIONAL) {
        assert_eq!(r.relevant.get(*id), Some(&true), "{id} should be relevant");
    }
}

// ---------------------------------------------------------------------------
// Required and optional questions
// ---------------------------------------------------------------------------

#[test]
fn every_required_question_missing_is_required() {
    for &id in REQUIRED {
        let r = run_with(&[], &[id]);
        assert!(!r.is_valid(), "{id}: valid without it");
        assert!(!r.answers.contains_key(id), "{id} still in answers");
        let required: Vec<P> = found(&r)
            .into_iter()
            .filter(|p| p.code == "required")
            .collect();
        let mut expected = if id == "C2" {
            // With C1 = hurricane, tsunami the grid's rows are known: every cell is asked.
            vec![
                err_at("C2", "C2.hurricane.impact", Code::Required),
                err_at("C2", "C2.hurricane.likelihood", Code::Required),
                err_at("C2", "C2.tsunami.impact", Code::Required),
                err_at("C2", "C2.tsunami.likelihood", Code::Required),
            ]
        } else {
            vec![err(id, Code::Required)]
        };
        expected.sort();
        assert_eq!(required, expected, "{id}: {:#?}", r.problems);
        // Nothing is reported on other questions: rules comparing with a missing answer
        // (A3's prefix with A1, B3 >= B2) hold while that answer is missing.
        for p in found(&r) {
            assert!(p.question == id, "{id} missing: unexpected problem {p:?}");
        }
    }
}

#[test]
fn required_question_answered_with_null_is_required() {
    let r = run_with(&[("A2", Value::Null)], &[]);
    assert_problems(&r, &[err("A2", Code::Required)]);
}

#[test]
fn required_multiple_choice_needs_at_least_one_selection() {
    let r = run_with(&[("A5", json!([]))], &[]);
    assert_problems(&r, &[err("A5", Code::Required)]);
    let r = run_with(&[("A5", json!(["fishing"]))], &[]);
    assert_clean(&r);
}

#[test]
fn each_optional_question_may_be_absent() {
    for &id in OPTIONAL {
        // An optional question that controls others takes its dependants with it.
        let remove: Vec<&str> = match id {
            "E10" => vec!["E10", "E11"],
            "G1" => vec!["G1", "G2", "G3", "G4"],
            _ => vec![id],
        };
        let r = run_with(&[], &remove);
        assert_clean(&r);
        assert!(r.dropped.is_empty(), "{id}: dropped {:?}", r.dropped);
        assert!(!r.answers.contains_key(id));
    }
}

#[test]
fn all_optional_questions_absent_at_once_is_valid() {
    let r = run_with(
        &[],
        &[
            "A4", "A6", "B6", "D11", "E10", "E11", "G1", "G2", "G3", "G4", "H1", "H2",
        ],
    );
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn optional_question_blank_or_null_is_unanswered() {
    let r = run_with(
        &[
            ("A4", json!([])),
            ("A6", Value::Null),
            ("B6", json!("  ")),
            ("D11", json!({})),
            ("H1", json!(" \n\t ")),
            ("H2", json!([])),
        ],
        &[],
    );
    assert_clean(&r);
    for id in ["A4", "A6", "B6", "D11", "H1", "H2"] {
        assert!(!r.answers.contains_key(id), "{id} blank but kept");
    }
}

// ---------------------------------------------------------------------------
// Relevance
// ---------------------------------------------------------------------------

const B_BLOCK: &[&str] = &["B2", "B3", "B4", "B5", "B6"];

#[test]
fn b2_to_b6_apply_when_b1_is_yes() {
    let r = run_with(&[], B_BLOCK);
    assert_relevant(&r, B_BLOCK, true);
    // B6 is optional.
    assert_problems(
        &r,
        &[
            err("B2", Code::Required),
            err("B3", Code::Required),
            err("B4", Code::Required),
            err("B5", Code::Required),
        ],
    );
}

#[test]
fn b2_to_b6_are_dropped_when_b1_is_in_development() {
    let r = run_with(&[("B1", json!("in_development"))], &[]);
    assert_clean(&r);
    assert_dropped(&r, B_BLOCK);
    assert_eq!(r.answers.get("B1"), Some(&json!("in_development")));
}

#[test]
fn b2_to_b6_are_dropped_when_b1_is_no() {
    let r = run_with(&[("B1", json!("no"))], &[]);
    assert_clean(&r);
    assert_dropped(&r, B_BLOCK);
}

#[test]
fn b2_to_b6_may_be_absent_when_b1_is_not_yes() {
    for b1 in ["no", "in_development"] {
        let r = run_with(&[("B1", json!(b1))], B_BLOCK);
        assert_clean(&r);
        assert!(r.dropped.is_empty());
        assert_relevant(&r, B_BLOCK, false);
    }
}

#[test]
fn non_relevant_answers_are_dropped_even_when_malformed() {
    let r = run_with(
        &[
            ("B1", json!("no")),
            ("B2", json!("30/06/2026")),
            ("B3", json!("2030-01-01")),
            ("B4", json!("monthly")),
            ("B5", json!(true)),
            ("B6", json!("not-an-attachment")),
        ],
        &[],
    );
    assert_clean(&r);
    assert_dropped(&r, B_BLOCK);
}

#[test]
fn b8_applies_when_b7_is_yes() {
    let r = run_with(&[], &["B8"]);
    assert_relevant(&r, &["B8"], true);
    assert_problems(&r, &[err("B8", Code::Required)]);
}

#[test]
fn b8_is_dropped_when_b7_is_no() {
    let r = run_with(&[("B7", json!("no"))], &[]);
    assert_clean(&r);
    assert_dropped(&r, &["B8"]);
    let r = run_with(&[("B7", json!("no"))], &["B8"]);
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn c2_applies_when_c1_has_a_selection() {
    let r = run(&valid_doc());
    assert_relevant(&r, &["C2"], true);
    assert_eq!(
        r.answers.get("C2"),
        Some(&json!({
            "hurricane": { "likelihood": 2, "impact": 4 },
            "tsunami": { "likelihood": 1, "impact": 5 }
        }))
    );
}

#[test]
fn c2_is_dropped_when_c1_has_no_selection() {
    // C1 itself is then required; C2 (and E1, E2 that follow C1) are not relevant.
    for c1 in [json!([]), Value::Null] {
        let r = run_with(&[("C1", c1)], &[]);
        assert_problems(&r, &[err("C1", Code::Required)]);
        assert_dropped(&r, &["C2", "E1", "E2"]);
    }
}

#[test]
fn d2_to_d4_apply_when_d1_is_positive() {
    let r = run_with(
        &[("D1", json!(1)), ("D2", json!(1)), ("D3", json!(0))],
        &["D4"],
    );
    assert_problems(&r, &[err("D4", Code::Required)]);
    let r = run_with(&[], &["D2", "D3", "D4"]);
    assert_relevant(&r, &["D2", "D3", "D4"], true);
    assert_problems(
        &r,
        &[
            err("D2", Code::Required),
            err("D3", Code::Required),
            err("D4", Code::Required),
        ],
    );
}

#[test]
fn d2_to_d4_are_dropped_when_d1_is_zero() {
    let r = run_with(&[("D1", json!(0))], &[]);
    assert_clean(&r);
    assert_dropped(&r, &["D2", "D3", "D4"]);
    assert_eq!(r.answers.get("D1"), Some(&json!(0)));
    let r = run_with(&[("D1", json!(0))], &["D2", "D3", "D4"]);
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn e1_applies_only_when_c1_includes_hurricane() {
    let r = run_with(&[], &["E1"]);
    assert_problems(&r, &[err("E1", Code::Required)]);

    let without_hurricane = [
        ("C1", json!(["tsunami"])),
        ("C2", json!({ "tsunami": { "likelihood": 1, "impact": 5 } })),
    ];
    let r = run_with(&without_hurricane, &[]);
    assert_clean(&r);
    assert_dropped(&r, &["E1"]);
    assert_relevant(&r, &["E2"], true);
    let r = run_with(&without_hurricane, &["E1"]);
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn e2_applies_only_when_c1_includes_tsunami() {
    let r = run_with(&[], &["E2"]);
    assert_problems(&r, &[err("E2", Code::Required)]);

    let without_tsunami = [
        ("C1", json!(["hurricane"])),
        (
            "C2",
            json!({ "hurricane": { "likelihood": 2, "impact": 4 } }),
        ),
    ];
    let r = run_with(&without_tsunami, &[]);
    assert_clean(&r);
    assert_dropped(&r, &["E2"]);
    assert_relevant(&r, &["E1"], true);
    let r = run_with(&without_tsunami, &["E2"]);
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn e1_and_e2_dropped_when_c1_has_neither_hazard() {
    let r = run_with(
        &[
            ("C1", json!(["earthquake", "flood"])),
            (
                "C2",
                json!({
                    "earthquake": { "likelihood": 3, "impact": 3 },
                    "flood": { "likelihood": 4, "impact": 2 }
                }),
            ),
        ],
        &[],
    );
    assert_clean(&r);
    assert_dropped(&r, &["E1", "E2"]);
}

const F_BLOCK: &[&str] = &["F1", "F2", "F3", "F4"];

#[test]
fn f1_to_f4_apply_when_a7_is_yes() {
    let r = run_with(&[], F_BLOCK);
    assert_relevant(&r, F_BLOCK, true);
    assert_problems(
        &r,
        &[
            err("F1", Code::Required),
            err("F2", Code::Required),
            err("F3", Code::Required),
            err("F4", Code::Required),
        ],
    );
}

#[test]
fn f1_to_f4_are_dropped_when_a7_is_no_or_unknown() {
    for a7 in ["no", "unknown"] {
        let r = run_with(&[("A7", json!(a7))], &[]);
        assert_clean(&r);
        assert_dropped(&r, F_BLOCK);
        let r = run_with(&[("A7", json!(a7))], F_BLOCK);
        assert_clean(&r);
        assert!(r.dropped.is_empty());
        assert_relevant(&r, F_BLOCK, false);
    }
}

const G_BLOCK: &[&str] = &["G2", "G3", "G4"];

#[test]
fn g2_to_g4_apply_when_g1_is_answered() {
    let r = run_with(&[], G_BLOCK);
    assert_relevant(&r, G_BLOCK, true);
    assert_problems(
        &r,
        &[
            err("G2", Code::Required),
            err("G3", Code::Required),
            err("G4", Code::Required),
        ],
    );
}

#[test]
fn g2_to_g4_are_dropped_when_g1_is_unanswered() {
    let r = run_with(&[], &["G1"]);
    assert_clean(&r);
    assert_dropped(&r, G_BLOCK);
    // A blank G1 is unanswered too.
    let r = run_with(&[("G1", json!("  "))], &[]);
    assert_clean(&r);
    assert_dropped(&r, G_BLOCK);
}

#[test]
fn e11_applies_when_e10_is_answered_and_is_optional() {
    let r = run_with(&[], &["E11"]);
    assert_relevant(&r, &["E11"], true);
    assert_clean(&r);
    // Zero days is an answer.
    let r = run_with(&[("E10", json!(0))], &[]);
    assert_clean(&r);
    assert_eq!(
        r.answers.get("E11"),
        Some(&json!("Sudestada storm surge, June 2024"))
    );
}

#[test]
fn e11_is_dropped_when_e10_is_unanswered() {
    let r = run_with(&[], &["E10"]);
    assert_clean(&r);
    assert_dropped(&r, &["E11"]);
}

// ---------------------------------------------------------------------------
// A3 and A4: UN/LOCODE and IMO facility numbers
// ---------------------------------------------------------------------------

#[test]
fn a3_valid_locodes() {
    for a3 in ["ARBUE", "AR2B9", "ARZZ2", "AR999"] {
        let r = run_with(&[("A3", json!(a3))], &[]);
        assert_clean(&r);
        assert_eq!(r.answers.get("A3"), Some(&json!(a3)));
    }
}

#[test]
fn a3_pattern_rejects_digits_0_and_1_lowercase_and_wrong_length() {
    for a3 in [
        "ARBU1", "ARB0E", "AR10E", "ARBU", "ARBUEN", "ARbue", "AR-UE", "AR BU",
    ] {
        let r = run_with(&[("A3", json!(a3))], &[]);
        assert_problems(&r, &[err("A3", Code::Pattern)]);
    }
}

#[test]
fn a3_lowercase_gets_one_pattern_problem_not_also_the_prefix_rule() {
    // "ar" is not the alpha-2 code "AR" either, but one typo gets one message: the
    // prefix rule reads only a well-formed code.
    let r = run_with(&[("A3", json!("arbue"))], &[]);
    assert_problems(&r, &[err("A3", Code::Pattern)]);
    let r = run_with(&[("A1", json!("JAM")), ("A3", json!("jm-kin"))], &[]);
    assert_problems(&r, &[err("A3", Code::Pattern)]);
    // Well formed but of another state: the prefix rule speaks.
    let r = run_with(&[("A1", json!("JAM")), ("A3", json!("ARBUE"))], &[]);
    assert_problems(&r, &[err("A3", Code::Constraint)]);
}

#[test]
fn a3_prefix_must_be_the_member_states_alpha2() {
    let r = run_with(&[("A3", json!("BRSSZ"))], &[]);
    assert_problems(&r, &[err("A3", Code::Constraint)]);
    // Same LOCODE with Brazil as the member state is valid.
    let r = run_with(&[("A1", json!("BRA")), ("A3", json!("BRSSZ"))], &[]);
    assert_clean(&r);
    // And Brazil with an Argentinian LOCODE is not.
    let r = run_with(&[("A1", json!("BRA"))], &[]);
    assert_problems(&r, &[err("A3", Code::Constraint)]);
    // Jamaica, the form's own example.
    let r = run_with(&[("A1", json!("JAM")), ("A3", json!("JMKIN"))], &[]);
    assert_clean(&r);
}

#[test]
fn a3_is_trimmed() {
    let r = run_with(&[("A3", json!("  ARBUE \t"))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("A3"), Some(&json!("ARBUE")));
}

#[test]
fn a4_items_valid() {
    // Any facility's LOCODE, not only the port's.
    let r = run_with(
        &[("A4", json!(["JMKIN-0001", "AR2B9-9999", "ARBUE-0000"]))],
        &[],
    );
    assert_clean(&r);
}

#[test]
fn a4_each_bad_item_is_a_pattern_problem_with_its_index() {
    let r = run_with(
        &[(
            "A4",
            json!([
                "ARBUE-0001",
                "arbue-0002",
                "ARBUE-12",
                "ARBU1-0003",
                "ARBUE0004"
            ]),
        )],
        &[],
    );
    assert_problems(
        &r,
        &[
            err_at("A4", "A4.1", Code::Pattern),
            err_at("A4", "A4.2", Code::Pattern),
            err_at("A4", "A4.3", Code::Pattern),
            err_at("A4", "A4.4", Code::Pattern),
        ],
    );
}

#[test]
fn a4_items_are_trimmed_and_must_be_a_list_of_strings() {
    let r = run_with(&[("A4", json!(["  ARBUE-0001 "]))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("A4"), Some(&json!(["ARBUE-0001"])));
    let r = run_with(&[("A4", json!("ARBUE-0001"))], &[]);
    assert_problems(&r, &[err("A4", Code::Type)]);
    let r = run_with(&[("A4", json!(["ARBUE-0001", 2]))], &[]);
    assert_problems(&r, &[err("A4", Code::Type)]);
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

#[test]
fn a6_is_an_integer_at_least_zero() {
    assert_clean(&run_with(&[("A6", json!(0))], &[]));
    let r = run_with(&[("A6", json!(12.0))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("A6"), Some(&json!(12)));
    assert_problems(
        &run_with(&[("A6", json!(-1))], &[]),
        &[err("A6", Code::Min)],
    );
    assert_problems(
        &run_with(&[("A6", json!(2.5))], &[]),
        &[err("A6", Code::Type)],
    );
    assert_problems(
        &run_with(&[("A6", json!("12"))], &[]),
        &[err("A6", Code::Type)],
    );
}

#[test]
fn d1_is_an_integer_at_least_zero() {
    // D1 = -1: D2–D4 stop applying (D1 > 0 is false), so only D1's own problem.
    let r = run_with(&[("D1", json!(-1))], &[]);
    assert_problems(&r, &[err("D1", Code::Min)]);
    assert_dropped(&r, &["D2", "D3", "D4"]);
    // A malformed D1 reads as unanswered for relevance.
    let r = run_with(&[("D1", json!(2.5))], &[]);
    assert_problems(&r, &[err("D1", Code::Type)]);
}

#[test]
fn d2_and_d3_are_integers_at_least_zero() {
    for id in ["D2", "D3"] {
        assert_clean(&run_with(&[(id, json!(0))], &[]));
        assert_problems(&run_with(&[(id, json!(-1))], &[]), &[err(id, Code::Min)]);
        assert_problems(&run_with(&[(id, json!(1.5))], &[]), &[err(id, Code::Type)]);
    }
}

#[test]
fn d2_and_d3_at_most_d1() {
    for id in ["D2", "D3"] {
        assert_clean(&run_with(&[(id, json!(4))], &[]));
        assert_problems(
            &run_with(&[(id, json!(5))], &[]),
            &[err(id, Code::Constraint)],
        );
    }
    // Both above D1 at once.
    let r = run_with(&[("D1", json!(1)), ("D2", json!(2)), ("D3", json!(3))], &[]);
    assert_problems(
        &r,
        &[err("D2", Code::Constraint), err("D3", Code::Constraint)],
    );
}

#[test]
fn e6_at_least_zero() {
    assert_clean(&run_with(&[("E6", json!(0))], &[]));
    assert_problems(
        &run_with(&[("E6", json!(-1))], &[]),
        &[err("E6", Code::Min)],
    );
    assert_problems(
        &run_with(&[("E6", json!(-0.5))], &[]),
        &[err("E6", Code::Type)],
    );
    assert_problems(
        &run_with(&[("E6", json!("36"))], &[]),
        &[err("E6", Code::Type)],
    );
}

#[test]
fn e6_is_an_integer() {
    assert_problems(
        &run_with(&[("E6", json!(2.5))], &[]),
        &[err("E6", Code::Type)],
    );
}

#[test]
fn e10_is_an_integer_at_least_zero() {
    assert_clean(&run_with(&[("E10", json!(0))], &[]));
    // A bad E10 is not an answer: E11 stops applying and is dropped.
    let r = run_with(&[("E10", json!(-1))], &[]);
    assert_problems(&r, &[err("E10", Code::Min)]);
    let r = run_with(&[("E10", json!(2.5))], &[]);
    assert_problems(&r, &[err("E10", Code::Type)]);
    assert_dropped(&r, &["E11"]);
}

#[test]
fn b8_must_be_greater_than_zero() {
    assert_problems(&run_with(&[("B8", json!(0))], &[]), &[err("B8", Code::Min)]);
    assert_problems(
        &run_with(&[("B8", json!(-3))], &[]),
        &[err("B8", Code::Min)],
    );
    let r = run_with(&[("B8", json!(0.5))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("B8"), Some(&json!(0.5)));
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

#[test]
fn b3_on_or_after_b2() {
    let r = run_with(
        &[("B2", json!("2022-03-15")), ("B3", json!("2022-03-14"))],
        &[],
    );
    assert_problems(&r, &[err("B3", Code::Constraint)]);
    let r = run_with(
        &[("B2", json!("2022-03-15")), ("B3", json!("2022-03-15"))],
        &[],
    );
    assert_clean(&r);
}

#[test]
fn every_date_may_be_today() {
    for &id in DATES {
        let mut set = vec![(id, json!(today_str()))];
        if id == "B2" {
            set.push(("B3", json!(today_str())));
        }
        let r = run_with(&set, &[]);
        assert_clean(&r);
    }
}

#[test]
fn every_date_in_the_future_is_a_constraint_problem() {
    for &id in DATES {
        let r = run_with(&[(id, json!(tomorrow()))], &[]);
        if id == "B2" {
            // B3 (in the past) cannot then be on or after B2 either.
            assert_problems(
                &r,
                &[err("B2", Code::Constraint), err("B3", Code::Constraint)],
            );
        } else {
            assert_problems(&r, &[err(id, Code::Constraint)]);
        }
    }
    let far = run_with(&[("A8", json!("2031-01-01"))], &[]);
    assert_problems(&far, &[err("A8", Code::Constraint)]);
}

#[test]
fn malformed_dates_are_type_problems() {
    for bad in [
        "2026-13-01",
        "30/06/2026",
        "2026-02-30",
        "2026-6-30",
        "20260630",
        "yesterday",
    ] {
        for &id in DATES {
            let r = run_with(&[(id, json!(bad))], &[]);
            let expected = [err(id, Code::Type)];
            if id == "G1" {
                // An unreadable G1 is not an answer: G2–G4 stop applying.
                assert_problems(&r, &expected);
                assert_dropped(&r, G_BLOCK);
            } else {
                assert_problems(&r, &expected);
            }
        }
    }
    // Not a string at all.
    assert_problems(
        &run_with(&[("A8", json!(20260630))], &[]),
        &[err("A8", Code::Type)],
    );
}

#[test]
fn dates_are_trimmed() {
    let r = run_with(&[("A8", json!(" 2025-12-31 "))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("A8"), Some(&json!("2025-12-31")));
}

// ---------------------------------------------------------------------------
// E7: "none" alone
// ---------------------------------------------------------------------------

#[test]
fn e7_none_alone_is_valid() {
    let r = run_with(&[("E7", json!(["none"]))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("E7"), Some(&json!(["none"])));
    assert_clean(&run_with(&[("E7", json!(["satellite", "vhf", "hf"]))], &[]));
}

#[test]
fn e7_none_with_another_choice_is_a_constraint_problem() {
    for other in ["satellite", "vhf", "hf"] {
        let r = run_with(&[("E7", json!(["none", other]))], &[]);
        assert_problems(&r, &[err("E7", Code::Constraint)]);
    }
    let r = run_with(&[("E7", json!(["satellite", "vhf", "hf", "none"]))], &[]);
    assert_problems(&r, &[err("E7", Code::Constraint)]);
}

// ---------------------------------------------------------------------------
// Choice names
// ---------------------------------------------------------------------------

#[test]
fn a1_takes_alpha3_codes_only() {
    let r = run_with(&[("A1", json!("ARG"))], &[]);
    assert_clean(&r);
    for bad in ["AR", "arg", "Argentina", "XXX", "GBR"] {
        let r = run_with(&[("A1", json!(bad))], &[]);
        // An unknown state is one problem, on A1; A3's prefix is not checked against it.
        assert_problems(&r, &[err("A1", Code::Choice)]);
    }
}

#[test]
fn select_one_unknown_choice() {
    for (id, bad) in [
        ("B1", "maybe"),
        ("B4", "monthly"),
        ("B9", "nims"),
        ("D7", "weekly"),
        ("D12", "certified"),
        ("G2", "full-scale"),
        ("C6", "partial"),
        ("D4", "Yes"),
        ("E3", "unknown"),
    ] {
        let r = run_with(&[(id, json!(bad))], &[]);
        if id == "B1" {
            // An unreadable B1 is not "yes": B2–B6 stop applying.
            assert_problems(&r, &[err("B1", Code::Choice)]);
            assert_dropped(&r, B_BLOCK);
        } else {
            assert_problems(&r, &[err(id, Code::Choice)]);
        }
    }
}

#[test]
fn select_one_valid_choices() {
    for (id, names) in [
        ("B4", &["yearly", "biennial", "ad_hoc", "never"][..]),
        ("B9", &["ics", "national", "other", "none"][..]),
        ("C6", &["yes", "partly", "no"][..]),
        ("D4", &["yes", "partly", "no"][..]),
        ("D7", &["quarterly_or_more", "less_often", "none"][..]),
        ("D12", &["yes", "in_progress", "no"][..]),
        ("E3", &["yes", "partly", "no"][..]),
        ("G2", &["tabletop", "functional", "full_scale"][..]),
    ] {
        for name in names {
            let r = run_with(&[(id, json!(name))], &[]);
            assert_clean(&r);
        }
    }
}

#[test]
fn a7_unknown_choice() {
    let r = run_with(&[("A7", json!("maybe"))], &[]);
    assert_problems(&r, &[err("A7", Code::Choice)]);
    assert_dropped(&r, F_BLOCK);
}

#[test]
fn yes_no_unknown_choice() {
    for id in [
        "B5", "C4", "C5", "D6", "D9", "D10", "D13", "E5", "E9", "F1", "G4",
    ] {
        for bad in ["maybe", "Yes", "partly", "true"] {
            let r = run_with(&[(id, json!(bad))], &[]);
            assert_problems(&r, &[err(id, Code::Choice)]);
        }
        // A JSON boolean is not the string "yes".
        let r = run_with(&[(id, json!(true))], &[]);
        assert_problems(&r, &[err(id, Code::Type)]);
        for ok in ["yes", "no"] {
            assert_clean(&run_with(&[(id, json!(ok))], &[]));
        }
    }
}

#[test]
fn yes_no_is_trimmed() {
    let r = run_with(&[("C4", json!("  no "))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("C4"), Some(&json!("no")));
}

#[test]
fn select_multiple_unknown_choice() {
    for (id, bad) in [
        ("A5", json!(["container", "cars"])),
        ("E4", json!(["weather_service", "radio"])),
        ("E7", json!(["satellite", "Satellite"])),
        ("E8", json!(["ports", "ngos"])),
        ("F4", json!(["ppe", "masks"])),
        ("G3", json!(["police", "army"])),
    ] {
        let r = run_with(&[(id, bad)], &[]);
        assert_problems(&r, &[err(id, Code::Choice)]);
    }
}

#[test]
fn select_multiple_unknown_hazard_in_c1() {
    // An unreadable C1 has no selection: C2, E1 and E2 stop applying.
    let r = run_with(&[("C1", json!(["hurricane", "meteor"]))], &[]);
    assert_problems(&r, &[err("C1", Code::Choice)]);
    assert_dropped(&r, &["C2", "E1", "E2"]);
}

#[test]
fn select_multiple_must_be_an_array() {
    let r = run_with(&[("A5", json!("container"))], &[]);
    assert_problems(&r, &[err("A5", Code::Type)]);
}

#[test]
fn select_multiple_is_cleaned_to_list_order_once_each() {
    let r = run_with(
        &[("A5", json!(["passenger", "container", "passenger"]))],
        &[],
    );
    assert_clean(&r);
    assert_eq!(
        r.answers.get("A5"),
        Some(&json!(["container", "passenger"]))
    );
}

#[test]
fn every_choice_name_of_the_codebook_is_accepted() {
    let cases: &[(&str, &[&str])] = &[
        (
            "A5",
            &[
                "container",
                "dry_bulk",
                "liquid_bulk",
                "passenger",
                "ro_ro",
                "fishing",
                "other",
            ],
        ),
        (
            "E4",
            &[
                "weather_service",
                "hurricane_centre",
                "tsunami_centre",
                "disaster_agency",
            ],
        ),
        ("E7", &["satellite", "vhf", "hf"]),
        (
            "E8",
            &[
                "ports",
                "national_agencies",
                "private_sector",
                "regional_bodies",
            ],
        ),
        (
            "F4",
            &["crew_change", "ppe", "remote_operations", "cohorting"],
        ),
        (
            "G3",
            &[
                "port_authority",
                "terminals",
                "coast_guard",
                "customs",
                "health",
                "disaster_agency",
                "fire",
                "police",
            ],
        ),
    ];
    for (id, names) in cases {
        let r = run_with(&[(id, json!(names))], &[]);
        assert_clean(&r);
        assert_eq!(r.answers.get(*id), Some(&json!(names)));
    }
    let hazards = [
        "hurricane",
        "storm_surge",
        "earthquake",
        "tsunami",
        "flood",
        "volcanic",
        "landslide",
        "extreme_heat",
        "pandemic",
        "hazmat",
        "fire_explosion",
        "cyber",
        "terrorism",
        "civil_unrest",
    ];
    let grid: Map<String, Value> = hazards
        .iter()
        .map(|h| (h.to_string(), json!({ "likelihood": 3, "impact": 3 })))
        .collect();
    let r = run_with(&[("C1", json!(hazards)), ("C2", Value::Object(grid))], &[]);
    assert_clean(&r);
    for b1 in ["yes", "in_development", "no"] {
        let r = run_with(&[("B1", json!(b1))], &[]);
        assert!(r.is_valid(), "B1 {b1}: {:#?}", r.problems);
    }
    for a7 in ["yes", "no", "unknown"] {
        let r = run_with(&[("A7", json!(a7))], &[]);
        assert!(r.is_valid(), "A7 {a7}: {:#?}", r.problems);
    }
}

#[test]
fn d5_takes_the_strings_1_2_3() {
    for level in ["1", "2", "3"] {
        let r = run_with(&[("D5", json!(level))], &[]);
        assert_clean(&r);
        assert_eq!(r.answers.get("D5"), Some(&json!(level)));
    }
    for bad in ["4", "0", "level 1"] {
        assert_problems(
            &run_with(&[("D5", json!(bad))], &[]),
            &[err("D5", Code::Choice)],
        );
    }
    // A number is not the choice name.
    assert_problems(
        &run_with(&[("D5", json!(2))], &[]),
        &[err("D5", Code::Type)],
    );
}

// ---------------------------------------------------------------------------
// Grids: C2 and D11
// ---------------------------------------------------------------------------

fn c2_with_hurricane(cells: Value) -> Value {
    json!({ "hurricane": cells, "tsunami": { "likelihood": 1, "impact": 5 } })
}

#[test]
fn c2_cells_are_integers_from_1_to_5() {
    for n in 1..=5 {
        let r = run_with(
            &[(
                "C2",
                c2_with_hurricane(json!({ "likelihood": n, "impact": 6 - n })),
            )],
            &[],
        );
        assert_clean(&r);
    }
}

#[test]
fn c2_cells_below_1_are_min_problems() {
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 0, "impact": 4 })),
        )],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.hurricane.likelihood", Code::Min)]);
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 2, "impact": -1 })),
        )],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.hurricane.impact", Code::Min)]);
}

#[test]
fn c2_cells_above_5_are_max_problems() {
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 6, "impact": 4 })),
        )],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.hurricane.likelihood", Code::Max)]);
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 2, "impact": 10 })),
        )],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.hurricane.impact", Code::Max)]);
}

#[test]
fn c2_cells_must_be_integers() {
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 2.5, "impact": "4" })),
        )],
        &[],
    );
    assert_problems(
        &r,
        &[
            err_at("C2", "C2.hurricane.likelihood", Code::Type),
            err_at("C2", "C2.hurricane.impact", Code::Type),
        ],
    );
}

#[test]
fn c2_missing_cell_is_required_at_its_path() {
    let r = run_with(
        &[("C2", c2_with_hurricane(json!({ "likelihood": 2 })))],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.hurricane.impact", Code::Required)]);
}

#[test]
fn c2_missing_row_of_a_selected_hazard_is_required() {
    let r = run_with(
        &[(
            "C2",
            json!({ "hurricane": { "likelihood": 2, "impact": 4 } }),
        )],
        &[],
    );
    assert_problems(
        &r,
        &[
            err_at("C2", "C2.tsunami.likelihood", Code::Required),
            err_at("C2", "C2.tsunami.impact", Code::Required),
        ],
    );
}

#[test]
fn c2_row_of_a_hazard_not_selected_is_dropped() {
    let r = run_with(
        &[(
            "C2",
            json!({
                "hurricane": { "likelihood": 2, "impact": 4 },
                "tsunami": { "likelihood": 1, "impact": 5 },
                "earthquake": { "likelihood": 3, "impact": 3 }
            }),
        )],
        &[],
    );
    assert_clean(&r);
    assert_eq!(r.dropped, vec!["C2.earthquake".to_string()]);
    assert_eq!(
        r.answers.get("C2"),
        Some(&json!({
            "hurricane": { "likelihood": 2, "impact": 4 },
            "tsunami": { "likelihood": 1, "impact": 5 }
        }))
    );
}

#[test]
fn c2_row_that_is_no_hazard_is_a_choice_problem() {
    let r = run_with(
        &[(
            "C2",
            json!({
                "hurricane": { "likelihood": 2, "impact": 4 },
                "tsunami": { "likelihood": 1, "impact": 5 },
                "meteor": { "likelihood": 1, "impact": 5 }
            }),
        )],
        &[],
    );
    assert_problems(&r, &[err_at("C2", "C2.meteor", Code::Choice)]);
    assert!(r.dropped.is_empty());
}

#[test]
fn c2_must_be_an_object_of_objects() {
    let r = run_with(&[("C2", json!([1, 2]))], &[]);
    assert_problems(&r, &[err("C2", Code::Type)]);
    let r = run_with(&[("C2", c2_with_hurricane(json!(3)))], &[]);
    assert_problems(&r, &[err_at("C2", "C2.hurricane", Code::Type)]);
}

#[test]
fn c2_unknown_column_is_reported_at_its_path() {
    let r = run_with(
        &[(
            "C2",
            c2_with_hurricane(json!({ "likelihood": 2, "impact": 4, "severity": 3 })),
        )],
        &[],
    );
    assert_problems(
        &r,
        &[err_at("C2", "C2.hurricane.severity", Code::UnknownQuestion)],
    );
}

#[test]
fn d11_counts_at_least_zero() {
    let r = run_with(&[("D11", json!({ "drugs": { "count": -1 } }))], &[]);
    assert_problems(&r, &[err_at("D11", "D11.drugs.count", Code::Min)]);
    let r = run_with(&[("D11", json!({ "cyber": { "count": 1.5 } }))], &[]);
    assert_problems(&r, &[err_at("D11", "D11.cyber.count", Code::Type)]);
    // Partial grids are fine: the grid and its cells are optional.
    let r = run_with(&[("D11", json!({ "stowaways": { "count": 0 } }))], &[]);
    assert_clean(&r);
    assert_eq!(
        r.answers.get("D11"),
        Some(&json!({ "stowaways": { "count": 0 } }))
    );
}

#[test]
fn d11_row_that_is_no_incident_kind_is_a_choice_problem() {
    let r = run_with(&[("D11", json!({ "piracy": { "count": 1 } }))], &[]);
    assert_problems(&r, &[err_at("D11", "D11.piracy", Code::Choice)]);
}

// ---------------------------------------------------------------------------
// Unknown questions, text, files
// ---------------------------------------------------------------------------

#[test]
fn unknown_question_id() {
    for id in ["Z1", "a1", "A9", "C2.hurricane"] {
        let r = run_with(&[(id, json!("yes"))], &[]);
        assert_problems(&r, &[err(id, Code::UnknownQuestion)]);
        assert!(!r.answers.contains_key(id));
    }
}

#[test]
fn text_is_trimmed() {
    let r = run_with(
        &[
            ("A2", json!("  Puerto de Buenos Aires \n")),
            ("H1", json!("\tNeeds  ")),
        ],
        &[],
    );
    assert_clean(&r);
    assert_eq!(r.answers.get("A2"), Some(&json!("Puerto de Buenos Aires")));
    assert_eq!(r.answers.get("H1"), Some(&json!("Needs")));
}

#[test]
fn blank_text_counts_as_unanswered() {
    for blank in ["", "   ", "\n\t "] {
        let r = run_with(&[("A2", json!(blank))], &[]);
        assert_problems(&r, &[err("A2", Code::Required)]);
        let r = run_with(&[("A3", json!(blank))], &[]);
        assert_problems(&r, &[err("A3", Code::Required)]);
        // Optional: no problem, and not in the cleaned document.
        let r = run_with(&[("E11", json!(blank)), ("H1", json!(blank))], &[]);
        assert_clean(&r);
        assert!(!r.answers.contains_key("E11"));
        assert!(!r.answers.contains_key("H1"));
    }
}

#[test]
fn blank_answer_to_a_non_relevant_question_is_not_dropped() {
    let r = run_with(&[("E11", json!("   "))], &["E10"]);
    assert_clean(&r);
    assert!(r.dropped.is_empty());
}

#[test]
fn text_must_be_a_string() {
    let r = run_with(&[("A2", json!(42))], &[]);
    assert_problems(&r, &[err("A2", Code::Type)]);
}

#[test]
fn files_are_attachment_ids() {
    // One file: a string id; several files: an array of ids.
    assert_problems(
        &run_with(&[("B6", json!([ATTACHMENT_1]))], &[]),
        &[err("B6", Code::Type)],
    );
    assert_problems(
        &run_with(&[("H2", json!(ATTACHMENT_2))], &[]),
        &[err("H2", Code::Type)],
    );
    assert_problems(
        &run_with(&[("H2", json!([ATTACHMENT_2, 7]))], &[]),
        &[err("H2", Code::Type)],
    );
    let r = run_with(&[("H2", json!([ATTACHMENT_3]))], &[]);
    assert_clean(&r);
    assert_eq!(r.answers.get("H2"), Some(&json!([ATTACHMENT_3])));
}

// ---------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------

#[test]
fn d8_older_than_18_months_is_a_warning_only() {
    let r = run_with(&[("D8", json!(days_ago(549)))], &[]);
    assert_problems(&r, &[warning("D8")]);
    assert!(r.is_valid(), "a warning must not block a submit");
    assert_eq!(r.problems[0].severity, Severity::Warning);
    assert_eq!(r.problems[0].code, Code::Warning);
    assert_eq!(r.answers.get("D8"), Some(&json!(days_ago(549))));
    // Very old.
    let r = run_with(&[("D8", json!("2019-01-01"))], &[]);
    assert_problems(&r, &[warning("D8")]);
}

#[test]
fn d8_within_18_months_gives_no_warning() {
    for days in [0, 1, 365, 547, 548] {
        let r = run_with(&[("D8", json!(days_ago(days)))], &[]);
        assert_clean(&r);
    }
}

#[test]
fn b3_older_than_5_years_is_a_warning_only() {
    // 2021-06-29: five years and a day before 2026-06-30 (1827 days).
    let r = run_with(
        &[("B2", json!("2020-01-01")), ("B3", json!("2021-06-29"))],
        &[],
    );
    assert_problems(&r, &[warning("B3")]);
    assert!(r.is_valid());
    assert_eq!(r.problems[0].severity, Severity::Warning);
}

#[test]
fn b3_within_5_years_gives_no_warning() {
    for b3 in ["2021-06-30", "2024-01-01", "2026-06-30"] {
        let r = run_with(&[("B2", json!("2020-01-01")), ("B3", json!(b3))], &[]);
        assert_clean(&r);
    }
}

#[test]
fn warnings_and_errors_together() {
    let r = run_with(&[("D8", json!(days_ago(600))), ("A6", json!(-5))], &[]);
    assert_problems(&r, &[warning("D8"), err("A6", Code::Min)]);
    assert!(!r.is_valid());
}

#[test]
fn old_b3_is_not_warned_when_b1_is_not_yes() {
    let r = run_with(
        &[
            ("B1", json!("no")),
            ("B2", json!("2010-01-01")),
            ("B3", json!("2010-01-01")),
        ],
        &[],
    );
    assert_clean(&r);
    assert_dropped(&r, B_BLOCK);
}

// ---------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------

fn section_level<'a>(s: &'a PortScore, id: &str) -> &'a SectionScore {
    s.sections
        .iter()
        .find(|x| x.section == id)
        .unwrap_or_else(|| panic!("no section {id}"))
}

fn question_level(s: &PortScore, id: &str) -> Option<u8> {
    s.sections
        .iter()
        .flat_map(|x| &x.questions)
        .find(|q| q.question == id)
        .map(|q| q.level)
}

#[track_caller]
fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn question_levels_follow_the_forms_maps() {
    let r = run(&valid_doc());
    let s = score(form(), &r);
    let expected: &[(&str, u8)] = &[
        ("B1", 5), // yes
        ("B4", 4), // biennial
        ("B5", 1), // no
        ("B7", 5), // yes
        ("B9", 4), // national
        ("C1", 3), // two hazards: by_count[2]
        ("C4", 5), // yes
        ("C5", 1), // no
        ("C6", 3), // partly
        ("D4", 3), // partly
        ("D6", 5),
        ("D7", 5), // quarterly_or_more
        ("D9", 5),
        ("D10", 1),
        ("D12", 3), // in_progress
        ("D13", 5),
        ("E1", 5),
        ("E2", 1),
        ("E3", 3),
        ("E4", 3), // two sources
        ("E5", 5),
        ("E6", 3), // 36 h: band [24, 3]
        ("E7", 3), // satellite + vhf
        ("E8", 4), // three agreements
        ("E9", 5),
        ("F1", 5),
        ("F2", 1),
        ("F3", 5),
        ("F4", 4), // three measures
        ("G2", 4), // functional
        ("G4", 5),
    ];
    for (id, level) in expected {
        assert_eq!(question_level(&s, id), Some(*level), "level of {id}");
    }
    // Unscored questions have no level.
    for id in [
        "A1", "A5", "B2", "B8", "C2", "D1", "D5", "D8", "E10", "G3", "H1",
    ] {
        assert_eq!(question_level(&s, id), None, "{id} is not scored");
    }
    let scored: usize = s.sections.iter().map(|x| x.questions.len()).sum();
    assert_eq!(scored, expected.len());
}

#[test]
fn section_b_is_the_mean_of_its_scored_questions() {
    let s = score(form(), &run(&valid_doc()));
    let b = section_level(&s, "B");
    // B1 yes 5, B4 biennial 4, B5 no 1, B7 yes 5, B9 national 4.
    let mean = (5.0 + 4.0 + 1.0 + 5.0 + 4.0) / 5.0;
    close(b.level.unwrap(), mean);
    close(b.level.unwrap(), 3.8);
    close(b.percent.unwrap(), 76.0);
    let ids: Vec<&str> = b.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(ids, ["B1", "B4", "B5", "B7", "B9"]);
}

#[test]
fn every_section_and_the_port_by_hand() {
    let s = score(form(), &run(&valid_doc()));
    let b = 19.0 / 5.0;
    let c = (3.0 + 5.0 + 1.0 + 3.0) / 4.0;
    let d = (3.0 + 5.0 + 5.0 + 5.0 + 1.0 + 3.0 + 5.0) / 7.0;
    let e = (5.0 + 1.0 + 3.0 + 3.0 + 5.0 + 3.0 + 3.0 + 4.0 + 5.0) / 9.0;
    let f = (5.0 + 1.0 + 5.0 + 4.0) / 4.0;
    let g = (4.0 + 5.0) / 2.0;
    for (id, level) in [("B", b), ("C", c), ("D", d), ("E", e), ("F", f), ("G", g)] {
        close(section_level(&s, id).level.unwrap(), level);
    }
    // A and H have no scored question (and weight 0).
    assert_eq!(section_level(&s, "A").level, None);
    assert_eq!(section_level(&s, "H").level, None);
    // Sections B–G weigh 1 each.
    close(s.level.unwrap(), (b + c + d + e + f + g) / 6.0);
}

#[test]
fn e7_none_alone_scores_level_1() {
    let r = run_with(&[("E7", json!(["none"]))], &[]);
    assert!(r.is_valid());
    let s = score(form(), &r);
    assert_eq!(question_level(&s, "E7"), Some(1));
    let r = run_with(&[("E7", json!(["satellite", "vhf", "hf"]))], &[]);
    assert_eq!(question_level(&score(form(), &r), "E7"), Some(4));
    let r = run_with(&[("E7", json!(["hf"]))], &[]);
    assert_eq!(question_level(&score(form(), &r), "E7"), Some(2));
}

#[test]
fn e6_bands() {
    for (hours, level) in [
        (0.0, 1),
        (11.0, 1),
        (12.0, 2),
        (24.0, 3),
        (47.0, 3),
        (48.0, 4),
        (72.0, 5),
        (200.0, 5),
    ] {
        let r = run_with(&[("E6", json!(hours))], &[]);
        assert_eq!(
            question_level(&score(form(), &r), "E6"),
            Some(level),
            "E6 = {hours}"
        );
    }
}

#[test]
fn dropped_answers_are_not_scored() {
    // B1 = no: B4 and B5 are dropped and do not count in section B.
    let r = run_with(&[("B1", json!("no"))], &[]);
    let s = score(form(), &r);
    let b = section_level(&s, "B");
    close(b.level.unwrap(), (1.0 + 5.0 + 4.0) / 3.0);
    assert_eq!(question_level(&s, "B4"), None);
    // A7 = no: section F is not scored at all.
    let r = run_with(&[("A7", json!("no"))], &[]);
    let s = score(form(), &r);
    assert_eq!(section_level(&s, "F").level, None);
    assert_eq!(question_level(&s, "F1"), None);
}
