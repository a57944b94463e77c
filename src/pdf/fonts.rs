//! The embedded font, DejaVu Sans in two weights (licence in `assets/fonts/LICENSE`), and
//! its metrics: printpdf draws glyphs but measures nothing, so every width used for
//! wrapping and alignment comes from here, from the font's own advance widths.

use std::collections::HashMap;

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The advance widths of one face, in font units, by character.
#[derive(Debug)]
pub struct Metrics {
    units_per_em: f32,
    /// Latin, Latin-1 and Latin Extended-A: every character our four languages use.
    common: Vec<u16>,
    other: HashMap<char, u16>,
    missing: u16,
    pub ascender: f32,
    pub descender: f32,
}

impl Metrics {
    pub fn parse(bytes: &[u8]) -> Result<Metrics, String> {
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| format!("font: {e}"))?;
        let advance = |c: char| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g));
        let missing = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
        let common = (0u32..0x180)
            .map(|u| char::from_u32(u).and_then(advance).unwrap_or(missing))
            .collect();
        // Punctuation and symbols the documents use beyond Latin Extended-A.
        let other = "–—‘’“”…•·€→←↑↓≤≥×÷−\u{a0}\u{202f}"
            .chars()
            .filter_map(|c| advance(c).map(|a| (c, a)))
            .collect();
        Ok(Metrics {
            units_per_em: f32::from(face.units_per_em()),
            common,
            other,
            missing,
            ascender: f32::from(face.ascender()) / f32::from(face.units_per_em()),
            descender: f32::from(face.descender()) / f32::from(face.units_per_em()),
        })
    }

    fn advance(&self, c: char) -> u16 {
        let u = c as usize;
        if u < self.common.len() {
            self.common[u]
        } else {
            self.other.get(&c).copied().unwrap_or(self.missing)
        }
    }

    /// The width of `text` at `size` points, as printpdf will set it (no kerning).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.advance(c))).sum();
        units as f32 / self.units_per_em * size
    }
}

/// Both faces' metrics.
#[derive(Debug)]
pub struct Fonts {
    pub regular: Metrics,
    pub bold: Metrics,
}

impl Fonts {
    pub fn load() -> Result<Fonts, String> {
        Ok(Fonts {
            regular: Metrics::parse(REGULAR)?,
            bold: Metrics::parse(BOLD)?,
        })
    }

    pub fn face(&self, bold: bool) -> &Metrics {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let f = Fonts::load().expect("fonts");
        // DejaVu Sans: 2048 units per em; "i" is narrower than "m", bold wider than regular.
        let i = f.regular.width("i", 10.0);
        let m = f.regular.width("m", 10.0);
        assert!(i > 2.0 && i < m, "{i} {m}");
        assert!(f.bold.width("Panamá", 10.0) > f.regular.width("Panamá", 10.0));
        // Widths add up and scale with the size.
        let ab = f.regular.width("ab", 12.0);
        let sum = f.regular.width("a", 12.0) + f.regular.width("b", 12.0);
        assert!((ab - sum).abs() < 1e-4);
        assert!((f.regular.width("ab", 24.0) - 2.0 * ab).abs() < 1e-3);
        assert!(f.regular.ascender > 0.5 && f.regular.descender < 0.0);
    }
}
