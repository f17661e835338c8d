//! Passwords: changing one, resetting a forgotten one by mail, links from admins.

use super::session::start_session;
use super::{
    Client, RESET_LINK_VALIDITY, RESET_MAILS_PER_HOUR, Viewer, hash_password, invalid_link,
    issue_link, mails,
    model::{Email, TokenPurpose},
    password,
    password::NewPassword,
    store, token,
};
use crate::{
    error::{AppError, AppResult, Reason},
    state::AppState,
};

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
        .exceeded(
            &key,
            state.settings.login_max_failures_per_account,
            state.clock.now(),
        )
        .await?
    {
        return Err(AppError::RateLimited {
            retry_after,
            reason: Reason::TooManyAttempts,
        });
    }
    let new = NewPassword::parse(new)?;
    let current_ok = match viewer.account.password_hash.clone() {
        Some(hash) => {
            let raw = current.to_owned();
            state
                .password_hashing
                .run(move || password::verify(&raw, &hash))
                .await?
        }
        None => false,
    };
    if !current_ok {
        state
            .limiter
            .hit(&key, state.settings.login_window(), state.clock.now())
            .await?;
        return Err(AppError::bad_input(
            "current",
            Reason::WrongPassword,
            "is not the current password",
        ));
    }
    let hash = hash_password(state, new).await?;
    let mut tx = state.db.begin().await?;
    store::set_password_hash(&mut tx, viewer.id(), &hash, state.clock.now()).await?;
    store::delete_sessions_of(&mut tx, viewer.id()).await?;
    let token = start_session(&mut tx, viewer.id(), client, state.clock.now()).await?;
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
        .exceeded(&key, RESET_MAILS_PER_HOUR, state.clock.now())
        .await?
        .is_some()
    {
        tracing::warn!(account.id = %account.id.0, "Password reset mail not sent: hourly limit reached");
        return Ok(());
    }
    state
        .limiter
        .hit(
            &key,
            std::time::Duration::from_secs(3600),
            state.clock.now(),
        )
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
    let hash = hash_password(state, new).await?;
    let mut tx = state.db.begin().await?;
    let account = store::consume_token(
        &mut tx,
        TokenPurpose::Password,
        &token::hash(token),
        state.clock.now(),
    )
    .await?
    .flatten()
    .ok_or_else(invalid_link)?;
    store::set_password_hash(&mut tx, account, &hash, state.clock.now()).await?;
    store::delete_sessions_of(&mut tx, account).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.0, "Password set with a one-time link");
    Ok(())
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
