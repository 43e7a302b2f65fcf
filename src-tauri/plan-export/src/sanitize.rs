//! Section Markdown to HTML that is safe to show: the UI's preview and the HTML export.
//!
//! Section text is typed by people or imported from pages, so it may carry anything
//! Markdown allows, raw HTML included. The Markdown is rendered by pulldown-cmark and the
//! result always goes through ammonia with a narrow allow-list before anyone sees it.
//!
//! What holds for every output of [`markdown_to_safe_html`]:
//! - no `<script>`, `<style>`, `<iframe>`, `<object>`, `<svg>`, `<math>`, `<form>`, `<img>`
//!   or any other element outside the list of text elements (headings, paragraphs, lists,
//!   emphasis, code, quotes, tables, links);
//! - no event handler (`onerror`, `onclick`, ...) nor `style` attribute (except a table
//!   cell's `text-align`, exactly as pulldown-cmark writes it);
//! - links only to `http:`, `https:` and `mailto:` addresses; any other scheme
//!   (`javascript:`, `data:`, `vbscript:`, also when entity-encoded or mixed case) and
//!   relative addresses lose their `href`; every link gets `rel="noopener noreferrer"`;
//! - images are never loaded (no remote content): an image is replaced by its
//!   description.

use std::collections::HashSet;
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{html, Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::markdown_blocks::options;

/// The only URL schemes a link may keep.
const LINK_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The elements Markdown produces for text; anything else is removed.
const TEXT_TAGS: [&str; 32] = [
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "span",
    "div",
];

/// The only `style` values kept: the column alignments pulldown-cmark writes on table cells.
const TABLE_ALIGNMENTS: [&str; 3] = ["text-align: left", "text-align: center", "text-align: right"];

fn sanitizer() -> &'static Builder<'static> {
    static BUILDER: OnceLock<Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = Builder::empty();
        builder
            .tags(TEXT_TAGS.iter().copied().collect::<HashSet<_>>())
            .clean_content_tags(["script", "style"].into_iter().collect())
            .url_schemes(LINK_SCHEMES.iter().copied().collect())
            .url_relative(UrlRelative::Deny)
            .link_rel(Some("noopener noreferrer"))
            .add_tag_attributes("a", ["href", "title"])
            .add_tag_attributes("ol", ["start"])
            .add_tag_attributes("td", ["style"])
            .add_tag_attributes("th", ["style"])
            .attribute_filter(|_element, attribute, value| match attribute {
                "style" => TABLE_ALIGNMENTS.contains(&value).then_some(value.into()),
                _ => Some(value.into()),
            });
        builder
    })
}

/// Quotes and lists nest at most this deep in the HTML; deeper ones keep their text, flat
/// (the HTML sanitizer's time grows with the square of the depth: 24,000 nested quotes,
/// within a section's 50,000 characters, took a minute; found by reader_bounds).
const MAX_NESTED_BLOCKS: usize = 32;

/// Section Markdown as HTML that cannot run code or load anything: what the UI's preview
/// shows. See the module documentation for the guarantees.
pub fn markdown_to_safe_html(markdown: &str) -> String {
    safe_html(markdown, 0)
}

/// [`markdown_to_safe_html`] with every heading moved `heading_offset` levels down (at
/// most to `<h6>`), so a section's own `# Heading` ranks below the export's headings.
pub(crate) fn safe_html(markdown: &str, heading_offset: u8) -> String {
    let mut in_image = 0usize;
    let mut containers_kept: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options()).filter_map(|event| match event {
        Event::Start(tag @ (Tag::BlockQuote(_) | Tag::List(_) | Tag::Item)) => {
            let keep = containers_kept.iter().filter(|kept| **kept).count() < MAX_NESTED_BLOCKS;
            containers_kept.push(keep);
            keep.then_some(Event::Start(tag))
        }
        Event::End(end @ (TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item)) => {
            containers_kept.pop().unwrap_or(true).then_some(Event::End(end))
        }
        Event::Start(Tag::Image { .. }) => {
            in_image += 1;
            None
        }
        Event::End(TagEnd::Image) => {
            in_image = in_image.saturating_sub(1);
            None
        }
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Some(Event::Start(Tag::Heading { level: shifted(level, heading_offset), id, classes, attrs }))
        }
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(shifted(level, heading_offset)))),
        other => Some(other),
    });
    let mut rendered = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut rendered, events);
    sanitizer().clean(&rendered).to_string()
}

fn shifted(level: HeadingLevel, by: u8) -> HeadingLevel {
    let number = (level as u8).saturating_add(by).min(6);
    HeadingLevel::try_from(usize::from(number)).unwrap_or(HeadingLevel::H6)
}

/// The text inside a piece of HTML, without any tag; the content of `<script>` and
/// `<style>` is dropped. For the formats that only carry text (Word, PDF).
pub fn html_to_text(html: &str) -> String {
    static STRIP: OnceLock<Builder<'static>> = OnceLock::new();
    let strip = STRIP.get_or_init(|| {
        let mut builder = Builder::empty();
        builder.clean_content_tags(["script", "style"].into_iter().collect());
        builder
    });
    unescape(&strip.clean(html).to_string())
}

/// Undoes the escaping ammonia applies to text (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`,
/// and the non-breaking space).
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// Whether a link may be followed from an exported document: a `http:`, `https:` or
/// `mailto:` address (ignoring case and surrounding space).
pub fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    match url.split_once(':') {
        Some((scheme, _)) => LINK_SCHEMES.iter().any(|s| scheme.eq_ignore_ascii_case(s)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags of `html` (text between them is escaped by construction and cannot run).
    fn tags(html: &str) -> Vec<String> {
        html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase()).collect()
    }

    fn assert_inert(html: &str) {
        for tag in tags(html) {
            let name = tag.trim_start_matches('/').split([' ', '\n', '\t', '/']).next().unwrap_or("").to_string();
            assert!(TEXT_TAGS.contains(&name.as_str()), "<{tag}> survived in {html}");
            for bad in ["javascript:", "vbscript:", "data:", "style=\"b", "src="] {
                assert!(!tag.contains(bad), "{bad} survived in <{tag}> of {html}");
            }
            let attributes: Vec<&str> = tag.split_whitespace().skip(1).collect();
            assert!(!attributes.iter().any(|a| a.starts_with("on")), "event handler in <{tag}> of {html}");
        }
    }

    #[test]
    fn script_tags_are_removed_with_their_content() {
        let html =
            markdown_to_safe_html("Hello <script>alert('x')</script> world\n\n<script>\nfetch('/steal')\n</script>\n");
        assert_inert(&html);
        assert!(!html.contains("alert"), "{html}");
        assert!(!html.contains("fetch"), "{html}");
        assert!(html.contains("Hello"), "{html}");
        assert!(html.contains("world"), "{html}");
    }

    #[test]
    fn event_handlers_and_images_are_dropped() {
        let html = markdown_to_safe_html("<img src=x onerror=\"alert(1)\"> <p onclick=\"alert(2)\">Click</p>");
        assert_inert(&html);
        assert!(html.contains("Click"), "{html}");
    }

    #[test]
    fn javascript_links_in_markdown_syntax_lose_their_address() {
        for markdown in [
            "[Open](javascript:alert(1))",
            "[Open](JavaScript:alert(1))",
            "[Open]( javascript:alert(1) )",
            "[Open](<javascript:alert(1)>)",
            "[Open][ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "[Open](vbscript:msgbox(1))",
            "[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ] {
            let html = markdown_to_safe_html(markdown);
            assert_inert(&html);
            assert!(!html.contains("href"), "{markdown} kept an href: {html}");
        }
    }

    #[test]
    fn javascript_links_in_raw_html_lose_their_address() {
        for markdown in [
            "<a href=\"javascript:alert(1)\">Open</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">Open</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Open</a>",
            "<a href=\"&#x6A;avascript&colon;alert(1)\">Open</a>",
            "<a href=\"  JAVASCRIPT:alert(1)\">Open</a>",
        ] {
            let html = markdown_to_safe_html(markdown);
            assert_inert(&html);
            assert!(!html.contains("href"), "{markdown} kept an href: {html}");
            assert!(html.contains("Open"), "{html}");
        }
    }

    #[test]
    fn entity_encoded_javascript_in_markdown_links_is_refused() {
        let html = markdown_to_safe_html("[Open](&#106;avascript:alert(1)) [Two](javascript&#58;alert(2))");
        assert_inert(&html);
        assert!(!html.contains("href"), "{html}");
    }

    #[test]
    fn svg_and_math_are_removed() {
        let html = markdown_to_safe_html(
            "<svg onload=\"alert(1)\"><script>alert(2)</script><a xlink:href=\"javascript:alert(3)\">x</a></svg>\n\n<math><mtext><script>alert(4)</script></mtext></math>",
        );
        assert_inert(&html);
        assert!(!html.contains("alert"), "{html}");
    }

    #[test]
    fn frames_forms_and_styles_are_removed() {
        let html = markdown_to_safe_html(
            "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input></form><style>body{display:none}</style><p style=\"position:fixed\">Text</p>",
        );
        assert_inert(&html);
        assert!(!html.contains("style="), "{html}");
        let cell = markdown_to_safe_html(
            "<table><tr><td style=\"text-align: right; background: url(https://evil.example)\">1</td></tr></table>",
        );
        assert!(!cell.contains("style") && !cell.contains("evil"), "{cell}");
        assert!(!html.contains("evil"), "{html}");
        assert!(html.contains("Text"), "{html}");
    }

    #[test]
    fn markdown_images_never_load() {
        let html = markdown_to_safe_html("![Pilot area map](https://tracker.example/pixel.png)");
        assert_inert(&html);
        assert!(!html.contains("tracker"), "{html}");
        assert!(html.contains("Pilot area map"), "{html}");
    }

    #[test]
    fn safe_links_stay_and_get_noopener() {
        let html = markdown_to_safe_html("See [the portal](https://urbact.eu/networks) or <mailto:iap@example.eu>.");
        assert!(html.contains("href=\"https://urbact.eu/networks\""), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
        assert!(html.contains("href=\"mailto:iap@example.eu\""), "{html}");
    }

    #[test]
    fn ordinary_markdown_keeps_its_structure() {
        let html = markdown_to_safe_html(
            "# Vision\n\nA **greener** *Kežmarok* for 2030.\n\n- one\n- two\n\n| A | B |\n|---|--:|\n| x | 1 |\n\n> quote\n\n`code`",
        );
        for expected in [
            "<h1>Vision</h1>",
            "<strong>greener</strong>",
            "<em>Kežmarok</em>",
            "<li>one</li>",
            "<table>",
            "<td style=\"text-align: right\">1</td>",
            "<blockquote>",
            "<code>code</code>",
        ] {
            assert!(html.contains(expected), "{expected} missing from {html}");
        }
    }

    #[test]
    fn headings_can_be_moved_down_for_the_export() {
        let html = safe_html("# Top\n\n##### Deep\n\n###### Deepest", 2);
        assert!(html.contains("<h3>Top</h3>"), "{html}");
        assert!(html.contains("<h6>Deep</h6>"), "{html}");
        assert!(html.contains("<h6>Deepest</h6>"), "{html}");
    }

    #[test]
    fn html_to_text_keeps_text_only() {
        assert_eq!(html_to_text("<b>Bold</b> &amp; <i>more</i>"), "Bold & more");
        assert_eq!(html_to_text("<script>alert(1)</script>After"), "After");
        assert_eq!(html_to_text("<p onclick=\"x\">1 &lt; 2</p>"), "1 < 2");
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert!(is_safe_link("https://example.eu"));
        assert!(is_safe_link("HTTP://example.eu"));
        assert!(is_safe_link("mailto:a@b.eu"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link("data:text/html,x"));
        assert!(!is_safe_link("/relative/path"));
        assert!(!is_safe_link("file:///etc/passwd"));
    }
}
