//! The session cookie as a request carries it; [`auth`](crate::auth) builds the
//! `Set-Cookie` value.

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
