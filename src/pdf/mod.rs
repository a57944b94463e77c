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

/// The engine, loaded the first time a document is made: its parsed fonts cost a server
/// that makes no PDF some 18 MB it would otherwise hold from start-up.
#[derive(Default)]
pub struct LazyEngine(std::sync::OnceLock<std::sync::Arc<Engine>>);

impl LazyEngine {
    pub fn get(&self) -> Result<std::sync::Arc<Engine>, PdfError> {
        if let Some(e) = self.0.get() {
            return Ok(e.clone());
        }
        // Two first uses at once may both load; one of them is kept.
        let loaded = std::sync::Arc::new(Engine::load()?);
        Ok(self.0.get_or_init(|| loaded).clone())
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

#[cfg(test)]
mod lazy_tests {
    use super::*;

    #[test]
    fn loaded_once_then_shared() {
        let lazy = LazyEngine::default();
        let first = lazy.get().expect("the fonts load");
        let again = lazy.get().expect("kept");
        assert!(
            std::sync::Arc::ptr_eq(&first, &again),
            "one engine, loaded once"
        );
    }
}
