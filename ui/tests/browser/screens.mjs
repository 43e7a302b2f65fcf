/*
 * Looks at the built UI (ui/dist) in Debian's Chromium, with the Tauri commands answered by
 * tests/browser/mockBackend.js, walking the way a new user would, and saves a screenshot
 * of every screen to ui/shots/. It checks a few things on the way and prints
 * "N passed, N failed". Not a substitute for the end-to-end tests in the real window.
 *
 *   npm run build && npm run screens        (CHROMIUM=/path/to/chromium to override)
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const shots = join(root, 'shots');
mkdirSync(shots, { recursive: true });
if (!existsSync(join(dist, 'index.html'))) {
  console.error('ui/dist is missing: run `npm run build` first.');
  process.exit(2);
}
const mock = readFileSync(join(here, 'mockBackend.js'), 'utf8');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = join(dist, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let passed = 0;
let failed = 0;
function check(what, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
}

async function open(start, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  // As in the app (tauri.conf.json: freezePrototype), Object.prototype is frozen.
  await context.addInitScript(`window.__MOCK_START__ = ${JSON.stringify(start)};\n${mock}\nObject.freeze(Object.prototype);`);
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', (d) => {
    problems.push(`a dialog opened: ${d.message()}`);
    d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { page, context, problems };
}

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

try {
  // A new user: first run, the examples, the home screen.
  const { page, problems } = await open('empty');
  await page.goto(base);
  await page.getByTestId('load-examples').waitFor();
  await shot(page, '01-first-run');
  await page.getByTestId('load-examples').click();
  await page.getByTestId('import-summary').waitFor();
  check('the import report lists warnings', (await page.getByTestId('import-warning').count()) > 0);
  await shot(page, '02-examples-loaded');
  await page.getByTestId('open-home').click();
  await page.getByTestId('timeline').first().waitFor();
  await shot(page, '03-home');

  // Networks and IoTXchange's partners.
  await page.getByTestId('nav-networks').click();
  await page.locator('[data-testid="network-entry"][data-network="IoTXchange"]').waitFor();
  await shot(page, '04-networks');
  await page.locator('[data-testid="network-entry"][data-network="IoTXchange"] [data-testid="network-link"]').click();
  await page.getByTestId('partners-table').waitFor();
  const evil = page.locator('[data-testid="partner-row"][data-partner="<img src=x onerror=alert(1)>"] [data-testid="partner-name"]');
  check('the script-injection name shows as text', (await evil.textContent()) === '<img src=x onerror=alert(1)>');
  check('no image element came from a name', (await page.locator('table img').count()) === 0);
  await page.locator('[data-testid="partner-row"][data-partner="Jelgava"] [data-testid="partner-name"]').click();
  await page.getByTestId('partner-details').waitFor();
  await shot(page, '05-network-iotxchange');

  // A meeting hosted by Jelgava at 10:00 Europe/Riga.
  await page.getByTestId('new-meeting').first().click();
  await page.locator('#meeting-title').fill('Transnational meeting in Jelgava');
  await page.locator('#meeting-host').selectOption({ label: 'Jelgava' });
  await page.locator('#meeting-start-date').fill('2027-03-10');
  await page.locator('#meeting-start-time').fill('10:00');
  await page.locator('#meeting-end-time').fill('12:00');
  await page.locator('#meeting-end-time').press('Tab');
  check('the zone defaults to the host zone', (await page.locator('#meeting-zone').inputValue()) === 'Europe/Riga');
  const row = (name) => page.locator(`[data-testid="local-time-row"][data-partner="${name}"] [data-testid="local-start"]`);
  await row('Nevers Agglomération').waitFor();
  check('Nevers sees 09:00', (await row('Nevers Agglomération').textContent()) === '09:00');
  check('Fundão sees 08:00', (await row('Fundão').textContent()) === '08:00');
  await shot(page, '06-meeting-form');
  await page.getByTestId('save-meeting').click();
  await page.getByTestId('meeting-title').waitFor();
  await shot(page, '07-meeting');

  // Edit it, cancel it.
  await page.getByTestId('edit-meeting').click();
  await page.locator('#meeting-title').fill('Transnational meeting in Jelgava (IoT pilots)');
  await page.getByTestId('save-meeting').click();
  await page.getByTestId('meeting-title').filter({ hasText: 'IoT pilots' }).waitFor();
  await page.getByTestId('cancel-meeting').click();
  await page.locator('[data-testid="meeting-status"][data-status="cancelled"]').waitFor();
  check('the meeting is cancelled', true);
  await shot(page, '08-meeting-cancelled');

  // Find it with search (Ctrl+K).
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('pilots');
  await page.locator('[data-testid="search-result"][data-kind="meeting"]').first().waitFor();
  await shot(page, '09-search');
  await page.keyboard.press('Enter');
  await page.getByTestId('meeting-title').filter({ hasText: 'IoT pilots' }).waitFor();
  check('search opens the meeting', true);

  // A validation error on the right field.
  await page.goto(`${base}#/meetings/new`);
  await page.locator('#meeting-network').selectOption({ label: 'IoTXchange' });
  await page.locator('#meeting-title').fill('Online touch-base');
  await page.locator('#meeting-zone').fill('Europe/Paris');
  await page.locator('#meeting-start-date').fill('2027-04-01');
  await page.locator('#meeting-start-time').fill('14:00');
  await page.locator('#meeting-end-time').fill('13:00');
  await page.locator('#meeting-end-time').press('Tab');
  const endError = page.locator('[data-testid="field-error"][data-field="end"]');
  check('end before start is shown on the end field', (await endError.textContent())?.includes('must end after it starts') ?? false);
  await page.locator('#meeting-online-url').fill('meet.example.org');
  await page.getByTestId('save-meeting').click();
  check('a bad link is shown on the link field', (await page.locator('[data-testid="field-error"][data-field="online_url"]').count()) === 1);
  await shot(page, '10-validation');

  // The network form checks as you go; the partner dialog.
  await page.goto(`${base}#/networks/new`);
  await page.locator('#network-name').fill('Re-Gen');
  await page.locator('#network-email').fill('dmc@');
  await page.locator('#network-email').press('Tab');
  check('a bad e-mail is shown on the e-mail field', (await page.locator('[data-testid="field-error"][data-field="contact_email"]').count()) === 1);
  await shot(page, '19-network-form');
  await page.goto(`${base}#/networks`);
  await page.locator('[data-testid="network-entry"][data-network="IoTXchange"] [data-testid="network-link"]').click();
  await page.getByTestId('add-partner').click();
  await page.locator('#partner-name').fill('Gävle');
  await page.locator('#partner-country').selectOption('SE');
  await shot(page, '20-partner-dialog');
  await page.getByTestId('save-partner').click();
  await page.locator('[data-testid="partner-row"][data-partner="Gävle"]').waitFor();
  check('a new partner joins the table', true);

  // Calendar, practices, settings.
  await page.goto(`${base}#/meetings?view=calendar&month=2027-02`);
  await page.getByTestId('month-calendar').waitFor();
  await shot(page, '11-calendar');
  await page.goto(`${base}#/meetings`);
  await page.getByTestId('meeting-list').waitFor();
  await shot(page, '12-meetings');
  await page.goto(`${base}#/practices`);
  await page.getByTestId('practice-entry').first().locator('a').click();
  await page.getByTestId('practice-title').waitFor();
  await shot(page, '13-practice');
  await page.goto(`${base}#/settings`);
  await page.getByTestId('db-path').waitFor();
  await shot(page, '14-settings');
  check('no dialogs, page errors or console errors', problems.length === 0, problems.join('; '));

  // The system's dark theme, and 200% zoom (half the CSS width at twice the pixels).
  const dark = await open('examples', { colorScheme: 'dark' });
  await dark.page.goto(`${base}#/`);
  await dark.page.getByTestId('timeline').first().waitFor();
  await shot(dark.page, '15-home-dark');
  const zoomed = await open('examples', { viewport: { width: 640, height: 430 }, deviceScaleFactor: 2 });
  await zoomed.page.goto(`${base}#/networks`);
  await zoomed.page.getByTestId('network-link').first().waitFor();
  await zoomed.page.locator('[data-testid="network-entry"][data-network="IoTXchange"] [data-testid="network-link"]').click();
  await zoomed.page.getByTestId('partners-table').waitFor();
  const overflow = await zoomed.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check('at 200% zoom the page does not scroll sideways', overflow <= 0, `${overflow}px too wide`);
  await shot(zoomed.page, '16-network-zoom-200');
  await zoomed.page.goto(`${base}#/meetings/new`);
  await zoomed.page.locator('#meeting-title').waitFor();
  await shot(zoomed.page, '17-meeting-form-zoom-200');

  // 10,000 partners and 10,000 meetings stay quick: only the rows in view are drawn.
  const large = await open('large');
  await large.page.goto(`${base}#/networks`);
  await large.page.getByTestId('network-link').first().waitFor();
  let t0 = Date.now();
  await large.page.getByTestId('network-link').first().click();
  await large.page.locator('[data-testid="partner-row"]').first().waitFor();
  const partnerMs = Date.now() - t0;
  const drawn = await large.page.locator('[data-testid="partner-row"]').count();
  check('a network of 10,000 partners draws only the rows in view', drawn < 200, `${drawn} rows drawn, shown in ${partnerMs} ms`);
  await large.page.getByTestId('partners-table-wrap').evaluate((el) => { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event('scroll')); });
  await large.page.locator('[data-testid="partner-row"][data-partner="City 09999"]').waitFor({ timeout: 3000 });
  check('scrolling to the end shows the last partner', true);
  t0 = Date.now();
  await large.page.goto(`${base}#/meetings?network=${await large.page.evaluate(() => window.__MOCK_DB__.networks[0].id)}`);
  await large.page.locator('#meetings-period').selectOption('all');
  await large.page.locator('[data-testid="meeting-row"]').first().waitFor();
  const meetingMs = Date.now() - t0;
  const rows = await large.page.locator('[data-testid="meeting-row"]').count();
  check('a list of 10,000 meetings draws only the rows in view', rows < 200, `${rows} rows drawn, shown in ${meetingMs} ms`);
  t0 = Date.now();
  await large.page.locator('#meetings-filter').fill('Meeting 9999');
  await large.page.locator('[data-testid="meeting-row"][data-title="Meeting 9999"]').waitFor();
  console.log(`     filtering 10,000 meetings: ${Date.now() - t0} ms`);
  await shot(large.page, '18-large-meetings');
} catch (e) {
  failed++;
  console.log(`FAIL the walk stopped: ${e.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
