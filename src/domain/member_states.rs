//! The 35 member states of the Organization of American States: the seed of the
//! `member_states` table and the built-in choice list `member_states` of questionnaires.

/// One member state as shipped: ISO 3166 alpha-3 and alpha-2, names in en, es, fr, pt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberStateSeed {
    pub code: &'static str,
    pub alpha2: &'static str,
    pub en: &'static str,
    pub es: &'static str,
    pub fr: &'static str,
    pub pt: &'static str,
}

impl MemberStateSeed {
    /// The name in `lang`, English for an unknown language.
    pub fn name(&self, lang: &str) -> &'static str {
        match lang {
            "es" => self.es,
            "fr" => self.fr,
            "pt" => self.pt,
            _ => self.en,
        }
    }
}

macro_rules! states {
    ($(($code:literal, $a2:literal, $en:literal, $es:literal, $fr:literal, $pt:literal)),* $(,)?) => {
        &[$(MemberStateSeed { code: $code, alpha2: $a2, en: $en, es: $es, fr: $fr, pt: $pt }),*]
    };
}

/// Every member state, in the order of their English names.
pub const MEMBER_STATES: &[MemberStateSeed] = states![
    (
        "ATG",
        "AG",
        "Antigua and Barbuda",
        "Antigua y Barbuda",
        "Antigua-et-Barbuda",
        "Antígua e Barbuda"
    ),
    (
        "ARG",
        "AR",
        "Argentina",
        "Argentina",
        "Argentine",
        "Argentina"
    ),
    ("BHS", "BS", "Bahamas", "Bahamas", "Bahamas", "Bahamas"),
    ("BRB", "BB", "Barbados", "Barbados", "Barbade", "Barbados"),
    ("BLZ", "BZ", "Belize", "Belice", "Belize", "Belize"),
    ("BOL", "BO", "Bolivia", "Bolivia", "Bolivie", "Bolívia"),
    ("BRA", "BR", "Brazil", "Brasil", "Brésil", "Brasil"),
    ("CAN", "CA", "Canada", "Canadá", "Canada", "Canadá"),
    ("CHL", "CL", "Chile", "Chile", "Chili", "Chile"),
    ("COL", "CO", "Colombia", "Colombia", "Colombie", "Colômbia"),
    (
        "CRI",
        "CR",
        "Costa Rica",
        "Costa Rica",
        "Costa Rica",
        "Costa Rica"
    ),
    ("CUB", "CU", "Cuba", "Cuba", "Cuba", "Cuba"),
    ("DMA", "DM", "Dominica", "Dominica", "Dominique", "Dominica"),
    (
        "DOM",
        "DO",
        "Dominican Republic",
        "República Dominicana",
        "République dominicaine",
        "República Dominicana"
    ),
    ("ECU", "EC", "Ecuador", "Ecuador", "Équateur", "Equador"),
    (
        "SLV",
        "SV",
        "El Salvador",
        "El Salvador",
        "El Salvador",
        "El Salvador"
    ),
    ("GRD", "GD", "Grenada", "Granada", "Grenade", "Granada"),
    (
        "GTM",
        "GT",
        "Guatemala",
        "Guatemala",
        "Guatemala",
        "Guatemala"
    ),
    ("GUY", "GY", "Guyana", "Guyana", "Guyana", "Guiana"),
    ("HTI", "HT", "Haiti", "Haití", "Haïti", "Haiti"),
    ("HND", "HN", "Honduras", "Honduras", "Honduras", "Honduras"),
    ("JAM", "JM", "Jamaica", "Jamaica", "Jamaïque", "Jamaica"),
    ("MEX", "MX", "Mexico", "México", "Mexique", "México"),
    (
        "NIC",
        "NI",
        "Nicaragua",
        "Nicaragua",
        "Nicaragua",
        "Nicarágua"
    ),
    ("PAN", "PA", "Panama", "Panamá", "Panama", "Panamá"),
    ("PRY", "PY", "Paraguay", "Paraguay", "Paraguay", "Paraguai"),
    ("PER", "PE", "Peru", "Perú", "Pérou", "Peru"),
    (
        "KNA",
        "KN",
        "Saint Kitts and Nevis",
        "San Cristóbal y Nieves",
        "Saint-Kitts-et-Nevis",
        "São Cristóvão e Névis"
    ),
    (
        "LCA",
        "LC",
        "Saint Lucia",
        "Santa Lucía",
        "Sainte-Lucie",
        "Santa Lúcia"
    ),
    (
        "VCT",
        "VC",
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
        "Saint-Vincent-et-les-Grenadines",
        "São Vicente e Granadinas"
    ),
    ("SUR", "SR", "Suriname", "Surinam", "Suriname", "Suriname"),
    (
        "TTO",
        "TT",
        "Trinidad and Tobago",
        "Trinidad y Tobago",
        "Trinité-et-Tobago",
        "Trinidad e Tobago"
    ),
    (
        "USA",
        "US",
        "United States",
        "Estados Unidos",
        "États-Unis",
        "Estados Unidos"
    ),
    ("URY", "UY", "Uruguay", "Uruguay", "Uruguay", "Uruguai"),
    (
        "VEN",
        "VE",
        "Venezuela",
        "Venezuela",
        "Venezuela",
        "Venezuela"
    ),
];

/// A state's name in `lang`; an unknown code as it is.
pub fn name_of(code: &str, lang: &str) -> String {
    find(code).map_or_else(|| code.to_string(), |s| s.name(lang).to_string())
}

/// The member state with this alpha-3 code.
pub fn find(code: &str) -> Option<&'static MemberStateSeed> {
    MEMBER_STATES.iter().find(|s| s.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn thirty_five_states_with_unique_codes() {
        assert_eq!(MEMBER_STATES.len(), 35);
        let codes: HashSet<_> = MEMBER_STATES.iter().map(|s| s.code).collect();
        let a2: HashSet<_> = MEMBER_STATES.iter().map(|s| s.alpha2).collect();
        assert_eq!(codes.len(), 35);
        assert_eq!(a2.len(), 35);
        for s in MEMBER_STATES {
            assert_eq!(s.code.len(), 3);
            assert_eq!(s.alpha2.len(), 2);
            assert!(s.code.starts_with(&s.alpha2[..1]), "{}", s.code);
        }
        assert_eq!(find("BRA").map(|s| s.name("pt")), Some("Brasil"));
        assert_eq!(find("XXX"), None);
    }
}
