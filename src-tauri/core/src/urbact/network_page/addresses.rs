//! Postal addresses on a network page: a line that starts with a partner's name and ends
//! with its country is that partner's address, kept in its notes; any other address is
//! unplaced.

use super::*;

pub(super) fn looks_like_address(content: &str) -> bool {
    let parts: Vec<&str> = content.split(',').map(str::trim).collect();
    parts.len() >= 3
        && content.chars().any(|c| c.is_ascii_digit())
        && parts.last().is_some_and(|c| countries::lookup(c).is_some())
}

/// An address line starting with a partner's name and ending with that partner's country
/// ("Alba Iulia Municipality, Calea Motilor 5A, 510134, Romania") becomes that partner's
/// postal address; other address-like lines stay unplaced.
pub(super) fn attach_addresses(page: &mut NetworkPage, body: &[Line<'_>]) {
    let mut keep = Vec::new();
    for u in std::mem::take(&mut page.unplaced) {
        if u.reason.id() != Some(ADDRESS_REASON) {
            keep.push(u);
            continue;
        }
        let content = body.iter().find(|l| l.no == u.line).map(|l| l.content()).unwrap_or(&u.text);
        let key = fold(content);
        let country = content.rsplit(',').next().and_then(countries::lookup).map(|c| c.code);
        let owner = page.partners.iter_mut().find(|p| {
            let name = fold(&p.name);
            !name.is_empty()
                && (key == name || key.starts_with(&format!("{name} ")))
                && p.country.is_some()
                && p.country == country
        });
        match owner {
            Some(p) if p.address.is_none() => p.address = Some((u.line, content.to_string())),
            _ => keep.push(u),
        }
    }
    page.unplaced = keep;
}
