// Analyzes a JSON Lines corpus ({"id", "text", "date"} per line) on every core with worker_threads, one
// analyzer per worker, and writes one lede/1 result per line (with its "id") in input order; a bad line
// gives {"id", "error"} and the run goes on, as `lede analyze --jsonl` does.
// usage: node examples/batch.mjs CORPUS.jsonl [THREADS] > results.jsonl
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

if (isMainThread) {
  const [path, threadArg] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node batch.mjs CORPUS.jsonl [THREADS] > results.jsonl');
    process.exit(2);
  }
  const threads = Number(threadArg ?? availableParallelism());
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url)));
  const pending = new Map();  // line number -> its output, once done
  let next = 0;               // the next line number to write
  let failed = false;
  const write = () => {
    while (pending.has(next)) {
      process.stdout.write(pending.get(next) + '\n');
      pending.delete(next++);
    }
  };
  const idle = [...workers];
  const waiting = [];
  for (const worker of workers) {
    worker.on('message', ({ number, output, error }) => {
      failed ||= error;
      pending.set(number, output);
      write();
      const resume = waiting.shift();
      if (resume) resume(worker); else idle.push(worker);
    });
  }
  const freeWorker = () => (idle.length > 0 ? Promise.resolve(idle.pop()) : new Promise((r) => waiting.push(r)));
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    (await freeWorker()).postMessage({ number: number++, line });
  }
  while (next < number) await new Promise((r) => setTimeout(r, 10));
  await Promise.all(workers.map((w) => w.terminate()));
  process.exitCode = failed ? 1 : 0;
} else {
  const { createAnalyzer } = await import('../lede.js');
  const analyzer = await createAnalyzer();
  parentPort.on('message', ({ number, line }) => {
    let id = null;
    try {
      const request = JSON.parse(line);
      id = request?.id ?? null;
      if (typeof request?.text !== 'string') throw new Error('missing "text" string');
      const result = analyzer.analyze(request.text, { date: request.date ?? null });
      parentPort.postMessage({ number, output: JSON.stringify({ id, ...result }), error: false });
    } catch (error) {
      // A line that is not JSON keeps its id when one can still be read, as the CLI's error lines do.
      const found = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
      if (id === null && found) id = JSON.parse(found[1]);
      const message = error instanceof SyntaxError ? 'invalid JSON' : error.message;
      parentPort.postMessage({ number, output: JSON.stringify({ id, error: message }), error: true });
    }
  });
}
