// Keeping the loaded articles and their analysis in this browser (IndexedDB), so that they
// survive a reload. Nothing is stored anywhere else; "Clear all" empties it.

const DB_NAME = 'presslens';
const DB_VERSION = 1;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error || new Error('the storage transaction was aborted'));
    tx.onerror = () => reject(tx.error);
  });
}

/** Open the store, or null where the browser offers none (or refuses it to this page). */
export async function openStore() {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('docs')) db.createObjectStore('docs', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    };
    return await request(req);
  } catch {
    return null;
  }
}

/** Save documents: [{id, text, result, note, seq}]. */
export async function putDocs(db, docs) {
  if (!db || docs.length === 0) return;
  const tx = db.transaction('docs', 'readwrite');
  const store = tx.objectStore('docs');
  for (const d of docs) store.put({ id: d.id, text: d.text, result: d.result, note: d.note ?? null, seq: d.seq });
  await done(tx);
}

export async function putCorpus(db, corpus) {
  if (!db) return;
  const tx = db.transaction('meta', 'readwrite');
  tx.objectStore('meta').put(corpus, 'corpus');
  await done(tx);
}

/** Everything saved: {docs: [...] in the order they were added, corpus}. */
export async function loadAll(db) {
  if (!db) return { docs: [], corpus: null };
  const tx = db.transaction(['docs', 'meta'], 'readonly');
  const docs = await request(tx.objectStore('docs').getAll());
  const corpus = await request(tx.objectStore('meta').get('corpus'));
  docs.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return { docs, corpus: corpus ?? null };
}

export async function clearStore(db) {
  if (!db) return;
  const tx = db.transaction(['docs', 'meta'], 'readwrite');
  tx.objectStore('docs').clear();
  tx.objectStore('meta').clear();
  await done(tx);
}
