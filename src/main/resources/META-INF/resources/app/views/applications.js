// The China application list as a category × segment matrix: the margins are the API's facets
// (counted over every match), a cell counts the applications in both; choosing a cell lists them.

import { all } from '../api.js';
import { columns, downloads, filter, heading, recordLink, scroller, stateLink } from '../components.js';
import { h } from '../dom.js';
import { label, names, t } from '../i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["ApplicationDto"]} Application */
/** @typedef {import("landscape-api").components["schemas"]["FacetValue"]} FacetValue */

/** @param {import("../state.js").State} state */
export async function view(state) {
  const params = { category: state.category, segment: state.segment };
  const [list, organizations] = await Promise.all([
    all('/applications', { ...params, facet: ['category', 'segment'] }),
    all('/organizations'),
  ]);
  /** @type {Map<string, string>} */
  const organizationNames = new Map(organizations.items.map((o) => [/** @type {any} */ (o).id, names(/** @type {any} */ (o))]));
  const applications = /** @type {Application[]} */ (list.items);
  const categories = list.facets.category || [];
  const segments = list.facets.segment || [];
  const [cellCategory, cellSegment] = (state.cell || '').split('.');
  const inCell = state.cell
    ? applications.filter((a) => has(a.categories, cellCategory) && has(a.segments, cellSegment))
    : applications;
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(t('applications'), [
      filter('category', t('category'), 'categories', state.category),
      filter('segment', t('segment'), 'segments', state.segment),
    ]),
    downloads('/applications', params, t('applications')),
    scroller('matrix-caption', matrix(applications, categories, segments, state.cell)),
    h('h3', { id: 'cell-title' }, state.cell
      ? [t('cellApps'), ': ', label('categories', cellCategory), ' × ', label('segments', cellSegment), ' (', String(inCell.length), ') ',
          stateLink({ cell: null }, t('clearCell'))]
      : [t('allApps'), ' (', String(list.totalSize), ')']),
    listing(inCell, organizationNames));
}

/**
 * @param {Application[]} applications
 * @param {FacetValue[]} categories
 * @param {FacetValue[]} segments
 * @param {string | undefined} selected
 */
function matrix(applications, categories, segments, selected) {
  return h('table', { id: 'matrix', class: 'matrix' },
    h('caption', { id: 'matrix-caption' }, t('matrixCaption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('category')),
      segments.map((s) => h('th', { scope: 'col', 'data-segment': s.value }, label('segments', s.value))),
      h('th', { scope: 'col' }, t('total')))),
    h('tbody', {}, categories.map((c) => h('tr', { 'data-category': c.value },
      h('th', { scope: 'row' }, label('categories', c.value)),
      segments.map((s) => {
        const count = applications.filter((a) => has(a.categories, c.value) && has(a.segments, s.value)).length;
        const cell = c.value + '.' + s.value;
        return h('td', { 'data-segment': s.value, class: cell === selected ? 'selected' : null },
          count ? stateLink({ cell }, String(count), {
            'aria-label': `${label('categories', c.value)} × ${label('segments', s.value)}: ${count}`,
            'aria-current': cell === selected ? 'true' : null,
          }) : null);
      }),
      h('td', { class: 'margin' }, String(c.count))))),
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row' }, t('total')),
      segments.map((s) => h('td', { class: 'margin', 'data-segment': s.value }, String(s.count))),
      h('td', { class: 'margin' }, String(applications.length)))));
}

/**
 * @param {Application[]} applications
 * @param {Map<string, string>} organizationNames
 */
function listing(applications, organizationNames) {
  return scroller('cell-title', h('table', { id: 'applications', class: 'list' },
    columns('name', 'categories', 'segments', 'organization'),
    h('tbody', {}, applications.map((a) => h('tr', { 'data-application': a.id },
      h('td', {}, recordLink('/applications', a.id, names(a))),
      h('td', {}, a.categories.map((c) => label('categories', c)).join(', ')),
      h('td', {}, a.segments.map((s) => label('segments', s)).join(', ')),
      h('td', {}, a.organization
        ? [recordLink('/organizations', a.organization, organizationNames.get(a.organization) || a.organization), a.organizationInferred ? ' ' + t('inferred') : '']
        : null))))));
}

/**
 * @param {readonly string[]} codes
 * @param {string | undefined} code
 */
function has(codes, code) {
  return code !== undefined && codes.includes(code);
}
