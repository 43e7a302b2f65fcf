//! Comparing names the way people read them: "Gavle" is "Gävle", "VORU" is "Võru".
//!
//! [`fold`] maps a name to a plain lower-case ASCII key (transliterated, punctuation turned
//! into single spaces). Matching, slugs and look-ups by name all go through it, so they agree.

/// The comparison key of a name: transliterated to ASCII, lower case, words separated by
/// one space.
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A URL- and command-line-friendly short name: "Find your Greatness" -> "find-your-greatness".
pub fn slugify(text: &str) -> String {
    fold(text).replace(' ', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(fold("Gävle"), fold("Gavle"));
        assert_eq!(fold("Võru"), fold("VORU"));
        assert_eq!(fold("Bragança"), "braganca");
        assert_eq!(fold("Ånge"), "ange");
        assert_eq!(fold("Kežmarok"), "kezmarok");
        assert_eq!(fold("Botoşani"), "botosani");
        assert_eq!(fold("22nd district of Budapest (Budafok-Tétény)"), "22nd district of budapest budafok teteny");
        assert_eq!(slugify("Find your Greatness"), "find-your-greatness");
    }
}
