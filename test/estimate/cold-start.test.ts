import { afterAll, describe, expect, it } from 'vitest';
import { estimateColdStart } from '../../src/estimate/index.js';
import { estimateFixture, REFERENCES } from './fixtures.js';

const center = (r: { low: number; high: number }) => (r.low + r.high) / 2;
const within25 = (value: number, ref: number) => Math.abs(value - ref) / ref <= 0.25;

describe('cold-start model reproduces the reference figures within 25%', () => {
  const rows: string[] = [];
  it.each(REFERENCES)('$label', async (ref) => {
    const e = await estimateFixture(ref.name);
    const p50 = center(e.coldStart.p50);
    const p99 = center(e.coldStart.p99);
    rows.push(`${ref.label}: p50 ${ref.p50} -> ${Math.round(p50)} (${e.coldStart.p50.low}-${e.coldStart.p50.high}); p99 ${ref.p99} -> ${Math.round(p99)} (${e.coldStart.p99.low}-${e.coldStart.p99.high}); size ${(e.size.low / 1e6).toFixed(0)}-${(e.size.high / 1e6).toFixed(0)} MB`);
    expect(e.size.runtime).toBe(ref.runtime);
    expect(within25(p50, ref.p50), `p50 ${p50} vs ${ref.p50}`).toBe(true);
    expect(within25(p99, ref.p99), `p99 ${p99} vs ${ref.p99}`).toBe(true);
    // The reference value lies inside the output range.
    expect(e.coldStart.p50.low).toBeLessThanOrEqual(ref.p50);
    expect(e.coldStart.p50.high).toBeGreaterThanOrEqual(ref.p50);
    expect(e.coldStart.p99.low).toBeLessThanOrEqual(ref.p99);
    expect(e.coldStart.p99.high).toBeGreaterThanOrEqual(ref.p99);
    expect(e.coldStart.model).toBe('heuristic');
    expect(e.coldStart.drivers.length).toBeGreaterThan(0);
    expect(e.coldStart.drivers.length).toBeLessThanOrEqual(3);
    for (const d of e.coldStart.drivers) expect(d.cut.length).toBeGreaterThan(10);
  });
  // The comparison table, for the log (not a test: it cannot fail).
  afterAll(() => console.log(rows.join('\n')));
});

describe('cold-start model behaviour', () => {
  const base = { runtime: 'python' as const, ownBytes: { low: 0, high: 0 }, baseBytes: { low: 5e8, high: 6e8 }, packages: [], otherPackages: 0, awsBase: true };
  it('AWS base bytes cost nothing, own bytes do', () => {
    const a = estimateColdStart(base);
    const b = estimateColdStart({ ...base, ownBytes: { low: 1e9, high: 1e9 } });
    expect(center(b.p50)).toBeGreaterThan(center(a.p50));
    expect(b.drivers.some((d) => /own 1 GB/.test(d.name))).toBe(true);
  });
  it('heavy imports are drivers with a lazy-import cut', () => {
    const e = estimateColdStart({ ...base, packages: ['tensorflow'] });
    expect(e.drivers[0].name).toBe('import tensorflow');
    expect(e.drivers[0].cut).toMatch(/lazily/);
  });
  it('Java: SnapStart works with container images; on other bases it needs /restore/next or the label (AWS docs)', () => {
    const aws = estimateColdStart({ ...base, runtime: 'java', awsBase: true }).notes.join(' ');
    expect(aws).toMatch(/SnapStart works with this AWS base image/);
    expect(aws).toContain('https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-custom.html');
    expect(aws).not.toMatch(/not verified|unverified/);
    const other = estimateColdStart({ ...base, runtime: 'java', awsBase: false }).notes.join(' ');
    expect(other).toMatch(/\/restore\/next or carry LABEL com\.amazonaws\.lambda\.feature\.snapstart="Allow"/);
  });
  it('arm64 is a cost note, not a latency cut', () => {
    const e = estimateColdStart(base);
    expect(e.notes.join(' ')).toMatch(/arm64.*cost saving, not a cold-start one/);
  });
  it('non-AWS base: all bytes are own bytes', () => {
    const e = estimateColdStart({ ...base, awsBase: false, ownBytes: { low: 2e8, high: 3e8 } });
    expect(e.notes.join(' ')).toMatch(/not built on an AWS base image/);
  });
});
