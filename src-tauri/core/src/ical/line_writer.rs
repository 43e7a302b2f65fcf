//! iCalendar content lines (RFC 5545 §3.1) written straight into one `String`.
//!
//! Why not the `ics` crate: ics 0.5.8 (the newest) writes folded continuation lines of 76
//! octets (the leading space plus 75), against the 75-octet rule, and writes parameter
//! values without quotes, so `CN=Smith, Anna: Riga` ends the parameter at the comma and the
//! value at the colon. It also builds a `BTreeMap` and a `String` per property, which the
//! export of 20,000 meetings cannot afford. This writer is small and does only that.
//!
//! Invariants of everything written through [`Lines`]:
//! - every physical line is at most 75 octets before its CRLF, a fold never splits a UTF-8
//!   character nor an escape sequence, and lines end in CRLF only (never a bare LF or CR);
//! - TEXT values escape exactly backslash, `;`, `,` and newline (CRLF, CR and LF all become
//!   `\n`); other control characters, which TEXT cannot hold, are dropped (tab is kept);
//! - parameter values are quoted when they hold `:`, `;` or `,`; a `"`, which no parameter
//!   value can hold, becomes `'`.

/// The longest physical line, in octets, without its CRLF.
pub const LINE_LIMIT: usize = 75;

/// A growing iCalendar text with the octet count of its current physical line.
pub struct Lines {
    out: String,
    len: usize,
}

impl Lines {
    pub fn with_capacity(bytes: usize) -> Self {
        Lines { out: String::with_capacity(bytes), len: 0 }
    }

    pub fn into_string(self) -> String {
        self.out
    }

    /// `BEGIN:NAME` or `END:NAME` and the like: a whole line of ASCII that needs no escaping.
    pub fn line(&mut self, name: &str, value: &str) {
        self.push(name);
        self.push(":");
        self.push(value);
        self.end();
    }

    /// A property whose value is TEXT: `NAME:escaped value`.
    pub fn text_line(&mut self, name: &str, value: &str) {
        self.push(name);
        self.push(":");
        self.text(value);
        self.end();
    }

    /// Starts a property; follow with [`Lines::param`]s, then [`Lines::value`] or
    /// [`Lines::text`] (any number of pieces), then [`Lines::end`].
    pub fn name(&mut self, name: &str) {
        self.push(name);
    }

    /// `;KEY=value`, the value quoted when it must be.
    pub fn param(&mut self, key: &str, value: &str) {
        self.push(";");
        self.push(key);
        self.push("=");
        let plain = value.bytes().all(|b| b >= 0x20 && b != 0x7f && !matches!(b, b':' | b';' | b',' | b'"'));
        if plain {
            self.push(value);
            return;
        }
        let needs_quotes = value.bytes().any(|b| matches!(b, b':' | b';' | b','));
        if needs_quotes {
            self.push("\"");
        }
        let mut rest = value;
        while let Some(at) = rest.find(|c: char| c == '"' || c.is_control()) {
            self.push(&rest[..at]);
            let c = rest[at..].chars().next().unwrap_or(' ');
            if c == '"' {
                self.push("'");
            } else if c == '\n' || c == '\t' {
                self.push(" ");
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.push(rest);
        if needs_quotes {
            self.push("\"");
        }
    }

    /// The `:` that separates name and parameters from the value.
    pub fn colon(&mut self) {
        self.push(":");
    }

    /// A piece of a value written as it is (dates, numbers, URIs, enumerations).
    pub fn value(&mut self, raw: &str) {
        self.push(raw);
    }

    /// A piece of a TEXT value, escaped.
    pub fn text(&mut self, value: &str) {
        let bytes = value.as_bytes();
        let mut start = 0;
        let mut i = next_special(bytes, 0);
        while i < bytes.len() {
            let escape = match bytes[i] {
                b'\\' => "\\\\",
                b';' => "\\;",
                b',' => "\\,",
                b'\n' => "\\n",
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => "",
                b'\r' => "\\n",
                b'\t' => "\t",
                _ => "",
            };
            self.push(&value[start..i]);
            self.push_whole(escape);
            start = i + 1;
            i = next_special(bytes, start);
        }
        self.push(&value[start..]);
    }

    /// Ends the current line with CRLF.
    pub fn end(&mut self) {
        self.out.push_str("\r\n");
        self.len = 0;
    }

    /// Appends `s`, folding before the line would pass [`LINE_LIMIT`] octets, never inside a
    /// UTF-8 character.
    fn push(&mut self, mut s: &str) {
        while self.len + s.len() > LINE_LIMIT {
            let mut cut = LINE_LIMIT - self.len;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&s[..cut]);
            self.fold();
            s = &s[cut..];
        }
        self.out.push_str(s);
        self.len += s.len();
    }

    /// Appends a short piece that must stay on one line (an escape sequence).
    fn push_whole(&mut self, s: &str) {
        if self.len + s.len() > LINE_LIMIT {
            self.fold();
        }
        self.out.push_str(s);
        self.len += s.len();
    }

    fn fold(&mut self) {
        self.out.push_str("\r\n ");
        self.len = 1;
    }
}

/// The index of the first byte from `from` on that TEXT escaping must look at: backslash,
/// `;`, `,`, a control character or DEL (or `bytes.len()`). Eight bytes at a time: this scan
/// is most of the export's work.
fn next_special(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(chunk);
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
        let special = below_space
            | has_zero(x ^ (ONES * u64::from(b'\\')))
            | has_zero(x ^ (ONES * u64::from(b';')))
            | has_zero(x ^ (ONES * u64::from(b',')))
            | has_zero(x ^ (ONES * 0x7f));
        if special != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 || b == 0x7f || b == b'\\' || b == b';' || b == b',' {
            return i;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_line(value: &str) -> String {
        let mut l = Lines::with_capacity(0);
        l.text_line("DESCRIPTION", value);
        l.into_string()
    }

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn escapes_exactly_backslash_semicolon_comma_and_newline() {
        assert_eq!(text_line("a\\b;c,d\ne\r\nf\rg:h\"i'j\tk"), "DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf\\ng:h\"i'j\tk\r\n");
        assert_eq!(text_line("bell\u{7}del\u{7f}!"), "DESCRIPTION:belldel!\r\n");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        for sample in ["x", "é", "老", "𝄞", "Ελληνικά ", "a,"] {
            let value = sample.repeat(120);
            let out = text_line(&value);
            assert!(out.ends_with("\r\n"));
            for line in out.strip_suffix("\r\n").unwrap().split("\r\n") {
                assert!(line.len() <= LINE_LIMIT, "{} octets: {line:?}", line.len());
                assert!(!line.contains('\n') && !line.contains('\r'));
            }
            let mut expected = Lines::with_capacity(0);
            expected.text(&value);
            assert_eq!(unfold(&out), format!("DESCRIPTION:{}\r\n", unfold(&expected.into_string())));
            assert!(out.split("\r\n ").skip(1).all(|l| !l.starts_with(',')), "an escape is never split: {out}");
        }
    }

    #[test]
    fn the_eight_byte_scan_finds_the_same_byte_as_a_plain_one() {
        let plain = |b: &[u8], from: usize| {
            (from..b.len())
                .find(|&i| b[i] < 0x20 || b[i] == 0x7f || matches!(b[i], b'\\' | b';' | b','))
                .unwrap_or(b.len())
        };
        for special in (0u8..=0x7f).chain([0xc3, 0xa9, 0xff]) {
            for at in 0..20 {
                let mut bytes = b"abcdefghijklmnopqrstuvwxyz".to_vec();
                bytes[at] = special;
                for from in 0..bytes.len() {
                    assert_eq!(next_special(&bytes, from), plain(&bytes, from), "{special:#x} at {at} from {from}");
                }
            }
        }
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let value = "y".repeat(LINE_LIMIT - "SUMMARY:".len());
        let mut l = Lines::with_capacity(0);
        l.text_line("SUMMARY", &value);
        assert_eq!(l.into_string(), format!("SUMMARY:{value}\r\n"));
        let mut l = Lines::with_capacity(0);
        l.text_line("SUMMARY", &format!("{value}z"));
        assert_eq!(l.into_string(), format!("SUMMARY:{value}\r\n z\r\n"));
    }

    #[test]
    fn parameter_values_are_quoted_when_they_must_be() {
        let mut l = Lines::with_capacity(0);
        l.name("ATTENDEE");
        l.param("CN", "Smith, Anna: \"Riga\"");
        l.param("RSVP", "TRUE");
        l.colon();
        l.value("mailto:anna@riga.lv");
        l.end();
        assert_eq!(l.into_string(), "ATTENDEE;CN=\"Smith, Anna: 'Riga'\";RSVP=TRUE:mailto:anna@riga.lv\r\n");
    }
}
