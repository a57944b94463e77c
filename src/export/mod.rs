//! A table of answers (see `domain::export`) written as CSV or as an XLSX workbook with
//! its codebook: table in, bytes out, no I/O.

use crate::domain::export::{Cell, Column};

/// What the writers take: the columns, the rows, the workbook's sheet names.
pub struct Table<'a> {
    pub columns: &'a [Column],
    pub rows: &'a [Vec<Cell>],
    /// Headings of the codebook sheet, in the export's language.
    pub codebook_headings: [&'a str; 5],
}

/// A text cell that a spreadsheet would run as a formula is written with a leading
/// apostrophe (OWASP's advice for CSV injection); nothing else is changed.
fn defused(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Excel holds at most 32,767 characters in a cell; a longer answer (a long text may have
/// 50,000) is cut with a visible mark rather than failing the whole workbook.
const XLSX_CELL_MAX: usize = 32_767;

fn cell_text(s: &str) -> std::borrow::Cow<'_, str> {
    const MARK: &str = " […]";
    if s.chars().count() <= XLSX_CELL_MAX {
        return std::borrow::Cow::Borrowed(s);
    }
    let kept: String = s
        .chars()
        .take(XLSX_CELL_MAX - MARK.chars().count())
        .collect();
    std::borrow::Cow::Owned(kept + MARK)
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// RFC 4180 CSV, UTF-8, a header row of the stable column names.
pub fn csv(t: &Table<'_>) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(t.columns.iter().map(|c| c.name.as_str()))
        .map_err(|e| e.to_string())?;
    for row in t.rows {
        let record: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Empty => String::new(),
                Cell::Number(n) => number_text(*n),
                Cell::Text(s) => defused(s).into_owned(),
            })
            .collect();
        w.write_record(&record).map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// An XLSX workbook: the sheet `data` (numbers as numbers, text as text, never a
/// formula) and the sheet `codebook` (column, question, wording, type, values).
pub fn xlsx(t: &Table<'_>) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let data = book.add_worksheet();
    data.set_name("data").map_err(err)?;
    for (c, col) in t.columns.iter().enumerate() {
        let c = u16::try_from(c).map_err(|_| "too many columns".to_string())?;
        data.write_string_with_format(0, c, &col.name, &bold)
            .map_err(err)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| "too many rows".to_string())?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| "too many columns".to_string())?;
            match cell {
                Cell::Empty => {}
                Cell::Number(n) => {
                    data.write_number(r, c, *n).map_err(err)?;
                }
                Cell::Text(s) => {
                    data.write_string(r, c, cell_text(s).as_ref())
                        .map_err(err)?;
                }
            }
        }
    }
    data.set_freeze_panes(1, 0).map_err(err)?;
    let book_sheet = book.add_worksheet();
    book_sheet.set_name("codebook").map_err(err)?;
    for (c, h) in t.codebook_headings.iter().enumerate() {
        book_sheet
            .write_string_with_format(0, c as u16, *h, &bold)
            .map_err(err)?;
    }
    for (r, col) in t.columns.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| "too many rows".to_string())?;
        for (c, text) in [
            col.name.as_str(),
            col.question.as_str(),
            col.wording.as_str(),
            col.kind,
            col.values.as_str(),
        ]
        .iter()
        .enumerate()
        {
            if !text.is_empty() {
                book_sheet.write_string(r, c as u16, *text).map_err(err)?;
            }
        }
    }
    book.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept_plain() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("@SUM(A1)"), "'@SUM(A1)");
        // A leading minus in text is defused too (numbers are written as numbers).
        assert_eq!(defused("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
        assert_eq!(defused("12 - 3"), "12 - 3");
        assert_eq!(number_text(3.0), "3");
        let long = "é".repeat(40_000);
        let cut = cell_text(&long);
        assert_eq!(cut.chars().count(), XLSX_CELL_MAX);
        assert!(cut.ends_with(" […]"));
        assert_eq!(cell_text("short"), "short");
        assert_eq!(number_text(12.5), "12.5");
    }
}
