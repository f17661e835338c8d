//! Invitations by email: moderators invite one or many addresses with an optional
//! personal message; the mail carries a single-use link valid 14 days. Accepting it
//! creates the account of a new person (organisation pre-set by the inviter) or adds an
//! existing account to the group.
//!
//! Addresses of current members are skipped (they are not in the result). Inviting an
//! address with an open invitation replaces that invitation's link.

use chrono::Duration;

use super::{
    Access, mails,
    members::admit,
    model::{GroupId, GroupRole, Invitation, InvitationId, parse_invitation_emails, parse_message},
    store::{
        self,
        invitations::{self as invitation_store, InvitationKey, NewInvitation},
    },
};
use crate::{
    auth::{
        self, Client, Viewer,
        model::{DisplayName, Email, Language},
        token,
    },
    db::Tx,
    error::{AppError, AppResult, Reason},
    live,
    orgs::{self, model::OrganizationId},
    paging::{Page, PageRequest},
    state::AppState,
};

/// How long an invitation link stays valid.
const VALIDITY: Duration = Duration::days(14);

fn invalid_token() -> AppError {
    AppError::bad_input(
        "token",
        Reason::InvalidLink,
        "the invitation link is invalid, expired, revoked or already used",
    )
}

/// Invites addresses to a group (moderators) and mails each its link. Returns the
/// invitations made or renewed; current members are skipped.
pub async fn invite(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    emails: &[String],
    role: GroupRole,
    message: Option<&str>,
    organization: Option<OrganizationId>,
) -> AppResult<Vec<Invitation>> {
    let emails = parse_invitation_emails(emails)?;
    let message = parse_message("message", message)?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    access.require_moderator()?;
    if let Some(id) = organization {
        orgs::require_organization(state, "organizationId", id).await?;
    }
    let now = state.clock.now();
    let mut invitations = Vec::with_capacity(emails.len());
    for email in &emails {
        let account = store::account_by_email(&mut tx, email.as_str()).await?;
        if let Some(account) = &account
            && store::membership(&mut tx, group, account.id)
                .await?
                .is_some()
        {
            continue;
        }
        let (secret, hash) = token::generate();
        let invitation = invitation_store::upsert_pending(
            &mut tx,
            &NewInvitation {
                group,
                email: email.as_str(),
                role,
                message: message.as_deref(),
                organization,
                invited_by: viewer.id(),
                token_hash: &hash,
                expires_at: now + VALIDITY,
            },
            now,
        )
        .await?;
        let recipient = match &account {
            Some(account) => mails::Recipient {
                email: email.as_str(),
                name: &account.name,
                language: Language::from_code(&account.language),
            },
            None => mails::Recipient {
                email: email.as_str(),
                name: "",
                language: viewer.account.lang(),
            },
        };
        let mail = mails::invitation(
            state,
            &recipient,
            &access.group().name,
            &viewer.account.name,
            message.as_deref(),
            &link(state, &secret),
        );
        state.queue_mail(&mut tx, &mail).await?;
        invitations.push(invitation);
    }
    tx.commit().await?;
    state.wake_workers();
    tracing::info!(
        group.id = %group.0,
        invited = invitations.len(),
        skipped = emails.len() - invitations.len(),
        "Invitations sent"
    );
    Ok(invitations)
}

fn link(state: &AppState, secret: &str) -> String {
    format!("{}/invitation?token={secret}", state.public_url)
}

/// Finds an invitation's group and checks that the viewer moderates it; the
/// invitation is then only looked up within that group.
async fn moderated_group_of(
    state: &AppState,
    tx: &mut Tx,
    viewer: &Viewer,
    id: InvitationId,
) -> AppResult<Access> {
    let group = invitation_store::group_of(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Access::load_for_update(tx, viewer, group).await?;
    access.require_moderator()?;
    Ok(access)
}

/// CONFLICT for an invitation of the group that was used or revoked, NOT_FOUND when
/// the group has no such invitation.
async fn not_pending(tx: &mut Tx, group: GroupId, id: InvitationId) -> AppResult<AppError> {
    Ok(if invitation_store::exists_in_group(tx, group, id).await? {
        AppError::conflict(
            Reason::InvitationClosed,
            "the invitation was already accepted or revoked",
        )
    } else {
        AppError::NotFound
    })
}

/// Sends an invitation again with a new link, valid 14 days from now (moderators).
pub async fn resend_invitation(
    state: &AppState,
    viewer: &Viewer,
    id: InvitationId,
) -> AppResult<Invitation> {
    let mut tx = state.db.begin().await?;
    let access = moderated_group_of(state, &mut tx, viewer, id).await?;
    let (secret, hash) = token::generate();
    let renewed = invitation_store::renew(
        &mut tx,
        access.id(),
        id,
        &hash,
        state.clock.now() + VALIDITY,
    )
    .await?;
    let Some(invitation) = renewed else {
        return Err(not_pending(&mut tx, access.id(), id).await?);
    };
    let account = store::account_by_email(&mut tx, &invitation.email).await?;
    let recipient = mails::Recipient {
        email: &invitation.email,
        name: account.as_ref().map_or("", |a| a.name.as_str()),
        language: account
            .as_ref()
            .map_or(viewer.account.lang(), |a| Language::from_code(&a.language)),
    };
    let mail = mails::invitation(
        state,
        &recipient,
        &access.group().name,
        &viewer.account.name,
        invitation.message.as_deref(),
        &link(state, &secret),
    );
    state.queue_mail(&mut tx, &mail).await?;
    tx.commit().await?;
    state.wake_workers();
    tracing::info!(group.id = %access.id().0, invitation.id = %id.0, "Invitation sent again");
    Ok(invitation)
}

/// Withdraws an open invitation (moderators); its link stops working.
pub async fn revoke_invitation(
    state: &AppState,
    viewer: &Viewer,
    id: InvitationId,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let access = moderated_group_of(state, &mut tx, viewer, id).await?;
    if !invitation_store::revoke(&mut tx, access.id(), id).await? {
        return Err(not_pending(&mut tx, access.id(), id).await?);
    }
    tx.commit().await?;
    tracing::info!(group.id = %access.id().0, invitation.id = %id.0, "Invitation revoked");
    Ok(())
}

/// One page of a group's invitations (moderators): open ones first, newest first.
pub async fn invitations(
    state: &AppState,
    access: &Access,
    page: &PageRequest<InvitationKey>,
) -> AppResult<Page<Invitation>> {
    access.require_moderator()?;
    let rows = invitation_store::page(
        &state.db,
        access.id(),
        state.clock.now(),
        page.after.as_ref(),
        page.limit(),
    )
    .await?;
    Ok(Page::from_rows(rows, page, |row| {
        (
            row.open_rank,
            row.invitation.created_at,
            row.invitation.id.0,
        )
    })
    .map(|row| row.invitation))
}

/// What the invitation page shows before accepting (the link is the credential).
#[derive(Clone, Debug)]
pub struct InvitationPreview {
    pub group_name: String,
    pub inviter_name: String,
    pub email: String,
    pub account_exists: bool,
    pub organization_name: Option<String>,
}

/// The preview of a usable invitation; `None` for invalid, used, expired or revoked
/// links.
pub async fn invitation_preview(
    state: &AppState,
    secret: &str,
) -> AppResult<Option<InvitationPreview>> {
    let now = state.clock.now();
    let Some(invitation) =
        invitation_store::usable_by_token(&state.db, &token::hash(secret), now).await?
    else {
        return Ok(None);
    };
    let Some(row) = invitation_store::preview(&state.db, invitation.id).await? else {
        return Ok(None);
    };
    let email = Email::parse(&invitation.email)?;
    let account_exists = auth::account_by_email(state, &email).await?.is_some();
    Ok(Some(InvitationPreview {
        group_name: row.group_name,
        inviter_name: row.inviter_name.unwrap_or_default(),
        email: invitation.email,
        account_exists,
        organization_name: row.organization_name,
    }))
}

/// The outcome of accepting: the group, and for a new account its session secret.
pub struct AcceptedInvitation {
    pub access: Access,
    pub new_session: Option<String>,
}

/// Accepts an invitation.
///
/// - Signed in: the viewer's address must be the invitation's (else FORBIDDEN).
/// - Signed out, no account for the address: `name` and `password` create one (with
///   the inviter's organisation and language) and sign it in.
/// - Signed out, an account exists: UNAUTHENTICATED; sign in and accept again.
///
/// Each link works once, for 14 days; other links are BAD_USER_INPUT on `token`.
pub async fn accept_invitation(
    state: &AppState,
    viewer: Option<&Viewer>,
    secret: &str,
    name: Option<&str>,
    password: Option<&str>,
    client: &Client,
) -> AppResult<AcceptedInvitation> {
    let hash = token::hash(secret);
    let invitation = invitation_store::usable_by_token(&state.db, &hash, state.clock.now())
        .await?
        .ok_or_else(invalid_token)?;
    match viewer {
        Some(viewer) => {
            if viewer.account.email != invitation.email {
                return Err(AppError::Forbidden);
            }
            let mut tx = state.db.begin().await?;
            let accepted = invitation_store::accept(&mut tx, &hash, viewer.id(), state.clock.now())
                .await?
                .ok_or_else(invalid_token)?;
            admit(
                &mut tx,
                accepted.group_id,
                viewer.id(),
                accepted.role,
                state.clock.now(),
            )
            .await?;
            tx.commit().await?;
            live::members_changed(state, accepted.group_id).await;
            tracing::info!(group.id = %accepted.group_id.0, account.id = %viewer.id().0, "Invitation accepted");
            Ok(AcceptedInvitation {
                access: Access::load(state, viewer, accepted.group_id).await?,
                new_session: None,
            })
        }
        None => accept_as_new_account(state, invitation, &hash, name, password, client).await,
    }
}

async fn accept_as_new_account(
    state: &AppState,
    invitation: Invitation,
    hash: &str,
    name: Option<&str>,
    password: Option<&str>,
    client: &Client,
) -> AppResult<AcceptedInvitation> {
    let email = Email::parse(&invitation.email)?;
    if auth::account_by_email(state, &email).await?.is_some() {
        return Err(AppError::Unauthenticated);
    }
    let name = DisplayName::parse(name.ok_or_else(|| {
        AppError::bad_input(
            "name",
            Reason::Required,
            "is required to create your account",
        )
    })?)?;
    let password = password.ok_or_else(|| {
        AppError::bad_input(
            "password",
            Reason::Required,
            "is required to create your account",
        )
    })?;
    let password_hash = auth::hash_new_password(state, password).await?;
    let language = match invitation.invited_by {
        Some(inviter) => store::account_language(&state.db, inviter)
            .await?
            .map_or(Language::De, |code| Language::from_code(&code)),
        None => Language::De,
    };
    let mut tx = state.db.begin().await?;
    let signed_in = auth::create_invited_account(
        &mut tx,
        &auth::InvitedAccount {
            email: &email,
            name: &name,
            language,
            password_hash: &password_hash,
            organization_id: invitation.organization_id,
        },
        client,
        state.clock.now(),
    )
    .await?;
    let account = signed_in.account.id;
    let accepted = invitation_store::accept(&mut tx, hash, account, state.clock.now())
        .await?
        .ok_or_else(invalid_token)?;
    admit(
        &mut tx,
        accepted.group_id,
        account,
        accepted.role,
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    live::members_changed(state, accepted.group_id).await;
    tracing::info!(group.id = %accepted.group_id.0, account.id = %account.0, "Invitation accepted by a new account");
    let viewer = auth::viewer_for_token(state, &signed_in.token)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(AcceptedInvitation {
        access: Access::load(state, &viewer, accepted.group_id).await?,
        new_session: Some(signed_in.token),
    })
}
