/*
 * The service worker's own part (Workbox's generated sw.js imports it): saves the whole site into
 * the caches the worker's strategies read, refreshes a saved copy after a new deployment, and
 * removes it. The build prepends `const OFFLINE = {…}` with the cache names and URLs
 * (scripts/service-worker.mjs); pages talk to it with postMessage and hear back on a
 * BroadcastChannel. Plain JavaScript: it runs in the worker as it is, without bundling.
 */
/* global OFFLINE */
const channel = new BroadcastChannel(OFFLINE.channel);
let current;

/** The record of the saved copy (build, date, counts), or undefined. */
async function savedRecord() {
  const response = await caches.match(OFFLINE.record);
  return response ? response.json() : undefined;
}

/** Downloads every URL of the list into its cache, four at a time; stops when `signal` aborts. */
async function saveAll(signal) {
  const response = await fetch(OFFLINE.list, { cache: 'no-cache', signal });
  // Kept with the copy: the offline page reads the saved pages' titles from it (it is not precached).
  await (await caches.open(OFFLINE.caches.assets)).put(OFFLINE.list, response.clone());
  const list = await response.json();
  const groups = [
    [OFFLINE.caches.pages, list.pages],
    [OFFLINE.caches.search, list.search],
    [OFFLINE.caches.assets, list.assets],
  ];
  const total = groups.reduce((n, [, entries]) => n + entries.length, 0);
  let done = 0;
  let bytes = 0;
  for (const [name, entries] of groups) {
    const cache = await caches.open(name);
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        signal.throwIfAborted();
        const response = await fetch(entry.url, { cache: 'no-cache', signal });
        if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
        await cache.put(entry.url, response);
        done += 1;
        bytes += entry.bytes;
        if (done % 10 === 0 || done === total)
          channel.postMessage({ type: 'progress', done, total, bytes, of: list.bytes });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }
  const record = {
    build: list.build,
    builtAt: list.builtAt,
    savedAt: new Date().toISOString(),
    pages: list.pages.length,
    files: total,
    bytes,
  };
  const cache = await caches.open(OFFLINE.caches.assets);
  await cache.put(
    OFFLINE.record,
    new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
  );
  return record;
}

/** Runs one save at a time and reports how it ended. */
async function run() {
  if (current) return;
  current = new AbortController();
  try {
    channel.postMessage({ type: 'done', record: await saveAll(current.signal) });
  } catch (error) {
    channel.postMessage(
      current.signal.aborted ? { type: 'cancelled' } : { type: 'error', message: String(error?.message ?? error) },
    );
  } finally {
    current = undefined;
  }
}

/** After a new deployment, a saved copy of an older build is saved again, quietly. */
async function refreshIfStale() {
  const record = await savedRecord();
  if (!record || current) return;
  const list = await (await fetch(OFFLINE.list, { cache: 'no-cache' })).json();
  if (list.build !== record.build) await run();
}

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === 'SAVE_ALL') event.waitUntil(run());
  else if (type === 'CANCEL_SAVE') current?.abort();
  else if (type === 'REMOVE_SAVED')
    event.waitUntil(
      Promise.all(Object.values(OFFLINE.caches).map((name) => caches.delete(name))).then(() =>
        channel.postMessage({ type: 'removed' }),
      ),
    );
  else if (type === 'REFRESH_IF_STALE') event.waitUntil(refreshIfStale().catch(() => undefined));
  // The page of a first visit was fetched before the worker ran: keep it too.
  else if (
    type === 'CACHE_PAGE' &&
    typeof event.data.url === 'string' &&
    new URL(event.data.url).origin === location.origin
  )
    event.waitUntil(
      caches
        .open(OFFLINE.caches.pages)
        .then((cache) => cache.add(event.data.url))
        .catch(() => undefined),
    );
});
