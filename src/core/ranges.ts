/** Ranges as the reports print them: `550–815 MB` (bytes, by the one byte formatter) and `200–400 ms`. */
import { formatBytes } from './bytes.js';

/** A low-high range of numbers. */
export interface Range {
  low: number;
  high: number;
}

/** Milliseconds: `350 ms`, `1.2 s`, `12 s`. */
export const formatMs = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(n >= 10000 ? 0 : 1)} s` : `${Math.round(n)} ms`);

/** `550–815 MB` when both ends share a unit, `900 MB–1.2 GB` when they do not. */
function range(low: string, high: string): string {
  if (low === high) return low;
  const [lv, lu] = low.split(' ');
  const [hv, hu] = high.split(' ');
  return lu === hu ? `${lv}–${hv} ${hu}` : `${low}–${high}`;
}

export const msRange = (r: Range) => range(formatMs(r.low), formatMs(r.high));
export const sizeRange = (r: Range) => range(formatBytes(r.low), formatBytes(r.high));
