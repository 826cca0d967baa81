/**
 * Shared in-memory image builder for rule tests: `buildImage` packs a docker-archive (classic `docker save`
 * layout) with tar-stream, `lintImageCase` lints it with one rule. Nothing touches the disk.
 *
 *   const img = await buildImage({
 *     config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' },
 *     layers: [{ 'var/task/app.py': 'def handler(e, c): pass\n', 'var/task/x': { body: 'x', mode: 0o600, uid: 1000 } },
 *              { 'var/task/.wh.x': '' }],
 *   });
 *   const { findings } = await lintImageCase(rule, img, { dockerfile: 'FROM ...' });
 */
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { type ImageLintResult } from '../src/engine/image-runner.js';
import { lintImage } from '../src/linter/lint.js';
import type { Config } from '../src/engine/config.js';
import type { Rule } from '../src/engine/rule-kit.js';
import type { Finding } from '../src/core/types.js';
import { checkSkipped } from './kit.js';

/** A layer entry: a string/Buffer is a regular file (mode 0644, uid 0), an object says more. */
export type ImageEntry =
  | string
  | Buffer
  | {
      body?: string | Buffer;
      /** default 0o644 for files, 0o755 for dirs and symlinks */
      mode?: number;
      uid?: number;
      gid?: number;
      /** default 'file'; names ending in '/' are directories */
      type?: 'file' | 'dir' | 'symlink' | 'hardlink';
      /** symlink target, or the hardlink's target path (relative to /, no leading slash) */
      linkname?: string;
    };

/** Layer: path (relative or absolute; a leading '/' is dropped) -> entry. Whiteouts are plain files named `.wh.<name>`. */
export type ImageLayer = Record<string, ImageEntry>;

export interface BuildImageOptions {
  /** Container config (Entrypoint, Cmd, WorkingDir, Env, User, ...). */
  config?: Record<string, unknown>;
  /** default 'amd64' */
  architecture?: string;
  /** default 'linux' */
  os?: string;
  layers: ImageLayer[];
  /** created_by per layer (strings), or full history entries; default `RUN layer <i>` per layer */
  history?: (string | { created_by?: string; empty_layer?: boolean; comment?: string })[];
  /** RepoTags; default ['test/app:1'] */
  tags?: string[];
  /** Extra top-level fields of the image config JSON */
  extra?: Record<string, unknown>;
}

export interface TarEnt {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'link';
  body?: Buffer;
  linkname?: string;
  mode: number;
  uid: number;
  gid: number;
}

/** A tar built in memory with tar-stream (mtime 0, so the same entries give the same bytes). */
export async function packTar(entries: TarEnt[]): Promise<Buffer> {
  const p = tar.pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', () => resolve());
    p.on('error', reject);
  });
  for (const e of entries) {
    const h = { name: e.name, type: e.type, linkname: e.linkname, mode: e.mode, uid: e.uid, gid: e.gid, size: e.body?.length ?? 0, mtime: new Date(0) };
    if (e.type === 'file') p.entry(h, e.body ?? Buffer.alloc(0));
    else (p.entry(h) as unknown as { end(): void }).end();
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');

function layerEntries(layer: ImageLayer): TarEnt[] {
  const out: TarEnt[] = [];
  for (const [rawName, v] of Object.entries(layer)) {
    const name = rawName.replace(/^\/+/, '');
    const o = typeof v === 'string' || Buffer.isBuffer(v) ? { body: v } : v;
    const isDir = o.type === 'dir' || (o.type === undefined && name.endsWith('/'));
    const type: TarEnt['type'] = isDir ? 'directory' : o.type === 'symlink' ? 'symlink' : o.type === 'hardlink' ? 'link' : 'file';
    const body = type === 'file' ? (typeof o.body === 'string' ? Buffer.from(o.body) : o.body ?? Buffer.alloc(0)) : undefined;
    out.push({
      name: isDir && !name.endsWith('/') ? name + '/' : name,
      type,
      body,
      linkname: o.linkname,
      mode: o.mode ?? (type === 'directory' || type === 'symlink' ? 0o755 : 0o644),
      uid: o.uid ?? 0,
      gid: o.gid ?? 0,
    });
  }
  return out;
}

/** Builds a docker-archive tar (classic `docker save` layout: manifest.json, <sha>.json config, <n>/layer.tar). */
export async function buildImage(opts: BuildImageOptions): Promise<Buffer> {
  const layerTars = await Promise.all(opts.layers.map((l) => packTar(layerEntries(l))));
  const history = opts.history
    ? opts.history.map((h) => (typeof h === 'string' ? { created_by: h } : h))
    : layerTars.map((_, i) => ({ created_by: `RUN layer ${i}` }));
  const cfg = Buffer.from(
    JSON.stringify({
      architecture: opts.architecture ?? 'amd64',
      os: opts.os ?? 'linux',
      config: opts.config ?? {},
      rootfs: { type: 'layers', diff_ids: layerTars.map(sha) },
      history,
      ...opts.extra,
    }),
  );
  const cfgName = sha(cfg).slice(7) + '.json';
  const layerNames = layerTars.map((_, i) => `${i}/layer.tar`);
  const ents: TarEnt[] = [
    { name: 'manifest.json', type: 'file', mode: 0o644, uid: 0, gid: 0, body: Buffer.from(JSON.stringify([{ Config: cfgName, RepoTags: opts.tags ?? ['test/app:1'], Layers: layerNames }])) },
    { name: cfgName, type: 'file', mode: 0o644, uid: 0, gid: 0, body: cfg },
  ];
  layerTars.forEach((b, i) => {
    ents.push({ name: `${i}/`, type: 'directory', mode: 0o755, uid: 0, gid: 0 });
    ents.push({ name: layerNames[i], type: 'file', mode: 0o644, uid: 0, gid: 0, body: b });
  });
  return packTar(ents);
}

export interface LintImageCaseOptions {
  /** Dockerfile text: lints in 'image' mode (Dockerfile + image); without it, 'history' mode. */
  dockerfile?: string;
  /** Dockerfile path shown in findings (default /tmp/image-kit/Dockerfile; no build context is read). */
  dockerfileFile?: string;
  now?: Date;
  buildArgs?: Record<string, string>;
  target?: string;
  config?: Config;
  /** The rule is expected to be skipped (a fact it needs has no source here), with a reason matching this. */
  skipped?: RegExp;
}

export interface ImageCaseResult extends ImageLintResult {
  /** Findings of the rule under test only */
  findings: Finding[];
  messageIds: string[];
}

/** Lints an image buffer with only `rule` enabled, now = 2026-11-27. */
export async function lintImageCase(rule: Rule, image: Buffer, opts: LintImageCaseOptions = {}): Promise<ImageCaseResult> {
  const file = opts.dockerfileFile ?? '/tmp/image-kit/Dockerfile';
  const res = await lintImage(image, {
    file: 'image.tar',
    rules: [rule],
    now: opts.now ?? new Date('2026-11-27'),
    buildArgs: opts.buildArgs,
    target: opts.target,
    config: opts.config,
    contextDir: null,
    dockerfile: opts.dockerfile !== undefined ? { file, text: opts.dockerfile } : undefined,
  });
  if (res.ruleErrors.length) throw new Error(`${rule.code} threw: ${res.ruleErrors[0].message}`);
  checkSkipped(rule, res.skipped, opts.skipped);
  const findings = res.findings.filter((f) => f.code === rule.code);
  return { ...res, findings, messageIds: findings.map((f) => f.messageId) };
}

/** Minimal ELF header (64 bytes) for e_machine: 62 = x86_64, 183 = aarch64. */
export function elf(machine: 62 | 183 | number = 62, extra = 64): Buffer {
  const b = Buffer.alloc(64 + extra);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = 2; // 64-bit
  b[5] = 1; // little endian
  b[6] = 1;
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(machine, 18);
  b.writeUInt32LE(1, 20);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Table-driven image tests (like test/kit.ts ruleTester, for image evidence).

export interface ImageCase {
  name: string;
  /** The image: built by buildImage, or any archive the case makes itself (e.g. an OCI index). */
  image: BuildImageOptions | (() => Promise<Buffer>);
  config?: Config;
  /** With a Dockerfile: 'image' mode; without: 'history' mode. */
  dockerfile?: string;
  now?: string;
  /** The rule is expected to be skipped, with a reason matching this. */
  skipped?: RegExp;
}

export interface InvalidImageCase extends ImageCase {
  errors: { messageId: string; severity?: 'error' | 'warning' | 'info'; message?: RegExp; layer?: number; line?: number }[];
}

/** The rule's messages that report image evidence (`evidence: 'image'` in the rule's metadata). */
export function imageMessages(rule: Rule): string[] {
  return Object.entries(rule.messages)
    .filter(([, m]) => m.evidence === 'image')
    .map(([id]) => id);
}

/**
 * `imageRuleTester(rule, { valid, invalid }, { messages })`: at least 6 valid and 6 invalid image cases; every id in
 * `messages` (default: the rule's image-evidence messages) must be exercised by an invalid case. Findings are
 * compared in order of messageId (the runner's sort).
 */
export function imageRuleTester(rule: Rule, table: { valid: ImageCase[]; invalid: InvalidImageCase[] }, opts: { messages?: string[] } = {}): void {
  describe(`${rule.code} ${rule.name} (image)`, () => {
    it('has a complete image table', () => {
      expect(table.valid.length, 'valid image cases').toBeGreaterThanOrEqual(6);
      expect(table.invalid.length, 'invalid image cases').toBeGreaterThanOrEqual(6);
      const names = [...table.valid, ...table.invalid].map((c) => c.name);
      expect(new Set(names).size, 'case names are unique').toBe(names.length);
      const used = new Set(table.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      for (const id of opts.messages ?? imageMessages(rule)) expect(used.has(id), `message ${id} is exercised by an invalid image case`).toBe(true);
    });
    const run = async (c: ImageCase) =>
      lintImageCase(rule, typeof c.image === 'function' ? await c.image() : await buildImage(c.image), { dockerfile: c.dockerfile, config: c.config, now: c.now ? new Date(c.now) : undefined, skipped: c.skipped });
    for (const c of table.valid) {
      it(`valid image: ${c.name}`, async () => {
        const { findings } = await run(c);
        expect(findings.map((f) => `${f.messageId}@${f.location.line}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid image: ${c.name}`, async () => {
        const { findings } = await run(c);
        const got = findings.map((f) => ({ messageId: f.messageId, severity: f.severity, message: f.message, layer: f.layer, line: f.location.line }));
        expect(got.map((g) => g.messageId), JSON.stringify(got, null, 1)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          if (e.severity !== undefined) expect(got[i].severity, `${e.messageId} severity`).toBe(e.severity);
          if (e.message !== undefined) expect(got[i].message).toMatch(e.message);
          if (e.layer !== undefined) expect(got[i].layer, `${e.messageId} layer`).toBe(e.layer);
          if (e.line !== undefined) expect(got[i].line, `${e.messageId} line`).toBe(e.line);
          expect(findings[i].fix ?? '', `${e.messageId} has a fix`).not.toBe('');
        });
      });
    }
  });
}

