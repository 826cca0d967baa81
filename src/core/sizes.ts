/**
 * The one size parser: "500MB", "2GB", "1.5GiB" into bytes, decimal units for KB/MB/GB (as docker and the AWS
 * console print them) and binary units for KiB/MiB/GiB. SIZE_PATTERN is what the configuration schema accepts.
 */
export const SIZE_PATTERN = '^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|KiB|MiB|GiB)$';

const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/** Bytes of a size such as 500MB or 1.5GiB; NaN when it is not one. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)$/.exec(s.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * UNITS[m[2]];
}
