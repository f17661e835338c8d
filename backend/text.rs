//! The one rule for text that comes in, whatever it is for.
//!
//! Every string a client sends (GraphQL variables and the string literals of the query
//! document) passes [`clean`] at the edge, before any resolver sees it, so the same
//! text is stored and compared on SQLite and on PostgreSQL:
//!
//! - NUL and the other control characters are refused, except tab and line breaks
//!   (PostgreSQL cannot store NUL in text at all; the others have no place in a forum's
//!   text and can hide content from readers);
//! - line breaks are written as `\n` (`\r\n` and a lone `\r` become `\n`), as browsers
//!   do for the text of a form;
//! - the text is brought into Unicode normalisation form C, so "ü" typed as one code
//!   point or as "u" plus a combining diaeresis is the same text for comparisons,
//!   uniqueness and search.
//!
//! The rules of each field (length, one line, allowed characters) come after this and
//! see only clean text.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A control character that the rule refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlCharacter {
    /// The refused character.
    pub character: char,
}

/// True for the control characters that text may not contain.
pub fn is_refused_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// Applies the rule to `raw`: the clean text (borrowed when `raw` is clean already), or
/// the first control character that makes it unacceptable.
pub fn clean(raw: &str) -> Result<Cow<'_, str>, ControlCharacter> {
    if let Some(character) = raw.chars().find(|&c| is_refused_control(c)) {
        return Err(ControlCharacter { character });
    }
    let text = if raw.contains('\r') {
        Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(raw)
    };
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Ok(text);
    }
    Ok(Cow::Owned(text.nfc().collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ordinary text, tabs and newlines pass unchanged and are not copied.
    #[test]
    fn clean_text_is_borrowed_unchanged() {
        for raw in ["", "Hallo", "Zeile 1\nZeile 2\tmit Tab", "Grüße aus Köln"] {
            assert!(
                matches!(clean(raw), Ok(Cow::Borrowed(text)) if text == raw),
                "{raw:?}"
            );
        }
    }

    /// NUL, BEL, ESC, DEL and C1 controls are refused, naming the character.
    #[test]
    fn control_characters_are_refused() {
        for c in ['\0', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}'] {
            let raw = format!("a{c}b");
            assert_eq!(clean(&raw), Err(ControlCharacter { character: c }), "{c:?}");
        }
    }

    /// Windows and old Mac line breaks become `\n`.
    #[test]
    fn line_breaks_become_newlines() {
        assert_eq!(clean("a\r\nb\rc\n").unwrap(), "a\nb\nc\n");
    }

    /// A decomposed umlaut is composed (NFC), so both spellings compare equal.
    #[test]
    fn text_is_normalised_to_nfc() {
        let decomposed = "Gru\u{308}\u{df}e";
        assert_eq!(clean(decomposed).unwrap(), "Grüße");
        assert_eq!(clean("Übergang").unwrap(), "Übergang");
    }
}
