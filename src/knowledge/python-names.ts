/**
 * The one normaliser of Python package names, as PEP 503 defines it: lower case, runs of `-`, `_` and `.`
 * become one `-` (https://peps.python.org/pep-0503/#normalized-names).
 */
export function normalizePyName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
