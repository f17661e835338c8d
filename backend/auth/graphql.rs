//! GraphQL for accounts and sessions: thin resolvers over the [`auth`](super) service.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::{
    clear_session_cookie,
    model::{Account, Language, SessionId},
    request, set_session_cookie, viewer,
};
use crate::{
    error::AppResult,
    orgs::{self, model::Organization},
    resolver::{parse_id, state},
};

#[Object]
impl Account {
    /// Stable id of the account.
    async fn id(&self) -> ID {
        ID(self.id.0.to_string())
    }
    /// Email address (lowercase); used to sign in.
    async fn email(&self) -> &str {
        &self.email
    }
    /// Display name.
    async fn name(&self) -> &str {
        &self.name
    }
    /// Language of the interface and of mails.
    async fn language(&self) -> Language {
        self.lang()
    }
    /// Platform administrators manage organisations, groups and accounts.
    async fn is_admin(&self) -> bool {
        self.is_admin
    }
    /// When the account was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// The organisation the person works for, if any.
    async fn organization(&self, ctx: &Context<'_>) -> AppResult<Option<Organization>> {
        orgs::organization_of(state(ctx), self.organization_id).await
    }
    /// The person's function in their office, if given.
    async fn job_title(&self) -> Option<&str> {
        self.job_title.as_deref()
    }
    /// The person's phone number, if given.
    async fn phone(&self) -> Option<&str> {
        self.phone.as_deref()
    }
}

/// A signed-in browser of the viewer.
#[derive(SimpleObject)]
pub struct SessionInfo {
    /// Id for `revokeSession`.
    id: ID,
    /// When the session began (at sign-in).
    created_at: DateTime<Utc>,
    /// When the session was last used (to the minute).
    last_seen_at: DateTime<Utc>,
    /// The browser's self-description.
    user_agent: String,
    /// The client address at sign-in.
    ip: String,
    /// True for the session of this request.
    current: bool,
}

/// Queries about the signed-in person.
#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The signed-in account, or null when signed out.
    async fn viewer(&self, ctx: &Context<'_>) -> Option<Account> {
        request(ctx).viewer.as_ref().map(|v| v.account.clone())
    }

    /// The viewer's sessions, most recently used first (at most 100).
    async fn sessions(&self, ctx: &Context<'_>) -> AppResult<Vec<SessionInfo>> {
        let viewer = viewer(ctx)?;
        let sessions = super::sessions(state(ctx), viewer).await?;
        Ok(sessions
            .into_iter()
            .map(|s| SessionInfo {
                id: ID(s.id.0.to_string()),
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                user_agent: s.user_agent,
                ip: s.ip,
                current: s.id == viewer.session_id,
            })
            .collect())
    }
}

/// Mutations for signing in and managing one's account.
#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in and sets the session cookie. Wrong credentials give UNAUTHENTICATED;
    /// too many failures give RATE_LIMITED with `retryAfter` seconds.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> AppResult<Account> {
        let signed_in = super::login(state(ctx), &email, &password, &request(ctx).client).await?;
        set_session_cookie(ctx, &signed_in.token);
        Ok(signed_in.account)
    }

    /// Ends the current session and clears the cookie.
    async fn logout(&self, ctx: &Context<'_>) -> AppResult<bool> {
        super::logout(state(ctx), viewer(ctx)?).await?;
        clear_session_cookie(ctx);
        Ok(true)
    }

    /// Changes the password. All sessions of the account end; this browser gets a new one.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current: String,
        #[graphql(name = "new")] new_password: String,
    ) -> AppResult<bool> {
        let token = super::change_password(
            state(ctx),
            viewer(ctx)?,
            &current,
            &new_password,
            &request(ctx).client,
        )
        .await?;
        set_session_cookie(ctx, &token);
        Ok(true)
    }

    /// Mails a link to set a new password, if the address belongs to an account.
    /// Always answers true, so it does not reveal who has an account.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> AppResult<bool> {
        super::request_password_reset(state(ctx), &email).await?;
        Ok(true)
    }

    /// Sets a new password with the token from a reset or setup link.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        #[graphql(name = "new")] new_password: String,
    ) -> AppResult<bool> {
        super::reset_password(state(ctx), &token, &new_password).await?;
        Ok(true)
    }

    /// Creates the first administrator with the token of the setup link that the server
    /// logs on its first start, and signs them in.
    async fn setup_first_admin(
        &self,
        ctx: &Context<'_>,
        token: String,
        email: String,
        name: String,
        password: String,
    ) -> AppResult<Account> {
        let signed_in = super::setup_first_admin(
            state(ctx),
            &token,
            &email,
            &name,
            &password,
            &request(ctx).client,
        )
        .await?;
        set_session_cookie(ctx, &signed_in.token);
        Ok(signed_in.account)
    }

    /// Changes the viewer's profile; a field left out stays as it is.
    async fn update_profile(
        &self,
        ctx: &Context<'_>,
        name: Option<String>,
        language: Option<Language>,
        #[graphql(desc = "The function in the office, at most 100 characters; empty removes it.")]
        job_title: Option<String>,
        #[graphql(
            desc = "A phone number: digits, spaces and + ( ) / -, at most 50 characters; empty removes it."
        )]
        phone: Option<String>,
    ) -> AppResult<Account> {
        super::update_profile(
            state(ctx),
            viewer(ctx)?,
            name.as_deref(),
            language,
            job_title.as_deref(),
            phone.as_deref(),
        )
        .await
    }

    /// Ends one of the viewer's sessions.
    async fn revoke_session(&self, ctx: &Context<'_>, id: ID) -> AppResult<bool> {
        let id = SessionId(parse_id("id", &id)?);
        super::revoke_session(state(ctx), viewer(ctx)?, id).await?;
        Ok(true)
    }
}
