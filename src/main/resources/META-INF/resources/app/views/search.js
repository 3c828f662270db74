// One box over /api/v1/search: the hits grouped by collection (the collection facet gives the
// groups and their counts over every match), each saying what matched, and through which link.

import { all, collectionPath } from '../api.js';
import { downloads, heading, recordLink } from '../components.js';
import { h } from '../dom.js';
import { codes, label, t } from '../i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["SearchHit"]} Hit */

/** @param {import("../state.js").State} state */
export async function view(state) {
  const q = (state.q || '').trim();
  if (!q) {
    return h('section', { 'aria-labelledby': 'view-title' }, heading(t('search')), h('p', {}, t('typeToSearch')));
  }
  const list = await all('/search', { q, facet: 'collection' });
  const hits = /** @type {Hit[]} */ (list.items);
  const groups = list.facets.collection || [];
  return h('section', { 'aria-labelledby': 'view-title' },
    heading(`${t('search')}: “${q}”`),
    h('p', { id: 'search-total', role: 'status' }, list.totalSize ? `${list.totalSize} ${t('results')}` : t('noResults')),
    list.totalSize ? downloads('/search', { q }, t('search')) : null,
    codes('collections').filter((c) => groups.some((g) => g.value === c.code)).map((c) => {
      const group = hits.filter((hit) => hit.collection === c.code);
      const count = groups.find((g) => g.value === c.code);
      return h('section', { class: 'hits', 'data-collection': c.code, 'aria-labelledby': 'hits-' + c.code },
        h('h3', { id: 'hits-' + c.code }, label('collections', c.code), h('span', { class: 'count' }, String(count ? count.count : group.length))),
        h('ul', {}, group.map((hit) => h('li', { 'data-id': hit.id },
          recordLink(collectionPath(hit.collection), hit.id, hit.nameEn && hit.nameEn !== hit.name ? `${hit.name} · ${hit.nameEn}` : hit.name),
          h('span', { class: 'muted' }, ' · ', matched(hit))))));
    }));
}

/** @param {Hit} hit */
function matched(hit) {
  const m = hit.matched;
  const via = m.viaCollection && m.viaId ? ` (${t('via')} ${label('collections', m.viaCollection)} ${m.viaId})` : '';
  return `${t('matched')} ${m.field}: ${m.value}${via}`;
}
