//! The session cookie.

use poem::Request;

use crate::config::Settings;

/// The session secret from the request's cookie, if present.
pub fn token_from_request(req: &Request, settings: &Settings) -> Option<String> {
    let name = settings.session_cookie_name();
    req.headers()
        .get_all(poem::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|value| !value.is_empty())
}

/// The `Set-Cookie` value that sets (`Some`) or clears (`None`) the session cookie:
/// HttpOnly, SameSite=Lax, path /, Secure with the `__Host-` prefix behind TLS.
pub fn cookie_header(settings: &Settings, token: Option<&str>) -> String {
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
