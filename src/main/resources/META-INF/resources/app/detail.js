// A record in full, in a dialog of its own URL: its names, where it comes from (document, table and
// row, or the quoted sentences) with the document's title, its seed cells beside the values parsed
// from them, every field, and for developers its API URL as curl and as JSON.

import { ApiError, apiUrl, get } from './api.js';
import { columns, failure, recordLink, scroller } from './components.js';
import { fill, h } from './dom.js';
import { label, names, t } from './i18n.js';
import { sourceTitle } from './sources.js';
import { go } from './state.js';

const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('detail'));
let shown = '';

dialog.addEventListener('close', () => {
  shown = '';
  if (new URLSearchParams(location.search).get('detail')) {
    go({ detail: null });
  }
});

/** Links from a field to the collection its ids belong to. */
/** @type {Record<string, string>} */
const LINKS = {
  organization: '/organizations', organizations: '/organizations', subjectOrganization: '/organizations',
  model: '/models', models: '/models', subjectModel: '/models',
  companies: '/companies', subjectCompany: '/companies',
  metrics: '/metrics', thesis: '/theses', sameAs: '/landscape-categories', sources: '/sources', source: '/sources',
};

/**
 * Opens the dialog on a record ("models/baai-cogview").
 * @param {string} detail
 */
export async function showDetail(detail) {
  const [collection, id] = detail.split('/');
  if (!collection || !id || !/^[a-z-]+$/.test(collection)) {
    return;
  }
  if (shown === detail && dialog.open) {
    return;
  }
  shown = detail;
  const path = '/' + collection + '/' + encodeURIComponent(id);
  fill(dialog, h('p', { 'aria-busy': 'true' }, t('loading')));
  if (!dialog.open) {
    dialog.showModal();
  }
  try {
    const record = await get(path);
    if (shown === detail) {
      fill(dialog, body(collection, path, record));
      /** @type {HTMLElement | null} */ (dialog.querySelector('#detail-close'))?.focus();
    }
  } catch (error) {
    const message = error instanceof ApiError && error.status === 404 ? t('notFound') + ': ' + detail : error;
    fill(dialog, h('h2', { id: 'detail-title' }, detail), failure(message), closeButton());
  }
}

export function closeDetail() {
  if (dialog.open) {
    shown = '';
    dialog.close();
  }
}

function closeButton() {
  return h('button', { type: 'button', id: 'detail-close', class: 'close', onclick: () => dialog.close() }, t('close'));
}

/**
 * @param {string} collection
 * @param {string} path
 * @param {Record<string, unknown>} record
 */
function body(collection, path, record) {
  const url = new URL(apiUrl(path), location.href).href;
  const status = h('span', { role: 'status', class: 'muted' });
  return h('article', { class: 'detail', 'data-record': collection + '/' + String(record.id) },
    h('header', {},
      h('p', { class: 'muted' }, collection),
      h('h2', { id: 'detail-title' }, names(/** @type {any} */ (record)) || String(record.id)),
      closeButton()),
    h('p', { class: 'developer' },
      h('button', { type: 'button', id: 'copy-curl', onclick: async () => {
        const command = `curl -s '${url}'`;
        try {
          await navigator.clipboard.writeText(command);
          status.textContent = t('copied') + ': ' + command;
        } catch {
          status.textContent = command;
        }
      } }, t('copyCurl')),
      ' ',
      h('a', { href: apiUrl(path), id: 'open-json', type: 'application/json' }, t('openJson')),
      ' ', status),
    provenance(record),
    rawBeside(record),
    h('section', { 'aria-labelledby': 'fields-title' },
      h('h3', { id: 'fields-title' }, t('fields')),
      h('dl', { class: 'fields' }, Object.entries(record).map(([name, value]) => [h('dt', {}, name), h('dd', { 'data-field': name }, show(name, value))]))));
}

/**
 * Where the record comes from: a table cell (provenance {source, table, row}) or sentences
 * (provenance or mentions: [{source, section, quote, line}]).
 * @param {Record<string, unknown>} record
 */
function provenance(record) {
  const cited = /** @type {any} */ (record.provenance);
  /** @type {any[]} */
  const quotes = [...(Array.isArray(cited) ? cited : []), ...(Array.isArray(record.mentions) ? record.mentions : [])];
  const cell = cited && !Array.isArray(cited) ? cited : null;
  return h('section', { 'aria-labelledby': 'provenance-title', id: 'provenance' },
    h('h3', { id: 'provenance-title' }, t('provenance')),
    cell ? h('dl', { class: 'cell-source' },
      h('dt', {}, t('document')), h('dd', {}, recordLink('/sources', cell.source, sourceTitle(cell.source))),
      cell.table ? [h('dt', {}, t('table')), h('dd', {}, cell.table)] : null,
      cell.row ? [h('dt', {}, t('row')), h('dd', {}, String(cell.row))] : null,
      cell.section ? [h('dt', {}, t('section')), h('dd', {}, cell.section)] : null,
      cell.quote ? [h('dt', {}, t('raw')), h('dd', {}, h('blockquote', {}, cell.quote))] : null) : null,
    quotes.map((q) => h('figure', { class: 'quote' },
      h('blockquote', {}, q.quote),
      h('figcaption', {}, recordLink('/sources', q.source, sourceTitle(q.source)), ' · ', q.section, q.line ? ` · ${t('line')} ${q.line}` : ''))));
}

/**
 * The seed's cells beside what was parsed from them: xRaw beside x, rawCells and capabilityCells
 * as they are.
 * @param {Record<string, unknown>} record
 */
function rawBeside(record) {
  /** @type {[string, string, unknown][]} */
  const pairs = Object.keys(record)
    .filter((name) => name.endsWith('Raw'))
    .map((raw) => {
      const parsed = raw.slice(0, -3);
      return /** @type {[string, string, unknown]} */ ([raw, parsed, parsed in record ? record[parsed] : plural(record, parsed)]);
    });
  /** @type {Map<string, string>} */
  const rawTexts = new Map(pairs.map(([raw]) => [raw, String(record[raw] ?? '')]));
  for (const cells of ['rawCells', 'capabilityCells']) {
    const value = record[cells];
    if (value && typeof value === 'object') {
      for (const [capability, raw] of Object.entries(value)) {
        pairs.push([cells + '.' + capability, label('capabilities', capability), cells === 'rawCells' ? record.name : capability]);
        rawTexts.set(cells + '.' + capability, String(raw));
      }
    }
  }
  if (!pairs.length) {
    return null;
  }
  return h('section', { 'aria-labelledby': 'raw-title' },
    h('h3', { id: 'raw-title' }, t('rawBeside')),
    scroller('raw-title', h('table', { class: 'list raw-beside' },
      columns('field', 'raw', 'parsed'),
      h('tbody', {}, pairs.map(([raw, parsed, value]) => h('tr', { 'data-field': raw },
        h('th', { scope: 'row' }, parsed),
        h('td', { class: 'raw' }, rawTexts.get(raw) || ''),
        h('td', {}, show(parsed, value))))))));
}

/**
 * segmentsRaw is parsed into segments, leadersRaw into leaders.
 * @param {Record<string, unknown>} record
 * @param {string} name
 */
function plural(record, name) {
  return record[name + 's'];
}

/**
 * A field's value: ids of other records as links, codes with their labels, the rest as JSON.
 * @param {string} name
 * @param {unknown} value
 * @returns {import("./dom.js").Children}
 */
function show(name, value) {
  const target = LINKS[name];
  if (target && typeof value === 'string') {
    return recordLink(target, value, value);
  }
  if (target && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.length ? value.flatMap((v, i) => [i ? ', ' : '', recordLink(target, v, v)]) : '[]';
  }
  if (value === null || value === undefined) {
    return h('span', { class: 'muted' }, 'null');
  }
  if (typeof value === 'object') {
    return h('pre', {}, JSON.stringify(value, null, 2));
  }
  const text = String(value);
  const vocabulary = VOCABULARY_OF[name];
  const labelled = vocabulary ? label(vocabulary, text) : text;
  return labelled !== text ? `${labelled} (${text})` : text;
}

/** @type {Record<string, string>} */
const VOCABULARY_OF = {
  region: 'regions', kind: 'organizationKinds', type: 'sotaTypes', verdict: 'verdicts', measure: 'measures', unit: 'units',
  role: 'companyRoles', topic: 'takeawayTopics', nameEnOrigin: 'nameOrigins',
};
