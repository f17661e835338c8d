//! Accounts: the first administrator, accounts created by administrators, profiles.

use chrono::{DateTime, Utc};

use super::session::start_session;
use super::{
    Client, SETUP_LINK_VALIDITY, SignedIn, Viewer, hash_password, invalid_link, issue_link,
    model::{Account, AccountId, DisplayName, Email, Language, ProfileDetails, TokenPurpose},
    password::NewPassword,
    store::{self, NewAccount, ProfileRow},
    token,
};
use crate::{
    error::{AppError, AppResult},
    state::AppState,
};

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
    let hash = hash_password(state, NewPassword::parse(password)?).await?;
    let mut tx = state.db.begin().await?;
    if store::any_admin(&mut tx).await? {
        return Err(invalid_link());
    }
    store::consume_token(
        &mut tx,
        TokenPurpose::FirstAdmin,
        &token::hash(token),
        state.clock.now(),
    )
    .await?
    .ok_or_else(invalid_link)?;
    let account = store::insert_account(
        &mut tx,
        &NewAccount {
            email: email.as_str(),
            name: name.as_str(),
            sort_name: &name.sort_key(),
            language: Language::De.code(),
            is_admin: true,
            password_hash: Some(&hash),
            organization_id: None,
        },
        state.clock.now(),
    )
    .await?;
    let token = start_session(&mut tx, account.id, client, state.clock.now()).await?;
    tx.commit().await?;
    tracing::info!(account.id = %account.id.0, "First administrator created");
    Ok(SignedIn { token, account })
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
        Some(password) => Some(hash_password(state, NewPassword::parse(password)?).await?),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    let account = store::insert_account(
        &mut tx,
        &NewAccount {
            email: email.as_str(),
            name: name.as_str(),
            sort_name: &name.sort_key(),
            language: Language::De.code(),
            is_admin,
            password_hash: hash.as_deref(),
            organization_id: None,
        },
        state.clock.now(),
    )
    .await?;
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

/// Changes the viewer's profile: name, language, function in the office and phone
/// number; a field left out stays as it is (for the function and the phone, an empty
/// text removes it).
pub async fn update_profile(
    state: &AppState,
    viewer: &Viewer,
    name: Option<&str>,
    language: Option<Language>,
    job_title: Option<&str>,
    phone: Option<&str>,
) -> AppResult<Account> {
    let name = DisplayName::parse(name.unwrap_or(&viewer.account.name))?;
    let language = language.unwrap_or(viewer.account.lang());
    let details = ProfileDetails::parse(
        job_title.or(viewer.account.job_title.as_deref()),
        phone.or(viewer.account.phone.as_deref()),
    )?;
    let mut tx = state.db.begin().await?;
    let account = store::update_profile(
        &mut tx,
        viewer.id(),
        &ProfileRow {
            name: name.as_str(),
            sort_name: &name.sort_key(),
            language: language.code(),
            details: &details,
        },
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

/// Reloads an account (after a change the viewer made).
pub async fn account(state: &AppState, id: AccountId) -> AppResult<Account> {
    store::account_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The account with this address, if any.
pub async fn account_by_email(state: &AppState, email: &Email) -> AppResult<Option<Account>> {
    Ok(store::account_by_email(&state.db, email.as_str()).await?)
}

/// Checks a new password against the rules and hashes it (off the request threads).
pub async fn hash_new_password(state: &AppState, raw: &str) -> AppResult<String> {
    hash_password(state, NewPassword::parse(raw)?).await
}

/// A new account for a person who accepted an invitation.
pub struct InvitedAccount<'a> {
    pub email: &'a Email,
    pub name: &'a DisplayName,
    pub language: Language,
    /// From [`hash_new_password`].
    pub password_hash: &'a str,
    pub organization_id: Option<crate::ids::OrganizationId>,
}

/// Creates the account of a person who accepted an invitation and starts their
/// session at `now`, in the caller's transaction. An existing address is a CONFLICT.
pub async fn create_invited_account(
    tx: &mut crate::db::Tx,
    new: &InvitedAccount<'_>,
    client: &Client,
    now: DateTime<Utc>,
) -> AppResult<SignedIn> {
    let account = store::insert_account(
        tx,
        &NewAccount {
            email: new.email.as_str(),
            name: new.name.as_str(),
            sort_name: &new.name.sort_key(),
            language: new.language.code(),
            is_admin: false,
            password_hash: Some(new.password_hash),
            organization_id: new.organization_id,
        },
        now,
    )
    .await?;
    let token = start_session(tx, account.id, client, now).await?;
    tracing::info!(account.id = %account.id.0, "Account created from an invitation");
    Ok(SignedIn { token, account })
}
