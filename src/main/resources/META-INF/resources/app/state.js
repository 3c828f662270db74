// The view, its filters, the search and the open record live in the URL's query: a link opens the
// same view, back and forward move through the views, and the language travels with the link.

/** @typedef {Record<string, string>} State */

/** The state of the current URL. */
export function read() {
  /** @type {State} */
  const state = {};
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (value !== '') {
      state[name] = value;
    }
  }
  return state;
}

/**
 * The URL of a state.
 * @param {State} state
 */
export function href(state) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value) {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return location.pathname + (text ? '?' + text : '');
}

/** @type {() => void} */
let onChange = () => {};

/** @param {() => void} listener */
export function listen(listener) {
  onChange = listener;
  addEventListener('popstate', () => onChange());
}

/**
 * The state after some changes: the changed names set (an empty value removes one).
 * @param {Record<string, string | null | undefined>} changes
 * @param {{reset?: boolean}} [how] reset starts from no filters (a new view)
 * @returns {State}
 */
export function next(changes, how = {}) {
  const current = read();
  /** @type {State} */
  const state = how.reset ? keep(current) : { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value) {
      state[name] = value;
    } else {
      delete state[name];
    }
  }
  return state;
}

/**
 * Moves to the state after some changes: a new history entry unless replace.
 * @param {Record<string, string | null | undefined>} changes
 * @param {{replace?: boolean, reset?: boolean}} [how]
 */
export function go(changes, how = {}) {
  const url = href(next(changes, how));
  if (how.replace) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  onChange();
}

/**
 * What a new view keeps of the current state: the language.
 * @param {State} state
 * @returns {State}
 */
function keep(state) {
  return state.lang ? { lang: state.lang } : {};
}
