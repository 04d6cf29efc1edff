// graphiql.mjs drives GraphiQL in headless Chromium the way a person would:
// open the page, look at the docs explorer, press the run button, read the
// result pane. Run by resolvers/browser_test.go; by hand:
//
//   node resolvers/e2e/graphiql.mjs http://127.0.0.1:8080/ [SCREENSHOT_DIR]
//
// It fails (exit 1, a "graphiql: FAIL ..." line on stderr) when a request
// leaves the server's host, an asset or the introspection query fails, the
// docs explorer has no Query fields, the result pane shows an error before
// or after the run, or the page throws. On success it prints one JSON report
// on stdout (the requests, the Query fields the docs explorer lists, the
// result pane's text) for the caller to check the answer. Either way it
// saves screenshots (loaded.png, result.png, failure.png) to SCREENSHOT_DIR
// (default: a new temporary folder) and names the folder.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [target, shotsArg] = process.argv.slice(2);
if (!target) {
  console.error('usage: node graphiql.mjs URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const url = new URL(target);
const shots = shotsArg || mkdtempSync(join(tmpdir(), 'entente-graphiql-shots-'));
// Debian's Chromium (apt-get install chromium); never a Playwright download.
const chromiumPath = '/usr/bin/chromium';
const timeout = Number(process.env.GRAPHIQL_TIMEOUT_MS || 20000);

// Everything the page asks for must come from the server under test: the
// assets are embedded in entente so GraphiQL works without internet.
const requests = [];
const offHost = [];
const failed = [];
const pageErrors = [];
const consoleErrors = [];

const userDataDir = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
let context;
let page;
let step = 'launch Chromium';

async function fail(reason) {
  console.error(`graphiql: FAIL at "${step}": ${reason}`);
  if (page) {
    try {
      await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true });
      console.error(`graphiql: screenshot in ${join(shots, 'failure.png')}`);
    } catch (e) {
      console.error(`graphiql: no screenshot: ${e.message}`);
    }
  }
  await close();
  process.exit(1);
}

async function close() {
  if (context) await context.close().catch(() => {});
  try {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (e) {
    console.error(`graphiql: could not remove ${userDataDir}: ${e.message}`);
  }
}

// resultText reads the whole result pane. GraphiQL 4's panes are
// CodeMirror 5 editors, which render only the lines in view, so the text
// comes from the editor instance the pane's element carries.
function resultText() {
  return page.evaluate(() => {
    const cm = document.querySelector('.result-window .CodeMirror');
    if (cm && cm.CodeMirror) return cm.CodeMirror.getValue();
    const pane = document.querySelector('.result-window');
    return pane ? pane.innerText : null;
  });
}

// GraphiQL posts to /query on the page's server (resolvers.NewHandler).
const isQuery = (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/query';

// A whole run takes a few seconds; past this, report where it hung (with a
// screenshot) before the Go test's own time limit kills node.
setTimeout(() => fail(`no result after ${(3 * timeout) / 1000}s`), 3 * timeout).unref();

try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(timeout);
  // Off-host requests are recorded and refused, so a page that reaches for
  // a CDN fails here at once instead of waiting on a network there is none of.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === url.host) return route.continue();
    offHost.push(u.href);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  context.on('requestfailed', (r) => {
    if (!offHost.includes(r.url())) failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
  });
  context.on('response', (r) => {
    // The browser asks for /favicon.ico on its own; entente serves none.
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') {
      failed.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
    }
  });
  page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(m.text());
  });

  step = 'open GraphiQL';
  const introspection = page.waitForResponse((r) => isQuery(r.request()) && (r.request().postData() || '').includes('__schema'));
  introspection.catch(() => {}); // awaited below; fail() may close the page first
  await page.goto(url.href, { waitUntil: 'load' });
  if (offHost.length) await fail(`requests left ${url.host}: ${offHost.join(', ')}`);
  await page.locator('.graphiql-container').waitFor();

  step = 'load the schema (introspection)';
  const intro = await introspection;
  let introBody;
  try {
    introBody = await intro.json();
  } catch (e) {
    await fail(`introspection answered HTTP ${intro.status()} with a body that is not JSON: ${e.message}`);
  }
  if (intro.status() !== 200 || !introBody?.data?.__schema || introBody.errors) {
    await fail(`introspection answered HTTP ${intro.status()}: ${JSON.stringify(introBody).slice(0, 500)}`);
  }
  await page.waitForLoadState('networkidle');
  const afterLoad = await resultText();
  if (afterLoad && afterLoad.trim() !== '') {
    await fail(`the result pane shows something before any run (GraphiQL reports schema errors there): ${afterLoad.slice(0, 500)}`);
  }
  await page.screenshot({ path: join(shots, 'loaded.png') });

  step = 'docs explorer lists the Query fields';
  await page.getByLabel('Show Documentation Explorer').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Root Types').waitFor();
  await docs.locator('a', { hasText: /^Query$/ }).first().click();
  await docs.locator('.graphiql-doc-explorer-field-name').first().waitFor();
  const queryFields = await docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts();

  step = 'press the run button';
  const answer = page.waitForResponse((r) => isQuery(r.request()) && !(r.request().postData() || '').includes('__schema'));
  answer.catch(() => {});
  await page.getByLabel(/^Execute query/).click();
  const res = await answer;
  step = 'read the result pane';
  await page.waitForFunction(() => {
    const cm = document.querySelector('.result-window .CodeMirror');
    return cm && cm.CodeMirror && cm.CodeMirror.getValue().trim() !== '';
  });
  const result = await resultText();
  const visible = await page.locator('.result-window').innerText();
  await page.screenshot({ path: join(shots, 'result.png') });
  let parsed;
  try {
    parsed = JSON.parse(result);
  } catch (e) {
    await fail(`the result pane is not JSON: ${e.message}: ${result.slice(0, 500)}`);
  }
  if (parsed.errors || !parsed.data) {
    await fail(`the result pane shows errors (HTTP ${res.status()}): ${result.slice(0, 1000)}`);
  }

  step = 'check the page stayed on its host and without errors';
  if (offHost.length) await fail(`requests left ${url.host}: ${offHost.join(', ')}`);
  if (failed.length) await fail(`failed requests: ${failed.join('; ')}`);
  if (pageErrors.length) await fail(`the page threw: ${pageErrors.join('; ')}`);
  if (consoleErrors.length) await fail(`console errors: ${consoleErrors.join('; ')}`);

  console.log(JSON.stringify({ requests, offHost, queryFields, resultStatus: res.status(), result: parsed, visible, screenshots: shots }));
  await close();
} catch (e) {
  await fail(e.message);
}
