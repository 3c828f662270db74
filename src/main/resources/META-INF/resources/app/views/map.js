// The market map: organizations × capabilities, the US and China player tables of the research
// report side by side; each cell lists the organization's models of that capability.

import { all } from '../api.js';
import { downloads, filter, heading, recordLink, scroller } from '../components.js';
import { h } from '../dom.js';
import { codes, label, names, t } from '../i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["OrganizationDto"]} Organization */
/** @typedef {import("landscape-api").components["schemas"]["ModelDto"]} Model */

/** @param {import("../state.js").State} state */
export async function view(state) {
  const regions = codes('regions').filter((r) => !state.region || r.code === state.region);
  const tables = await Promise.all(regions.map(async (region) => {
    const [organizations, models] = await Promise.all([
      all('/organizations', { region: region.code, capability: state.capability }),
      all('/models', { region: region.code, capability: state.capability, facet: 'capability' }),
    ]);
    return table(region, /** @type {Organization[]} */ (organizations.items), /** @type {Model[]} */ (models.items), models.facets.capability || []);
  }));
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(t('map'), [
      filter('region', t('region'), 'regions', state.region),
      filter('capability', t('capability'), 'capabilities', state.capability),
    ]),
    downloads('/models', { region: state.region, capability: state.capability }, t('models')),
    h('div', { class: 'map' }, tables));
}

/**
 * One region's player table.
 * @param {import("../i18n.js").Code} region
 * @param {Organization[]} organizations
 * @param {Model[]} models
 * @param {import("landscape-api").components["schemas"]["FacetValue"][]} counts models per capability
 */
function table(region, organizations, models, counts) {
  const used = new Set(organizations.flatMap((o) => [...o.capabilities, ...Object.keys(o.capabilityCells || {})]));
  const columns = codes('capabilities').filter((c) => used.has(c.code) && (!counts.length || counts.some((f) => f.value === c.code)));
  /** @type {Map<string, Model[]>} */
  const cells = new Map();
  for (const model of models) {
    for (const capability of model.capabilities) {
      const key = model.organization + ' ' + capability;
      cells.set(key, [...(cells.get(key) || []), model]);
    }
  }
  const id = 'map-' + region.code;
  return scroller(id + '-caption',
    h('table', { id, 'data-region': region.code },
      h('caption', { id: id + '-caption' }, label('regions', region.code),
        ` · ${organizations.length} ${t('organizations')} · ${models.length} ${t('models')}`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('organization')),
        columns.map((c) => {
          const count = counts.find((f) => f.value === c.code);
          return h('th', { scope: 'col', 'data-capability': c.code }, label('capabilities', c.code),
            h('span', { class: 'count' }, String(count ? count.count : 0)));
        }))),
      h('tbody', {}, organizations.map((organization) => h('tr', { 'data-organization': organization.id },
        h('th', { scope: 'row' }, recordLink('/organizations', organization.id, names(organization))),
        columns.map((c) => {
          const here = cells.get(organization.id + ' ' + c.code) || [];
          const raw = (organization.capabilityCells || {})[c.code];
          return h('td', { 'data-capability': c.code },
            here.length
              ? h('ul', { class: 'cell' }, here.map((m) => h('li', {}, recordLink('/models', m.id, names(m)))))
              : raw ? h('span', { class: 'raw' }, raw) : null);
        }))))),
    'map-table');
}
