//! Links and their checks: the types and the rules of their input.

use chrono::{DateTime, Utc};

pub use crate::ids::LinkId;
use crate::{
    discussions::model::{PostBody, PostId, ThreadId, ThreadTitle, parse_tags},
    error::{AppError, AppResult, Reason},
    ids::{AccountId, GroupId, stored_as_text},
    outbound::{self, MAX_URL_CHARS, UrlError},
};

/// A link as one viewer sees it: the link row with its thread's title, author and
/// description (the opening post), the viewer's read state and the last check.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LinkRow {
    pub id: LinkId,
    pub group_id: GroupId,
    pub thread_id: ThreadId,
    pub url: String,
    pub normalised_url: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[sqlx(flatten)]
    pub check: CheckColumns,
    pub title: String,
    /// The title as the database lower-cases it for the title order (SQLite only
    /// ASCII letters): the cursor must hold what the database compared.
    pub title_key: String,
    pub author_id: Option<AccountId>,
    pub reply_count: i32,
    pub deleted_at: Option<DateTime<Utc>>,
    pub opening_post_id: PostId,
    /// The description's markdown source, for the edit form.
    pub body: String,
    pub body_html: String,
    pub edited_at: Option<DateTime<Utc>>,
    /// Posts of the thread the viewer has not read (the link itself while new).
    pub unread_count: i64,
}

/// The stored result of a link's last check (all null before the first).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CheckColumns {
    pub check_status: Option<String>,
    pub check_reason: Option<String>,
    pub check_detail: Option<String>,
    pub moved_to: Option<String>,
    pub checked_at: Option<DateTime<Utc>>,
}

impl CheckColumns {
    /// The status of the last check; unchecked before the first.
    pub fn status(&self) -> LinkStatus {
        self.check_status
            .clone()
            .and_then(|code| code.try_into().ok())
            .unwrap_or(LinkStatus::Unchecked)
    }

    /// Why the link is broken, for status broken.
    pub fn reason(&self) -> Option<CheckReason> {
        self.check_reason
            .clone()
            .and_then(|code| code.try_into().ok())
    }
}

/// What the last check of a link found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
#[graphql(name = "LinkStatus")]
pub enum LinkStatus {
    /// Not checked yet (or not since its address changed).
    Unchecked,
    /// The page answered.
    Ok,
    /// The page answered through a permanent redirect: it lives at `movedTo` now.
    Moved,
    /// The page did not answer, or with an error (`checkReason` says why).
    Broken,
}

stored_as_text!(LinkStatus {
    Unchecked => "unchecked",
    Ok => "ok",
    Moved => "moved",
    Broken => "broken",
});

/// Why a check found a link broken (the fetcher's codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
#[graphql(name = "LinkCheckReason")]
pub enum CheckReason {
    /// The server answered with a 4xx or 5xx status (`checkDetail` holds it).
    HttpStatus,
    /// No complete answer within the time limit.
    Timeout,
    /// The host name has no address.
    DnsFailure,
    /// No connection, or it broke before an answer.
    ConnectionFailed,
    /// The TLS handshake failed (e.g. an invalid or expired certificate).
    TlsError,
    /// More than five redirects.
    TooManyRedirects,
    /// The server does not fetch from there: a local, private or reserved address,
    /// or a port that is not allowed (`checkDetail` says which).
    RefusedTarget,
    /// A redirect pointed to an address a link may not have.
    InvalidUrl,
}

stored_as_text!(CheckReason {
    HttpStatus => "http_status",
    Timeout => "timeout",
    DnsFailure => "dns_failure",
    ConnectionFailed => "connection_failed",
    TlsError => "tls_error",
    TooManyRedirects => "too_many_redirects",
    RefusedTarget => "refused_target",
    InvalidUrl => "invalid_url",
});

/// A link's address, checked: http or https, with a host, without userinfo, at most
/// [`MAX_URL_CHARS`] characters; with its normal form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkUrl {
    /// As entered, without surrounding white space.
    pub url: String,
    /// The normal form under which two links of a group are the same.
    pub normalised: String,
}

impl LinkUrl {
    /// Checks an address entered in `field`.
    pub fn parse(field: &'static str, raw: &str) -> AppResult<LinkUrl> {
        let url = raw.trim();
        if url.is_empty() {
            return Err(AppError::bad_input(
                field,
                Reason::Required,
                "must not be empty",
            ));
        }
        let normalised = outbound::normalise_url(url).map_err(|error| match error {
            UrlError::TooLong => AppError::bad_input(
                field,
                Reason::TooLong,
                format!("must be at most {MAX_URL_CHARS} characters"),
            )
            .max(MAX_URL_CHARS),
            UrlError::Scheme => AppError::bad_input(
                field,
                Reason::UnsupportedScheme,
                "must be an http:// or https:// address",
            ),
            UrlError::Userinfo => AppError::bad_input(
                field,
                Reason::UrlUserinfo,
                "must not hold a user name or password",
            ),
            UrlError::NotAUrl => AppError::bad_input(
                field,
                Reason::InvalidUrl,
                "must be a web address like https://example.org/page",
            ),
        })?;
        Ok(LinkUrl {
            url: url.to_owned(),
            normalised,
        })
    }
}

/// A link as a member enters it, checked.
#[derive(Clone, Debug)]
pub struct LinkInput {
    pub url: LinkUrl,
    pub title: ThreadTitle,
    pub description: PostBody,
    pub tags: Vec<String>,
}

impl LinkInput {
    /// Checks every field.
    pub fn parse(url: &str, title: &str, description: &str, tags: &[String]) -> AppResult<Self> {
        Ok(LinkInput {
            url: LinkUrl::parse("url", url)?,
            title: ThreadTitle::parse(title)?,
            description: PostBody::parse("description", description)?,
            tags: parse_tags(tags)?,
        })
    }
}

/// The orders of a group's link list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, async_graphql::Enum)]
pub enum LinkSort {
    /// Newest first (the default).
    #[default]
    Newest,
    /// By title, A to Z.
    Title,
    /// Most comments first.
    MostDiscussed,
}

/// The order of a list of links: one a member picks, or the moderators' link check
/// list (broken first, then moved, unchecked, ok).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkOrder {
    Sort(LinkSort),
    ProblemsFirst,
}

/// Which links of a group to list.
#[derive(Clone, Debug, Default)]
pub struct LinkFilter {
    /// Only links with this tag (normalised like tags are).
    pub tag: Option<String>,
    /// Only links whose last check found this.
    pub status: Option<LinkStatus>,
    /// The deleted links instead (moderators).
    pub deleted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Addresses are trimmed and checked, and each broken rule has its reason.
    #[test]
    fn link_urls_follow_the_rules() {
        let url = LinkUrl::parse("url", "  HTTPS://Example.org/a/?utm_source=x#top ").unwrap();
        assert_eq!(url.url, "HTTPS://Example.org/a/?utm_source=x#top");
        assert_eq!(url.normalised, "https://example.org/a");
        for (raw, reason) in [
            ("", Reason::Required),
            ("javascript:alert(1)", Reason::UnsupportedScheme),
            ("ftp://example.org/", Reason::UnsupportedScheme),
            ("http://user@example.org/", Reason::UrlUserinfo),
            ("example.org", Reason::InvalidUrl),
        ] {
            assert_eq!(
                LinkUrl::parse("url", raw).unwrap_err().reason(),
                Some(reason),
                "{raw}"
            );
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS));
        assert_eq!(
            LinkUrl::parse("url", &long).unwrap_err().reason(),
            Some(Reason::TooLong)
        );
    }
}
