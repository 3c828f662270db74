// The US/China SOTA comparison: every model's parameter claims on a log scale, coloured by region.
// Only an exact count is drawn as a bar; "at least" is a bar that goes on (an open end), a reported
// figure a hollow mark, and a model without a stated count is written "unknown", never drawn.

import { all } from '../api.js';
import { columns, downloads, filter, heading, recordLink, scroller } from '../components.js';
import { h, svg } from '../dom.js';
import { codes, label, names, t } from '../i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["SotaModelDto"]} SotaModel */
/** @typedef {import("landscape-api").components["schemas"]["ParameterClaim"]} Claim */
/** @typedef {{record: SotaModel, name: string, claims: Claim[], region: string}} Row */

const WIDTH = 760;
const LABEL = 190;
const RIGHT = 150;
const ROW = 26;
const TOP = 30;

/** @param {import("../state.js").State} state */
export async function view(state) {
  const params = { type: state.type, region: state.region };
  const list = await all('/sota-models', params);
  const records = /** @type {SotaModel[]} */ (list.items);
  /** @type {Row[]} */
  const rows = [];
  for (const type of codes('sotaTypes')) {
    for (const record of records.filter((r) => r.type === type.code)) {
      for (const model of record.models) {
        rows.push({ record, name: model.name, claims: model.parameters, region: record.regions[0] || '' });
      }
    }
  }
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(t('sota'), [
      filter('type', t('type'), 'sotaTypes', state.type),
      filter('region', t('region'), 'regions', state.region),
    ]),
    downloads('/sota-models', params, t('sota')),
    legend(),
    scroller('sota-chart-title', chart(rows), 'chart-wrap'),
    claimsTable(rows));
}

function legend() {
  return h('ul', { class: 'legend' },
    codes('regions').map((r) => h('li', {}, h('span', { class: 'swatch region-' + r.code }), label('regions', r.code))),
    h('li', {}, h('span', { class: 'swatch at-least' }), '≥ ' + t('atLeast')),
    h('li', {}, h('span', { class: 'swatch reported' }), t('reported')));
}

/** @param {Row[]} rows */
function chart(rows) {
  const values = rows.flatMap((r) => r.claims.map((c) => c.value)).filter((v) => v > 0);
  const low = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1e9))));
  const high = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 1e12))));
  const plot = WIDTH - LABEL - RIGHT;
  /** @param {number} value */
  const x = (value) => LABEL + (plot * (Math.log10(value) - Math.log10(low))) / (Math.log10(high) - Math.log10(low));
  const height = TOP + rows.length * ROW + 10;
  const ticks = [];
  for (let v = low; v <= high; v *= 10) {
    ticks.push(svg('g', { class: 'tick' },
      svg('line', { x1: x(v), x2: x(v), y1: TOP - 6, y2: height - 10 }),
      svg('text', { x: x(v), y: TOP - 10, 'text-anchor': 'middle' }, short(v))));
  }
  return svg('svg', { id: 'sota-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'sota-chart-title' },
    svg('title', { id: 'sota-chart-title' }, t('logScale')),
    ticks,
    rows.map((row, i) => {
      const y = TOP + i * ROW;
      const mid = y + ROW / 2;
      const colour = 'region-' + row.region;
      return svg('g', { class: 'row', 'data-model': row.name },
        svg('text', { x: LABEL - 8, y: mid + 4, 'text-anchor': 'end', class: 'name' }, row.name),
        row.claims.length === 0
          ? svg('text', { x: LABEL + 4, y: mid + 4, class: 'unknown' }, t('unknown'))
          : row.claims.map((claim) => mark(claim, x, y, colour)));
    }));
}

/**
 * @param {Claim} claim
 * @param {(value: number) => number} x
 * @param {number} y
 * @param {string} colour
 */
function mark(claim, x, y, colour) {
  const end = x(claim.value);
  const mid = y + ROW / 2;
  if (claim.reported) {
    return svg('g', { class: 'claim reported ' + colour, 'data-qualifier': claim.qualifier },
      svg('circle', { cx: end, cy: mid, r: 6 }),
      svg('text', { x: end + 10, y: mid + 4 }, short(claim.value) + ' ' + t('reported')));
  }
  if (claim.qualifier === 'AT_LEAST') {
    return svg('g', { class: 'claim at-least ' + colour, 'data-qualifier': claim.qualifier },
      svg('rect', { x: LABEL, y: y + 6, width: Math.max(end - LABEL, 1), height: ROW - 12 }),
      svg('path', { d: `M${end} ${y + 4} L${end + 10} ${mid} L${end} ${y + ROW - 4} Z` }),
      svg('text', { x: end + 14, y: mid + 4 }, '≥ ' + short(claim.value)));
  }
  return svg('g', { class: 'claim exact ' + colour, 'data-qualifier': claim.qualifier },
    svg('rect', { x: LABEL, y: y + 6, width: Math.max(end - LABEL, 1), height: ROW - 12 }),
    svg('text', { x: end + 6, y: mid + 4 }, short(claim.value)));
}

/** @param {Row[]} rows */
function claimsTable(rows) {
  return scroller('sota-claims-caption', h('table', { id: 'sota-claims', class: 'list' },
    h('caption', { id: 'sota-claims-caption' }, t('sotaTable')),
    columns('name', 'type', 'region', 'parameters', 'raw'),
    h('tbody', {}, rows.map((row) => h('tr', { 'data-model': row.name },
      h('td', {}, recordLink('/sota-models', row.record.id, row.record.models.length > 1 ? row.name : names(row.record))),
      h('td', {}, label('sotaTypes', row.record.type)),
      h('td', {}, row.record.regions.map((r) => label('regions', r)).join(', ')),
      h('td', {}, row.claims.length
        ? row.claims.map((c) => claimText(c)).join('; ')
        : t('unknown')),
      h('td', { class: 'raw' }, row.record.parametersRaw || ''))))));
}

/** @param {Claim} claim */
function claimText(claim) {
  if (claim.reported) {
    return `${short(claim.value)} (${t('reported')})`;
  }
  return (claim.qualifier === 'AT_LEAST' ? '≥ ' : '') + short(claim.value) + (claim.qualifier === 'EXACT' ? '' : ` (${claim.qualifier === 'AT_LEAST' ? t('atLeast') : claim.qualifier})`);
}

/**
 * 9.4B, 540B, 5.25T, 100T.
 * @param {number} value
 */
function short(value) {
  const units = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M']];
  for (const [size, suffix] of units) {
    if (value >= Number(size)) {
      return String(Math.round((value / Number(size)) * 100) / 100) + suffix;
    }
  }
  return String(value);
}
