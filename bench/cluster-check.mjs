// The clients of bench/cluster.sh (Node 18 or later, no dependencies): they record every response.
//
//   record URL...      concurrent keep-alive clients on each base URL (the load balancer, the instances), --conns
//                      each, every one pausing --pause ms (20) between its requests: a mix of cached and uncached
//                      API reads, a third of them conditional, until SIGTERM or --limit ms.
//                      Every response is checked: its Dataset-Version header against the body (the meta's
//                      datasetVersion; the changed record's text, which --marker names, against --old), and each
//                      ETag against every other response that carried it (one body, one dataset). With --switch, it
//                      ends once every instance has served the new dataset for a second. It then reads the marks
//                      file (--marks, JSON written by cluster.sh: the load's commit and exit in epoch ms) and prints
//                      the figures.
//   down URL...        from --since (epoch ms): the time until each instance's readiness turns non-200 and until an
//                      uncached request answers 503 application/problem+json, and the slowest uncached answer.
//   up URL...          from --since: the time until each instance's readiness answers 200 again, and then the
//                      status of an uncached read.
//
// Each prints labelled lines and, with the SUMMARY environment variable, appends "figure<TAB>value" rows to that file.
import http from 'node:http';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

const [mode, ...rest] = process.argv.slice(2);
const opts = { conns: 4, pause: 20, limit: 60000, label: mode };
const urls = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i].startsWith('--')) {
    const key = rest[i].slice(2);
    opts[key] = i + 1 < rest.length && !rest[i + 1].startsWith('--') ? rest[++i] : true;
  } else {
    urls.push(rest[i].replace(/\/$/, ''));
  }
}
const limit = Number(opts.limit);
const now = () => Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hostOf = (url) => new URL(url).host;

function summary(figure, value) {
  console.log(`${figure}: ${value}`);
  if (process.env.SUMMARY) appendFileSync(process.env.SUMMARY, `${figure}\t${value}\n`);
}

// one GET: resolves { status, headers, body, start, end } or { error, start, end }
function get(agent, url, headers = {}, timeout = 15000) {
  const start = now();
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers, timeout }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), start, end: now() }));
      res.on('error', (e) => resolve({ error: e.code || e.message, start, end: now() }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e) => resolve({ error: e.code || e.message, start, end: now() }));
  });
}

let unique = 0;
const uncached = () => `/api/v1/applications?q=zq${process.pid}x${++unique}`; // matches nothing: a miss every time

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function record() {
  const marker = opts.marker; // text only the new dataset's changed record holds
  const old = opts.old; // the dataset version served before
  const paths = [
    '/api/v1/meta',
    '/api/v1/takeaways',
    '/api/v1/takeaways/gap-compute',
    '/api/v1/organizations',
    '/api/v1/models?q=ernie&facet=organization',
    '/api/v1/search?q=diffusion&facet=collection',
  ];
  const markerPaths = new Set(['/api/v1/takeaways', '/api/v1/takeaways/gap-compute']);
  const stats = new Map(); // base URL -> figures
  const etags = new Map(); // path + ETag -> { hash, version, where }
  const problems = [];
  let stopping = false;
  const deadline = now() + limit;
  process.on('SIGTERM', () => (stopping = true));
  process.on('SIGINT', () => (stopping = true));

  const problem = (text) => {
    if (problems.length < 20) problems.push(text);
  };
  for (const base of urls) {
    stats.set(base, {
      requests: 0, failed: 0, errors: {}, statuses: {}, latencies: [], mixed: 0, conflicts: 0, regressions: 0,
      firstNew: null, firstMarker: null, lastOldStart: null, versions: new Set(), lastEtag: new Map(),
    });
  }
  // the dataset a response says it came from (its header), else what its body shows
  function check(base, path, r) {
    const s = stats.get(base);
    const header = r.headers['dataset-version'];
    let version = header;
    if (path === '/api/v1/meta' && r.status === 200) {
      const body = JSON.parse(r.body.toString('utf8')).datasetVersion;
      if (header !== undefined && body !== header) {
        s.mixed++;
        problem(`${base}${path}: header ${header}, body ${body}`);
      }
      version = body;
    }
    let isNew = version !== undefined && old !== undefined ? version !== old : undefined;
    if (markerPaths.has(path) && r.status === 200 && marker) {
      const hasMarker = r.body.includes(marker);
      if (isNew !== undefined && hasMarker !== isNew) {
        s.mixed++;
        problem(`${base}${path}: Dataset-Version ${version} with the ${hasMarker ? 'new' : 'old'} text`);
      }
      if (hasMarker && s.firstMarker === null) s.firstMarker = r.end;
      if (isNew === undefined) isNew = hasMarker;
    }
    if (version !== undefined) s.versions.add(version);
    if (isNew === true && s.firstNew === null) s.firstNew = r.end;
    if (isNew === false) {
      s.lastOldStart = Math.max(s.lastOldStart ?? 0, r.start);
      if (s.firstNew !== null && r.start > s.firstNew) {
        s.regressions++;
        problem(`${base}${path}: the old dataset again after the new one`);
      }
    }
    const etag = r.headers.etag;
    if (etag && !path.includes('?q=zq')) {
      const key = `${path} ${etag}`;
      if (r.status === 200) {
        const hash = createHash('sha256').update(r.body).digest('hex');
        const seen = etags.get(key);
        if (!seen) {
          etags.set(key, { hash, version, where: base });
        } else if (seen.hash !== hash || seen.version !== version) {
          s.conflicts++;
          problem(`${path} ETag ${etag}: ${seen.hash !== hash ? 'two bodies' : `datasets ${seen.version} and ${version}`}`
            + ` (${seen.where}, ${base})`);
        }
        s.lastEtag.set(path, etag);
      } else if (r.status === 304) {
        const seen = etags.get(key);
        if (seen && header !== undefined && seen.version !== header) {
          s.conflicts++;
          problem(`${base}${path}: 304 for the ETag of dataset ${seen.version} from dataset ${header}`);
        }
      }
    }
  }
  async function client(base, agent, n) {
    const s = stats.get(base);
    for (let i = n; !stopping && now() < deadline; i++) {
      const path = i % 5 === 4 ? uncached() : paths[i % paths.length];
      const headers = {};
      const etag = s.lastEtag.get(path);
      if (etag && i % 3 === 0) headers['if-none-match'] = etag;
      const r = await get(agent, base + path, headers);
      s.requests++;
      await sleep(Number(opts.pause));
      if (r.error || r.status >= 400) problem(`${base}${path}: ${r.error || r.status} after ${r.end - r.start} ms`);
      if (r.error) {
        s.failed++;
        s.errors[r.error] = (s.errors[r.error] || 0) + 1;
        continue;
      }
      s.statuses[r.status] = (s.statuses[r.status] || 0) + 1;
      s.latencies.push(r.end - r.start);
      if (r.status >= 400) s.failed++;
      check(base, path, r);
    }
  }
  const instances = urls.filter((u) => !(opts.balancer && u === opts.balancer));
  const switched = () =>
    instances.every((u) => {
      const s = stats.get(u);
      return s.firstNew !== null && (!marker || s.firstMarker !== null) && now() - Math.max(s.firstNew, s.firstMarker ?? 0) > 1000;
    });
  const clients = [];
  for (const base of urls) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: Number(opts.conns) });
    for (let n = 0; n < Number(opts.conns); n++) clients.push(client(base, agent, n));
  }
  if (opts.switch) {
    while (!stopping && now() < deadline && !switched()) await sleep(50);
    stopping = true;
  }
  await Promise.all(clients);
  // the marks of cluster.sh (the load's commit and exit), written before it stops this
  while (opts.marks && !existsSync(opts.marks) && now() < deadline + 30000) await sleep(100);
  const marks = opts.marks && existsSync(opts.marks) ? JSON.parse(readFileSync(opts.marks, 'utf8')) : {};

  const label = opts.label;
  let total = 0, failed = 0, mixed = 0, conflicts = 0, regressions = 0;
  for (const [base, s] of stats) {
    total += s.requests; mixed += s.mixed; conflicts += s.conflicts; regressions += s.regressions;
    if (!instances.includes(base)) failed += s.failed;
    const errors = Object.entries(s.errors).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    const statuses = Object.entries(s.statuses).map(([k, v]) => `${k}: ${v}`).join(', ');
    console.log(`  ${hostOf(base)}${instances.includes(base) ? '' : ' (load balancer)'}: ${s.requests} requests`
      + ` (${statuses}; socket errors: ${errors}), p99 ${percentile(s.latencies, 99)} ms, max ${percentile(s.latencies, 100)} ms,`
      + ` datasets seen: ${[...s.versions].join(' ') || 'none'}`);
  }
  for (const p of problems) console.log(`  ! ${p}`);
  if (opts.balancer) {
    const lb = stats.get(opts.balancer);
    summary(`${label}: failed requests at the load balancer`,
      `${lb.failed} of ${lb.requests} (non-2xx/304 or socket errors); p99 ${percentile(lb.latencies, 99)} ms,`
      + ` max ${percentile(lb.latencies, 100)} ms`);
  }
  if (marker || old) {
    summary(`${label}: responses mixing datasets / ETag conflicts`,
      `${mixed} / ${conflicts} of ${total} responses checked (${regressions} old after new on one instance)`);
  }
  if (opts.switch) {
    const from = marks.commit ?? marks.exit;
    const per = instances.map((u) => {
      const s = stats.get(u);
      const at = s.firstNew === null || (marker && s.firstMarker === null) ? null : Math.max(s.firstNew, s.firstMarker ?? 0);
      return { host: hostOf(u), ms: at === null ? null : at - from };
    });
    const all = per.some((p) => p.ms === null) ? null : Math.max(...per.map((p) => p.ms));
    summary(`${label}: load commit -> every instance serves the new dataset`,
      `${all === null ? 'not within the limit' : `${all} ms`} (${per.map((p) => `${p.host} ${p.ms ?? '-'} ms`).join(', ')};`
      + ` the load command exited ${marks.exit - from} ms after its commit)`);
  }
  if (opts.unchanged) {
    const changed = [...stats.values()].filter((s) => s.versions.size !== 1 || [...s.versions][0] !== opts.unchanged);
    summary(`${label}: served dataset unchanged everywhere`,
      changed.length === 0 ? `yes (${opts.unchanged} on every instance, ${total} responses)` : `NO (${changed.length} targets)`);
  }
}

// polls each instance's readiness and an uncached read until the condition holds for all, or --limit
async function health(down) {
  const since = Number(opts.since ?? now());
  const deadline = now() + limit;
  const results = await Promise.all(urls.map(async (base) => {
    const agent = new http.Agent({ keepAlive: false });
    const res = { host: hostOf(base), ready: null, problem: null, problemLatency: null, slowest: 0, statuses: {} };
    const readiness = (async () => {
      while (now() < deadline) {
        const r = await get(agent, `${base}/q/health/ready`, {}, 8000);
        if (down ? r.error || r.status !== 200 : r.status === 200) {
          res.ready = r.end - since;
          if (!down) {
            const read = await get(agent, base + uncached(), {}, 8000);
            res.read = read.error || read.status;
          }
          return;
        }
        await sleep(50);
      }
    })();
    const reads = (async () => {
      if (!down) return;
      while (now() < deadline && res.problem === null) {
        const r = await get(agent, base + uncached(), {}, 8000);
        res.slowest = Math.max(res.slowest, r.end - r.start);
        const key = r.error || r.status;
        res.statuses[key] = (res.statuses[key] || 0) + 1;
        if (r.status === 503 && String(r.headers['content-type']).startsWith('application/problem+json')) {
          res.problem = r.end - since;
          res.problemLatency = r.end - r.start;
        }
        await sleep(50);
      }
    })();
    await Promise.all([readiness, reads]);
    return res;
  }));
  for (const r of results) {
    if (down) {
      summary(`${opts.label}: ${r.host} readiness non-200 / uncached 503 problem+json after`,
        `${r.ready ?? '-'} ms / ${r.problem ?? '-'} ms (that request took ${r.problemLatency ?? '-'} ms;`
        + ` slowest uncached answer ${r.slowest} ms; ${Object.entries(r.statuses).map(([k, v]) => `${k}: ${v}`).join(', ')})`);
    } else {
      summary(`${opts.label}: ${r.host} ready again after`,
        r.ready === null ? 'not within the limit' : `${r.ready} ms (an uncached read then: ${r.read})`);
    }
  }
  process.exitCode = results.every((r) => r.ready !== null && (!down || r.problem !== null)) ? 0 : 1;
}

if (mode === 'record') await record();
else if (mode === 'down') await health(true);
else if (mode === 'up') await health(false);
else {
  console.error('usage: cluster-check.mjs record|down|up [options] URL...');
  process.exit(2);
}
