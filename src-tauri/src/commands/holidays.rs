//! Public holidays and partners' own days off: the countries and regions the holiday table
//! knows (for the partner form's region), the days a network's partners do not work (for
//! the month calendar), and the days off a coordinator records (on the network page).

use chrono::NaiveDate;
use convene_core::holiday::{self, DayOff, DayOffInput, HolidayCountry, NamedDayOff};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// Every country with public holidays in the table, with its years and regions.
#[tauri::command]
pub async fn holiday_countries() -> CommandResult<Vec<HolidayCountry>> {
    Ok(holiday::holiday_countries())
}

/// Every day from `from` to `to` (inclusive) a partner of the network does not work.
#[tauri::command]
pub async fn network_days_off(
    state: State<'_, AppState>,
    network_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> CommandResult<Vec<NamedDayOff>> {
    state.run(move |db| holiday::named_partner_days_off(db, network_id, from, to)).await
}

/// The days off recorded for the network's partners, in date order.
#[tauri::command]
pub async fn list_days_off(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<DayOff>> {
    state.run(move |db| holiday::list_days_off(db, network_id)).await
}

#[tauri::command]
pub async fn add_day_off(state: State<'_, AppState>, partner_id: i64, input: DayOffInput) -> CommandResult<DayOff> {
    state.run(move |db| holiday::add_day_off(db, partner_id, input)).await
}

#[tauri::command]
pub async fn delete_day_off(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| holiday::delete_day_off(db, id)).await
}
