//! What a resolver knows about the request (where it comes from, who is signed in),
//! and the session cookie it sets on the response.

use async_graphql::Context;

use super::{Client, Viewer};
use crate::{
    config::Settings,
    error::{AppError, AppResult},
    resolver::state,
};

/// What a resolver knows about the request: where it comes from and who is signed in.
pub struct RequestContext {
    pub client: Client,
    pub viewer: Option<Viewer>,
}

/// The request's context.
pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestContext {
    ctx.data_unchecked::<RequestContext>()
}

/// The signed-in viewer, or UNAUTHENTICATED.
pub fn viewer<'a>(ctx: &Context<'a>) -> AppResult<&'a Viewer> {
    request(ctx)
        .viewer
        .as_ref()
        .ok_or(AppError::Unauthenticated)
}

/// The `Set-Cookie` value that sets (`Some`) or clears (`None`) the session cookie:
/// HttpOnly, SameSite=Lax, path /, Secure with the `__Host-` prefix behind TLS.
fn cookie_header(settings: &Settings, token: Option<&str>) -> String {
    let name = settings.session_cookie_name();
    let (value, max_age) = match token {
        Some(token) => (token, i64::from(settings.session_idle_days) * 24 * 3600),
        None => ("", 0),
    };
    let secure = if settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

/// Sets the session cookie on the response.
pub fn set_session_cookie(ctx: &Context<'_>, token: &str) {
    let header = cookie_header(&state(ctx).settings, Some(token));
    ctx.append_http_header(poem::http::header::SET_COOKIE, header);
}

/// Clears the session cookie on the response.
pub fn clear_session_cookie(ctx: &Context<'_>) {
    let header = cookie_header(&state(ctx).settings, None);
    ctx.append_http_header(poem::http::header::SET_COOKIE, header);
}
