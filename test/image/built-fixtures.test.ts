/**
 * Fixture images built by real tools (fixtures/images/build.sh: buildah, umoci, skopeo, offline) read with readImage:
 * the facts each fixtures/images/README.md entry relies on. Reader-level only; rule-level tests use the same images.
 * The tools are installed by .ci/system-deps-images (called from .ci/run); a missing tool fails the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImage, type BodyNeed, type ImageModel } from '../../src/image/index.js';
import { historyLines } from '../../src/image/history.js';
import { contentScan } from '../../src/engine/image-runner.js';
import secretRule from '../../rules/LL202-secret-baked.js';
import { cli } from '../helpers/cli.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(repo, 'fixtures/images/build.sh');
let out = '';
let buildSeconds = 0;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'lli-built-fixtures-'));
  const t0 = Date.now();
  const r = spawnSync('bash', [BUILD, out], { encoding: 'utf8', timeout: 290_000 });
  buildSeconds = (Date.now() - t0) / 1000;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
    const hint = r.status === 127
      ? 'the image tools are missing: run .ci/system-deps-images (installs buildah, umoci, skopeo, zstd, gcc, jq)'
      : 'see the output below; the tools come from .ci/system-deps-images';
    throw new Error(`fixtures/images/build.sh failed (${why}): ${hint}\n${(r.stderr ?? '').slice(-4000)}\n${(r.stdout ?? '').slice(-2000)}`);
  }
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const ELF_PATHS = ['/var/runtime/bootstrap', '/usr/local/bin/python', '/usr/local/bin/node', '/usr/bin/gcc'];
const needs: BodyNeed[] = [
  { paths: ELF_PATHS, maxBytes: 64 },
  { paths: ['/var/task/app.py', '/var/task/index.mjs', '/usr/local/bin/npx', '/var/task/.env', '/root/.ssh/id_rsa'], maxBytes: 4096 },
  { globs: ['/var/task/node_modules/*/package.json'], maxBytes: 8192 },
];
const read = (name: string, platform?: string) => readImage(path.join(out, name), { needs, platform });

const EM_X86_64 = 62;
const EM_AARCH64 = 183;
/** e_machine of an ELF64 little-endian body (bytes 18-19), or undefined when it is not an ELF. */
function eMachine(m: ImageModel, p: string): number | undefined {
  const b = m.body(p)?.data;
  if (!b || b.length < 20 || b.readUInt32BE(0) !== 0x7f454c46) return undefined;
  expect(b[4], `${p}: ELFCLASS64`).toBe(2);
  expect(b[5], `${p}: little-endian`).toBe(1);
  return b.readUInt16LE(18);
}
const text = (m: ImageModel, p: string) => m.body(p)?.data.toString('utf8') ?? '';
const file = (m: ImageModel, p: string) => {
  const e = m.files.get(p);
  expect(e, `${p} in the merged filesystem`).toBeDefined();
  return e!;
};
/** Sum of regular-file sizes under a prefix. */
const bytesUnder = (m: ImageModel, prefix: string) =>
  [...m.files.values()].filter((e) => e.type === 'file' && e.path.startsWith(prefix)).reduce((a, e) => a + e.size, 0);
function duBytes(p: string): number {
  const st = fs.lstatSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((a, n) => a + duBytes(path.join(p, n)), 0);
}

const PY_ENTRY = ['/usr/local/bin/python', '-m', 'awslambdaric'];
function pythonOk(m: ImageModel, layers = 1): void {
  expect(m.config).toMatchObject({ os: 'linux', architecture: 'amd64', Entrypoint: PY_ENTRY, Cmd: ['app.handler'], WorkingDir: '/var/task' });
  expect(m.index.isIndex).toBe(false);
  expect(file(m, '/var/task/app.py')).toMatchObject({ type: 'file', mode: 0o644, uid: 0 });
  expect(text(m, '/var/task/app.py')).toMatch(/^def handler\(event, context\):/m);
  for (const p of ['awslambdaric/__init__.py', 'awslambdaric/__main__.py', 'awslambdaric/bootstrap.py', 'awslambdaric-3.0.0.dist-info/METADATA']) {
    expect(file(m, `/var/task/${p}`)).toMatchObject({ type: 'file', mode: 0o644 });
  }
  expect(file(m, '/var/task/awslambdaric')).toMatchObject({ type: 'dir', mode: 0o755 });
  expect(file(m, '/usr/local/bin/python')).toMatchObject({ type: 'file', mode: 0o755, uid: 0 });
  expect(eMachine(m, '/usr/local/bin/python')).toBe(EM_X86_64);
  expect(m.layers).toHaveLength(layers);
}

describe('fixtures/images/build.sh', () => {
  it('builds every image, each under 2 MB, in well under 2 minutes', () => {
    const names = fs.readdirSync(out).filter((n) => !n.startsWith('.')).sort();
    expect(names).toEqual([
      'big-wasted.oci', 'broken-perms.docker.tar', 'cache-leftover.oci', 'history-layers.docker.tar', 'multi-arch.oci', 'multi-arch.oci.tar',
      'node-ric.docker.tar', 'node-ric.oci', 'provided-bootstrap.oci.tar', 'python-ok-mislabelled.oci', 'python-ok-uncompressed.oci',
      'python-ok-zstd.oci', 'python-ok.docker.tar', 'python-ok.oci', 'python-ok.oci.tar', 'secret-deleted.docker.tar', 'secret-deleted.oci',
      'wrong-arch.oci',
    ]);
    for (const n of names) expect(duBytes(path.join(out, n)), n).toBeLessThan(2 * 1024 * 1024);
    expect(buildSeconds).toBeLessThan(120);
  });
});

describe('python-ok', () => {
  it('docker-archive: classic layout, uncompressed layer, tag', async () => {
    const m = await read('python-ok.docker.tar');
    expect(m.format).toBe('docker-archive');
    expect(m.refs).toContain('localhost/lambda-fixtures/python-ok:1');
    expect(m.layers[0].compression).toBe('none');
    expect(m.warnings).toEqual([]);
    pythonOk(m);
  });
  it('OCI directory: gzip layer', async () => {
    const m = await read('python-ok.oci');
    expect(m.format).toBe('oci-dir');
    expect(m.layers[0]).toMatchObject({ compression: 'gzip', mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' });
    expect(m.warnings).toEqual([]);
    pythonOk(m);
  });
  it('OCI archive: same filesystem as the other formats', async () => {
    const m = await read('python-ok.oci.tar');
    expect(m.format).toBe('oci-archive');
    expect(m.layers[0].compression).toBe('gzip');
    pythonOk(m);
    const d = await read('python-ok.docker.tar');
    const listing = (x: ImageModel) => [...x.files.values()].filter((e) => !e.implicit).map((e) => `${e.type} ${e.mode.toString(8)} ${e.uid} ${e.size} ${e.path}`).sort();
    expect(listing(m)).toEqual(listing(d));
  });
  it('zstd layers (skopeo --dest-compress-format zstd): sniffed and labelled zstd', async () => {
    const m = await read('python-ok-zstd.oci');
    expect(m.layers[0]).toMatchObject({ compression: 'zstd', mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd' });
    expect(m.warnings).toEqual([]);
    pythonOk(m);
  });
  it('uncompressed layers (the dir: route): correctly labelled', async () => {
    const m = await read('python-ok-uncompressed.oci');
    expect(m.layers[0]).toMatchObject({ compression: 'none', mediaType: 'application/vnd.oci.image.layer.v1.tar' });
    expect(m.layers[0].compressedSize).toBe(m.layers[0].uncompressedSize);
    expect(m.warnings).toEqual([]);
    pythonOk(m);
  });
  it('mislabelled layers: uncompressed data under a tar+gzip mediaType is sniffed, with a warning', async () => {
    const m = await read('python-ok-mislabelled.oci');
    expect(m.layers[0]).toMatchObject({ compression: 'none', mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' });
    expect(m.warnings.join('\n')).toMatch(/mediaType says application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip but the data is uncompressed/);
    pythonOk(m);
  });
});

describe('node-ric', () => {
  for (const name of ['node-ric.docker.tar', 'node-ric.oci']) {
    it(`${name}: aws-lambda-ric 3.3.0 package files, index.mjs handler, npx script with a present interpreter`, async () => {
      const m = await read(name);
      expect(m.config).toMatchObject({ architecture: 'amd64', Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/var/task' });
      const pkg = JSON.parse(text(m, '/var/task/node_modules/aws-lambda-ric/package.json'));
      expect(pkg).toMatchObject({ name: 'aws-lambda-ric', version: '3.3.0', bin: { 'aws-lambda-ric': 'bin/index.mjs' } });
      expect(file(m, '/var/task/node_modules/aws-lambda-ric/bin/index.mjs')).toMatchObject({ type: 'file', mode: 0o755 });
      expect(file(m, '/var/task/node_modules/aws-lambda-ric/dist/index.mjs').size).toBeGreaterThan(10_000);
      expect(text(m, '/var/task/index.mjs')).toMatch(/export const handler\b/);
      expect(file(m, '/usr/local/bin/npx')).toMatchObject({ type: 'file', mode: 0o755 });
      expect(text(m, '/usr/local/bin/npx').split('\n')[0]).toBe('#!/usr/local/bin/node');
      expect(file(m, '/usr/local/bin/node').mode).toBe(0o755);
      expect(eMachine(m, '/usr/local/bin/node')).toBe(EM_X86_64);
      expect(m.files.has('/var/task/node_modules/aws-lambda-ric/build/Release/rapid-client.node')).toBe(false); // native addon not built
    });
  }
});

describe('provided-bootstrap and wrong-arch', () => {
  it('provided-bootstrap (OCI archive): an x86_64 ELF bootstrap in an amd64 image', async () => {
    const m = await read('provided-bootstrap.oci.tar');
    expect(m.format).toBe('oci-archive');
    expect(m.config).toMatchObject({ os: 'linux', architecture: 'amd64', Entrypoint: ['/var/runtime/bootstrap'], WorkingDir: '/var/task' });
    expect(file(m, '/var/runtime/bootstrap')).toMatchObject({ type: 'file', mode: 0o755, uid: 0 });
    expect(eMachine(m, '/var/runtime/bootstrap')).toBe(EM_X86_64);
    expect(m.resolve('/var/runtime/bootstrap').ok).toBe(true);
  });
  it('wrong-arch (OCI directory): the same x86_64 ELF under an arm64 config', async () => {
    const m = await read('wrong-arch.oci');
    expect(m.config).toMatchObject({ os: 'linux', architecture: 'arm64', Entrypoint: ['/var/runtime/bootstrap'] });
    const em = eMachine(m, '/var/runtime/bootstrap');
    expect(em).toBe(EM_X86_64);
    expect(em).not.toBe(EM_AARCH64);
  });
});

describe('broken-perms', () => {
  it('app.py 0600 owned by uid 1000, lib/ 0700, bootstrap 0744', async () => {
    const m = await read('broken-perms.docker.tar');
    expect(m.config).toMatchObject({ Entrypoint: ['/var/runtime/bootstrap'], Cmd: ['app.handler'], WorkingDir: '/var/task' });
    expect(file(m, '/var/task/app.py')).toMatchObject({ type: 'file', mode: 0o600, uid: 1000, gid: 1000 });
    expect(file(m, '/var/task/lib')).toMatchObject({ type: 'dir', mode: 0o700, uid: 0 });
    expect(file(m, '/var/task/lib/helper.py')).toMatchObject({ type: 'file', mode: 0o644 });
    expect(file(m, '/var/runtime/bootstrap')).toMatchObject({ type: 'file', mode: 0o744 });
    expect(file(m, '/var/runtime/bootstrap').mode & 0o001).toBe(0); // not executable by others
    expect(eMachine(m, '/var/runtime/bootstrap')).toBe(EM_X86_64);
  });
});

describe('cache-leftover', () => {
  it('pip, dnf, apt lists and npm _cacache bytes next to a working python function', async () => {
    const m = await read('cache-leftover.oci');
    pythonOk(m);
    expect(bytesUnder(m, '/root/.cache/pip/')).toBe((160 + 96 + 64) * 1024);
    expect(bytesUnder(m, '/root/.cache/pip/http/')).toBe((160 + 96) * 1024);
    expect(bytesUnder(m, '/var/cache/dnf/')).toBe((128 + 32) * 1024);
    expect(bytesUnder(m, '/var/lib/apt/lists/')).toBe(96 * 1024);
    expect(bytesUnder(m, '/root/.npm/_cacache/content-v2/')).toBe(64 * 1024);
    expect(file(m, '/root/.npm/_cacache/index-v5/1a/2b/3c4d5e6f').type).toBe('file');
  });
});

describe('secret-deleted', () => {
  for (const name of ['secret-deleted.docker.tar', 'secret-deleted.oci']) {
    it(`${name}: secrets added in layer 2, whited out in layer 3, still shipped; a token in Env`, async () => {
      const m = await read(name);
      expect(m.layers).toHaveLength(3);
      expect(m.files.has('/var/task/.env')).toBe(false);
      expect(m.files.has('/root/.ssh/id_rsa')).toBe(false);
      expect(m.files.get('/root/.ssh')?.type).toBe('dir');
      const removed = Object.fromEntries(m.removed.map((r) => [r.path, r]));
      expect(removed['/var/task/.env']).toMatchObject({ type: 'file', layerAdded: 1, layerRemoved: 2, reason: 'whiteout' });
      expect(removed['/root/.ssh/id_rsa']).toMatchObject({ type: 'file', layerAdded: 1, layerRemoved: 2, reason: 'whiteout' });
      const env = m.bodies.find((b) => b.path === '/var/task/.env');
      expect(env).toMatchObject({ layer: 1, status: 'deleted', truncated: false });
      expect(env!.data.toString()).toMatch(/^AWS_SECRET_ACCESS_KEY=[A-Za-z0-9/+]{40}$/m);
      const key = m.bodies.find((b) => b.path === '/root/.ssh/id_rsa');
      expect(key).toMatchObject({ layer: 1, status: 'deleted' });
      expect(key!.data.toString()).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[\s\S]+\n-----END OPENSSH PRIVATE KEY-----\n$/);
      expect(m.config.Env).toEqual(expect.arrayContaining([expect.stringMatching(/^API_TOKEN=ghp_[A-Za-z0-9]{36}$/)]));
      expect(m.config.Entrypoint).toEqual(PY_ENTRY);
      const by = m.config.history.map((h) => h.created_by ?? '');
      expect(by.findIndex((b) => b.includes('rm -f /var/task/.env'))).toBeGreaterThan(by.findIndex((b) => b.startsWith('COPY . /var/task')));
      expect(m.layers[2].createdBy).toMatch(/rm -f \/var\/task\/\.env \/root\/\.ssh\/id_rsa/);
      // Content scanning (LL202's scanner): the token in settings.py, overwritten by a clean copy, still ships.
      const scanned = await readImage(path.join(out, name), { contentScan: contentScan([secretRule]) });
      expect(scanned.secrets.map((s) => `${s.path}:${s.line}:${s.id}:${s.layer}:${s.status}`).sort()).toEqual([
        '/root/.ssh/id_rsa:1:private-key:1:removed',
        '/var/task/.env:1:aws-access-key-id:1:removed',
        '/var/task/.env:2:aws-secret-access-key:1:removed',
        '/var/task/settings.py:3:github-pat:1:removed',
      ]);
    });
  }
});

describe('multi-arch', () => {
  for (const name of ['multi-arch.oci', 'multi-arch.oci.tar']) {
    it(`${name}: a top-level OCI index with linux/amd64 and linux/arm64`, async () => {
      const m = await read(name);
      expect(m.index).toMatchObject({ isIndex: true, mediaType: 'application/vnd.oci.image.index.v1+json', platformManifests: 2, attestationManifests: 0, nested: false });
      expect([...m.index.platforms].sort()).toEqual(['linux/amd64', 'linux/arm64']);
      expect(m.config.architecture).toBe('amd64');
      const arm = await read(name, 'linux/arm64');
      expect(arm.config.architecture).toBe('arm64');
      expect(arm.selected.platform).toMatchObject({ os: 'linux', architecture: 'arm64' });
      expect(arm.files.get('/var/task/app.py')?.type).toBe('file');
      expect(arm.selected.manifestDigest).not.toBe(m.selected.manifestDigest);
    });
  }
});

describe('big-wasted', () => {
  it('a 3 MiB file deleted and a 256 KiB file overwritten by later layers', async () => {
    const m = await read('big-wasted.oci');
    expect(m.layers).toHaveLength(3);
    const removed = Object.fromEntries(m.removed.map((r) => [r.path, r]));
    expect(removed['/var/task/model/weights.bin']).toMatchObject({ type: 'file', size: 3 * 1024 * 1024, layerAdded: 1, layerRemoved: 2, reason: 'whiteout' });
    expect(removed['/var/task/data.json']).toMatchObject({ type: 'file', size: 256 * 1024, layerAdded: 1, layerRemoved: 2, reason: 'overwritten' });
    expect(file(m, '/var/task/data.json')).toMatchObject({ size: 64 * 1024, layer: 2 });
    expect(m.files.has('/var/task/model')).toBe(false);
    expect(m.totals.wasted).toBeGreaterThanOrEqual(3 * 1024 * 1024 + 256 * 1024);
    expect(m.layers[1].uncompressedSize).toBeGreaterThan(3 * 1024 * 1024);
    expect(m.layers[1].compressedSize).toBeLessThan(64 * 1024); // repeated bytes: the blob stays tiny
    pythonOk(m, 3);
  });
});

describe('history-layers', () => {
  it('four real layers; the app COPY sits below the dependency installs; build tools shipped', async () => {
    const m = await read('history-layers.docker.tar');
    expect(m.layers).toHaveLength(4);
    const by = m.config.history.map((h) => h.created_by ?? '');
    expect(m.config.history.every((h) => !h.empty_layer)).toBe(true);
    const copyApp = by.findIndex((b) => /COPY dir:\S+ in \/var\/task/.test(b));
    const dnf = by.findIndex((b) => b === '/bin/sh -c dnf install -y gcc python3-devel');
    const pip = by.findIndex((b) => b === '/bin/sh -c pip install -r requirements.txt --target /var/task');
    expect(copyApp).toBeGreaterThan(0);
    expect(dnf).toBeGreaterThan(copyApp);
    expect(pip).toBeGreaterThan(dnf);
    expect(m.layers.map((l) => l.createdBy)).toEqual(by);
    expect(historyLines(m.config.history).map((l) => l.instruction)).toEqual([
      'COPY 7d9c1e5b3a /usr/local/bin/python',
      'COPY 4b2e8f0a6c /var/task',
      'RUN dnf install -y gcc python3-devel',
      'RUN pip install -r requirements.txt --target /var/task',
    ]);
    expect(file(m, '/var/task/app.py').layer).toBe(1);
    expect(file(m, '/var/task/requirements.txt').layer).toBe(1);
    expect(file(m, '/var/task/requests/__init__.py').layer).toBe(3);
    expect(file(m, '/var/task/awslambdaric/__init__.py').layer).toBe(3);
    expect(file(m, '/usr/bin/gcc')).toMatchObject({ type: 'file', mode: 0o755, layer: 2 });
    expect(eMachine(m, '/usr/bin/gcc')).toBe(EM_X86_64);
    expect(file(m, '/usr/libexec/gcc/x86_64-amazon-linux/11/cc1').layer).toBe(2);
    expect(file(m, '/usr/include/python3.12/Python.h').layer).toBe(2);
    expect(m.config).toMatchObject({ Entrypoint: PY_ENTRY, Cmd: ['app.handler'], WorkingDir: '/var/task', architecture: 'amd64' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The whole rule set on each built image, through the built CLI: the findings fixtures/images/README.md promises.
describe('every rule on the built images (fixtures/images/README.md)', () => {
  const lint = (name: string, extra: string[] = []) => {
    const r = cli(['--format', 'json', '--now', '2026-11-27', ...extra, path.join(out, name)]);
    const report = JSON.parse(r.stdout) as { targets: { findings: { code: string; messageId: string; severity: string; message: string }[] }[] };
    const findings = report.targets.flatMap((t) => t.findings);
    return { status: r.status, findings, ids: findings.map((f) => `${f.code}:${f.messageId}`).sort() };
  };
  const QUIET = ['python-ok.docker.tar', 'python-ok.oci', 'python-ok.oci.tar', 'python-ok-uncompressed.oci', 'python-ok-mislabelled.oci', 'node-ric.docker.tar', 'node-ric.oci', 'provided-bootstrap.oci.tar'];
  for (const name of QUIET) {
    it(`${name} is quiet`, () => {
      const r = lint(name);
      expect(r.findings.map((f) => `${f.code} ${f.message}`)).toEqual([]);
      expect(r.status).toBe(0);
    });
  }
  const EXPECTED: [string, string[]][] = [
    ['python-ok-zstd.oci', ['LL105:zstdLayers']],
    ['wrong-arch.oci', ['LL102:wrongArchitecture']],
    ['broken-perms.docker.tar', ['LL102:entrypointNotExecutable', 'LL107:bootstrapNotExecutable', 'LL107:unreadableFiles']],
    ['cache-leftover.oci', ['LL301:imageCache', 'LL301:imageCache', 'LL301:imageCache', 'LL301:imageCache']],
    ['secret-deleted.docker.tar', ['LL202:contentInImage', 'LL202:fileStillShipped', 'LL202:fileStillShipped', 'LL202:tokenValue']],
    ['secret-deleted.oci', ['LL202:contentInImage', 'LL202:fileStillShipped', 'LL202:fileStillShipped', 'LL202:tokenValue']],
    ['multi-arch.oci', ['LL105:multiPlatformIndex']],
    ['multi-arch.oci.tar', ['LL105:multiPlatformIndex']],
    ['big-wasted.oci', ['LL304:wasted']],
    ['history-layers.docker.tar', ['LL302:codeBeforeInstall', 'LL302:installAfterCode', 'LL305:imageBuildTools']],
  ];
  for (const [name, ids] of EXPECTED) {
    it(`${name}: ${ids.join(', ')}`, () => {
      const r = lint(name);
      expect(r.ids, JSON.stringify(r.findings.map((f) => f.message), null, 1)).toEqual(ids);
      expect(r.status).toBe(r.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
  it('cache-leftover names each cache with its bytes', () => {
    const text = lint('cache-leftover.oci').findings.map((f) => f.message).join('\n');
    for (const manager of ['pip', 'dnf', 'apt', 'npm']) expect(text).toMatch(new RegExp(manager, 'i'));
  });
  it('secret-deleted never prints the secret values', () => {
    const r = cli(['--now', '2026-11-27', path.join(out, 'secret-deleted.oci')]);
    const body = fs.readFileSync(path.join(repo, 'fixtures/images/build.sh'), 'utf8');
    expect(r.stdout).toMatch(/LL202/);
    expect(r.stdout).not.toMatch(/BEGIN OPENSSH PRIVATE KEY/);
    expect(r.stdout).not.toMatch(/ghp_[A-Za-z0-9]{30,}/);
    expect(r.stdout).not.toMatch(/[A-Za-z0-9/+]{40}/);
    expect(body).toContain('secret');
  });
  it('multi-arch with --platform linux/arm64 still reports the index (Lambda rejects it whatever platform is picked)', () => {
    const r = lint('multi-arch.oci', ['--platform', 'linux/arm64']);
    expect(r.ids).toContain('LL105:multiPlatformIndex');
  });
});
