//! A dump of every table (read from `sqlite_master`, so a table added by a migration is
//! covered without touching this file), to compare two databases table by table, column by
//! column.

use std::collections::BTreeMap;

use convene_core::Db;
use rusqlite::types::ValueRef;
use serde_json::{json, Value};

/// Columns that only number rows nothing else refers to, so that a database rebuilt from
/// an export may number them differently: the rows of lists kept in order by `position`
/// (phases, practice sections, attendance, status changes, revisions, which are known by
/// their number), and the plan tables, which are rebuilt from the newest revision's snapshot.
pub const ROW_NUMBERS: &[(&str, &str)] = &[
    ("phases", "id"),
    ("practice_sections", "id"),
    ("attendance", "id"),
    ("plan_status_changes", "id"),
    ("plan_revisions", "id"),
    ("plan_sections", "id"),
    ("plan_indicators", "id"),
    ("plan_actions", "id"),
    ("plan_action_funding", "id"),
    ("plan_risks", "id"),
];

/// Columns that point at such row numbers, compared through the row's UUID instead.
const BY_UUID: &[(&str, &str, &str)] = &[
    ("plan_action_funding", "action_id", "plan_actions"),
    ("plan_action_indicators", "action_id", "plan_actions"),
    ("plan_action_indicators", "indicator_id", "plan_indicators"),
];

/// Every table of the schema but SQLite's own and the search index (rebuilt by triggers).
pub fn table_names(db: &Db) -> Vec<String> {
    let mut stmt = db
        .conn()
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'search_index%' AND name NOT LIKE 'search_titles%' ORDER BY name",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(|t| t.unwrap()).collect()
}

fn cell(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => json!(i),
        ValueRef::Real(f) => json!(f),
        ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => json!(b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

/// One table: its columns and every row, sorted, as JSON values. With `exact` every
/// column is read as stored; without, the columns of [`ROW_NUMBERS`] are left out and
/// those of `BY_UUID` read as the UUID of the row they point at.
pub fn dump_table(db: &Db, table: &str, exact: bool) -> Value {
    let mut stmt = db.conn().prepare(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid")).unwrap();
    let columns: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|c| c.unwrap()).collect();
    let mut names = Vec::new();
    let mut select = Vec::new();
    for c in &columns {
        if !exact && ROW_NUMBERS.contains(&(table, c.as_str())) {
            continue;
        }
        match BY_UUID.iter().find(|(t, col, _)| !exact && *t == table && col == c) {
            Some((_, _, target)) => select.push(format!("(SELECT uuid FROM {target} x WHERE x.id = t.{c})")),
            None => select.push(format!("t.\"{c}\"")),
        }
        names.push(c.clone());
    }
    let sql = format!("SELECT {} FROM \"{table}\" t", select.join(", "));
    let mut stmt = db.conn().prepare(&sql).unwrap();
    let n = names.len();
    let mut rows: Vec<Vec<Value>> = stmt
        .query_map([], |r| Ok((0..n).map(|i| cell(r.get_ref(i).unwrap())).collect()))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    rows.sort_by_key(|r| serde_json::to_string(r).unwrap());
    json!({ "columns": names, "rows": rows })
}

/// Every table of [`table_names`], dumped by [`dump_table`].
pub fn dump(db: &Db, exact: bool) -> BTreeMap<String, Value> {
    table_names(db)
        .into_iter()
        .map(|t| {
            let v = dump_table(db, &t, exact);
            (t, v)
        })
        .collect()
}

/// Asserts that two databases hold the same rows, table by table, naming the first table
/// that differs.
pub fn assert_same_tables(expected: &BTreeMap<String, Value>, actual: &BTreeMap<String, Value>) {
    let names = |d: &BTreeMap<String, Value>| d.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(expected), names(actual), "the two databases have different tables");
    for (table, rows) in expected {
        assert_eq!(rows, &actual[table], "the table {table} differs");
    }
}
