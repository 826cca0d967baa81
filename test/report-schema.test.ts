/** schema/report.schema.json accepts what src/report/json.ts writes, and only that. */
import { describe, expect, it } from 'vitest';
import { ESTIMATES_SCHEMA } from '../src/estimate/schema.js';
import { formatJson } from '../src/report/json.js';
import type { Report, TargetReport } from '../src/report/types.js';
import { reportErrors, reportSchema } from './helpers/report-schema.js';

const finding = {
  code: 'LL201',
  name: 'base-image-unpinned',
  messageId: 'latest',
  severity: 'error' as const,
  message: 'Base image "python:latest" uses the tag latest.',
  location: { file: 'Dockerfile', line: 1, column: 1, endLine: 1, endColumn: 19 },
  source: 'dockerfile' as const,
  fix: 'Pin a version tag and a digest instead of latest.',
  docsUrl: 'https://github.com/lint-lambda-image/lint-lambda-image/blob/main/docs/rules/LL201.md',
};
const report = (r: Report) => JSON.parse(formatJson(r, '0.1.0'));

/** As src/estimate writes it for an image. */
const estimates = {
  size: {
    low: 10240, high: 10240, baseShare: { low: 0, high: 0 }, ownBytes: { low: 10240, high: 10240 },
    contributions: [{ what: 'layer 1: bazel build ...', kind: 'layer', low: 10240, high: 10240, source: 'image' }],
    unknown: [], exact: true, compressed: 10240, runtime: 'unknown', packages: [], otherPackages: 0,
  },
  coldStart: {
    p50: { low: 100, high: 800 }, p99: { low: 300, high: 2000 },
    drivers: [{ name: 'runtime start-up', ms: 450, cut: 'use an AWS base image' }], model: 'heuristic', notes: ['Heuristic estimate.'],
  },
} as TargetReport['estimates'];
/** As src/linter/image-target.ts describeImage() writes it. */
const image = {
  format: 'docker-archive', ref: 'my-fn:latest', platform: 'linux/amd64', index: { platforms: ['linux/amd64', 'linux/arm64'], attestations: 2 },
  compressedBytes: 10240, uncompressedBytes: 20480, wastedBytes: 0, files: 2,
  layers: [{ index: 0, digest: 'sha256:8897395fd26dc44ad0e2a834335b33198cb41ac4d98dfddf58eced3853fa7b17', compression: 'gzip', compressedBytes: 10240, uncompressedBytes: 20480, createdBy: 'COPY app.py /var/task/' }],
  largest: [{ path: '/var/task/app.py', bytes: 4, layer: 0 }],
};

describe('report.schema.json', () => {
  it('accepts a report with findings, estimates, image facts and errors', () => {
    const r = report({
      targets: [
        { file: 'Dockerfile', kind: 'dockerfile', findings: [finding], estimates: null },
        { file: 'img.tar', kind: 'image', findings: [{ ...finding, source: 'image-layer', layer: 3 }], estimates, image },
      ],
      errors: [{ file: 'missing/Dockerfile', message: 'no such file or directory' }],
    });
    expect(reportErrors(r)).toEqual([]);
    expect(r.summary).toEqual({ errors: 2, warnings: 0, infos: 0, inputs: 2 });
  });
  it('accepts estimates without a cold start, with the reason, for a file that is not a Lambda image', () => {
    const sizeOnly = { size: estimates!.size, coldStart: null, coldStartReason: 'the file shows no sign of being a Lambda image (LL100)' };
    expect(reportErrors(report({ targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: [], estimates: sizeOnly }], errors: [] }))).toEqual([]);
    const noReason = { size: estimates!.size, coldStart: null, coldStartReason: 3 } as unknown as TargetReport['estimates'];
    expect(reportErrors(report({ targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: [], estimates: noReason }], errors: [] }))).not.toEqual([]);
  });
  it('describes estimates exactly as src/estimate/schema.ts does', () => {
    const defs = reportSchema.definitions as Record<string, unknown>;
    expect(defs.estimates).toEqual(ESTIMATES_SCHEMA);
  });
  it('accepts image facts without an index, ref, digest or history', () => {
    const bare = { ...image, ref: null, index: null, platform: '', layers: [{ ...image.layers[0], digest: null, createdBy: null }], largest: [] };
    expect(reportErrors(report({ targets: [{ file: 'i.tar', kind: 'image', findings: [], estimates: null, image: bare }], errors: [] }))).toEqual([]);
  });
  it('rejects estimates and image facts of another shape', () => {
    const one = (t: Partial<TargetReport>) => reportErrors(report({ targets: [{ file: 'i.tar', kind: 'image', findings: [], estimates: null, ...t }], errors: [] }));
    expect(one({ estimates: { size: { bytes: 123 } } as unknown as TargetReport['estimates'] })).not.toEqual([]);
    expect(one({ image: { layers: 4 } })).not.toEqual([]);
    expect(one({ image: { ...image, extra: 1 } })).not.toEqual([]);
    expect(one({ image: { ...image, format: 'tarball' } })).not.toEqual([]);
    expect(one({ image: { ...image, layers: [{ ...image.layers[0], compression: 'bzip2' }] } })).not.toEqual([]);
    expect(one({ image: { ...image, largest: [{ path: '/x', bytes: -1, layer: 0 }] } })).not.toEqual([]);
  });
  it('accepts an empty run and a finding without a fix', () => {
    expect(reportErrors(report({ targets: [], errors: [] }))).toEqual([]);
    const { fix: _fix, ...noFix } = finding;
    expect(reportErrors(report({ targets: [{ file: 'D', kind: 'dockerfile', findings: [noFix], estimates: null }], errors: [] }))).toEqual([]);
  });
  it('rejects unknown properties where the shape is ours', () => {
    const base = report({ targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: [finding], estimates: null }], errors: [] });
    const mutate = (f: (r: any) => void) => {
      const r = structuredClone(base);
      f(r);
      return reportErrors(r);
    };
    expect(mutate((r) => (r.extra = 1))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].findings[0].ruleId = 'x'))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].findings[0].location.offset = 3))).not.toEqual([]);
    expect(mutate((r) => (r.summary.total = 1))).not.toEqual([]);
    expect(mutate((r) => (r.tool.url = 'x'))).not.toEqual([]);
  });
  it('rejects wrong values', () => {
    const base = report({ targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: [finding], estimates: null }], errors: [] });
    const mutate = (f: (r: any) => void) => {
      const r = structuredClone(base);
      f(r);
      return reportErrors(r);
    };
    expect(mutate((r) => (r.targets[0].findings[0].severity = 'fatal'))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].findings[0].code = 'DL3007'))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].findings[0].location.line = 0))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].kind = 'compose'))).not.toEqual([]);
    expect(mutate((r) => (r.targets[0].estimates = 'big'))).not.toEqual([]);
    expect(mutate((r) => delete r.targets[0].estimates)).not.toEqual([]);
    expect(mutate((r) => delete r.targets[0].findings[0].docsUrl)).not.toEqual([]);
    expect(mutate((r) => (r.reportVersion = 2))).not.toEqual([]);
  });
});
