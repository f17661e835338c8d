//! The frame every mail shares: a header line, the paragraphs, an optional action link
//! and a footer, rendered once as plain text and once as a small, accessible HTML page
//! (inline styles only, no external images or fonts).

use std::fmt::Write;

/// The language a mail is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lang {
    /// German, formal address ("Sie").
    De,
    /// English.
    En,
}

impl Lang {
    /// Reads a language tag: "en" and its regional variants are English, anything else German.
    pub(super) fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::De
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    fn footer(self) -> &'static str {
        match self {
            Lang::De => "Diese Nachricht wurde automatisch von Fachforum versendet.",
            Lang::En => "This message was sent automatically by Fachforum.",
        }
    }

    fn link_fallback(self) -> &'static str {
        match self {
            Lang::De => "Falls die Schaltfläche nicht funktioniert, öffnen Sie diese Adresse:",
            Lang::En => "If the button does not work, open this address:",
        }
    }
}

/// The header line at the top of every mail.
const SITE_NAME: &str = "Fachforum";

const FONT: &str = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const ACCENT: &str = "#1f3a5f";
const BORDER: &str = "#d5dae0";

/// The plain-text part: the same words as the HTML, the action's URL on its own line.
pub(super) fn text(lang: Lang, paragraphs: &[String], action: Option<(&str, &str)>) -> String {
    let mut out = format!("{SITE_NAME}\n\n");
    for paragraph in paragraphs {
        out.push_str(paragraph.trim_end());
        out.push_str("\n\n");
    }
    if let Some((label, url)) = action {
        let _ = write!(out, "{label}:\n{url}\n\n");
    }
    out.push_str("-- \n");
    out.push_str(lang.footer());
    out.push('\n');
    out
}

/// The HTML part. Every caller-supplied string is escaped; line breaks inside a
/// paragraph become `<br>`.
pub(super) fn html(
    lang: Lang,
    subject: &str,
    paragraphs: &[String],
    action: Option<(&str, &str)>,
) -> String {
    let tag = lang.tag();
    let subject = escape(subject);
    let mut body = String::new();
    for paragraph in paragraphs {
        let paragraph = escape(paragraph.trim_end()).replace('\n', "<br>\n");
        let _ = writeln!(body, r#"<p style="margin:0 0 16px 0;">{paragraph}</p>"#);
    }
    if let Some((label, url)) = action {
        let (label, url, fallback) = (escape(label), escape(url), lang.link_fallback());
        let _ = writeln!(
            body,
            r#"<p style="margin:24px 0 24px 0;"><a href="{url}" style="display:inline-block;padding:12px 22px;background-color:{ACCENT};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">{label}</a></p>
<p style="margin:0;font-size:14px;line-height:1.5;color:#4a5059;">{fallback}<br>
<a href="{url}" style="color:{ACCENT};word-break:break-all;">{url}</a></p>"#
        );
    }
    let footer = lang.footer();
    format!(
        r#"<!DOCTYPE html>
<html lang="{tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{subject}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f5f7;">
<div role="article" aria-label="{subject}" lang="{tag}" style="{FONT}color:#1d2125;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border:1px solid {BORDER};border-radius:6px;">
<tr><td style="padding:18px 28px;border-bottom:3px solid {ACCENT};{FONT}font-size:18px;font-weight:bold;color:{ACCENT};">{SITE_NAME}</td></tr>
<tr><td style="padding:24px 28px 8px 28px;{FONT}font-size:16px;line-height:1.5;color:#1d2125;">
{body}</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid {BORDER};{FONT}font-size:13px;line-height:1.5;color:#5a6169;">{footer}</td></tr>
</table>
</td></tr>
</table>
</div>
</body>
</html>
"#
    )
}

/// Escapes text for HTML element content and quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
