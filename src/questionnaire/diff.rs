//! What changed between two answer documents (two revisions of a submission), question by
//! question in the questionnaire's order.

use super::Form;
use serde::Serialize;
use serde_json::{Map, Value};

/// One question whose answer differs; `None` where it was not answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub question: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// The questions whose answers differ, in the form's order; answers to ids the form does
/// not know (an older version's) follow, by id.
pub fn diff(form: &Form, before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<Change> {
    let change = |id: &str| {
        let (b, a) = (before.get(id), after.get(id));
        (b != a).then(|| Change {
            question: id.to_string(),
            before: b.cloned(),
            after: a.cloned(),
        })
    };
    let mut out: Vec<Change> = form
        .questions()
        .filter_map(|(_, q)| change(&q.id))
        .collect();
    let mut others: Vec<&String> = before
        .keys()
        .chain(after.keys())
        .filter(|k| form.question(k).is_none())
        .collect();
    others.sort();
    others.dedup();
    out.extend(others.into_iter().filter_map(|k| change(k)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn form() -> Form {
        let src = r#"
id = "t"
version = "1"
unit = "port"
title = { en = "T" }
[[sections]]
id = "A"
title = { en = "A" }
[[sections.questions]]
id = "Q2"
type = "text"
label = { en = "Second in the file, first asked" }
[[sections.questions]]
id = "Q1"
type = "integer"
label = { en = "One" }
[[sections.questions]]
id = "Q3"
type = "text"
label = { en = "Three" }
"#;
        let (form, diags) = crate::questionnaire::check::compile("t.toml", src);
        form.unwrap_or_else(|| panic!("{diags:?}"))
    }

    #[test]
    fn changes_follow_the_form_and_name_added_and_removed_answers() {
        let f = form();
        let before = json!({"Q1": 1, "Q2": "same", "Q3": "gone", "OLD": "x"});
        let after = json!({"Q1": 2, "Q2": "same", "NEW": "y"});
        let got = diff(
            &f,
            before.as_object().expect("object"),
            after.as_object().expect("object"),
        );
        let ids: Vec<&str> = got.iter().map(|c| c.question.as_str()).collect();
        assert_eq!(ids, vec!["Q1", "Q3", "NEW", "OLD"]);
        assert_eq!(got[0].before, Some(json!(1)));
        assert_eq!(got[0].after, Some(json!(2)));
        assert_eq!(got[1].after, None, "an answer removed");
        assert_eq!(got[2].before, None, "an answer added");
    }

    #[test]
    fn identical_documents_have_no_changes() {
        let f = form();
        let doc = json!({"Q1": 1, "Q2": "x"});
        let doc = doc.as_object().expect("object");
        assert!(diff(&f, doc, doc).is_empty());
    }
}
