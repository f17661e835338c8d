//! Notices and acknowledgement requests: their types and the rules of their input.

use chrono::{DateTime, Utc};

pub use crate::ids::{AcknowledgementRequestId, NoticeId};
use crate::{
    discussions::model::{PostBody, PostId, ThreadId, ThreadTitle},
    error::{AppError, AppResult, Reason},
    ids::{AccountId, GroupId, OrganizationId, stored_as_text},
};

/// A notice as one viewer sees it: the notice row with its thread's title, author and
/// text (the opening post), the viewer's read state and the acknowledgement request.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NoticeRow {
    pub id: NoticeId,
    pub group_id: GroupId,
    pub thread_id: ThreadId,
    pub important: bool,
    pub expires_at: Option<DateTime<Utc>>,
    pub pin_position: Option<i32>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub title: String,
    pub author_id: Option<AccountId>,
    pub reply_count: i32,
    pub deleted_at: Option<DateTime<Utc>>,
    pub opening_post_id: PostId,
    pub body_html: String,
    pub edited_at: Option<DateTime<Utc>>,
    /// The viewer's read marker in the notice's thread (`None` or 0: never opened).
    pub last_read_seq: Option<i32>,
    /// Posts of the thread (the notice itself included) the viewer has not read.
    pub unread_count: i64,
    #[sqlx(flatten)]
    pub request: RequestColumns,
    /// When the viewer acknowledged the request.
    pub my_acknowledged_at: Option<DateTime<Utc>>,
    /// When someone of the viewer's office first acknowledged it.
    pub office_acknowledged_at: Option<DateTime<Utc>>,
}

/// The acknowledgement request columns of a notice row (all null without a request).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestColumns {
    pub request_id: Option<AcknowledgementRequestId>,
    pub request_mode: Option<String>,
    pub request_deadline: Option<DateTime<Utc>>,
    pub requested_by: Option<AccountId>,
    pub requested_at: Option<DateTime<Utc>>,
    pub request_closed_at: Option<DateTime<Utc>>,
    pub request_last_reminded_at: Option<DateTime<Utc>>,
}

impl NoticeRow {
    /// True once the expiry has passed: the notice left the board for the archive.
    pub fn expired_at(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }

    /// The notice's acknowledgement request, if it has one.
    pub fn request(&self) -> Option<AcknowledgementRequest> {
        let r = &self.request;
        Some(AcknowledgementRequest {
            id: r.request_id?,
            notice_id: self.id,
            group_id: self.group_id,
            thread_id: self.thread_id,
            mode: r.request_mode.clone()?.try_into().ok()?,
            deadline: r.request_deadline?,
            requested_by: r.requested_by,
            requested_at: r.requested_at?,
            closed_at: r.request_closed_at,
            last_reminded_at: r.request_last_reminded_at,
        })
    }
}

/// Who counts for an acknowledgement request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum AcknowledgementMode {
    /// Every member acknowledges for themselves.
    PerPerson,
    /// One person of an office acknowledges for every member of that office in the
    /// group; members without an office count for themselves.
    PerOffice,
}

stored_as_text!(AcknowledgementMode {
    PerPerson => "person",
    PerOffice => "office",
});

/// An acknowledgement request as stored.
#[derive(Clone, Debug)]
pub struct AcknowledgementRequest {
    pub id: AcknowledgementRequestId,
    pub notice_id: NoticeId,
    pub group_id: GroupId,
    pub thread_id: ThreadId,
    pub mode: AcknowledgementMode,
    pub deadline: DateTime<Utc>,
    pub requested_by: Option<AccountId>,
    pub requested_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub last_reminded_at: Option<DateTime<Utc>>,
}

impl AcknowledgementRequest {
    /// Open until a moderator closes it or its deadline passes.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.closed_at.is_none() && now < self.deadline
    }
}

/// A member who counts for a request (or did when it closed): the member, their
/// office, and (for frozen coverage) the unit's name as it was.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CountedMember {
    pub account_id: AccountId,
    pub name: String,
    pub organization_id: Option<OrganizationId>,
    pub organization_name: Option<String>,
}

/// One unit of a frozen coverage: an office or a person, with its name then.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct FrozenUnit {
    pub organization_id: Option<OrganizationId>,
    pub account_id: Option<AccountId>,
    pub name: String,
}

/// One acknowledgement with the person's name, the office they acknowledged for, and
/// whether they are still a member of the group.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AcknowledgementRow {
    pub account_id: AccountId,
    pub name: String,
    pub organization_id: Option<OrganizationId>,
    pub acknowledged_at: DateTime<Utc>,
    pub still_member: bool,
}

/// A notice as its author enters it, checked.
#[derive(Clone, Debug)]
pub struct NoticeInput {
    pub title: ThreadTitle,
    pub body: PostBody,
    pub important: bool,
    pub expires_at: Option<DateTime<Utc>>,
}

impl NoticeInput {
    /// Checks every field; an expiry must lie after `now`.
    pub fn parse(
        title: &str,
        body: &str,
        important: bool,
        expires_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> AppResult<NoticeInput> {
        if let Some(at) = expires_at {
            require_future("expiresAt", at, now)?;
        }
        Ok(NoticeInput {
            title: ThreadTitle::parse(title)?,
            body: PostBody::parse("body", body)?,
            important,
            expires_at,
        })
    }
}

/// BAD_USER_INPUT (`IN_PAST`, naming `field`) unless `at` lies after `now`.
pub fn require_future(field: &'static str, at: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<()> {
    if at <= now {
        return Err(AppError::bad_input(
            field,
            Reason::InPast,
            "must lie in the future",
        ));
    }
    Ok(())
}

/// Where a pinned notice moves in the pinned order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum PinMove {
    /// One place towards the top.
    Up,
    /// One place towards the bottom.
    Down,
}

/// Which notices of a group to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum NoticeList {
    /// The board: current notices, pinned first (in their order), then newest.
    Current,
    /// The archive: expired notices, newest first.
    Expired,
    /// Deleted notices, newest first (moderators).
    Deleted,
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    /// Expiry must lie ahead; title and body follow the thread rules.
    #[test]
    fn input_rules() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        assert!(
            NoticeInput::parse("Frist", "Text", false, Some(now + Duration::hours(1)), now).is_ok()
        );
        let past = NoticeInput::parse("Frist", "Text", false, Some(now), now).unwrap_err();
        assert_eq!(past.reason(), Some(Reason::InPast));
        assert!(NoticeInput::parse("ab", "Text", false, None, now).is_err());
        assert!(NoticeInput::parse("Frist", "  ", false, None, now).is_err());
    }

    /// A request is open until it is closed or its deadline passes.
    #[test]
    fn request_open() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let mut request = AcknowledgementRequest {
            id: AcknowledgementRequestId(uuid::Uuid::nil()),
            notice_id: NoticeId(uuid::Uuid::nil()),
            group_id: GroupId(uuid::Uuid::nil()),
            thread_id: ThreadId(uuid::Uuid::nil()),
            mode: AcknowledgementMode::PerOffice,
            deadline: now + Duration::days(7),
            requested_by: None,
            requested_at: now,
            closed_at: None,
            last_reminded_at: None,
        };
        assert!(request.is_open(now));
        assert!(!request.is_open(now + Duration::days(7)));
        request.closed_at = Some(now);
        assert!(!request.is_open(now));
    }
}
