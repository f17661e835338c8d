//! Groups, memberships, invitations and join requests: their types and rules.

use chrono::{DateTime, Utc};

pub use crate::ids::{GroupId, InvitationId, JoinRequestId};
use crate::{
    auth::model::{AccountId, Email},
    error::{AppError, AppResult, Reason},
    ids::stored_as_text,
    orgs::model::OrganizationId,
    rules::{Description, parse_name},
};

/// What the member list is narrowed to: a search term (in the name, the function in the
/// office or the office's name), a role, an office. The default shows everyone.
#[derive(Clone, Debug, Default)]
pub struct MemberFilter {
    pub search: Option<String>,
    pub role: Option<GroupRole>,
    pub organization: Option<OrganizationId>,
}

/// A person's role in one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum GroupRole {
    /// Manages the group: members, invitations, requests, settings; moderates content.
    Moderator,
    /// Reads and contributes.
    Member,
    /// Reads only.
    Guest,
}

stored_as_text!(GroupRole {
    Moderator => "moderator",
    Member => "member",
    Guest => "guest",
});

impl GroupRole {
    /// Higher means more rights: guest < member < moderator.
    pub fn rank(self) -> u8 {
        match self {
            GroupRole::Guest => 0,
            GroupRole::Member => 1,
            GroupRole::Moderator => 2,
        }
    }

    /// The role with more rights of the two.
    pub fn higher(self, other: GroupRole) -> GroupRole {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }
}

/// Who can see that a group exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum GroupVisibility {
    /// Every signed-in person sees name and description and may ask to join.
    Listed,
    /// Only members know the group exists.
    Secret,
}

stored_as_text!(GroupVisibility {
    Listed => "listed",
    Secret => "secret",
});

/// How people become members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum JoinPolicy {
    /// Only by invitation from a moderator.
    Invitation,
    /// Also by request, which a moderator approves.
    Request,
}

stored_as_text!(JoinPolicy {
    Invitation => "invitation",
    Request => "request",
});

/// Who may put up notices on the group's pinboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum NoticePosting {
    /// Only moderators (the default).
    Moderators,
    /// Members and moderators (not guests).
    Members,
}

stored_as_text!(NoticePosting {
    Moderators => "moderators",
    Members => "members",
});

/// A group as stored, with its member count.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub description: String,
    pub description_html: String,
    #[sqlx(try_from = "String")]
    pub visibility: GroupVisibility,
    #[sqlx(try_from = "String")]
    pub join_policy: JoinPolicy,
    #[sqlx(try_from = "String")]
    pub notice_posting: NoticePosting,
    pub created_at: DateTime<Utc>,
    pub member_count: i64,
}

/// A group's name: 1–200 characters after trimming, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupName(String);

impl GroupName {
    /// Trims and checks the name.
    pub fn parse(raw: &str) -> AppResult<GroupName> {
        Ok(GroupName(parse_name("name", raw)?))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The settings of a group as an administrator or moderator enters them.
#[derive(Clone, Debug)]
pub struct GroupSettings {
    pub name: GroupName,
    pub description: Description,
    pub visibility: GroupVisibility,
    pub join_policy: JoinPolicy,
    /// `None`: moderators only for a new group, unchanged for an existing one.
    pub notice_posting: Option<NoticePosting>,
}

impl GroupSettings {
    /// Checks every field. Secret groups admit by invitation only: nobody outside can
    /// find them to ask.
    pub fn parse(
        name: &str,
        description: Option<&str>,
        visibility: GroupVisibility,
        join_policy: JoinPolicy,
        notice_posting: Option<NoticePosting>,
    ) -> AppResult<GroupSettings> {
        if visibility == GroupVisibility::Secret && join_policy == JoinPolicy::Request {
            return Err(AppError::bad_input(
                "joinPolicy",
                Reason::SecretNeedsInvitation,
                "secret groups admit members by invitation only",
            ));
        }
        Ok(GroupSettings {
            name: GroupName::parse(name)?,
            description: Description::parse(description)?,
            visibility,
            join_policy,
            notice_posting,
        })
    }
}

/// The most characters of a personal message (with an invitation or a join request).
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// An optional personal message in plain text: trimmed, empty means none, at most
/// 2000 characters. Errors name `field`.
pub fn parse_message(field: &'static str, raw: Option<&str>) -> AppResult<Option<String>> {
    let Some(message) = raw.map(str::trim).filter(|m| !m.is_empty()) else {
        return Ok(None);
    };
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Err(AppError::bad_input(
            field,
            Reason::TooLong,
            format!("must be at most {MAX_MESSAGE_CHARS} characters"),
        )
        .max(MAX_MESSAGE_CHARS));
    }
    Ok(Some(message.to_owned()))
}

/// One person's membership in a group, as listed.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Membership {
    pub group_id: GroupId,
    pub account_id: AccountId,
    #[sqlx(try_from = "String")]
    pub role: GroupRole,
    pub joined_at: DateTime<Utc>,
}

/// The most addresses one `inviteToGroup` call may carry.
pub const MAX_INVITATIONS_PER_CALL: usize = 100;

/// The addresses of one invitation call: 1–100 valid addresses, normalised, without
/// duplicates, in the order given.
pub fn parse_invitation_emails(raw: &[String]) -> AppResult<Vec<Email>> {
    if raw.is_empty() {
        return Err(AppError::bad_input(
            "emails",
            Reason::Required,
            "name at least one address",
        ));
    }
    if raw.len() > MAX_INVITATIONS_PER_CALL {
        return Err(AppError::bad_input(
            "emails",
            Reason::TooMany,
            format!("at most {MAX_INVITATIONS_PER_CALL} addresses at once"),
        )
        .max(MAX_INVITATIONS_PER_CALL));
    }
    let mut emails: Vec<Email> = Vec::with_capacity(raw.len());
    for (index, address) in raw.iter().enumerate() {
        let email = Email::parse(address).map_err(|_| {
            AppError::bad_input(
                "emails",
                Reason::InvalidEmail,
                format!("{:?} is not a valid email address", address.trim()),
            )
            .at(index)
        })?;
        if !emails.contains(&email) {
            emails.push(email);
        }
    }
    Ok(emails)
}

/// Where an invitation stands, as shown to moderators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum InvitationStatus {
    /// Sent, not yet used, still valid.
    Pending,
    /// Used: the person joined.
    Accepted,
    /// Withdrawn by a moderator.
    Revoked,
    /// Not used within its 14 days.
    Expired,
}

/// The stored state of an invitation (expiry is derived from `expires_at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredInvitationStatus {
    Pending,
    Accepted,
    Revoked,
}

stored_as_text!(StoredInvitationStatus {
    Pending => "pending",
    Accepted => "accepted",
    Revoked => "revoked",
});

/// An invitation as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Invitation {
    pub id: InvitationId,
    pub group_id: GroupId,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: GroupRole,
    pub message: Option<String>,
    pub organization_id: Option<OrganizationId>,
    pub invited_by: Option<AccountId>,
    #[sqlx(try_from = "String")]
    pub status: StoredInvitationStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl Invitation {
    /// The status at `now`: a pending invitation past its expiry is expired.
    pub fn status_at(&self, now: DateTime<Utc>) -> InvitationStatus {
        match self.status {
            StoredInvitationStatus::Accepted => InvitationStatus::Accepted,
            StoredInvitationStatus::Revoked => InvitationStatus::Revoked,
            StoredInvitationStatus::Pending if self.expires_at <= now => InvitationStatus::Expired,
            StoredInvitationStatus::Pending => InvitationStatus::Pending,
        }
    }
}

/// Where a join request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum JoinRequestStatus {
    /// Waiting for a moderator.
    Pending,
    /// Admitted: the person is a member.
    Approved,
    /// Refused by a moderator.
    Declined,
    /// Taken back by the person who asked.
    Withdrawn,
}

stored_as_text!(JoinRequestStatus {
    Pending => "pending",
    Approved => "approved",
    Declined => "declined",
    Withdrawn => "withdrawn",
});

/// A join request as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct JoinRequest {
    pub id: JoinRequestId,
    pub group_id: GroupId,
    pub account_id: AccountId,
    pub message: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: JoinRequestStatus,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names are trimmed, 1–200 characters, without control characters.
    #[test]
    fn name_rules() {
        assert_eq!(
            GroupName::parse("  KAoA Münster ").unwrap().as_str(),
            "KAoA Münster"
        );
        assert!(GroupName::parse(" ").is_err());
        assert!(GroupName::parse(&"ß".repeat(200)).is_ok());
        assert!(GroupName::parse(&"ß".repeat(201)).is_err());
        assert!(GroupName::parse("a\u{7}b").is_err());
    }

    /// Descriptions are at most 20 000 characters and rendered to clean HTML.
    #[test]
    fn description_rules() {
        let d = Description::parse(Some("**Hallo** <script>x</script>")).unwrap();
        assert_eq!(d.source, "**Hallo** <script>x</script>");
        assert!(d.html.contains("<strong>Hallo</strong>") && !d.html.contains("<script"));
        assert_eq!(Description::parse(None).unwrap().html, "");
        assert!(Description::parse(Some(&"x".repeat(20_000))).is_ok());
        assert!(Description::parse(Some(&"x".repeat(20_001))).is_err());
    }

    /// Secret groups cannot take join requests.
    #[test]
    fn secret_groups_admit_by_invitation_only() {
        let err = GroupSettings::parse(
            "G",
            None,
            GroupVisibility::Secret,
            JoinPolicy::Request,
            None,
        )
        .unwrap_err();
        assert_eq!(err.code(), "BAD_USER_INPUT");
        assert!(
            GroupSettings::parse(
                "G",
                None,
                GroupVisibility::Listed,
                JoinPolicy::Request,
                None
            )
            .is_ok()
        );
    }

    /// Messages are optional, at most 2000 characters, line breaks allowed.
    #[test]
    fn message_rules() {
        assert_eq!(parse_message("message", Some("  ")).unwrap(), None);
        assert_eq!(
            parse_message("message", Some(" Hallo\nzusammen ")).unwrap(),
            Some("Hallo\nzusammen".to_owned())
        );
        assert!(parse_message("message", Some(&"x".repeat(2001))).is_err());
    }

    /// Invitation addresses: 1–100, each valid (the error names the bad one), deduplicated.
    #[test]
    fn invitation_address_rules() {
        let emails =
            parse_invitation_emails(&["A@x.de".into(), " a@x.de".into(), "b@x.de".into()]).unwrap();
        assert_eq!(emails.len(), 2);
        let AppError::BadInput { message, index, .. } =
            parse_invitation_emails(&["a@x.de".into(), "kaputt".into()]).unwrap_err()
        else {
            panic!("expected bad input");
        };
        assert!(message.contains("kaputt"), "{message}");
        assert_eq!(index, Some(1));
        assert!(parse_invitation_emails(&[]).is_err());
        let many: Vec<String> = (0..101).map(|i| format!("p{i}@x.de")).collect();
        assert!(parse_invitation_emails(&many).is_err());
        assert!(parse_invitation_emails(&many[..100]).is_ok());
    }

    /// Roles order guest < member < moderator.
    #[test]
    fn role_order() {
        assert_eq!(
            GroupRole::Member.higher(GroupRole::Moderator),
            GroupRole::Moderator
        );
        assert_eq!(
            GroupRole::Member.higher(GroupRole::Guest),
            GroupRole::Member
        );
        assert_eq!(
            GroupRole::try_from("guest".to_owned()),
            Ok(GroupRole::Guest)
        );
        assert!(GroupRole::try_from("owner".to_owned()).is_err());
    }
}
