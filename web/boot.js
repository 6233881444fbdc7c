// Starts what the first result waits for before anything else on the page: the analysis worker (which
// downloads the model itself, web/worker.js) and the compiling of the WebAssembly, which is done here
// and handed to the worker because only a page's compile is kept in the browser's code cache: a warm
// load then starts with optimized code. This is a classic script at the top of index.html's head, so it
// runs while the page is still being parsed; app.js, a module, runs only once the page is parsed and
// (on a cold load) after its first style and layout, 200-300 ms on a small machine, which none of this
// waits for any more. app.js takes the worker from window.ledeBoot.
'use strict';
window.ledeBoot = (() => {
  const beside = (file) => new URL(file, document.currentScript.src);
  const worker = new Worker(beside('worker.js'), { type: 'module' });
  // What the worker sends before app.js listens (an error loading it, say) is kept for app.js.
  const early = [];
  worker.onmessage = (event) => early.push(event);
  worker.onerror = (event) => early.push(event);
  // null when it fails (a server sending the wrong MIME type, say): the worker then compiles it itself
  // and reports any error.
  WebAssembly.compileStreaming(fetch(beside('lede-core.wasm'))).catch(() => null)
    .then((module) => worker.postMessage({ type: 'module', module }));
  return { worker, early };
})();
