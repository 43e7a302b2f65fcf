//! Counting things in sentences: "1 meeting", "3 meetings", "1 line is", "2 lines are".
//!
//! Every message that counts goes through [`count`], so a count and its noun always
//! agree and the rule (one is singular; zero and more are plural, as English has it) is
//! written once for the core, the command line and the window's messages.

/// `n` followed by `one` when `n` is 1, by `many` otherwise: `count(3, "meeting",
/// "meetings")` is "3 meetings". The nouns may carry a verb ("meeting is", "meetings are").
pub fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// [`count`] for sizes (`usize`), such as the length of a list.
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    count(i64::try_from(n).unwrap_or(i64::MAX), one, many)
}

/// The counts that are not zero, each as [`count`] words it: a summary's parts, such
/// as `["4 networks", "1 meeting"]` for `[(4, "network", "networks"), (0, ...), (1, "meeting",
/// "meetings")]`.
pub fn nonzero_counts<N: TryInto<i64> + Copy>(items: &[(N, &str, &str)]) -> Vec<String> {
    items
        .iter()
        .map(|&(n, one, many)| (n.try_into().unwrap_or(i64::MAX), one, many))
        .filter(|(n, _, _)| *n != 0)
        .map(|(n, one, many)| count(n, one, many))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_zero_and_more_are_plural() {
        assert_eq!(count(1, "meeting", "meetings"), "1 meeting");
        assert_eq!(count(0, "meeting", "meetings"), "0 meetings");
        assert_eq!(count(2, "line is", "lines are"), "2 lines are");
        assert_eq!(count_of(1, "event", "events"), "1 event");
        assert_eq!(count(-1, "day", "days"), "-1 days");
    }

    #[test]
    fn a_summary_names_only_what_there_is() {
        let parts =
            nonzero_counts(&[(4, "network", "networks"), (0, "partner", "partners"), (1, "meeting", "meetings")]);
        assert_eq!(parts, ["4 networks", "1 meeting"]);
    }
}
