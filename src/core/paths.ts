/** Path helpers shared by the Dockerfile model, the image reader and the rules (absolute POSIX paths). */

/** True when `path` is `dir` or inside it (trailing slashes and a trailing `/*` ignored; `/` holds everything). */
export function pathWithin(path: string, dir: string): boolean {
  const clean = (p: string) => p.replace(/\/\*$/, '').replace(/\/+$/, '') || '/';
  const p = clean(path);
  const d = clean(dir);
  return d === '/' || p === d || p.startsWith(`${d}/`);
}

/**
 * A local archive ADD unpacks into the image (Dockerfile reference, ADD: a tar archive, uncompressed or in gzip,
 * bzip2 or xz; zstd too with BuildKit); a zip is copied as it is.
 */
export const TAR_ARCHIVE = /\.(tar(\.(gz|bz2|xz|zst))?|tgz|tbz2?|txz)$/i;

/**
 * A COPY/ADD source (or a .dockerignore path) as a path relative to the build context: `./`, `.` segments and
 * empty segments dropped (`./src/.` -> `src`, `.` -> '' for the whole context).
 */
export function contextPath(source: string): string {
  const out: string[] = [];
  for (const seg of source.split('/')) {
    if (seg === '' || seg === '.') continue;
    // `..` goes up a folder, and never out of the context: "parent directory paths are stripped out automatically"
    // (Dockerfile reference, COPY: `COPY ../something /something` copies `something`).
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}
