// Downloads of the current article ([data-export=FORMAT] buttons): JSON is the lede/1 result as the page
// holds it; every other format is written by the core's export writers in the worker (analyzer.export),
// so the bytes are those of `lede analyze --format FORMAT` for the same text. Nothing leaves the machine:
// the file is made in the page and handed to the browser's download.
import { firstLine } from './dom.js';

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
  const slug = firstLine(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return slug || 'article';
}

let nextRequest = 0;
const waiting = new Map();   // request id -> { resolve, reject }

// The worker's answer to a request of ask() ({type: 'reply', replyId, value | error}).
export function onReply(message) {
  const request = waiting.get(message.replyId);
  if (!request) return;
  waiting.delete(message.replyId);
  if (message.error !== undefined) request.reject(new Error(message.error));
  else request.resolve(message.value);
}

// Asks the worker's analyzer for something ({type: 'export' | 'corpus' | 'corpus-export', ...}).
export function ask(worker, message) {
  const replyId = ++nextRequest;
  return new Promise((resolve, reject) => {
    waiting.set(replyId, { resolve, reject });
    worker.postMessage({ ...message, replyId });
  });
}

// The bytes of `format` for the result (a string), made by the worker's analyzer.
function exported(worker, format, result, text) {
  if (format === 'json') return Promise.resolve(`${JSON.stringify(result)}\n`);
  return ask(worker, { type: 'export', format, result, text });
}

// Starts the download of `content` as `name`.
export function saveFile(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Makes the file and starts its download; resolves to its name.
export async function download(worker, format, result, text) {
  const file = FILES[format];
  const content = await exported(worker, format, result, text);
  const name = `${baseName(text)}.${file.extension}`;
  saveFile(name, content, file.type);
  return name;
}
