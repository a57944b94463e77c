//! PDF documents: a model in, bytes out, no I/O. `layout` measures, wraps and paginates
//! with the embedded font's metrics; `charts` draws vector charts; `summary` composes the
//! comparative summary; `writer` turns pages into a deterministic PDF with printpdf.

pub mod charts;
pub mod fonts;
pub mod layout;
pub mod summary;
pub mod writer;

/// What the renderer needs once per process: the font metrics and the parsed faces.
#[derive(Debug)]
pub struct Engine {
    pub fonts: fonts::Fonts,
    faces: writer::Faces,
}

impl Engine {
    pub fn load() -> Result<Engine, PdfError> {
        Ok(Engine {
            fonts: fonts::Fonts::load().map_err(PdfError::Font)?,
            faces: writer::Faces::load().map_err(PdfError::Font)?,
        })
    }
}

/// A finished document.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font: {0}")]
    Font(String),
    #[error("layout: {0}")]
    Layout(String),
    #[error("writing: {0}")]
    Write(String),
}
