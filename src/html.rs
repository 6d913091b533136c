//! Telegram's HTML subset: escaping values, checking a message against the Bot API rules,
//! and turning a message into plain text for the console.

/// Escapes text for Telegram HTML (`<`, `>`, `&`, `"`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

const ALLOWED: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
];

/// Checks that `html` is a message Telegram will accept in HTML parse mode: only allowed
/// tags, balanced and properly nested, only known entities, 1–4096 characters of text.
pub fn validate(html: &str) -> Result<(), String> {
    let text = to_plain_parts(html)?;
    let len: usize = text.encode_utf16().count();
    if text.trim().is_empty() {
        return Err("the message has no text".into());
    }
    if len > crate::limits::MESSAGE_TEXT {
        return Err(format!("the message is {len} characters long, over {}", crate::limits::MESSAGE_TEXT));
    }
    Ok(())
}

/// Renders Telegram HTML as readable plain text: tags dropped, links shown with their
/// address, entities decoded. Invalid HTML is shown as it is.
pub fn to_plain(html: &str) -> String {
    to_plain_parts(html).unwrap_or_else(|_| html.to_owned())
}

fn to_plain_parts(html: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut stack: Vec<(String, Option<String>)> = Vec::new();
    let mut rest = html;
    while let Some(pos) = rest.find(['<', '&', '>']) {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        if rest.starts_with('>') {
            return Err("a bare `>`: write &gt;".into());
        }
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10).ok_or("a bare `&`: write &amp;")?;
            out.push(decode_entity(&rest[1..end]).ok_or_else(|| format!("unknown entity {}", &rest[..=end]))?);
            rest = &rest[end + 1..];
            continue;
        }
        let end = rest.find('>').ok_or("a `<` with no `>`: write &lt;")?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            match stack.pop() {
                Some((open, href)) if open == name => {
                    if let Some(href) = href {
                        out.push_str(&format!(" ({href})"));
                    }
                }
                Some((open, _)) => return Err(format!("</{name}> closes <{open}>")),
                None => return Err(format!("</{name}> closes nothing")),
            }
            continue;
        }
        let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let name = name.to_ascii_lowercase();
        if !ALLOWED.contains(&name.as_str()) {
            return Err(format!("<{name}> is not allowed by Telegram"));
        }
        let attrs = attrs.trim();
        let href = match name.as_str() {
            "a" => {
                let value = attrs
                    .strip_prefix("href=\"")
                    .and_then(|v| v.strip_suffix('"'))
                    .ok_or("<a> needs exactly href=\"…\"")?;
                Some(check_link(value)?)
            }
            "span" if attrs == "class=\"tg-spoiler\"" => None,
            "span" => return Err("<span> needs class=\"tg-spoiler\"".into()),
            "blockquote" if attrs.is_empty() || attrs == "expandable" => None,
            "code" if attrs.is_empty() || attrs.starts_with("class=\"language-") => None,
            _ if attrs.is_empty() => None,
            _ => return Err(format!("<{name}> takes no attributes here")),
        };
        stack.push((name, href));
    }
    out.push_str(rest);
    if let Some((open, _)) = stack.pop() {
        return Err(format!("<{open}> is never closed"));
    }
    Ok(out)
}

/// The target of a link as written in an `href` (entities decoded), if a link may go there:
/// `https:` pages, which include Telegram's own `https://t.me/…`, and Telegram's `tg:` links.
/// Anything else (`javascript:`, `data:`, `http:`, `file:`, a relative address) is refused.
pub fn check_link(href: &str) -> Result<String, String> {
    let target = decode_all(href)?;
    match url::Url::parse(&target) {
        Ok(url) if matches!(url.scheme(), "https" | "tg") => Ok(target),
        Ok(url) => Err(format!("a link to `{}:` (only https: and Telegram's tg: links are allowed)", url.scheme())),
        Err(_) => Err("a link that is not a full https: or tg: address".into()),
    }
}

/// `text` with its entities decoded, or the first one that is not known.
fn decode_all(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest.find(';').filter(|&e| e <= 10).ok_or("a bare `&`: write &amp;")?;
        out.push(decode_entity(&rest[1..end]).ok_or_else(|| format!("unknown entity {}", &rest[..=end]))?);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_makes_any_text_valid() {
        let nasty = "<b>&amp; \"quoted\" </i> & <script>";
        let html = format!("<b>{}</b>", escape(nasty));
        assert_eq!(validate(&html), Ok(()));
        assert_eq!(to_plain(&html), nasty);
    }

    #[test]
    fn unbalanced_or_unknown_tags_are_refused() {
        assert!(validate("<b>bold").is_err());
        assert!(validate("<b><i>x</b></i>").is_err());
        assert!(validate("<div>x</div>").is_err());
        assert!(validate("a & b").is_err());
        assert!(validate("1 < 2").is_err());
        assert!(validate("&nbsp;").is_err());
        assert!(validate("").is_err());
    }

    #[test]
    fn links_show_their_address_in_plain_text() {
        let html = "<a href=\"https://example.org/?a=1&amp;b=2\">form</a>";
        assert_eq!(validate(html), Ok(()));
        assert_eq!(to_plain(html), "form (https://example.org/?a=1&b=2)");
    }

    #[test]
    fn links_go_only_to_https_and_telegram() {
        for ok in [
            "https://example.org/form",
            "https://t.me/objection_bot?start=x",
            "tg://resolve?domain=x",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert_eq!(validate(&format!("<a href=\"{ok}\">go</a>")), Ok(()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "&#106;avascript:alert(1)",
            "java&#x73;cript:alert(1)",
            "data:text/html,x",
            "http://example.org",
            "file:///etc/passwd",
            "mailto:a@example.org",
            "/relative",
            "",
        ] {
            let problem = validate(&format!("<a href=\"{bad}\">go</a>")).expect_err(bad);
            assert!(problem.contains("link"), "{bad}: {problem}");
        }
        assert!(validate("<a href=\"javascript:x\">go</a>").unwrap_err().contains("`javascript:`"));
    }

    #[test]
    fn length_counts_text_not_markup() {
        let long = format!("<b>{}</b>", "x".repeat(4096));
        assert_eq!(validate(&long), Ok(()));
        assert!(validate(&"x".repeat(4097)).is_err());
        assert!(validate(&"€".repeat(4097)).is_err());
        assert_eq!(validate(&"&amp;".repeat(4096)), Ok(()));
    }
}
