/**
 * The calendar features as the UI words and checks them: "Add to calendar" and "Export
 * calendar" (the reminder choices, the sentence saying what was saved and how many
 * undated meetings were left out), "Email invitation" (who is preselected, the addresses
 * typed by hand, where the core's verdict on an address is shown, the organizer's address
 * remembered on this computer) and "Import calendar" (the report's summary).
 *
 * The files themselves are written and read by the shell (src-tauri/src/commands/
 * calendar.rs) with the core's iCalendar code; nothing here builds calendar text.
 */
import { t } from './i18n.svelte';
import type { IcsImportReport } from './bindings/IcsImportReport';
import type { InvitationSent } from './bindings/InvitationSent';
import type { SavedCalendar } from './bindings/SavedCalendar';
import type { SkippedEvent } from './bindings/SkippedEvent';
import { dateError, dateOrderError, emailError } from './validation';
import type { FieldErrors } from './errors';
import type { Partner } from './types';

/** What a calendar action tells the person afterwards, shown under its buttons until the next one. */
export interface CalendarOutcome {
  /** `warn`: the person cancelled it and nothing changed. */
  kind: 'ok' | 'warn' | 'error';
  text: string;
  /** The file written, when there is one (tests read it; people read `text`). */
  path?: string;
}

/** The reminder choices of an export: none, a day before, an hour before. */
export const REMINDERS: { value: string; label: string; minutes: number | null }[] = [
  { value: 'none', get label() { return t('calendar-reminder-none'); }, minutes: null },
  { value: 'day', get label() { return t('calendar-reminder-day'); }, minutes: 24 * 60 },
  { value: 'hour', get label() { return t('calendar-reminder-hour'); }, minutes: 60 },
];

export function reminderMinutes(value: string): number | null {
  return REMINDERS.find((r) => r.value === value)?.minutes ?? null;
}

/** "Saved 12 meetings to /home/ana/TechTown.ics; 2 not yet dated were left out." */
export function savedMessage(saved: SavedCalendar): string {
  const head = t('calendar-saved', { count: saved.events, path: saved.path });
  if (saved.left_out_undated === 0) return `${head}.`;
  const n = saved.left_out_undated;
  return t('calendar-left-out', { head: head, count: n });
}

/** What happened to an invitation: open in the mail program, or only written. */
export function invitationMessage(sent: InvitationSent): string {
  const what = sent.method === 'cancel' ? t('calendar-cancellation') : t('calendar-invitation');
  if (!sent.opened) return t('calendar-was-written', { what: what, subject: sent.subject, path: sent.path });
  return t('calendar-open-your-mail-program', { what: what, subject: sent.subject, path: sent.path });
}

/** One sentence for an import: "Created 3 meetings, updated 1, 2 unchanged." */
export function importSummary(report: IcsImportReport): string {
  const created = report.created.length;
  const updated = report.updated.length;
  const skipped = report.skipped.length;
  if (skipped > 0 && created === 0 && updated === 0 && report.unchanged === 0) {
    return t('calendar-none-file-s-events', { count: skipped });
  }
  const skippedPart = skipped ? t('calendar-events-skipped', { count: skipped }) : '';
  if (created === 0 && updated === 0) {
    if (report.unchanged === 0) return t('calendar-calendar-holds-no-events', { skippedPart: skippedPart });
    const n = report.unchanged;
    return t('calendar-nothing-changed-already-saved', { count: n, skippedPart: skippedPart });
  }
  return t('calendar-created-updated-unchanged', { count: created, updated: updated, unchanged: report.unchanged, skippedPart: skippedPart });
}

/** How the report names an event left out: “line 14: “Kick-off” (UID k@x.eu)”, its reason shown beside it. */
export function skippedEventName(s: SkippedEvent): string {
  const title = s.title ? `“${s.title}”` : t('calendar-event');
  return s.uid ? t('calendar-line-uid', { line: s.line, title: title, uid: s.uid }) : t('calendar-line', { line: s.line, title });
}

/** The checks of the export form's optional date range, keyed `from` and `to` as the core's. */
export function rangeErrors(from: string, to: string): FieldErrors {
  const errors: FieldErrors = {};
  const f = dateError(from, false);
  const t = dateError(to, false);
  if (f) errors.from = f;
  if (t) errors.to = t;
  if (!f && !t && from && to) {
    const order = dateOrderError(from, to);
    if (order) errors.to = order;
  }
  return errors;
}

/** A person an invitation can go to, with who they are when the network knows them. */
export interface Invitee {
  email: string;
  /** The contact's name, or null for an address no contact has. */
  name: string | null;
  /** The partner the contact belongs to. */
  partner: string | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The addresses to preselect (in the core's order) with the names of their contacts. */
export function invitees(emails: string[], partners: Partner[]): Invitee[] {
  return emails.map((email) => {
    for (const p of partners) {
      const c = p.contacts.find((x) => x.email && same(x.email, email));
      if (c) return { email, name: c.name, partner: p.name };
    }
    return { email, name: null, partner: null };
  });
}

/**
 * Addresses typed by hand, separated by commas, semicolons, spaces or new lines; "Ana
 * Silva <ana@fundao.pt>" counts as its address. Repeats (in any case) are kept once.
 */
export function parseAddresses(text: string): string[] {
  const out: string[] = [];
  const withoutNames = text.replace(/"[^"]*"/g, ' ').replace(/[^,;<>\n]*<([^<>]*)>/g, ' $1 ');
  for (const part of withoutNames.split(/[\s,;]+/)) {
    const a = part.trim();
    if (a && !out.some((x) => same(x, a))) out.push(a);
  }
  return out;
}

/** Where an address sent to the core came from: a checked contact, or the field of other addresses. */
export type AttendeeSource = { kind: 'contact'; email: string } | { kind: 'other'; email: string };

/** The attendees to send, checked contacts first, each address once, with where each came from. */
export function attendeesToSend(checked: string[], otherText: string): AttendeeSource[] {
  const out: AttendeeSource[] = [];
  for (const email of checked) if (!out.some((x) => same(x.email, email))) out.push({ kind: 'contact', email });
  for (const email of parseAddresses(otherText)) if (!out.some((x) => same(x.email, email))) out.push({ kind: 'other', email });
  return out;
}

/**
 * How many people the invitation will reach as things stand: every ticked contact and
 * every well-formed typed address, each address once (`sent` already holds each once). A
 * typed address the dialog refuses is not counted, so the "To" legend never promises more
 * people than the message would go to.
 */
export function recipientCount(sent: AttendeeSource[]): number {
  return sent.filter((s) => s.kind === 'contact' || !emailError(s.email)).length;
}

/**
 * Where the dialog shows the core's error on field `field`: `organizer` beside the
 * organizer's address; `to[i]` beside the contact it came from or beside the field of
 * other addresses (naming the address); `to` beside the list; anything else at the top.
 */
export function invitationErrorTarget(
  field: string | null | undefined,
  sent: AttendeeSource[],
): { kind: 'organizer' } | { kind: 'contact'; email: string } | { kind: 'other' } | { kind: 'attendees' } | { kind: 'general' } {
  if (field === 'organizer') return { kind: 'organizer' };
  if (field === 'to') return { kind: 'attendees' };
  const m = field ? /^to\[(\d+)\]$/.exec(field) : null;
  if (m) {
    const s = sent[Number(m[1])];
    if (s?.kind === 'contact') return { kind: 'contact', email: s.email };
    if (s?.kind === 'other') return { kind: 'other' };
  }
  return { kind: 'general' };
}

/** The dialog's own checks before sending (the core checks again). */
export function invitationErrors(organizer: string, sent: AttendeeSource[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!organizer.trim()) errors.organizer = t('calendar-give-your-e-mail');
  else {
    const e = emailError(organizer);
    if (e) errors.organizer = e;
  }
  const bad = sent.filter((s) => s.kind === 'other').map((s) => emailError(s.email)).find((e) => e);
  if (bad) errors.other = bad;
  if (sent.length === 0) errors.to = t('calendar-choose-at-least-person');
  return errors;
}

/** Where the organizer's address is remembered on this computer. */
export const ORGANIZER_KEY = 'convene.invitation.organizer';

export function rememberedOrganizer(storage: Pick<Storage, 'getItem'> | null): string {
  try {
    return storage?.getItem(ORGANIZER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberOrganizer(storage: Pick<Storage, 'setItem'> | null, email: string): void {
  try {
    storage?.setItem(ORGANIZER_KEY, email.trim());
  } catch {
    /* private mode or full storage: the address is simply asked again next time */
  }
}
