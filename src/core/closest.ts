/** Levenshtein distance between two strings (insertions, deletions and substitutions each count 1). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/**
 * The candidate closest to what was written, when it is close enough to be a typo (at most one edit per five
 * characters, and at least one): `LL3O1` -> LL301, `--formt` -> --format. Letter case is ignored.
 */
export function closest(written: string, candidates: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const id of candidates) {
    const d = editDistance(written.toLowerCase(), id.toLowerCase());
    if (d <= Math.max(1, Math.floor(id.length / 5)) && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
