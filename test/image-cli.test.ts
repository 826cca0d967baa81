/**
 * Images through the built CLI, end to end (`node bin/lint-lambda-image.js`, a child process): every archive and
 * layout of ../shared/fixtures/external, the options that pick an image (--image, --platform), a gzip-compressed
 * docker save, stdin, --dockerfile, OCI layout directories and hostile archives.
 *
 * Image-evidence rules are still landing, so these tests hold whatever the findings are: exit codes, the one-line
 * errors, the report's structure (schema/report.schema.json) and the image facts. Rule-specific expectations live
 * in test/rules/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintImage } from '../src/linter/lint.js';
import { defineRule } from '../src/engine/rule-kit.js';
import { assertBuilt, cli, lines, ROOT, type CliResult } from './helpers/cli.js';
import { reportErrors } from './helpers/report-schema.js';
import { buildImage, type BuildImageOptions } from './image-kit.js';
import { describeExternal, EXTERNAL, haveExternal } from './helpers/external.js';

const EXT = EXTERNAL;
const NOW = '2026-11-27';

/** The archive of a fixture, or the fixture directory itself when it is an OCI layout. */
function fixture(name: string): string {
  const dir = join(EXT, name);
  const ents = readdirSync(dir);
  if (ents.includes('index.json') || ents.includes('blobs')) return dir;
  return join(dir, ents.find((e) => !e.endsWith('.md'))!);
}

type Format = 'docker-archive' | 'docker-oci-archive' | 'oci-archive' | 'oci-dir';
/** What the image facts must say: format, platform, layer count (SOURCES.md and the fixtures' own manifests). */
const GOOD: Record<string, [Format, string, number]> = {
  'cimage-almostempty': ['docker-archive', 'linux/amd64', 1],
  'cst-no-layers': ['docker-archive', 'linux/arm64', 0],
  'dive-docker-save': ['docker-archive', 'linux/amd64', 14],
  'dive-kaniko': ['docker-archive', 'linux/amd64', 14],
  'dive-oci-estargz': ['oci-archive', 'linux/arm64', 1],
  'dive-oci-gzip': ['oci-archive', 'linux/arm64', 1],
  'dive-oci-uncompressed': ['oci-archive', 'linux/arm64', 1],
  'dive-oci-zstd': ['oci-archive', 'linux/arm64', 1],
  'dockle-scratch': ['docker-archive', 'linux/amd64', 1],
  'dockle-symbolic': ['docker-archive', 'linux/amd64', 9],
  'ggcr-bundle-two-images': ['docker-archive', 'linux/amd64', 1],
  'ggcr-docker25-hello-world': ['docker-oci-archive', 'linux/arm64', 1],
  'ggcr-empty-layer-history': ['docker-archive', 'linux/amd64', 1],
  'ggcr-layout-index': ['oci-dir', 'linux/amd64', 1],
  'ggcr-layout-one-image': ['oci-dir', 'linux/amd64', 1],
  'ggcr-overwritten-file': ['docker-archive', 'linux/amd64', 3],
  'ggcr-symlinked-layer': ['docker-archive', 'linux/amd64', 1],
  'ggcr-test-image-1': ['docker-archive', 'linux/amd64', 1],
  'ggcr-whiteout-dir': ['docker-archive', 'linux/amd64', 4],
  'ggcr-whiteout-image': ['docker-archive', 'linux/amd64', 3],
  'jib-docker-save-pax': ['docker-archive', 'linux/amd64', 2],
  'jib-image-lowercase-keys': ['docker-archive', 'linux/amd64', 2],
  'orasgo-containerd-dot-prefixed': ['docker-oci-archive', 'linux/amd64', 1],
  'orasgo-containerd-hello-world': ['docker-oci-archive', 'linux/amd64', 1],
  'regclient-testrepo': ['oci-dir', 'linux/amd64', 1],
  'snyk-containerd-attestation': ['docker-oci-archive', 'linux/arm64', 1],
  'snyk-containerd-busybox-armv7': ['docker-oci-archive', 'linux/arm/v7', 1],
  'snyk-docker25-busybox-armv7': ['docker-oci-archive', 'linux/arm/v7', 1],
  'snyk-docker25-hello-world': ['docker-oci-archive', 'linux/amd64', 1],
  'snyk-gemfile-no-repotags': ['docker-archive', 'linux/amd64', 1],
  'snyk-kaniko-busybox': ['docker-archive', 'linux/amd64', 1],
  'snyk-nginx-buildinfo-gz': ['docker-archive', 'linux/amd64', 1],
  'snyk-nginx-os-release-link': ['docker-archive', 'linux/amd64', 1],
  'snyk-oci-busybox': ['oci-archive', 'linux/amd64', 1],
  'snyk-skopeo-multi-layer-opaque': ['docker-archive', 'linux/amd64', 2],
  'snyk-skopeo-oci-whiteouts': ['oci-archive', 'linux/amd64', 3],
  'stereoscope-multiplatform-dir': ['oci-dir', 'linux/amd64', 1],
  'stereoscope-oci-dir': ['oci-dir', 'linux/amd64', 1],
  'stereoscope-oci-tar': ['oci-archive', 'linux/amd64', 1],
  'trivy-alpine310-gz': ['docker-archive', 'linux/amd64', 1],
  'trivy-oci-dir': ['oci-dir', 'linux/amd64', 1],
  'trivy-oci-dir-tagged': ['oci-dir', 'linux/amd64', 1],
};

/** Broken on purpose (SOURCES.md "Negative / malformed"): the problem the one stderr line must name. */
const BROKEN: Record<string, RegExp> = {
  'cimage-layout-duplicate-ref': /^layer 1 of 1 \(sha256:[0-9a-f]{12}\) is not a tar archive/,
  'cimage-layout-multiple-images': /is not a tar archive/,
  'cimage-layout-shared-blobs': /^manifest sha256:eaa95f3cfaac is missing from the archive/,
  'ggcr-layout-helm-artifact': /is an OCI artifact \(application\/vnd\.cncf\.helm\.config\.v1\+json\), not a container image/,
  'ggcr-no-manifest': /legacy docker save archive without manifest\.json/,
  'ggcr-null-manifest': /manifest\.json lists no images \(null\)/,
  'regclient-layer-whiteouts': /is not a container image: no manifest\.json or index\.json/,
  'snyk-not-an-image': /is not a container image: no manifest\.json or index\.json \(found notes\.txt, readme\.txt\)/,
  'snyk-oci-appledouble-broken-gz': /layer 2 of 4 \(sha256:bc38caa0f5b9\) is missing/,
  'snyk-oci-nginx-broken-gz': /manifest sha256:e26d615025f5 does not match its digest/,
  // Their layer blobs were edited after the digests were computed: refused, as a registry would.
  'snyk-oci-alpine-gz': /^layer 1 of 1 \(sha256:df20fa9351a1\) does not match its digest/,
  'snyk-skopeo-centos6-gz': /^layer 1 of 1 \(sha256:af6bf1987c2e\) does not match its digest/,
  'stereoscope-bad-empty-blob': /does not match its digest \(content is empty\)/,
  'stereoscope-bad-index-is-manifest': /index\.json holds an image manifest, not an OCI index/,
  'trivy-oci-bad-index-json': /index\.json .*is not valid JSON/,
  'trivy-oci-bad-mediatype': /lists no container image manifest \(found application\/badmedia\+json\)/,
};

interface ImageFacts {
  format: Format;
  ref: string | null;
  platform: string;
  index: { platforms: string[]; attestations: number } | null;
  compressedBytes: number;
  uncompressedBytes: number;
  wastedBytes: number;
  files: number;
  layers: { index: number; compression: string; uncompressedBytes: number; createdBy: string | null }[];
  largest: { path: string; bytes: number; layer: number }[];
}
interface Target {
  file: string;
  kind: string;
  findings: { code: string; severity: string; source: string; layer?: number; location: { file: string; line: number } }[];
  estimates: unknown;
  image?: ImageFacts;
}
interface Report {
  targets: Target[];
  errors: { file: string; message: string }[];
}

/** Runs the CLI with --format json; the report must be valid against the schema whatever the exit code. */
function json(args: string[], options: Parameters<typeof cli>[1] = {}): CliResult & { report: Report; ms: number } {
  const t0 = Date.now();
  const r = cli(['--format', 'json', '--now', NOW, ...args], options);
  const ms = Date.now() - t0;
  let report: Report;
  try {
    report = JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 200)}\n${r.stderr}`);
  }
  expect(reportErrors(report)).toEqual([]);
  return { ...r, report, ms };
}

/** Exit 0 or 1, and 1 exactly when an error-severity finding is present (the default threshold). */
function expectLinted(r: CliResult & { report: Report }): void {
  expect(r.stderr).toBe('');
  const errors = r.report.targets.flatMap((t) => t.findings).filter((f) => f.severity === 'error');
  expect(r.status).toBe(errors.length ? 1 : 0);
  expect(r.report.errors).toEqual([]);
}

/** Exactly one stderr line, naming the file and the problem, and no stack trace. */
function expectOneLine(stderr: string, file: string, problem: RegExp): void {
  const l = lines(stderr);
  expect(l, stderr).toHaveLength(1);
  const prefix = `lint-lambda-image: ${file}: `;
  expect(l[0].startsWith(prefix), l[0]).toBe(true);
  expect(l[0].slice(prefix.length)).toMatch(problem);
  expect(stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

let tmp = '';
beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'lli-image-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function write(rel: string, body: string | Buffer): string {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, body);
  return p;
}

describeExternal('every external fixture', () => {
  it('is covered here, as readable or as broken on purpose', () => {
    const dirs = readdirSync(EXT).filter((d) => statSync(join(EXT, d)).isDirectory());
    expect(dirs.filter((d) => !(d in GOOD) && !(d in BROKEN))).toEqual([]);
    expect(Object.keys(GOOD).filter((d) => d in BROKEN)).toEqual([]);
  });

  for (const [name, [format, platform, layers]] of Object.entries(GOOD)) {
    it(`${name}: exit 0/1, a valid report with the right image facts`, () => {
      const input = fixture(name);
      const r = json([input]);
      expectLinted(r);
      expect(r.report.targets).toHaveLength(1);
      const t = r.report.targets[0];
      expect(t).toMatchObject({ file: input, kind: 'image' });
      const img = t.image!;
      expect(img.format).toBe(format);
      expect(img.platform).toBe(platform);
      expect(img.layers).toHaveLength(layers);
      expect(img.layers.map((l) => l.index)).toEqual(Array.from({ length: layers }, (_, i) => i));
      if (layers > 0) {
        expect(img.uncompressedBytes).toBeGreaterThan(0);
        expect(img.compressedBytes).toBeGreaterThan(0);
      } else expect(img.uncompressedBytes).toBe(0);
      expect(img.uncompressedBytes).toBe(img.layers.reduce((a, l) => a + l.uncompressedBytes, 0));
      expect(img.wastedBytes).toBeGreaterThanOrEqual(0);
      expect(img.largest.length).toBeLessThanOrEqual(10);
      // Without --dockerfile every finding points at the image itself (line 1), never at a made-up Dockerfile.
      for (const f of t.findings) expect(f.location).toMatchObject({ file: input, line: 1 });
    });
  }

  for (const [name, problem] of Object.entries(BROKEN)) {
    it(`${name}: exit 2, one stderr line naming the file and the problem; a good input on the same command line is still linted`, () => {
      const bad = fixture(name);
      const good = fixture('ggcr-test-image-1');
      const r = json([bad, good]);
      expect(r.status).toBe(2);
      expectOneLine(r.stderr, bad, problem);
      expect(r.report.errors).toHaveLength(1);
      expect(r.report.errors[0].file).toBe(bad);
      expect(r.report.errors[0].message).toMatch(problem);
      expect(r.report.targets.map((t) => t.file)).toEqual([good]);
      expect(r.report.targets[0].image?.format).toBe('docker-archive');
    });
  }

  it('the stylish format gives the same single line, and still shows the good image', () => {
    const bad = fixture('trivy-oci-bad-index-json');
    const good = fixture('dive-oci-gzip');
    const r = cli(['--no-color', good, bad]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, bad, BROKEN['trivy-oci-bad-index-json']);
    expect(r.stdout).toContain(good);
    expect(r.stdout).toMatch(/Image: OCI archive, linux\/arm64/);
    expect(r.stdout).toMatch(/1 could not be read/);
  });
});

describeExternal('picking an image', () => {
  const bundle = () => fixture('ggcr-bundle-two-images');
  it('--image NAME:TAG picks one of several images in an archive', () => {
    const one = json(['--image', 'test_image_1', bundle()]);
    expectLinted(one);
    expect(one.report.targets[0].image).toMatchObject({ ref: 'test_image_1', platform: 'linux/amd64' });
    expect(one.report.targets[0].image!.largest.map((p) => p.path).sort()).toEqual(['/bar', '/foo']);
    const two = json(['--image', 'test_image_2', bundle()]);
    expectLinted(two);
    expect(two.report.targets[0].image).toMatchObject({ ref: 'test_image_2' });
    expect(two.report.targets[0].image!.largest.map((p) => p.path).sort()).toEqual(['/bat', '/baz']);
  });
  it('--image with a name the archive does not hold: exit 2, one line listing the names it has', () => {
    const r = cli(['--image', 'nope:1', bundle()]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, bundle(), /has no image named nope:1 \(it has: test_image_2, test_image_1\)/);
  });
  it('--platform linux/arm64 picks that platform of a multi-platform layout', () => {
    const dir = fixture('stereoscope-multiplatform-dir');
    const def = json([dir]);
    expect(def.report.targets[0].image).toMatchObject({ platform: 'linux/amd64', index: { platforms: ['linux/amd64', 'linux/arm64'] } });
    const arm = json(['--platform', 'linux/arm64', dir]);
    expectLinted(arm);
    const img = arm.report.targets[0].image!;
    expect(img.platform).toBe('linux/arm64');
    expect(img.index?.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(img.largest.map((p) => p.path)).toContain('/linux/arm64/README.md');
  });
  it('--platform that the index does not list: exit 2, one line with the platforms it has', () => {
    const dir = fixture('stereoscope-multiplatform-dir');
    const r = cli(['--platform', 'linux/s390x', dir]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, dir, /has no image for platform linux\/s390x \(it has: linux\/amd64, linux\/arm64\)/);
  });
  it('an OCI layout directory (and the same layout with a tag)', () => {
    for (const name of ['trivy-oci-dir', 'trivy-oci-dir-tagged']) {
      const r = json([fixture(name)]);
      expectLinted(r);
      expect(r.report.targets[0].image).toMatchObject({ format: 'oci-dir', platform: 'linux/amd64' });
      expect(r.report.targets[0].image!.largest.map((p) => p.path)).toContain('/hello');
    }
    expect(json([fixture('trivy-oci-dir-tagged')]).report.targets[0].image!.ref).toBe('0.0.1');
  });
});

describeExternal('compressed archives and stdin', () => {
  it('docker save | gzip: the same image as the plain archive', () => {
    const plain = fixture('dive-docker-save');
    const gz = write('gz/fn.tar.gz', gzipSync(readFileSync(plain)));
    const a = json([plain]);
    const b = json([gz]);
    expectLinted(b);
    const { layers, uncompressedBytes, wastedBytes, files, largest, format, platform } = a.report.targets[0].image!;
    expect(b.report.targets[0].image).toMatchObject({ format, platform, uncompressedBytes, wastedBytes, files, largest, layers });
    expect(b.report.targets[0].image!.layers).toHaveLength(14);
  });
  it('stdin: docker save my-fn | lint-lambda-image - (plain and gzip)', () => {
    const tarball = readFileSync(fixture('ggcr-test-image-1'));
    const r = json(['-'], { input: tarball });
    expectLinted(r);
    expect(r.report.targets[0]).toMatchObject({ file: '<stdin>', kind: 'image' });
    expect(r.report.targets[0].image).toMatchObject({ format: 'docker-archive', ref: 'bazel/v1/tarball:test_image_1' });
    const g = json(['--stdin-filename', 'fn.tar.gz', '-'], { input: gzipSync(tarball) });
    expectLinted(g);
    expect(g.report.targets[0]).toMatchObject({ file: 'fn.tar.gz', kind: 'image' });
    expect(g.report.targets[0].image!.layers).toHaveLength(1);
  });
  it('stdin that is a broken archive: exit 2, one line', () => {
    const bytes = readFileSync(fixture('snyk-not-an-image'));
    const r = cli(['--format', 'json', '-'], { input: bytes });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, '<stdin>', /is not a container image/);
  });
});

describe('--dockerfile with an image', () => {
  const DOCKERFILE = [
    'FROM public.ecr.aws/lambda/python:3.12',
    'COPY app.py ${LAMBDA_TASK_ROOT}/',
    'RUN pip install requests -t ${LAMBDA_TASK_ROOT}',
    'CMD ["app.handler"]',
    '',
  ].join('\n');
  const IMAGE: BuildImageOptions = {
    config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task', Env: ['LAMBDA_TASK_ROOT=/var/task'] },
    layers: [
      { 'var/runtime/bootstrap': { body: '#!/bin/sh\n', mode: 0o755 }, 'lambda-entrypoint.sh': { body: '#!/bin/sh\n', mode: 0o755 } },
      { 'var/task/app.py': 'def handler(event, context):\n    return 1\n' },
      { 'var/task/requests/__init__.py': '# requests\n' },
    ],
    history: ['ADD base.tar /', 'COPY app.py /var/task/ # buildkit', 'RUN /bin/sh -c pip install requests -t /var/task # buildkit'],
  };

  it('end to end: exit 0/1, a valid report, Dockerfile findings on the Dockerfile, image facts kept', async () => {
    const img = write('df/fn.tar', await buildImage(IMAGE));
    const df = write('df/Dockerfile', DOCKERFILE);
    write('df/app.py', 'def handler(event, context):\n    return 1\n');
    const r = json(['--dockerfile', df, img]);
    expectLinted(r);
    const t = r.report.targets[0];
    expect(t).toMatchObject({ file: img, kind: 'image' });
    expect(t.image).toMatchObject({ format: 'docker-archive', ref: 'test/app:1', platform: 'linux/amd64' });
    expect(t.image!.layers).toHaveLength(3);
    // LL201 (always registered) judges the real FROM line: the Dockerfile evidence is there, on the Dockerfile.
    const fromFindings = t.findings.filter((f) => f.code === 'LL201');
    expect(fromFindings.length).toBeGreaterThan(0);
    for (const f of fromFindings) expect(f.location).toMatchObject({ file: df, line: 1 });
    for (const f of t.findings) {
      if (f.source === 'dockerfile') expect(f.location.file).toBe(df);
      // Image evidence on a layer that a Dockerfile instruction made lands on that instruction's line.
      if (f.layer === 1 && f.source === 'image-layer') expect(f.location).toMatchObject({ file: df, line: 2 });
      if (f.layer === 2 && f.source === 'image-layer') expect(f.location).toMatchObject({ file: df, line: 3 });
      if (f.layer === 0 && f.source === 'image-layer') expect(f.location).toMatchObject({ file: img, line: 1 });
    }
  });

  it('a --dockerfile that cannot be read: exit 2, one line naming it', async () => {
    const img = write('df2/fn.tar', await buildImage(IMAGE));
    const missing = join(tmp, 'df2', 'Nope.Dockerfile');
    const r = cli(['--dockerfile', missing, img]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, missing, /cannot read the --dockerfile \(ENOENT\)/);
  });

  it('mechanics: a finding on layer k maps to the Dockerfile line that made layer k (a stand-in rule)', async () => {
    const probe = defineRule({
      code: 'LL999',
      name: 'layer-probe',
      severity: 'warning',
      since: '0.1.0',
      docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
      messages: { onLayer: { text: 'probe on layer {{layer}}', fix: 'none' }, onConfig: { text: 'probe on config', fix: 'none' } },
      needs: { image: {} },
      create: (ctx: { report: (d: Record<string, unknown>) => void }) => ({
        image(image: { layers: { index: number }[] }) {
          for (const l of image.layers) ctx.report({ messageId: 'onLayer', data: { layer: String(l.index) }, source: 'image-layer', layer: l.index });
          ctx.report({ messageId: 'onConfig', source: 'image-config' });
        },
      }),
    } as unknown as Parameters<typeof defineRule>[0]);
    const img = await buildImage(IMAGE);
    const withDf = await lintImage(img, { file: 'fn.tar', rules: [probe], now: new Date(NOW), contextDir: null, dockerfile: { file: 'svc/Dockerfile', text: DOCKERFILE } });
    const at = (fs: typeof withDf.findings) => fs.map((f) => `${f.messageId}:${f.layer ?? '-'}@${f.location.file}:${f.location.line}`).sort();
    // Layer 0 is the base image's (no instruction in this Dockerfile), layer 1 the COPY (line 2), layer 2 the RUN (line 3).
    expect(at(withDf.findings)).toEqual(['onConfig:-@fn.tar:1', 'onLayer:0@fn.tar:1', 'onLayer:1@svc/Dockerfile:2', 'onLayer:2@svc/Dockerfile:3']);
    // Without a Dockerfile, image evidence stays on the image.
    const alone = await lintImage(img, { file: 'fn.tar', rules: [probe], now: new Date(NOW) });
    expect(at(alone.findings)).toEqual(['onConfig:-@fn.tar:1', 'onLayer:0@fn.tar:1', 'onLayer:1@fn.tar:1', 'onLayer:2@fn.tar:1']);
    // A Dockerfile with more layer-making instructions than the image has layers: no guessing, the image keeps them.
    const longer = `${DOCKERFILE}RUN echo 1\nRUN echo 2\nRUN echo 3\n`;
    const mismatch = await lintImage(img, { file: 'fn.tar', rules: [probe], now: new Date(NOW), contextDir: null, dockerfile: { file: 'svc/Dockerfile', text: longer } });
    expect(at(mismatch.findings).every((s) => s.endsWith('@fn.tar:1'))).toBe(true);
  });
});

/** A tar of the given members, built in memory. */
async function tarOf(entries: { name: string; body?: string | Buffer; type?: 'file' | 'symlink'; linkname?: string }[]): Promise<Buffer> {
  const p = tar.pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((res, rej) => {
    p.on('end', () => res());
    p.on('error', rej);
  });
  for (const e of entries) {
    if (e.type === 'symlink') (p.entry({ name: e.name, type: 'symlink', linkname: e.linkname }) as unknown as { end(): void }).end();
    else p.entry({ name: e.name, size: Buffer.byteLength(e.body ?? '') }, e.body ?? '');
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

describe('hostile inputs: one line, bounded time', () => {
  const BOUND_MS = 10_000;
  it('a truncated archive', async () => {
    const whole = await buildImage({ layers: [{ 'var/task/big.bin': Buffer.alloc(200_000, 3) }, { 'var/task/app.py': 'x = 1\n' }] });
    for (const cut of [100, 700, Math.floor(whole.length / 2), whole.length - 1500]) {
      const f = write(`trunc/cut-${cut}.tar`, whole.subarray(0, cut));
      const r = cli(['--format', 'json', f]);
      expect(r.status, `cut at ${cut}: ${r.stderr}`).toBe(2);
      expectOneLine(r.stderr, f, /./);
    }
    if (haveExternal) {
      const plain = readFileSync(fixture('dive-docker-save'));
      const f = write('trunc/dive-half.tar', plain.subarray(0, Math.floor(plain.length / 2)));
      const t0 = Date.now();
      const r = cli([f]);
      expect(Date.now() - t0).toBeLessThan(BOUND_MS);
      expect(r.status).toBe(2);
      expectOneLine(r.stderr, f, /./);
      const gz = gzipSync(plain);
      const g = write('trunc/dive-half.tar.gz', gz.subarray(0, Math.floor(gz.length / 2)));
      const rg = cli([g]);
      expect(rg.status).toBe(2);
      expectOneLine(rg.stderr, g, /truncated/);
    }
  });

  it('`../` names inside layers stay inside the image (normalised), nothing is written to disk', async () => {
    const outside = join(tmp, 'escape.txt');
    const img = write(
      'dotdot/fn.tar',
      await buildImage({
        layers: [{ '../../escape.txt': 'x'.repeat(3000), 'var/task/../../etc/sneaky.conf': 'y'.repeat(2000), 'var/task/app.py': 'x = 1\n' }],
      }),
    );
    const r = json([img]);
    expectLinted(r);
    expect(r.ms).toBeLessThan(BOUND_MS);
    const paths = r.report.targets[0].image!.largest.map((p) => p.path);
    expect(paths).toContain('/escape.txt');
    expect(paths).toContain('/etc/sneaky.conf');
    expect(paths.every((p) => p.startsWith('/') && !p.includes('..'))).toBe(true);
    expect(existsSync(outside)).toBe(false);
  });

  it('`../` names in the archive itself (manifest pointing outside): exit 2, one line, nothing outside is read', async () => {
    const cfg = JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: ['sha256:' + '0'.repeat(64)] }, history: [] });
    const evil = await tarOf([
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'config.json', RepoTags: ['evil:1'], Layers: ['../../../../../../etc/passwd'] }]) },
      { name: 'config.json', body: cfg },
      { name: '../../outside.txt', body: 'should never be written' },
    ]);
    const f = write('dotdot/evil.tar', evil);
    const r = cli([f]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, f, /^layer 1 of 1 \(sha256:0{12}\) is missing from the archive$/);
    expect(r.stderr).not.toMatch(/root:x:0:0/);
    expect(existsSync(join(tmp, '..', 'outside.txt'))).toBe(false);
  });

  it('a layer symlinked out of the archive, and random bytes, empty file, missing path', async () => {
    const cfg = JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: ['sha256:' + '0'.repeat(64)] }, history: [] });
    const evil = await tarOf([
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'config.json', RepoTags: ['evil:1'], Layers: ['l/layer.tar'] }]) },
      { name: 'config.json', body: cfg },
      { name: 'l/layer.tar', type: 'symlink', linkname: '../../../../../../etc/passwd' },
    ]);
    const cases = [write('misc/link.tar', evil), write('misc/random.tar', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251))), write('misc/empty.tar', ''), join(tmp, 'misc', 'missing.tar')];
    for (const f of cases) {
      const t0 = Date.now();
      const r = cli([f]);
      expect(Date.now() - t0).toBeLessThan(BOUND_MS);
      expect(r.status, `${f}: ${r.stderr}`).toBe(2);
      expectOneLine(r.stderr, f, /./);
      expect(r.stderr).not.toMatch(/root:x:0:0/);
    }
  });
});
