/** The merged filesystem: layers applied in order with whiteouts and opaque directories; deletions recorded. */
import path from 'node:path';
import type { LayerRecord } from './layer.js';
import type { FsEntry, RemovedEntry, ResolveResult } from './types.js';

export class MergedFs {
  readonly entries = new Map<string, FsEntry>();
  readonly removed: RemovedEntry[] = [];
  private children = new Map<string, Set<string>>();

  constructor() {
    this.entries.set('/', { path: '/', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: -1, implicit: true });
  }

  private link(p: string): void {
    const parent = path.posix.dirname(p);
    let set = this.children.get(parent);
    if (!set) this.children.set(parent, (set = new Set()));
    set.add(p);
  }

  /** Creates the missing directories above p, outermost first; iterative, so a path of any depth is fine. */
  private ensureParents(p: string, layer: number): void {
    const missing: string[] = [];
    for (let parent = path.posix.dirname(p); parent !== p && !this.entries.has(parent); p = parent, parent = path.posix.dirname(p)) missing.push(parent);
    for (let i = missing.length - 1; i >= 0; i--) {
      this.entries.set(missing[i], { path: missing[i], type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer, implicit: true });
      this.link(missing[i]);
    }
  }

  /** Remove p and everything below it, recording non-directories (children before parents; no recursion). */
  private removeTree(p: string, layer: number, reason: RemovedEntry['reason']): void {
    if (!this.entries.has(p)) return;
    this.children.get(path.posix.dirname(p))?.delete(p);
    // Depth-first, last child first; removed in reverse: post-order, children in order, as the recursion was.
    const order: string[] = [];
    for (const stack = [p]; stack.length > 0; ) {
      const q = stack.pop()!;
      order.push(q);
      const kids = this.children.get(q);
      if (kids) for (const k of kids) stack.push(k);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const q = order[i];
      const e = this.entries.get(q);
      this.children.delete(q);
      if (!e) continue;
      this.entries.delete(q);
      this.record(e, layer, reason);
    }
  }

  private record(e: FsEntry, layer: number, reason: RemovedEntry['reason']): void {
    if (e.type === 'dir') return;
    if (e.body) e.body.status = reason === 'overwritten' ? 'overwritten' : 'deleted';
    this.removed.push({ path: e.path, type: e.type, size: e.size, layerAdded: e.layer, layerRemoved: layer, reason, body: e.body });
  }

  applyLayer(layer: number, records: LayerRecord[]): void {
    // whiteouts apply to lower layers only: handle them before adding this layer's entries
    for (const r of records) {
      if (r.whiteout === 'file') this.removeTree(r.path, layer, 'whiteout');
      else if (r.whiteout === 'opaque') {
        const kids = this.children.get(r.path);
        if (kids) for (const k of [...kids]) this.removeTree(k, layer, 'opaque');
      }
    }
    for (const r of records) {
      if (r.whiteout) {
        if (r.whiteout === 'opaque' && !this.entries.has(r.path)) {
          this.ensureParents(r.path, layer);
          this.entries.set(r.path, { path: r.path, type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer, implicit: true });
          this.link(r.path);
        }
        continue;
      }
      const old = this.entries.get(r.path);
      if (old) {
        if (old.type === 'dir' && r.type === 'dir') {
          old.mode = r.mode;
          old.uid = r.uid;
          old.gid = r.gid;
          old.layer = layer;
          old.implicit = undefined;
          continue;
        }
        if (old.type === 'dir') this.removeTree(r.path, layer, 'replaced-dir');
        else this.record(old, layer, 'overwritten');
      } else this.ensureParents(r.path, layer);
      const e: FsEntry = { path: r.path, type: r.type, mode: r.mode, uid: r.uid, gid: r.gid, size: r.size, layer };
      if (r.linkname !== undefined) e.linkname = r.linkname;
      if (r.body) e.body = r.body;
      this.entries.set(r.path, e);
      if (!old) this.link(r.path);
      else if (old.type === 'dir') this.link(r.path);
    }
  }

  /** Resolve a path inside the image, following symlinks (ELOOP after 40 hops, like Linux). */
  resolve(p: string, followLast = true): ResolveResult {
    const queue = p.split('/').filter((s) => s !== '' && s !== '.');
    let cur = '/';
    let hops = 0;
    while (queue.length) {
      const name = queue.shift()!;
      if (name === '..') {
        cur = path.posix.dirname(cur);
        continue;
      }
      const next = cur === '/' ? '/' + name : cur + '/' + name;
      const e = this.entries.get(next);
      if (!e) return { ok: false, error: 'not-found', path: next };
      if (e.type === 'symlink' && (queue.length > 0 || followLast)) {
        if (++hops > 40) return { ok: false, error: 'loop', path: p };
        const target = e.linkname ?? '';
        if (target.startsWith('/')) cur = '/';
        queue.unshift(...target.split('/').filter((s) => s !== '' && s !== '.'));
        continue;
      }
      if (queue.length > 0 && e.type !== 'dir') return { ok: false, error: 'not-dir', path: next };
      cur = next;
    }
    return { ok: true, path: cur, entry: this.entries.get(cur)!, hops };
  }
}
