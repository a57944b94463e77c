//! Charts drawn as vector shapes: horizontal bars for choices, a histogram for numbers,
//! the heat colours of levels 1–5 and a state's levels against the region. Every value is
//! also printed as text: colour and length are never the only carriers of a number.

use super::layout::{
    Align, Flow, Item, Rgb, Style, ACCENT, INK, LEFT, MUTED, RULE, SMALL, TRACK, WIDTH,
};

/// Light tints from red (1) to green (5); dark text on each exceeds 7:1 contrast.
pub const LEVEL_COLORS: [Rgb; 5] = [
    Rgb(0xf4, 0xb4, 0xb4),
    Rgb(0xf8, 0xd2, 0xa6),
    Rgb(0xf7, 0xea, 0xa8),
    Rgb(0xcd, 0xe6, 0xb0),
    Rgb(0x9f, 0xd6, 0xa8),
];

pub use crate::domain::scoring::band;

pub fn level_color(level: f64) -> Rgb {
    LEVEL_COLORS[band(level) - 1]
}

/// One bar of a choice chart: its label, count and the printed value.
pub struct Bar {
    pub label: String,
    pub count: usize,
    pub value: String,
}

const LABEL_W: f32 = 170.0;
const VALUE_W: f32 = 70.0;

/// Horizontal bars, one per choice, scaled to `of` (the ports that answered).
pub fn choice_bars(flow: &mut Flow<'_>, bars: &[Bar], of: usize) {
    let style = SMALL;
    let bar_x = LEFT + LABEL_W + 8.0;
    let bar_w = WIDTH - LABEL_W - VALUE_W - 16.0;
    for bar in bars {
        let lines = flow.wrap(&bar.label, style, LABEL_W);
        let h = (lines.len() as f32 * style.leading()).max(12.0) + 3.0;
        flow.ensure(h);
        let top = flow.y;
        for (i, line) in lines.iter().enumerate() {
            flow.line_at(
                LEFT,
                top + i as f32 * style.leading(),
                LABEL_W,
                Align::Right,
                style,
                line,
            );
        }
        let bar_h = 8.0;
        let bar_top = top + 1.0;
        flow.rect(bar_x, bar_top, bar_w, bar_h, Some(TRACK), None);
        if of > 0 && bar.count > 0 {
            let w = (bar_w * bar.count as f32 / of as f32).max(0.8);
            flow.rect(bar_x, bar_top, w, bar_h, Some(ACCENT), None);
        }
        flow.line_at(
            bar_x + bar_w + 8.0,
            top,
            VALUE_W,
            Align::Left,
            style,
            &bar.value,
        );
        flow.y += h;
    }
    flow.y += 4.0;
}

/// One band of a histogram.
pub struct Column {
    pub label: String,
    pub count: usize,
}

/// A histogram of numbers: a vertical bar per band, its count above and its range below.
pub fn histogram(flow: &mut Flow<'_>, columns: &[Column]) {
    let style = SMALL;
    let plot_h = 80.0;
    let max = columns.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    let n = columns.len().max(1) as f32;
    let slot = (WIDTH - LABEL_W).min(90.0 * n) / n;
    // Room under the axis for the longest label, however many lines it wraps to.
    let label_lines = columns
        .iter()
        .map(|c| flow.wrap(&c.label, style, slot - 4.0).len())
        .max()
        .unwrap_or(1)
        .max(2) as f32;
    let total_h = plot_h + (label_lines + 1.0) * style.leading() + 10.0;
    flow.ensure(total_h);
    let top = flow.y + style.leading();
    let base = top + plot_h;
    let x0 = LEFT + LABEL_W / 2.0;
    for (i, c) in columns.iter().enumerate() {
        let x = x0 + slot * i as f32;
        let h = plot_h * c.count as f32 / max as f32;
        if c.count > 0 {
            flow.rect(x + slot * 0.15, base - h, slot * 0.7, h, Some(ACCENT), None);
        }
        let count = c.count.to_string();
        flow.line_at(
            x,
            base - h - style.leading(),
            slot,
            Align::Center,
            style,
            &count,
        );
        for (j, line) in flow.wrap(&c.label, style, slot - 4.0).iter().enumerate() {
            flow.line_at(
                x + 2.0,
                base + 3.0 + j as f32 * style.leading(),
                slot - 4.0,
                Align::Center,
                style,
                line,
            );
        }
    }
    flow.rule(x0, x0 + slot * n, base, INK, 0.6);
    flow.y = base + label_lines * style.leading() + 6.0;
}

/// One row of a profile's chart: a section's level for the state and the region.
pub struct LevelRow {
    pub label: String,
    pub state: Option<f64>,
    pub region: Option<f64>,
    pub value: String,
}

/// A state's levels (bars) against the regional mean (a black tick), on a 0–5 scale.
pub fn levels_against_region(flow: &mut Flow<'_>, rows: &[LevelRow], bold_last: bool) {
    let style = SMALL;
    let bar_x = LEFT + LABEL_W + 8.0;
    let bar_w = WIDTH - LABEL_W - VALUE_W - 40.0;
    // The scale, 0 to 5, marked above the bars.
    flow.ensure(14.0);
    for l in 0..=5 {
        let x = bar_x + bar_w * l as f32 / 5.0;
        flow.line_at(
            x - 10.0,
            flow.y,
            20.0,
            Align::Center,
            style.color(MUTED),
            &l.to_string(),
        );
    }
    flow.y += style.leading() + 2.0;
    for (i, row) in rows.iter().enumerate() {
        let s = if bold_last && i + 1 == rows.len() {
            style.bold()
        } else {
            style
        };
        let lines = flow.wrap(&row.label, s, LABEL_W);
        let h = (lines.len() as f32 * s.leading()).max(14.0) + 3.0;
        flow.ensure(h);
        let top = flow.y;
        for (j, line) in lines.iter().enumerate() {
            flow.line_at(
                LEFT,
                top + j as f32 * s.leading(),
                LABEL_W,
                Align::Right,
                s,
                line,
            );
        }
        flow.rect(bar_x, top + 1.0, bar_w, 9.0, Some(TRACK), None);
        if let Some(v) = row.state {
            let w = bar_w * (v as f32 / 5.0);
            flow.rect(bar_x, top + 1.0, w, 9.0, Some(level_color(v)), Some(RULE));
        }
        if let Some(r) = row.region {
            let x = bar_x + bar_w * (r as f32 / 5.0);
            flow.push(Item::Line {
                x1: x,
                y1: top - 1.0,
                x2: x,
                y2: top + 12.0,
                color: INK,
                width: 1.6,
            });
        }
        flow.line_at(
            bar_x + bar_w + 8.0,
            top,
            VALUE_W + 32.0,
            Align::Left,
            s,
            &row.value,
        );
        flow.y += h;
    }
    flow.y += 4.0;
}

/// The legend of levels: a swatch per level with its range printed.
pub fn level_legend(flow: &mut Flow<'_>, title: &str, ranges: &[String; 5]) {
    let style: Style = SMALL;
    flow.ensure(2.0 * style.leading() + 16.0);
    let top = flow.y;
    flow.line_at(LEFT, top, WIDTH, Align::Left, style.bold(), title);
    let y = top + style.leading() + 2.0;
    let slot = WIDTH / 5.0;
    for (i, range) in ranges.iter().enumerate() {
        let x = LEFT + slot * i as f32;
        flow.rect(x, y, 14.0, 11.0, Some(LEVEL_COLORS[i]), Some(RULE));
        flow.line_at(
            x,
            y + 1.0,
            14.0,
            Align::Center,
            style.bold(),
            &(i + 1).to_string(),
        );
        flow.line_at(x + 18.0, y + 1.0, slot - 20.0, Align::Left, style, range);
    }
    flow.y = y + 18.0;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::Fonts;

    #[test]
    fn bands_round_to_the_nearest_level() {
        assert_eq!(band(1.0), 1);
        assert_eq!(band(1.49), 1);
        assert_eq!(band(1.5), 2);
        assert_eq!(band(4.49), 4);
        assert_eq!(band(5.0), 5);
        assert_eq!(band(0.2), 1);
    }

    #[test]
    fn bars_are_as_long_as_their_share_and_print_their_value() {
        let f = Fonts::load().expect("fonts");
        let mut flow = Flow::new(&f);
        let bars = vec![
            Bar {
                label: "Yes".into(),
                count: 30,
                value: "30 (75%)".into(),
            },
            Bar {
                label: "No".into(),
                count: 10,
                value: "10 (25%)".into(),
            },
        ];
        choice_bars(&mut flow, &bars, 40);
        let accents: Vec<f32> = flow.pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rect {
                    w, fill: Some(c), ..
                } if *c == ACCENT => Some(*w),
                _ => None,
            })
            .collect();
        assert_eq!(accents.len(), 2);
        assert!((accents[0] / accents[1] - 3.0).abs() < 1e-3, "{accents:?}");
        let texts: Vec<&str> = flow.pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"30 (75%)") && texts.contains(&"No"));
    }
}
