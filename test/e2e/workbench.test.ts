// End-to-end: a real SQLite store fed with the example corpus and the founding article, the real
// server, the built web app, driven in Debian's headless Chromium. Screenshots go to test-artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { ingestItems } from '../../src/ingest/pipeline.js';
import { readPaths } from '../../src/ingest/read.js';
import { startServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';
import { repoRoot, sharedDataDir } from '../../src/util/paths.js';

const CHROMIUM = process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium';
const WEB_ROOT = resolve(repoRoot, 'dist/web');
const ARTIFACTS = resolve(repoRoot, 'test-artifacts');
const SEED = resolve(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt');
const WRITE_TOKEN = 'e2e-token';

// The payloads would set window.__pwned or the document title if anything executed them.
const PAYLOAD_PAGE = `<!doctype html><html><head>
<title>&lt;img src=x onerror="window.__pwned='title'"&gt; Border talks resume</title>
<meta property="article:published_time" content="2005-03-01">
<script>window.__pwned = 'head-script'; document.title = 'pwned';</script>
</head><body><article>
<h1>Border talks resume</h1>
<p>Officials in Almaty said on Monday that the Kazakh and Kyrgyz delegations would resume border talks next week, after a pause of several months over the demarcation of grazing land.</p>
<p>A reader's comment quoted the string &lt;img src=x onerror="window.__pwned='text-img';document.title='pwned'"&gt; and also &lt;script&gt;window.__pwned='text-script'&lt;/script&gt; verbatim, which the page must show as plain text.</p>
<img src="x" onerror="window.__pwned='img-attr'">
<script>window.__pwned = 'body-script';</script>
<p>The delegations are expected to meet in Bishkek, the Kyrgyz capital, where the talks began in 2001.</p>
</article></body></html>`;

let store: Store;
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
let page: Page;
let workDir: string;
const browserProblems: string[] = [];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources (the npm build script normally does it). */
function ensureWebBuild(): void {
  const index = join(WEB_ROOT, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newestMtime(resolve(repoRoot, 'web/src')), statSync(resolve(repoRoot, 'web/index.html')).mtimeMs);
  if (!stale) return;
  const built = spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(built.status, 0, `vite build web failed:\n${built.stdout}\n${built.stderr}`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set DOSSIER_CHROMIUM. The browser test does not skip.`);
  ensureWebBuild();
  await mkdir(ARTIFACTS, { recursive: true });
  workDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
  const payloadFile = join(workDir, 'border-talks.html');
  await writeFile(payloadFile, PAYLOAD_PAGE);

  store = await openSqliteStore(join(workDir, 'dossier.db'));
  await store.migrate();
  const examples = readdirSync(resolve(repoRoot, 'examples')).filter((f) => f.endsWith('.txt')).map((f) => resolve(repoRoot, 'examples', f));
  const summary = await ingestItems(store, readPaths([...examples, SEED, payloadFile]));
  assert.deepEqual(summary.failed, [], 'every example ingests');
  assert.ok(summary.new >= examples.length + 2, `stored ${summary.new} articles`);

  server = await startServer({ store, port: 0, writeToken: WRITE_TOKEN });
  context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => browserProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(message.text())) browserProblems.push(`console: ${message.text()}`);
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

test('search → article → entity: Akhmetov is Prime Minister', async () => {
  await page.goto(`${server.url}/search?q=Akhmetov`);
  const hit = page.locator('.hit').first();
  await hit.waitFor();
  assert.ok((await hit.locator('mark').count()) > 0, 'the snippet marks the match');
  assert.match((await hit.locator('mark').first().textContent()) ?? '', /Akhmetov/i);
  await shot('search');

  // A facet narrows the results and lands in the address.
  const personFacet = page.locator('.facet label', { hasText: 'PERSON' }).first();
  if ((await personFacet.count()) > 0) {
    await personFacet.click();
    await page.waitForURL(/type=PERSON/);
    await page.locator('.filter-chip', { hasText: 'type: PERSON' }).waitFor();
    await page.locator('.hit').first().waitFor();
  }

  await hit.locator('a.hit-title').click();
  const body = page.getByTestId('article-body');
  await body.waitFor();
  assert.match((await body.textContent()) ?? '', /Danial Akhmetov/);
  await page.locator('.fact-panel').waitFor();
  await shot('article');

  await body.locator('a.f-person', { hasText: 'Akhmetov' }).first().click();
  await page.locator('.entity-head h1').waitFor();
  assert.match((await page.locator('.entity-head h1').textContent()) ?? '', /Akhmetov/);
  await page.getByText('Prime Minister').first().waitFor();
  await shot('entity');
});

test('a fact in the side panel scrolls to and flashes its span', async () => {
  await page.goto(`${server.url}/search?q=Akhmetov`);
  await page.locator('a.hit-title').first().click();
  await page.getByTestId('article-body').waitFor();
  const quoteButton = page.locator('.fact-group.k-quote .fact-button').first();
  await quoteButton.waitFor(); // the founding article has quotes
  await quoteButton.click();
  await page.locator('.article-body .f-quote.flash').first().waitFor();
});

test('other pages render: graph, map, sources, quotes', async () => {
  await page.goto(`${server.url}/graph?limit=50`); // software WebGL in CI: a small graph keeps the test fast
  await page.locator('.graph-canvas canvas, .graph-fallback, .status.empty').first().waitFor();
  await page.waitForTimeout(400); // let sigma draw a frame
  await shot('graph');

  await page.goto(`${server.url}/map`);
  await page.locator('.world-map .country, .status.empty').first().waitFor();
  await shot('map');

  await page.goto(`${server.url}/sources`);
  await page.locator('.data-table, .status.empty').first().waitFor();
  await shot('sources');

  await page.goto(`${server.url}/quotes`);
  await page.locator('.quote-list blockquote, .status.empty').first().waitFor();
  await shot('quotes');
});

test('HTML payloads in ingested pages execute nothing and show as text', async () => {
  // One more payload through the API, with the write token.
  const posted = await fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
    body: JSON.stringify({ documents: [{ title: '<svg onload="window.__pwned=\'api\'">Posted note', body: 'Kazakhstan officials met in Astana. <img src=x onerror="window.__pwned=\'api-body\'"> was in the text.', date: '2005-04-02', source: 'api-test' }] }),
  });
  assert.equal(posted.status, 200, await posted.clone().text());
  const { ids } = (await posted.json()) as { ids: string[] };

  await page.goto(`${server.url}/search?q=onerror`);
  await page.locator('.hit').first().waitFor();
  assert.ok((await page.locator('.hit').count()) >= 2, 'both payload articles are found');
  await shot('search-payload');

  await page.locator('a.hit-title', { hasText: 'Border talks' }).first().click();
  const body = page.getByTestId('article-body');
  await body.waitFor();
  assert.match((await body.textContent()) ?? '', /<img src=x onerror=/, 'the payload shows as text');
  assert.equal(await body.locator('img, script, svg').count(), 0, 'no element came out of the text');
  await shot('article-payload');

  await page.goto(`${server.url}/article/${ids[0]}`);
  await page.getByTestId('article-body').waitFor();
  assert.match((await page.locator('.article-head h1').textContent()) ?? '', /<svg onload=/);

  const pwned = await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null);
  assert.equal(pwned, null, 'no payload ran');
  assert.notEqual(await page.title(), 'pwned');
});

test('the app runs under its Content-Security-Policy without errors', () => {
  assert.deepEqual(browserProblems, []);
});
