//! Text as people compare it: without case or accents, so that "Évaluación" finds
//! "evaluacion" and "Érable" sorts among the Es.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` without case or accents.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(super::fold("Évaluación ÇA"), "evaluacion ca");
        assert!(super::fold("Belice") < super::fold("Bolivia"));
    }
}
