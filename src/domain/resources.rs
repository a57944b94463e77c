//! The public repository's rules: what a resource's description must hold (checked once,
//! when it is made, so the rest of the code can trust it), how its words are indexed for
//! search, and which moves its life allows (publish once, withdraw once, never change).

use crate::domain::text::fold;
use crate::domain::{licences, member_states};
use std::collections::{BTreeMap, BTreeSet};

/// What a resource is made from.
pub const KINDS: [&str; 3] = ["summary", "attachment", "document"];
/// The languages a file may be in.
pub const FILE_LANGUAGES: [&str; 4] = ["en", "es", "fr", "pt"];

const TITLE_MAX: usize = 300;
const DESCRIPTION_MAX: usize = 5_000;

/// Why a description was refused: the field and the Fluent key of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: &'static str,
    pub key: &'static str,
}

fn refuse<T>(field: &'static str, key: &'static str) -> Result<T, Refusal> {
    Err(Refusal { field, key })
}

/// A resource's description, valid by construction.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// By language code; at least one.
    pub titles: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
    pub language: String,
    pub licence: String,
    pub year: i32,
    pub member_states: BTreeSet<String>,
    pub hazards: BTreeSet<String>,
}

/// A description as it arrives, unchecked.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub titles: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
    pub language: String,
    pub licence: String,
    pub year: i32,
    pub member_states: Vec<String>,
    pub hazards: Vec<String>,
}

fn texts(
    given: &BTreeMap<String, String>,
    field: &'static str,
    max: usize,
) -> Result<BTreeMap<String, String>, Refusal> {
    let mut out = BTreeMap::new();
    for (lang, text) in given {
        if !FILE_LANGUAGES.contains(&lang.as_str()) {
            return refuse(field, "resource-bad-language");
        }
        let text = text.trim();
        if text.chars().count() > max {
            return refuse(field, "resource-too-long");
        }
        if !text.is_empty() {
            out.insert(lang.clone(), text.to_string());
        }
    }
    Ok(out)
}

impl Metadata {
    /// Checks `draft`; `hazards` is the questionnaire's list of hazard names.
    pub fn parse(draft: Draft, hazards: &[String]) -> Result<Metadata, Refusal> {
        let titles = texts(&draft.titles, "title", TITLE_MAX)?;
        if titles.is_empty() {
            return refuse("title", "resource-title-required");
        }
        let descriptions = texts(&draft.descriptions, "description", DESCRIPTION_MAX)?;
        let language = draft.language.trim().to_ascii_lowercase();
        if !FILE_LANGUAGES.contains(&language.as_str()) {
            return refuse("language", "resource-bad-language");
        }
        let Some(licence) = licences::find(&draft.licence) else {
            return refuse("licence", "resource-bad-licence");
        };
        if !(1990..=2100).contains(&draft.year) {
            return refuse("year", "resource-bad-year");
        }
        let mut states = BTreeSet::new();
        for code in &draft.member_states {
            let code = code.trim().to_ascii_uppercase();
            if member_states::find(&code).is_none() {
                return refuse("member_states", "resource-bad-state");
            }
            states.insert(code);
        }
        let mut chosen = BTreeSet::new();
        for h in &draft.hazards {
            let h = h.trim();
            if !hazards.iter().any(|known| known == h) {
                return refuse("hazards", "resource-bad-hazard");
            }
            chosen.insert(h.to_string());
        }
        Ok(Metadata {
            titles,
            descriptions,
            language,
            licence: licence.to_string(),
            year: draft.year,
            member_states: states,
            hazards: chosen,
        })
    }

    /// The words search finds this resource by: its titles and descriptions in every
    /// language, folded.
    pub fn terms(&self) -> BTreeSet<String> {
        self.titles
            .values()
            .chain(self.descriptions.values())
            .flat_map(|t| words(t))
            .collect()
    }
}

/// The folded words of `text`, two letters or more (a single letter finds everything).
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(|w| w.chars().take(64).collect())
        .collect()
}

/// Where a resource stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Unpublished,
    Published,
    Withdrawn,
}

impl Stage {
    pub fn of(published: bool, withdrawn: bool) -> Stage {
        match (published, withdrawn) {
            (_, true) => Stage::Withdrawn,
            (true, false) => Stage::Published,
            (false, false) => Stage::Unpublished,
        }
    }

    /// Publishing is once: a withdrawn resource is not published again (make a new one).
    pub fn can_publish(self) -> bool {
        self == Stage::Unpublished
    }

    pub fn can_withdraw(self) -> bool {
        self == Stage::Published
    }

    /// Whether the public may see its page (a withdrawn one keeps its page, not its file).
    pub fn public_page(self) -> bool {
        self != Stage::Unpublished
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Unpublished => "unpublished",
            Stage::Published => "published",
            Stage::Withdrawn => "withdrawn",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hazards() -> Vec<String> {
        vec!["hurricane".into(), "tsunami".into()]
    }

    fn draft() -> Draft {
        Draft {
            titles: BTreeMap::from([
                ("en".into(), " Hurricane plan of Kingston ".into()),
                ("es".into(), "Plan de huracanes de Kingston".into()),
                ("fr".into(), "  ".into()),
            ]),
            descriptions: BTreeMap::from([("es".into(), "Evaluación del riesgo".into())]),
            language: "EN".into(),
            licence: "cc-by-4.0".into(),
            year: 2026,
            member_states: vec!["jam".into()],
            hazards: vec!["hurricane".into()],
        }
    }

    #[test]
    fn a_description_is_checked_and_cleaned_once() {
        let m = Metadata::parse(draft(), &hazards()).expect("valid");
        assert_eq!(m.titles["en"], "Hurricane plan of Kingston");
        assert!(!m.titles.contains_key("fr"), "blank titles dropped");
        assert_eq!(m.language, "en");
        assert_eq!(m.licence, "CC-BY-4.0");
        assert!(m.member_states.contains("JAM"));
        let refused = |f: fn(&mut Draft)| {
            let mut d = draft();
            f(&mut d);
            Metadata::parse(d, &hazards()).expect_err("refused").field
        };
        assert_eq!(refused(|d| d.titles.clear()), "title");
        assert_eq!(
            refused(|d| d.licence = "all rights reserved".into()),
            "licence"
        );
        assert_eq!(refused(|d| d.language = "de".into()), "language");
        assert_eq!(refused(|d| d.year = 1800), "year");
        assert_eq!(
            refused(|d| d.member_states = vec!["XXX".into()]),
            "member_states"
        );
        assert_eq!(refused(|d| d.hazards = vec!["meteor".into()]), "hazards");
        assert_eq!(
            refused(|d| {
                d.titles.insert("de".into(), "Plan".into());
            }),
            "title"
        );
        assert_eq!(
            refused(|d| d.titles = BTreeMap::from([("en".into(), "x".repeat(301))])),
            "title"
        );
    }

    #[test]
    fn words_are_folded_for_search() {
        assert_eq!(fold("Évaluación ÇA"), "evaluacion ca");
        assert_eq!(
            words("Plan d'urgence — Saint-Kitts, 2026!"),
            ["plan", "urgence", "saint", "kitts", "2026"]
        );
        let m = Metadata::parse(draft(), &hazards()).expect("valid");
        let t = m.terms();
        assert!(t.contains("huracanes") && t.contains("evaluacion") && t.contains("kingston"));
        assert!(t.contains("of"), "two letters kept");
        assert!(!t.iter().any(|w| w.chars().count() < 2));
    }

    #[test]
    fn a_resource_is_published_once_and_withdrawn_once() {
        let new = Stage::of(false, false);
        assert!(new.can_publish() && !new.can_withdraw() && !new.public_page());
        let published = Stage::of(true, false);
        assert!(!published.can_publish() && published.can_withdraw() && published.public_page());
        let withdrawn = Stage::of(true, true);
        assert!(!withdrawn.can_publish() && !withdrawn.can_withdraw() && withdrawn.public_page());
    }
}
