// The end-to-end benchmark's node peer of `convene export ics`: one whole process that
// reads the events, builds the calendar with npm `ical-generator` and writes the file.
//
// Usage: TZ=UTC NODE_PATH=tests/interop/node_modules node export_ical_generator.cjs EVENTS.json OUT.ics
//
// EVENTS.json is Convene's own export read back (events_from_ics.py), so this writes the
// same events; building and writing are generate_ical_generator.cjs's (the inner-loop
// benchmark, scripts/bench-ical.sh, which explains TZ=UTC and the VTIMEZONE texts).
// scripts/bench-e2e.sh times the whole process: start-up, loading ical-generator, reading
// the events, building, writing.
'use strict';

const fs = require('fs');
const { prepare, generate } = require('./generate_ical_generator.cjs');

if (process.argv.length !== 4) {
  process.stderr.write('usage: node export_ical_generator.cjs EVENTS.json OUT.ics\n');
  process.exit(2);
}
fs.writeFileSync(process.argv[3], generate(prepare(process.argv[2])));
