/**
 * Image findings in every output format. Without --dockerfile, image evidence sits on the image itself
 * (location.file = the archive, line 1): no format may pretend that line 1 of a tar is a place in a text file.
 * With --dockerfile, evidence from a layer that an instruction made points at that Dockerfile line.
 * The findings come from the production runner (lintImage) with a stand-in rule, so the tests do not depend on
 * which image rules exist yet. Also: the stylish image block on a 14-layer and a 1-layer image.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeImage } from '../../src/linter/image-target.js';
import { lintImage } from '../../src/linter/lint.js';
import { defineRule, type Rule } from '../../src/engine/rule-kit.js';
import type { Finding } from '../../src/core/types.js';
import { FORMATS } from '../../src/report/formats.js';
import { formatImageBlock, formatStylish, IMAGE_LAYERS_SHOWN } from '../../src/report/stylish.js';
import type { Report } from '../../src/report/types.js';
import { reportErrors } from '../helpers/report-schema.js';
import { buildImage, type BuildImageOptions } from '../image-kit.js';
import { ctxFor, sarifSchemaErrors, scratchRepo } from './helpers.js';

const NOW = new Date('2026-11-27');
const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nRUN pip install requests -t ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n';

/** Reports on the config (error), on every layer (warning), with a message that needs escaping in each format. */
const probe = defineRule({
  code: 'LL998',
  name: 'image-probe',
  severity: 'error',
  since: '0.1.0',
  docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
  messages: {
    config: { text: 'WorkingDir "{{dir}}" is not /var/task: 50% of <handlers> & more, fail', severity: 'error', fix: 'Set WORKDIR /var/task.' },
    layer: { text: 'Layer {{layer}} holds /var/task/{{file}}', severity: 'warning', fix: 'Remove it.' },
  },
  needs: { image: {} },
  create: (ctx: { report: (d: Record<string, unknown>) => void }) => ({
    image(image: { layers: { index: number }[]; config: { WorkingDir?: string } }) {
      ctx.report({ messageId: 'config', data: { dir: image.config.WorkingDir ?? '' }, source: 'image-config' });
      for (const l of image.layers) ctx.report({ messageId: 'layer', data: { layer: String(l.index), file: `f${l.index}.py` }, source: 'image-layer', layer: l.index });
    },
  }),
} as unknown as Parameters<typeof defineRule>[0]) as unknown as Rule;

const IMAGE: BuildImageOptions = {
  config: { WorkingDir: '/app', Cmd: ['app.handler'] },
  layers: [{ 'bin/sh': { body: '#!', mode: 0o755 } }, { 'var/task/app.py': 'x = 1\n' }, { 'var/task/requests/__init__.py': '# r\n' }],
  history: ['ADD base.tar /', 'COPY app.py /var/task/ # buildkit', 'RUN /bin/sh -c pip install requests -t /var/task # buildkit'],
};

let cwd = '';
let img = '';
let df = '';
/** Image alone: findings on the image. */
let alone: Report;
/** Image with --dockerfile: layers 1 and 2 map to lines 2 and 3. */
let mapped: Report;

beforeAll(async () => {
  cwd = scratchRepo({ 'svc/Dockerfile': DOCKERFILE, 'svc/app.py': 'x = 1\n' });
  mkdirSync(join(cwd, 'build'), { recursive: true });
  img = join(cwd, 'build', 'fn.tar');
  df = join(cwd, 'svc', 'Dockerfile');
  const bytes = await buildImage(IMAGE);
  writeFileSync(img, bytes);
  const a = await lintImage(img, { file: img, rules: [probe], now: NOW });
  alone = { targets: [{ file: img, kind: 'image', findings: a.findings, estimates: null, image: describeImage(a.image) }], errors: [] };
  const m = await lintImage(img, { file: img, rules: [probe], now: NOW, dockerfile: { file: df, text: DOCKERFILE } });
  mapped = { targets: [{ file: img, kind: 'image', findings: m.findings, estimates: null, image: describeImage(m.image) }], errors: [] };
});

const out = (format: string, report: Report) => FORMATS[format](report, ctxFor(cwd));
const layerFinding = (r: Report, layer: number) => r.targets[0].findings.find((f) => f.layer === layer && f.source === 'image-layer')!;

describe('the runner puts image evidence on the image, or on the Dockerfile line that made the layer', () => {
  it('alone: every finding on the image, line 1', () => {
    expect(alone.targets[0].findings).toHaveLength(4);
    for (const f of alone.targets[0].findings) expect(f.location).toEqual({ file: img, line: 1, column: 1, endLine: 1, endColumn: 1 });
  });
  it('with --dockerfile: layers 1 and 2 on lines 2 and 3; the base layer and the config stay on the image', () => {
    const where = (f: Finding) => `${f.messageId}:${f.layer ?? '-'}@${f.location.file === img ? 'image' : f.location.file === df ? 'Dockerfile' : f.location.file}:${f.location.line}`;
    expect(mapped.targets[0].findings.map(where).sort()).toEqual(['config:-@image:1', 'layer:0@image:1', 'layer:1@Dockerfile:2', 'layer:2@Dockerfile:3']);
  });
});

describe('formats', () => {
  it('json: valid against the report schema, location on the image, the layer kept', () => {
    const r = JSON.parse(out('json', alone));
    expect(reportErrors(r)).toEqual([]);
    const layer = r.targets[0].findings.find((f: Finding) => f.layer === 2);
    expect(layer).toMatchObject({ source: 'image-layer', layer: 2, location: { file: img, line: 1 } });
    expect(r.targets[0].image).toMatchObject({ format: 'docker-archive', platform: 'linux/amd64', ref: 'test/app:1' });
    expect(reportErrors(JSON.parse(out('json', mapped)))).toEqual([]);
  });

  it('sarif: valid; artifact = the image path (repository-relative), no region; layer and source in properties', () => {
    const log = JSON.parse(out('sarif', alone)) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results!;
    expect(results).toHaveLength(4);
    for (const res of results) {
      const loc = res.locations![0].physicalLocation!;
      expect(loc.artifactLocation).toEqual({ uri: 'build/fn.tar', uriBaseId: '%SRCROOT%' });
      expect(loc.region).toBeUndefined();
    }
    const l2 = results.find((r) => r.properties?.layer === 2)!;
    expect(l2.properties).toMatchObject({ source: 'image-layer', layer: 2, messageId: 'layer' });
    expect(l2.level).toBe('warning');
    // Distinct findings on the same artifact keep distinct, stable fingerprints.
    const prints = results.map((r) => Object.values(r.partialFingerprints!)[0]);
    expect(new Set(prints).size).toBe(4);
    expect((JSON.parse(out('sarif', alone)) as Sarif.Log).runs[0].results!.map((r) => Object.values(r.partialFingerprints!)[0])).toEqual(prints);
  });

  it('github: file=<image>, no line or column, the message escaped', () => {
    const text = out('github', alone);
    const cmds = text.split('\n').filter((l) => l.startsWith('::'));
    expect(cmds).toHaveLength(4);
    for (const c of cmds) {
      expect(c).toMatch(/^::(error|warning) file=build\/fn\.tar,title=LL998 image-probe::/);
      expect(c).not.toMatch(/line=|col=/);
    }
    expect(text).toContain('::error file=build/fn.tar,title=LL998 image-probe::WorkingDir "/app" is not /var/task: 50%25 of <handlers> & more, fail%0AFix: Set WORKDIR /var/task.%0ADocs: https://');
  });

  it('gitlab: path = the image, lines.begin 1, unique fingerprints', () => {
    const issues = JSON.parse(out('gitlab', alone)) as { location: { path: string; lines: { begin: number } }; fingerprint: string; severity: string }[];
    expect(issues).toHaveLength(4);
    for (const i of issues) expect(i.location).toEqual({ path: 'build/fn.tar', lines: { begin: 1 } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(issues.map((i) => i.severity).sort()).toEqual(['critical', 'major', 'major', 'major']);
  });

  it('checkstyle: one <file> for the image, line="1", no column, attributes escaped', () => {
    const xml = out('checkstyle', alone);
    expect(xml.match(/<file name="build\/fn\.tar">/g)).toHaveLength(1);
    const errors = xml.split('\n').filter((l) => l.includes('<error '));
    expect(errors).toHaveLength(4);
    for (const e of errors) {
      expect(e).toMatch(/^ {4}<error line="1" severity="(error|warning)" message="[^"]*" source="lint-lambda-image\.LL998\.image-probe"\/>$/);
      expect(e).not.toContain('column=');
    }
    expect(xml).toContain('&quot;/app&quot; is not /var/task: 50% of &lt;handlers&gt; &amp; more');
  });

  it('stylish: image findings at 1:1 with their source and layer, then the image block', () => {
    const text = formatStylish(alone, new Chalk({ level: 0 }));
    expect(text).toContain(`${img}\n`);
    expect(text).toMatch(/ {2}1:1 {2}warning {2}LL998 image-probe \[image-layer 3\]\n {7}Layer 2 holds \/var\/task\/f2\.py/);
    expect(text).toMatch(/ {2}1:1 {2}error {4}LL998 image-probe \[image-config\]/);
    expect(text).toContain('  Image: test/app:1, docker save archive, linux/amd64');
  });

  it('with --dockerfile, mapped findings name the Dockerfile in every format (the image stays for the rest)', () => {
    const rel = 'svc/Dockerfile';
    const sarif = JSON.parse(out('sarif', mapped)) as Sarif.Log;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const byLayer = (n: number) => sarif.runs[0].results!.find((r) => r.properties?.layer === n)!.locations![0].physicalLocation!;
    expect(byLayer(2).artifactLocation?.uri).toBe(rel);
    expect(byLayer(0).artifactLocation?.uri).toBe('build/fn.tar');
    // A region, when given, is the mapped line (never line 1 of the Dockerfile, which is the FROM).
    if (byLayer(2).region) expect(byLayer(2).region!.startLine).toBe(3);
    const gh = out('github', mapped).split('\n');
    const l2 = gh.find((l) => l.includes('Layer 2 holds'))!;
    expect(l2).toMatch(/^::warning file=svc\/Dockerfile,/);
    if (/line=/.test(l2)) expect(l2).toMatch(/line=3,/);
    const gitlab = JSON.parse(out('gitlab', mapped)) as { description: string; location: { path: string } }[];
    expect(gitlab.find((i) => i.description.includes('Layer 2 holds'))!.location.path).toBe(rel);
    expect(out('checkstyle', mapped)).toMatch(/<file name="svc\/Dockerfile">\n {4}<error line="\d+"[^>]*Layer 1 holds/);
    expect(layerFinding(mapped, 1).location.line).toBe(2);
  });

  it('with --dockerfile, mapped findings keep their Dockerfile line in gitlab, checkstyle, github and sarif', () => {
    const gitlab = JSON.parse(out('gitlab', mapped)) as { description: string; location: { lines: { begin: number } } }[];
    expect(gitlab.find((i) => i.description.includes('Layer 2 holds'))!.location.lines.begin).toBe(3);
    expect(out('checkstyle', mapped)).toMatch(/<error line="3"[^>]*Layer 2 holds/);
    expect(out('github', mapped)).toMatch(/^::warning file=svc\/Dockerfile,line=3,.*Layer 2 holds/m);
    const sarif = JSON.parse(out('sarif', mapped)) as Sarif.Log;
    expect(sarif.runs[0].results!.find((r) => r.properties?.layer === 2)!.locations![0].physicalLocation!.region?.startLine).toBe(3);
  });
});

describe('the stylish image block', () => {
  const plain = new Chalk({ level: 0 });
  const layer = (index: number, bytes: number, createdBy: string | null = `RUN /bin/sh -c step ${index}`) => ({
    index, digest: null, compression: 'gzip', compressedBytes: Math.round(bytes / 3), uncompressedBytes: bytes, createdBy,
  });
  const facts = (layers: ReturnType<typeof layer>[], extra: Record<string, unknown> = {}) => ({
    format: 'docker-archive', ref: 'my-fn:latest', platform: 'linux/amd64', index: null,
    compressedBytes: layers.reduce((a, l) => a + l.compressedBytes, 0), uncompressedBytes: layers.reduce((a, l) => a + l.uncompressedBytes, 0),
    wastedBytes: 0, files: 1203, layers,
    largest: [{ path: '/var/lang/lib/libpython3.12.so.1.0', bytes: 31_000_000, layer: 0 }, { path: '/var/task/app.py', bytes: 120, layer: 13 }],
    ...extra,
  });

  it('14 layers: the 8 largest in layer order, then one line for the rest; sizes right-aligned', () => {
    const sizes = [41_000_000, 2_000, 5_000_000, 300, 12_500_000, 800, 4_100, 950_000, 7_000_000, 10, 64_000, 3_300_000, 1_000_000_000, 120];
    const layers = sizes.map((b, i) => layer(i, b));
    layers[0].createdBy = '/bin/sh -c #(nop) ADD file:ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd in / ';
    layers[4].createdBy = 'RUN |2 PIP_INDEX=https://x PY=3.12 /bin/sh -c pip install --no-cache-dir -r requirements.txt -t /var/task && find /var/task -name "*.pyc" -delete # buildkit';
    const block = formatImageBlock(facts(layers, { wastedBytes: 1_234_000 }), plain);
    const rows = block.split('\n');
    expect(rows[0]).toBe('  Image: my-fn:latest, docker save archive, linux/amd64');
    expect(rows[1]).toBe('    1.1 GB uncompressed, 357 MB compressed, 14 layers, 1203 files');
    expect(rows[2]).toBe('    1.2 MB deleted or overwritten by later layers (still shipped)');
    expect(rows[3]).toBe(`    Layers, bottom to top (the ${IMAGE_LAYERS_SHOWN} largest of 14; gzip blobs):`);
    const layerRows = rows.filter((r) => /^ {6}layer /.test(r));
    expect(layerRows).toHaveLength(IMAGE_LAYERS_SHOWN);
    expect(layerRows.map((r) => Number(/layer +(\d+)/.exec(r)![1]))).toEqual([1, 3, 5, 8, 9, 11, 12, 13]);
    expect(block).toMatch(/^ {6}… 6 smaller layers not shown \(7\.3 KB in all; --format json lists every layer\)$/m);
    // Sizes right-aligned: every size ends in the same column.
    const ends = layerRows.map((r) => /^ {6}layer +\d+ +[\d.]+ (?:B|KB|MB|GB)/.exec(r)![0].length);
    expect(new Set(ends).size).toBe(1);
    // created_by as a Dockerfile reader knows it: no /bin/sh -c, #(nop), BuildKit's ARG prefix or marker; long digests shortened.
    expect(layerRows[0]).toMatch(/ADD file:ce026b62356e… in \/$/);
    expect(layerRows[2]).toMatch(/ RUN pip install --no-cache-dir -r requirements\.txt -t \/var\/task && find…$/);
    expect(layerRows[2]).not.toMatch(/PIP_INDEX|buildkit|\/bin\/sh/);
    for (const r of rows) expect(r.length, r).toBeLessThanOrEqual(110);
    // eslint-disable-next-line no-control-regex
    expect(block).not.toMatch(/\u001b\[/);
    expect(block).toContain('    Largest files:\n      31 MB  /var/lang/lib/libpython3.12.so.1.0  (layer 1)\n      120 B  /var/task/app.py  (layer 14)');
  });

  it('1 layer: no collapsing, no wasted line when nothing was wasted, the compression said once', () => {
    const block = formatImageBlock(facts([layer(0, 12_800, 'COPY README.md /README.md # buildkit')], { ref: null, format: 'oci-archive', platform: 'linux/arm64', files: 1 }), plain);
    expect(block.split('\n')).toEqual([
      '  Image: OCI archive, linux/arm64',
      '    13 KB uncompressed, 4.3 KB compressed, 1 layer, 1 file',
      '    Layers, bottom to top (sizes uncompressed; gzip blobs):',
      '      layer 1  13 KB  COPY README.md /README.md',
      '    Largest files:',
      '      31 MB  /var/lang/lib/libpython3.12.so.1.0  (layer 1)',
      '      120 B  /var/task/app.py  (layer 14)',
    ]);
  });

  it('an index, mixed compression, no history, no layers', () => {
    const mixed = [layer(0, 1000, null), { ...layer(1, 2000), compression: 'zstd' }];
    const block = formatImageBlock(facts(mixed, { index: { platforms: ['linux/amd64', 'linux/arm64'], attestations: 2 } }), plain);
    expect(block).toContain('    picked linux/amd64 from an index of 2 platforms and 2 attestations (linux/amd64, linux/arm64)');
    expect(block).toContain('    Layers, bottom to top (sizes uncompressed):');
    expect(block).toMatch(/layer 1  1 KB  gzip  \(no history\)/);
    expect(block).toMatch(/layer 2  2 KB  zstd  RUN step 1/);
    const none = formatImageBlock(facts([], { largest: [] }), plain);
    expect(none.split('\n')).toEqual(['  Image: my-fn:latest, docker save archive, linux/amd64', '    0 B uncompressed, 0 B compressed, 0 layers, 1203 files']);
  });
});
