// Reads an iCalendar file with ical.js (the parser of Thunderbird and Nextcloud) and
// prints every VEVENT as JSON.
//
// Usage: NODE_PATH=tests/interop/node_modules node read_icaljs.cjs FILE.ics
//
// Prints one JSON object: {"reader", "events": [...], "problems": [...]}. Each event is
// {uid, summary, description, location, url, status, sequence, tzid, start_utc, end_utc,
// all_day, start_date, end_date}; instants are "YYYY-MM-DDTHH:MM:SSZ", dates "YYYY-MM-DD"
// (end_date exclusive, as DTEND says).
//
// ical.js carries no zone database: a TZID is resolved only through the file's own
// VTIMEZONE (registered with ICAL.TimezoneService as a client does, and looked up in the
// calendar's tree). An instant is therefore exactly what the file's VTIMEZONE says.
// Problems (the caller fails on any): a TZID the file does not define, a floating time,
// a VTIMEZONE given twice, a date that is not one. A file ical.js cannot parse (it throws on malformed lines)
// ends the script with status 1 and its message.
'use strict';

const fs = require('fs');
const path = require('path');
const ICAL = require('ical.js');

function utcText(time) {
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

function dateText(time) {
  const pad = (n, w) => String(n).padStart(w, '0');
  return `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;
}

function text(component, name) {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

function registerZones(calendar, problems) {
  const seen = new Set();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (seen.has(tzid)) problems.push(`VTIMEZONE ${tzid} is given twice`);
    seen.add(tzid);
    ICAL.TimezoneService.register(vtimezone);
  }
  return seen;
}

// The time as a zoned instant, or a problem when ical.js could not place it.
function checkZone(uid, what, time, prop, zones, problems) {
  const tzid = prop && prop.getParameter('tzid');
  if (time.isDate) return;
  if (tzid) {
    if (!zones.has(tzid)) problems.push(`VEVENT ${uid}: ${what} uses TZID ${tzid} but the file has no VTIMEZONE for it`);
    if (!time.zone || time.zone.tzid !== tzid || !time.zone.component) {
      problems.push(`VEVENT ${uid}: ical.js did not resolve ${what}'s TZID ${tzid} through a VTIMEZONE (zone: ${time.zone && time.zone.tzid})`);
    }
  } else if (time.zone !== ICAL.Timezone.utcTimezone) {
    problems.push(`VEVENT ${uid}: ${what} is a floating time (no zone, not UTC)`);
  }
}

// ical.js reads a malformed date leniently ("2026040X" becomes a day of March): every
// DATE and DATE-TIME value in the file must be a real date that reads back unchanged.
function checkDates(component, problems) {
  for (const prop of component.getAllProperties()) {
    const type = prop.type;
    if (type !== 'date' && type !== 'date-time') continue;
    for (const value of prop.jCal.slice(3)) {
      const shape = type === 'date' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?$/;
      const time = ICAL.Time.fromString(value.replace(/Z$/, ''));
      if (!shape.test(value) || time.toString() !== value.replace(/Z$/, '')) {
        problems.push(`${component.name.toUpperCase()}: ${prop.name.toUpperCase()} is not a valid ${type}: ${value}`);
      }
    }
  }
  for (const child of component.getAllSubcomponents()) checkDates(child, problems);
}

function main(file) {
  const source = fs.readFileSync(file, 'utf8');
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(source));
  } catch (error) {
    process.stderr.write(`ical.js could not parse ${file}: ${error.message}\n`);
    return 1;
  }
  const problems = [];
  checkDates(calendar, problems);
  const zones = registerZones(calendar, problems);
  const events = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const uid = event.uid;
    const start = event.startDate;
    const end = event.endDate;
    const startProp = vevent.getFirstProperty('dtstart');
    checkZone(uid, 'DTSTART', start, startProp, zones, problems);
    checkZone(uid, 'DTEND', end, vevent.getFirstProperty('dtend') || startProp, zones, problems);
    const sequence = vevent.getFirstPropertyValue('sequence');
    events.push({
      uid,
      summary: text(vevent, 'summary'),
      description: text(vevent, 'description'),
      location: text(vevent, 'location'),
      url: text(vevent, 'url'),
      status: text(vevent, 'status'),
      sequence: sequence === null ? null : Number(sequence),
      tzid: (startProp && startProp.getParameter('tzid')) || null,
      start_utc: start.isDate ? null : utcText(start),
      end_utc: end.isDate ? null : utcText(end),
      all_day: start.isDate,
      start_date: start.isDate ? dateText(start) : null,
      end_date: end.isDate ? dateText(end) : null,
    });
  }
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('ical.js')), '..', 'package.json'), 'utf8')).version;
  process.stdout.write(JSON.stringify({ reader: `ical.js ${version}`, events, problems }, null, 1) + '\n');
  return 0;
}

if (process.argv.length !== 3) {
  process.stderr.write('usage: node read_icaljs.cjs FILE.ics\n');
  process.exit(2);
}
process.exit(main(process.argv[2]));
