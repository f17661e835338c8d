//! Markdown for everything people write (group descriptions, later posts): rendered
//! once at write time with pulldown-cmark, then cleaned with an ammonia allowlist. The
//! source and the HTML are stored side by side; readers get the stored HTML.
//!
//! What is supported: CommonMark plus tables, strikethrough, task lists and bare
//! `http(s)://` links. What is not: raw HTML (it is shown as text, as typed), and images
//! (they become links, so a page never loads anything from another origin). Only
//! `http`, `https` and `mailto` URLs (and relative ones) survive; every link gets
//! `rel="nofollow noopener"`.
//!
//! Mentions: the composer writes `[@Name](mention:<account id>)`. [`mentions`] finds
//! them, and [`to_html_with_mentions`] renders those the caller names (the members of
//! the group) as `<span class="mention">@Name</span>` with the account's current name,
//! and every other one as its link text, plain: whether an id belongs to anybody is
//! never visible in the output. `mention` is the only class the sanitiser lets through.

use std::{collections::HashMap, sync::LazyLock};

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{
    CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream, html,
};
use uuid::Uuid;

/// The sanitiser: the tags and attributes pulldown-cmark produces for the supported
/// syntax, and nothing else.
static CLEANER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::empty();
    builder
        .add_tags([
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "em",
            "strong",
            "del",
            "a",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "input",
            "span",
        ])
        .add_allowed_classes("span", ["mention"])
        .add_clean_content_tags(["script", "style"])
        .add_tag_attributes("a", ["href", "title"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("input", ["checked"])
        .set_tag_attribute_value("input", "type", "checkbox")
        .set_tag_attribute_value("input", "disabled", "")
        .add_url_schemes(["http", "https", "mailto"])
        .url_relative(UrlRelative::PassThrough)
        .link_rel(Some("nofollow noopener"))
        .strip_comments(true);
    builder
});

/// The URL scheme of mention links: `[@Name](mention:<account id>)`.
pub const MENTION_SCHEME: &str = "mention:";

/// The markdown extensions every text is parsed with.
fn parser(source: &str) -> TextMergeStream<'_, Parser<'_>> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    TextMergeStream::new(Parser::new_ext(source, options))
}

/// Renders markdown `source` to clean HTML. Mention links become their plain text.
pub fn to_html(source: &str) -> String {
    to_html_with_mentions(source, &HashMap::new())
}

/// Renders markdown `source` to clean HTML; a mention of an account in `names` (id to
/// current name) becomes `<span class="mention">@Name</span>`, any other mention its
/// link text as plain text.
pub fn to_html_with_mentions(source: &str, names: &HashMap<Uuid, String>) -> String {
    let mut raw = String::with_capacity(source.len() * 2);
    html::push_html(&mut raw, Rewrite::new(parser(source), names));
    CLEANER.clean(&raw).to_string()
}

/// The account ids mentioned in `source` (mention links outside code), in the order
/// they first appear, each once.
pub fn mentions(source: &str) -> Vec<Uuid> {
    let mut found = Vec::new();
    for event in parser(source) {
        if let Event::Start(Tag::Link { dest_url, .. }) = event
            && let Some(id) = mention_target(&dest_url)
            && !found.contains(&id)
        {
            found.push(id);
        }
    }
    found
}

/// The account id of a mention link's URL; `None` for other URLs.
fn mention_target(url: &str) -> Option<Uuid> {
    let rest = url.get(..MENTION_SCHEME.len())?;
    if !rest.eq_ignore_ascii_case(MENTION_SCHEME) {
        return None;
    }
    Uuid::parse_str(url[MENTION_SCHEME.len()..].trim()).ok()
}

/// True for links with the mention scheme, also with a malformed id.
fn is_mention_link(url: &str) -> bool {
    url.get(..MENTION_SCHEME.len())
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case(MENTION_SCHEME))
}

/// The event rewrites before rendering: raw HTML becomes text, images become links,
/// headings start at level 2 (the page has its own h1), bare URLs become links,
/// mentions become spans or text.
struct Rewrite<'a, 'n, I> {
    inner: I,
    /// The people a mention may name: account id to current name.
    names: &'n HashMap<Uuid, String>,
    /// Events produced by splitting one text event, to hand out before reading on.
    pending: std::collections::VecDeque<Event<'a>>,
    /// Inside a link or a code block no autolinks are made.
    no_autolink_depth: usize,
}

impl<'a, 'n, I: Iterator<Item = Event<'a>>> Rewrite<'a, 'n, I> {
    fn new(inner: I, names: &'n HashMap<Uuid, String>) -> Self {
        Rewrite {
            inner,
            names,
            pending: Default::default(),
            no_autolink_depth: 0,
        }
    }

    /// Replaces a mention link (its start event just read) by a span with the person's
    /// name, or by its link text when the id is not one of `names`.
    fn mention(&mut self, url: &str) -> Option<Event<'a>> {
        let mut text = String::new();
        for event in self.inner.by_ref() {
            match event {
                Event::End(TagEnd::Link) => break,
                Event::Text(part) | Event::Code(part) => text.push_str(&part),
                _ => {}
            }
        }
        match mention_target(url).and_then(|id| self.names.get(&id)) {
            Some(name) => self.pending.extend([
                Event::InlineHtml(CowStr::Borrowed("<span class=\"mention\">")),
                Event::Text(CowStr::from(format!("@{name}"))),
                Event::InlineHtml(CowStr::Borrowed("</span>")),
            ]),
            None => self.pending.push_back(Event::Text(CowStr::from(text))),
        }
        self.pending.pop_front()
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for Rewrite<'a, '_, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(event) = self.pending.pop_front() {
            return Some(event);
        }
        let event = self.inner.next()?;
        Some(match event {
            Event::Start(Tag::Link { dest_url, .. }) if is_mention_link(&dest_url) => {
                return self.mention(&dest_url);
            }
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                self.no_autolink_depth += 1;
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Image) => {
                self.no_autolink_depth -= 1;
                Event::End(TagEnd::Link)
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: demote(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
            Event::Start(tag @ (Tag::Link { .. } | Tag::CodeBlock(_))) => {
                self.no_autolink_depth += 1;
                Event::Start(tag)
            }
            Event::End(tag @ (TagEnd::Link | TagEnd::CodeBlock)) => {
                self.no_autolink_depth -= 1;
                Event::End(tag)
            }
            Event::Text(text) if self.no_autolink_depth == 0 && find_url_start(&text).is_some() => {
                self.pending.extend(autolink(&text));
                self.pending.pop_front()?
            }
            other => other,
        })
    }
}

/// One heading level lower, so that `#` in a description does not compete with the
/// page's own title.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// Splits a text into plain parts and links around bare `http://` and `https://` URLs.
fn autolink(text: &str) -> Vec<Event<'static>> {
    let mut events = Vec::new();
    let mut rest = text;
    while let Some(start) = find_url_start(rest) {
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(candidate.len());
        let url = trim_url(&candidate[..end]);
        if url.len() <= "https://".len() {
            // A scheme without a host: keep it as text and search on after it.
            events.push(Event::Text(CowStr::from(
                rest[..start + url.len()].to_owned(),
            )));
            rest = &rest[start + url.len()..];
            continue;
        }
        if start > 0 {
            events.push(Event::Text(CowStr::from(rest[..start].to_owned())));
        }
        events.push(Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: CowStr::from(url.to_owned()),
            title: CowStr::Borrowed(""),
            id: CowStr::Borrowed(""),
        }));
        events.push(Event::Text(CowStr::from(url.to_owned())));
        events.push(Event::End(TagEnd::Link));
        rest = &rest[start + url.len()..];
    }
    if !rest.is_empty() || events.is_empty() {
        events.push(Event::Text(CowStr::from(rest.to_owned())));
    }
    events
}

/// Where the next `http://` or `https://` starts (case-insensitively), at a word start.
fn find_url_start(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("http") {
        let at = from + found;
        let tail = &lower[at..];
        let at_word_start = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if at_word_start && (tail.starts_with("http://") || tail.starts_with("https://")) {
            return Some(at);
        }
        from = at + "http".len();
    }
    None
}

/// Drops trailing punctuation that belongs to the sentence, not the URL (a closing
/// parenthesis only when the URL has no matching opening one).
fn trim_url(url: &str) -> &str {
    let mut url = url;
    loop {
        let Some(last) = url.chars().next_back() else {
            return url;
        };
        let unbalanced_paren = last == ')' && url.matches('(').count() < url.matches(')').count();
        if matches!(
            last,
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '*' | '_' | '~'
        ) || unbalanced_paren
        {
            url = &url[..url.len() - last.len_utf8()];
        } else {
            return url;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use uuid::Uuid;

    use super::{mentions, to_html, to_html_with_mentions};

    /// The elements and attributes the output may contain, and nothing else.
    const ALLOWED: &[(&str, &[&str])] = &[
        ("p", &[]),
        ("br", &[]),
        ("hr", &[]),
        ("h2", &[]),
        ("h3", &[]),
        ("h4", &[]),
        ("h5", &[]),
        ("h6", &[]),
        ("em", &[]),
        ("strong", &[]),
        ("del", &[]),
        ("a", &["href", "title", "rel"]),
        ("code", &[]),
        ("pre", &[]),
        ("blockquote", &[]),
        ("ul", &[]),
        ("ol", &["start"]),
        ("li", &[]),
        ("table", &[]),
        ("thead", &[]),
        ("tbody", &[]),
        ("tr", &[]),
        ("th", &[]),
        ("td", &[]),
        ("input", &["type", "disabled", "checked"]),
        ("span", &["class"]),
    ];

    /// One start or end tag of the output: its name and attributes.
    struct Element {
        name: String,
        attributes: Vec<(String, String)>,
    }

    /// Every tag in serialised HTML. In the sanitiser's output every `<` of text is
    /// escaped, so each `<` starts a tag; quoted attribute values may hold anything.
    fn elements(html: &str) -> Vec<Element> {
        let mut found = Vec::new();
        let mut chars = html.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '<' {
                continue;
            }
            let mut name = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '>' || (c == '/' && !name.is_empty()) {
                    break;
                }
                name.push(c);
                chars.next();
            }
            let mut attributes = Vec::new();
            loop {
                while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
                    chars.next();
                }
                match chars.peek() {
                    None => break,
                    Some('>') => {
                        chars.next();
                        break;
                    }
                    Some(_) => {}
                }
                let mut attribute = String::new();
                while let Some(&c) = chars.peek() {
                    if c == '=' || c == '>' || c.is_whitespace() {
                        break;
                    }
                    attribute.push(c);
                    chars.next();
                }
                let mut value = String::new();
                if chars.peek() == Some(&'=') {
                    chars.next();
                    assert_eq!(chars.next(), Some('"'), "unquoted attribute in {html:?}");
                    for c in chars.by_ref() {
                        if c == '"' {
                            break;
                        }
                        value.push(c);
                    }
                }
                attributes.push((attribute.to_lowercase(), value));
            }
            found.push(Element {
                name: name.trim_start_matches('/').to_lowercase(),
                attributes,
            });
        }
        found
    }

    /// The scheme of a URL as a browser reads it (after dropping the tabs, newlines and
    /// leading controls it ignores, and decoding the entities the serialiser writes);
    /// `None` for relative URLs.
    fn scheme(url: &str) -> Option<String> {
        let url = url.replace("&amp;", "&").replace("&quot;", "\"");
        let url: String = url
            .trim_start_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let (candidate, _) = url.split_once(':')?;
        let mut chars = candidate.chars();
        let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        valid.then(|| candidate.to_ascii_lowercase())
    }

    /// Asserts that the HTML rendered from `source` holds only allowed elements and
    /// attributes, and only http(s), mailto or relative URLs; so does the sanitiser
    /// alone when given `source` as HTML (the second line of defence, should raw HTML
    /// ever reach it). Returns the rendered HTML.
    fn assert_inert(source: &str) -> String {
        check_inert(&super::CLEANER.clean(source).to_string(), source);
        let html = to_html(source);
        check_inert(&html, source);
        html
    }

    fn check_inert(html: &str, source: &str) {
        for element in elements(html) {
            let allowed = ALLOWED
                .iter()
                .find(|(name, _)| *name == element.name)
                .unwrap_or_else(|| {
                    panic!("<{}> survived in {html:?} (from {source:?})", element.name)
                });
            for (attribute, value) in &element.attributes {
                assert!(
                    allowed.1.contains(&attribute.as_str()),
                    "{attribute:?} on <{}> survived in {html:?} (from {source:?})",
                    element.name
                );
                if attribute == "href" {
                    let scheme = scheme(value);
                    assert!(
                        matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")),
                        "{value:?} survived in {html:?} (from {source:?})"
                    );
                }
                if element.name == "input" && attribute == "type" {
                    assert_eq!(value, "checkbox", "{html:?}");
                }
                if attribute == "class" {
                    assert_eq!(value, "mention", "{html:?}");
                }
            }
        }
    }

    /// The checker itself finds what it must: foreign elements, attributes, schemes.
    #[test]
    fn the_checker_sees_markup_not_text() {
        let tags = elements("<p>a &lt;b&gt;</p><a href=\"x>y\" rel=\"z\">t</a><br>");
        let names: Vec<&str> = tags.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["p", "p", "a", "a", "br"]);
        assert_eq!(tags[2].attributes[0], ("href".to_owned(), "x>y".to_owned()));
        assert_eq!(
            scheme(" java\tscript:alert(1)").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("java%0Ascript:alert(1)"), None);
        assert_eq!(scheme("/groups/1"), None);
        assert_eq!(scheme("HTTPS://x.de").as_deref(), Some("https"));
    }

    /// Script tags, raw or hidden in markdown constructs, come out as inert text.
    #[test]
    fn script_is_never_executable() {
        for source in [
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "Text <script>alert(1)</script> more",
            "> <script>alert(1)</script>",
            "- <script>alert(1)</script>",
            "| a |\n|---|\n| <script>alert(1)</script> |",
            "<<script>script>alert(1)<</script>/script>",
            "`</code><script>alert(1)</script>`",
            "```\n</pre><script>alert(1)</script>\n```",
        ] {
            let html = assert_inert(source);
            assert!(!html.to_lowercase().contains("<script"), "{html}");
        }
        assert_eq!(
            to_html("<script>alert(1)</script>"),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        );
    }

    /// Frames, objects, SVG and MathML never survive.
    #[test]
    fn embedding_elements_are_removed() {
        for source in [
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<svg onload=alert(1)><circle r=\"1\"/></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<base href=\"https://evil.example/\"><link rel=stylesheet href=x><meta http-equiv=refresh content=0>",
            "<video><source onerror=alert(1)></video>",
        ] {
            assert_inert(source);
        }
    }

    /// Event handler attributes are dropped wherever they appear.
    #[test]
    fn event_handlers_are_removed() {
        for source in [
            "<p onclick=\"alert(1)\">x</p>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
            "[x](https://ok.example\" onmouseover=\"alert(1))",
        ] {
            assert_inert(source);
        }
    }

    /// javascript:, vbscript: and data: links are removed in every spelling.
    #[test]
    fn dangerous_urls_are_removed() {
        for source in [
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](java%0Ascript:alert(1))",
            "[click]( javascript:alert(1))",
            "[click](<javascript:alert(1)>)",
            "<javascript:alert(1)>",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "[a](javascript:alert(1) \"t\")",
        ] {
            assert_inert(source);
        }
    }

    /// Markdown and HTML nested into each other cannot build an executable element.
    #[test]
    fn nested_tricks_stay_inert() {
        for source in [
            "[<img src=x onerror=alert(1)>](https://ok.example)",
            "![<script>alert(1)</script>](https://ok.example/x.png)",
            "[x](https://ok.example/\"><script>alert(1)</script>)",
            "<a href=\"[x](javascript:alert(1))\">y</a>",
            "**<img src=x onerror=alert(1)>**",
            "<div>\n\n[x](javascript:alert(1))\n\n</div>",
            "<!-- --><script>alert(1)</script><!-- -->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "https://ok.example/\"onmouseover=\"alert(1)",
            "https://ok.example/<script>alert(1)</script>",
            "- [ ] <input type=\"text\" onfocus=alert(1) autofocus>",
        ] {
            assert_inert(source);
        }
    }

    /// Supported markdown renders: emphasis, headings one level down, lists, tables,
    /// strikethrough, task lists, code.
    #[test]
    fn supported_syntax_renders() {
        let html = to_html(
            "# Titel\n\n*kursiv* **fett** ~~weg~~ `code`\n\n\
             - [x] erledigt\n- [ ] offen\n\n| A | B |\n|---|:-:|\n| 1 | 2 |\n",
        );
        assert!(html.contains("<h2>Titel</h2>"), "{html}");
        assert!(html.contains("<em>kursiv</em>"), "{html}");
        assert!(html.contains("<strong>fett</strong>"), "{html}");
        assert!(html.contains("<del>weg</del>"), "{html}");
        assert!(html.contains("<code>code</code>"), "{html}");
        // The sanitiser sets attributes in no fixed order: compare them as sets.
        let boxes: Vec<Vec<String>> = elements(&html)
            .into_iter()
            .filter(|e| e.name == "input")
            .map(|e| {
                let mut names: Vec<String> = e.attributes.into_iter().map(|(n, _)| n).collect();
                names.sort();
                names
            })
            .collect();
        assert_eq!(
            boxes,
            [
                vec!["checked", "disabled", "type"],
                vec!["disabled", "type"]
            ],
            "{html}"
        );
        assert!(
            html.contains("\nerledigt</li>") && html.contains("\noffen</li>"),
            "{html}"
        );
        assert!(
            html.contains("<table>") && html.contains("<td>2</td>"),
            "{html}"
        );
        assert!(!html.contains("style="), "{html}");
    }

    /// Links keep http(s) and mailto targets and get rel="nofollow noopener"; bare URLs
    /// become links without their trailing punctuation; images become links.
    #[test]
    fn links_are_marked_and_bare_urls_linked() {
        let html = to_html("[Programm](https://www.example.org/kaoa)");
        assert_eq!(
            html,
            "<p><a href=\"https://www.example.org/kaoa\" rel=\"nofollow noopener\">Programm</a></p>\n"
        );
        let html = to_html("Siehe https://example.org/a_b_c. Und (https://example.org/x).");
        assert!(
            html.contains(
                "<a href=\"https://example.org/a_b_c\" rel=\"nofollow noopener\">https://example.org/a_b_c</a>."
            ),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"https://example.org/x\" rel=\"nofollow noopener\">https://example.org/x</a>)"),
            "{html}"
        );
        let html = to_html("`https://example.org/code` and [x](mailto:a@example.org)");
        assert!(
            html.contains("<code>https://example.org/code</code>"),
            "{html}"
        );
        assert!(html.contains("href=\"mailto:a@example.org\""), "{html}");
        let html = to_html("![Plan](https://example.org/plan.png)");
        assert_eq!(
            html,
            "<p><a href=\"https://example.org/plan.png\" rel=\"nofollow noopener\">Plan</a></p>\n"
        );
        assert_eq!(
            to_html("nur https:// allein"),
            "<p>nur https:// allein</p>\n"
        );
    }

    /// Raw HTML is shown as typed, not interpreted (also for harmless tags).
    #[test]
    fn raw_html_is_shown_as_text() {
        assert_eq!(
            to_html("Termin <b>morgen</b>"),
            "<p>Termin &lt;b&gt;morgen&lt;/b&gt;</p>\n"
        );
        assert_eq!(to_html(""), "");
    }

    const ANNA: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00a1);
    const BEN: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00b2);

    /// The names a mention may show: Anna only.
    fn members() -> HashMap<Uuid, String> {
        HashMap::from([(ANNA, "Anna Berg".to_owned())])
    }

    /// Mentions are found in order, once each, outside code and with any case of the
    /// scheme; malformed ids are no mentions.
    #[test]
    fn mentions_are_extracted() {
        let source = format!(
            "Hallo [@Anna](mention:{ANNA}) und [@Ben](MENTION:{BEN}), \
             nochmal [@A](mention:{ANNA}). `[@X](mention:{BEN})` [@Y](mention:kein-id)\n\n\
             ```\n[@Z](mention:{BEN})\n```"
        );
        assert_eq!(mentions(&source), vec![ANNA, BEN]);
        assert!(mentions("[x](https://example.org) @Anna").is_empty());
    }

    /// A member's mention shows their current name in a span; any other mention (an
    /// unknown id, a non-member, a malformed id) shows its link text, plain.
    #[test]
    fn mentions_render_as_spans_or_text() {
        let html = to_html_with_mentions(
            &format!("Danke [@Anni](mention:{ANNA}), [@Ben](mention:{BEN}) und [@X](mention:1)"),
            &members(),
        );
        assert_eq!(
            html,
            "<p>Danke <span class=\"mention\">@Anna Berg</span>, @Ben und @X</p>\n"
        );
        assert_eq!(
            to_html(&format!("[@Anna](mention:{ANNA})")),
            "<p>@Anna</p>\n"
        );
    }

    /// Names and link texts with markup stay text, other classes never survive, and a
    /// mention cannot carry a URL, an attribute or a handler into the output.
    #[test]
    fn mentions_stay_inert() {
        let evil = HashMap::from([(ANNA, "<img src=x onerror=alert(1)>\"'&".to_owned())]);
        let html = to_html_with_mentions(&format!("[@A](mention:{ANNA})"), &evil);
        assert_eq!(
            html,
            "<p><span class=\"mention\">@&lt;img src=x onerror=alert(1)&gt;\"'&amp;</span></p>\n"
        );
        check_inert(&html, "evil name");
        for source in [
            format!("[<script>alert(1)</script>](mention:{BEN})"),
            format!("[@x](mention:{ANNA} \"title\\\" onmouseover=\\\"alert(1)\")"),
            format!("[@x](mention:{ANNA}<script>)"),
            "[@x](mention:javascript:alert(1))".to_owned(),
            "<span class=\"mention evil\" onclick=\"alert(1)\">x</span>".to_owned(),
            format!("<a href=\"mention:{ANNA}\">x</a>"),
            format!("[![x](javascript:alert(1))](mention:{ANNA})"),
            format!("[@x](mention:{ANNA})[y](javascript:alert(1))"),
        ] {
            let html = to_html_with_mentions(&source, &members());
            check_inert(&html, &source);
        }
        assert_eq!(
            super::CLEANER
                .clean("<span class=\"mention evil\" style=\"x\">a</span><div class=\"mention\">b</div>")
                .to_string(),
            "<span class=\"mention\">a</span>b"
        );
    }
}
