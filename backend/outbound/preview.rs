//! A page's title and description from the head of its HTML, as a suggestion for the
//! form where a member adds a link.
//!
//! html5ever's tokenizer (the one ammonia parses with) reads the page, so entities,
//! comments, `<script>` and `<style>` are handled as a browser would; no tree is built
//! and reading stops where the body begins. Nothing the page refers to is fetched.

use std::cell::RefCell;

use html5ever::{
    tendril::StrTendril,
    tokenizer::{
        BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
        states::RawKind,
    },
};

use super::MAX_BODY_BYTES;
use crate::text;

/// The longest title a preview suggests, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest description a preview suggests, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 1000;

/// What a page says about itself; each part is missing when the page does not say it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// `og:title`, else `<title>`: one line, at most [`MAX_TITLE_CHARS`] characters.
    pub title: Option<String>,
    /// `og:description`, else `<meta name="description">`: one line, at most
    /// [`MAX_DESCRIPTION_CHARS`] characters.
    pub description: Option<String>,
}

/// The preview of an HTML page from its first bytes (at most [`MAX_BODY_BYTES`] of
/// them are looked at) and the `charset` of its `Content-Type`, if any.
pub(super) fn extract(body: &[u8], header_charset: Option<&str>) -> Preview {
    let body = &body[..body.len().min(MAX_BODY_BYTES)];
    let html = decode(body, header_charset);
    let tokenizer = Tokenizer::new(HeadReader::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    // Fed in pieces, so that a page whose head ends early is not tokenized to the end.
    for piece in pieces(&html, 16 * 1024) {
        input.push_back(StrTendril::from_slice(piece));
        let _ = tokenizer.feed(&input);
        if tokenizer.sink.found.borrow().head_ended {
            break;
        }
    }
    tokenizer.end();
    let found = tokenizer.sink.found.into_inner();
    Preview {
        title: tidy(found.og_title, MAX_TITLE_CHARS).or_else(|| tidy(found.title, MAX_TITLE_CHARS)),
        description: tidy(found.og_description, MAX_DESCRIPTION_CHARS)
            .or_else(|| tidy(found.description, MAX_DESCRIPTION_CHARS)),
    }
}

/// `text` in pieces of about `size` bytes, cut at character boundaries.
fn pieces(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = size.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

/// The page as text. The charset comes from the header, else a byte-order mark, else
/// a `charset` in the first 1 024 bytes (`<meta charset>` or `http-equiv`). UTF-8 and
/// Latin-1/Windows-1252 are understood; anything else, or nothing said, is read as
/// UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise, which is what such
/// pages nearly always are.
fn decode(body: &[u8], header_charset: Option<&str>) -> String {
    if let Some(rest) = body.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let declared = header_charset
        .map(|label| label.trim().to_ascii_lowercase())
        .or_else(|| sniff_charset(&body[..body.len().min(1024)]));
    match declared.as_deref() {
        Some("utf-8" | "utf8") => String::from_utf8_lossy(body).into_owned(),
        Some(
            "iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "windows-1252" | "cp1252" | "us-ascii"
            | "ascii",
        ) => windows_1252(body),
        _ => match std::str::from_utf8(body) {
            Ok(text) => text.to_owned(),
            // A page cut at the byte limit may end inside a character.
            Err(error) if error.error_len().is_none() => String::from_utf8_lossy(body).into_owned(),
            Err(_) => windows_1252(body),
        },
    }
}

/// The label after the first `charset=` in `head`, lower-case.
fn sniff_charset(head: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let after = &head[head.find("charset")? + "charset".len()..];
    let value = after.trim_start().strip_prefix('=')?.trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let label: String = value
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Windows-1252, which browsers also use for pages labelled ISO-8859-1: bytes
/// 0x80–0x9F are the characters below, all others are the code point of their value.
fn windows_1252(body: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    body.iter()
        .map(|&byte| match byte {
            0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
            _ => char::from(byte),
        })
        .collect()
}

/// One line of at most `max` characters, without control characters, in NFC; `None`
/// when nothing is left. Longer text is cut at a word where there is one near the end,
/// and marked with `…`.
fn tidy(raw: Option<String>, max: usize) -> Option<String> {
    let words: Vec<&str> = raw.as_deref()?.split_whitespace().collect();
    let line: String = words
        .join(" ")
        .chars()
        .filter(|&c| !text::is_refused_control(c))
        .collect();
    let line = text::clean(&line).ok()?.trim().to_owned();
    if line.is_empty() {
        return None;
    }
    if line.chars().count() <= max {
        return Some(line);
    }
    let cut: String = line.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if cut[..space].chars().count() > max * 3 / 4 => &cut[..space],
        _ => cut.as_str(),
    };
    Some(format!("{}…", cut.trim_end()))
}

/// What the head says, collected while tokenizing.
#[derive(Default)]
struct Found {
    title: Option<String>,
    og_title: Option<String>,
    description: Option<String>,
    og_description: Option<String>,
    /// Inside `<title>`, collecting its text.
    in_title: bool,
    /// The body began (or the head ended): nothing more to learn.
    head_ended: bool,
}

/// A token sink that reads `<title>` and the description `<meta>`s of a head.
#[derive(Default)]
struct HeadReader {
    found: RefCell<Found>,
}

/// The elements that belong in a head; any other start tag begins the body.
const HEAD_ELEMENTS: &[&str] = &[
    "html", "head", "title", "meta", "link", "base", "script", "style", "noscript", "template",
];

impl HeadReader {
    fn tag(&self, tag: &Tag) -> TokenSinkResult<()> {
        let mut found = self.found.borrow_mut();
        let name = &*tag.name;
        if tag.kind == TagKind::EndTag {
            match name {
                "title" => found.in_title = false,
                "head" => found.head_ended = true,
                _ => {}
            }
            return TokenSinkResult::Continue;
        }
        if !HEAD_ELEMENTS.contains(&name) {
            found.head_ended = true;
            return TokenSinkResult::Continue;
        }
        match name {
            "title" if found.title.is_none() => {
                found.in_title = true;
                found.title = Some(String::new());
                TokenSinkResult::RawData(RawKind::Rcdata)
            }
            // Their content is not markup; tokenized as such, a `<title>` in a script
            // would count.
            "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "noscript" => TokenSinkResult::RawData(RawKind::Rawtext),
            "meta" => {
                meta(&mut found, tag);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Records a description or `og:` meta tag; the first of each kind counts.
fn meta(found: &mut Found, tag: &Tag) {
    let attribute = |wanted: &str| {
        tag.attrs
            .iter()
            .find(|attr| &*attr.name.local == wanted)
            .map(|attr| attr.value.to_string())
    };
    let Some(content) = attribute("content") else {
        return;
    };
    // Open Graph uses `property`; many pages write `name` instead.
    let key = attribute("property")
        .or_else(|| attribute("name"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let slot = match key.trim() {
        "og:title" => &mut found.og_title,
        "og:description" => &mut found.og_description,
        "description" => &mut found.description,
        _ => return,
    };
    slot.get_or_insert(content);
}

impl TokenSink for HeadReader {
    type Handle = ();

    fn process_token(&self, token: Token, _line_number: u64) -> TokenSinkResult<()> {
        if self.found.borrow().head_ended {
            return TokenSinkResult::Continue;
        }
        match token {
            Token::TagToken(tag) => self.tag(&tag),
            Token::CharacterTokens(text) => {
                let mut found = self.found.borrow_mut();
                if found.in_title
                    && let Some(title) = found.title.as_mut()
                {
                    title.push_str(&text);
                }
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preview(html: &str) -> Preview {
        extract(html.as_bytes(), None)
    }

    /// A typical head: og tags are preferred over `<title>` and the meta description,
    /// entities are decoded and whitespace is collapsed.
    #[test]
    fn og_tags_win_over_title_and_description() {
        let page = r#"<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Förderrichtlinie 2026 &ndash; Landesamt</title>
  <meta name="description" content="Die allgemeine Beschreibung.">
  <meta property="og:title" content="Förderrichtlinie&nbsp;2026:
      Fragen &amp; Antworten">
  <meta property="og:description" content="Was &quot;Kooperation&quot; bedeutet &#8211; kurz erklärt.">
  <script>document.title = "<title>nicht das</title>";</script>
</head>
<body><h1>Förderrichtlinie</h1></body>
</html>"#;
        assert_eq!(
            preview(page),
            Preview {
                title: Some("Förderrichtlinie 2026: Fragen & Antworten".into()),
                description: Some("Was \"Kooperation\" bedeutet – kurz erklärt.".into()),
            }
        );
    }

    /// Without og tags, `<title>` and the meta description are used.
    #[test]
    fn title_and_meta_description_are_the_fallback() {
        let page = "<html><head><TITLE>\n  Amt für  Statistik &lt;Startseite&gt;\n</TITLE>\
                    <meta content='Zahlen, Daten, Fakten' NAME='Description'></head></html>";
        assert_eq!(
            preview(page),
            Preview {
                title: Some("Amt für Statistik <Startseite>".into()),
                description: Some("Zahlen, Daten, Fakten".into()),
            }
        );
    }

    /// Pages without a head element still have their title read; a page without any,
    /// or one whose title is in the body, has none.
    #[test]
    fn pages_without_a_head_have_what_they_have() {
        assert_eq!(
            preview("<!doctype html><title>Nur ein Titel</title><p>Text</p>")
                .title
                .as_deref(),
            Some("Nur ein Titel")
        );
        assert_eq!(
            preview("<html><body><h1>Hallo</h1></body></html>"),
            Preview::default()
        );
        assert_eq!(
            preview("<p>Text</p><title>Zu spät</title><meta name=description content=x>"),
            Preview::default()
        );
        assert_eq!(preview(""), Preview::default());
        assert_eq!(preview("<title>   </title>"), Preview::default());
    }

    /// A Latin-1 page, labelled by its header, by a meta tag, or not at all.
    #[test]
    fn latin1_pages_are_decoded() {
        let mut page = b"<html><head><title>Gr\xfc\xdfe aus K\xf6ln \x96 \x80 5</title>".to_vec();
        page.extend_from_slice(b"</head></html>");
        let expected = Some("Grüße aus Köln – € 5".to_owned());
        assert_eq!(extract(&page, Some("ISO-8859-1")).title, expected);
        assert_eq!(extract(&page, None).title, expected);
        let mut labelled =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                .to_vec();
        labelled.extend_from_slice(&page);
        assert_eq!(extract(&labelled, None).title, expected);
        assert_eq!(
            extract("<title>Grüße</title>".as_bytes(), Some("utf-8"))
                .title
                .as_deref(),
            Some("Grüße")
        );
    }

    /// Long titles and descriptions are cut at a word, within the limits, and control
    /// characters are dropped.
    #[test]
    fn long_texts_are_cut_to_the_limits() {
        let words = "Verwaltungsvorschrift ".repeat(100);
        let page = format!(
            "<title>{words}</title><meta name=description content='{words}{words}'><meta property=og:title content='Ein&#7;Titel'>"
        );
        let found = preview(&page);
        assert_eq!(found.title.as_deref(), Some("EinTitel"));
        let description = found.description.unwrap();
        assert!(description.chars().count() <= MAX_DESCRIPTION_CHARS);
        assert!(
            description.ends_with("Verwaltungsvorschrift…"),
            "{description}"
        );

        let title = tidy(Some(words.clone()), MAX_TITLE_CHARS).unwrap();
        assert!(title.chars().count() <= MAX_TITLE_CHARS, "{title}");
        assert!(title.ends_with("Verwaltungsvorschrift…"), "{title}");
        let one_word = tidy(Some("x".repeat(500)), MAX_TITLE_CHARS).unwrap();
        assert_eq!(one_word.chars().count(), MAX_TITLE_CHARS);
    }

    /// The pieces fed to the tokenizer are cut between characters and add up to the
    /// whole text.
    #[test]
    fn pieces_are_cut_between_characters() {
        let text = "aäöü€x".repeat(5);
        let cut: Vec<&str> = pieces(&text, 4).collect();
        assert!(cut.len() > 5);
        assert_eq!(cut.concat(), text);
        assert_eq!(pieces("", 4).count(), 0);
    }

    /// Only the first MAX_BODY_BYTES are read: a head that goes on longer loses what
    /// comes after, and a page cut inside a character still decodes.
    #[test]
    fn a_huge_head_is_cut_at_the_byte_limit() {
        let mut page = String::from("<html><head><title>Früh</title>");
        while page.len() < MAX_BODY_BYTES - 1 {
            page.push_str("<meta name=filler content=x>");
        }
        page.truncate(MAX_BODY_BYTES - 1);
        // The limit falls between the two bytes of this "ü".
        page.push_str("ü<meta name=description content=spät></head>");
        let found = extract(page.as_bytes(), None);
        assert_eq!(found.title.as_deref(), Some("Früh"));
        assert_eq!(found.description, None);
    }
}
