//! UN/LOCODE of a port: two letters of the country, three letters or digits 2–9.

/// A checked UN/LOCODE, upper-case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocodeError {
    /// Not two letters then three letters or digits 2–9.
    Malformed,
    /// Its first two letters are not the member state's alpha-2 code.
    WrongCountry,
}

impl Locode {
    /// Checks the pattern and that the prefix is `alpha2` (the port's member state).
    pub fn parse(s: &str, alpha2: &str) -> Result<Locode, LocodeError> {
        let code = s.trim().to_uppercase();
        let chars: Vec<char> = code.chars().collect();
        let well_formed = chars.len() == 5
            && chars.iter().take(2).all(|c| c.is_ascii_uppercase())
            && chars
                .iter()
                .skip(2)
                .all(|c| c.is_ascii_uppercase() || ('2'..='9').contains(c));
        if !well_formed {
            return Err(LocodeError::Malformed);
        }
        if !code.starts_with(alpha2) {
            return Err(LocodeError::WrongCountry);
        }
        Ok(Locode(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_and_prefix() {
        assert_eq!(
            Locode::parse("jmkin", "JM").map(|l| l.as_str().to_string()),
            Ok("JMKIN".into())
        );
        assert_eq!(
            Locode::parse("BRSSZ", "BR").map(|l| l.as_str().to_string()),
            Ok("BRSSZ".into())
        );
        assert_eq!(
            Locode::parse("US2NY", "US").map(|l| l.as_str().to_string()),
            Ok("US2NY".into())
        );
        for bad in ["JMKI", "JMKING", "JM-KI", "J1KIN", "JMK1N", "JMK0N", ""] {
            assert_eq!(
                Locode::parse(bad, "JM"),
                Err(LocodeError::Malformed),
                "{bad}"
            );
        }
        assert_eq!(Locode::parse("BRSSZ", "AR"), Err(LocodeError::WrongCountry));
    }
}
