/**
 * Every Tauri command of Convene as one typed async function (the Rust side is
 * src-tauri/src/commands/). Components call these, never `invoke` directly.
 *
 * Shell tests (src-tauri/src/lib.rs) hold this list to the registered commands: one
 * function per command, each called from a screen or component (a command the window
 * does not use is not registered), and no command takes a file path: files are chosen
 * in native dialogs the shell opens.
 *
 * Argument keys are camelCase here; Tauri maps them to the snake_case Rust parameters.
 * Payload types are generated from the Rust types into ./bindings/ (see
 * tests/core/bindings.rs); do not edit those by hand.
 *
 * A failing command rejects with a `CommandError`: an `Error` whose `code`, `message`
 * and optional `field` are the `IpcError` the core sent (`field` names the input to show
 * the message beside). Failures outside Convene's commands (a missing permission, say)
 * arrive as `code: "internal"`.
 */
import { Channel, invoke } from '@tauri-apps/api/core';

import type { Action as ActionInput } from './bindings/Action';
import type { ActionPlan } from './bindings/ActionPlan';
import type { ActionPlanInput } from './bindings/ActionPlanInput';
import type { AgendaItemInput } from './bindings/AgendaItemInput';
import type { Answer } from './bindings/Answer';
import type { AppInfo } from './bindings/AppInfo';
import type { AttentionItem } from './bindings/AttentionItem';
import type { AttendanceStatus } from './bindings/AttendanceStatus';
import type { Attendee } from './bindings/Attendee';
import type { AuthorSetting } from './bindings/AuthorSetting';
import type { ClosedPoll } from './bindings/ClosedPoll';
import type { Comment } from './bindings/Comment';
import type { CommentInput } from './bindings/CommentInput';
import type { ConflictChoice } from './bindings/ConflictChoice';
import type { Contact } from './bindings/Contact';
import type { ContactInput } from './bindings/ContactInput';
import type { CountryOption } from './bindings/CountryOption';
import type { DateRange } from './bindings/DateRange';
import type { DavAccount } from './bindings/DavAccount';
import type { DavAccountAdded } from './bindings/DavAccountAdded';
import type { DavAccountInput } from './bindings/DavAccountInput';
import type { DavDiscovery } from './bindings/DavDiscovery';
import type { DavPublishState } from './bindings/DavPublishState';
import type { DavSyncReport } from './bindings/DavSyncReport';
import type { DayOff } from './bindings/DayOff';
import type { DayOffInput } from './bindings/DayOffInput';
import type { Dependents } from './bindings/Dependents';
import type { IcsImportReport } from './bindings/IcsImportReport';
import type { HolidayCountry } from './bindings/HolidayCountry';
import type { ImportNote } from './bindings/ImportNote';
import type { ImportReport } from './bindings/ImportReport';
import type { Indicator as IndicatorInput } from './bindings/Indicator';
import type { InvitationSent } from './bindings/InvitationSent';
import type { IpcError } from './bindings/IpcError';
import type { LocalGroupMember } from './bindings/LocalGroupMember';
import type { LocalGroupMemberInput } from './bindings/LocalGroupMemberInput';
import type { Meeting } from './bindings/Meeting';
import type { MeetingInput } from './bindings/MeetingInput';
import type { MeetingSummary } from './bindings/MeetingSummary';
import type { Milestone } from './bindings/Milestone';
import type { MilestoneInput } from './types';
import type { NamedDayOff } from './bindings/NamedDayOff';
import type { Network } from './bindings/Network';
import type { NetworkInput } from './bindings/NetworkInput';
import type { NetworkSummary } from './bindings/NetworkSummary';
import type { NetworkTimeline } from './bindings/NetworkTimeline';
import type { Overview } from './bindings/Overview';
import type { Partner } from './bindings/Partner';
import type { PartnerInput } from './bindings/PartnerInput';
import type { PartnerLocalTime } from './bindings/PartnerLocalTime';
import type { PlanDiff } from './bindings/PlanDiff';
import type { PlanDocument } from './bindings/PlanDocument';
import type { PlanListItem } from './bindings/PlanListItem';
import type { PlanStatus } from './bindings/PlanStatus';
import type { Poll } from './bindings/Poll';
import type { PollGrid } from './bindings/PollGrid';
import type { PollInput } from './bindings/PollInput';
import type { PollMessagesWritten } from './bindings/PollMessagesWritten';
import type { Practice } from './bindings/Practice';
import type { PracticeInput } from './bindings/PracticeInput';
import type { PracticeSummary } from './bindings/PracticeSummary';
import type { ReceiveReport } from './bindings/ReceiveReport';
import type { RepliesReport } from './bindings/RepliesReport';
import type { Revision } from './bindings/Revision';
import type { Risk as RiskInput } from './bindings/Risk';
import type { SavedCalendar } from './bindings/SavedCalendar';
import type { SavedRevision } from './bindings/SavedRevision';
import type { ScheduleInput } from './bindings/ScheduleInput';
import type { SearchHit } from './bindings/SearchHit';
import type { DayFinding } from './bindings/DayFinding';
import type { DayRequest } from './bindings/DayRequest';
import type { MeetingWarning } from './bindings/MeetingWarning';
import type { SlotFinding } from './bindings/SlotFinding';
import type { SlotRequest } from './bindings/SlotRequest';
import type { WorkProgress } from './bindings/WorkProgress';

/** A command's failure: the core's `{ code, message, field? }` as a throwable `Error`. */
export class CommandError extends Error implements IpcError {
  readonly code: string;
  readonly field?: string;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'CommandError';
    this.code = error.code;
    if (error.field !== undefined && error.field !== null) this.field = error.field;
  }
}

/** Whether `e` is a command's failure (as thrown by the functions of this module). */
export function isCommandError(e: unknown): e is CommandError {
  return e instanceof CommandError;
}

function asIpcError(raw: unknown): IpcError {
  if (raw && typeof raw === 'object' && 'code' in raw && 'message' in raw) {
    const o = raw as { code: unknown; message: unknown; field?: unknown };
    const error: IpcError = { code: String(o.code), message: String(o.message) };
    if (typeof o.field === 'string' && o.field) error.field = o.field;
    return error;
  }
  return { code: 'internal', message: typeof raw === 'string' ? raw : String(raw) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw new CommandError(asIpcError(raw));
  }
}

/**
 * Who watches a long command (./longWork.svelte.ts): told the work's id (its progress
 * channel's, which `cancelWork` takes) before the command starts, then every figure.
 */
export interface WorkWatcher {
  started(work: number): void;
  progressed(progress: WorkProgress): void;
}

/** The progress channel a long command takes; figures go nowhere without a watcher. */
function progressChannel(watcher?: WorkWatcher): Channel<WorkProgress> {
  const channel = new Channel<WorkProgress>();
  if (watcher) {
    channel.onmessage = (p) => watcher.progressed(p);
    watcher.started(channel.id);
  }
  return channel;
}

// App and first run

export const appInfo = () => call<AppInfo>('app_info');
/** Imports the bundled URBACT example pages through the importer; the report lists its warnings. */
export const loadExamples = () => call<ImportReport>('load_examples');
/** Records that the person chose to start with an empty database. */
export const startEmpty = () => call<void>('start_empty');
export const homeOverview = () => call<Overview>('home_overview');
/** One network's timeline on Home: its meetings and milestones nearest today, and its undated meetings. */
export const homeTimeline = (networkId: number) => call<NetworkTimeline>('home_timeline', { networkId });
export const homeTravelWarnings = () => call<AttentionItem[]>('home_travel_warnings');
/** Home's launch work is done: the program gives back the memory it used (src-tauri/src/memory.rs). */
export const launchSettled = () => call<void>('launch_settled');
/** The first screen is drawn and takes input: a no-op unless the launch is being measured (see ./ready.ts). */
export const reportReady = (screen: string, now: number | null, phases: [string, number][]) =>
  call<void>('report_ready', { screen, now, phases });

// Networks

export const listNetworks = () => call<NetworkSummary[]>('list_networks');
export const getNetwork = (id: number) => call<Network>('get_network', { id });
export const createNetwork = (input: NetworkInput) => call<Network>('create_network', { input });
export const updateNetwork = (id: number, input: NetworkInput) => call<Network>('update_network', { id, input });
/** What deleting the network would remove with it (for the confirmation). */
export const networkDependents = (id: number) => call<Dependents>('network_dependents', { id });
/** Fails with code "has_dependents" unless `cascade` is true and something belongs to the network. */
export const deleteNetwork = (id: number, cascade: boolean) => call<Dependents>('delete_network', { id, cascade });
/** The import notes of one network, or all of them when `networkId` is null. */
export const listImportNotes = (networkId: number | null) => call<ImportNote[]>('list_import_notes', { networkId });

// Partners, contacts, local groups

/** A network's partners, with their contacts and local group members. */
export const listPartners = (networkId: number) => call<Partner[]>('list_partners', { networkId });
export const createPartner = (networkId: number, input: PartnerInput) =>
  call<Partner>('create_partner', { networkId, input });
export const updatePartner = (id: number, input: PartnerInput) => call<Partner>('update_partner', { id, input });
export const partnerDependents = (id: number) => call<Dependents>('partner_dependents', { id });
export const deletePartner = (id: number, cascade: boolean) => call<Dependents>('delete_partner', { id, cascade });
export const addContact = (partnerId: number, input: ContactInput) => call<Contact>('add_contact', { partnerId, input });
export const updateContact = (id: number, input: ContactInput) => call<Contact>('update_contact', { id, input });
export const deleteContact = (id: number) => call<void>('delete_contact', { id });
export const addLocalGroupMember = (partnerId: number, input: LocalGroupMemberInput) =>
  call<LocalGroupMember>('add_local_group_member', { partnerId, input });
export const updateLocalGroupMember = (id: number, input: LocalGroupMemberInput) =>
  call<LocalGroupMember>('update_local_group_member', { id, input });
export const deleteLocalGroupMember = (id: number) => call<void>('delete_local_group_member', { id });

// Holidays and days off

/** The countries with public holidays in Convene's table (from python-holidays), with their regions. */
export const holidayCountries = () => call<HolidayCountry[]>('holiday_countries');
/** Every day from `from` to `to` (YYYY-MM-DD, both included) a partner of the network does not work. */
export const networkDaysOff = (networkId: number, from: string, to: string) =>
  call<NamedDayOff[]>('network_days_off', { networkId, from, to });
/** The days off recorded for the network's partners (a patron saint's day), in date order. */
export const listDaysOff = (networkId: number) => call<DayOff[]>('list_days_off', { networkId });
export const addDayOff = (partnerId: number, input: DayOffInput) => call<DayOff>('add_day_off', { partnerId, input });
export const deleteDayOff = (id: number) => call<void>('delete_day_off', { id });

// Meetings

/** A network's meetings in date order, undated last; a range leaves the undated out. */
export const listMeetings = (networkId: number, range: DateRange = { from: null, to: null }) =>
  call<MeetingSummary[]>('list_meetings', { networkId, range });
export const getMeeting = (id: number) => call<Meeting>('get_meeting', { id });
export const createMeeting = (networkId: number, input: MeetingInput) =>
  call<Meeting>('create_meeting', { networkId, input });
export const updateMeeting = (id: number, input: MeetingInput) => call<Meeting>('update_meeting', { id, input });
/** The steps of a meeting's life; the core refuses one that does not fit the meeting as it is. */
export const confirmMeeting = (id: number) => call<Meeting>('confirm_meeting', { id });
/** To a later date, or `null`: no new date yet (the meeting is marked postponed). */
export const postponeMeeting = (id: number, to: ScheduleInput | null) =>
  call<Meeting>('postpone_meeting', { id, to });
export const markMeetingHeld = (id: number) => call<Meeting>('mark_meeting_held', { id });
export const cancelMeeting = (id: number) => call<Meeting>('cancel_meeting', { id });
export const deleteMeeting = (id: number) => call<void>('delete_meeting', { id });
/** Replaces the agenda with `items`, in that order. */
export const setAgenda = (meetingId: number, items: AgendaItemInput[]) =>
  call<Meeting>('set_agenda', { meetingId, items });
/** Records a partner's or contact's answer; null removes them from the meeting. */
export const setAttendance = (meetingId: number, attendee: Attendee, status: AttendanceStatus | null) =>
  call<Meeting>('set_attendance', { meetingId, attendee, status });
/** Start and end on every partner's clock; empty for all-day and undated meetings. */
export const meetingLocalTimes = (meetingId: number) =>
  call<PartnerLocalTime[]>('meeting_local_times', { meetingId });
/** The local times panel for a form not yet saved; an invalid schedule fails with its field. */
export const previewLocalTimes = (networkId: number, schedule: ScheduleInput, hostPartnerId: number | null) =>
  call<PartnerLocalTime[]>('preview_local_times', { networkId, schedule, hostPartnerId });

// Deciding when: the form's "Find a time" panel and its travel warnings

/** Starts every 30 minutes ranked by the worst partner's burden, then the total, then the earliest. */
export const findSlots = (networkId: number, request: SlotRequest) =>
  call<SlotFinding>('find_slots', { networkId, request });
/** Runs of whole days on which no partner has a holiday, with the days left out and why. */
export const findFreeDays = (networkId: number, request: DayRequest) =>
  call<DayFinding>('find_free_days', { networkId, request });
/** What saving the form as typed would warn about (same host twice, travel too close, the host's holiday). */
export const previewMeetingWarnings = (networkId: number, meetingId: number | null, input: MeetingInput) =>
  call<MeetingWarning[]>('preview_meeting_warnings', { networkId, meetingId, input });

// Milestones (the network page's timeline)

/** A network's milestones in date order. */
export const listMilestones = (networkId: number) => call<Milestone[]>('list_milestones', { networkId });
/** A month milestone (`precision: 'month'`) may give any day of its month; the first is kept. */
export const createMilestone = (networkId: number, input: MilestoneInput) =>
  call<Milestone>('create_milestone', { networkId, input });
export const updateMilestone = (id: number, input: MilestoneInput) => call<Milestone>('update_milestone', { id, input });
export const deleteMilestone = (id: number) => call<void>('delete_milestone', { id });

// Integrated Action Plans (the plan page; export to files is in the export section)

/** Every plan of a network with its status and last change. */
export const listPlanOverviews = (networkId: number) => call<PlanListItem[]>('list_plan_overviews', { networkId });
/** A new plan with the nine standard sections (its summary becomes the context section's text) and revision 1. */
export const createPlan = (networkId: number, input: ActionPlanInput) => call<ActionPlan>('create_plan', { networkId, input });
/** Everything the plan page shows: sections, actions, indicators, risks, summary, open comments and conflicts. */
export const loadPlanDocument = (planId: number) => call<PlanDocument>('load_plan_document', { planId });
/** Saves one section's Markdown; unchanged text creates no revision (`created: false`). */
export const savePlanSection = (planId: number, key: string, body: string, message: string | null = null) =>
  call<SavedRevision>('save_plan_section', { planId, key, body, message });
/** Adds a custom section after `after` (at the end when null); `itemId` of the result is its key. */
export const addPlanSection = (planId: number, title: string, after: string | null = null) =>
  call<SavedRevision>('add_plan_section', { planId, title, after });
/** Renames a custom section (standard sections keep their titles). */
export const renamePlanSection = (planId: number, key: string, title: string) =>
  call<SavedRevision>('rename_plan_section', { planId, key, title });
/** Puts the sections in the order of `keys` (every key once). */
export const reorderPlanSections = (planId: number, keys: string[]) =>
  call<SavedRevision>('reorder_plan_sections', { planId, keys });
/** Removes a custom section; its text stays in earlier revisions. */
export const removePlanSection = (planId: number, key: string) => call<SavedRevision>('remove_plan_section', { planId, key });
/** `itemId` of the result is the new action's id. Amounts are strings such as "1250.50". */
export const addPlanAction = (planId: number, input: ActionInput) => call<SavedRevision>('add_plan_action', { planId, input });
export const updatePlanAction = (planId: number, actionId: string, input: ActionInput) =>
  call<SavedRevision>('update_plan_action', { planId, actionId, input });
export const deletePlanAction = (planId: number, actionId: string) =>
  call<SavedRevision>('delete_plan_action', { planId, actionId });
/** Moves an action to place `to` (0-based) of the table. */
export const movePlanAction = (planId: number, actionId: string, to: number) =>
  call<SavedRevision>('move_plan_action', { planId, actionId, to });
export const addPlanIndicator = (planId: number, input: IndicatorInput) =>
  call<SavedRevision>('add_plan_indicator', { planId, input });
export const updatePlanIndicator = (planId: number, indicatorId: string, input: IndicatorInput) =>
  call<SavedRevision>('update_plan_indicator', { planId, indicatorId, input });
/** Also unlinks the indicator from the actions that referred to it. */
export const deletePlanIndicator = (planId: number, indicatorId: string) =>
  call<SavedRevision>('delete_plan_indicator', { planId, indicatorId });
export const addPlanRisk = (planId: number, input: RiskInput) => call<SavedRevision>('add_plan_risk', { planId, input });
export const updatePlanRisk = (planId: number, riskId: string, input: RiskInput) =>
  call<SavedRevision>('update_plan_risk', { planId, riskId, input });
export const deletePlanRisk = (planId: number, riskId: string) => call<SavedRevision>('delete_plan_risk', { planId, riskId });
/** Newest first. */
export const listPlanRevisions = (planId: number) => call<Revision[]>('list_plan_revisions', { planId });
/** Word-level differences between two revisions (by number), per section, and the rows changed. */
export const diffPlanRevisions = (planId: number, from: number, to: number) =>
  call<PlanDiff>('diff_plan_revisions', { planId, from, to });
/** Makes revision `number`'s content current again, as a new revision. */
export const restorePlanRevision = (planId: number, number: number) =>
  call<SavedRevision>('restore_plan_revision', { planId, number });
/** Draft -> in review -> final -> adopted (needs `adoptionDate`, YYYY-MM-DD), or back one step. */
export const setPlanStatus = (planId: number, status: PlanStatus, adoptionDate: string | null = null) =>
  call<ActionPlan>('set_plan_status', { planId, status, adoptionDate });
/** An empty `author` signs with the author name of the settings. */
export const addPlanComment = (planId: number, input: CommentInput) => call<Comment>('add_plan_comment', { planId, input });
/** `by` empty: the author name of the settings. */
export const resolvePlanComment = (commentId: number, by = '') => call<Comment>('resolve_plan_comment', { commentId, by });
/** `{ choice: 'ours' }`, `{ choice: 'theirs' }` or `{ choice: 'merged', text }`. */
export const resolvePlanConflict = (conflictId: number, choice: ConflictChoice) =>
  call<SavedRevision>('resolve_plan_conflict', { conflictId, choice });
/** The name revisions, status changes and comments are signed with. */
export const getAuthorName = () => call<AuthorSetting>('get_author_name');
/** An empty name goes back to the system user name. */
export const setAuthorName = (name: string) => call<AuthorSetting>('set_author_name', { name });

// Plan documents: preview, export and exchange files (the shell opens the native dialogs)

/** A section's Markdown as HTML sanitized in Rust (ammonia); only SanitizedHtml.svelte inserts it. */
export const renderMarkdownPreview = (text: string) => call<string>('render_markdown_preview', { text });
/** Exports the plan as docx, pdf, md or html through the save dialog; the path written, or null when cancelled. */
export const exportPlanFile = (planId: number, format: string) => call<string | null>('export_plan_file', { planId, format });
/** Saves the plan's .convene-plan file through the save dialog; the path written, or null when cancelled. */
export const sendPlanFile = (planId: number) => call<string | null>('send_plan_file', { planId });
/** Receives a .convene-plan file chosen in the open dialog; what happened, or null when cancelled. */
export const receivePlanFile = () => call<ReceiveReport | null>('receive_plan_file');

// Calendars: the shell opens the native save and open dialogs and the mail program

/**
 * Saves an .ics of a network's meetings, one partner's (`partnerId`) or one meeting's
 * (`meetingId`), within `from`..`to` (YYYY-MM-DD) when given, with a reminder
 * `reminderMinutes` before each start; what was written (with the number of undated
 * meetings left out), or null when the dialog was closed. `watcher` sees its progress;
 * a cancel (`cancelWork`) before the save dialog rejects with code "cancelled".
 */
export const exportCalendarFile = (
  networkId: number,
  options: { partnerId?: number | null; meetingId?: number | null; from?: string | null; to?: string | null; reminderMinutes?: number | null } = {},
  watcher?: WorkWatcher,
) =>
  call<SavedCalendar | null>('export_calendar_file', {
    networkId,
    partnerId: options.partnerId ?? null,
    meetingId: options.meetingId ?? null,
    from: options.from || null,
    to: options.to || null,
    reminderMinutes: options.reminderMinutes ?? null,
    onProgress: progressChannel(watcher),
  });
/** The e-mail addresses of the contacts of the partners the meeting concerns, to preselect. */
export const invitationContacts = (meetingId: number) => call<string[]>('invitation_contacts', { meetingId });
/** Writes the invitation (or cancellation) as an .eml and opens it in the mail program; errors name `organizer` or `to[i]`. */
export const emailInvitation = (meetingId: number, organizer: string, attendees: string[]) =>
  call<InvitationSent>('email_invitation', { meetingId, organizer, attendees });
/**
 * Imports an .ics chosen in the open dialog into the network's meetings; the report, or
 * null when the dialog was closed. `watcher` sees its progress; a cancel (`cancelWork`)
 * rejects with code "cancelled" and leaves the meetings as they were.
 */
export const importCalendarFile = (networkId: number, watcher?: WorkWatcher) =>
  call<IcsImportReport | null>('import_calendar_file', { networkId, onProgress: progressChannel(watcher) });
/** Asks long work (named by `WorkWatcher.started`) to stop; false when it had already finished. */
export const cancelWork = (work: number) => call<boolean>('cancel_work', { work });

// Good practices, search, choice lists

export const listPractices = () => call<PracticeSummary[]>('list_practices');
export const getPractice = (id: number) => call<Practice>('get_practice', { id });
/** Adds a good practice; a refused field comes back as `field` ("title", "sections[2].body"). */
export const createPractice = (input: PracticeInput) => call<Practice>('create_practice', { input });
export const updatePractice = (id: number, input: PracticeInput) => call<Practice>('update_practice', { id, input });
/** Deletes the practice with its sections; the networks it was linked to stay. */
export const deletePractice = (id: number) => call<void>('delete_practice', { id });
export const search = (text: string) => call<SearchHit[]>('search', { text });
export const listCountries = () => call<CountryOption[]>('list_countries');
export const listTimeZones = () => call<string[]>('list_time_zones');

// Data: the shell opens the native open and save dialogs; no path comes from the page

/** Saves a backup of the whole database through the save dialog; the path written, or null when cancelled. */
export const backupFile = () => call<string | null>('backup_file');
/** Opens the dialog for the backup to restore; its path (for the confirmation), or null when cancelled. Nothing changes yet. */
export const chooseBackupToRestore = () => call<string | null>('choose_backup_to_restore');
/** Replaces the database with the backup chosen last (a copy of the current one is kept beside it). */
export const restoreChosenBackup = () => call<AppInfo>('restore_chosen_backup');
/** Imports URBACT network and good-practice pages saved as text, chosen in the open dialog; the report, or null when cancelled. */
export const importPagesFile = () => call<ImportReport | null>('import_pages_file');
/** Writes every record as JSON through the save dialog; the path written, or null when cancelled. */
export const exportJsonFile = () => call<string | null>('export_json_file');

// Polls: dates offered to the partners, their answers, and the meeting chosen

/** A network's polls, newest first. */
export const listPolls = (networkId: number) => call<Poll[]>('list_polls', { networkId });
/** Starts a poll; a refused date comes back as `field` "options[i]", a missing zone as "time_zone". */
export const createPoll = (networkId: number, input: PollInput) => call<Poll>('create_poll', { networkId, input });
/** Every partner by every date, each date on the partner's own clock, with the tally. */
export const pollGrid = (pollId: number) => call<PollGrid>('poll_grid', { pollId });
/** Records a partner's answer to date `optionNumber` (1-based) by hand. */
export const setPollAnswer = (pollId: number, partnerId: number, optionNumber: number, answer: Answer) =>
  call<Poll>('set_poll_answer', { pollId, partnerId, optionNumber, answer });
/**
 * Closes the poll on date `optionNumber`: creates the meeting (the poll is read-only
 * afterwards) and, when the poll's invitations were written, writes the meeting's
 * invitation and the release of the other dates (null otherwise).
 */
export const closePollAndWrite = (pollId: number, optionNumber: number) =>
  call<[ClosedPoll, PollMessagesWritten | null]>('close_poll_and_write', { pollId, optionNumber });
/** Writes one invitation to answer per partner contact (but the organizer) into the poll's folder; errors name `organizer`. */
export const writePollInvitations = (pollId: number, organizer: string) =>
  call<PollMessagesWritten>('write_poll_invitations', { pollId, organizer });
/** Reads reply files chosen in the open dialog; the report (nothing saved when it lists problems), or null when cancelled. */
export const choosePollReplyFiles = (pollId: number) => call<RepliesReport | null>('choose_poll_reply_files', { pollId });
/** Reads the files last dropped on the window (the shell kept their paths); null when nothing was dropped. */
export const readDroppedPollReplies = (pollId: number) => call<RepliesReport | null>('read_dropped_poll_replies', { pollId });

// Calendar servers (CalDAV): accounts, publishing a network, conflicts

export const listDavAccounts = () => call<DavAccount[]>('list_dav_accounts');
/**
 * Saves an account; its password goes to the keyring (never back to the window). The
 * answer says whether the keyring took it; a refused field comes back as `field`.
 */
export const addDavAccount = (input: DavAccountInput) => call<DavAccountAdded>('add_dav_account', { input });
/**
 * Opens the native dialog for the CA file of a server with its own certificate; the shell
 * keeps the path (an add with `with_chosen_ca_file` uses it) and answers its name, or null
 * when the dialog was closed.
 */
export const chooseDavCaFile = () => call<string | null>('choose_dav_ca_file');
/** Forgets the chosen CA file. */
export const forgetDavCaFile = () => call<void>('forget_dav_ca_file');
/** Connects and discovers the calendars, or rejects with exactly what failed (DNS, refused, TLS, 401, not CalDAV). */
export const testDavAccount = (name: string, password: string | null = null) =>
  call<DavDiscovery>('test_dav_account', { name, password });
/** Removes the account and its keyring password; the networks and meetings stay. */
export const removeDavAccount = (name: string) => call<void>('remove_dav_account', { name });
/** Where the network was last published, when, with what result, and its open conflicts. */
export const davPublishState = (networkId: number) => call<DavPublishState>('dav_publish_state', { networkId });
/**
 * Publishes the network's meetings to the account's server (its changes are read first).
 * `password` only where no keyring holds it (the error's code is then "no_password").
 * A cancel (`cancelWork`) rejects with code "cancelled"; the next publish completes it.
 */
export const publishNetwork = (
  networkId: number,
  account: string,
  options: { calendar?: string | null; password?: string | null } = {},
  watcher?: WorkWatcher,
) =>
  call<DavSyncReport>('publish_network', {
    networkId,
    account,
    calendar: options.calendar || null,
    password: options.password || null,
    onProgress: progressChannel(watcher),
  });
/** Settles a conflict: "local" is written by the next publish, "remote" is taken here now. */
export const resolveDavConflict = (id: number, keep: 'local' | 'remote') =>
  call<string>('resolve_dav_conflict', { id, keep });

/**
 * Writes the plan's .convene-plan file into the account's WebDAV folder (`folder`, else the
 * one of the last push or pull, else the account's address); answers the file's address.
 * Rejects with code "conflict" when someone pushed in the meantime (pull first), and with
 * "no_password" where no keyring holds the password (then pass `password`).
 */
export const pushPlanToServer = (planId: number, account: string, options: { folder?: string | null; password?: string | null } = {}) =>
  call<string>('push_plan_to_server', { planId, account, collection: options.folder || null, password: options.password || null });
/** Reads the plan's file from the account's WebDAV folder and merges it as receiving a plan file does. */
export const pullPlanFromServer = (planId: number, account: string, options: { folder?: string | null; password?: string | null } = {}) =>
  call<ReceiveReport>('pull_plan_from_server', { planId, account, collection: options.folder || null, password: options.password || null });

/**
 * Calls `handler` with the names of files dropped on the window, until the returned
 * function is called. The shell keeps the paths; only the names reach the page.
 */
export function onFilesDropped(handler: (names: string[]) => void): () => void {
  const listener = (e: Event) => handler(((e as CustomEvent).detail as string[]) ?? []);
  window.addEventListener('convene:files-dropped', listener);
  return () => window.removeEventListener('convene:files-dropped', listener);
}

/**
 * Tells the shell the window's language (a code of locales/), so text Rust renders for the
 * window (errors, meeting times) is in it. Rejects when the shell has no such command yet.
 */
export const setLanguage = (code: string) => call<void>('set_language', { code });
