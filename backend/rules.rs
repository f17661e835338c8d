//! The input rules several domains share: names, optional one-line texts, phone numbers
//! and markdown descriptions.

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

/// An optional line of text (a function in an office, …): trimmed, empty means none, at
/// most `max` characters, on one line. Errors name `field`.
pub fn parse_optional_line(
    field: &'static str,
    raw: Option<&str>,
    max: usize,
) -> AppResult<Option<String>> {
    let Some(line) = raw.map(str::trim).filter(|l| !l.is_empty()) else {
        return Ok(None);
    };
    if line.chars().count() > max {
        return Err(AppError::bad_input(
            field,
            Reason::TooLong,
            format!("must be at most {max} characters"),
        )
        .max(max));
    }
    if line.chars().any(char::is_control) {
        return Err(AppError::bad_input(
            field,
            Reason::NotOneLine,
            "must be one line",
        ));
    }
    Ok(Some(line.to_owned()))
}

/// The most characters a search term may have.
pub const MAX_SEARCH_CHARS: usize = 200;

/// A search term of a list filter: trimmed, empty means no filter, at most 200
/// characters (errors name `search`).
pub fn parse_search(raw: Option<&str>) -> AppResult<Option<String>> {
    let Some(term) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if term.chars().count() > MAX_SEARCH_CHARS {
        return Err(AppError::bad_input(
            "search",
            Reason::TooLong,
            format!("must be at most {MAX_SEARCH_CHARS} characters"),
        )
        .max(MAX_SEARCH_CHARS));
    }
    Ok(Some(term.to_owned()))
}

/// The most characters a phone number may have.
pub const MAX_PHONE_CHARS: usize = 50;

/// An optional phone number: trimmed, empty means none; at most 50 characters of
/// digits, spaces and `+ ( ) / -`, with at least one digit. Errors name `field`.
pub fn parse_phone(field: &'static str, raw: Option<&str>) -> AppResult<Option<String>> {
    let Some(phone) = parse_optional_line(field, raw, MAX_PHONE_CHARS)? else {
        return Ok(None);
    };
    let allowed = |c: char| c.is_ascii_digit() || " +()/-".contains(c);
    if !phone.chars().all(allowed) || !phone.chars().any(|c| c.is_ascii_digit()) {
        return Err(AppError::bad_input(
            field,
            Reason::InvalidPhone,
            "is not a phone number (digits, spaces and + ( ) / -)",
        ));
    }
    Ok(Some(phone))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(result: AppResult<Option<String>>) -> Reason {
        match result {
            Err(AppError::BadInput { reason, .. }) => reason,
            other => panic!("expected bad input, got {other:?}"),
        }
    }

    /// Phone numbers keep their form; anything but digits, spaces and `+ ( ) / -` is
    /// refused, as are numbers without a digit and overlong ones.
    #[test]
    fn phone_numbers() {
        let phone = |raw| parse_phone("phone", Some(raw));
        assert_eq!(
            phone(" +49 (2861) 82-1234 ").unwrap().as_deref(),
            Some("+49 (2861) 82-1234")
        );
        assert_eq!(
            phone("0251 / 411-0").unwrap().as_deref(),
            Some("0251 / 411-0")
        );
        assert_eq!(phone("  ").unwrap(), None);
        assert_eq!(parse_phone("phone", None).unwrap(), None);
        assert_eq!(reason(phone("bitte anrufen")), Reason::InvalidPhone);
        assert_eq!(reason(phone("+-()")), Reason::InvalidPhone);
        assert_eq!(reason(phone(&"1".repeat(51))), Reason::TooLong);
    }

    /// Optional lines: empty is none, overlong and multi-line text is refused.
    #[test]
    fn optional_lines() {
        assert_eq!(
            parse_optional_line("f", Some(" a "), 3).unwrap().as_deref(),
            Some("a")
        );
        assert_eq!(parse_optional_line("f", Some(""), 3).unwrap(), None);
        assert_eq!(
            reason(parse_optional_line("f", Some("abcd"), 3)),
            Reason::TooLong
        );
        assert_eq!(
            reason(parse_optional_line("f", Some("a\nb"), 3)),
            Reason::NotOneLine
        );
    }
}
