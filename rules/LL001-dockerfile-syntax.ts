import { basename } from 'node:path';
import { defineRule } from '../src/engine/rule-kit.js';
import type { DockerfileModel, Instruction, Stage } from '../src/dockerfile/model.js';
import { redactText } from '../src/core/redact.js';
import { formatLimit, LIMITS } from '../src/core/limits.js';
import { isValidReference } from '../src/knowledge/base-images.js';

/** Source text quoted in a message: secrets redacted, long text shortened. */
function quote(text: string): string {
  const t = redactText(text.replace(/\s+/g, ' ').trim());
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);

/**
 * Docker drops the comment lines inside a continued instruction (`RUN a \` / `  # note` / `  && b` runs `a && b`), but
 * the script text keeps them (one ending in a backslash swallows the next line): a RUN holding one is not judged.
 */
function hasCommentLines(df: DockerfileModel, ins: { span: { line: number; endLine: number } }): boolean {
  return df.lines.slice(ins.span.line, ins.span.endLine).some((l) => /^\s*#/.test(l));
}

export default defineRule({
  code: 'LL001',
  name: 'dockerfile-syntax',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['BuildKit JSONArgsRecommended (for invalid JSON)', 'hadolint DL1000'],
  needs: { dockerfile: true },
  docs: {
    what: 'Reports a Dockerfile that cannot be built as written: an unknown instruction, an instruction without its arguments, instructions before the first FROM, an exec-form array that is not valid JSON, an unterminated heredoc, a FROM image or COPY --from value that is no valid image reference (a `<placeholder>` left from a sample, an uppercase repository name: "invalid reference format"), a shell-form RUN that is not valid shell syntax (an unterminated quote; for sh and bash, not for a SHELL of another language nor a heredoc), an ENV in the NAME=value form with a word that has no `=` (`ENV A=1 B = 2`: BuildKit refuses it), a --target that names no stage, or a suppression comment naming an unknown rule; warns about a global ARG (declared before the first FROM) used in a stage that does not declare it again (Docker expands it to an empty value there: the FUNCTION_DIR pattern of the AWS samples, with `ARG FUNCTION_DIR` forgotten in the final stage, puts the code in /) and about `ENV NAME = value`, whose legacy form sets NAME to "= value"; and notes a shell script too long to analyse in full (more than 10,000 commands or 1 MiB).',
    why: 'Docker rejects unknown instructions and missing arguments at build time. Worse, an exec form that is not valid JSON (single quotes, a trailing comma) is silently run as a shell command: `CMD [\'app.handler\']` becomes `/bin/sh -c "[\'app.handler\']"`, and the function fails at its first invoke with Runtime.ExitError instead of at build time.',
    bad: { dockerfile: "FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ['/usr/local/bin/python', '-m', 'awslambdaric']\nCMD [\"app.handler\"]\n" },
    good: { dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    references: ['https://docs.docker.com/reference/dockerfile/', 'https://docs.docker.com/reference/build-checks/json-args-recommended/'],
  },
  messages: {
    unknownInstruction: { text: 'Unknown instruction "{{keyword}}".', fix: 'Use one of ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR.' },
    missingArguments: { text: '{{keyword}} has no arguments.', fix: 'Give {{keyword}} its arguments, or remove the line.' },
    noFrom: { text: '{{keyword}} comes before the first FROM; only ARG may.', fix: 'Start the Dockerfile with FROM (global ARGs may precede it).' },
    invalidJson: { text: '{{keyword}} looks like an exec-form array but is not valid JSON ({{problem}}), so Docker runs it through /bin/sh -c as a string: {{text}}', fix: 'Write it as a JSON array, with straight double quotes: {{keyword}} {{fixed}}' },
    empty: { text: 'The Dockerfile has no instructions.', fix: 'Add a FROM instruction.' },
    unterminatedHeredoc: { text: 'Heredoc <<{{name}} is never closed.', fix: 'End the heredoc with a line holding only {{name}}.' },
    unknownPragmaId: { text: 'Suppression comment names an unknown rule "{{id}}".', severity: 'warning', fix: 'Use a rule code (LL201) or name (base-image-unpinned); see lint-lambda-image --list-rules.' },
    unknownTarget: { text: 'No stage is named "{{target}}" (--target).', fix: 'Name a stage declared with FROM ... AS {{target}}.' },
    shellSyntax: { text: 'This RUN script is not valid shell syntax (an unterminated quote, an unclosed if/for/case or a stray token): /bin/sh stops the build with a syntax error.', fix: 'Close the quote or the construct; `sh -n -c \'...\'` checks a script without running it.' },
    invalidReference: { text: '{{what}} "{{ref}}" is not an image reference docker build accepts ({{why}}): the build fails with "invalid reference format".', fix: 'Write the image as [registry/]name[:tag][@sha256:digest] with a lowercase name, e.g. {{example}}; fill in any <placeholder> the file came with.' },
    globalArgNotInStage: { text: '${{{name}}} is a global ARG (line {{line}}, before the first FROM) that this stage does not declare: after FROM it is out of scope, so this {{keyword}} gets an empty value in its place (unless the base image sets {{name}} with ENV).', severity: 'warning', fix: 'Declare it in the stage: ARG {{name}} after the FROM at line {{from}} (without a value it takes the global default).' },
    envMissingEquals: { text: 'ENV in the NAME=value form has a word without "=" ("{{word}}"): BuildKit stops the build ("Syntax error - can\'t find = in ..."). Spaces around "=" split a pair into words.', fix: 'Write each pair without spaces around "=", quoting values that have spaces: ENV NAME="a value".' },
    envSpacedEquals: { text: 'ENV {{name}} = ... uses the legacy "ENV NAME value" form, so {{name}} is set to "{{actual}}", the equals sign included.', severity: 'warning', fix: '{{fix}}' },
    shellCut: { text: 'This {{keyword}} script has more than {{commands}} commands or {{chars}} characters; only its first commands are analysed.', severity: 'info', fix: 'Move the script into a file: COPY it into the image and RUN it.' },
  },
  create(ctx) {
    /** FROM and COPY --from name an image (not a stage) that docker build must be able to parse. */
    const checkReference = (ins: Instruction): void => {
      let ref: string | undefined;
      let what = '';
      if (ins.keyword === 'FROM' && ins.stage && !ins.stage.base.stage && !ins.stage.base.scratch && ins.stage.base.expanded.unresolved.length === 0) {
        ref = ins.stage.base.expanded.value;
        what = 'The base image';
      } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy?.from !== undefined && !ins.copy.fromStage && !/^\d+$/.test(ins.copy.from)) {
        ref = ins.copy.from;
        what = 'COPY --from';
      }
      if (ref === undefined || ref === '' || ref.includes('$') || isValidReference(ref)) return;
      // A build arg whose default is empty (`ARG PYTHON_VERSION=""`) is one the build is meant to be given, as one with
      // no default: the reference is unknown here, not invalid (LL201 says what it cannot pin).
      const names = [...(ins.words[0] ?? '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
      if (names.some((n) => { const v = ins.scope.get(n); return v !== undefined && 'value' in v && v.value === ''; })) return;
      const why = /[<>{}\s]/.test(ref) ? 'it holds a placeholder or a space' : /[A-Z]/.test(ref.replace(/^[^/]*[.:][^/]*\//, '').split(/[:@]/)[0]) ? 'the name must be lowercase' : 'a character or part docker does not allow';
      ctx.report({ messageId: 'invalidReference', data: { what, ref, why, example: 'public.ecr.aws/lambda/python:3.12' }, at: ins });
    };
    // The shell each stage runs RUN with: sh unless SHELL says otherwise (a stage built FROM another inherits it).
    const shells = new Map<Stage, string>();
    return {
      instruction(ins) {
        const stage = ins.stage;
        if (ins.keyword === 'FROM' && stage) shells.set(stage, (stage.base.stage && shells.get(stage.base.stage)) ?? (/windows|nanoserver|servercore/i.test(stage.base.expanded.value) ? 'cmd' : 'sh'));
        if (ins.keyword === 'SHELL' && stage && ins.exec?.length) shells.set(stage, basename(ins.exec[0]).toLowerCase());
        checkReference(ins);
        const script = ctx.df.shell(ins);
        if (!script) return;
        // One note per instruction whose script is past the limits of src/core/limits.ts.
        if (script.cut) {
          ctx.report({ messageId: 'shellCut', data: { keyword: ins.keyword, commands: LIMITS.maxShellCommands.toLocaleString('en-US'), chars: formatLimit(LIMITS.maxShellScriptChars) }, at: ins.span });
          return;
        }
        // A shell-form RUN that the POSIX/bash grammar cannot read fails the build (`Syntax error: Unterminated quoted
        // string`); only for the shells that grammar describes, and not for a heredoc (its #! line may name another language).
        // Not either for a RUN already reported as broken JSON, nor one holding `<<` (a shell heredoc on one line has
        // no body, which sh only warns about).
        if (script.hasError && ins.keyword === 'RUN' && ins.shellText !== undefined && !ins.jsonInvalid && !ins.shellText.includes('<<') && ins.heredocs.length === 0 && POSIX_SHELLS.has((stage && shells.get(stage)) ?? 'sh') && !hasCommentLines(ctx.df, ins)) ctx.report({ messageId: 'shellSyntax', at: ins.span });
      },
      end() {
        // The target's CMD and ENTRYPOINT that LL103 and LL102 judge, which explain the Lambda consequence of an invalid
        // exec form (exit 142, the client taking /bin/sh as the handler): one finding per mistake.
        const t = ctx.target;
        const judgedElsewhere = new Set<number>();
        if (t) {
          const ep = t.entrypoint?.value.exec;
          // LL103 judges CMD under the base's own entrypoint (not after `ENTRYPOINT []`) and after a runtime client.
          const baseEntrypoint = t.base.kind.kind === 'aws' && (!t.entrypoint?.from || (ep?.length === 1 && ep[0] === '/lambda-entrypoint.sh'));
          const client = ep?.some((w) => /(^|\/)(awslambdaric|aws-lambda-ric|aws_lambda_ric)$/.test(w)) === true;
          if (t.cmd?.from && (baseEntrypoint || client)) judgedElsewhere.add(t.cmd.from.span.line);
          if (t.entrypoint?.from && t.base.kind.kind === 'aws') judgedElsewhere.add(t.entrypoint.from.span.line);
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
