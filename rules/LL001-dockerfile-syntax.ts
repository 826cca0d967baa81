import { defineRule } from '../src/engine/rule-kit.js';
import { redactText } from '../src/core/redact.js';
import { formatLimit, LIMITS } from '../src/core/limits.js';

/** Source text quoted in a message: secrets redacted, long text shortened. */
function quote(text: string): string {
  const t = redactText(text.replace(/\s+/g, ' ').trim());
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

export default defineRule({
  code: 'LL001',
  name: 'dockerfile-syntax',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['BuildKit JSONArgsRecommended (for invalid JSON)', 'hadolint DL1000'],
  needs: { dockerfile: true },
  docs: {
    what: 'Reports a Dockerfile that cannot be built as written: an unknown instruction, an instruction without its arguments, instructions before the first FROM, an exec-form array that is not valid JSON, an unterminated heredoc, a --target that names no stage, or a suppression comment naming an unknown rule; and notes a shell script too long to analyse in full (more than 10,000 commands or 1 MiB).',
    why: 'Docker rejects unknown instructions and missing arguments at build time. Worse, an exec form that is not valid JSON (single quotes, a trailing comma) is silently run as a shell command: `CMD [\'app.handler\']` becomes `/bin/sh -c "[\'app.handler\']"`, and the function fails at its first invoke with Runtime.ExitError instead of at build time.',
    bad: { dockerfile: "FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ['/usr/local/bin/python', '-m', 'awslambdaric']\nCMD [\"app.handler\"]\n" },
    good: { dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    references: ['https://docs.docker.com/reference/dockerfile/', 'https://docs.docker.com/reference/build-checks/json-args-recommended/'],
  },
  messages: {
    unknownInstruction: { text: 'Unknown instruction "{{keyword}}".', fix: 'Use one of ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR.' },
    missingArguments: { text: '{{keyword}} has no arguments.', fix: 'Give {{keyword}} its arguments, or remove the line.' },
    noFrom: { text: '{{keyword}} comes before the first FROM; only ARG may.', fix: 'Start the Dockerfile with FROM (global ARGs may precede it).' },
    invalidJson: { text: '{{keyword}} looks like an exec-form array but is not valid JSON, so Docker runs it through /bin/sh -c as a string: {{text}}', fix: 'Use double quotes and no trailing comma: {{keyword}} ["a", "b"].' },
    empty: { text: 'The Dockerfile has no instructions.', fix: 'Add a FROM instruction.' },
    unterminatedHeredoc: { text: 'Heredoc <<{{name}} is never closed.', fix: 'End the heredoc with a line holding only {{name}}.' },
    unknownPragmaId: { text: 'Suppression comment names an unknown rule "{{id}}".', severity: 'warning', fix: 'Use a rule code (LL201) or name (base-image-unpinned); see lint-lambda-image --list-rules.' },
    unknownTarget: { text: 'No stage is named "{{target}}" (--target).', fix: 'Name a stage declared with FROM ... AS {{target}}.' },
    shellCut: { text: 'This {{keyword}} script has more than {{commands}} commands or {{chars}} characters; only its first commands are analysed.', severity: 'info', fix: 'Move the script into a file: COPY it into the image and RUN it.' },
  },
  create(ctx) {
    return {
      instruction(ins) {
        // One note per instruction whose script is past the limits of src/core/limits.ts.
        if (!ctx.df.shell(ins)?.cut) return;
        ctx.report({ messageId: 'shellCut', data: { keyword: ins.keyword, commands: LIMITS.maxShellCommands.toLocaleString('en-US'), chars: formatLimit(LIMITS.maxShellScriptChars) }, at: ins.span });
      },
      end() {
        // On an AWS base, the target's CMD and ENTRYPOINT are judged by LL103 and LL102, which explain the
        // Lambda consequence of an invalid exec form (exit 142); one finding per mistake.
        const t = ctx.target;
        const judgedElsewhere = new Set<number>();
        if (t && t.base.kind.kind === 'aws') {
          if (t.cmd?.from) judgedElsewhere.add(t.cmd.from.span.line);
          if (t.entrypoint?.from) judgedElsewhere.add(t.entrypoint.from.span.line);
        }
        for (const p of ctx.df.problems) {
          if (p.messageId === 'invalidJson' && judgedElsewhere.has(p.span.line)) continue;
          const data = p.data.text !== undefined ? { ...p.data, text: quote(p.data.text) } : p.data;
          ctx.report({ messageId: p.messageId, data, at: p.span });
        }
      },
    };
  },
});
