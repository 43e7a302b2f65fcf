//! The decisions of a sync, as pure functions over what is known: the local resources,
//! what was remembered at the last sync, and the server's listing. No I/O; unit-tested
//! without a server.
//!
//! A sync runs in two steps. First the server's changes: [`reconcile_listing`] says which
//! resources to fetch (changed or new there) and which remembered ones are gone there;
//! each fetched one is then judged by [`decide_fetched`] (take it, or a conflict when the
//! local meeting changed too). Then Convene's changes: [`plan_writes`] says what to create,
//! update and delete, leaving out every meeting with an open conflict.

use std::collections::{HashMap, HashSet};

use super::resource::LocalResource;
use super::state::Remembered;

/// What the server said about the calendar's resources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// `true`: `changed` lists every resource (a full PROPFIND, or a sync from no token);
    /// a remembered href missing from it is gone. `false`: only what changed since the
    /// token (RFC 6578); a remembered href in neither list is unchanged.
    pub complete: bool,
    /// href -> ETag.
    pub changed: HashMap<String, Option<String>>,
    /// hrefs reported deleted (a delta listing only).
    pub deleted: HashSet<String>,
}

/// A resource to fetch: changed or new on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub href: String,
    pub etag: Option<String>,
}

/// The server's changes, before fetching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteChanges {
    pub fetch: Vec<Fetched>,
    /// Remembered UIDs whose resource is gone on the server.
    pub gone: Vec<String>,
    /// Remembered resources whose ETag was not known and is now: (uid, etag).
    pub adopt_etag: Vec<(String, String)>,
}

/// Which resources changed on the server since the last sync.
pub fn reconcile_listing(remembered: &HashMap<String, Remembered>, listing: &Listing) -> RemoteChanges {
    let by_href: HashMap<&str, &Remembered> = remembered.values().map(|r| (r.href.as_str(), r)).collect();
    let mut changes = RemoteChanges::default();
    for (href, etag) in &listing.changed {
        match by_href.get(href.as_str()) {
            Some(r) if r.etag.is_some() && r.etag == *etag => {}
            Some(r) if r.etag.is_none() => {
                if let Some(etag) = etag {
                    changes.adopt_etag.push((r.uid.clone(), etag.clone()));
                }
            }
            _ => changes.fetch.push(Fetched { href: href.clone(), etag: etag.clone() }),
        }
    }
    for r in remembered.values() {
        let gone = listing.deleted.contains(&r.href) || (listing.complete && !listing.changed.contains_key(&r.href));
        if gone {
            changes.gone.push(r.uid.clone());
        }
    }
    changes.fetch.sort_by(|a, b| a.href.cmp(&b.href));
    changes.gone.sort();
    changes.adopt_etag.sort();
    changes
}

/// What to do with a resource fetched from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteDecision {
    /// Read it into the meeting (or create one).
    Accept,
    /// Both sides changed: keep both, write nothing.
    Conflict,
    /// Identical to what is here already: only remember its ETag.
    AlreadyHere,
}

/// A fetched resource with UID `uid`: taken when the local meeting did not change since
/// the last sync (or is new to this side), a conflict when it did.
pub fn decide_fetched(
    local: Option<&LocalResource>,
    remembered: Option<&Remembered>,
    remote_fingerprint: &str,
) -> RemoteDecision {
    match (local, remembered) {
        (Some(l), _) if l.fingerprint == remote_fingerprint => RemoteDecision::AlreadyHere,
        (Some(l), Some(r)) if l.fingerprint != r.fingerprint => RemoteDecision::Conflict,
        // Here but never synced (a lost state, or the same UID created on both sides).
        (Some(_), None) => RemoteDecision::Conflict,
        // Deleted here since the last sync, changed there.
        (None, Some(_)) => RemoteDecision::Conflict,
        _ => RemoteDecision::Accept,
    }
}

/// One write to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// `PUT` with `If-None-Match: *`.
    Create { uid: String, href: String },
    /// `PUT` with `If-Match: <etag>`.
    Update { uid: String, href: String, etag: Option<String> },
    /// `DELETE` with `If-Match: <etag>`.
    Delete { uid: String, href: String, etag: Option<String> },
}

impl Write {
    pub fn uid(&self) -> &str {
        match self {
            Write::Create { uid, .. } | Write::Update { uid, .. } | Write::Delete { uid, .. } => uid,
        }
    }
}

/// Convene's changes since the last sync, as writes; meetings in `in_conflict` are left
/// alone. New resources are named `calendar_href` + [`super::resource_name`].
pub fn plan_writes(
    calendar_href: &str,
    local: &[LocalResource],
    remembered: &HashMap<String, Remembered>,
    in_conflict: &HashSet<String>,
) -> Vec<Write> {
    let mut writes = Vec::new();
    let mut here = HashSet::new();
    for l in local {
        here.insert(l.uid.as_str());
        if in_conflict.contains(&l.uid) {
            continue;
        }
        match remembered.get(&l.uid) {
            Some(r) if r.from_series => {} // the server's series: never written from here
            None => writes.push(Write::Create {
                uid: l.uid.clone(),
                href: format!("{}{}", with_slash(calendar_href), super::resource_name(&l.uid)),
            }),
            Some(r) if r.fingerprint != l.fingerprint => {
                writes.push(Write::Update { uid: l.uid.clone(), href: r.href.clone(), etag: r.etag.clone() })
            }
            Some(_) => {}
        }
    }
    let mut gone: Vec<&Remembered> = remembered
        .values()
        .filter(|r| !here.contains(r.uid.as_str()) && !in_conflict.contains(&r.uid) && !r.from_series)
        .collect();
    gone.sort_by(|a, b| a.uid.cmp(&b.uid));
    for r in gone {
        writes.push(Write::Delete { uid: r.uid.clone(), href: r.href.clone(), etag: r.etag.clone() });
    }
    writes
}

/// Occurrences of a series on the server that were changed or deleted here since the last
/// sync: [`plan_writes`] leaves them out (the series is the server's), and a publish says
/// so. By UID, sorted.
pub fn series_changed_here(local: &[LocalResource], remembered: &HashMap<String, Remembered>) -> Vec<String> {
    let here: HashMap<&str, &LocalResource> = local.iter().map(|l| (l.uid.as_str(), l)).collect();
    let mut changed: Vec<String> = remembered
        .values()
        .filter(|r| r.from_series && here.get(r.uid.as_str()).is_none_or(|l| l.fingerprint != r.fingerprint))
        .map(|r| r.uid.clone())
        .collect();
    changed.sort();
    changed
}

fn with_slash(href: &str) -> String {
    if href.ends_with('/') {
        href.to_string()
    } else {
        format!("{href}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(uid: &str, fp: &str) -> LocalResource {
        LocalResource {
            meeting_id: 1,
            uid: uid.into(),
            title: format!("Meeting {uid}"),
            text: String::new(),
            fingerprint: fp.into(),
        }
    }

    fn known(uid: &str, etag: &str, fp: &str) -> (String, Remembered) {
        (
            uid.into(),
            Remembered {
                uid: uid.into(),
                href: format!("/cal/{uid}.ics"),
                etag: Some(etag.into()),
                fingerprint: fp.into(),
                from_series: false,
            },
        )
    }

    #[test]
    fn a_first_publish_creates_every_meeting_and_a_second_writes_nothing() {
        let mine = vec![local("a", "1"), local("b", "2")];
        let writes = plan_writes("/cal", &mine, &HashMap::new(), &HashSet::new());
        assert_eq!(
            writes,
            vec![
                Write::Create { uid: "a".into(), href: "/cal/a.ics".into() },
                Write::Create { uid: "b".into(), href: "/cal/b.ics".into() }
            ]
        );
        let remembered: HashMap<_, _> = [known("a", "e1", "1"), known("b", "e2", "2")].into();
        assert!(plan_writes("/cal/", &mine, &remembered, &HashSet::new()).is_empty());
    }

    #[test]
    fn an_occurrence_of_a_series_on_the_server_is_never_written_or_deleted_there() {
        let mut remembered: HashMap<_, _> = [known("s/20270112", "e1", "1"), known("s/20270209", "e1", "2")].into();
        for r in remembered.values_mut() {
            r.from_series = true;
            r.href = "/cal/series.ics".into();
        }
        let mine = vec![local("s/20270112", "1-changed-here")];
        assert!(plan_writes("/cal/", &mine, &remembered, &HashSet::new()).is_empty());
        assert_eq!(series_changed_here(&mine, &remembered), ["s/20270112", "s/20270209"]);
    }

    #[test]
    fn a_changed_meeting_is_updated_with_its_etag_and_a_removed_one_deleted() {
        let remembered: HashMap<_, _> = [known("a", "e1", "1"), known("b", "e2", "2")].into();
        let writes = plan_writes("/cal/", &[local("a", "1-moved")], &remembered, &HashSet::new());
        assert_eq!(
            writes,
            vec![
                Write::Update { uid: "a".into(), href: "/cal/a.ics".into(), etag: Some("e1".into()) },
                Write::Delete { uid: "b".into(), href: "/cal/b.ics".into(), etag: Some("e2".into()) },
            ]
        );
    }

    #[test]
    fn a_meeting_in_conflict_is_never_written() {
        let remembered: HashMap<_, _> = [known("a", "e1", "1"), known("b", "e2", "2")].into();
        let in_conflict: HashSet<String> = ["a".to_string(), "b".to_string()].into();
        assert!(plan_writes("/cal/", &[local("a", "changed")], &remembered, &in_conflict).is_empty());
    }

    #[test]
    fn a_delta_listing_fetches_changed_and_new_resources_and_reports_deleted_ones() {
        let remembered: HashMap<_, _> = [known("a", "e1", "1"), known("b", "e2", "2"), known("c", "e3", "3")].into();
        let listing = Listing {
            complete: false,
            changed: [
                ("/cal/a.ics".to_string(), Some("e1".to_string())),
                ("/cal/b.ics".to_string(), Some("e2-new".to_string())),
                ("/cal/new.ics".to_string(), Some("e9".to_string())),
            ]
            .into(),
            deleted: ["/cal/c.ics".to_string()].into(),
        };
        let changes = reconcile_listing(&remembered, &listing);
        let fetched: Vec<&str> = changes.fetch.iter().map(|f| f.href.as_str()).collect();
        assert_eq!(fetched, ["/cal/b.ics", "/cal/new.ics"]);
        assert_eq!(changes.gone, ["c"]);
    }

    #[test]
    fn a_full_listing_without_a_remembered_href_means_it_is_gone() {
        let remembered: HashMap<_, _> = [known("a", "e1", "1"), known("b", "e2", "2")].into();
        let listing = Listing {
            complete: true,
            changed: [("/cal/a.ics".to_string(), Some("e1".to_string()))].into(),
            ..Default::default()
        };
        let changes = reconcile_listing(&remembered, &listing);
        assert!(changes.fetch.is_empty());
        assert_eq!(changes.gone, ["b"]);
        let delta = Listing { complete: false, ..listing };
        assert!(reconcile_listing(&remembered, &delta).gone.is_empty(), "a delta only reports what changed");
    }

    #[test]
    fn an_unknown_etag_is_adopted_not_fetched() {
        let mut remembered: HashMap<_, _> = [known("a", "e1", "1")].into();
        remembered.get_mut("a").unwrap().etag = None;
        let listing = Listing {
            complete: false,
            changed: [("/cal/a.ics".to_string(), Some("e7".to_string()))].into(),
            ..Default::default()
        };
        let changes = reconcile_listing(&remembered, &listing);
        assert!(changes.fetch.is_empty());
        assert_eq!(changes.adopt_etag, [("a".to_string(), "e7".to_string())]);
    }

    #[test]
    fn a_server_change_is_taken_unless_the_meeting_changed_here_too() {
        let (_, r) = known("a", "e1", "1");
        assert_eq!(decide_fetched(Some(&local("a", "1")), Some(&r), "remote"), RemoteDecision::Accept);
        assert_eq!(decide_fetched(Some(&local("a", "2")), Some(&r), "remote"), RemoteDecision::Conflict);
        assert_eq!(decide_fetched(Some(&local("a", "2")), Some(&r), "2"), RemoteDecision::AlreadyHere);
        assert_eq!(decide_fetched(None, Some(&r), "remote"), RemoteDecision::Conflict, "deleted here, changed there");
        assert_eq!(decide_fetched(None, None, "remote"), RemoteDecision::Accept, "a new event becomes a meeting");
    }
}
