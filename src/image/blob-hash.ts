/**
 * sha256 of a layer blob, computed off the main thread: the main thread parses tar headers while zlib inflates
 * on the libuv pool, and hashing a few hundred MB on it too cost about a fifth of the reader's throughput
 * (bench/image.mjs). One shared worker (node:worker_threads) hashes every blob; it is fed copies of the chunks
 * (the originals still go to the decompressor), holds the process open only while a hash is pending, and falls
 * back to hashing in this thread when a worker cannot be started.
 */
import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const jobs = new Map();
parentPort.on('message', (m) => {
  if (m.t === 'd') {
    let h = jobs.get(m.id);
    if (!h) jobs.set(m.id, (h = createHash('sha256')));
    h.update(new Uint8Array(m.b));
  } else if (m.t === 'e') {
    const h = jobs.get(m.id) ?? createHash('sha256');
    jobs.delete(m.id);
    parentPort.postMessage({ id: m.id, hex: h.digest('hex') });
  } else if (m.t === 'x') jobs.delete(m.id);
});
`;

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const pending = new Map<number, { resolve: (hex: string) => void; reject: (e: Error) => void }>();
let open = 0;

function getWorker(): Worker | undefined {
  if (broken) return undefined;
  if (worker) return worker;
  try {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.unref();
    w.on('message', (m: { id: number; hex: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      p.resolve(m.hex);
      release();
    });
    const die = (e: Error) => {
      broken = true;
      worker = undefined;
      for (const [, p] of pending) p.reject(e);
      pending.clear();
      open = 0;
    };
    w.on('error', die);
    w.on('exit', () => die(new Error('the hash worker exited')));
    worker = w;
    return w;
  } catch {
    broken = true;
    return undefined;
  }
}

function hold(): void {
  if (open++ === 0) worker?.ref();
}
function release(): void {
  if (open > 0 && --open === 0) worker?.unref();
}

/** A running sha256 of one blob. */
export interface BlobHash {
  update(chunk: Buffer): void;
  /** The hex digest of every byte given. */
  digest(): Promise<string>;
  /** Forget the hash (the read failed). */
  abort(): void;
}

export function blobHash(): BlobHash {
  const w = getWorker();
  if (!w) return localHash(createHash('sha256'));
  const id = nextId++;
  let ended = false;
  hold();
  return {
    update(chunk) {
      // A copy: the chunk itself is still being inflated on this side.
      const copy = new Uint8Array(chunk.length);
      copy.set(chunk);
      w.postMessage({ t: 'd', id, b: copy.buffer }, [copy.buffer]);
    },
    digest() {
      ended = true;
      return new Promise<string>((resolve, reject) => {
        if (worker !== w) return reject(new Error('the hash worker stopped'));
        pending.set(id, { resolve, reject });
        w.postMessage({ t: 'e', id });
      });
    },
    abort() {
      if (ended) return;
      ended = true;
      w.postMessage({ t: 'x', id });
      release();
    },
  };
}

function localHash(h: Hash): BlobHash {
  return {
    update: (c) => void h.update(c),
    digest: async () => h.digest('hex'),
    abort: () => undefined,
  };
}
