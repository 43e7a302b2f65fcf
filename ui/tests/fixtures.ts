/** Small, realistic payloads for component tests (IoTXchange partners, a Riga meeting). */
import type { Meeting, Partner, PartnerLocalTime } from '../src/lib/types';

export function partner(id: number, name: string, country: string, time_zone: string, over: Partial<Partner> = {}): Partner {
  return { id, network_id: 4, name, country, region: '', role: 'partner', time_zone, population: null, notes: '',
    created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z', contacts: [], local_group: [], ...over };
}

export const iotPartners: Partner[] = [
  partner(1, 'Fundão', 'PT', 'Europe/Lisbon'),
  partner(2, 'Jelgava', 'LV', 'Europe/Riga', { role: 'lead_partner' }),
  partner(3, 'Nevers Agglomération', 'FR', 'Europe/Paris'),
];

export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: 7, uid: 'b0b5c1d2-0000-4000-8000-000000000007', sequence: 0, network_id: 4, kind: 'transnational',
    title: 'Transnational meeting in Jelgava', host_partner_id: 2, host_name: 'Jelgava', venue: '', mode: 'in_person',
    online_url: '', status: 'tentative', description: '',
    schedule: {
      type: 'timed', start: '2027-03-10T08:00:00Z', end: '2027-03-10T10:00:00Z', time_zone: 'Europe/Riga',
      start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00',
    },
    // As the core's formatter writes this schedule (schedule_text.rs, window style).
    when: {
      text: 'Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)', short: 'Wed 10 Mar 2027, 10:00', dates: 'Wed 10 Mar 2027',
      times: '10:00–12:00', end_days_later: 0, end_day_note: '', time_zone: 'Europe/Riga', utc_offset: '+02:00',
      first_date: '2027-03-10', last_date: '2027-03-10',
    },
    agenda: [], attendance: [], source_ref: null, created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z',
    ...over,
  };
}

export function localTime(p: Partner, start: string, end: string, offset: string, over: Partial<PartnerLocalTime> = {}): PartnerLocalTime {
  return {
    partner_id: p.id, partner_name: p.name, country: p.country, time_zone: p.time_zone,
    start_local: start, end_local: end, outside_working_hours: false, on_weekend: false, utc_offset: offset, ...over,
  };
}
