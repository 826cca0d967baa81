import { defineRule, installs, normalizePath, copyExcludes } from '../src/engine/rule-kit.js';
import { pathWithin } from '../src/core/paths.js';
import type { ContextFile } from '../src/dockerfile/context.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';
import { CONTEXT_EXCLUDES, OPAQUE_DIRS, isEnvFile, type ContextExclude } from '../src/knowledge/context-excludes.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import { formatBytes } from '../src/core/bytes.js';

const NODE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);

interface Offender {
  path: string;
  dir: boolean;
  bytes: number;
  why: string;
}

/** The unwanted entries of the context that `COPY .` takes, with their sizes. */
function offenders(files: ContextFile[], nodeInstalled: boolean): Offender[] {
  const found = new Map<string, Offender>();
  const excludes = CONTEXT_EXCLUDES.filter((e) => !e.node || nodeInstalled);
  for (const f of files) {
    const segments = f.path.split('/');
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const last = i === segments.length - 1;
      const isDir = !last || f.dir;
      let hit: ContextExclude | undefined = excludes.find((e) => e.name === seg && (e.kind === 'dir') === isDir);
      if (!hit && !isDir && isEnvFile(seg)) hit = CONTEXT_EXCLUDES.find((e) => e.name === '.env');
      if (hit) {
        const path = segments.slice(0, i + 1).join('/');
        const o = found.get(path) ?? { path, dir: isDir, bytes: 0, why: hit.why };
        if (!f.dir) o.bytes += f.size;
        found.set(path, o);
        break;
      }
      if (OPAQUE_DIRS.includes(seg)) break;
    }
  }
  return [...found.values()].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
}

function describe(list: Offender[], truncated: boolean, max = 5): string {
  const shown = list.slice(0, max).map((o) => `${o.path}${o.dir ? '/' : ''} (${truncated ? 'at least ' : ''}${formatBytes(o.bytes)}, ${o.why})`);
  return list.length > max ? `${shown.join(', ')} + ${list.length - max} more` : shown.join(', ');
}

export default defineRule({
  code: 'LL306',
  name: 'build-context-unfiltered',
  severity: 'warning',
  since: '0.1.0',
  sameAs: ['dockle DKL-LI-0003'],
  needs: { facts: ['lineage'], dockerfile: true, context: true },
  docs: {
    what: "Checks `COPY .` and `ADD .` into the function image (the target stage, the stages it is built FROM, and builder stages whose copied folder the target copies whole with COPY --from) against the build context: it reports a context with no .dockerignore at all, and a .dockerignore that still lets through one of the entries of the Context entries table below (node_modules only when the Dockerfile installs Node.js dependencies itself; `.env.*` files count as `.env`, example files do not). It looks at the files that actually exist and names them with their sizes. When the build context cannot be read, the rule stays quiet rather than guess.",
    why: 'Everything `COPY .` takes ships in the function image: the repository history, test suites, virtualenvs and a host-built node_modules (with native modules compiled for macOS or Windows that fail on Lambda with "invalid ELF header") add megabytes to every deploy and to what Lambda fetches for new execution environments. .aws and .env files put credentials into an image anyone with pull access can read. A .dockerignore also keeps unrelated edits (a README, a test) from busting the build cache of the COPY layer.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n', context: { ...PYTHON_HANDLER, 'tests/test_app.py': 'def test():\n    pass\n' } },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n', context: { ...PYTHON_HANDLER, 'tests/test_app.py': 'def test():\n    pass\n', '.dockerignore': '.git\ntests/\n**/__pycache__\n.venv\n.env\n' } },
    references: [
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
      'https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-li-0003',
    ],
    tables: [
      {
        title: 'Context entries',
        intro: 'The files and folders this rule expects a .dockerignore to keep out of the function image (src/knowledge/context-excludes.ts).',
        columns: ['entry', 'kind', 'what it is', 'when'],
        rows: () => CONTEXT_EXCLUDES.map((e) => [e.name, e.kind === 'dir' ? 'folder' : 'file', e.why, e.node ? 'the Dockerfile installs Node.js dependencies' : 'always']),
      },
    ],
  },
  messages: {
    noDockerignore: {
      text: '{{copy}} copies the whole build context into the image and there is no .dockerignore{{found}}.',
      severity: 'warning',
      fix: 'Add a .dockerignore next to the Dockerfile ({{ignore}}), or COPY only what the function needs.',
    },
    unfilteredPaths: {
      text: '{{copy}} copies {{found}} into the image: .dockerignore ({{dockerignore}}) does not exclude them.',
      severity: 'warning',
      fix: 'Add to .dockerignore: {{ignore}}.',
    },
  },
  create(ctx) {
    const lineage = new Set<Stage>(ctx.facts.lineage);
    const copies: Instruction[] = [];
    return {
      instruction(ins) {
        if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.stage || !ins.copy || ins.copy.from !== undefined) return;
        if (ins.copy.sources.some((s) => s === '.' || s === './' || s === '/')) copies.push(ins);
      },
      end() {
        const context = ctx.context;
        if (!context || copies.length === 0) return;
        const nodeInstalled = ctx.df.stages.some((s) => s.reachesTarget && s.instructions.some((i) => i.keyword === 'RUN' && installs(ctx.df.shell(i)).some((p) => NODE_MANAGERS.has(p.manager))));
        /** A builder stage's folder ships when the image copies it (or a parent of it) whole. */
        const ships = (ins: Instruction): boolean => {
          const stage = ins.stage!;
          if (lineage.has(stage)) return true;
          const dest = normalizePath(ins.copy!.dest);
          return [...lineage].some((s) => s.instructions.some((c) => c.copy?.fromStage === stage && c.copy.sources.some((src) => src.startsWith('/') && pathWithin(dest, normalizePath(src)))));
        };
        let list: Offender[] | undefined;
        for (const ins of copies) {
          if (!ships(ins)) continue;
          list ??= offenders(context.files(), nodeInstalled);
          const spec = ins.copy!;
          const mine = spec.excludes ? list.filter((o) => !copyExcludes(spec, o.path)) : list;
          const copy = `${ins.keyword} ${ins.words.join(' ')}`;
          const ignore = (mine.length ? mine.slice(0, 8).map((o) => (o.dir ? `${o.path}/` : o.path)) : ['.git', '**/__pycache__', '.venv', '.env', 'tests/']).join(', ');
          if (!context.dockerignore) {
            const found = mine.length ? `, so it takes ${describe(mine, context.truncated)}` : '';
            ctx.report({ messageId: 'noDockerignore', at: ins, source: 'build-context', data: { copy, found, ignore: mine.length ? `with ${ignore}` : `e.g. ${ignore}` } });
            continue;
          }
          if (!mine.length) continue;
          const dockerignore = context.dockerignore.path.split(/[\\/]/).pop() ?? '.dockerignore';
          ctx.report({ messageId: 'unfilteredPaths', at: ins, source: 'build-context', data: { copy, found: describe(mine, context.truncated), dockerignore, ignore } });
        }
      },
    };
  },
});
