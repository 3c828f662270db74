// The Sequoia essays as the corpus holds them: the four waves on a timeline, the theses with their
// verdicts, the figures they state, and the companies and products they name.

import { all } from '../api.js';
import { columns, downloads, heading, recordLink, scroller } from '../components.js';
import { h } from '../dom.js';
import { codes, label, names, pick, t } from '../i18n.js';
import { sourceTitle } from '../sources.js';

/** @typedef {import("landscape-api").components["schemas"]} S */

export async function view() {
  const [waves, theses, metrics, companies] = await Promise.all([
    all('/waves', { sort: 'ordinal' }),
    all('/theses'),
    all('/metrics'),
    all('/companies'),
  ]);
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(t('essays')),
    timeline(/** @type {S["WaveDto"][]} */ (waves.items)),
    thesisList(/** @type {S["ThesisDto"][]} */ (theses.items)),
    figures(/** @type {S["MetricDto"][]} */ (metrics.items)),
    companyList(/** @type {S["CompanyDto"][]} */ (companies.items)));
}

/** @param {S["WaveDto"][]} waves */
function timeline(waves) {
  return h('section', { 'aria-labelledby': 'waves-title' },
    h('h3', { id: 'waves-title' }, t('waves')),
    downloads('/waves', {}, t('waves')),
    h('ol', { class: 'timeline', id: 'waves' }, waves.map((w) => h('li', { 'data-wave': w.id },
      h('p', { class: 'period' }, w.periodRaw),
      h('h4', {}, recordLink('/waves', w.id, names(w))),
      h('p', {}, w.summary)))));
}

/** @param {S["ThesisDto"][]} theses */
function thesisList(theses) {
  return h('section', { 'aria-labelledby': 'theses-title' },
    h('h3', { id: 'theses-title' }, t('theses')),
    downloads('/theses', {}, t('theses')),
    h('div', { class: 'columns' }, codes('verdicts')
      .filter((v) => theses.some((x) => x.verdict === v.code))
      .map((v) => h('section', { 'aria-labelledby': 'verdict-' + v.code },
        h('h4', { id: 'verdict-' + v.code }, h('span', { class: 'verdict verdict-' + v.code }, label('verdicts', v.code))),
        h('ol', { 'data-verdict': v.code }, theses.filter((x) => x.verdict === v.code).map((x) => h('li', { 'data-thesis': x.id },
          recordLink('/theses', x.id, pick(x.title, x.titleEn)),
          h('span', { class: 'muted' }, ' · ' + x.sources.map(sourceTitle).join(', ')))))))));
}

/** @param {S["MetricDto"][]} metrics */
function figures(metrics) {
  return h('section', { 'aria-labelledby': 'figures-title' },
    h('h3', { id: 'figures-title' }, t('figures'), ' (' + metrics.length + ')'),
    downloads('/metrics', {}, t('figures')),
    scroller('figures-title', h('table', { id: 'metrics', class: 'list' },
      columns('subject', 'measure', 'raw', 'value', 'unit', 'qualifier'),
      h('tbody', {}, metrics.map((m) => h('tr', { 'data-metric': m.id },
        h('td', {}, recordLink('/metrics', m.id, m.subject)),
        h('td', {}, label('measures', m.measure)),
        h('td', { class: 'raw' }, m.valueRaw),
        h('td', { class: 'number' }, value(m)),
        h('td', {}, label('units', m.unit)),
        h('td', {}, m.qualifier)))))));
}

/** @param {S["MetricDto"]} m */
function value(m) {
  if (m.value !== null && m.value !== undefined) {
    return m.value.toLocaleString();
  }
  if (m.low !== null && m.low !== undefined && m.high !== null && m.high !== undefined) {
    return m.low.toLocaleString() + '–' + m.high.toLocaleString();
  }
  return '';
}

/** @param {S["CompanyDto"][]} companies */
function companyList(companies) {
  return h('section', { 'aria-labelledby': 'companies-title' },
    h('h3', { id: 'companies-title' }, t('companies'), ' (' + companies.length + ')'),
    downloads('/companies', {}, t('companies')),
    codes('companyRoles').filter((r) => companies.some((c) => c.role === r.code)).map((r) => h('section', { 'aria-labelledby': 'role-' + r.code },
      h('h4', { id: 'role-' + r.code }, label('companyRoles', r.code)),
      h('ul', { class: 'chips', 'data-role': r.code }, companies.filter((c) => c.role === r.code).map((c) =>
        h('li', {}, recordLink('/companies', c.id, names(c))))))));
}
