//! Reading iCalendar text: physical lines -> unfolded content lines -> components, every
//! piece remembering the physical line it started on (RFC 5545 3.1 folding, 3.2
//! parameters, 3.3.11 text escapes). The writing side is [`super::content_line`].
//!
//! Why our own: the importer must refuse a broken file naming the line that broke it.
//! The maintained Rust parsers do not carry that: `icalendar` numbers the lines of the
//! already unfolded text, `ical` drops the space at a fold and silently stops at a fold
//! that splits a UTF-8 character (Google and Outlook both fold by octets), `calcard` is
//! lenient by design and keeps no positions. This layer is small and follows the RFC's
//! grammar; typed values (dates, durations) are read by the importer and recurrence rules
//! by the `rrule` crate.
//!
//! What real files carry is read as their programs mean it, the way mail clients read it:
//! a leading byte-order mark, lines ended by CRLF (the RFC), LF or a lone CR (old Mac
//! programs), lowercase names (`dtstart;tzid=...`), blanks around the `:` and `;` that
//! separate a name, its parameters and its value, and `X-` lines outside any component
//! (some exporters write a calendar name before BEGIN:VCALENDAR), which are ignored.
//!
//! Invariants:
//! - Unfolding works on bytes, before UTF-8 decoding, so a character split by a fold is
//!   joined again; a logical line that is not UTF-8 is refused with its line number.
//! - Every [`ContentLine`] and [`Component`] carries the 1-based physical line where it
//!   starts; every error message begins with "line N: ".
//! - A component is closed by the matching END; a mismatched or missing END is an error
//!   naming both lines.
//! - Lines are unfolded and placed in their component one at a time
//!   ([`content_lines`] into [`components`]), so a file is never held as a list of all
//!   its lines, and the error named is the first in the file, whether of a line or of the
//!   nesting. A large file's second half may have its lines parsed on another thread
//!   first ([`file_components`]); they are placed in the same order, with the same
//!   numbers, so the tree and the error are the same.
//! - A line that is not folded borrows its name, parameters and value from the file's
//!   bytes (a 20,000-event file has 240,000 lines, and owning them took three
//!   allocations and copies a line); a folded line owns them. `into_owned` gives a tree
//!   that outlives the bytes.

use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::i18n::Message;

/// One unfolded content line: `NAME;PARAM=VALUE:value`. Its texts are borrowed from
/// the file's bytes when the line is not folded and its name is already in upper case
/// (nearly every line of a real file); a folded line owns its texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentLine<'a> {
    /// 1-based physical line number of the line's first fold.
    pub line: usize,
    /// Upper-cased property name.
    pub name: Cow<'a, str>,
    /// Upper-cased parameter names, with their values (quotes removed).
    pub params: Vec<(Cow<'a, str>, Vec<Cow<'a, str>>)>,
    /// The raw value, escapes still in place.
    pub value: Cow<'a, str>,
}

impl ContentLine<'_> {
    /// The first value of parameter `name`, if present.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).and_then(|(_, v)| v.first()).map(|v| &**v)
    }

    /// The value read as TEXT (RFC 5545 3.3.11): `\n`, `\,`, `\;` and `\\` unescaped.
    pub fn text(&self) -> String {
        unescape_text(&self.value)
    }

    /// The same line owning its texts.
    pub fn into_owned(self) -> ContentLine<'static> {
        let own = |text: Cow<'_, str>| Cow::Owned(text.into_owned());
        ContentLine {
            line: self.line,
            name: own(self.name),
            params: self.params.into_iter().map(|(k, v)| (own(k), v.into_iter().map(own).collect())).collect(),
            value: own(self.value),
        }
    }
}

/// A `BEGIN:NAME ... END:NAME` block with its properties and nested components.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component<'a> {
    pub name: Cow<'a, str>,
    pub begin_line: usize,
    pub end_line: usize,
    pub properties: Vec<ContentLine<'a>>,
    pub children: Vec<Component<'a>>,
}

impl<'a> Component<'a> {
    /// The first property called `name`.
    pub fn property(&self, name: &str) -> Option<&ContentLine<'a>> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// Every property called `name`, in file order.
    pub fn properties_named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s ContentLine<'a>> + 's {
        self.properties.iter().filter(move |p| p.name == name)
    }

    /// The same component owning its texts, to outlive the file's bytes.
    pub fn into_owned(self) -> Component<'static> {
        Component {
            name: Cow::Owned(self.name.into_owned()),
            begin_line: self.begin_line,
            end_line: self.end_line,
            properties: self.properties.into_iter().map(ContentLine::into_owned).collect(),
            children: self.children.into_iter().map(Component::into_owned).collect(),
        }
    }
}

/// "line 12: REASON", the form `ical::import` reads the line number back from.
fn line_error(line: usize, reason: Message) -> Error {
    Error::bad_input(Message::new("error-ical-line").arg("line", line.to_string()).arg("reason", reason))
}

/// The physical lines of `bytes` (after a byte-order mark), without their ends: a line
/// ends at CRLF, LF or a lone CR.
pub fn physical_lines(bytes: &[u8]) -> PhysicalLines<'_> {
    PhysicalLines { rest: Some(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) }
}

/// The iterator of [`physical_lines`].
pub struct PhysicalLines<'a> {
    /// What is left to read; `None` once the last line was given.
    rest: Option<&'a [u8]>,
}

impl<'a> Iterator for PhysicalLines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest?;
        match memchr::memchr2(b'\n', b'\r', rest) {
            Some(end) => {
                let skip = if rest[end..].starts_with(b"\r\n") { 2 } else { 1 };
                self.rest = Some(&rest[end + skip..]);
                Some(&rest[..end])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Unfolds `bytes` into content lines (RFC 5545 3.1), one at a time, in file order: a
/// physical line starting with a space or tab continues the previous one, and blank lines
/// are skipped. A line that is not folded is read where it lies in `bytes`, its texts
/// borrowed; only a folded one is copied to be joined. [`components`] places each line
/// as it is read rather than keep every line of the file in a list first. After an error
/// the iterator ends.
pub fn content_lines(bytes: &[u8]) -> ContentLines<'_> {
    ContentLines { physical: physical_lines(bytes).enumerate(), lines_before: 0, pending: None, ended: false }
}

/// The components of a whole file: [`components`] of its [`content_lines`]. A file of
/// [`TWO_THREADS_FROM_BYTES`] or more is split at a `BEGIN:VEVENT` line near its middle and
/// the second part's lines are parsed on a thread of their own while the first part is
/// read; they are then placed in order after it. The lines, their numbers, the tree and
/// the first error named are those of reading the file in one piece.
pub fn file_components(bytes: &[u8]) -> Result<Vec<Component<'_>>> {
    file_components_from(bytes, TWO_THREADS_FROM_BYTES)
}

/// How large a file must be for [`file_components`] to read it on two threads (about
/// 1,500 events; 20,000 events' lines take some 50 ms to read on one).
pub const TWO_THREADS_FROM_BYTES: usize = 1 << 20;

/// [`file_components`], splitting files of `split_from` bytes or more.
#[doc(hidden)]
pub fn file_components_from(bytes: &[u8], split_from: usize) -> Result<Vec<Component<'_>>> {
    let Some(at) = split_point(bytes, split_from) else {
        return components(content_lines(bytes));
    };
    let (first, second) = bytes.split_at(at);
    std::thread::scope(|scope| {
        let parse_second = move || {
            // `first` ends with a line end, after which `physical_lines` gives one
            // empty line more.
            let lines_before = physical_lines(first).count() - 1;
            let mut lines = content_lines(second);
            lines.lines_before = lines_before;
            lines.collect::<Vec<_>>()
        };
        let Ok(second_lines) = std::thread::Builder::new().spawn_scoped(scope, parse_second) else {
            return components(content_lines(bytes));
        };
        let second_lines =
            std::iter::once_with(|| second_lines.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .flatten();
        components(content_lines(first).chain(second_lines))
    })
}

/// Where [`file_components_from`] splits `bytes`: just after the line end before the first
/// `BEGIN:VEVENT` line from the middle on, or nowhere when the file is smaller than
/// `split_from` or has no such line there. Such a line starts with a letter, so it is not
/// a fold's continuation, and no byte-order mark can be read at the start of the second
/// part.
fn split_point(bytes: &[u8], split_from: usize) -> Option<usize> {
    if bytes.len() < split_from {
        return None;
    }
    let middle = bytes.len() / 2;
    let found = memchr::memmem::find(&bytes[middle..], b"\nBEGIN:VEVENT")?;
    Some(middle + found + 1)
}

/// The iterator of [`content_lines`]: holds the line being joined until the next line
/// that is not its continuation.
pub struct ContentLines<'a> {
    physical: std::iter::Enumerate<PhysicalLines<'a>>,
    /// How many physical lines came before `physical`'s first (in another part of the file).
    lines_before: usize,
    /// The 1-based number of the line being joined, and its text so far.
    pending: Option<(usize, Cow<'a, [u8]>)>,
    ended: bool,
}

impl<'a> Iterator for ContentLines<'a> {
    type Item = Result<ContentLine<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ended {
            return None;
        }
        loop {
            let Some((index, raw)) = self.physical.next() else {
                self.ended = true;
                return self.pending.take().map(|(start, text)| content_line(start, text));
            };
            match raw.first() {
                None => continue,
                Some(b' ' | b'\t') => match self.pending.as_mut() {
                    Some((_, text)) => text.to_mut().extend_from_slice(&raw[1..]),
                    None => {
                        self.ended = true;
                        return Some(Err(line_error(
                            self.lines_before + index + 1,
                            Message::new("error-ical-starts-with-continuation"),
                        )));
                    }
                },
                Some(_) => {
                    if let Some((start, text)) =
                        self.pending.replace((self.lines_before + index + 1, Cow::Borrowed(raw)))
                    {
                        let line = content_line(start, text);
                        self.ended = line.is_err();
                        return Some(line);
                    }
                }
            }
        }
    }
}

/// One unfolded line, which must be UTF-8, parsed: borrowing from the file when it was
/// not folded, owning its texts when it was joined.
fn content_line(number: usize, raw: Cow<'_, [u8]>) -> Result<ContentLine<'_>> {
    let not_utf8 = || line_error(number, Message::new("error-ical-not-utf8"));
    match raw {
        Cow::Borrowed(raw) => parse_line(number, std::str::from_utf8(raw).map_err(|_| not_utf8())?),
        Cow::Owned(joined) => {
            let text = std::str::from_utf8(&joined).map_err(|_| not_utf8())?;
            Ok(parse_line(number, text)?.into_owned())
        }
    }
}

fn shown(text: &str) -> String {
    let mut shown: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        shown.push('…');
    }
    shown
}

/// `s` without the blanks it starts with.
fn skip_blanks(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

/// `name` in upper case, borrowed when it already is (as nearly every name is).
fn upper_case(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_lowercase()) {
        Cow::Owned(name.to_ascii_uppercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Parses `NAME *(";" param) ":" value`, allowing blanks around the separators.
fn parse_line(line: usize, text: &str) -> Result<ContentLine<'_>> {
    let not_a_line = || line_error(line, Message::new("error-ical-not-a-line").arg("text", shown(text)));
    let name_end = text.find(|c: char| !is_name_char(c)).unwrap_or(text.len());
    if name_end == 0 {
        return Err(not_a_line());
    }
    let name = upper_case(&text[..name_end]);
    let mut rest = skip_blanks(&text[name_end..]);
    let mut params = Vec::new();
    while let Some(after) = rest.strip_prefix(';') {
        let after = skip_blanks(after);
        let key_end = after.find(|c: char| !is_name_char(c)).unwrap_or(after.len());
        let key = &after[..key_end];
        let Some(mut values_text) = skip_blanks(&after[key_end..]).strip_prefix('=').filter(|_| !key.is_empty()) else {
            return Err(line_error(
                line,
                Message::new("error-ical-bad-parameter").arg("name", &*name).arg("text", shown(text)),
            ));
        };
        let mut values = Vec::new();
        loop {
            values_text = skip_blanks(values_text);
            if let Some(quoted) = values_text.strip_prefix('"') {
                let close = quoted.find('"').ok_or_else(|| {
                    line_error(
                        line,
                        Message::new("error-ical-unclosed-quote").arg("name", &*name).arg("text", shown(text)),
                    )
                })?;
                values.push(Cow::Borrowed(&quoted[..close]));
                values_text = &quoted[close + 1..];
            } else {
                let end = values_text.find([',', ';', ':']).unwrap_or(values_text.len());
                values.push(Cow::Borrowed(values_text[..end].trim()));
                values_text = &values_text[end..];
            }
            values_text = skip_blanks(values_text);
            match values_text.strip_prefix(',') {
                Some(more) => values_text = skip_blanks(more),
                None => break,
            }
        }
        params.push((upper_case(key), values));
        rest = values_text;
    }
    let value = rest.strip_prefix(':').ok_or_else(not_a_line)?;
    Ok(ContentLine { line, name, params, value: Cow::Borrowed(value) })
}

/// Reads TEXT escapes; an unknown escape keeps the escaped character. A value without
/// a backslash is copied as it is.
pub fn unescape_text(value: &str) -> String {
    let Some(first) = value.find('\\') else {
        return value.to_string();
    };
    let mut out = String::with_capacity(value.len());
    out.push_str(&value[..first]);
    let mut rest = &value[first..];
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let mut escaped = rest[at + 1..].chars();
        match escaped.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
        rest = escaped.as_str();
    }
    out.push_str(rest);
    out
}

/// Splits a multi-valued property (EXDATE, RDATE) at unescaped commas.
pub fn split_values(value: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in value.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            ',' if !escaped => {
                parts.push(&value[start..i]);
                start = i + 1;
            }
            _ => escaped = false,
        }
    }
    parts.push(&value[start..]);
    parts
}

/// The name a BEGIN or END line gives, in upper case; borrowed from the line when it
/// can be.
fn component_name<'a>(value: &Cow<'a, str>) -> Cow<'a, str> {
    match value {
        Cow::Borrowed(text) => upper_case(text.trim()),
        Cow::Owned(text) => Cow::Owned(text.trim().to_ascii_uppercase()),
    }
}

/// How deep components may nest (a calendar uses three: VCALENDAR, VEVENT, VALARM); a
/// deeper file is refused at the line that goes too deep, before a tree that deep is built.
pub const MAX_NESTING: usize = 16;

/// Groups content lines into the components they form, as they are read
/// ([`content_lines`]); the first error, of a line or of the nesting, ends the reading.
/// Every line must sit inside a component; the top level holds what the file holds
/// (normally one VCALENDAR).
///
/// The properties of the open components wait in one list, each component's after the
/// ones of its parent, and a component takes its own (exactly as many as it has) when it
/// ends: a 20,000-event file is not copied again and again into lists that grow.
pub fn components<'a>(lines: impl IntoIterator<Item = Result<ContentLine<'a>>>) -> Result<Vec<Component<'a>>> {
    let mut top = Vec::new();
    // Each open component, with where its properties begin in `waiting`.
    let mut open: Vec<(Component, usize)> = Vec::new();
    let mut waiting: Vec<ContentLine> = Vec::new();
    let mut last_line = 0;
    for line in lines {
        let line = line?;
        last_line = line.line;
        match &*line.name {
            "BEGIN" => {
                let name = component_name(&line.value);
                if name.is_empty() || !name.chars().all(is_name_char) {
                    return Err(line_error(
                        line.line,
                        Message::new("error-ical-begin-no-name").arg("value", &*line.value),
                    ));
                }
                if open.len() >= MAX_NESTING {
                    return Err(line_error(
                        line.line,
                        Message::new("error-ical-too-deep")
                            .arg("name", &*name)
                            .arg("depth", open.len() + 1)
                            .arg("max", MAX_NESTING),
                    ));
                }
                let component = Component {
                    name,
                    begin_line: line.line,
                    end_line: 0,
                    properties: Vec::new(),
                    children: Vec::new(),
                };
                open.push((component, waiting.len()));
            }
            "END" => {
                let name = component_name(&line.value);
                let Some((mut done, first_property)) = open.pop() else {
                    return Err(line_error(
                        line.line,
                        Message::new("error-ical-end-closes-nothing").arg("name", &*name),
                    ));
                };
                if done.name != name {
                    return Err(line_error(
                        line.line,
                        Message::new("error-ical-end-mismatch")
                            .arg("name", &*name)
                            .arg("begin", &*done.name)
                            .arg("begin_line", done.begin_line.to_string()),
                    ));
                }
                done.end_line = line.line;
                done.properties = waiting.drain(first_property..).collect();
                match open.last_mut() {
                    Some((parent, _)) => parent.children.push(done),
                    None => top.push(done),
                }
            }
            _ => match open.last() {
                Some(_) => waiting.push(line),
                None if line.name.starts_with("X-") => {}
                None => {
                    return Err(line_error(
                        line.line,
                        Message::new("error-ical-outside-calendar").arg("name", &*line.name),
                    ))
                }
            },
        }
    }
    if let Some((unclosed, _)) = open.pop() {
        return Err(line_error(
            unclosed.begin_line,
            Message::new("error-ical-never-closed")
                .arg("name", &*unclosed.name)
                .arg("last_line", last_line.to_string()),
        ));
    }
    Ok(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every content line of `bytes`, or the first error.
    fn unfold(bytes: &[u8]) -> Result<Vec<ContentLine<'_>>> {
        content_lines(bytes).collect()
    }

    #[test]
    fn folds_are_joined_even_inside_a_character() {
        let mut bytes = b"BEGIN:VCALENDAR\r\nSUMMARY:Ny\xC3".to_vec();
        bytes.extend_from_slice(b"\r\n \xADregyh\xC3\xA1za meeting \r\n\tin spring\r\nEND:VCALENDAR\r\n");
        let lines = unfold(&bytes).unwrap();
        assert_eq!(lines[1].value, "Nyíregyháza meeting in spring");
        assert_eq!(lines[1].line, 2);
        assert_eq!(lines[2].line, 5);
    }

    #[test]
    fn parameters_with_quotes_and_lists() {
        let l =
            parse_line(7, "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin\";VALUE=DATE-TIME:20270310T100000").unwrap();
        assert_eq!(l.name, "DTSTART");
        assert_eq!(l.param("TZID"), Some("(UTC+01:00) Amsterdam, Berlin"));
        assert_eq!(l.param("VALUE"), Some("DATE-TIME"));
        assert_eq!(l.value, "20270310T100000");
        let m = parse_line(
            1,
            "ATTENDEE;ROLE=REQ-PARTICIPANT;DELEGATED-TO=\"mailto:a@b.eu\",\"mailto:c@d.eu\":mailto:x@y.eu",
        )
        .unwrap();
        assert_eq!(m.params[1].1, vec!["mailto:a@b.eu", "mailto:c@d.eu"]);
        assert_eq!(m.value, "mailto:x@y.eu");
        let url = parse_line(1, "URL:https://meet.example.org/a;b?c=d").unwrap();
        assert_eq!(url.value, "https://meet.example.org/a;b?c=d");
    }

    #[test]
    fn line_ends_of_every_kind_and_blanks_around_separators() {
        let lines: Vec<&[u8]> = physical_lines(b"\xEF\xBB\xBFa\r\nb\nc\rd\r\r\ne").collect();
        assert_eq!(lines, [&b"a"[..], b"b", b"c", b"d", b"", b"e"]);
        let l = parse_line(3, "dtstart ; tzid = \"Europe/Riga\" ; value=date-time : 20270310T100000").unwrap();
        assert_eq!((&*l.name, l.param("TZID"), l.param("VALUE")), ("DTSTART", Some("Europe/Riga"), Some("date-time")));
        assert_eq!(l.value.trim(), "20270310T100000");
        let lines = unfold(b"BEGIN:VCALENDAR\rSUMMARY:Kick-off\r  in Riga\rEND:VCALENDAR").unwrap();
        assert_eq!((&*lines[1].value, lines[2].line), ("Kick-off in Riga", 4));
        let top = components(content_lines(b"X-WR-CALNAME:Net\nBEGIN:VCALENDAR\nEND:VCALENDAR\nX-END:1\n")).unwrap();
        assert_eq!(top.len(), 1);
        let err = components(content_lines(b"SUMMARY:x\nBEGIN:VCALENDAR\nEND:VCALENDAR\n")).unwrap_err().to_string();
        assert_eq!(err, "line 1: SUMMARY is outside BEGIN:VCALENDAR ... END:VCALENDAR");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            unescape_text(r"Gävle\, Sweden\; room 2\nsecond line\\end"),
            "Gävle, Sweden; room 2\nsecond line\\end"
        );
        assert_eq!(split_values(r"a\,b,c"), vec![r"a\,b", "c"]);
    }

    #[test]
    fn broken_lines_are_named() {
        let err = unfold(b"BEGIN:VCALENDAR\nthis is not a line\n").unwrap_err().to_string();
        assert!(err.starts_with("line 2: \"this is not a line\" is not an iCalendar line"), "{err}");
        let err = unfold(b"BEGIN:VCALENDAR\nDTSTART;TZID=\"Europe/Riga:20270101T100000\n").unwrap_err().to_string();
        assert!(err.starts_with("line 2: a quoted parameter of DTSTART is never closed"), "{err}");
        let err = components(content_lines(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VCALENDAR\n"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "line 4: END:VCALENDAR does not match BEGIN:VEVENT of line 2");
        let err = components(content_lines(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n")).unwrap_err().to_string();
        assert_eq!(err, "line 2: BEGIN:VEVENT is never closed by END:VEVENT (the file ends at line 3)");
    }

    #[test]
    fn the_first_line_that_breaks_the_file_is_named() {
        // A line that is not UTF-8 after a mismatched END: the END, which comes first.
        let err = components(content_lines(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nSUMMARY:\xff\n"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "line 3: END:VTODO does not match BEGIN:VEVENT of line 2");
        // And the other way round.
        let err = components(content_lines(b"BEGIN:VCALENDAR\nSUMMARY:\xff\nBEGIN:VEVENT\nEND:VTODO\n"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("line 2: "), "{err}");
    }

    #[test]
    fn properties_stay_with_their_component_around_a_nested_one() {
        let text = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nBEGIN:VALARM\nACTION:DISPLAY\nEND:VALARM\nSUMMARY:x\n \
                     folded\nEND:VEVENT\nPRODID:p\nEND:VCALENDAR\n";
        let top = components(content_lines(text)).unwrap();
        let names = |c: &Component| c.properties.iter().map(|p| p.name.to_string()).collect::<Vec<_>>();
        assert_eq!(names(&top[0]), ["PRODID"]);
        let event = &top[0].children[0];
        assert_eq!(names(event), ["UID", "SUMMARY"]);
        assert_eq!(event.property("SUMMARY").unwrap().value, "xfolded");
        assert_eq!((event.begin_line, event.end_line), (2, 9));
        assert_eq!(names(&event.children[0]), ["ACTION"]);
    }

    /// A calendar of `events` events whose lines end every way a file's may, with
    /// folded lines, blank lines and a nested component in each event.
    fn mixed_calendar(events: usize) -> Vec<u8> {
        let mut file = b"\xEF\xBB\xBFBEGIN:VCALENDAR\r\nVERSION:2.0\r\n".to_vec();
        for i in 0..events {
            let end: &[u8] = [&b"\r\n"[..], b"\n", b"\r"][i % 3];
            for line in [
                "BEGIN:VEVENT".to_string(),
                format!("UID:event-{i}@example.org"),
                format!("SUMMARY:Meeting {i} in Nyíregyh"),
                " áza, folded".to_string(),
                String::new(),
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                "END:VALARM".to_string(),
                "dtstart;tzid=Europe/Riga:20270310T100000".to_string(),
                "END:VEVENT".to_string(),
            ] {
                file.extend_from_slice(line.as_bytes());
                file.extend_from_slice(end);
            }
        }
        file.extend_from_slice(b"END:VCALENDAR\r\n");
        file
    }

    #[test]
    fn a_file_read_in_two_parts_gives_the_tree_one_reading_gives() {
        let file = mixed_calendar(300);
        assert!(split_point(&file, 1).is_some(), "the test's file must be split");
        let whole = components(content_lines(&file)).unwrap();
        let split = file_components_from(&file, 1).unwrap();
        assert_eq!(split, whole);
        let events = &split[0].children;
        assert_eq!(events.len(), 300);
        let last = &events[299];
        assert_eq!((last.begin_line, last.end_line), (2 + 299 * 10 + 1, 2 + 300 * 10));
        assert_eq!(last.property("SUMMARY").unwrap().value, "Meeting 299 in Nyíregyháza, folded");
        assert_eq!(file_components(&file).unwrap(), whole, "a small file is read in one piece");
    }

    #[test]
    fn a_file_read_in_two_parts_names_the_first_line_that_breaks_it() {
        let file = mixed_calendar(300);
        let at = split_point(&file, 1).unwrap();
        let error = |file: &[u8]| components(content_lines(file)).unwrap_err().to_string();
        let split_error = |file: &[u8]| file_components_from(file, 1).unwrap_err().to_string();

        // A line that is not UTF-8 in the second part, and a nesting error there.
        let mut broken = file.clone();
        let summary = at + memchr::memmem::find(&file[at..], b"SUMMARY").unwrap();
        broken[summary + 8] = 0xFF;
        assert!(error(&broken).contains("UTF-8"), "{}", error(&broken));
        assert_eq!(split_error(&broken), error(&broken));
        let mut unmatched = file.clone();
        let end = at + memchr::memmem::find(&file[at..], b"END:VALARM").unwrap();
        unmatched[end + 4..end + 10].copy_from_slice(b"VTODO ");
        assert!(error(&unmatched).contains("does not match BEGIN:VALARM"), "{}", error(&unmatched));
        assert_eq!(split_error(&unmatched), error(&unmatched));

        // A break in the first part is named even when the second part has one too.
        let mut both = unmatched.clone();
        let first_summary = memchr::memmem::find(&file, b"SUMMARY").unwrap();
        both[first_summary] = b';';
        assert!(error(&both).starts_with("line 5: "), "{}", error(&both));
        assert_eq!(split_error(&both), error(&both));
    }
}
