// The service worker: keeps the site (page, scripts, WebAssembly, model) in a cache, so that after one
// visit the page loads and analyzes with the network off. It makes no request of its own but for the
// site's files. scripts/build.sh writes the two lines below: the site's version (a hash of its files) and
// their names. A new build is a new cache, taken up when no tab uses the old one any more, so a page never
// mixes files of two builds (nor a new model with an old wasm).
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

// The site's own files come from the cache (the address's query and fragment aside); anything else
// (there is nothing else) goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(event.request, { ignoreSearch: true }))
    .then((cached) => cached ?? fetch(event.request)));
});
