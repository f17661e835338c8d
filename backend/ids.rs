//! The typed ids of every domain, one newtype per kind of thing, and
//! [`stored_as_text!`] for enums stored as text. Each domain's `model` re-exports its
//! own ids.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct AccountId(pub Uuid);

/// Identifies a session (the public id shown in the session list, not the cookie secret).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct SessionId(pub Uuid);

/// Identifies an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct OrganizationId(pub Uuid);

/// Identifies a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct RegionId(pub Uuid);

/// Identifies a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct GroupId(pub Uuid);

/// Identifies an invitation to a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct InvitationId(pub Uuid);

/// Identifies a request to join a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct JoinRequestId(pub Uuid);

/// Identifies a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct ThreadId(pub Uuid);

/// Identifies a post (the opening post of a thread or a reply).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct PostId(pub Uuid);

/// Identifies a discussion category of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct CategoryId(pub Uuid);

/// Identifies a notice on a group's pinboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct NoticeId(pub Uuid);

/// Identifies a request to acknowledge a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct AcknowledgementRequestId(pub Uuid);

/// Identifies a link in a group's link list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct LinkId(pub Uuid);

/// Identifies a notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(transparent)]
pub struct NotificationId(pub Uuid);

/// Implements `code()` (the text stored in the database) and `TryFrom<String>` (for
/// reading it back) for an enum stored as text.
macro_rules! stored_as_text {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The code stored in the database.
            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code,)+
                }
            }
        }

        impl TryFrom<String> for $ty {
            type Error = String;

            fn try_from(code: String) -> Result<Self, String> {
                match code.as_str() {
                    $($code => Ok($ty::$variant),)+
                    other => Err(format!("unknown {} {other:?}", stringify!($ty))),
                }
            }
        }
    };
}
pub(crate) use stored_as_text;
