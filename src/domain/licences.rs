//! The open licences a public file may carry, by SPDX identifier, with the name people
//! know them by. Publication needs one of these: a free-text licence cannot be honoured.

pub const LICENCES: [(&str, &str); 4] = [
    ("CC-BY-4.0", "CC BY 4.0"),
    ("CC-BY-SA-4.0", "CC BY-SA 4.0"),
    ("CC-BY-NC-4.0", "CC BY-NC 4.0"),
    ("CC0-1.0", "CC0 1.0"),
];

/// The known licence `id` (case as written in SPDX), if it is one.
pub fn find(id: &str) -> Option<&'static str> {
    LICENCES
        .iter()
        .find(|(spdx, _)| spdx.eq_ignore_ascii_case(id.trim()))
        .map(|(spdx, _)| *spdx)
}

/// The display name of a licence id; an unknown id as it is.
pub fn name(id: &str) -> &str {
    LICENCES
        .iter()
        .find(|(spdx, _)| *spdx == id)
        .map_or(id, |(_, n)| *n)
}

/// The licence's canonical web address, for machine-readable catalogues.
pub fn uri(id: &str) -> Option<&'static str> {
    match id {
        "CC-BY-4.0" => Some("https://creativecommons.org/licenses/by/4.0/"),
        "CC-BY-SA-4.0" => Some("https://creativecommons.org/licenses/by-sa/4.0/"),
        "CC-BY-NC-4.0" => Some("https://creativecommons.org/licenses/by-nc/4.0/"),
        "CC0-1.0" => Some("https://creativecommons.org/publicdomain/zero/1.0/"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_licences_with_their_names() {
        assert_eq!(find(" cc-by-4.0 "), Some("CC-BY-4.0"));
        assert_eq!(find("all rights reserved"), None);
        assert_eq!(name("CC0-1.0"), "CC0 1.0");
        assert_eq!(name("X"), "X");
        assert!(
            LICENCES.iter().all(|(id, _)| uri(id).is_some()),
            "every licence has its address"
        );
    }
}
