//! The rules for what people type: thread titles, post bodies, tags, categories.

use crate::error::{AppError, AppResult, Reason};

/// Shortest thread title, in characters after trimming.
pub const TITLE_MIN_CHARS: usize = 3;
/// Longest thread title.
pub const TITLE_MAX_CHARS: usize = 200;
/// Longest post body (and draft), in characters.
pub const MAX_BODY_CHARS: usize = 100_000;
/// Most tags on a thread.
pub const MAX_TAGS: usize = 10;
/// Longest tag.
pub const MAX_TAG_CHARS: usize = 40;
/// Most people one post may mention.
pub const MAX_MENTIONS: usize = 50;
/// Longest category name.
pub const MAX_CATEGORY_NAME_CHARS: usize = 80;
/// Longest category description.
pub const MAX_CATEGORY_DESCRIPTION_CHARS: usize = 500;
/// Most categories per group.
pub const MAX_CATEGORIES: i64 = 100;

/// A thread title: 3–200 characters after trimming, on one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreadTitle(String);

impl ThreadTitle {
    /// Trims and checks the title.
    pub fn parse(raw: &str) -> AppResult<ThreadTitle> {
        let title = raw.trim();
        let chars = title.chars().count();
        if chars < TITLE_MIN_CHARS {
            return Err(AppError::bad_input(
                "title",
                Reason::TooShort,
                format!("must be at least {TITLE_MIN_CHARS} characters"),
            )
            .min(TITLE_MIN_CHARS));
        }
        if chars > TITLE_MAX_CHARS {
            return Err(AppError::bad_input(
                "title",
                Reason::TooLong,
                format!("must be at most {TITLE_MAX_CHARS} characters"),
            )
            .max(TITLE_MAX_CHARS));
        }
        if title.chars().any(char::is_control) {
            return Err(AppError::bad_input(
                "title",
                Reason::NotOneLine,
                "must be one line",
            ));
        }
        Ok(ThreadTitle(title.to_owned()))
    }

    /// The title.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The markdown source of a post: 1–100 000 characters after trimming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostBody(String);

impl PostBody {
    /// Trims and checks a body; errors name `field`.
    pub fn parse(field: &'static str, raw: &str) -> AppResult<PostBody> {
        let body = parse_text(field, raw)?;
        if body.is_empty() {
            return Err(AppError::bad_input(
                field,
                Reason::Required,
                "must not be empty",
            ));
        }
        Ok(PostBody(body))
    }

    /// The markdown source.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A draft's text: like a post body, but it may be empty.
pub fn parse_draft_text(field: &'static str, raw: &str) -> AppResult<String> {
    parse_text(field, raw)
}

fn parse_text(field: &'static str, raw: &str) -> AppResult<String> {
    let text = raw.trim();
    // Counting stops early, so a huge input costs no more than the limit.
    if text.chars().nth(MAX_BODY_CHARS).is_some() {
        return Err(AppError::bad_input(
            field,
            Reason::TooLong,
            format!("must be at most {MAX_BODY_CHARS} characters"),
        )
        .max(MAX_BODY_CHARS));
    }
    Ok(text.to_owned())
}

/// Tags as entered: at most 10, each 1–40 letters, digits, spaces, `-`, `_`, `.` or
/// `&`; normalised to lower case with single spaces and without a leading `#`;
/// duplicates dropped, order kept.
pub fn parse_tags(raw: &[String]) -> AppResult<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw {
        let tag = normalise_tag(tag)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(AppError::bad_input(
            "tags",
            Reason::TooMany,
            format!("at most {MAX_TAGS} tags"),
        )
        .max(MAX_TAGS));
    }
    Ok(tags)
}

/// One tag, normalised (see [`parse_tags`]).
pub fn normalise_tag(raw: &str) -> AppResult<String> {
    let words: Vec<String> = raw
        .trim()
        .trim_start_matches('#')
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let tag = words.join(" ");
    let chars = tag.chars().count();
    if chars == 0 || chars > MAX_TAG_CHARS {
        return Err(AppError::bad_input(
            "tags",
            Reason::TooLong,
            format!("each tag must be 1 to {MAX_TAG_CHARS} characters"),
        )
        .max(MAX_TAG_CHARS));
    }
    if !tag
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '&'))
    {
        return Err(AppError::bad_input(
            "tags",
            Reason::InvalidTag,
            "tags may hold letters, digits, spaces and - _ . & only",
        ));
    }
    Ok(tag)
}

/// A category's name and description as a moderator enters them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryData {
    /// 1–80 characters, unique in the group (ignoring case).
    pub name: String,
    /// Plain text, at most 500 characters.
    pub description: String,
    /// Where it appears in the group's list; `None` puts it last.
    pub position: Option<i32>,
}

impl CategoryData {
    /// Trims and checks the fields.
    pub fn parse(name: &str, description: Option<&str>, position: Option<i32>) -> AppResult<Self> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_CATEGORY_NAME_CHARS {
            return Err(AppError::bad_input(
                "name",
                Reason::TooLong,
                format!("must be 1 to {MAX_CATEGORY_NAME_CHARS} characters"),
            )
            .max(MAX_CATEGORY_NAME_CHARS));
        }
        if name.chars().any(char::is_control) {
            return Err(AppError::bad_input(
                "name",
                Reason::NotOneLine,
                "must be one line",
            ));
        }
        let description = description.unwrap_or_default().trim();
        if description.chars().count() > MAX_CATEGORY_DESCRIPTION_CHARS {
            return Err(AppError::bad_input(
                "description",
                Reason::TooLong,
                format!("must be at most {MAX_CATEGORY_DESCRIPTION_CHARS} characters"),
            )
            .max(MAX_CATEGORY_DESCRIPTION_CHARS));
        }
        if position.is_some_and(|p| p < 0) {
            return Err(AppError::bad_input(
                "position",
                Reason::OutOfRange,
                "must not be negative",
            )
            .min(0));
        }
        Ok(CategoryData {
            name: name.to_owned(),
            description: description.to_owned(),
            position,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::model::Reaction;

    fn field(err: AppError) -> String {
        match err {
            AppError::BadInput { field, .. } => field.into_owned(),
            other => panic!("expected bad input, got {other:?}"),
        }
    }

    /// Titles are trimmed and must have 3–200 characters on one line.
    #[test]
    fn title_rules() {
        assert_eq!(ThreadTitle::parse("  Ü25  ").unwrap().as_str(), "Ü25");
        for bad in ["", "  ", "ab", " ab ", "a\nbc"] {
            assert_eq!(
                field(ThreadTitle::parse(bad).unwrap_err()),
                "title",
                "{bad:?}"
            );
        }
        assert!(ThreadTitle::parse(&"ä".repeat(200)).is_ok());
        assert!(ThreadTitle::parse(&"ä".repeat(201)).is_err());
    }

    /// Bodies are trimmed, non-empty, at most 100 000 characters; drafts may be empty.
    #[test]
    fn body_rules() {
        assert_eq!(
            PostBody::parse("body", " *Hallo*\n").unwrap().as_str(),
            "*Hallo*"
        );
        assert!(PostBody::parse("body", " \n ").is_err());
        assert!(PostBody::parse("body", &"ä".repeat(MAX_BODY_CHARS)).is_ok());
        let err = PostBody::parse("body", &"a".repeat(MAX_BODY_CHARS + 1)).unwrap_err();
        assert!(err.message().contains("100000"), "{}", err.message());
        assert_eq!(parse_draft_text("body", "  ").unwrap(), "");
    }

    /// Tags are normalised and deduplicated; too many, empty, long or odd ones fail.
    #[test]
    fn tag_rules() {
        let tags = parse_tags(&[
            " #Gute   Praxis ".into(),
            "gute praxis".into(),
            "KAoA-STAR".into(),
        ])
        .unwrap();
        assert_eq!(tags, ["gute praxis", "kaoa-star"]);
        let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        assert!(parse_tags(&eleven).is_err());
        for bad in ["", " # ", "<b>", &"x".repeat(41)] {
            assert!(parse_tags(&[bad.to_owned()]).is_err(), "{bad:?}");
        }
    }

    /// Every reaction has an emoji and a stored code that reads back.
    #[test]
    fn reactions_round_trip() {
        for reaction in Reaction::ALL {
            assert!(!reaction.emoji().is_empty());
            assert_eq!(
                Reaction::try_from(reaction.code().to_owned()).unwrap(),
                reaction
            );
        }
    }
}
