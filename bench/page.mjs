// The explorer page in Chromium (Debian's, driven by playwright-core from src/test/typescript):
// for each view, a first visit (new browser profile, empty cache) and a return visit (the same
// profile: the page's files revalidate, the API answers from the browser's cache or with 304).
// Prints the bytes on the wire (compressed, headers included) of the page's files and of its API
// calls, the requests, and the time from navigation to interactive (the page's
// "explorer-interactive" mark: the view rendered with its data and its controls live).
// Usage: node bench/page.mjs BASE_URL [runs]
import { createRequire } from 'node:module';

const require = createRequire(new URL('../src/test/typescript/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const base = process.argv[2].replace(/\/$/, '');
const runs = Number(process.argv[3] || 10);
const views = [
  ['market map', ''],
  ['applications', '?view=applications'],
  ['SOTA', '?view=sota'],
  ['essays', '?view=essays'],
  ['search 智源', '?view=search&q=%E6%99%BA%E6%BA%90'],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });

async function visit(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map();
  const bytes = { page: 0, api: 0 };
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (e) => kinds.set(e.requestId, new URL(e.request.url).pathname.startsWith('/api/') ? 'api' : 'page'));
  cdp.on('Network.loadingFinished', (e) => {
    requests++;
    bytes[kinds.get(e.requestId) || 'page'] += e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const interactive = await page.evaluate(() => performance.getEntriesByName('explorer-interactive')[0].startTime);
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return { interactive, requests, ...bytes };
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const kb = (n) => (n / 1024).toFixed(1);

// one unmeasured visit of every view first: the service's first requests after its start (cold JIT)
// are the start's cost, measured by run.sh, not the page's
{
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [, view] of views) {
    await visit(page, base + '/' + view);
  }
  await context.close();
}

console.log('view                    visit   page KB   API KB  total KB  requests  interactive p50 ms  p95 ms');
for (const [label, view] of views) {
  const first = [];
  const again = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    first.push(await visit(page, base + '/' + view));
    again.push(await visit(page, base + '/' + view));
    await context.close();
  }
  for (const [name, results] of [['first', first], ['return', again]]) {
    const r = results[0];
    const times = results.map((x) => x.interactive);
    console.log(
      label.padEnd(24) + name.padEnd(8) + kb(r.page).padStart(8) + kb(r.api).padStart(9) + kb(r.page + r.api).padStart(10)
      + String(r.requests).padStart(10) + quantile(times, 0.5).toFixed(0).padStart(20) + quantile(times, 0.95).toFixed(0).padStart(8));
  }
}
await browser.close();
