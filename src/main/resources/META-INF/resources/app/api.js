// The public API, called as any frontend calls it: relative URLs under /api/v1, JSON, the
// problem+json of a refusal shown as it is.

/** @typedef {import("landscape-api").components["schemas"]} Schemas */
/** @typedef {Schemas["Problem"]} Problem */
/** @typedef {Record<string, string | string[] | null | undefined>} Params */

export const BASE = '/api/v1';

/** A refusal or failure of the API, with its problem document when it sent one. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Partial<Problem>} problem
   */
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * The URL of a path under /api/v1 with its query parameters (a list repeats the parameter; empty
 * values are left out).
 * @param {string} path
 * @param {Params} [params]
 */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') {
        query.append(name, one);
      }
    }
  }
  const text = query.toString();
  return BASE + path + (text ? '?' + text : '');
}

/** @type {Map<string, Promise<unknown>>} */
const responses = new Map();

/**
 * GETs JSON; the same URL is fetched once per page load (the API's ETag and max-age keep the
 * browser's own cache right across loads).
 * @param {string} path
 * @param {Params} [params]
 * @returns {Promise<any>}
 */
export function get(path, params) {
  const url = apiUrl(path, params);
  let response = responses.get(url);
  if (!response) {
    response = fetchJson(url);
    responses.set(url, response);
    response.catch(() => responses.delete(url));
  }
  return response;
}

/** @param {string} url */
async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    /** @type {Partial<Problem>} */
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = { title: response.statusText };
    }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/**
 * Every record of a list, following nextPageToken (pages of 500, the API's largest), with the
 * facets and total of the first page.
 * @template T
 * @param {string} path
 * @param {Params} [params]
 * @returns {Promise<{items: T[], totalSize: number, facets: Record<string, Schemas["FacetValue"][]>}>}
 */
export async function all(path, params = {}) {
  const first = await get(path, { ...params, pageSize: '500' });
  const items = [...first.items];
  let token = first.nextPageToken;
  while (token) {
    const next = await get(path, { ...params, pageSize: '500', pageToken: token });
    items.push(...next.items);
    token = next.nextPageToken;
  }
  return { items, totalSize: first.totalSize, facets: first.facets || {} };
}

/**
 * The path of a collection from its code in the collections vocabulary (SOTA_MODELS: sota-models).
 * @param {string} code
 */
export function collectionPath(code) {
  return '/' + code.toLowerCase().replaceAll('_', '-');
}
