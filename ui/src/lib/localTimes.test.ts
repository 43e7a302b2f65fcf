import { describe, expect, it } from 'vitest';
import { clockIn, formatOffset, isKnownZone, localTimeRow } from './localTimes';

const row = (over: object = {}) => ({
  partner_id: 2, partner_name: 'Nevers Agglomération', country: 'FR', time_zone: 'Europe/Paris',
  start_local: '2027-03-10T09:00:00', end_local: '2027-03-10T11:00:00',
  outside_working_hours: false, on_weekend: false, utc_offset: '+01:00', ...over,
});

describe('local times', () => {
  it('shows the start and end on the partner clock', () => {
    const r = localTimeRow(row());
    expect(r).toMatchObject({ partnerName: 'Nevers Agglomération', startDate: 'Wed 10 Mar', startTime: '09:00', endTime: '11:00', endDate: '', offset: 'UTC+01:00', warning: '' });
  });

  it('names what is awkward there', () => {
    const early = localTimeRow(row({ start_local: '2027-03-10T07:00:00', outside_working_hours: true }));
    expect(early.warning).toBe('Outside 08:00–19:00');
    const sat = localTimeRow(row({ start_local: '2027-03-13T01:00:00', end_local: '2027-03-13T03:00:00', outside_working_hours: true, on_weekend: true, utc_offset: '+09:00' }));
    expect(sat.warning).toBe('Outside 08:00–19:00, on a Saturday');
    const overnight = localTimeRow(row({ end_local: '2027-03-11T01:00:00' }));
    expect(overnight.endDate).toBe('Thu 11 Mar');
    expect(formatOffset('+00:00')).toBe('UTC');
  });

  it('tells the time now in a zone, and knows bad zones', () => {
    const now = new Date('2027-03-10T08:05:00Z');
    expect(clockIn('Europe/Riga', now)).toBe('Wed 10:05');
    expect(clockIn('Europe/Lisbon', now)).toBe('Wed 08:05');
    expect(clockIn('Mars/Olympus', now)).toBe('unknown zone');
    expect(isKnownZone('Europe/Riga')).toBe(true);
    expect(isKnownZone('Europe/Atlantis')).toBe(false);
  });

  it('names the weekday in the window’s language', () => {
    const now = new Date('2027-03-10T08:05:00Z');
    expect(clockIn('Europe/Paris', now, 'fr-FR')).toBe('mer. 09:05');
    expect(clockIn('Europe/Berlin', now, 'de-DE')).toMatch(/^Mi\.,? 09:05$/);
  });
});
