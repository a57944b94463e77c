//! Laid-out pages to PDF bytes with printpdf: the embedded fonts subset, text NFC-normalised,
//! shapes as vector paths, the document's title and language in its metadata, a
//! hierarchical outline. Nothing depends on the clock or on chance, so the same pages give
//! the same bytes: fonts get fixed resource names, dates come from the caller and the
//! file identifier is a digest of the content.

use super::fonts::{BOLD, REGULAR};
use super::layout::{Item, Page, Rgb, PAGE_H};
use chrono::NaiveDate;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, Line, LinePoint, LinkAnnotation,
    Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, TextItem,
};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// What the file says about itself.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: Vec<String>,
    /// BCP 47, for screen readers and text extraction.
    pub lang: String,
    /// The date the data describes; also the file's creation date.
    pub date: NaiveDate,
}

/// An outline entry, with its sub-entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    pub children: Vec<Bookmark>,
}

/// The two faces, parsed once and reused for every document.
#[derive(Clone)]
pub struct Faces {
    regular: ParsedFont,
    bold: ParsedFont,
}

// Six capital letters: printpdf writes the first six characters of a font's resource
// name as its subset tag (`PPSANS+DejaVuSans`).
const REGULAR_ID: &str = "PPSANS";
const BOLD_ID: &str = "PPBOLD";

impl Faces {
    pub fn load() -> Result<Faces, String> {
        let parse = |bytes: &[u8]| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or_else(|| "the embedded font cannot be read".to_string())
        };
        Ok(Faces {
            regular: parse(REGULAR)?,
            bold: parse(BOLD)?,
        })
    }
}

impl std::fmt::Debug for Faces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Faces(DejaVu Sans, DejaVu Sans Bold)")
    }
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_H - y_from_top),
    }
}

fn ops_of(page: &Page) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 6);
    for item in &page.items {
        match item {
            Item::Text { x, y, style, text } => {
                let id = if style.bold { BOLD_ID } else { REGULAR_ID };
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(FontId(id.to_string())),
                    size: Pt(style.size),
                });
                ops.push(Op::SetFillColor {
                    col: color(style.color),
                });
                ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.nfc().collect())],
                });
                ops.push(Op::EndTextSection);
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                if let Some(f) = fill {
                    ops.push(Op::SetFillColor { col: color(*f) });
                }
                if let Some(s) = stroke {
                    ops.push(Op::SetOutlineColor { col: color(*s) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
                }
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (None, Some(_)) => PaintMode::Stroke,
                    _ => PaintMode::Fill,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(PAGE_H - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                color: c,
                width,
            } => {
                ops.push(Op::SetOutlineColor { col: color(*c) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*x1, *y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*x2, *y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Link { x, y, w, h, page } => {
                ops.push(Op::LinkAnnotation {
                    link: LinkAnnotation::new(
                        Rect::from_xywh(Pt(*x), Pt(PAGE_H - y - h), Pt(*w), Pt(*h)),
                        Actions::go_to(Destination::Xyz {
                            page: page + 1,
                            left: Some(0.0),
                            top: Some(PAGE_H),
                            zoom: None,
                        }),
                        Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                        Some(ColorArray::Transparent),
                        None,
                    ),
                });
            }
        }
    }
    ops
}

/// A PDF text string: ASCII as is, anything else as UTF-16BE with its byte order mark.
fn text_string(s: &str) -> Object {
    let s: String = s.nfc().collect();
    if s.is_ascii() {
        return Object::String(s.into_bytes(), StringFormat::Literal);
    }
    let mut bytes = vec![0xfe, 0xff];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn pdf_date(d: NaiveDate) -> Object {
    Object::String(
        format!("D:{}000000Z", d.format("%Y%m%d")).into_bytes(),
        StringFormat::Literal,
    )
}

/// Adds `entries` under `parent` and returns (first, last, count of all descendants).
fn add_outline(
    doc: &mut lopdf::Document,
    parent: ObjectId,
    entries: &[Bookmark],
    pages: &[ObjectId],
) -> Option<(ObjectId, ObjectId, i64)> {
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    let mut total = 0;
    for (i, (entry, id)) in entries.iter().zip(&ids).enumerate() {
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&entry.title));
        dict.set("Parent", Object::Reference(parent));
        if let Some(page) = pages.get(entry.page) {
            dict.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            );
        }
        if i > 0 {
            dict.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            dict.set("Next", Object::Reference(*next));
        }
        total += 1;
        if let Some((first, last, count)) = add_outline(doc, *id, &entry.children, pages) {
            dict.set("First", Object::Reference(first));
            dict.set("Last", Object::Reference(last));
            // Negative: sub-entries start closed, so the outline opens on the parts.
            dict.set("Count", Object::Integer(-count));
            total += count;
        }
        doc.objects.insert(*id, Object::Dictionary(dict));
    }
    Some((*ids.first()?, *ids.last()?, total))
}

/// The PDF of `pages`.
pub fn write(
    faces: &Faces,
    pages: &[Page],
    meta: &Meta,
    outline: &[Bookmark],
) -> Result<Vec<u8>, String> {
    let mut pdf = PdfDocument::new(&meta.title);
    pdf.resources.fonts.map.insert(
        FontId(REGULAR_ID.to_string()),
        PdfFont::new(faces.regular.clone()),
    );
    pdf.resources.fonts.map.insert(
        FontId(BOLD_ID.to_string()),
        PdfFont::new(faces.bold.clone()),
    );
    let mut digest = Sha256::new();
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|p| {
            // The file identifier is a digest of what the pages show.
            digest.update(format!("{:?}", p.items).as_bytes());
            PdfPage::new(Mm(210.0), Mm(297.0), ops_of(p))
        })
        .collect();
    pdf.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let mut doc = pdf.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);

    digest.update(meta.title.as_bytes());
    digest.update(meta.lang.as_bytes());
    let id = digest.finalize()[..16].to_vec();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    info.set("Subject", text_string(&meta.subject));
    info.set("Author", text_string(&meta.author));
    info.set("Keywords", text_string(&meta.keywords.join(", ")));
    info.set("Creator", text_string("portplans"));
    info.set("Producer", text_string("portplans with printpdf"));
    info.set("CreationDate", pdf_date(meta.date));
    info.set("ModDate", pdf_date(meta.date));
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(info_id));

    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| format!("no catalog: {e}"))?;
    let outlines = doc.new_object_id();
    let tree = add_outline(&mut doc, outlines, outline, &page_ids);
    let catalog = doc
        .get_object_mut(root)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("no catalog: {e}"))?;
    catalog.set("Lang", text_string(&meta.lang));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if let Some((first, last, count)) = tree {
        catalog.set("Outlines", Object::Reference(outlines));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        let mut root_outline = Dictionary::new();
        root_outline.set("Type", Object::Name(b"Outlines".to_vec()));
        root_outline.set("First", Object::Reference(first));
        root_outline.set("Last", Object::Reference(last));
        root_outline.set("Count", Object::Integer(count));
        doc.objects
            .insert(outlines, Object::Dictionary(root_outline));
    }
    doc.compress();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| format!("cannot write the PDF: {e}"))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layout::{Style, INK};

    fn pages() -> Vec<Page> {
        (0..3)
            .map(|i| Page {
                items: vec![
                    Item::Text {
                        x: 60.0,
                        y: 100.0,
                        style: Style::new(12.0),
                        // Decomposed "é": written composed (NFC).
                        text: format!("Page {i}: Me\u{301}xico"),
                    },
                    Item::Rect {
                        x: 60.0,
                        y: 120.0,
                        w: 100.0,
                        h: 10.0,
                        fill: Some(INK),
                        stroke: None,
                    },
                ],
                running: String::new(),
            })
            .collect()
    }

    fn meta() -> Meta {
        Meta {
            title: "Resumen comparativo".into(),
            subject: "Puertos".into(),
            author: "OEA".into(),
            keywords: vec!["puertos".into()],
            lang: "es".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"),
        }
    }

    #[test]
    fn same_pages_same_bytes_with_language_metadata_and_outline() {
        let faces = Faces::load().expect("faces");
        let outline = vec![Bookmark {
            title: "Perfiles".into(),
            page: 1,
            children: vec![Bookmark {
                title: "México".into(),
                page: 2,
                children: Vec::new(),
            }],
        }];
        let a = write(&faces, &pages(), &meta(), &outline).expect("pdf");
        let b = write(&faces, &pages(), &meta(), &outline).expect("pdf");
        assert_eq!(a, b, "deterministic");
        let doc = lopdf::Document::load_mem(&a).expect("a readable PDF");
        assert_eq!(doc.get_pages().len(), 3);
        let root = doc
            .trailer
            .get(b"Root")
            .and_then(Object::as_reference)
            .expect("root");
        let catalog = doc.get_dictionary(root).expect("catalog");
        assert_eq!(
            catalog.get(b"Lang").and_then(Object::as_str).expect("Lang"),
            b"es"
        );
        let outlines = catalog
            .get(b"Outlines")
            .and_then(Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .expect("outline");
        assert_eq!(
            outlines.get(b"Count").and_then(Object::as_i64).ok(),
            Some(2)
        );
        let first = outlines
            .get(b"First")
            .and_then(Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .expect("first entry");
        // The sub-entry hangs under its part, closed.
        assert_eq!(first.get(b"Count").and_then(Object::as_i64).ok(), Some(-1));
        let text = doc.extract_text(&[1]).unwrap_or_default();
        assert!(text.contains("México"), "{text}");
        // Another page's content, another file identifier.
        let mut other = pages();
        other.pop();
        let c = write(&faces, &other, &meta(), &outline).expect("pdf");
        let id = |bytes: &[u8]| {
            lopdf::Document::load_mem(bytes)
                .ok()
                .and_then(|d| d.trailer.get(b"ID").ok().cloned())
        };
        assert_ne!(id(&a), id(&c));
    }
}
