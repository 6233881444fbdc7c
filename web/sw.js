// The service worker: keeps the site (page, scripts, WebAssembly, model) in a cache, so that after one
// visit the page loads and analyzes with the network off. It makes no request of its own but for the
// site's files. scripts/build.sh writes the two lines below: the site's version (a hash of its files) and
// their names. Each build is a cache of its own, filled whole at install, so an offline page never mixes
// files of two builds (nor a new model with an old wasm).
const SITE_VERSION = 'unbuilt';  // lede:site-version
const SITE_FILES = [];  // lede:site-files
const CACHE = `lede-site-${SITE_VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...SITE_FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith('lede-site-') && name !== CACHE).map((name) => caches.delete(name)))));
});

// The network first, the cache when the network fails: online, a new build is seen at once (no stale
// page after a rebuild); offline, the cache holds one whole build, stored at install and never mixed
// with files fetched later. The address's query and fragment do not matter to the cache. Anything not
// of the site (there is nothing else) goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(fetch(event.request).catch(async (error) => {
    const cached = await caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }));
});
