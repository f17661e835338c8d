//! Compressed responses. The web application's files are compressed once, when the
//! app is built (gzip and brotli next to each file, see `web/vite.config.ts`); GraphQL
//! answers above [`GZIP_MIN_BYTES`] are gzipped on the fly, fast rather than small.
//! Both only when the request's `Accept-Encoding` allows the coding.

use std::io::Write;

use flate2::{Compression, write::GzEncoder};
use poem::http::{HeaderMap, header};

/// Answers smaller than this go out as they are: they fit a packet or two anyway.
pub const GZIP_MIN_BYTES: usize = 1400;

/// A content coding a response may be sent in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// The token in `Accept-Encoding` and `Content-Encoding`.
    pub fn token(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// The file name suffix of a file compressed with this coding.
    pub fn suffix(self) -> &'static str {
        match self {
            Coding::Brotli => ".br",
            Coding::Gzip => ".gz",
        }
    }
}

/// Whether the request's `Accept-Encoding` allows `coding`: named (or `*`) with a
/// quality above zero; an explicit entry for the coding wins over `*`.
pub fn accepts(headers: &HeaderMap, coding: Coding) -> bool {
    let mut star = false;
    for entry in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
    {
        let mut parts = entry.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let quality = parts
            .filter_map(|param| param.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding.token()) {
            return quality > 0.0;
        }
        if name == "*" {
            star = quality > 0.0;
        }
    }
    star
}

/// `bytes` gzipped at the fastest level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(bytes.len() / 4), Compression::fast());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .expect("writing to memory does not fail")
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use flate2::read::GzDecoder;
    use poem::http::HeaderValue;

    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap(),
        );
        headers
    }

    /// Codings are matched by name, case-insensitively; quality 0 refuses; `*` covers
    /// the codings not named; no header accepts nothing.
    #[test]
    fn accept_encoding_is_read_with_its_qualities() {
        let browser = headers("gzip, deflate, br, zstd");
        assert!(accepts(&browser, Coding::Brotli));
        assert!(accepts(&browser, Coding::Gzip));
        assert!(!accepts(&headers("gzip"), Coding::Brotli));
        assert!(accepts(&headers("GZIP;q=0.5"), Coding::Gzip));
        assert!(!accepts(&headers("gzip;q=0, br"), Coding::Gzip));
        assert!(!accepts(&headers("gzip; q=0.0"), Coding::Gzip));
        assert!(accepts(&headers("*"), Coding::Brotli));
        assert!(!accepts(&headers("*, br;q=0"), Coding::Brotli));
        assert!(!accepts(&headers("identity"), Coding::Gzip));
        assert!(!accepts(&HeaderMap::new(), Coding::Gzip));
    }

    /// What goes in comes out, smaller when it repeats.
    #[test]
    fn gzip_round_trips() {
        let text = "{\"data\":{\"posts\":[".to_owned() + &"{\"body\":\"Hallo\"},".repeat(200);
        let packed = gzip(text.as_bytes());
        assert!(packed.len() < text.len() / 10, "{}", packed.len());
        let mut unpacked = String::new();
        GzDecoder::new(packed.as_slice())
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, text);
    }
}
