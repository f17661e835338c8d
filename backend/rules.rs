//! The input rules several domains share: names and markdown descriptions.

use crate::{
    error::{AppError, AppResult, Reason},
    markdown,
};

/// A name of something (group, organisation): 1–200 characters after trimming, on one
/// line. Errors name `field`.
pub fn parse_name(field: &'static str, raw: &str) -> AppResult<String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(AppError::bad_input(
            field,
            Reason::Required,
            "must not be empty",
        ));
    }
    if name.chars().count() > 200 {
        return Err(
            AppError::bad_input(field, Reason::TooLong, "must be at most 200 characters").max(200),
        );
    }
    if name.chars().any(char::is_control) {
        return Err(AppError::bad_input(
            field,
            Reason::NotOneLine,
            "must be one line",
        ));
    }
    Ok(name.to_owned())
}

/// The most characters a description may have.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;

/// A markdown description: its source (at most 20 000 characters) and the clean HTML
/// rendered from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    pub source: String,
    pub html: String,
}

impl Description {
    /// Checks the length and renders the markdown; `None` is an empty description.
    pub fn parse(raw: Option<&str>) -> AppResult<Description> {
        let source = raw.unwrap_or_default().trim();
        if source.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(AppError::bad_input(
                "description",
                Reason::TooLong,
                format!("must be at most {MAX_DESCRIPTION_CHARS} characters"),
            )
            .max(MAX_DESCRIPTION_CHARS));
        }
        Ok(Description {
            source: source.to_owned(),
            html: markdown::to_html(source),
        })
    }
}
