/**
 * Lists the forms offer (countries, time zones), asked of the core once per window and
 * again after the window's language changes: the core names countries in that language.
 */
import { holidayCountries, listCountries, listTimeZones } from './ipc';
import type { CountryOption, HolidayCountry } from './types';

let countries: Promise<CountryOption[]> | null = null;
let zones: Promise<string[]> | null = null;
let holidays: Promise<HolidayCountry[]> | null = null;

export function countryOptions(): Promise<CountryOption[]> {
  countries ??= listCountries().catch((e) => {
    countries = null;
    throw e;
  });
  return countries;
}

export function timeZoneOptions(): Promise<string[]> {
  zones ??= listTimeZones().catch((e) => {
    zones = null;
    throw e;
  });
  return zones;
}

/** The countries with public holidays in Convene's table, with the regions a partner may name. */
export function holidayCountryOptions(): Promise<HolidayCountry[]> {
  holidays ??= holidayCountries().catch((e) => {
    holidays = null;
    throw e;
  });
  return holidays;
}

/** Forgets the lists named in a language, so the next form asks for them in the new one. */
export function forgetNamedLists(): void {
  countries = null;
  holidays = null;
}

/** "Latvia" for "LV" (in the window's language); the code itself when unknown. */
export function countryName(list: CountryOption[], code: string | null | undefined): string {
  if (!code) return '';
  return list.find((c) => c.code === code)?.name ?? code;
}
