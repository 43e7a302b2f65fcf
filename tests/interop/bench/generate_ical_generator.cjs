// The iCalendar benchmark's node side: npm `ical-generator` writing the benchmark's events.
//
// Usage: TZ=UTC NODE_PATH=tests/interop/node_modules node generate_ical_generator.cjs EVENTS.json RUNS [OUT.ics]
//
// EVENTS.json is written by Convene's benchmark (`cargo run --release -p convene-core
// --example ical_export_bench`): the very meetings Convene exports, as plain values.
//
// ical-generator has no zone database. Given a plain Date and an event time zone it writes
// DTSTART;TZID=<zone> with the Date's wall-clock fields in the process's zone, so the
// process runs with TZ=UTC and each local time is given as a Date whose UTC fields are the
// wall clock in the meeting's zone (checked below). For VTIMEZONE it calls a generator
// function per zone (normally the extra package @touch4it/ical-timezones, not installed):
// here the generator returns the VTIMEZONE texts Convene wrote, looked up in a map, which
// costs ical-generator nothing, so its figure is if anything flattered.
//
// Prepared before the clock starts: the Dates and texts. Timed, per run: building the
// calendar and its events (id, stamp, sequence, summary, description, location, url,
// status, categories, start/end with time zone, or all-day dates) and `toString()`. The last run's
// text goes to OUT.ics when given.
// Prints one JSON line: {"generator", "runs_ms", "median_ms", "events", "bytes"}.
// `prepare` and `generate` are exported for the end-to-end benchmark
// (export_ical_generator.cjs), which runs them once as a whole process.
'use strict';

const fs = require('fs');
const path = require('path');
const { default: ical } = require('ical-generator');

if (new Date(0).getTimezoneOffset() !== 0) {
  process.stderr.write('run with TZ=UTC: ical-generator writes local times from the process zone\n');
  process.exit(2);
}

function asWallClock(text) {
  return new Date(text + 'Z');
}

function prepare(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const events = data.events.map((e) => ({
    id: e.uid,
    sequence: e.sequence,
    stamp: new Date(data.now),
    summary: e.summary,
    description: e.description || null,
    location: e.location || null,
    url: e.url || null,
    status: e.status,
    categories: [{ name: e.categories }],
    timezone: e.time_zone || null,
    allDay: !e.time_zone,
    start: e.time_zone ? asWallClock(e.start_local) : asWallClock(e.first_date + 'T00:00:00'),
    end: e.time_zone ? asWallClock(e.end_local) : asWallClock(e.end_date_exclusive + 'T00:00:00'),
  }));
  return { name: data.calendar_name, vtimezones: data.vtimezones, events };
}

function generate({ name, vtimezones, events }) {
  const calendar = ical({
    name,
    prodId: { company: 'Convene benchmark', product: 'ical-generator', language: 'EN' },
    timezone: { name: null, generator: (tz) => vtimezones[tz] || null },
  });
  for (const e of events) calendar.createEvent(e);
  return calendar.toString();
}

function main(file, runs, out) {
  const prepared = prepare(file);
  generate(prepared); // warm-up, not counted
  const times = [];
  let text = '';
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    text = generate(prepared);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  if (out) fs.writeFileSync(out, text);
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const version = JSON.parse(
    fs.readFileSync(path.join(path.dirname(require.resolve('ical-generator')), '..', 'package.json'), 'utf8'),
  ).version;
  process.stdout.write(JSON.stringify({
    generator: `ical-generator ${version}`,
    runs_ms: times.map((t) => Math.round(t * 10) / 10),
    median_ms: median,
    events: text.split('BEGIN:VEVENT').length - 1,
    vtimezones: text.split('BEGIN:VTIMEZONE').length - 1,
    bytes: Buffer.byteLength(text, 'utf8'),
  }) + '\n');
}

module.exports = { prepare, generate };

if (require.main === module) {
  if (process.argv.length !== 4 && process.argv.length !== 5) {
    process.stderr.write('usage: node generate_ical_generator.cjs EVENTS.json RUNS [OUT.ics]\n');
    process.exit(2);
  }
  main(process.argv[2], Number(process.argv[3]), process.argv[4]);
}
