//! A database whose file disappears while it is open in the window (a USB stick pulled
//! out, a folder moved away): the next command is refused with a plain error naming the
//! file (nothing is written into a file nobody can reach any more), nothing saved before
//! is lost, and the same open database works again once the file is back where it was.

use convene_core::disk_errors::{about_database, on_open_database};
use convene_core::network::{create_network, list_networks, NetworkInput, NetworkKind};
use convene_core::Db;

#[test]
fn a_change_after_the_file_disappeared_is_refused_plainly_and_saving_resumes_once_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let path = stick.join("convene.db");
    let mut db = Db::open(&path).unwrap();
    on_open_database(&mut db, |db| create_network(db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)))
        .unwrap();

    let pulled = dir.path().join("elsewhere");
    std::fs::rename(&stick, &pulled).unwrap();
    let err =
        on_open_database(&mut db, |db| create_network(db, NetworkInput::named("Võru Ålliance", NetworkKind::Transfer)))
            .unwrap_err()
            .to_string();
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains("moved or deleted while Convene had it open") && err.contains("put the file back"), "{err}");

    std::fs::rename(&pulled, &stick).unwrap();
    let names = |db: &Db| list_networks(db).unwrap().into_iter().map(|n| n.name).collect::<Vec<_>>();
    assert_eq!(names(&db), ["TechTown"], "the refused change was not saved, the earlier one is there");
    on_open_database(&mut db, |db| create_network(db, NetworkInput::named("Võru Ålliance", NetworkKind::Transfer)))
        .unwrap();
    drop(db);
    let mut all = names(&Db::open(&path).unwrap());
    all.sort();
    assert_eq!(all, ["TechTown", "Võru Ålliance"]);
}

#[test]
fn a_folder_that_is_gone_is_named_as_gone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stick/convene.db");
    let err = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap_err();
    let said = about_database(&path, err.into()).to_string();
    assert!(said.contains(&path.display().to_string()) && said.contains("its folder does not exist"), "{said}");
}
