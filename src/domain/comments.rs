//! The text of a comment, a return's reasons or a reopening's reason: validated once, on
//! construction, so the services never store a blank or a control character.

/// The longest comment kept, in characters: a long paragraph, not a document.
pub const MAX_CHARS: usize = 10_000;

/// A text that is not a valid comment (control characters, or too long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidComment;

/// Trimmed, not blank, at most [`MAX_CHARS`], no control characters but line breaks and tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentText(String);

impl CommentText {
    pub fn parse(s: &str) -> Option<CommentText> {
        let t = s.trim();
        let clean = !t.is_empty()
            && t.chars().count() <= MAX_CHARS
            && !t
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
        clean.then(|| CommentText(t.replace("\r\n", "\n")))
    }

    /// Blank means "no comment"; anything else must be a valid comment.
    pub fn optional(s: Option<&str>) -> Result<Option<CommentText>, InvalidComment> {
        match s.map(str::trim) {
            None | Some("") => Ok(None),
            Some(t) => CommentText::parse(t).map(Some).ok_or(InvalidComment),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_trimmed_and_never_blank() {
        assert_eq!(
            CommentText::parse("  Check B3.\r\nThanks ").map(CommentText::into_string),
            Some("Check B3.\nThanks".to_string())
        );
        assert_eq!(CommentText::parse(" \n\t "), None);
        assert_eq!(CommentText::parse("bell\u{7}"), None);
        assert_eq!(CommentText::parse(&"x".repeat(MAX_CHARS + 1)), None);
        assert!(CommentText::parse(&"é".repeat(MAX_CHARS)).is_some());
        assert_eq!(CommentText::optional(Some("   ")), Ok(None));
        assert_eq!(CommentText::optional(Some("\u{0}")), Err(InvalidComment));
    }
}
