//! Accounts and sessions: sign-in, sign-out, passwords, one-time links, and the
//! [`Viewer`] through which every request's identity is checked.
//!
//! The platform is closed: accounts come from administrators (and later from
//! invitations); there is no open registration.

pub mod graphql;
mod mails;
pub mod model;
pub mod password;
mod store;
pub mod token;

use chrono::Duration;

use self::{
    model::{Account, AccountId, DisplayName, Email, Language, Session, SessionId, TokenPurpose},
    password::NewPassword,
    store::{NewAccount, NewSession},
};
use crate::{
    app::AppState,
    clock,
    db::is_unique_violation,
    error::{AppError, AppResult},
};

/// How long a password reset link stays valid.
const RESET_LINK_VALIDITY: Duration = Duration::hours(1);
/// How long a setup link (first administrator, new account) stays valid.
const SETUP_LINK_VALIDITY: Duration = Duration::hours(24);
/// Password reset mails per account and hour; more requests are silently dropped.
const RESET_MAILS_PER_HOUR: u32 = 5;
/// A session's last use is written at most this often.
const TOUCH_INTERVAL: Duration = Duration::minutes(1);

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

/// Finds the viewer for a session secret; `None` for unknown or idle-expired sessions.
pub async fn viewer_for_token(state: &AppState, token: &str) -> AppResult<Option<Viewer>> {
    let now = clock::now();
    let Some(found) = store::session_by_token_hash(&state.db, &token::hash(token)).await? else {
        return Ok(None);
    };
    if found.last_seen_at + state.settings.session_idle() < now {
        return Ok(None);
    }
    if found.last_seen_at + TOUCH_INTERVAL < now {
        store::touch_session(&state.db, found.session_id, now).await?;
    }
    Ok(Some(Viewer {
        account: found.account,
        session_id: found.session_id,
    }))
}

/// Signs in with email and password and starts a new session (the old one from the
/// same browser, if any, ends: the session id rotates at every login).
///
/// Failed attempts are throttled per account and per client address.
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    client: &Client,
) -> AppResult<SignedIn> {
    let settings = &state.settings;
    let email_key = format!("login:account:{}", email.trim().to_lowercase());
    let ip_key = format!("login:ip:{}", client.ip);
    for (key, limit) in [
        (&email_key, settings.login_max_failures_per_account),
        (&ip_key, settings.login_max_failures_per_ip),
    ] {
        if let Some(retry_after) = state.limiter.exceeded(key, limit).await? {
            tracing::warn!(ip = %client.ip, "Login refused: too many failed attempts");
            return Err(AppError::RateLimited { retry_after });
        }
    }

    let account = match Email::parse(email) {
        Ok(email) => store::account_by_email(&state.db, email.as_str()).await?,
        Err(_) => None,
    };
    let verified = match account.as_ref().and_then(|a| a.password_hash.clone()) {
        Some(hash) => {
            let raw = password.to_owned();
            off_thread(move || password::verify(&raw, &hash)).await?
        }
        None => {
            let raw = password.to_owned();
            off_thread(move || password::verify_dummy(&raw)).await?;
            false
        }
    };
    let (Some(account), true) = (account, verified) else {
        state
            .limiter
            .hit(&email_key, settings.login_window())
            .await?;
        state.limiter.hit(&ip_key, settings.login_window()).await?;
        tracing::info!(ip = %client.ip, "Login failed");
        return Err(AppError::Unauthenticated);
    };
    state.limiter.clear(&email_key).await?;

    let mut tx = state.db.begin().await?;
    if let Some(old) = &client.session_token {
        store::delete_session_by_token_hash(&mut tx, &token::hash(old)).await?;
    }
    let token = start_session(&mut tx, account.id, client).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.id.0, "Signed in");
    Ok(SignedIn { token, account })
}

async fn start_session(
    tx: &mut crate::db::Tx,
    account_id: AccountId,
    client: &Client,
) -> AppResult<String> {
    let (token, hash) = token::generate();
    let user_agent: String = client.user_agent.chars().take(300).collect();
    store::insert_session(
        tx,
        &NewSession {
            token_hash: &hash,
            account_id,
            user_agent: &user_agent,
            ip: &client.ip,
        },
        clock::now(),
    )
    .await?;
    Ok(token)
}

/// Ends the viewer's current session on the server.
pub async fn logout(state: &AppState, viewer: &Viewer) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    store::delete_session(&mut tx, viewer.id(), viewer.session_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Changes the viewer's password after checking the current one. Every session of the
/// account ends, and the caller gets a fresh one.
pub async fn change_password(
    state: &AppState,
    viewer: &Viewer,
    current: &str,
    new: &str,
    client: &Client,
) -> AppResult<String> {
    let key = format!("login:account:{}", viewer.account.email);
    if let Some(retry_after) = state
        .limiter
        .exceeded(&key, state.settings.login_max_failures_per_account)
        .await?
    {
        return Err(AppError::RateLimited { retry_after });
    }
    let new = NewPassword::parse(new)?;
    let current_ok = match viewer.account.password_hash.clone() {
        Some(hash) => {
            let raw = current.to_owned();
            off_thread(move || password::verify(&raw, &hash)).await?
        }
        None => false,
    };
    if !current_ok {
        state
            .limiter
            .hit(&key, state.settings.login_window())
            .await?;
        return Err(AppError::bad_input(
            "current",
            "is not the current password",
        ));
    }
    let hash = hash_password(new).await?;
    let mut tx = state.db.begin().await?;
    store::set_password_hash(&mut tx, viewer.id(), &hash, clock::now()).await?;
    store::delete_sessions_of(&mut tx, viewer.id()).await?;
    let token = start_session(&mut tx, viewer.id(), client).await?;
    tx.commit().await?;
    tracing::info!(account.id = %viewer.id().0, "Password changed; other sessions ended");
    Ok(token)
}

/// Sends a password reset link to `email` if it belongs to an account. The answer is
/// the same either way, so the request does not reveal who has an account.
pub async fn request_password_reset(state: &AppState, email: &str) -> AppResult<()> {
    let Ok(email) = Email::parse(email) else {
        return Ok(());
    };
    let Some(account) = store::account_by_email(&state.db, email.as_str()).await? else {
        return Ok(());
    };
    let key = format!("reset:account:{}", account.id.0);
    if state
        .limiter
        .exceeded(&key, RESET_MAILS_PER_HOUR)
        .await?
        .is_some()
    {
        tracing::warn!(account.id = %account.id.0, "Password reset mail not sent: hourly limit reached");
        return Ok(());
    }
    state
        .limiter
        .hit(&key, std::time::Duration::from_secs(3600))
        .await?;

    let mut tx = state.db.begin().await?;
    let link = issue_link(
        &mut tx,
        state,
        TokenPurpose::Password,
        Some(account.id),
        RESET_LINK_VALIDITY,
    )
    .await?;
    let mail = mails::password_reset(state, &account, &link);
    state.queue_mail(&mut tx, &mail).await?;
    tx.commit().await?;
    state.wake_workers();
    Ok(())
}

/// Sets a new password with a one-time link from a reset mail or an admin. The link is
/// used up, and every session of the account ends.
pub async fn reset_password(state: &AppState, token: &str, new: &str) -> AppResult<()> {
    let new = NewPassword::parse(new)?;
    let hash = hash_password(new).await?;
    let mut tx = state.db.begin().await?;
    let account = store::consume_token(
        &mut tx,
        TokenPurpose::Password,
        &token::hash(token),
        clock::now(),
    )
    .await?
    .flatten()
    .ok_or_else(invalid_link)?;
    store::set_password_hash(&mut tx, account, &hash, clock::now()).await?;
    store::delete_sessions_of(&mut tx, account).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.0, "Password set with a one-time link");
    Ok(())
}

/// Password hashing is CPU-heavy: it runs on the blocking pool, off the request threads.
async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|err| AppError::from(anyhow::Error::from(err)))
}

async fn hash_password(password: NewPassword) -> AppResult<String> {
    Ok(off_thread(move || password.hash()).await??)
}

fn invalid_link() -> AppError {
    AppError::bad_input("token", "the link is invalid, expired or already used")
}

/// Creates the first administrator with the setup link from the server log, and signs
/// them in.
pub async fn setup_first_admin(
    state: &AppState,
    token: &str,
    email: &str,
    name: &str,
    password: &str,
    client: &Client,
) -> AppResult<SignedIn> {
    let email = Email::parse(email)?;
    let name = DisplayName::parse(name)?;
    let hash = hash_password(NewPassword::parse(password)?).await?;
    let mut tx = state.db.begin().await?;
    if store::any_admin(&mut tx).await? {
        return Err(invalid_link());
    }
    store::consume_token(
        &mut tx,
        TokenPurpose::FirstAdmin,
        &token::hash(token),
        clock::now(),
    )
    .await?
    .ok_or_else(invalid_link)?;
    let account = store::insert_account(
        &mut tx,
        &NewAccount {
            email: email.as_str(),
            name: name.as_str(),
            language: Language::De.code(),
            is_admin: true,
            password_hash: Some(&hash),
            organization_id: None,
        },
        clock::now(),
    )
    .await
    .map_err(account_conflict)?;
    let token = start_session(&mut tx, account.id, client).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.id.0, "First administrator created");
    Ok(SignedIn { token, account })
}

fn account_conflict(err: sqlx::Error) -> AppError {
    if is_unique_violation(&err) {
        AppError::Conflict("an account with this email address exists already".into())
    } else {
        err.into()
    }
}

/// Changes the viewer's name and/or language.
pub async fn update_profile(
    state: &AppState,
    viewer: &Viewer,
    name: Option<&str>,
    language: Option<Language>,
) -> AppResult<Account> {
    let name = match name {
        Some(name) => DisplayName::parse(name)?.as_str().to_owned(),
        None => viewer.account.name.clone(),
    };
    let language = language.unwrap_or(viewer.account.lang());
    let mut tx = state.db.begin().await?;
    let account =
        store::update_profile(&mut tx, viewer.id(), &name, language.code(), clock::now()).await?;
    tx.commit().await?;
    Ok(account)
}

/// The viewer's sessions, most recently used first.
pub async fn sessions(state: &AppState, viewer: &Viewer) -> AppResult<Vec<Session>> {
    Ok(store::sessions_of(&state.db, viewer.id()).await?)
}

/// Ends one of the viewer's sessions (for example a forgotten browser elsewhere).
pub async fn revoke_session(state: &AppState, viewer: &Viewer, id: SessionId) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    if !store::delete_session(&mut tx, viewer.id(), id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Deletes sessions unused for longer than the idle timeout; returns how many.
pub async fn delete_idle_sessions(state: &AppState) -> AppResult<u64> {
    let cutoff = clock::now() - state.settings.session_idle();
    Ok(store::delete_idle_sessions(&state.db, cutoff).await?)
}

/// Stores a new one-time token (replacing unused ones of the same purpose and account)
/// and returns the link that carries it.
async fn issue_link(
    tx: &mut crate::db::Tx,
    state: &AppState,
    purpose: TokenPurpose,
    account: Option<AccountId>,
    validity: Duration,
) -> AppResult<String> {
    let now = clock::now();
    store::delete_unused_tokens(tx, purpose, account).await?;
    let (secret, hash) = token::generate();
    store::insert_token(tx, purpose, account, &hash, now + validity, now).await?;
    let path = match purpose {
        TokenPurpose::FirstAdmin => "setup",
        TokenPurpose::Password => "set-password",
    };
    Ok(format!("{}/{path}?token={secret}", state.public_url))
}

/// On a server without administrator: a fresh setup link for the first one (valid
/// 24 hours, single use). `None` when an administrator exists.
pub async fn first_admin_link(state: &AppState) -> AppResult<Option<String>> {
    let mut tx = state.db.begin().await?;
    if store::any_admin(&mut tx).await? {
        return Ok(None);
    }
    let link = issue_link(
        &mut tx,
        state,
        TokenPurpose::FirstAdmin,
        None,
        SETUP_LINK_VALIDITY,
    )
    .await?;
    tx.commit().await?;
    Ok(Some(link))
}

/// Creates an account from the command line. With a password it can sign in at once;
/// without one, the returned link (valid 24 hours) lets the person set it.
pub async fn create_account(
    state: &AppState,
    email: &str,
    name: &str,
    is_admin: bool,
    password: Option<&str>,
) -> AppResult<(Account, Option<String>)> {
    let email = Email::parse(email)?;
    let name = DisplayName::parse(name)?;
    let hash = match password {
        Some(password) => Some(hash_password(NewPassword::parse(password)?).await?),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    let account = store::insert_account(
        &mut tx,
        &NewAccount {
            email: email.as_str(),
            name: name.as_str(),
            language: Language::De.code(),
            is_admin,
            password_hash: hash.as_deref(),
            organization_id: None,
        },
        clock::now(),
    )
    .await
    .map_err(account_conflict)?;
    let link = match hash {
        Some(_) => None,
        None => Some(
            issue_link(
                &mut tx,
                state,
                TokenPurpose::Password,
                Some(account.id),
                SETUP_LINK_VALIDITY,
            )
            .await?,
        ),
    };
    tx.commit().await?;
    Ok((account, link))
}

/// A one-time link to set a new password for `email`, for administrators (valid 1 hour).
pub async fn password_link(state: &AppState, email: &str) -> AppResult<String> {
    let email = Email::parse(email)?;
    let account = store::account_by_email(&state.db, email.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let link = issue_link(
        &mut tx,
        state,
        TokenPurpose::Password,
        Some(account.id),
        RESET_LINK_VALIDITY,
    )
    .await?;
    tx.commit().await?;
    Ok(link)
}

/// The account with this address, if any.
pub async fn account_by_email(state: &AppState, email: &Email) -> AppResult<Option<Account>> {
    Ok(store::account_by_email(&state.db, email.as_str()).await?)
}

/// Checks a new password against the rules and hashes it (off the request threads).
pub async fn hash_new_password(raw: &str) -> AppResult<String> {
    hash_password(NewPassword::parse(raw)?).await
}

/// A new account for a person who accepted an invitation.
pub struct InvitedAccount<'a> {
    pub email: &'a Email,
    pub name: &'a DisplayName,
    pub language: Language,
    /// From [`hash_new_password`].
    pub password_hash: &'a str,
    pub organization_id: Option<crate::orgs::model::OrganizationId>,
}

/// Creates the account of a person who accepted an invitation and starts their
/// session, in the caller's transaction. An existing address is a CONFLICT.
pub async fn create_invited_account(
    tx: &mut crate::db::Tx,
    new: &InvitedAccount<'_>,
    client: &Client,
) -> AppResult<SignedIn> {
    let account = store::insert_account(
        tx,
        &NewAccount {
            email: new.email.as_str(),
            name: new.name.as_str(),
            language: new.language.code(),
            is_admin: false,
            password_hash: Some(new.password_hash),
            organization_id: new.organization_id,
        },
        clock::now(),
    )
    .await
    .map_err(account_conflict)?;
    let token = start_session(tx, account.id, client).await?;
    tracing::info!(account.id = %account.id.0, "Account created from an invitation");
    Ok(SignedIn { token, account })
}

/// Reloads an account (after a change the viewer made).
pub async fn account(state: &AppState, id: AccountId) -> AppResult<Account> {
    store::account_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}
