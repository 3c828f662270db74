// The explorer: a page over the public API. It reads the URL's state, renders the view it names
// and the record it opens, and moves to a new URL for every filter, search or record chosen.

import { get } from './api.js';
import { failure, stateLink } from './components.js';
import { fill, h } from './dom.js';
import { setLang, setVocabularies, t } from './i18n.js';
import { closeDetail, showDetail } from './detail.js';
import { setSources } from './sources.js';
import { go, listen, read } from './state.js';

/** @typedef {import("./i18n.js").Word} Word */
/** @typedef {(state: import("./state.js").State) => Promise<Node>} View */

/** The views, in the navigation's order; each module is loaded when first shown. */
/** @type {[string, Word, () => Promise<{view: View}>][]} */
const VIEWS = [
  ['map', 'map', () => import('./views/map.js')],
  ['applications', 'applications', () => import('./views/applications.js')],
  ['sota', 'sota', () => import('./views/sota.js')],
  ['takeaways', 'takeaways', () => import('./views/takeaways.js')],
  ['essays', 'essays', () => import('./views/essays.js')],
  ['search', 'search', () => import('./views/search.js')],
];

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const nav = /** @type {HTMLElement} */ (document.getElementById('views'));
const query = /** @type {HTMLInputElement} */ (document.getElementById('q'));
const language = /** @type {HTMLSelectElement} */ (document.getElementById('lang'));

let rendering = 0;
let lastView = '';

async function boot() {
  applyLanguage();
  const [vocabularies, meta] = await Promise.all([get('/vocabularies'), get('/meta')]);
  setVocabularies(vocabularies);
  setSources(meta.sources);
  /** @type {HTMLFormElement} */ (document.getElementById('search-form')).addEventListener('submit', (event) => {
    event.preventDefault();
    go({ view: 'search', q: query.value.trim(), detail: null });
  });
  language.addEventListener('change', () => go({ lang: language.value }));
  listen(render);
  await render();
  document.documentElement.dataset.ready = 'true';
  performance.mark('explorer-interactive');
}

/** The language of the URL, else the browser's. */
function applyLanguage() {
  const state = read();
  const chosen = state.lang === 'zh' || state.lang === 'en' ? state.lang : navigator.language.startsWith('zh') ? 'zh' : 'en';
  setLang(chosen);
  language.value = chosen;
  /** @type {[string, Word][]} */
  const words = [['title', 'title'], ['subtitle', 'subtitle'], ['q-label', 'searchLabel'], ['q-button', 'searchButton'], ['lang-label', 'language']];
  for (const [id, word] of words) {
    const element = document.getElementById(id);
    if (element) {
      element.textContent = t(word);
    }
  }
  nav.setAttribute('aria-label', t('views'));
  document.title = t('title') + ' · GenAI Landscape API';
}

async function render() {
  const token = ++rendering;
  const state = read();
  applyLanguage();
  const viewName = VIEWS.some(([name]) => name === state.view) ? String(state.view) : 'map';
  query.value = viewName === 'search' ? state.q || '' : query.value;
  fill(nav, h('ul', {}, VIEWS.map(([name, word]) => h('li', {},
    stateLink({ view: name === 'map' ? null : name }, t(word),
      { 'aria-current': name === viewName ? 'page' : null, id: 'nav-' + name }, { reset: true })))));
  const focused = document.activeElement && document.activeElement.id;
  main.setAttribute('aria-busy', 'true');
  try {
    const entry = VIEWS.find(([name]) => name === viewName);
    const module = await /** @type {NonNullable<typeof entry>} */ (entry)[2]();
    const body = await module.view(state);
    if (token !== rendering) {
      return;
    }
    fill(main, body);
  } catch (error) {
    if (token !== rendering) {
      return;
    }
    fill(main, failure(error));
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.view = viewName;
  main.dataset.renders = String(token);
  restoreFocus(focused, viewName);
  await syncDetail(state);
}

/**
 * After a new render the control that had the focus has it again (a filter changed from the
 * keyboard stays under the keyboard); a new view puts it on the view's heading.
 * @param {string | null} focused
 * @param {string} viewName
 */
function restoreFocus(focused, viewName) {
  const again = focused ? document.getElementById(focused) : null;
  if (again && main.contains(again)) {
    again.focus();
  } else if (lastView && lastView !== viewName && !(focused && focused.startsWith('q'))) {
    document.getElementById('view-title')?.focus();
  }
  lastView = viewName;
}

/** @param {import("./state.js").State} state */
async function syncDetail(state) {
  if (state.detail) {
    await showDetail(state.detail);
  } else {
    closeDetail();
  }
}

boot().catch((error) => {
  fill(main, failure(error));
  main.setAttribute('aria-busy', 'false');
});
