// The explorer in a real browser (Debian's Chromium driven by playwright-core) against the running
// service with the real data: every view, its filters and URL, search, detail, language, download,
// the keyboard, axe-core, and screenshots of every view at phone and desktop width.
//
// API_URL: the service; CHROMIUM: the browser (default /usr/bin/chromium); SCREENSHOTS: where the
// screenshots go (default ../../../target/explorer-screenshots).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const BASE = (process.env.API_URL || 'http://localhost:8080').replace(/\/$/, '');
const SCREENSHOTS = process.env.SCREENSHOTS || new URL('../../../../target/explorer-screenshots/', import.meta.url).pathname;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
const VIEWS = ['map', 'applications', 'sota', 'takeaways', 'essays', 'search&q=智源', 'map&detail=models/zhipu-ai-cogview'];

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
});

/** The API's answer, as the test's own reference. */
async function api(path) {
  const response = await fetch(BASE + path, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, path);
  return response.json();
}

/**
 * A new page that records every console error, page error, failed request and error status;
 * problems() lists them.
 */
async function newPage(size = WIDTHS.desktop, options = {}) {
  const context = await browser.newContext({ viewport: size, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  // (net::ERR_ABORTED is a request that the next navigation cancelled, such as the icon's)
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push('failed: ' + r.url() + ' ' + r.failure()?.errorText);
    }
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(r.status() + ': ' + r.url()); });
  page.problems = problems;
  return page;
}

/** Opens a state of the page and waits until it has rendered. */
async function open(page, query) {
  await page.goto(BASE + '/' + (query ? '?' + query : ''));
  await page.waitForSelector('html[data-ready="true"]');
  await settled(page, 0);
}

/** The number of renders so far. */
function renders(page) {
  return page.evaluate(() => Number(document.getElementById('main').dataset.renders || 0));
}

/** Waits for a render after the given count, then for the view to be idle. */
async function settled(page, since) {
  await page.waitForFunction((n) => {
    const main = document.getElementById('main');
    return Number(main.dataset.renders || 0) > n && main.getAttribute('aria-busy') === 'false';
  }, since);
}

/** Runs an action that changes the state, and waits for its render. */
async function act(page, action) {
  const since = await renders(page);
  await action();
  await settled(page, since);
}

function texts(page, selector) {
  return page.locator(selector).allInnerTexts();
}

function noProblems(page) {
  assert.deepEqual(page.problems, [], 'console errors or failed requests');
}

describe('the explorer', () => {
  test('the market map shows every organization of both tables with their models by capability', async () => {
    const page = await newPage();
    await open(page, 'lang=en');
    const organizations = await api('/api/v1/organizations?pageSize=1');
    const rows = await page.locator('#map-US tbody tr, #map-CN tbody tr').count();
    assert.equal(rows, organizations.totalSize);
    assert.equal(rows, 23);
    assert.equal(await page.locator('#map-US tbody tr').count(), 8);
    assert.equal(await page.locator('#map-CN tbody tr').count(), 15);
    const code = (await texts(page, 'td[data-capability="CODE"]')).join('\n');
    for (const model of ['Codex', 'AlphaCode', 'CodeGuru', 'CodeGeeX']) {
      assert.ok(code.includes(model), model + ' in the code column: ' + code);
    }
    const coders = await api('/api/v1/models?capability=CODE&pageSize=500');
    const linked = await page.locator('td[data-capability="CODE"] a').evaluateAll((links) => links.map((a) => a.dataset.record));
    assert.deepEqual([...new Set(linked)].sort(), coders.items.map((m) => 'models/' + m.id).sort());
    // the count in a column's header is the API's facet for that region
    const facets = await api('/api/v1/models?region=CN&facet=capability&pageSize=1');
    const text = facets.facets.capability.find((f) => f.value === 'TEXT').count;
    assert.equal(await page.locator('#map-CN th[data-capability="TEXT"] .count').innerText(), String(text));
    noProblems(page);
  });

  test('a filter changes the URL and the records; a pasted link opens the same view; back returns', async () => {
    const page = await newPage();
    await open(page, 'lang=en');
    await act(page, () => page.selectOption('#filter-region', 'CN'));
    assert.match(page.url(), /region=CN/);
    assert.equal(await page.locator('#map-US').count(), 0);
    assert.equal(await page.locator('#map-CN tbody tr').count(), 15);
    await act(page, () => page.selectOption('#filter-capability', 'CODE'));
    assert.match(page.url(), /capability=CODE/);
    const coders = await api('/api/v1/organizations?region=CN&capability=CODE');
    assert.deepEqual(await page.locator('#map-CN tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.organization)),
      coders.items.map((o) => o.id));
    await act(page, () => page.goBack());
    assert.doesNotMatch(page.url(), /capability=/);
    assert.equal(await page.locator('#map-CN tbody tr').count(), 15);
    assert.equal(await page.inputValue('#filter-capability'), '');

    const link = await newPage();
    await open(link, 'view=applications&category=TEXT_TO_IMAGE&segment=CREATORS&lang=en');
    const list = await api('/api/v1/applications?category=TEXT_TO_IMAGE&segment=CREATORS&pageSize=500');
    assert.equal(await link.inputValue('#filter-category'), 'TEXT_TO_IMAGE');
    assert.deepEqual(await link.locator('#applications tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.application)),
      list.items.map((a) => a.id));
    noProblems(page);
    noProblems(link);
  });

  test('the application matrix counts by category and segment; a cell lists its applications with their organizations', async () => {
    const page = await newPage();
    await open(page, 'view=applications&lang=en');
    const all = await api('/api/v1/applications?facet=category&facet=segment&pageSize=1');
    assert.equal(all.totalSize, 55);
    assert.equal(await page.locator('#matrix tfoot td.margin').last().innerText(), '55');
    for (const facet of all.facets.category) {
      assert.equal(await page.locator(`#matrix tr[data-category="${facet.value}"] td.margin`).innerText(), String(facet.count));
    }
    const cell = await api('/api/v1/applications?category=TEXT_TO_IMAGE&segment=CREATORS&pageSize=500');
    const link = page.locator('#matrix tr[data-category="TEXT_TO_IMAGE"] td[data-segment="CREATORS"] a');
    assert.equal(await link.innerText(), String(cell.totalSize));
    await act(page, () => link.click());
    assert.match(page.url(), /cell=TEXT_TO_IMAGE\.CREATORS/);
    assert.equal(await page.locator('#applications tbody tr').count(), cell.totalSize);
    // ERNIE-ViLG is Baidu's in the seed's own cell; 文心一格's link to Baidu is inferred and says so
    const baidu = await api('/api/v1/organizations/baidu');
    const ernie = page.locator('#applications tr[data-application="ernie-vilg"] td').last();
    assert.equal(await ernie.innerText(), `${baidu.nameEn} · ${baidu.name}`);
    await act(page, () => page.locator('#filter-category').selectOption(''));
    assert.match(await page.locator('#applications tr[data-application="wenxin-yige"] td').last().innerText(), /\(inferred\)$/);
    noProblems(page);
  });

  test('the SOTA chart draws exact counts as bars, claims as claims and unknown counts as unknown', async () => {
    const page = await newPage();
    await open(page, 'view=sota&lang=en');
    const sota = await api('/api/v1/sota-models?pageSize=500');
    const models = sota.items.flatMap((r) => r.models);
    assert.equal(await page.locator('#sota-chart g.row').count(), models.length);
    const unknown = models.filter((m) => m.parameters.length === 0).map((m) => m.name).sort();
    const drawnUnknown = await page.locator('#sota-chart g.row:has(text.unknown)').evaluateAll((rows) => rows.map((r) => r.dataset.model).sort());
    assert.deepEqual(drawnUnknown, unknown);
    assert.ok(unknown.includes('DreamBooth') && unknown.includes('ChatGPT'));
    const gpt4 = page.locator('#sota-chart g.row[data-model="GPT4"]');
    assert.equal(await gpt4.locator('g.exact').count(), 0, 'GPT4 has no exact count');
    assert.equal(await gpt4.locator('g.at-least').count(), 1);
    assert.equal(await gpt4.locator('g.reported').count(), 1);
    assert.equal(await gpt4.locator('g.at-least text').textContent(), '≥ 5.25T');
    const palm = page.locator('#sota-chart g.row[data-model="PaLM"]');
    assert.equal(await palm.locator('g.exact text').textContent(), '540B');
    assert.equal(await palm.locator('g.exact').getAttribute('class'), 'claim exact region-US');
    assert.equal(await page.locator('#sota-chart g.row[data-model="GLM-130B"] g.exact').getAttribute('class'), 'claim exact region-CN');
    noProblems(page);
  });

  test('the take-aways and the essays show every record', async () => {
    const page = await newPage();
    await open(page, 'view=takeaways&lang=en');
    assert.equal(await page.locator('ol[data-kind="GAP"] > li').count(), (await api('/api/v1/takeaways?kind=GAP')).totalSize);
    assert.equal(await page.locator('ol[data-kind="NEED"] > li').count(), (await api('/api/v1/takeaways?kind=NEED')).totalSize);
    assert.equal(await page.locator('ol[data-kind] > li').count(), 9);
    await act(page, () => page.click('#nav-essays'));
    assert.equal(await page.locator('#waves > li').count(), 4);
    assert.deepEqual(await page.locator('#waves .period').allInnerTexts(), (await api('/api/v1/waves?sort=ordinal')).items.map((w) => w.periodRaw));
    assert.equal(await page.locator('ol[data-verdict="RIGHT"] > li').count(), (await api('/api/v1/theses?verdict=RIGHT')).totalSize);
    assert.equal(await page.locator('ol[data-verdict="WRONG"] > li').count(), (await api('/api/v1/theses?verdict=WRONG')).totalSize);
    assert.equal(await page.locator('#metrics tbody tr').count(), 33);
    assert.equal(await page.locator('ul[data-role] > li').count(), 42);
    noProblems(page);
  });

  for (const q of ['智源', 'ＥＲＮＩＥ']) {
    test(`search for ${q} finds what the API finds, grouped by collection`, async () => {
      const page = await newPage();
      await open(page, 'lang=en');
      await page.fill('#q', q);
      await act(page, () => page.click('#q-button'));
      assert.equal(new URL(page.url()).searchParams.get('q'), q);
      const found = await api('/api/v1/search?q=' + encodeURIComponent(q) + '&facet=collection&pageSize=500');
      assert.ok(found.totalSize > 0);
      assert.equal(await page.locator('#search-total').innerText(), `${found.totalSize} results`);
      for (const group of found.facets.collection) {
        const ids = found.items.filter((hit) => hit.collection === group.value).map((hit) => hit.id);
        assert.deepEqual(await page.locator(`section[data-collection="${group.value}"] li`).evaluateAll((items) => items.map((i) => i.dataset.id)), ids);
        assert.equal(await page.locator(`section[data-collection="${group.value}"] h3 .count`).innerText(), String(group.count));
      }
      noProblems(page);
    });
  }

  test('a detail shows every field, the seed cells and the provenance with the source title', async () => {
    const page = await newPage();
    await open(page, 'lang=en');
    await act(page, () => page.click('#map-CN a[data-record="models/zhipu-ai-cogview"]'));
    await page.waitForSelector('dialog[open] article[data-record="models/zhipu-ai-cogview"]');
    assert.match(page.url(), /detail=models%2Fzhipu-ai-cogview|detail=models\/zhipu-ai-cogview/);
    const model = await api('/api/v1/models/zhipu-ai-cogview');
    const source = await api('/api/v1/sources/' + model.provenance.source);
    const provenance = await page.locator('#provenance').innerText();
    assert.ok(provenance.includes(source.titleEn || source.title), provenance);
    assert.ok(provenance.includes(model.provenance.table));
    assert.ok(provenance.includes(String(model.provenance.row)));
    assert.deepEqual(await page.locator('dialog dl.fields dt').allInnerTexts(), Object.keys(model));
    for (const [capability, raw] of Object.entries(model.rawCells)) {
      assert.equal(await page.locator(`dialog tr[data-field="rawCells.${capability}"] td.raw`).innerText(), raw);
    }
    assert.equal(await page.getAttribute('#open-json', 'href'), '/api/v1/models/zhipu-ai-cogview');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    assert.doesNotMatch(page.url(), /detail=/);
    // a record of the essays shows its quotes, each with its document and line
    await open(page, 'view=essays&lang=en&detail=theses/bottleneck-is-on-the-supply-side');
    await page.waitForSelector('dialog[open] article');
    const thesis = await api('/api/v1/theses/bottleneck-is-on-the-supply-side');
    const quote = await page.locator('dialog #provenance figure').first().innerText();
    assert.ok(quote.includes(thesis.provenance[0].quote.slice(0, 20)));
    assert.ok(quote.includes('Line ' + thesis.provenance[0].line), quote);
    noProblems(page);
  });

  test('the language switch changes the labels; names show both languages', async () => {
    const page = await newPage();
    await open(page, 'lang=en');
    assert.equal(await page.locator('#nav-map').innerText(), 'Market map');
    assert.match(await page.locator('#map-CN th[data-capability="TEXT"]').innerText(), /^Text \/ NLP/);
    await act(page, () => page.selectOption('#lang', 'zh'));
    assert.match(page.url(), /lang=zh/);
    assert.equal(await page.locator('#nav-map').innerText(), '市场版图');
    const vocabularies = await api('/api/v1/vocabularies');
    const text = vocabularies.capabilities.find((c) => c.code === 'TEXT').label.zh;
    assert.match(await page.locator('#map-CN th[data-capability="TEXT"]').innerText(), new RegExp('^' + text));
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    const baidu = await api('/api/v1/organizations/baidu');
    assert.equal(await page.locator('#map-CN tr[data-organization="baidu"] th').innerText(), `${baidu.name} · ${baidu.nameEn}`);
    noProblems(page);
  });

  test('the CSV link downloads the filtered list', async () => {
    const page = await newPage();
    await open(page, 'region=CN&capability=TEXT&lang=en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-format="csv"]')]);
    const body = readFileSync(await download.path(), 'utf8');
    const expected = await (await fetch(BASE + '/api/v1/models?region=CN&capability=TEXT&format=csv')).text();
    assert.equal(body, expected);
    const models = await api('/api/v1/models?region=CN&capability=TEXT&pageSize=500');
    assert.equal(download.suggestedFilename(), 'models.csv');
    assert.ok(models.totalSize > 0);
    const starts = (line) => models.items.some((m) => line.startsWith(m.id + ',') || line.startsWith(`"${m.id}",`));
    assert.equal(body.split('\n').filter(starts).length, models.totalSize);
    noProblems(page);
  });

  test('keyboard only: the search box and a filter', async () => {
    const page = await newPage();
    await open(page, 'lang=en');
    // from the top of the page: the skip link, then the search box
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    await page.keyboard.type('智源');
    await act(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).searchParams.get('view'), 'search');
    const found = await api('/api/v1/search?q=' + encodeURIComponent('智源'));
    assert.equal(await page.locator('#search-total').innerText(), `${found.totalSize} results`);
    // a filter, by Tab and the arrow keys
    await open(page, 'view=takeaways&lang=en');
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'filter-kind'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-kind');
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(focusStyle, 'solid', 'the focus is visible');
    await act(page, () => page.keyboard.press('ArrowDown'));
    assert.equal(new URL(page.url()).searchParams.get('kind'), 'GAP');
    assert.equal(await page.locator('ol[data-kind] > li').count(), (await api('/api/v1/takeaways?kind=GAP')).totalSize);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-kind', 'the focus stays on the filter');
    noProblems(page);
  });

  for (const [name, size] of Object.entries(WIDTHS)) {
    test(`every view at ${name} width: axe-core finds no serious or critical violation; screenshots`, async () => {
      const page = await newPage(size);
      const serious = [];
      for (const view of VIEWS) {
        await open(page, 'lang=en&view=' + view);
        if (view.includes('detail=')) {
          await page.waitForSelector('dialog[open] article');
        }
        await page.evaluate(AXE);
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        for (const violation of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          serious.push(`${view}: ${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
        }
        const file = `${view.replace(/[^a-z]+/gi, '-').replace(/-$/, '')}-${name}.png`;
        await page.screenshot({ path: SCREENSHOTS + file, fullPage: true });
      }
      assert.deepEqual(serious, []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, 'the page itself does not scroll sideways: ' + overflow);
      noProblems(page);
    });
  }
});
