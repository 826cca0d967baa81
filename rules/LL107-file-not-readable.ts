import { posix } from 'node:path';
import { defineRule, normalizePath, commandName, expand, withFlag } from '../src/engine/rule-kit.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import type { Instruction } from '../src/dockerfile/model.js';
import { BOOTSTRAP_PATHS } from '../src/knowledge/ric.js';
import type { FsEntry } from '../src/image/types.js';
import { octal } from '../src/core/executables.js';
import { pathWithin } from '../src/core/paths.js';
import type { BuildContext } from '../src/dockerfile/context.js';

/** Where Lambda's non-root user reads code and runtimes from (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html); the working directory is added. */
const READ_ROOTS = ['/var/task', '/opt', '/var/runtime'];
const MAX_PATHS = 5;

/** Octal chmod modes that leave "others" without read (files) access. */
function octalDeniesOthers(mode: string): boolean {
  if (!/^0?[0-7]{3,4}$/.test(mode)) return false;
  return (parseInt(mode, 8) & 0o004) === 0;
}

/** Symbolic chmod modes that take read or execute away from others: o-r, go-rwx, o=, a-r. */
function symbolicDeniesOthers(mode: string): boolean {
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([-=])([rwxXst]*)$/.exec(clause);
    if (!m) return false;
    const who = m[1] === '' ? 'a' : m[1];
    if (!/[oa]/.test(who)) return false;
    return m[2] === '=' ? !/r/.test(m[3]) : /[rxX]/.test(m[3]);
  });
}

/**
 * A COPY or ADD that puts a custom runtime's bootstrap where Lambda runs it (/var/runtime/bootstrap, /var/task/bootstrap,
 * /opt/bootstrap) without execute permission for others: its --chmod, or else the context file's own mode (COPY keeps
 * it). `landed`: the bootstraps the COPY puts in place, as the Dockerfile analysis places each copied file (a folder's
 * contents, wildcards and several sources included). The data of the finding, or undefined (executable, or not known here).
 */
function bootstrapCopy(ins: Instruction, mode: string | undefined, context: BuildContext | undefined, landed: readonly { path: string; contextPath?: string }[]): { messageId: 'bootstrapCopiedNotExecutable'; data: Record<string, string>; at: Instruction; severity?: 'warning' } | undefined {
  const hit = landed[0];
  if (!hit || ins.copy?.heredocs.length) return undefined;
  // The instruction rewritten with --chmod=755, its other flags and its paths kept.
  const rewritten = withFlag(ins, 'chmod', '755', ins.text.includes('\n') ? '...' : undefined);
  if (mode !== undefined) {
    if (grantsOthersExecute(mode) || !/^0?[0-7]{3,4}$/.test(mode)) return undefined;
    return { messageId: 'bootstrapCopiedNotExecutable', at: ins, data: { keyword: ins.keyword, path: hit.path, mode, why: `--chmod=${mode}`, fix: `Make it executable: ${rewritten}` } };
  }
  // The whole context copied (`COPY . .`) is judged by --chmod only: its bootstrap is a copy beside the code, and the
  // one that runs is placed on its own.
  if (!hit.contextPath || ins.copy?.sources.some((src) => ['.', './'].includes(src))) return undefined;
  const bits = context?.mode?.(hit.contextPath);
  if (bits === undefined || (bits & 0o001) !== 0) return undefined;
  // Judged from the mode of the file on this disk (a copy of the files may have lost the bit): a warning.
  const data = { keyword: ins.keyword, path: hit.path, mode: bits.toString(8).padStart(3, '0'), why: `the mode of ${hit.contextPath} in the build context, which ${ins.keyword} keeps`, fix: `Make it executable as it is copied: ${rewritten} (or chmod 755 ${hit.contextPath}, and in git: git update-index --chmod=+x ${hit.contextPath})` };
  return { messageId: 'bootstrapCopiedNotExecutable', at: ins, data, severity: 'warning' };
}

/**
 * Whether a chmod mode gives others execute permission: octal with o+x; symbolic with a clause for others (o, a or
 * no one named) that adds or sets x (`+x`, `a+rx`, `o=rx`); `u+x` does not.
 */
function grantsOthersExecute(mode: string): boolean {
  if (/^0?[0-7]{3,4}$/.test(mode)) return (parseInt(mode, 8) & 0o001) !== 0;
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    return m !== null && (m[1] === '' || /[oa]/.test(m[1])) && m[2] !== '-' && /[xX]/.test(m[3]);
  });
}

/** A later chmod that names a bootstrap (or a folder above it, or a path not known here) may make it executable. */
function forgetChmodded(bootstraps: Map<string, unknown>, targets: { value: string; unresolved: string[] }[], cwd: string): void {
  for (const p of targets) {
    const abs = p.unresolved.length || p.value.includes('$') ? undefined : p.value.startsWith('/') ? normalizePath(p.value) : normalizePath(`${cwd}/${p.value}`);
    for (const path of [...bootstraps.keys()]) if (abs === undefined || /[*?[]/.test(abs) || pathWithin(path, abs)) bootstraps.delete(path);
  }
}

/** `find DIR ... -exec chmod 755 {} +`: chmod on what find finds under its starting points. */
function forgetFoundChmodded(bootstraps: Map<string, unknown>, args: readonly string[], expanded: (raw: string) => { value: string; unresolved: string[] }, cwd: string): void {
  const exec = args.findIndex((a, i) => /^-exec(dir)?$/.test(a) && args[i + 1] === 'chmod');
  const mode = exec >= 0 ? args.slice(exec + 2).find((a) => !a.startsWith('-') || /^-[rwxXst]/.test(a)) : undefined;
  if (!mode || !grantsOthersExecute(mode)) return;
  const firstOption = args.findIndex((a) => /^[-(!]/.test(a));
  const starts = args.slice(0, firstOption < 0 ? args.length : firstOption);
  forgetChmodded(bootstraps, (starts.length ? starts : ['.']).map(expanded), cwd);
}

type Download = (typeof BROWSER_DOWNLOADS)[number];

/**
 * Browser downloads at build time and where the function looks for the browser at run time. The download goes to the
 * folder its variable names for that command (`VAR=... cmd`, an ARG or ENV in effect), else root's home; at run time
 * the tool reads the variable from the image's environment (ENV), else the home of the user Lambda runs the function
 * as, which is not /root. A later cp / mv / ln out of the download folder (the browsers moved into place) clears it.
 */
class BrowserDownloads {
  private readonly found: { ins: Instruction; download: Download; command: string; into: string; how: 'home' | 'build' | 'env' }[] = [];

  /** A command of a RUN: a download, or a copy out of an earlier download's folder. */
  command(name: string, cmd: { args: string[]; assignments: Record<string, string>; text: string }, ins: Instruction): void {
    if (['cp', 'mv', 'ln', 'rsync'].includes(name)) {
      for (let i = this.found.length - 1; i >= 0; i--) if (cmd.args.some((a) => pathWithin(a.replace(/\/+$/, ''), this.found[i].into))) this.found.splice(i, 1);
      return;
    }
    const download = browserDownload(name, cmd.args);
    if (!download || ins.scope.has('HOME') || !rootHomeKnown(ins)) return;
    const scoped = ins.scope.get(download.variable);
    if (scoped && !('value' in scoped)) return;
    const set = cmd.assignments[download.variable] ?? scoped?.value;
    if (set !== undefined && (!set.startsWith('/') || set.includes('$'))) return;
    // Set by an ENV in effect, the image keeps it: judged only against a later ENV that changes it.
    const how = set === undefined ? 'home' : !cmd.assignments[download.variable] && ins.stage?.env.get(download.variable)?.value === set ? 'env' : 'build';
    this.found.push({ ins, download, command: cmd.text.length > 60 ? `${cmd.text.slice(0, 57)}...` : cmd.text, into: set ?? download.home, how });
  }

  /** The findings, against the variable the image sets for run time. */
  findings(env: ReadonlyMap<string, { value: string }> | undefined): { data: Record<string, string>; at: Instruction }[] {
    if (env?.has('HOME')) return [];
    const out: { data: Record<string, string>; at: Instruction }[] = [];
    for (const f of this.found) {
      const { tool, variable, folder, failure } = f.download;
      const runDir = env?.get(variable)?.value;
      if (runDir !== undefined && (runDir === f.into || runDir.includes('$'))) continue;
      const into = f.how === 'home' ? `${f.into} (the build runs as root, whose home is /root)` : f.how === 'build' ? `${f.into} (${variable} set for this build step only, not in the image's ENV)` : f.into;
      const runAt = runDir === undefined ? `the home of the user Lambda runs the function as, which is not /root` : `${runDir} (ENV ${variable}, set after the download)`;
      const fix = runDir !== undefined
        ? `Set ENV ${variable}=${runDir} above this RUN, so that the browser is downloaded where ${tool} looks.`
        : f.how === 'build'
          ? `Keep the folder for run time: ENV ${variable}=${f.into} above this RUN.`
          : `Download it to a folder outside the home, kept for run time: ENV ${variable}=${folder} above this RUN.`;
      out.push({ data: { command: f.command, into, tool, runAt, failure, fix }, at: f.ins });
    }
    return out;
  }
}

/**
 * The RUN runs as root with home /root: no USER other than root, on a base whose environment is known (an AWS base or
 * an official image; an unknown one, such as Playwright's own images, may set the download folder itself).
 */
function rootHomeKnown(ins: Instruction): boolean {
  const stage = ins.stage;
  if (!stage) return false;
  const user = stage.user?.value.split(':')[0];
  if (user !== undefined && user !== 'root' && user !== '0') return false;
  // Playwright's own images set PLAYWRIGHT_BROWSERS_PATH=/ms-playwright (microsoft/playwright-python utils/docker/Dockerfile.noble).
  const ref = stage.base.ref;
  if (ref?.registry === 'mcr.microsoft.com' && ref.repository.startsWith('playwright')) return false;
  const kind = stage.base.kind;
  return kind.kind === 'aws' || (kind.kind === 'other' && kind.os !== undefined);
}

/** The files of the image that land on a bootstrap path, by the COPY that puts them there. */
function bootstrapsByCopy(files: readonly { path: string; contextPath?: string; ins: Instruction }[]): Map<Instruction, { path: string; contextPath?: string }[]> {
  const out = new Map<Instruction, { path: string; contextPath?: string }[]>();
  for (const f of files) if ((BOOTSTRAP_PATHS as readonly string[]).includes(f.path)) out.set(f.ins, [...(out.get(f.ins) ?? []), f]);
  return out;
}

/**
 * Browser downloaders that put the browser under the home folder of the user who runs them (root at build time, HOME
 * /root) unless a variable names another folder. Lambda runs the function as another user, whose home is not /root
 * (the error users meet: "Executable doesn't exist at /home/sbx_user1051/.cache/ms-playwright/...",
 * github.com/microsoft/playwright-python/issues/1317, github.com/microsoft/playwright/issues/18955).
 * Playwright: playwright.dev/docs/browsers#managing-browser-binaries (PLAYWRIGHT_BROWSERS_PATH); crawl4ai-setup runs
 * `playwright install`; pyppeteer: pyppeteer.github.io/pyppeteer/reference.html#environment-variables (PYPPETEER_HOME).
 */
const BROWSER_DOWNLOADS = [
  { tool: 'Playwright', variable: 'PLAYWRIGHT_BROWSERS_PATH', home: '/root/.cache/ms-playwright', folder: '/ms-playwright', failure: 'is not there ("Executable doesn\'t exist")' },
  { tool: 'pyppeteer', variable: 'PYPPETEER_HOME', home: '/root/.local/share/pyppeteer', folder: '/opt/pyppeteer', failure: 'is not there, and pyppeteer tries to download it at run time, where the filesystem is read-only' },
] as const;

/** The browser download a command runs: `playwright install [chromium]` (also `python -m playwright`, `npx playwright`), `crawl4ai-setup`, `pyppeteer-install`. */
function browserDownload(name: string, args: readonly string[]): (typeof BROWSER_DOWNLOADS)[number] | undefined {
  // Run through a project's tool: uv run, poetry run, pipenv run, pnpm exec, npm exec, yarn <bin>, pnpm dlx.
  if ((['uv', 'poetry', 'pipenv', 'pdm', 'hatch'].includes(name) && args[0] === 'run') || (['pnpm', 'npm'].includes(name) && ['exec', 'dlx', 'x'].includes(args[0] ?? ''))) {
    const rest = args.slice(1).filter((a, i, all) => !a.startsWith('-') || all.slice(0, i).some((b) => !b.startsWith('-')));
    return rest[0] ? browserDownload(rest[0].replace(/@[\w.^~-]+$/, ''), rest.slice(1)) : undefined;
  }
  if (name === 'yarn' && args[0] && !args[0].startsWith('-')) return browserDownload(args[0], args.slice(1));
  const words = args.filter((a) => !a.startsWith('-'));
  let rest: readonly string[] | undefined;
  if (name === 'playwright') rest = words;
  else if (/^python(3(\.\d+)?)?$/.test(name) && args[0] === '-m' && args[1] === 'playwright') rest = args.slice(2).filter((a) => !a.startsWith('-'));
  else if ((name === 'npx' || name === 'bunx') && /^playwright(@[\w.^~-]+)?$/.test(words[0] ?? '')) rest = words.slice(1);
  if (rest) return rest[0] === 'install' ? BROWSER_DOWNLOADS[0] : undefined;
  if (name === 'crawl4ai-setup') return BROWSER_DOWNLOADS[0];
  if (name === 'pyppeteer-install') return BROWSER_DOWNLOADS[1];
  return undefined;
}

export default defineRule({
  code: 'LL107',
  name: 'file-not-readable',
  severity: 'error',
  since: '0.1.0',
  sameAs: [],
  needs: { facts: ['lineage', 'lambda'], dockerfile: true, context: true, history: true, image: {} },
  docs: {
    what: 'Checks that the non-root user Lambda runs the function as can read the code. In a built image: files under the working directory, /var/task, /opt and /var/runtime that others cannot read (no o+r), directories there that others cannot search or list (no o+rx, also the parents of those directories), and bootstraps (/var/task/bootstrap, /opt/bootstrap, /var/runtime/bootstrap) that others cannot execute; the count, up to five paths with their mode and owner uid, and the layer that added them. The entrypoint named by the config is checked by LL102. From a Dockerfile (or the image history): `COPY --chmod=600` (or another mode without o+r) into those directories, `RUN chmod 600 / 700 / 640 / o-r / go-rwx` on them, and a bootstrap copied to where Lambda runs it without execute permission for others (its `--chmod`, or, with the build context at hand, the mode of the context file, which COPY keeps: a warning, since a copy of the files that lost the execute bit tells wrong) unless a later `RUN chmod` makes it executable; and a headless browser downloaded at build time (`playwright install`, also through python -m, npx, uv run, poetry run, pnpm exec; `crawl4ai-setup`, `pyppeteer-install`) where the function will not look for it at run time, on a base whose environment is known (a warning): into root\'s home with no download folder variable (PLAYWRIGHT_BROWSERS_PATH, PYPPETEER_HOME) in the image\'s ENV, into a folder the variable names for the build only (`RUN VAR=... playwright install`, an ARG), or before an ENV that names another folder; a later cp / mv out of the download folder clears it, and a HOME the Dockerfile sets is not judged. With the built image at hand only its filesystem is judged, since a later layer may have fixed the modes.',
    why: 'Lambda runs the container as a least-privileged user that is not root and not the file owner (images-create.html: "the default Lambda user must be able to read every file needed to run the function"). A file the owner alone can read fails at import: `[Errno 13] Permission denied: \'/var/task/app.py\'` (Python), `EACCES: permission denied, open \'/var/task/index.js\'` (Node.js), `cannot load such file -- function` (Ruby); a bootstrap without o+x fails with `permission denied` (Runtime.InvalidEntrypoint). Files checked out with a restrictive umask, copied with `--chmod=600`, or made private with `chmod 700` all work under `docker run` as root and break only on Lambda.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=600 app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER,
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=644 app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-reqs',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/main/doc_source/troubleshooting-deployment.md',
      'https://github.com/terraform-aws-modules/terraform-aws-lambda/issues/209',
      'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod',
    ],
  },
  messages: {
    unreadableFiles: {
      evidence: 'image',
      text: '{{count}} {{kind}} under {{roots}} {{verb}} not {{access}} by others, and Lambda runs the function as a non-root user: {{paths}}{{more}}.',
      severity: 'error',
      fix: 'RUN chmod -R o+rX {{dirs}} in the layer that adds them (or COPY --chmod=644 for files, 755 for directories and executables).',
    },
    bootstrapNotExecutable: {
      evidence: 'image',
      text: 'The bootstrap {{path}} has mode {{mode}} (owner uid {{uid}}): the non-root Lambda user cannot execute it (permission denied, Runtime.InvalidEntrypoint).',
      severity: 'error',
      fix: 'chmod 755 {{path}} in the layer that adds it (or COPY --chmod=755).',
    },
    bootstrapCopiedNotExecutable: {
      text: '{{keyword}} puts the bootstrap at {{path}} with mode {{mode}} ({{why}}): the runtime cannot execute it, and every cold start fails with "permission denied" (Runtime.InvalidEntrypoint).',
      severity: 'error',
      fix: '{{fix}}',
    },
    copyChmod: {
      text: '{{keyword}} --chmod={{mode}} into {{dest}} leaves the files unreadable by others; Lambda runs as a non-root user and fails with "Permission denied".',
      severity: 'error',
      fix: 'Use --chmod=644 for files (755 for directories and executables), or leave --chmod out.',
    },
    browserInRootHome: {
      text: '`{{command}}` downloads the browser into {{into}}, but at run time {{tool}} looks in {{runAt}}: it {{failure}}.',
      severity: 'warning',
      fix: '{{fix}}',
    },
    runChmod: {
      text: 'chmod {{mode}} {{path}} takes read access away from others; Lambda runs as a non-root user and fails with "Permission denied".',
      severity: 'error',
      fix: 'Use chmod 644 (files) / 755 (directories and executables), or chmod -R o+rX {{path}}.',
    },
  },
  create(ctx) {
    const pending: { messageId: 'copyChmod' | 'runChmod' | 'bootstrapCopiedNotExecutable'; data: Record<string, string>; at: Instruction; severity?: 'warning' }[] = [];
    const browsers = new BrowserDownloads();
    /** Bootstraps copied without execute permission for others, until a later RUN chmod makes them executable. */
    const bootstraps = new Map<string, (typeof pending)[number]>();
    const roots = (wd: string) => [...READ_ROOTS, ...(wd && wd !== '/' ? [wd] : [])];
    const inRoots = (p: string, wd: string) => roots(wd).some((r) => pathWithin(p, r));
    const lineage = new Set(ctx.facts.lineage);
    let landedBootstraps: Map<Instruction, { path: string; contextPath?: string }[]> | undefined;
    return {
      instruction(ins) {
        if (!ins.stage || !lineage.has(ins.stage)) return;
        const wd = ins.workdir;
        if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) {
          const mode = ins.flags.find((f) => f.name === 'chmod')?.value;
          landedBootstraps ??= bootstrapsByCopy(ctx.facts.lambda.dockerfile?.files ?? []);
          const bootstrap = bootstrapCopy(ins, mode, ctx.context, landedBootstraps.get(ins) ?? []);
          if (bootstrap) return void bootstraps.set(bootstrap.data.path, bootstrap);
          if (!mode) return;
          const dest = ins.copy.dest;
          const denies = octalDeniesOthers(mode) || symbolicDeniesOthers(mode);
          if (!denies || dest.includes('$') || !inRoots(normalizePath(dest), wd)) return;
          pending.push({ messageId: 'copyChmod', data: { keyword: ins.keyword, mode, dest }, at: ins });
          return;
        }
        if (ins.keyword !== 'RUN') return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        let cwd = wd;
        for (const cmd of script.commands) {
          const name = commandName(cmd);
          if (name === 'cd' && cmd.args[0] && cmd.literal[0]) cwd = cmd.args[0].startsWith('/') ? normalizePath(cmd.args[0]) : normalizePath(`${cwd}/${cmd.args[0]}`);
          browsers.command(name, cmd, ins);
          if (name === 'find' && bootstraps.size) forgetFoundChmodded(bootstraps, cmd.args, (raw) => expand(raw, ins.scope, ctx.df.escape), cwd);
          if (name !== 'chmod') continue;
          const args = cmd.args.filter((a, i) => !(a.startsWith('-') && /^-[RrfvcH]+$|^--/.test(a)) || !cmd.literal[i]);
          const mode = args[0];
          if (bootstraps.size && mode && grantsOthersExecute(mode)) forgetChmodded(bootstraps, args.slice(1).map((raw) => expand(raw, ins.scope, ctx.df.escape)), cwd);
          if (!mode || !(octalDeniesOthers(mode) || symbolicDeniesOthers(mode))) continue;
          for (const raw of args.slice(1)) {
            const p = expand(raw, ins.scope, ctx.df.escape);
            if (p.unresolved.length || p.value.includes('$')) continue;
            const abs = p.value.startsWith('/') ? normalizePath(p.value) : normalizePath(`${cwd}/${p.value}`);
            if (!inRoots(abs, wd)) continue;
            pending.push({ messageId: 'runChmod', data: { mode, path: abs }, at: ins });
            break;
          }
        }
      },
      end() {
        // With the built image at hand its modes are the exact evidence (a later layer may have fixed them).
        if (ctx.image) return;
        for (const p of [...pending, ...bootstraps.values()]) ctx.report(p);
        for (const b of browsers.findings(ctx.target?.env)) ctx.report({ messageId: 'browserInRootHome', ...b });
      },
      image(image) {
        const c = ctx.facts.lambda.image!;
        const dirs = roots(c.workingDir ? c.workdir : '');
        const bad = new Map<number, { files: FsEntry[]; dirs: FsEntry[] }>();
        const add = (e: FsEntry, isDir: boolean) => {
          const g = bad.get(e.layer) ?? { files: [], dirs: [] };
          (isDir ? g.dirs : g.files).push(e);
          bad.set(e.layer, g);
        };
        // The roots' parents: an unsearchable /var or /opt hides everything below.
        const parents = new Set<string>();
        for (const r of dirs) for (let p = posix.dirname(r); p !== '/'; p = posix.dirname(p)) parents.add(p);
        for (const p of parents) {
          const e = image.files.get(p);
          if (e && e.type === 'dir' && !e.implicit && (e.mode & 0o001) === 0) add(e, true);
        }
        const bootstraps = new Set<string>(BOOTSTRAP_PATHS);
        for (const [path, e] of image.files) {
          if (e.implicit || !dirs.some((r) => pathWithin(path, r))) continue;
          if (e.type === 'dir') {
            if ((e.mode & 0o005) !== 0o005) add(e, true);
          } else if (e.type === 'file' || e.type === 'hardlink') {
            if ((e.mode & 0o004) === 0) add(e, false);
            else if (bootstraps.has(path) && (e.mode & 0o001) === 0) {
              ctx.report({ messageId: 'bootstrapNotExecutable', data: { path, mode: octal(e.mode), uid: e.uid }, source: 'image-layer', layer: e.layer });
            }
          }
        }
        for (const [layer, g] of [...bad.entries()].sort((a, b) => a[0] - b[0])) {
          const all = [...g.dirs, ...g.files];
          const shown = all.slice(0, MAX_PATHS).map((e) => `${e.path} (${octal(e.mode)}, uid ${e.uid})`).join(', ');
          const kind = g.files.length && g.dirs.length ? 'files and directories' : g.dirs.length ? (all.length === 1 ? 'directory' : 'directories') : all.length === 1 ? 'file' : 'files';
          const access = g.dirs.length && !g.files.length ? 'readable and searchable' : g.dirs.length ? 'readable (or, for directories, searchable)' : 'readable';
          const top = [...new Set(all.map((e) => dirs.find((r) => pathWithin(e.path, r)) ?? posix.dirname(e.path)))];
          ctx.report({
            messageId: 'unreadableFiles',
            data: { count: all.length, kind, roots: top.join(', '), verb: all.length === 1 ? 'is' : 'are', access, paths: shown, more: all.length > MAX_PATHS ? ` and ${all.length - MAX_PATHS} more` : '', dirs: top.join(' ') },
            source: 'image-layer',
            layer,
          });
        }
      },
    };
  },
});
