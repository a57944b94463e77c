//! Page layout: what goes where on A4 pages, measured with the font's own metrics. Text
//! is wrapped to a width, blocks that do not fit move to the next page, and tables repeat
//! their header row on every page they cross. Coordinates are points from the page's top
//! left; the writer turns them into PDF's bottom-left space.

use super::fonts::{Fonts, Metrics};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const LEFT: f32 = 56.0;
pub const RIGHT: f32 = PAGE_W - 56.0;
pub const WIDTH: f32 = RIGHT - LEFT;
/// Where the body starts and must end: the running header and footer sit outside.
pub const TOP: f32 = 72.0;
pub const BOTTOM: f32 = PAGE_H - 64.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
/// Secondary text: 7.5:1 on white.
pub const MUTED: Rgb = Rgb(0x4d, 0x4d, 0x4d);
pub const RULE: Rgb = Rgb(0xb3, 0xb3, 0xb3);
pub const SHADE: Rgb = Rgb(0xec, 0xef, 0xf3);
pub const ACCENT: Rgb = Rgb(0x0b, 0x4f, 0x8a);
pub const TRACK: Rgb = Rgb(0xe3, 0xe7, 0xec);

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
}

impl Style {
    pub const fn new(size: f32) -> Style {
        Style {
            size,
            bold: false,
            color: INK,
        }
    }

    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    pub const fn color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }

    /// The distance between baselines.
    pub fn leading(&self) -> f32 {
        self.size * 1.3
    }
}

pub const BODY: Style = Style::new(9.5);
pub const SMALL: Style = Style::new(8.0);

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
    },
    /// `y` is the top edge.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
        width: f32,
    },
    /// A clickable area that opens another page (0-based).
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        page: usize,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
    /// The part of the document this page belongs to, for the running header.
    pub running: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// Splits `text` into lines no wider than `width`: at spaces, and inside a word only when
/// the word alone is wider than the line.
pub fn wrap(m: &Metrics, text: &str, size: f32, width: f32) -> Vec<String> {
    let text = nfc(text);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if m.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if m.width(word, size) <= width {
                line = word.to_string();
                continue;
            }
            // A word longer than the line: cut it where it fills the line.
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if m.width(&next, size) > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `text` in Unicode's composed form (NFC): what is measured is what is drawn, and "é"
/// is one glyph whether it came as one character or two.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// `text` cut to fit `width`, ending with "…" when cut.
pub fn ellipsize(m: &Metrics, text: &str, size: f32, width: f32) -> String {
    if m.width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if m.width(&format!("{out}…"), size) > width {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

/// The pages being filled, top to bottom.
pub struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub pages: Vec<Page>,
    /// The next free line's top, on the last page.
    pub y: f32,
    running: String,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts) -> Flow<'f> {
        Flow {
            fonts,
            pages: Vec::new(),
            y: TOP,
            running: String::new(),
        }
    }

    pub fn set_running(&mut self, running: &str) {
        self.running = running.to_string();
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page {
            items: Vec::new(),
            running: self.running.clone(),
        });
        self.y = TOP;
    }

    /// The index of the page being filled.
    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || (self.y + height > BOTTOM && self.y > TOP) {
            self.new_page();
        }
    }

    pub fn push(&mut self, item: Item) {
        if self.pages.is_empty() {
            self.new_page();
        }
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.fonts.face(style.bold).width(text, style.size)
    }

    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(self.fonts.face(style.bold), text, style.size, width)
    }

    /// One line of text whose top is at `top`, aligned in `[x, x + width]`.
    pub fn line_at(
        &mut self,
        x: f32,
        top: f32,
        width: f32,
        align: Align,
        style: Style,
        text: &str,
    ) {
        let text = nfc(text);
        let w = self.width(&text, style);
        let x = match align {
            Align::Left => x,
            Align::Right => x + width - w,
            Align::Center => x + (width - w) / 2.0,
        };
        self.push(Item::Text {
            x,
            y: top + style.size,
            style,
            text: text.into_owned(),
        });
    }

    /// A wrapped paragraph from `x` across `width`, breaking across pages line by line.
    pub fn paragraph_at(&mut self, x: f32, width: f32, style: Style, text: &str) {
        for line in self.wrap(text, style, width) {
            self.ensure(style.leading());
            let top = self.y;
            self.line_at(x, top, width, Align::Left, style, &line);
            self.y += style.leading();
        }
    }

    pub fn paragraph(&mut self, style: Style, text: &str) {
        self.paragraph_at(LEFT, WIDTH, style, text);
        self.y += style.size * 0.6;
    }

    /// A heading kept with at least `keep` points of what follows it.
    pub fn heading(&mut self, style: Style, text: &str, keep: f32) {
        let lines = self.wrap(text, style, WIDTH);
        self.ensure(lines.len() as f32 * style.leading() + keep);
        for line in lines {
            let top = self.y;
            self.line_at(LEFT, top, WIDTH, Align::Left, style, &line);
            self.y += style.leading();
        }
        self.y += style.size * 0.5;
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>, stroke: Option<Rgb>) {
        self.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        });
    }

    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, color: Rgb, width: f32) {
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            color,
            width,
        });
    }
}

/// A table column: its header, share of the width and alignment.
#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub fill: Option<Rgb>,
    pub bold: bool,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
}

const PAD: f32 = 2.0;

/// Lays a table out from the flow's position: every cell wraps inside its column, a row
/// never splits, and the header row is repeated at the top of every page.
pub fn table(flow: &mut Flow<'_>, columns: &[Column], rows: &[Vec<Cell>], style: Style) {
    let header_style = style.bold();
    let header: Vec<Vec<String>> = columns
        .iter()
        .map(|c| flow.wrap(&c.title, header_style, c.width - 2.0 * PAD))
        .collect();
    let header_h =
        header.iter().map(Vec::len).max().unwrap_or(1) as f32 * header_style.leading() + 2.0 * PAD;
    let draw_header = |flow: &mut Flow<'_>| {
        let top = flow.y;
        let mut x = LEFT;
        let total: f32 = columns.iter().map(|c| c.width).sum();
        flow.rect(LEFT, top, total, header_h, Some(SHADE), None);
        for (c, lines) in columns.iter().zip(&header) {
            for (i, line) in lines.iter().enumerate() {
                let t = top + PAD + i as f32 * header_style.leading();
                flow.line_at(x + PAD, t, c.width - 2.0 * PAD, c.align, header_style, line);
            }
            x += c.width;
        }
        flow.y += header_h;
        flow.rule(LEFT, LEFT + total, flow.y, INK, 0.6);
    };
    flow.ensure(header_h + 3.0 * style.leading());
    draw_header(flow);
    let total: f32 = columns.iter().map(|c| c.width).sum();
    for row in rows {
        let wrapped: Vec<Vec<String>> = columns
            .iter()
            .zip(row)
            .map(|(c, cell)| {
                let s = if cell.bold { style.bold() } else { style };
                flow.wrap(&cell.text, s, c.width - 2.0 * PAD)
            })
            .collect();
        let h =
            wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32 * style.leading() + 2.0 * PAD;
        if flow.y + h > BOTTOM {
            flow.new_page();
            draw_header(flow);
        }
        let top = flow.y;
        let mut x = LEFT;
        for ((c, cell), lines) in columns.iter().zip(row).zip(&wrapped) {
            if let Some(fill) = cell.fill {
                flow.rect(x + 0.5, top + 0.5, c.width - 1.0, h - 1.0, Some(fill), None);
            }
            let s = if cell.bold { style.bold() } else { style };
            for (i, line) in lines.iter().enumerate() {
                let t = top + PAD + i as f32 * style.leading();
                flow.line_at(x + PAD, t, c.width - 2.0 * PAD, c.align, s, line);
            }
            x += c.width;
        }
        flow.y += h;
        flow.rule(LEFT, LEFT + total, flow.y, RULE, 0.3);
    }
    flow.y += style.size;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("fonts")
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let f = fonts();
        let text = "Saint Vincent and the Grenadines reports on Kingstown and its anchorages";
        let lines = wrap(&f.regular, text, 10.0, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(f.regular.width(l, 10.0) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
        // A word longer than the line is cut, not left to overflow.
        let long = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let cut = wrap(&f.bold, long, 10.0, 60.0);
        assert!(cut.len() > 1);
        assert!(cut.iter().all(|l| f.bold.width(l, 10.0) <= 60.0));
        assert_eq!(cut.concat(), long);
        assert_eq!(wrap(&f.regular, "", 10.0, 50.0), vec![String::new()]);
        // Decomposed input comes out composed, and measures as such.
        assert_eq!(
            wrap(&f.regular, "Me\u{301}xico", 10.0, 200.0),
            vec!["México"]
        );
    }

    #[test]
    fn ellipsis_fits() {
        let f = fonts();
        let s = ellipsize(&f.regular, "Organization of American States", 10.0, 80.0);
        assert!(s.ends_with('…'));
        assert!(f.regular.width(&s, 10.0) <= 80.0);
        assert_eq!(ellipsize(&f.regular, "OAS", 10.0, 80.0), "OAS");
    }

    #[test]
    fn tables_repeat_their_header_on_each_page() {
        let f = fonts();
        let mut flow = Flow::new(&f);
        let columns = vec![
            Column {
                title: "Member state".into(),
                width: 200.0,
                align: Align::Left,
            },
            Column {
                title: "Ports".into(),
                width: 60.0,
                align: Align::Right,
            },
        ];
        let rows: Vec<Vec<Cell>> = (0..120)
            .map(|i| vec![Cell::text(format!("State {i}")), Cell::text(i.to_string())])
            .collect();
        table(&mut flow, &columns, &rows, BODY);
        assert!(flow.pages.len() >= 2);
        for page in &flow.pages {
            let headers = page
                .items
                .iter()
                .filter(|i| matches!(i, Item::Text { text, .. } if text == "Member state"))
                .count();
            assert_eq!(headers, 1, "one header per page");
            for item in &page.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= BOTTOM && *y >= TOP, "inside the body: {y}");
                }
            }
        }
        // Right-aligned numbers end at the column's edge, less the padding.
        let last = flow.pages[0]
            .items
            .iter()
            .find_map(|i| match i {
                Item::Text { x, text, style, .. } if text == "7" => {
                    Some(x + f.face(style.bold).width(text, style.size))
                }
                _ => None,
            })
            .expect("7");
        assert!((last - (LEFT + 260.0 - PAD)).abs() < 0.01);
    }
}
