import { defineRule } from '../src/engine/rule-kit.js';
import { contextPath } from '../src/core/paths.js';

function list(sources: string[]): string {
  const shown = sources.slice(0, 5).join(', ');
  return sources.length > 5 ? `${shown} and ${sources.length - 5} more` : shown;
}

export default defineRule({
  code: 'LL002',
  name: 'copy-source-missing',
  severity: 'warning',
  since: '0.1.0',
  needs: { facts: ['contextCheck'], dockerfile: true, context: true },
  docs: {
    what: 'Checks the COPY and ADD sources named literally (no variable, wildcard or URL) in the stages that make the image against the folder used as the build context (--context, by default the Dockerfile\'s folder). When none of them is there, the Dockerfile is linted from a folder that is not its build context: it says so once, names the missing sources, and every check that reads the build context (handler modules, dependency manifests, .dockerignore, secrets in copied files, the size estimate) treats the context as unknown instead of judging the wrong folder. When only some are missing, it names them. A source that is in the folder but excluded by .dockerignore is reported too: the build does not see it either and fails the same way.',
    why: 'A Dockerfile is often built from another folder than its own (`docker build --file docker/Dockerfile .`), so the folder next to it is not what the build sees. Judged against the wrong folder, every context check would be wrong: a handler "never copied", a requirements.txt "without the client". And a source that really is missing fails the build with `failed to compute cache key: ... not found`, unless a step before `docker build` creates it.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'Dockerfile.dev': 'FROM scratch\n' } },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'src/app.py': 'def handler(event, context):\n    return "ok"\n' } },
    references: ['https://docs.docker.com/build/concepts/context/', 'https://docs.docker.com/reference/cli/docker/buildx/build/#file'],
  },
  messages: {
    wrongFolder: {
      text: 'None of the COPY/ADD sources ({{sources}}) is in {{root}}, the folder linted as the build context: this Dockerfile is probably built from another folder, so the checks that read the build context were skipped.',
      severity: 'warning',
      fix: 'Pass the folder the image is built from: --context <dir> (as in docker build --file {{file}} <dir>).',
    },
    sourcesIgnored: {
      text: '{{sources}} {{verb}} in the build context but {{ignoreFile}} excludes {{them}}: the build fails with "not found", as for a missing file.',
      severity: 'warning',
      fix: 'Remove the pattern that excludes {{sources}} from {{ignoreFile}} (or add an exception: !{{first}}), or stop copying {{them}}.',
    },
    sourcesMissing: {
      text: '{{sources}} {{verb}} not in the build context {{root}}: the build fails with "not found" unless a step before docker build creates {{them}}.',
      severity: 'warning',
      fix: 'Create {{them}} before the build, fix the path, or pass the folder the image is built from with --context <dir>.',
    },
  },
  create(ctx) {
    return {
      end() {
        if (ctx.mode !== 'dockerfile') return;
        const check = ctx.facts.contextCheck;
        if (!check) return;
        if (check.ignored.length > 0 && !check.wrongFolder) {
          const names = check.ignored.map((m) => m.source);
          const one = names.length === 1;
          const path = check.context.dockerignore?.path ?? '.dockerignore';
          const ignoreFile = path.startsWith(`${check.context.root}/`) ? path.slice(check.context.root.length + 1) : path;
          ctx.report({ messageId: 'sourcesIgnored', data: { sources: list(names), verb: one ? 'is' : 'are', them: one ? 'it' : 'them', ignoreFile, first: contextPath(names[0]) }, at: check.ignored[0].ins });
        }
        if (check.missing.length === 0) return;
        // `../x` cannot leave the context: Docker strips the parent folders and reads `x` at its root; say so.
        // An absolute source is read from the context too: `COPY /tmp/x` does not take a file an earlier RUN wrote.
        const sources = check.missing.map((m) =>
          m.source.split('/').includes('..')
            ? `${m.source} (read as ${contextPath(m.source) || '.'}: Docker strips ../ at the context's edge)`
            : m.source.startsWith('/') ? `${m.source} (COPY reads it from the build context, as ${contextPath(m.source) || '.'}, not from the image)` : m.source,
        );
        const root = check.context.root;
        if (check.wrongFolder) {
          ctx.report({ messageId: 'wrongFolder', data: { sources: list(sources), root, file: ctx.df.file }, at: check.missing[0].ins });
          return;
        }
        const one = sources.length === 1;
        ctx.report({ messageId: 'sourcesMissing', data: { sources: list(sources), verb: one ? 'is' : 'are', them: one ? 'it' : 'them', root }, at: check.missing[0].ins });
      },
    };
  },
});
