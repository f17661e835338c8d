//! The rules a link's URL follows, and its normal form for finding duplicates.

use url::Url;

/// The longest URL, in characters, that a link may have and a fetch follows.
pub const MAX_URL_CHARS: usize = 2048;

/// Why a text is not a URL a link may have. These hold whatever the settings say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Not an absolute URL with a host.
    NotAUrl,
    /// Longer than [`MAX_URL_CHARS`].
    TooLong,
    /// A scheme other than `http` and `https` (`file:`, `ftp:`, `javascript:` …).
    Scheme,
    /// A user name or password before the host (`http://user@host`): they would be
    /// published with the link, and they can disguise where a link goes.
    Userinfo,
}

impl UrlError {
    /// A stable word for storing and switching on.
    pub fn code(self) -> &'static str {
        match self {
            UrlError::NotAUrl => "not_a_url",
            UrlError::TooLong => "too_long",
            UrlError::Scheme => "scheme",
            UrlError::Userinfo => "userinfo",
        }
    }
}

/// Parses `raw` as a link's URL: http or https, with a host, without userinfo, at
/// most [`MAX_URL_CHARS`] characters.
pub fn parse_link(raw: &str) -> Result<Url, UrlError> {
    if raw.chars().count() > MAX_URL_CHARS {
        return Err(UrlError::TooLong);
    }
    let url = Url::parse(raw).map_err(|_| UrlError::NotAUrl)?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(UrlError::Scheme);
    }
    if url.host().is_none() {
        return Err(UrlError::NotAUrl);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlError::Userinfo);
    }
    Ok(url)
}

/// Query parameters that only say where a visitor came from; removed from the normal
/// form, as is every `utm_*` parameter.
const TRACKING: &[&str] = &[
    "fbclid", "gclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "yclid", "msclkid", "igshid",
];

fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || TRACKING.contains(&key.as_str())
}

/// The form of a link's URL under which two links count as the same: scheme and host
/// lower-case (international names in punycode), no default port, `/` for an empty
/// path and no trailing slash on any other, no fragment, no tracking parameters
/// (`utm_*`, `fbclid`, `gclid` …), the other query parameters as they were, in their
/// order. The links domain stores it beside the URL as given and looks it up when a
/// link is added.
pub fn normalise_url(raw: &str) -> Result<String, UrlError> {
    // Parsing lower-cases scheme and host, writes the host in punycode, drops the
    // default port and turns an empty path into `/`.
    let mut url = parse_link(raw)?;
    url.set_fragment(None);
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(if path.is_empty() { "/" } else { &path });
    let kept: Vec<String> = url
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| !is_tracking(pair.split('=').next().unwrap_or_default()))
        .map(str::to_owned)
        .collect();
    url.set_query((!kept.is_empty()).then(|| kept.join("&")).as_deref());
    Ok(url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only http and https URLs with a host and without userinfo, up to 2 048
    /// characters, are links.
    #[test]
    fn link_urls_follow_the_rules() {
        for raw in [
            "http://example.org",
            "https://example.org/a?b=c#d",
            "HTTPS://Example.ORG:443/",
            "http://[2a00:1450::1]/",
            "http://93.184.215.14:8080/",
            "https://bücher.example/",
        ] {
            assert!(parse_link(raw).is_ok(), "{raw}");
        }
        for (raw, error) in [
            ("file:///etc/passwd", UrlError::Scheme),
            ("ftp://example.org/", UrlError::Scheme),
            ("javascript:alert(1)", UrlError::Scheme),
            ("data:text/html,<script>alert(1)</script>", UrlError::Scheme),
            ("mailto:a@example.org", UrlError::Scheme),
            ("http://user@example.org/", UrlError::Userinfo),
            ("http://user:secret@example.org/", UrlError::Userinfo),
            ("http://:secret@example.org/", UrlError::Userinfo),
            ("http://", UrlError::NotAUrl),
            ("example.org/page", UrlError::NotAUrl),
            ("/relative/path", UrlError::NotAUrl),
            ("http://exa mple.org/", UrlError::NotAUrl),
            ("", UrlError::NotAUrl),
        ] {
            assert_eq!(parse_link(raw).unwrap_err(), error, "{raw}");
        }
    }

    /// 2 048 characters are allowed, counted as characters, 2 049 are not.
    #[test]
    fn link_urls_have_at_most_2048_characters() {
        let prefix = "https://example.org/";
        let longest = format!("{prefix}{}", "ä".repeat(MAX_URL_CHARS - prefix.len()));
        assert!(parse_link(&longest).is_ok());
        let longer = format!("{longest}x");
        assert_eq!(parse_link(&longer).unwrap_err(), UrlError::TooLong);
    }

    /// The normal form ignores what does not change the page: case of scheme and host,
    /// default ports, trailing slashes, fragments and tracking parameters.
    #[test]
    fn normalisation_finds_the_same_page() {
        for (raw, normal) in [
            ("HTTP://Example.ORG", "http://example.org/"),
            ("https://example.org:443/", "https://example.org/"),
            ("http://example.org:80/a", "http://example.org/a"),
            ("http://example.org:8080/a/", "http://example.org:8080/a"),
            ("https://example.org/a/b/", "https://example.org/a/b"),
            ("https://example.org/a//", "https://example.org/a"),
            ("https://example.org/#top", "https://example.org/"),
            (
                "https://example.org/a?x=1#part",
                "https://example.org/a?x=1",
            ),
            (
                "https://example.org/a/?utm_source=mail&id=7&UTM_Medium=x&fbclid=abc",
                "https://example.org/a?id=7",
            ),
            (
                "https://example.org/?gclid=1&mc_cid=2&mc_eid=3&_hsenc=4&_hsmi=5&yclid=6&msclkid=7&igshid=8",
                "https://example.org/",
            ),
            (
                "https://example.org/s?q=b&utm_campaign=x&a=1&&q=a",
                "https://example.org/s?q=b&a=1&q=a",
            ),
            (
                "https://example.org/s?utm=1&hsenc=2",
                "https://example.org/s?utm=1&hsenc=2",
            ),
            ("https://example.org/s?", "https://example.org/s"),
            (
                "https://Bücher.Example/Seite",
                "https://xn--bcher-kva.example/Seite",
            ),
            (
                "https://example.org/Path/Case",
                "https://example.org/Path/Case",
            ),
        ] {
            assert_eq!(normalise_url(raw).unwrap(), normal, "{raw}");
        }
    }

    /// The normal form exists only for URLs that follow the rules.
    #[test]
    fn normalisation_applies_the_rules() {
        assert_eq!(
            normalise_url("ftp://example.org").unwrap_err(),
            UrlError::Scheme
        );
        assert_eq!(
            normalise_url("http://u@example.org").unwrap_err(),
            UrlError::Userinfo
        );
    }
}
