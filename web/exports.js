// Downloads of the current article ([data-export=FORMAT] buttons): JSON is the lede/1 result as the page
// holds it; every other format is written by the core's export writers in the worker (analyzer.export),
// so the bytes are those of `lede analyze --format FORMAT` for the same text. Nothing leaves the machine:
// the file is made in the page and handed to the browser's download.
const FILES = {
  json: { extension: 'json', type: 'application/json' },
  csv: { extension: 'csv', type: 'text/csv' },
  'csv-mentions': { extension: 'mentions.csv', type: 'text/csv' },
  'csv-relations': { extension: 'relations.csv', type: 'text/csv' },
  'csv-quotes': { extension: 'quotes.csv', type: 'text/csv' },
  brat: { extension: 'ann', type: 'text/plain' },
  displacy: { extension: 'displacy.json', type: 'application/json' },
  gexf: { extension: 'gexf', type: 'application/xml' },
};

// A file name from the article's first line: "Port deal brings new ferries" -> "port-deal-brings-new-ferries".
export function baseName(text) {
  const firstLine = text.split('\n').find((line) => line.trim()) ?? '';
  const slug = firstLine.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return slug || 'article';
}

let nextExport = 0;
const waiting = new Map();   // export id -> { resolve, reject }

// The worker's answer to an export request ({type: 'exported', exportId, text | error}).
export function onExported(message) {
  const request = waiting.get(message.exportId);
  if (!request) return;
  waiting.delete(message.exportId);
  if (message.error !== undefined) request.reject(new Error(message.error));
  else request.resolve(message.text);
}

// The bytes of `format` for the result (a string), made by the worker's analyzer.
function exported(worker, format, result, text) {
  if (format === 'json') return Promise.resolve(`${JSON.stringify(result)}\n`);
  const exportId = ++nextExport;
  return new Promise((resolve, reject) => {
    waiting.set(exportId, { resolve, reject });
    worker.postMessage({ type: 'export', exportId, format, result, text });
  });
}

// Makes the file and starts its download; resolves to its name.
export async function download(worker, format, result, text) {
  const file = FILES[format];
  const content = await exported(worker, format, result, text);
  const name = `${baseName(text)}.${file.extension}`;
  const url = URL.createObjectURL(new Blob([content], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
