// The page's IndexedDB database "lede": what the reader keeps on this device. Stores:
//   corrections  {key: SHA-256 of a text, corrections: [...], saved}            (corrections.js)
//   articles     {key, text, date, result, corrections, saved}: a saved article   (library.js)
//   library      {key, title, date, saved, entities: [[type, name, mentions], ...]}: the list and the
//                corpus view read only these small records, so 500 saved articles stay quick.
const DATABASE = 'lede';
const VERSION = 2;
const STORES = { corrections: 'key', articles: 'key', library: 'key' };

function openDatabase() {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(DATABASE, VERSION);
    } catch (error) {
      reject(new Error(`this browser keeps nothing for this page (${error.message})`));
      return;
    }
    request.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(STORES)) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('another tab of this page holds the database open'));
  });
}

// Runs run(stores) in one transaction over `names`; resolves to what run returned (a request's result,
// read once the transaction is complete), or rejects with the browser's reason (a full disk, say).
export async function transact(names, mode, run) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(names, mode);
      const stores = Object.fromEntries(names.map((name) => [name, transaction.objectStore(name)]));
      const request = run(stores);
      transaction.oncomplete = () => resolve(request && 'result' in request ? request.result : request);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser stopped the write (is the disk full?)'));
    });
  } finally {
    database.close();
  }
}
