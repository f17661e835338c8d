//! The web application: the files of `web/dist`, embedded at build time (see `build.rs`).
//!
//! `/assets/*` are content-hashed and cached for a year; any other GET that no API route
//! takes is a client-side route and gets `index.html` (never cached, so a new release is
//! picked up at once). Other methods on these paths are 405. A file goes out brotli- or
//! gzip-compressed when the build made that variant (`<file>.br`, `<file>.gz`) and the
//! request accepts it.

use poem::{
    Request, Response, RouteMethod, get, handler,
    http::{StatusCode, header},
};

use super::compression::{Coding, accepts};

include!(concat!(env!("OUT_DIR"), "/web_assets.rs"));

/// The endpoint for `/` and every path no other route takes (GET and HEAD).
pub fn app() -> RouteMethod {
    get(serve)
}

/// Serves a built file, or `index.html` for client-side routes.
#[handler]
fn serve(req: &Request) -> Response {
    let path = req.uri().path().trim_start_matches('/');
    match asset(path) {
        Some(bytes) if path != "index.html" => {
            let cache = if path.starts_with("assets/") {
                "public, max-age=31536000, immutable"
            } else {
                "public, max-age=3600"
            };
            file(req, path, bytes, cache)
        }
        // A hashed asset that does not exist (e.g. from an old release): a plain 404,
        // not the app's page with a 200.
        _ if path.starts_with("assets/") => StatusCode::NOT_FOUND.into(),
        _ => match asset("index.html") {
            Some(index) => file(req, "index.html", index, "no-cache"),
            None => StatusCode::NOT_FOUND.into(),
        },
    }
}

/// The bytes of the built file at `path` (relative to `web/dist`).
fn asset(path: &str) -> Option<&'static [u8]> {
    ASSETS
        .binary_search_by(|(name, _)| (*name).cmp(path))
        .ok()
        .map(|index| ASSETS[index].1)
}

/// The file at `path`, in the best compressed variant the request accepts.
fn file(req: &Request, path: &str, bytes: &'static [u8], cache: &'static str) -> Response {
    let builder = Response::builder()
        .content_type(content_type(path))
        .header(header::CACHE_CONTROL, cache);
    let variants = [Coding::Brotli, Coding::Gzip].map(|coding| {
        let name = format!("{path}{}", coding.suffix());
        (coding, asset(&name))
    });
    if variants.iter().all(|(_, variant)| variant.is_none()) {
        return builder.body(bytes);
    }
    let builder = builder.header(header::VARY, header::ACCEPT_ENCODING.as_str());
    match variants.into_iter().find_map(|(coding, variant)| {
        variant
            .filter(|_| accepts(req.headers(), coding))
            .map(|v| (coding, v))
    }) {
        Some((coding, compressed)) => builder
            .header(header::CONTENT_ENCODING, coding.token())
            .body(compressed),
        None => builder.body(bytes),
    }
}

/// The media type by file extension, for the kinds of files Vite emits.
fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, ext)| ext).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded table is sorted (binary search needs it) and holds index.html.
    #[test]
    fn assets_are_sorted_and_include_the_index() {
        assert!(ASSETS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(asset("index.html").is_some());
    }

    /// Scripts, styles and pages get the types browsers require under `nosniff`.
    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(
            content_type("assets/index-abc.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type("assets/index-abc.css"),
            "text/css; charset=utf-8"
        );
        assert_eq!(content_type("favicon.svg"), "image/svg+xml");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
