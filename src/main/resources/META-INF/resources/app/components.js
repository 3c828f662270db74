// Pieces the views share: filters, links to a record's detail, the download links, messages.

import { apiUrl } from './api.js';
import { h } from './dom.js';
import { codes, lang, t } from './i18n.js';
import { go, href, next } from './state.js';

/** @typedef {import("./api.js").Params} Params */

/**
 * A labelled select over a vocabulary's codes (and "all"); choosing one moves to that state.
 * @param {string} name the URL's name for it (the API's filter name)
 * @param {string} text its label
 * @param {string} vocabulary
 * @param {string | undefined} value
 * @param {Set<string>} [only] the codes to offer (all when absent)
 */
export function filter(name, text, vocabulary, value, only) {
  const id = 'filter-' + name;
  const options = codes(vocabulary).filter((c) => !only || only.has(c.code) || c.code === value);
  return h('div', { class: 'filter' },
    h('label', { for: id }, text),
    h('select', { id, name, onchange: (event) => {
      const select = /** @type {HTMLSelectElement} */ (event.target);
      go({ [name]: select.value, cell: null });
    } },
      h('option', { value: '', selected: !value }, t('all')),
      options.map((c) => h('option', { value: c.code, selected: c.code === value }, c.label[lang()]))));
}

/**
 * A link that opens a record's detail (a URL of its own; a plain click stays on the page).
 * @param {string} path the collection's path, e.g. "/models"
 * @param {string} id
 * @param {import("./dom.js").Children} text
 * @param {string} [className]
 */
export function recordLink(path, id, text, className = 'record') {
  const detail = path.slice(1) + '/' + id;
  return stateLink({ detail }, text, { class: className, 'data-record': detail });
}

/**
 * A link to another state of the page (a real URL; a plain click moves without a reload).
 * @param {Record<string, string | null | undefined>} changes
 * @param {import("./dom.js").Children} text
 * @param {import("./dom.js").Attributes} [attributes]
 * @param {{reset?: boolean}} [how] reset: a new view, which keeps only the language
 */
export function stateLink(changes, text, attributes = {}, how = {}) {
  return h('a', { ...attributes, href: href(next(changes, how)), onclick: (event) => {
    const click = /** @type {MouseEvent} */ (event);
    if (!click.ctrlKey && !click.metaKey && !click.shiftKey && click.button === 0) {
      event.preventDefault();
      go(changes, how);
    }
  } }, text);
}

/**
 * The current list as CSV and NDJSON: the API's own format= links, with the view's filters.
 * @param {string} path
 * @param {Params} params
 * @param {string} what the list's name, for the file and the label
 */
export function downloads(path, params, what) {
  const file = path.slice(1);
  return h('p', { class: 'downloads' },
    h('span', {}, t('download') + ' (' + what + '): '),
    h('a', { href: apiUrl(path, { ...params, format: 'csv' }), download: file + '.csv', 'data-format': 'csv' }, 'CSV'),
    ' · ',
    h('a', { href: apiUrl(path, { ...params, format: 'ndjson' }), download: file + '.ndjson', 'data-format': 'ndjson' }, 'NDJSON'));
}

/**
 * An error as the API said it.
 * @param {unknown} error
 */
export function failure(error) {
  const message = error instanceof Error ? error.message : String(error);
  return h('div', { class: 'failure', role: 'alert' }, h('strong', {}, t('error') + ': '), message);
}

/**
 * A view's heading and the filters above it.
 * @param {string} title
 * @param {import("./dom.js").Children} [controls]
 */
export function heading(title, controls) {
  return [h('h2', { id: 'view-title', tabindex: '-1' }, title), controls ? h('div', { class: 'filters' }, controls) : null];
}

/**
 * A box that scrolls sideways when its content is wider than the screen (a table, the chart):
 * reachable by the keyboard, and named, so that a keyboard user can scroll it.
 * @param {string} labelledBy the id of the element that names it
 * @param {import("./dom.js").Children} content
 * @param {string} [className]
 */
export function scroller(labelledBy, content, className = 'table-wrap') {
  return h('div', { class: className, role: 'region', 'aria-labelledby': labelledBy, tabindex: '0' }, content);
}

/**
 * A table's head: one column header per word.
 * @param {...import("./i18n.js").Word} words
 */
export function columns(...words) {
  return h('thead', {}, h('tr', {}, words.map((word) => h('th', { scope: 'col' }, t(word)))));
}
