/**
 * Forms for a partner, a contact and a local group member: text fields, checks (the
 * core's rules) and the inputs they send.
 */
import { t } from './i18n.svelte';
import type { FieldErrors } from './errors';
import type { ContactInput, LocalGroupMemberInput, Partner, PartnerInput, PartnerRole } from './types';
import { LINE_MAX, NAME_MAX, TEXT_MAX, countError, emailError, lengthError, parseCount, put, requiredError } from './validation';

export interface PartnerForm {
  name: string;
  country: string;
  /** ISO 3166-2 code (ES-CN) or empty. */
  region: string;
  role: PartnerRole;
  time_zone: string;
  population: string;
  notes: string;
}

export function emptyPartnerForm(): PartnerForm {
  return { name: '', country: '', region: '', role: 'partner', time_zone: '', population: '', notes: '' };
}

export function formFromPartner(p: Partner): PartnerForm {
  return {
    name: p.name, country: p.country, region: p.region, role: p.role, time_zone: p.time_zone,
    population: p.population == null ? '' : String(p.population), notes: p.notes,
  };
}

export function validatePartnerForm(f: PartnerForm, knownZone?: (z: string) => boolean): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'name', requiredError(f.name, NAME_MAX));
  if (!f.country.trim()) e.country = t('partner-form-choose-country');
  const zone = f.time_zone.trim();
  if (zone && knownZone && !knownZone(zone)) e.time_zone = t('partner-form-not-known-iana-time', { zone: zone });
  put(e, 'population', countError(f.population));
  put(e, 'notes', lengthError(f.notes, TEXT_MAX));
  return e;
}

export function partnerInputFromForm(f: PartnerForm): PartnerInput {
  return {
    name: f.name, country: f.country.trim(), region: f.region.trim(), role: f.role, time_zone: f.time_zone.trim(),
    population: parseCount(f.population), notes: f.notes,
  };
}

export function validateContact(v: Record<string, string>): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'name', requiredError(v.name ?? '', NAME_MAX));
  put(e, 'role', lengthError(v.role ?? '', LINE_MAX));
  put(e, 'email', emailError(v.email ?? ''));
  put(e, 'phone', lengthError(v.phone ?? '', NAME_MAX));
  return e;
}

export function contactInput(v: Record<string, string>): ContactInput {
  return { name: v.name ?? '', role: v.role ?? '', email: v.email ?? '', phone: v.phone ?? '' };
}

export function validateMember(v: Record<string, string>): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'name', requiredError(v.name ?? '', NAME_MAX));
  put(e, 'organisation', lengthError(v.organisation ?? '', LINE_MAX));
  put(e, 'role', lengthError(v.role ?? '', LINE_MAX));
  return e;
}

export function memberInput(v: Record<string, string>): LocalGroupMemberInput {
  return { name: v.name ?? '', organisation: v.organisation ?? '', role: v.role ?? '' };
}
