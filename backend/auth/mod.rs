//! Accounts and sessions: sign-in, sign-out, passwords, one-time links, and the
//! [`Viewer`] through which every request's identity is checked.
//!
//! The platform is closed: accounts come from administrators (and later from
//! invitations); there is no open registration.

mod accounts;
mod context;
pub mod graphql;
mod mails;
pub mod model;
pub mod password;
mod recovery;
mod session;
pub(crate) mod store;
pub mod token;

pub use accounts::{
    InvitedAccount, account, account_by_email, create_account, create_invited_account,
    first_admin_link, hash_new_password, setup_first_admin, update_profile,
};
pub use context::{RequestContext, clear_session_cookie, request, set_session_cookie, viewer};
pub use recovery::{change_password, password_link, request_password_reset, reset_password};
pub use session::{
    delete_idle_sessions, login, logout, revoke_session, sessions, viewer_for_token,
};

use chrono::Duration;

use self::{
    model::{Account, AccountId, SessionId, TokenPurpose},
    password::NewPassword,
};
use crate::{
    error::{AppError, AppResult, Reason},
    state::AppState,
};

/// How long a password reset link stays valid.
pub(super) const RESET_LINK_VALIDITY: Duration = Duration::hours(1);
/// How long a setup link (first administrator, new account) stays valid.
pub(super) const SETUP_LINK_VALIDITY: Duration = Duration::hours(24);
/// Password reset mails per account and hour; more requests are silently dropped.
pub(super) const RESET_MAILS_PER_HOUR: u32 = 5;
/// A session's last use is written at most this often.
pub(super) const TOUCH_INTERVAL: Duration = Duration::minutes(1);

/// The signed-in person making a request. Every use case that needs an identity
/// takes a `&Viewer`; there is no other way to act as someone.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub account: Account,
    pub session_id: SessionId,
}

impl Viewer {
    /// The account id.
    pub fn id(&self) -> AccountId {
        self.account.id
    }

    /// Platform administrators may do everything.
    pub fn require_admin(&self) -> AppResult<()> {
        if self.account.is_admin {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Where a request comes from, for throttling and the session list.
#[derive(Clone, Debug, Default)]
pub struct Client {
    pub ip: String,
    pub user_agent: String,
    /// The session secret from the request's cookie, if any.
    pub session_token: Option<String>,
}

/// A new session: the cookie secret to hand out, and the account.
pub struct SignedIn {
    pub token: String,
    pub account: Account,
}

pub(super) async fn hash_password(state: &AppState, password: NewPassword) -> AppResult<String> {
    Ok(state
        .password_hashing
        .run(move || password.hash())
        .await??)
}

pub(super) fn invalid_link() -> AppError {
    AppError::bad_input(
        "token",
        Reason::InvalidLink,
        "the link is invalid, expired or already used",
    )
}

/// Stores a new one-time token (replacing unused ones of the same purpose and account)
/// and returns the link that carries it.
pub(super) async fn issue_link(
    tx: &mut crate::db::Tx,
    state: &AppState,
    purpose: TokenPurpose,
    account: Option<AccountId>,
    validity: Duration,
) -> AppResult<String> {
    let now = state.clock.now();
    store::delete_unused_tokens(tx, purpose, account).await?;
    let (secret, hash) = token::generate();
    store::insert_token(tx, purpose, account, &hash, now + validity, now).await?;
    let path = match purpose {
        TokenPurpose::FirstAdmin => "setup",
        TokenPurpose::Password => "set-password",
    };
    Ok(format!("{}/{path}?token={secret}", state.public_url))
}
