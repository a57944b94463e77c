//! Translations: every user-facing string comes from the Fluent files in `locales/`,
//! embedded in the binary so a deployment cannot lose them.

use crate::questionnaire::validate::{Detail, Expected, Problem};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::Arc;

/// The supported languages, in the order the language switcher shows them.
pub const LANGS: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Pt];

/// One of the four official languages of the OAS.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Pt,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
        }
    }

    /// Parses a code such as `es` or `pt-BR` (its primary subtag).
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGS.into_iter().find(|l| l.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header, by its q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .map(|v| v.parse::<f32>().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            let Some(lang) = Lang::parse(tag) else {
                continue;
            };
            if q <= 0.0 {
                continue;
            }
            // Higher q wins; on a tie, the earlier entry.
            if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

const SOURCES: [(Lang, &str); 4] = [
    (Lang::En, include_str!("../locales/en/main.ftl")),
    (Lang::Es, include_str!("../locales/es/main.ftl")),
    (Lang::Fr, include_str!("../locales/fr/main.ftl")),
    (Lang::Pt, include_str!("../locales/pt/main.ftl")),
];

/// The loaded translations, shared by pages, the API and the CLI.
#[derive(Clone)]
pub struct I18n {
    bundles: Arc<HashMap<Lang, FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n")
    }
}

impl I18n {
    /// Loads the embedded Fluent files; an error names the language and the problem.
    pub fn load() -> Result<I18n, String> {
        let mut bundles = HashMap::new();
        for (lang, src) in SOURCES {
            let res = FluentResource::try_new(src.to_string())
                .map_err(|(_, errs)| format!("locales/{}/main.ftl: {errs:?}", lang.code()))?;
            let id = lang
                .code()
                .parse()
                .map_err(|e| format!("language {}: {e}", lang.code()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Bidi isolation marks would show up inside HTML attributes and JSON.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(res)
                .map_err(|errs| format!("locales/{}/main.ftl: {errs:?}", lang.code()))?;
            bundles.insert(lang, bundle);
        }
        Ok(I18n {
            bundles: Arc::new(bundles),
        })
    }

    /// The message `key` in `lang`, else in English, else the key itself (and a log line).
    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.t_args(lang, key, &[])
    }

    pub fn t_args(&self, lang: Lang, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // Numbers travel as numbers, so that plural variants (`[one]`) can match.
            let numeric = !v.is_empty()
                && v.trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && v.len() < 16;
            match v.parse::<i64>() {
                Ok(n) if numeric => fargs.set(*k, FluentValue::from(n)),
                _ => fargs.set(*k, FluentValue::from(v.clone())),
            }
        }
        for l in [lang, Lang::En] {
            let Some(bundle) = self.bundles.get(&l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            return text.into_owned();
        }
        log::warn!("missing translation {key}");
        key.to_string()
    }

    /// A file size as people read it, in decimal units (the upload limit's): "51 bytes",
    /// "240 KB", "1.2 MB", with the language's unit names and decimal separator.
    pub fn size(&self, lang: Lang, bytes: u64) -> String {
        let (key, n) = match bytes {
            0..1_000 => ("size-bytes", bytes.to_string()),
            1_000..1_000_000 => ("size-kb", bytes.div_ceil(1_000).to_string()),
            _ => {
                let tenths = bytes.div_ceil(100_000);
                let n = if tenths.is_multiple_of(10) {
                    (tenths / 10).to_string()
                } else {
                    let sep = if lang == Lang::En { "." } else { "," };
                    format!("{}{sep}{}", tenths / 10, tenths % 10)
                };
                ("size-mb", n)
            }
        };
        self.t_args(lang, key, &[("n", n)])
    }

    /// A decimal number with `digits` decimals and the language's separator: "3.4", "3,4".
    pub fn decimal(&self, lang: Lang, value: f64, digits: usize) -> String {
        let s = format!("{value:.digits$}");
        if lang == Lang::En {
            s
        } else {
            s.replace('.', ",")
        }
    }

    /// A date as written in running text: "30 November 2026", "30 de noviembre de 2026".
    pub fn long_date(&self, lang: Lang, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(lang, &format!("month-{}", date.month()));
        self.t_args(
            lang,
            "date-long",
            &[
                ("day", date.day().to_string()),
                ("month", month),
                ("year", date.year().to_string()),
            ],
        )
    }

    /// Whether `key` exists in `lang` itself (not through the English fallback).
    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(key))
    }

    /// The keys of the English file: the reference every translation must cover.
    pub fn keys(lang: Lang) -> Vec<String> {
        let src = SOURCES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| *s)
            .unwrap_or("");
        src.lines()
            .filter_map(|l| {
                let (k, _) = l.split_once(" =")?;
                let k = k.trim();
                let first = k.chars().next()?;
                (first.is_ascii_alphabetic() && !l.starts_with(' ')).then(|| k.to_string())
            })
            .collect()
    }

    /// The human message of a validation problem in `lang`.
    pub fn problem_message(&self, lang: Lang, p: &Problem) -> String {
        match &p.detail {
            // A grid's cell (`C2.hurricane.likelihood`) is not a question.
            Detail::Required
                if p.path
                    .as_deref()
                    .is_some_and(|x| x.matches('.').count() == 2) =>
            {
                self.t(lang, "problem-required-cell")
            }
            Detail::Required => self.t(lang, "problem-required"),
            Detail::Type { expected } => self.t(lang, expected_key(*expected)),
            Detail::Choice { value } => {
                self.t_args(lang, "problem-choice", &[("value", value.clone())])
            }
            Detail::Min { bound, exclusive } => {
                let key = if *exclusive {
                    "problem-min-exclusive"
                } else {
                    "problem-min"
                };
                self.t_args(lang, key, &[("bound", number(*bound))])
            }
            Detail::Max { bound, exclusive } => {
                let key = if *exclusive {
                    "problem-max-exclusive"
                } else {
                    "problem-max"
                };
                self.t_args(lang, key, &[("bound", number(*bound))])
            }
            Detail::TooLong { max } => {
                self.t_args(lang, "problem-too-long", &[("max", max.to_string())])
            }
            Detail::Pattern { message: Some(m) } => m.get(lang.code()).to_string(),
            Detail::Pattern { message: None } => self.t(lang, "problem-pattern"),
            Detail::Rule { message } => message.get(lang.code()).to_string(),
            Detail::UnknownQuestion => {
                let q = p.path.clone().unwrap_or_else(|| p.question.clone());
                self.t_args(lang, "problem-unknown-question", &[("question", q)])
            }
            Detail::NotAnswerable => self.t(lang, "problem-not-answerable"),
        }
    }
}

fn expected_key(e: Expected) -> &'static str {
    match e {
        Expected::Text => "problem-type-text",
        Expected::TextList => "problem-type-text-list",
        Expected::Integer => "problem-type-integer",
        Expected::Number => "problem-type-number",
        Expected::Date => "problem-type-date",
        Expected::Email => "problem-type-email",
        Expected::Url => "problem-type-url",
        Expected::Choice => "problem-type-choice",
        Expected::Choices => "problem-type-choices",
        Expected::File => "problem-type-file",
        Expected::Files => "problem-type-files",
        Expected::Grid => "problem-type-grid",
        Expected::GridRow => "problem-type-grid-row",
    }
}

/// A bound as people write it: 5, not 5.0.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_decimals_read_as_people_write_them() {
        let i = I18n::load().expect("locales");
        let d = chrono::NaiveDate::from_ymd_opt(2026, 5, 3).expect("date");
        assert_eq!(i.long_date(Lang::En, d), "3 May 2026");
        assert_eq!(i.long_date(Lang::Es, d), "3 de mayo de 2026");
        assert_eq!(i.long_date(Lang::Fr, d), "3 mai 2026");
        assert_eq!(i.long_date(Lang::Pt, d), "3 de maio de 2026");
        assert_eq!(i.decimal(Lang::En, 3.45, 1), "3.5");
        assert_eq!(i.decimal(Lang::Fr, 3.0, 1), "3,0");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        let i = I18n::load().expect("locales");
        assert_eq!(i.size(Lang::En, 51), "51 bytes");
        assert_eq!(i.size(Lang::Fr, 51), "51 octets");
        assert_eq!(i.size(Lang::En, 1_001), "2 KB");
        assert_eq!(i.size(Lang::Fr, 240_000), "240 Ko");
        assert_eq!(i.size(Lang::En, 1_234_567), "1.3 MB");
        assert_eq!(i.size(Lang::Pt, 1_234_567), "1,3 MB");
        assert_eq!(i.size(Lang::Es, 25_000_000), "25 MB");
    }

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            Lang::from_accept_language("es-MX,es;q=0.9,en;q=0.8"),
            Some(Lang::Es)
        );
        assert_eq!(
            Lang::from_accept_language("de, fr;q=0.5, pt;q=0.7"),
            Some(Lang::Pt)
        );
        assert_eq!(Lang::from_accept_language("de, ja"), None);
        assert_eq!(
            Lang::from_accept_language("fr;q=0, en;q=0.1"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn every_language_has_every_key_of_english() {
        let i18n = I18n::load().expect("locales load");
        let keys = I18n::keys(Lang::En);
        assert!(keys.len() > 20, "{keys:?}");
        for lang in LANGS {
            for key in &keys {
                assert!(i18n.has(lang, key), "{} lacks {key}", lang.code());
            }
        }
    }

    #[test]
    fn messages_take_arguments_and_fall_back() {
        let i18n = I18n::load().expect("locales load");
        let m = i18n.t_args(Lang::Es, "problem-min", &[("bound", "0".into())]);
        assert!(m.contains('0'), "{m}");
        assert_ne!(
            m,
            i18n.t_args(Lang::En, "problem-min", &[("bound", "0".into())])
        );
        assert_eq!(i18n.t(Lang::Fr, "no-such-key"), "no-such-key");
    }
}
