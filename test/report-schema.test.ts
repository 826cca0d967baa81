/** schema/report.schema.json accepts what src/report/json.ts writes, and only that. */
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/report/json.js';
import type { Report, TargetReport } from '../src/report/types.js';
import { reportErrors } from './helpers/report-schema.js';

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

describe('report.schema.json', () => {
  it('accepts a report with findings, estimates, image facts and errors', () => {
    const r = report({
      targets: [
        { file: 'Dockerfile', kind: 'dockerfile', findings: [finding], estimates: null },
        { file: 'img.tar', kind: 'image', findings: [{ ...finding, source: 'image-layer', layer: 3 }], estimates: { size: { bytes: 123 } } as unknown as TargetReport["estimates"], image: { layers: 4 } },
      ],
      errors: [{ file: 'missing/Dockerfile', message: 'no such file or directory' }],
    });
    expect(reportErrors(r)).toEqual([]);
    expect(r.summary).toEqual({ errors: 2, warnings: 0, infos: 0, inputs: 2 });
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
