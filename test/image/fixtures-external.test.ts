/** Every archive/layout in ../shared/fixtures/external reads correctly or fails with one clear ImageError line. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImage, ImageError, type ImageModel } from '../../src/image/index.js';
import { describeExternal, EXTERNAL } from '../helpers/external.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = EXTERNAL;

function target(name: string): string {
  const dir = path.join(EXT, name);
  const ents = fs.readdirSync(dir);
  if (ents.includes('index.json') || ents.includes('blobs')) return dir;
  return path.join(dir, ents.find((e) => !e.endsWith('.md'))!);
}

type Check = (m: ImageModel) => void;
const arch = (a: string, layers: number, extra?: Check): Check => (m) => {
  expect(m.config.architecture).toBe(a);
  expect(m.config.os).toBe('linux');
  expect(m.layers).toHaveLength(layers);
  extra?.(m);
};
const hasFile = (m: ImageModel, p: string, type = 'file') => expect(m.files.get(p)?.type, p).toBe(type);
const busybox = (m: ImageModel) => {
  hasFile(m, '/bin/[');
  expect(m.files.get('/bin/busybox')).toMatchObject({ type: 'hardlink', linkname: '/bin/[' });
  expect(m.files.get('/bin/ls')).toMatchObject({ type: 'hardlink', linkname: '/bin/[' });
};

const good: Record<string, Check> = {
  'cimage-almostempty': arch('amd64', 1, (m) => {
    hasFile(m, '/emptyfile');
    expect(m.refs).toEqual(['emptyimage:latest']);
  }),
  'cst-no-layers': arch('arm64', 0, (m) => {
    expect(m.files.size).toBe(1);
    expect(m.totals.uncompressed).toBe(0);
  }),
  'dive-docker-save': arch('amd64', 14, (m) => {
    expect(m.format).toBe('docker-archive');
    busybox(m);
    expect(m.files.has('/root/example')).toBe(false); // root/.wh.example
    expect(m.removed.some((r) => r.path === '/root/example/somefile3.txt' && r.reason === 'whiteout')).toBe(true);
    expect(m.layers[0].createdBy).toMatch(/ADD file:/);
    expect(m.layers.every((l) => l.compression === 'none')).toBe(true);
  }),
  'dive-kaniko': arch('amd64', 14, (m) => {
    busybox(m);
    expect(m.files.has('/root/example')).toBe(false);
    expect(m.layers.every((l) => l.compression === 'gzip')).toBe(true);
  }),
  'dive-oci-gzip': arch('arm64', 1, (m) => {
    expect(m.format).toBe('oci-archive');
    hasFile(m, '/README.md');
    expect(m.layers[0].compression).toBe('gzip');
  }),
  'dive-oci-zstd': arch('arm64', 1, (m) => {
    hasFile(m, '/README.md');
    expect(m.layers[0].compression).toBe('zstd');
  }),
  'dive-oci-uncompressed': arch('arm64', 1, (m) => {
    hasFile(m, '/README.md');
    expect(m.layers[0].compression).toBe('none');
  }),
  'dive-oci-estargz': arch('arm64', 1, (m) => {
    hasFile(m, '/README.md');
    expect(m.files.has('/stargz.index.json')).toBe(false);
    expect(m.layers[0]).toMatchObject({ compression: 'gzip', estargz: true });
  }),
  'dockle-scratch': arch('amd64', 1, (m) => hasFile(m, '/credentials.json')),
  'dockle-symbolic': arch('amd64', 9, (m) => {
    busybox(m);
    // app/.wh..wh..opq sits in layer 2, above a base with no /app: nothing to hide, same-layer file kept
    expect(m.files.get('/app/credentials.json')).toMatchObject({ type: 'file', size: 23, layer: 1 });
    expect(m.files.get('/app/suid.txt')).toMatchObject({ mode: 0o4644, layer: 3 });
    expect(m.files.get('/app/once-suid.txt')).toMatchObject({ mode: 0o644, layer: 8 });
    expect(m.removed.filter((r) => r.path === '/app/once-suid.txt').map((r) => r.layerAdded)).toEqual([6, 7]);
    expect(m.layers[6].digest).toBe(m.layers[8].digest); // duplicated layer via tar symlink
  }),
  'ggcr-bundle-two-images': arch('amd64', 1, (m) => {
    expect(m.refs).toEqual(['test_image_2', 'test_image_1']);
    expect(m.warnings.join()).toMatch(/2 images/);
  }),
  'ggcr-docker25-hello-world': arch('arm64', 1, (m) => {
    expect(m.format).toBe('docker-oci-archive');
    hasFile(m, '/hello');
  }),
  'ggcr-empty-layer-history': arch('amd64', 1, (m) => {
    expect(m.config.history).toHaveLength(2);
    expect(m.layers[0].createdBy).toBe(m.config.history.find((h) => !h.empty_layer)!.created_by);
  }),
  'ggcr-layout-index': arch('amd64', 1, (m) => {
    expect(m.format).toBe('oci-dir');
    hasFile(m, '/foo');
  }),
  'ggcr-layout-one-image': arch('amd64', 1, (m) => hasFile(m, '/test')),
  'ggcr-overwritten-file': arch('amd64', 3, (m) => {
    expect(m.files.get('/foo.txt')).toMatchObject({ type: 'symlink', linkname: 'bar.txt' });
    expect(m.removed).toMatchObject([{ path: '/foo.txt', reason: 'overwritten', layerAdded: 0, layerRemoved: 1 }]);
    const r = m.resolve('/foo.txt');
    expect(r.ok && r.path).toBe('/bar.txt');
    expect(m.layers[2].entryCount).toBe(0);
  }),
  'ggcr-symlinked-layer': arch('amd64', 1, (m) => hasFile(m, '/foo')),
  'ggcr-test-image-1': arch('amd64', 1, (m) => {
    hasFile(m, '/foo');
    hasFile(m, '/bar');
  }),
  'ggcr-whiteout-dir': arch('amd64', 4, (m) => {
    expect(m.files.has('/a/foo')).toBe(false);
    hasFile(m, '/a/baz');
    hasFile(m, '/b/bar');
  }),
  'ggcr-whiteout-image': arch('amd64', 3, (m) => {
    expect(m.files.has('/foo.txt')).toBe(false);
    hasFile(m, '/bar.txt');
    expect(m.removed).toMatchObject([{ path: '/foo.txt', reason: 'whiteout' }]);
  }),
  'jib-docker-save-pax': arch('amd64', 2, (m) => {
    const long = [...m.files.keys()].find((p) => p.startsWith('/thisis/thejibcache/layers/') && p.length > 100);
    expect(long).toBeDefined();
    hasFile(m, '/app/classes/Hello.class');
  }),
  'jib-image-lowercase-keys': arch('amd64', 2, (m) => {
    hasFile(m, '/app/classes/Hello.class');
    expect(m.refs).toEqual(['extraction.test:latest']);
  }),
  'orasgo-containerd-hello-world': arch('amd64', 1, (m) => {
    hasFile(m, '/hello');
    expect(m.index).toMatchObject({ isIndex: true, platformManifests: 11 });
  }),
  'orasgo-containerd-dot-prefixed': arch('amd64', 1, (m) => hasFile(m, '/hello')),
  'regclient-testrepo': arch('amd64', 1, (m) => {
    hasFile(m, '/base.txt');
    expect(m.index.isIndex).toBe(true);
  }),
  'snyk-containerd-attestation': arch('arm64', 1, (m) => {
    busybox(m);
    expect(m.index).toMatchObject({ isIndex: true, platformManifests: 1, attestationManifests: 1 });
    expect(m.selected.ref).toBe('docker.io/foo/bar:v3');
  }),
  'snyk-containerd-busybox-armv7': arch('arm', 1, (m) => {
    busybox(m);
    expect(m.config.variant).toBe('v7');
    expect(m.index.isIndex).toBe(true);
  }),
  'snyk-docker25-busybox-armv7': arch('arm', 1, (m) => {
    busybox(m);
    expect(m.files.get('/lib64')).toMatchObject({ type: 'symlink', linkname: 'lib' });
    expect(m.files.get('/usr/bin/env')).toMatchObject({ type: 'symlink', linkname: '../../bin/env' });
    const r = m.resolve('/usr/bin/env');
    expect(r.ok && r.path).toBe('/bin/env');
  }),
  'snyk-docker25-hello-world': arch('amd64', 1, (m) => {
    expect(m.format).toBe('docker-oci-archive');
    hasFile(m, '/hello');
    expect(m.index.isIndex).toBe(false);
  }),
  'snyk-gemfile-no-repotags': arch('amd64', 1, (m) => {
    hasFile(m, '/Gemfile');
    expect(m.layers[0].compression).toBe('gzip'); // named layer.tar, really gzip
  }),
  'snyk-kaniko-busybox': arch('amd64', 1, (m) => hasFile(m, '/busybox.tar.gz')),
  'snyk-nginx-buildinfo-gz': arch('amd64', 1, (m) => {
    expect(m.outerCompression).toBe('gzip');
    hasFile(m, '/etc/os-release');
    expect(m.warnings.join()).toMatch(/3 diff_ids/);
  }),
  'snyk-nginx-os-release-link': arch('amd64', 1, (m) => {
    expect(m.files.get('/etc/os-release')).toMatchObject({ type: 'symlink', linkname: '../usr/lib/os-release' });
    expect(m.files.get('/var/log/nginx/error.log')).toMatchObject({ type: 'symlink', linkname: '/dev/stderr' });
  }),
  'snyk-oci-busybox': arch('amd64', 1, busybox),
  'snyk-skopeo-multi-layer-opaque': arch('amd64', 2, (m) => {
    // the opaque marker only hides lower-layer content; same-layer entries survive
    expect(m.files.get('/node-v-8-12-9/node')).toMatchObject({ type: 'file', size: 66, layer: 1 });
    expect(m.files.get('/node-v-6-17-1/node')).toMatchObject({ layer: 0 });
    expect(m.removed.map((r) => `${r.path}:${r.reason}`).sort()).toEqual(['/node-v-4-9-1/node:overwritten', '/node:overwritten']);
    expect(m.totals.wasted).toBe(48 + 57);
  }),
  'snyk-skopeo-oci-whiteouts': arch('amd64', 3, (m) => {
    busybox(m);
    expect(m.files.has('/node')).toBe(false);
    expect(m.removed.some((r) => r.path === '/node' && r.reason === 'whiteout' && r.layerRemoved === 2)).toBe(true);
  }),
  'stereoscope-multiplatform-dir': arch('amd64', 1, (m) => {
    hasFile(m, '/linux/amd64/README.md');
    expect(m.index).toMatchObject({ isIndex: true, platformManifests: 2, platforms: ['linux/amd64', 'linux/arm64'] });
  }),
  'stereoscope-oci-dir': arch('amd64', 1, (m) => hasFile(m, '/README.md')),
  'stereoscope-oci-tar': arch('amd64', 1, (m) => {
    hasFile(m, '/README.md');
    expect(m.refs).toContain('sample:latest');
  }),
  'trivy-alpine310-gz': arch('amd64', 1, (m) => {
    expect(m.outerCompression).toBe('gzip');
    expect(m.files.get('/bin/ls')).toMatchObject({ type: 'symlink', linkname: '/bin/busybox' });
    const r = m.resolve('/bin/ls');
    expect(r.ok && r.path).toBe('/bin/busybox');
    expect(m.refs).toEqual(['alpine:3.10']);
  }),
  'trivy-oci-dir': arch('amd64', 1, (m) => hasFile(m, '/hello')),
  'trivy-oci-dir-tagged': arch('amd64', 1, (m) => {
    hasFile(m, '/hello');
    expect(m.refs).toEqual(['0.0.1']);
  }),
};

const bad: Record<string, [ImageError['code'], RegExp]> = {
  'cimage-layout-duplicate-ref': ['corrupt', /layer 1 of 1 .* is not a tar archive/],
  'cimage-layout-multiple-images': ['corrupt', /is not a tar archive/],
  'cimage-layout-shared-blobs': ['missing-blob', /manifest sha256:eaa95f3cfaac is missing/],
  'ggcr-layout-helm-artifact': ['artifact', /is an OCI artifact \(application\/vnd\.cncf\.helm\.config\.v1\+json\), not a container image/],
  'ggcr-no-manifest': ['unsupported', /legacy docker save archive without manifest\.json/],
  'ggcr-null-manifest': ['not-an-image', /manifest\.json lists no images \(null\)/],
  'regclient-layer-whiteouts': ['not-an-image', /is not a container image: no manifest\.json or index\.json/],
  'snyk-not-an-image': ['not-an-image', /is not a container image: no manifest\.json or index\.json \(found notes\.txt, readme\.txt\)/],
  'snyk-oci-appledouble-broken-gz': ['missing-blob', /layer 2 of 4 \(sha256:bc38caa0f5b9\) is missing/],
  'snyk-oci-nginx-broken-gz': ['corrupt', /manifest sha256:e26d615025f5 does not match its digest/],
  // Layers edited after their digest was computed (the fixture's blobs are newer than its manifest): refused,
  // as a registry or containerd would refuse them.
  'snyk-oci-alpine-gz': ['corrupt', /layer 1 of 1 \(sha256:df20fa9351a1\) in .* does not match its digest \(sha256:df20fa9351a1 expected, sha256:bf2fa49511dd found\)/],
  'snyk-skopeo-centos6-gz': ['corrupt', /layer 1 of 1 \(sha256:af6bf1987c2e\) in .* does not match its digest/],
  'stereoscope-bad-empty-blob': ['corrupt', /does not match its digest \(content is empty\)/],
  'stereoscope-bad-index-is-manifest': ['not-an-image', /index\.json holds an image manifest, not an OCI index/],
  'trivy-oci-bad-index-json': ['invalid-json', /index\.json .*is not valid JSON/],
  'trivy-oci-bad-mediatype': ['not-an-image', /lists no container image manifest \(found application\/badmedia\+json\)/],
};

describeExternal('external fixtures', () => {
  it('every fixture directory is covered by a test', () => {
    const dirs = fs.readdirSync(EXT).filter((d) => fs.statSync(path.join(EXT, d)).isDirectory());
    expect(dirs.filter((d) => !(d in good) && !(d in bad))).toEqual([]);
  });
  for (const [name, check] of Object.entries(good)) {
    it(`reads ${name}`, async () => {
      const m = await readImage(target(name));
      check(m);
      expect(m.totals.compressed).toBe(m.layers.reduce((a, l) => a + l.compressedSize, 0));
    });
  }
  for (const [name, [code, re]] of Object.entries(bad)) {
    it(`rejects ${name} with one clear line`, async () => {
      const err = await readImage(target(name)).then(() => undefined, (e) => e);
      expect(err).toBeInstanceOf(ImageError);
      expect(err.code).toBe(code);
      expect(err.message).toMatch(re);
      expect(err.message).not.toContain('\n');
    });
  }
  it('selects images and platforms', async () => {
    const two = await readImage(target('ggcr-bundle-two-images'), { image: 'test_image_1' });
    expect(two.selected.ref).toBe('test_image_1');
    const arm = await readImage(target('stereoscope-multiplatform-dir'), { platform: 'linux/arm64' });
    expect(arm.config.architecture).toBe('arm64');
    expect(arm.files.has('/linux/arm64/README.md')).toBe(true);
    const err = await readImage(target('stereoscope-multiplatform-dir'), { platform: 'linux/s390x' }).catch((e) => e);
    expect(err.message).toMatch(/no image for platform linux\/s390x \(it has: linux\/amd64, linux\/arm64\)/);
    const miss = await readImage(target('orasgo-containerd-hello-world'), { platform: 'linux/arm64' }).catch((e) => e);
    expect(miss).toMatchObject({ code: 'missing-blob' });
    const named = await readImage(target('ggcr-layout-index'), { image: '3' }).catch((e) => e);
    // The index's manifests carry org.opencontainers.image.ref.name 1..n: "3" picks the third.
    expect(named).toMatchObject({ format: 'oci-dir', selected: { ref: '3' } });
    const none = await readImage(target('ggcr-bundle-two-images'), { image: 'nope:1' }).catch((e) => e);
    expect(none.message).toMatch(/has no image named nope:1 \(it has: test_image_2, test_image_1\)/);
  });
  it('reads a layout via stdin-like Buffer and stream', async () => {
    const file = target('trivy-alpine310-gz');
    const fromBuf = await readImage(fs.readFileSync(file));
    expect(fromBuf.files.has('/etc/alpine-release')).toBe(true);
    expect(fromBuf.source).toBe('stdin');
    const fromStream = await readImage(fs.createReadStream(target('dive-docker-save')), { displayName: '-' });
    expect(fromStream.layers).toHaveLength(14);
  });
});
