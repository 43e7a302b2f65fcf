import { describe, expect, it } from 'vitest';
import { matches, sortMeetings } from './meetingFilters';
import type { MeetingSummary, Schedule } from './types';

const m = (id: number, schedule: Schedule, over: Partial<MeetingSummary> = {}): MeetingSummary => ({
  id, uid: `u${id}`, network_id: 1, network_name: 'IoTXchange', kind: 'transnational', title: `Meeting ${id}`,
  host_partner_id: null, host_name: null, venue: '', mode: 'in_person', status: 'confirmed', schedule,
  // The filters read the schedule, not the core's text of it.
  when: { text: '', short: '', dates: '', times: null, end_days_later: 0, end_day_note: '', time_zone: null, utc_offset: null, first_date: null, last_date: null },
  ...over,
});
const timed = (start: string, local: string): Schedule => ({ type: 'timed', start, end: start, time_zone: 'Europe/Riga', start_local: local, end_local: local });

describe('meetings across networks', () => {
  it('orders by start instant, all-day from midnight UTC, undated last by year and month', () => {
    const list = [
      m(1, { type: 'undated', year: null, month: null, wording: 'later' }),
      m(2, timed('2027-03-10T08:00:00Z', '2027-03-10T10:00:00')),
      m(3, { type: 'all_day', first: '2027-03-10', last: '2027-03-11' }),
      m(4, { type: 'undated', year: 2027, month: 9, wording: '' }),
      m(5, timed('2027-01-05T09:00:00Z', '2027-01-05T10:00:00')),
    ];
    expect(sortMeetings(list).map((x) => x.id)).toEqual([5, 3, 2, 4, 1]);
  });

  it('filters by period, status and words', () => {
    const past = m(1, { type: 'all_day', first: '2027-01-01', last: '2027-01-02' });
    const running = m(2, { type: 'all_day', first: '2027-02-27', last: '2027-03-02' }, { status: 'cancelled' });
    const undated = m(3, { type: 'undated', year: null, month: null, wording: '' }, { host_name: 'Jelgava' });
    const today = '2027-03-01';
    const f = (over: object) => ({ period: 'all' as const, status: '' as const, text: '', ...over });
    expect([past, running, undated].filter((x) => matches(x, f({ period: 'upcoming' }), today)).map((x) => x.id)).toEqual([2, 3]);
    expect([past, running, undated].filter((x) => matches(x, f({ period: 'past' }), today)).map((x) => x.id)).toEqual([1]);
    expect([past, running, undated].filter((x) => matches(x, f({ status: 'active' }), today)).map((x) => x.id)).toEqual([1, 3]);
    expect([past, running, undated].filter((x) => matches(x, f({ text: 'jelg iotx' }), today)).map((x) => x.id)).toEqual([3]);
  });
});
