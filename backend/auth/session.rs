//! Sessions: finding the viewer, signing in and out, listing and ending sessions.

use chrono::{DateTime, Utc};

use super::{
    Client, SignedIn, TOUCH_INTERVAL, Viewer,
    model::{AccountId, Email, Session, SessionId},
    password,
    store::{self, NewSession},
    token,
};
use crate::{
    error::{AppError, AppResult, Reason},
    state::AppState,
};

/// Finds the viewer for a session secret; `None` for unknown or idle-expired sessions.
pub async fn viewer_for_token(state: &AppState, token: &str) -> AppResult<Option<Viewer>> {
    let now = state.clock.now();
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
        if let Some(retry_after) = state
            .limiter
            .exceeded(key, limit, state.clock.now())
            .await?
        {
            tracing::warn!(ip = %client.ip, "Login refused: too many failed attempts");
            return Err(AppError::RateLimited {
                retry_after,
                reason: Reason::TooManyAttempts,
            });
        }
    }

    let account = match Email::parse(email) {
        Ok(email) => store::account_by_email(&state.db, email.as_str()).await?,
        Err(_) => None,
    };
    let verified = match account.as_ref().and_then(|a| a.password_hash.clone()) {
        Some(hash) => {
            let raw = password.to_owned();
            state
                .password_hashing
                .run(move || password::verify(&raw, &hash))
                .await?
        }
        None => {
            let raw = password.to_owned();
            state
                .password_hashing
                .run(move || password::verify_dummy(&raw))
                .await?;
            false
        }
    };
    let (Some(account), true) = (account, verified) else {
        state
            .limiter
            .hit(&email_key, settings.login_window(), state.clock.now())
            .await?;
        state
            .limiter
            .hit(&ip_key, settings.login_window(), state.clock.now())
            .await?;
        tracing::info!(ip = %client.ip, "Login failed");
        return Err(AppError::Unauthenticated);
    };
    state.limiter.clear(&email_key).await?;

    let mut tx = state.db.begin().await?;
    if let Some(old) = &client.session_token {
        store::delete_session_by_token_hash(&mut tx, &token::hash(old)).await?;
    }
    let token = start_session(&mut tx, account.id, client, state.clock.now()).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.id.0, "Signed in");
    Ok(SignedIn { token, account })
}

pub(super) async fn start_session(
    tx: &mut crate::db::Tx,
    account_id: AccountId,
    client: &Client,
    now: DateTime<Utc>,
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
        now,
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
    let cutoff = state.clock.now() - state.settings.session_idle();
    Ok(store::delete_idle_sessions(&state.db, cutoff).await?)
}
