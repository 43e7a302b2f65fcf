/**
 * The network form: its text fields, its checks (the core's rules for a network), and the
 * `NetworkInput` it sends. Field keys are the core's: "name", "end_date", "phases[1].name".
 */
import { t } from './i18n.svelte';
import type { FieldErrors } from './errors';
import type { Network, NetworkInput, NetworkKind } from './types';
import { LINE_MAX, NAME_MAX, TEXT_MAX, dateError, dateOrderError, emailError, lengthError, put, requiredError, urlError } from './validation';

export interface PhaseForm {
  name: string;
  start_date: string;
  end_date: string;
}

export interface NetworkForm {
  name: string;
  slug: string;
  kind: NetworkKind;
  tagline: string;
  description: string;
  programme: string;
  start_date: string;
  end_date: string;
  contact_email: string;
  website: string;
  lead_partner_id: string;
  phases: PhaseForm[];
}

export function emptyNetworkForm(): NetworkForm {
  return {
    name: '', slug: '', kind: 'action_planning', tagline: '', description: '', programme: 'URBACT',
    start_date: '', end_date: '', contact_email: '', website: '', lead_partner_id: '', phases: [],
  };
}

export function formFromNetwork(n: Network): NetworkForm {
  return {
    name: n.name, slug: n.slug, kind: n.kind, tagline: n.tagline, description: n.description, programme: n.programme,
    start_date: n.start_date ?? '', end_date: n.end_date ?? '', contact_email: n.contact_email, website: n.website,
    lead_partner_id: n.lead_partner_id == null ? '' : String(n.lead_partner_id),
    phases: n.phases.map((p) => ({ name: p.name, start_date: p.start_date ?? '', end_date: p.end_date ?? '' })),
  };
}

export function validateNetworkForm(f: NetworkForm): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'name', requiredError(f.name, NAME_MAX));
  put(e, 'slug', lengthError(f.slug, NAME_MAX));
  put(e, 'tagline', lengthError(f.tagline, LINE_MAX));
  put(e, 'description', lengthError(f.description, TEXT_MAX));
  put(e, 'programme', lengthError(f.programme, NAME_MAX));
  put(e, 'start_date', dateError(f.start_date, false));
  put(e, 'end_date', dateError(f.end_date, false) ?? dateOrderError(f.start_date.trim(), f.end_date.trim()));
  put(e, 'contact_email', emailError(f.contact_email));
  put(e, 'website', urlError(f.website));
  f.phases.forEach((p, i) => {
    put(e, `phases[${i}].name`, requiredError(p.name, NAME_MAX));
    put(e, `phases[${i}].start_date`, dateError(p.start_date, false));
    put(e, `phases[${i}].end_date`, dateError(p.end_date, false) ?? dateOrderError(p.start_date.trim(), p.end_date.trim()));
  });
  return e;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function networkInputFromForm(f: NetworkForm): NetworkInput {
  return {
    name: f.name, slug: f.slug, kind: f.kind, tagline: f.tagline, description: f.description, programme: f.programme,
    start_date: orNull(f.start_date), end_date: orNull(f.end_date), contact_email: f.contact_email, website: f.website,
    lead_partner_id: f.lead_partner_id ? Number(f.lead_partner_id) : null,
    phases: f.phases.map((p) => ({ name: p.name, start_date: orNull(p.start_date), end_date: orNull(p.end_date) })),
  };
}
