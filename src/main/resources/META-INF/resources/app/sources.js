// The seed documents (from /api/v1/meta), for naming a record's source by its title.

import { pick } from './i18n.js';

/** @typedef {import("landscape-api").components["schemas"]["SourceDto"]} Source */

/** @type {Map<string, Source>} */
const byId = new Map();

/** @param {Source[]} sources */
export function setSources(sources) {
  for (const source of sources) {
    byId.set(source.id, source);
  }
}

/**
 * A source's title in the current language (its id when unknown).
 * @param {string | null | undefined} id
 */
export function sourceTitle(id) {
  const source = id ? byId.get(id) : undefined;
  return source ? pick(source.title, source.titleEn) : id || '';
}
