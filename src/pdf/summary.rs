//! The comparative summary: cover, contents, method, response rates, the heat table of
//! section levels, a chart per question, a profile per member state and the questionnaire
//! as an annex. It reads a [`Summary`] (publication scope: nothing sensitive, no free
//! text) and writes every word through the translations.

use super::charts::{self, Bar, LevelRow};
use super::layout::{
    self, table, Align, Cell, Column, Flow, Item, Page, Style, ACCENT, BODY, BOTTOM, INK, LEFT,
    MUTED, PAGE_H, PAGE_W, RIGHT, RULE, SMALL, WIDTH,
};
use super::writer::{self, Bookmark, Meta};
use super::{Engine, PdfError, Rendered};
use crate::domain::summary::{Distribution, Summary};
use crate::i18n::{I18n, Lang};
use crate::questionnaire::definition::QuestionType;
use crate::questionnaire::Form;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// An approved port, as its profile lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PortLine {
    pub locode: String,
    pub name: String,
}

/// Everything the summary shows, already chosen and counted.
pub struct Input<'a> {
    pub summary: &'a Summary,
    pub form: &'a Form,
    pub lang: Lang,
    pub i18n: &'a I18n,
    pub cycle_title: String,
    /// The moment the data describes (the last approval counted).
    pub as_of: NaiveDate,
    /// Every participating state's name in `lang`, by code.
    pub state_names: BTreeMap<String, String>,
    /// Approved ports by state code.
    pub ports: BTreeMap<String, Vec<PortLine>>,
}

/// Width of the member-state column of the tables: names wrap inside it.
pub const STATE_COLUMN: f32 = 150.0;
/// The most ports a profile lists by name; the rest are counted.
const PORTS_LISTED: usize = 40;

const H1: Style = Style::new(16.0).bold().color(ACCENT);
const H2: Style = Style::new(12.0).bold().color(INK);
const H3: Style = Style::new(9.5).bold();

struct Entry {
    title: String,
    page: usize,
    children: Vec<Entry>,
    /// Whether the children are listed in the contents too (always in the outline).
    in_contents: bool,
}

struct Doc<'a, 'f> {
    input: &'a Input<'a>,
    flow: Flow<'f>,
    entries: Vec<Entry>,
}

impl<'a, 'f> Doc<'a, 'f> {
    fn t(&self, key: &str) -> String {
        self.input.i18n.t(self.input.lang, key)
    }

    fn ta(&self, key: &str, args: &[(&str, String)]) -> String {
        self.input.i18n.t_args(self.input.lang, key, args)
    }

    fn dec(&self, v: f64) -> String {
        self.input.i18n.decimal(self.input.lang, v, 1)
    }

    fn state(&self, code: &str) -> String {
        self.input
            .state_names
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }

    /// States with approved ports, in name order.
    fn scored_states(&self) -> Vec<&'a String> {
        let mut codes: Vec<&String> = self.input.summary.states.keys().collect();
        codes.sort_by_key(|c| sort_key(&self.state(c)));
        codes
    }

    /// The sections that have a published level: scored, not sensitive.
    fn sections(&self) -> Vec<usize> {
        let s = self.input.summary;
        (0..s.sections.len())
            .filter(|i| s.regional.sections.get(*i).copied().flatten().is_some())
            .collect()
    }

    fn section_title(&self, i: usize) -> String {
        self.input
            .form
            .sections()
            .get(i)
            // A no-break space: the letter never ends a line without its title.
            .map(|s| format!("{}\u{a0}{}", s.id, s.title.get(self.input.lang.code())))
            .unwrap_or_default()
    }

    /// Starts a part on a new page, with its entry in the contents.
    fn part(&mut self, title: &str) {
        self.flow.set_running(title);
        self.flow.new_page();
        self.entries.push(Entry {
            title: title.to_string(),
            page: self.flow.page_index(),
            children: Vec::new(),
            in_contents: true,
        });
        self.flow.heading(H1, title, 40.0);
    }

    fn sub_entry(&mut self, title: &str) {
        let page = self.flow.page_index();
        if let Some(e) = self.entries.last_mut() {
            e.children.push(Entry {
                title: title.to_string(),
                page,
                children: Vec::new(),
                in_contents: true,
            });
        }
    }

    /// The page a minister reads first: participation, the region's level, the strongest
    /// and weakest sections and states, and how the states spread over the levels.
    fn findings(&mut self) {
        let s = self.input.summary;
        self.part(&self.t("pdf-findings"));
        let ports: usize = s.participation.iter().map(|p| p.ports).sum();
        let rate = if ports == 0 {
            0.0
        } else {
            (s.approved_ports as f64 / ports as f64 * 1000.0).round() / 10.0
        };
        let mut points = vec![self.ta(
            "pdf-findings-reports",
            &[
                ("approved", s.approved_ports.to_string()),
                ("ports", ports.to_string()),
                ("rate", self.ta("pdf-percent", &[("n", self.dec(rate))])),
                ("scored", s.states.len().to_string()),
                ("total", s.participation.len().to_string()),
            ],
        )];
        if let Some(overall) = s.regional.overall {
            points.push(self.ta("pdf-findings-region", &[("level", self.dec(overall))]));
        }
        let mut ranked: Vec<(usize, f64)> = self
            .sections()
            .into_iter()
            .filter_map(|i| Some((i, s.regional.sections[i]?)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        if let (Some(best), Some(worst)) = (ranked.first(), ranked.last()) {
            if ranked.len() > 1 {
                points.push(self.ta(
                    "pdf-findings-sections",
                    &[
                        ("best", self.section_title(best.0)),
                        ("best_level", self.dec(best.1)),
                        ("worst", self.section_title(worst.0)),
                        ("worst_level", self.dec(worst.1)),
                    ],
                ));
            }
        }
        let mut states: Vec<(String, f64)> = s
            .states
            .iter()
            .filter_map(|(code, l)| Some((self.state(code), l.overall?)))
            .collect();
        states.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| sort_key(&a.0).cmp(&sort_key(&b.0)))
        });
        if states.len() >= 6 {
            let list = |items: &[(String, f64)]| {
                items
                    .iter()
                    .map(|(n, l)| format!("{n}\u{a0}({})", self.dec(*l)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            points.push(self.ta("pdf-findings-top", &[("states", list(&states[..3]))]));
            let bottom: Vec<(String, f64)> =
                states[states.len() - 3..].iter().rev().cloned().collect();
            points.push(self.ta("pdf-findings-bottom", &[("states", list(&bottom))]));
        }
        if s.states.is_empty() {
            points.push(self.t("pdf-no-data"));
        }
        for p in points {
            self.bullet(BODY, &p);
        }
        if s.states.is_empty() {
            return;
        }
        self.flow.gap(6.0);
        let heading = self.t("pdf-findings-spread");
        self.flow.heading(H3, &heading, 90.0);
        let mut spread = [0usize; 5];
        for l in s.states.values().filter_map(|l| l.overall) {
            spread[charts::band(l) - 1] += 1;
        }
        let bars = self.level_bars(&spread);
        charts::choice_bars(&mut self.flow, &bars, s.states.len());
        let heading = self.t("pdf-findings-by-section");
        self.flow.heading(H3, &heading, 90.0);
        let rows: Vec<LevelRow> = self
            .sections()
            .into_iter()
            .map(|i| LevelRow {
                label: self.section_title(i),
                state: s.regional.sections[i],
                region: None,
                value: s.regional.sections[i]
                    .map(|v| self.dec(v))
                    .unwrap_or_else(|| "–".into()),
            })
            .collect();
        charts::levels_against_region(&mut self.flow, &rows, false);
    }

    /// Bars of counts per level 1–5, each named with its range.
    fn level_bars(&self, counts: &[usize; 5]) -> Vec<Bar> {
        let total: usize = counts.iter().sum();
        counts
            .iter()
            .enumerate()
            .map(|(i, n)| Bar {
                label: self.ta(
                    "pdf-level-range",
                    &[("level", (i + 1).to_string()), ("range", self.range(i))],
                ),
                count: *n,
                value: self.ta(
                    "pdf-count-percent",
                    &[
                        ("count", n.to_string()),
                        (
                            "percent",
                            format!(
                                "{}",
                                (*n as f64 / total.max(1) as f64 * 100.0).round() as i64
                            ),
                        ),
                    ],
                ),
            })
            .collect()
    }

    /// The range of mean levels that round to level `i + 1`.
    fn range(&self, i: usize) -> String {
        let (lo, hi) = [(1.0, 1.4), (1.5, 2.4), (2.5, 3.4), (3.5, 4.4), (4.5, 5.0)][i];
        format!("{}–{}", self.dec(lo), self.dec(hi))
    }

    /// A bulleted paragraph whose wrapped lines hang under the text, not the bullet.
    fn bullet(&mut self, style: Style, text: &str) {
        let indent = 12.0;
        let lines = self.flow.wrap(text, style, WIDTH - indent);
        for (i, line) in lines.iter().enumerate() {
            self.flow.ensure(style.leading());
            let top = self.flow.y;
            if i == 0 {
                self.flow
                    .line_at(LEFT + 2.0, top, indent, Align::Left, style, "•");
            }
            self.flow
                .line_at(LEFT + indent, top, WIDTH - indent, Align::Left, style, line);
            self.flow.y += style.leading();
        }
        self.flow.gap(style.size * 0.4);
    }

    fn method(&mut self) {
        let s = self.input.summary;
        self.part(&self.t("pdf-method"));
        let taking_part = s.participation.iter().filter(|p| p.submitted > 0).count();
        let ports: usize = s.participation.iter().map(|p| p.ports).sum();
        let submitted: usize = s.participation.iter().map(|p| p.submitted).sum();
        let all = if taking_part == s.participation.len() && taking_part > 0 {
            "yes"
        } else {
            "no"
        };
        let text = self.ta(
            "pdf-method-participation",
            &[
                ("all", all.to_string()),
                ("states", taking_part.to_string()),
                ("total", s.participation.len().to_string()),
                ("ports", ports.to_string()),
                ("submitted", submitted.to_string()),
                ("approved", s.approved_ports.to_string()),
                ("scored", s.states.len().to_string()),
            ],
        );
        self.flow.paragraph(BODY, &text);
        for key in [
            "pdf-method-scores",
            "pdf-method-region",
            "pdf-method-charts",
        ] {
            let text = self.t(key);
            self.flow.paragraph(BODY, &text);
        }
        let hidden: Vec<String> = self
            .input
            .form
            .sections()
            .iter()
            .filter(|sec| sec.sensitive)
            .map(|sec| sec.id.clone())
            .collect();
        let text = self.ta(
            "pdf-method-confidential",
            &[("sections", hidden.join(", "))],
        );
        self.flow.paragraph(BODY, &text);
        let text = self.ta(
            "pdf-method-as-of",
            &[(
                "date",
                self.input.i18n.long_date(self.input.lang, self.input.as_of),
            )],
        );
        self.flow.paragraph(BODY, &text);
    }

    fn response_rates(&mut self) {
        let s = self.input.summary;
        self.part(&self.t("pdf-rates"));
        let hint = self.t("pdf-rates-hint");
        self.flow.paragraph(BODY.color(MUTED), &hint);
        let rest = (WIDTH - STATE_COLUMN) / 4.0;
        let columns = vec![
            col(self.t("pdf-col-state"), STATE_COLUMN, Align::Left),
            col(self.t("pdf-col-ports"), rest, Align::Right),
            col(self.t("pdf-col-submitted"), rest, Align::Right),
            col(self.t("pdf-col-approved"), rest, Align::Right),
            col(self.t("pdf-col-rate"), rest, Align::Right),
        ];
        let mut rows: Vec<(String, Vec<Cell>)> = s
            .participation
            .iter()
            .map(|p| {
                let name = self.state(&p.member_state);
                let rate = if p.ports == 0 {
                    "–".to_string()
                } else {
                    self.ta("pdf-percent", &[("n", self.dec(p.rate()))])
                };
                (
                    sort_key(&name),
                    vec![
                        Cell::text(name),
                        Cell::text(p.ports.to_string()),
                        Cell::text(p.submitted.to_string()),
                        Cell::text(p.approved.to_string()),
                        Cell::text(rate),
                    ],
                )
            })
            .collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let (ports, submitted, approved) = s.participation.iter().fold((0, 0, 0), |acc, p| {
            (acc.0 + p.ports, acc.1 + p.submitted, acc.2 + p.approved)
        });
        let rate = if ports == 0 {
            "–".to_string()
        } else {
            let r = (approved as f64 / ports as f64 * 1000.0).round() / 10.0;
            self.ta("pdf-percent", &[("n", self.dec(r))])
        };
        let mut body: Vec<Vec<Cell>> = rows.into_iter().map(|(_, r)| r).collect();
        let bold = |t: String| Cell {
            text: t,
            bold: true,
            ..Cell::default()
        };
        body.push(vec![
            bold(self.t("pdf-total")),
            bold(ports.to_string()),
            bold(submitted.to_string()),
            bold(approved.to_string()),
            bold(rate),
        ]);
        table(&mut self.flow, &columns, &body, SMALL);
    }

    fn heat_table(&mut self) {
        let s = self.input.summary;
        self.part(&self.t("pdf-scores"));
        let hint = self.ta(
            "pdf-scores-hint",
            &[("count", s.approved_ports.to_string())],
        );
        // Everything that explains the table comes before it, small, so that the table of
        // thirty-five states and the region fits on the page with it.
        self.flow.paragraph(SMALL.color(MUTED), &hint);
        let sections = self.sections();
        if s.states.is_empty() || sections.is_empty() {
            let text = self.t("pdf-no-data");
            self.flow.paragraph(BODY, &text);
            return;
        }
        // The key of the column letters and of the colours, before the table they explain.
        let key = format!(
            "{}{} {}",
            self.t("pdf-sections-key"),
            self.t("colon"),
            sections
                .iter()
                .map(|i| self.section_title(*i))
                .collect::<Vec<_>>()
                .join("\u{a0}· ")
        );
        self.flow.paragraph(SMALL, &key);
        let ranges = [0, 1, 2, 3, 4].map(|i| self.range(i));
        let legend = self.t("pdf-legend");
        charts::level_legend(&mut self.flow, &legend, &ranges);
        let note = self.t("pdf-scores-dash");
        self.flow.paragraph(SMALL.color(MUTED), &note);
        let rest = (WIDTH - STATE_COLUMN) / (sections.len() + 1) as f32;
        let mut columns = vec![col(self.t("pdf-col-state"), STATE_COLUMN, Align::Left)];
        for i in &sections {
            columns.push(col(s.sections[*i].clone(), rest, Align::Center));
        }
        columns.push(col(self.t("pdf-overall"), rest, Align::Center));
        let cell = |doc: &Self, v: Option<f64>, bold: bool| match v {
            Some(v) => Cell {
                text: doc.dec(v),
                fill: Some(charts::level_color(v)),
                bold,
            },
            None => Cell::text("–"),
        };
        let mut rows = Vec::new();
        for code in self.scored_states() {
            let levels = &s.states[code];
            let mut row = vec![Cell::text(self.state(code))];
            for i in &sections {
                row.push(cell(self, levels.sections[*i], false));
            }
            row.push(cell(self, levels.overall, true));
            rows.push(row);
        }
        let mut region = vec![Cell {
            text: self.t("pdf-region"),
            bold: true,
            ..Cell::default()
        }];
        for i in &sections {
            region.push(cell(self, s.regional.sections[*i], true));
        }
        region.push(cell(self, s.regional.overall, true));
        rows.push(region);
        table(&mut self.flow, &columns, &rows, SMALL);
    }

    fn charts(&mut self) {
        let s = self.input.summary;
        let form = self.input.form;
        let lang = self.input.lang.code();
        self.part(&self.t("pdf-charts"));
        let hint = self.t("pdf-charts-hint");
        self.flow.paragraph(BODY.color(MUTED), &hint);
        if s.approved_ports == 0 {
            let text = self.t("pdf-no-data");
            self.flow.paragraph(BODY, &text);
            return;
        }
        let mut current_section = None;
        for chart in &s.questions {
            let Some(q) = form.question(&chart.question) else {
                continue;
            };
            let section = form
                .questions()
                .find(|(_, x)| x.id == q.id)
                .map(|(sec, _)| sec.id.clone());
            if section != current_section {
                if let Some(i) = form
                    .sections()
                    .iter()
                    .position(|sec| Some(&sec.id) == section.as_ref())
                {
                    let title = self.section_title(i);
                    self.flow.heading(H2, &title, 90.0);
                    self.sub_entry(&title);
                }
                current_section = section;
            }
            let title = format!("{}  {}", q.id, q.label.get(lang));
            // A chart is kept whole on a page with its question, when it fits on one.
            let block = self.flow.wrap(&title, H3, WIDTH).len() as f32 * H3.leading()
                + 2.0 * SMALL.leading()
                + match &chart.distribution {
                    Distribution::Choices(c) => c.len() as f32 * (SMALL.leading() + 4.0),
                    Distribution::Numbers(_) => 130.0,
                };
            self.flow.ensure(block.min(BOTTOM - layout::TOP));
            self.flow.heading(H3, &title, 30.0);
            let answered = if chart.answered == 0 {
                self.t("pdf-chart-none")
            } else {
                self.ta(
                    "pdf-chart-answered",
                    &[("count", chart.answered.to_string())],
                )
            };
            let answered = if q.kind == QuestionType::SelectMultiple && chart.answered > 0 {
                format!("{answered} {}", self.t("pdf-chart-multiple"))
            } else {
                answered
            };
            self.flow.paragraph(SMALL.color(MUTED), &answered);
            if chart.answered == 0 {
                continue;
            }
            match &chart.distribution {
                Distribution::Choices(counts) => {
                    let bars: Vec<Bar> = counts
                        .iter()
                        .map(|(name, count)| {
                            let label = if q.kind == QuestionType::YesNo {
                                self.t(&format!("choice-{name}"))
                            } else {
                                form.choices_of(q)
                                    .iter()
                                    .find(|c| &c.name == name)
                                    .map(|c| c.label.get(lang).to_string())
                                    .unwrap_or_else(|| name.clone())
                            };
                            let pct = *count as f64 / chart.answered as f64 * 100.0;
                            let value = self.ta(
                                "pdf-count-percent",
                                &[
                                    ("count", count.to_string()),
                                    ("percent", format!("{}", pct.round() as i64)),
                                ],
                            );
                            Bar {
                                label,
                                count: *count,
                                value,
                            }
                        })
                        .collect();
                    charts::choice_bars(&mut self.flow, &bars, chart.answered);
                }
                Distribution::Numbers(bands) => {
                    let integer = q.kind == QuestionType::Integer;
                    // As many decimals as the bands' width needs to tell them apart.
                    let width = bands.first().map_or(1.0, |(lo, hi, _)| hi - lo);
                    let digits = if width > 0.0 && width < 1.0 {
                        (-width.log10()).ceil() as usize
                    } else {
                        1
                    };
                    let columns: Vec<charts::Column> = bands
                        .iter()
                        .map(|(lo, hi, count)| charts::Column {
                            // Whole numbers: "10–19"; decimals: "10–20", the upper
                            // bound left out; one value: "10".
                            label: if (hi - lo).abs() < f64::EPSILON
                                || (integer && (hi - lo - 1.0).abs() < f64::EPSILON)
                            {
                                self.number(*lo, integer)
                            } else if integer {
                                format!(
                                    "{}–{}",
                                    self.number(*lo, true),
                                    self.number(hi - 1.0, true)
                                )
                            } else {
                                format!(
                                    "{}–{}",
                                    self.number_to(*lo, digits),
                                    self.number_to(*hi, digits)
                                )
                            },
                            count: *count,
                        })
                        .collect();
                    charts::histogram(&mut self.flow, &columns);
                    let caption = self.t("pdf-histogram-caption");
                    self.flow.paragraph(SMALL.color(MUTED), &caption);
                }
            }
        }
    }

    /// A band's bound: whole when it is, else with `digits` decimals.
    fn number_to(&self, v: f64, digits: usize) -> String {
        if v.fract().abs() < 1e-9 {
            format!("{}", v.round() as i64)
        } else {
            self.input.i18n.decimal(self.input.lang, v, digits)
        }
    }

    fn number(&self, v: f64, integer: bool) -> String {
        if integer || v.fract().abs() < 1e-9 {
            format!("{}", v.round() as i64)
        } else {
            self.dec(v)
        }
    }

    fn profiles(&mut self) {
        let s = self.input.summary;
        let lang = self.input.lang.code();
        let title = self.t("pdf-profiles");
        self.flow.set_running(&title);
        self.entries.push(Entry {
            title: title.clone(),
            page: self.flow.page_index() + 1,
            children: Vec::new(),
            in_contents: true,
        });
        let sections = self.sections();
        if s.profiles.is_empty() {
            self.flow.new_page();
            self.flow.heading(H1, &title, 40.0);
            let text = self.t("pdf-no-data");
            self.flow.paragraph(BODY, &text);
            return;
        }
        let mut first = true;
        for code in self.scored_states() {
            let Some(profile) = s.profiles.iter().find(|p| &p.member_state == code) else {
                continue;
            };
            let name = self.state(code);
            self.flow.new_page();
            if first {
                self.flow.heading(H1, &title, 40.0);
                first = false;
            }
            self.sub_entry(&name);
            self.flow.heading(H2, &name, 60.0);
            if let Some(p) = s.participation.iter().find(|p| &p.member_state == code) {
                let line = self.ta(
                    "pdf-profile-counts",
                    &[
                        ("ports", p.ports.to_string()),
                        ("submitted", p.submitted.to_string()),
                        ("approved", p.approved.to_string()),
                    ],
                );
                self.flow.paragraph(BODY, &line);
            }
            // Approved ports, by LOCODE; a long list is cut and counted.
            let ports = self
                .input
                .ports
                .get(code.as_str())
                .cloned()
                .unwrap_or_default();
            let heading = self.ta("pdf-profile-ports", &[("count", ports.len().to_string())]);
            self.flow.heading(H3, &heading, 24.0);
            let mut listed: Vec<String> = ports
                .iter()
                .take(PORTS_LISTED)
                .map(|p| format!("{}\u{a0}{}", p.locode, p.name))
                .collect();
            if ports.len() > PORTS_LISTED {
                listed.push(self.ta(
                    "pdf-profile-more",
                    &[("count", (ports.len() - PORTS_LISTED).to_string())],
                ));
            }
            self.flow.paragraph(SMALL, &listed.join("\u{a0}· "));

            let heading = self.t("pdf-profile-levels");
            self.flow.heading(H3, &heading, 60.0);
            let legend = self.ta("pdf-profile-legend", &[("state", name.clone())]);
            self.flow.paragraph(SMALL.color(MUTED), &legend);
            let value = |doc: &Self, st: Option<f64>, rg: Option<f64>| {
                doc.ta(
                    "pdf-profile-value",
                    &[
                        (
                            "state",
                            st.map(|v| doc.dec(v)).unwrap_or_else(|| "–".into()),
                        ),
                        (
                            "region",
                            rg.map(|v| doc.dec(v)).unwrap_or_else(|| "–".into()),
                        ),
                    ],
                )
            };
            let mut rows: Vec<LevelRow> = sections
                .iter()
                .map(|i| LevelRow {
                    label: self.section_title(*i),
                    state: profile.levels.sections[*i],
                    region: s.regional.sections[*i],
                    value: value(self, profile.levels.sections[*i], s.regional.sections[*i]),
                })
                .collect();
            rows.push(LevelRow {
                label: self.t("pdf-overall"),
                state: profile.levels.overall,
                region: s.regional.overall,
                value: value(self, profile.levels.overall, s.regional.overall),
            });
            charts::levels_against_region(&mut self.flow, &rows, true);

            let heading = self.t("pdf-profile-spread");
            self.flow.heading(H3, &heading, 80.0);
            let bars = self.level_bars(&profile.ports_by_level);
            let approved: usize = profile.ports_by_level.iter().sum();
            charts::choice_bars(&mut self.flow, &bars, approved);

            let heading = self.t("pdf-profile-gaps");
            self.flow.heading(H3, &heading, 30.0);
            let hint = self.t("pdf-profile-gaps-hint");
            self.flow.paragraph(SMALL.color(MUTED), &hint);
            if profile.gaps.is_empty() {
                let text = self.t("pdf-profile-no-gaps");
                self.flow.paragraph(SMALL, &text);
            }
            for (qid, level) in &profile.gaps {
                let label = self
                    .input
                    .form
                    .question(qid)
                    .map(|q| q.label.get(lang).to_string())
                    .unwrap_or_default();
                let line = self.ta(
                    "pdf-profile-gap",
                    &[
                        ("question", format!("{qid}  {label}")),
                        ("level", self.dec(*level)),
                    ],
                );
                self.flow
                    .paragraph_at(LEFT + 8.0, WIDTH - 8.0, SMALL, &format!("• {line}"));
                self.flow.gap(2.0);
            }
        }
    }

    fn annex(&mut self) {
        let form = self.input.form;
        let lang = self.input.lang.code();
        self.part(&self.t("pdf-annex"));
        let hint = self.ta(
            "pdf-annex-hint",
            &[
                ("title", form.definition.title.get(lang).to_string()),
                ("version", form.version().to_string()),
            ],
        );
        self.flow.paragraph(BODY.color(MUTED), &hint);
        if let Some(e) = self.entries.last_mut() {
            e.in_contents = false;
        }
        for (i, section) in form.sections().iter().enumerate() {
            let title = self.section_title(i);
            self.flow.heading(H2, &title, 40.0);
            self.sub_entry(&title);
            if section.sensitive {
                let text = self.t("pdf-annex-confidential");
                self.flow.paragraph(SMALL.bold().color(MUTED), &text);
            }
            for q in &section.questions {
                if q.kind == QuestionType::Note {
                    continue;
                }
                let text = format!("{}  {}", q.id, q.label.get(lang));
                let lines = self.flow.wrap(&text, SMALL.bold(), WIDTH);
                self.flow
                    .ensure(lines.len() as f32 * SMALL.leading() + SMALL.leading());
                self.flow.paragraph_at(LEFT, WIDTH, SMALL.bold(), &text);
                let choices = form.choices_of(q);
                let detail = if q.kind == QuestionType::YesNo {
                    Some(format!(
                        "{} / {}",
                        self.t("choice-yes"),
                        self.t("choice-no")
                    ))
                } else if !choices.is_empty() && !q.read_only {
                    Some(
                        choices
                            .iter()
                            .map(|c| c.label.get(lang).to_string())
                            .collect::<Vec<_>>()
                            .join("\u{a0}· "),
                    )
                } else if q.kind == QuestionType::Grid && !q.columns.is_empty() {
                    Some(
                        q.columns
                            .iter()
                            .map(|c| c.label.get(lang).to_string())
                            .collect::<Vec<_>>()
                            .join("\u{a0}· "),
                    )
                } else {
                    None
                };
                if let Some(d) = detail {
                    self.flow
                        .paragraph_at(LEFT + 12.0, WIDTH - 12.0, SMALL.color(MUTED), &d);
                }
                self.flow.gap(3.0);
            }
        }
    }
}

fn col(title: String, width: f32, align: Align) -> Column {
    Column {
        title,
        width,
        align,
    }
}

/// Names sort as people expect: accents and case do not move a name.
fn sort_key(name: &str) -> String {
    crate::domain::text::fold(name)
}

fn cover(input: &Input<'_>, fonts: &super::fonts::Fonts) -> Page {
    let i18n = input.i18n;
    let lang = input.lang;
    let mut flow = Flow::new(fonts);
    flow.new_page();
    flow.rect(0.0, 0.0, PAGE_W, 150.0, Some(ACCENT), None);
    let white = layout::Rgb(0xff, 0xff, 0xff);
    let org = i18n.t(lang, "pdf-org");
    flow.line_at(
        LEFT,
        60.0,
        WIDTH,
        Align::Left,
        Style::new(12.0).color(white),
        &org,
    );
    let unit = i18n.t(lang, "pdf-unit");
    flow.line_at(
        LEFT,
        80.0,
        WIDTH,
        Align::Left,
        Style::new(10.0).color(white),
        &unit,
    );
    flow.y = 210.0;
    let title = i18n.t(lang, "pdf-title");
    flow.paragraph_at(LEFT, WIDTH, Style::new(24.0).bold().color(INK), &title);
    flow.gap(10.0);
    // However long the cycle's title, the cover stays one page: three lines at most.
    let subtitle = Style::new(15.0).color(ACCENT);
    let mut lines = flow.wrap(&input.cycle_title, subtitle, WIDTH);
    if lines.len() > 3 {
        let rest = lines[2..].join(" ");
        lines.truncate(2);
        lines.push(layout::ellipsize(
            &fonts.regular,
            &rest,
            subtitle.size,
            WIDTH,
        ));
    }
    for line in lines {
        let top = flow.y;
        flow.line_at(LEFT, top, WIDTH, Align::Left, subtitle, &line);
        flow.y += subtitle.leading();
    }
    flow.gap(40.0);
    let s = input.summary;
    let form = input.form;
    let lines = [
        i18n.t_args(
            lang,
            "pdf-cover-questionnaire",
            &[
                ("title", form.definition.title.get(lang.code()).to_string()),
                ("version", form.version().to_string()),
            ],
        ),
        i18n.t_args(
            lang,
            "pdf-cover-as-of",
            &[("date", i18n.long_date(lang, input.as_of))],
        ),
        i18n.t_args(
            lang,
            "pdf-cover-language",
            &[("language", lang.native_name().to_string())],
        ),
        i18n.t_args(
            lang,
            "pdf-cover-counts",
            &[
                ("states", s.states.len().to_string()),
                ("ports", s.approved_ports.to_string()),
            ],
        ),
    ];
    for line in lines {
        flow.paragraph_at(LEFT, WIDTH, Style::new(11.0), &line);
        flow.gap(4.0);
    }
    flow.y = BOTTOM - 60.0;
    flow.rule(LEFT, RIGHT, flow.y, RULE, 0.5);
    flow.gap(8.0);
    let note = i18n.t(lang, "pdf-cover-note");
    flow.paragraph_at(LEFT, WIDTH, SMALL.color(MUTED), &note);
    flow.pages.pop().unwrap_or_default()
}

/// The contents pages for `entries`, pages numbered from 1 with `offset` added.
fn contents(
    input: &Input<'_>,
    fonts: &super::fonts::Fonts,
    entries: &[Entry],
    offset: usize,
) -> Vec<Page> {
    let title = input.i18n.t(input.lang, "pdf-contents");
    let mut flow = Flow::new(fonts);
    flow.set_running(&title);
    flow.new_page();
    flow.heading(H1, &title, 40.0);
    let number_w = 40.0;
    let line = |flow: &mut Flow<'_>, text: &str, page: usize, indent: f32, style: Style| {
        let lines = flow.wrap(text, style, WIDTH - indent - number_w);
        let h = lines.len() as f32 * style.leading() + 1.0;
        flow.ensure(h);
        let top = flow.y;
        for (i, l) in lines.iter().enumerate() {
            flow.line_at(
                LEFT + indent,
                top + i as f32 * style.leading(),
                WIDTH,
                Align::Left,
                style,
                l,
            );
        }
        let n = (page + offset + 1).to_string();
        flow.line_at(RIGHT - number_w, top, number_w, Align::Right, style, &n);
        flow.push(Item::Link {
            x: LEFT,
            y: top,
            w: WIDTH,
            h: lines.len() as f32 * style.leading(),
            page: page + offset,
        });
        flow.y += h;
    };
    // Parts and their entries on one page where the document allows.
    let part = Style::new(9.0).bold();
    let entry = Style::new(8.5);
    for e in entries {
        flow.gap(3.0);
        line(&mut flow, &e.title, e.page, 0.0, part);
        if e.in_contents {
            for c in &e.children {
                line(&mut flow, &c.title, c.page, 14.0, entry);
            }
        }
    }
    flow.pages
}

fn bookmarks(entries: &[Entry], offset: usize) -> Vec<Bookmark> {
    entries
        .iter()
        .map(|e| Bookmark {
            title: e.title.clone(),
            page: e.page + offset,
            children: bookmarks(&e.children, offset),
        })
        .collect()
}

/// Running header and footer on every page but the cover.
fn decorate(input: &Input<'_>, fonts: &super::fonts::Fonts, pages: &mut [Page]) {
    let total = pages.len();
    let i18n = input.i18n;
    let lang = input.lang;
    let head = format!(
        "{} · {}",
        i18n.t(lang, "pdf-short-title"),
        input.cycle_title
    );
    let as_of = i18n.t_args(
        lang,
        "pdf-footer-as-of",
        &[("date", i18n.long_date(lang, input.as_of))],
    );
    let style = SMALL.color(MUTED);
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        let mut flow = Flow::new(fonts);
        flow.new_page();
        let part_w = fonts
            .regular
            .width(&page.running, style.size)
            .min(WIDTH * 0.45);
        let left = layout::ellipsize(&fonts.regular, &head, style.size, WIDTH - part_w - 16.0);
        flow.line_at(LEFT, 36.0, WIDTH, Align::Left, style, &left);
        let part = layout::ellipsize(&fonts.regular, &page.running, style.size, WIDTH * 0.45);
        flow.line_at(LEFT, 36.0, WIDTH, Align::Right, style, &part);
        flow.rule(LEFT, RIGHT, 50.0, RULE, 0.5);
        let foot = PAGE_H - 44.0;
        flow.rule(LEFT, RIGHT, foot - 8.0, RULE, 0.5);
        flow.line_at(LEFT, foot, WIDTH, Align::Left, style, &as_of);
        let n = i18n.t_args(
            lang,
            "pdf-page",
            &[("page", (i + 1).to_string()), ("pages", total.to_string())],
        );
        flow.line_at(LEFT, foot, WIDTH, Align::Right, style, &n);
        if let Some(p) = flow.pages.pop() {
            page.items.extend(p.items);
        }
    }
}

/// The comparative summary as a PDF.
pub fn render(engine: &Engine, input: &Input<'_>) -> Result<Rendered, PdfError> {
    let fonts = &engine.fonts;
    let mut doc = Doc {
        input,
        flow: Flow::new(fonts),
        entries: Vec::new(),
    };
    doc.findings();
    doc.method();
    doc.response_rates();
    doc.heat_table();
    doc.charts();
    doc.profiles();
    doc.annex();
    let Doc { flow, entries, .. } = doc;
    let body = flow.pages;
    // The contents take as many pages with any numbers as with the true ones: lay them
    // out once to count, then again with the body's final page numbers.
    let contents_len = contents(input, fonts, &entries, 0).len();
    let offset = 1 + contents_len;
    let mut pages = vec![cover(input, fonts)];
    pages.extend(contents(input, fonts, &entries, offset));
    pages.extend(body);
    decorate(input, fonts, &mut pages);
    for page in &pages {
        for item in &page.items {
            if let Item::Text { y, .. } = item {
                if *y > PAGE_H || *y < 0.0 {
                    return Err(PdfError::Layout(format!("text off the page at {y}")));
                }
            }
        }
    }
    let contents_title = input.i18n.t(input.lang, "pdf-contents");
    let mut outline = vec![Bookmark {
        title: contents_title,
        page: 1,
        children: Vec::new(),
    }];
    outline.extend(bookmarks(&entries, offset));
    let title = format!(
        "{} – {}",
        input.i18n.t(input.lang, "pdf-title"),
        input.cycle_title
    );
    let meta = Meta {
        title,
        subject: input.i18n.t(input.lang, "pdf-subject"),
        author: input.i18n.t(input.lang, "pdf-org"),
        keywords: input
            .i18n
            .t(input.lang, "pdf-keywords")
            .split(',')
            .map(|k| k.trim().to_string())
            .collect(),
        lang: input.lang.code().to_string(),
        date: input.as_of,
    };
    let bytes = writer::write(&engine.faces, &pages, &meta, &outline).map_err(PdfError::Write)?;
    Ok(Rendered {
        bytes,
        pages: pages.len(),
    })
}
