import { defineRule, commandName, isShell } from '../src/engine/rule-kit.js';
import type { Instruction } from '../src/dockerfile/model.js';
import { type ShellCommand } from '../src/dockerfile/shell.js';
import { PYTHON_HANDLER } from './doc-examples.js';

/** Programs that fetch a URL. wget writes to a file unless told `-O -`. */
const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'http', 'https', 'xh']);
/** Interpreters that run a program read from stdin, a file or a -c/-e string. */
const INTERPRETER = /^(sh|bash|dash|ash|zsh|ksh|mksh|busybox|python(\d+(\.\d+)?)?|node|nodejs|perl|ruby|php|deno|bun|pwsh|powershell)$/;
/** Options that take the program as a string (the stdin is then data, not code). */
const INLINE_PROGRAM = new Set(['-c', '-e', '-p', '-E', '-r', '--eval', '--print', '--command', '-Command', '-m']);
/** Checks that make a downloaded file trustworthy before it runs. */
const VERIFIERS: { name: RegExp; needs?: RegExp }[] = [
  { name: /^(sha(1|224|256|384|512)sum|shasum|md5sum|b2sum|cksum)$/, needs: /^(-c|--check|-a)$/ },
  { name: /^(gpg|gpg2)$/, needs: /^--verify$/ },
  { name: /^gpgv$/ },
  { name: /^cosign$/, needs: /^verify(-blob)?$/ },
  { name: /^minisign$/, needs: /^-V$/ },
  { name: /^openssl$/, needs: /^-verify$/ },
  { name: /^slsa-verifier$/ },
];

function isDownloaderToStdout(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  if (!DOWNLOADERS.has(name)) return false;
  if (name === 'wget') {
    const a = cmd.args;
    return a.some((x, i) => ((x === '-O' || x === '--output-document') && a[i + 1] === '-') || x === '--output-document=-' || /^-[a-zA-Z]*O-$/.test(x) || (/^-[a-zA-Z]*O$/.test(x) && a[i + 1] === '-'));
  }
  if (name === 'curl') return !cmd.args.some((x) => x === '-o' || x === '--output' || x === '-O' || x === '--remote-name' || /^-[a-zA-Z]*[oO]$/.test(x));
  return true;
}

function urlOf(cmd: ShellCommand): string {
  const u = cmd.args.find((a) => /^(https?|ftp):\/\//i.test(a)) ?? cmd.args.find((a) => /^[\w.-]+\.[a-z]{2,}\//i.test(a)) ?? cmd.args.find((a) => a.startsWith('$'));
  return u ? u.replace(/\/\/[^/@\s]+@/, '//…@') : 'a URL';
}

/** Non-option arguments of an interpreter command (options that take a value are approximated). */
function operands(cmd: ShellCommand): string[] {
  return cmd.args.filter((a) => !a.startsWith('-') || a === '-');
}

/** Does this interpreter read its program from stdin? (`bash`, `bash -s -- x`, `python3 -`, `sh -e`) */
function readsProgramFromStdin(cmd: ShellCommand): boolean {
  const args = cmd.args;
  if (args.some((a) => INLINE_PROGRAM.has(a) || /^-[a-zA-Z]*c$/.test(a) && isShell(cmd.name))) return false;
  const s = args.findIndex((a) => a === '-s' || /^-[a-zA-Z]*s[a-zA-Z]*$/.test(a) && isShell(cmd.name));
  if (s >= 0) return true;
  const ops = operands(cmd);
  return ops.length === 0 || ops[0] === '-';
}

function interpreterLabel(cmd: ShellCommand): string {
  return [...cmd.wrappers.filter((w) => w === 'sudo' || w === 'doas'), commandName(cmd)].join(' ');
}

/** The downloaded file of `curl -o f URL` / `curl -O URL` / `wget URL` / `wget -O f URL`. */
function downloadedFile(cmd: ShellCommand): string | undefined {
  const name = commandName(cmd);
  const a = cmd.args;
  const url = a.find((x) => /^(https?|ftp):\/\//i.test(x));
  const remoteName = url ? url.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() : undefined;
  if (name === 'curl') {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === '-o' || a[i] === '--output' || /^-[a-zA-Z]*o$/.test(a[i])) return a[i + 1];
      if (a[i].startsWith('--output=')) return a[i].slice(9);
      if (a[i] === '-O' || a[i] === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a[i])) return remoteName;
    }
    return undefined;
  }
  if (name === 'wget') {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === '-O' || a[i] === '--output-document' || /^-[a-zA-Z]*O$/.test(a[i])) return a[i + 1] === '-' ? undefined : a[i + 1];
      if (a[i].startsWith('--output-document=')) return a[i].slice(18);
      if (/^-[a-zA-Z]*O./.test(a[i]) && !a[i].endsWith('O-')) return a[i].slice(a[i].indexOf('O') + 1);
    }
    return remoteName;
  }
  return undefined;
}

const base = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/** Is `cmd` running the file `file` (sh file, bash ./file, ./file, /tmp/file)? */
function runsFile(cmd: ShellCommand, file: string): boolean {
  const name = commandName(cmd);
  if (cmd.name === file || (cmd.name.includes('/') && base(cmd.name) === base(file))) return true;
  if (!INTERPRETER.test(name)) return false;
  const first = operands(cmd)[0];
  return first !== undefined && base(first) === base(file) && !cmd.args.some((a) => INLINE_PROGRAM.has(a));
}

function isVerifier(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  return VERIFIERS.some((v) => v.name.test(name) && (!v.needs || cmd.args.some((a) => v.needs!.test(a))));
}

export default defineRule({
  code: 'LL203',
  name: 'remote-script-piped',
  severity: 'warning',
  since: '0.1.0',
  securitySeverity: 7.0,
  needs: { dockerfile: true, history: true },
  docs: {
    what:
      'Finds RUN steps that execute a script straight from the network: curl/wget output piped into a shell or an interpreter (`curl ... | sh`, `| sudo bash`, `wget -O- ... | bash -s --`, `| python3 -`), run through a substitution (`sh -c "$(curl ...)"`, `bash <(curl ...)`, `eval "$(curl ...)"`), including inside `sh -c \'...\'` and heredoc scripts. Downloading to a file and running it without a checksum or signature check in the same RUN (`curl -o x.sh ... && sh x.sh`) is reported as info: it has the same trust problem, but it is one line away from being verified. Interpreters that get their program another way (`curl ... | python3 -c "import json,sys; ..."`) read data, not code, and are not reported.',
    why:
      'Whatever the server (or anyone who can change what it serves) returns at build time runs as root inside your Lambda image, and nothing records what it was: the next build of the same commit may install something else. A connection cut mid-download runs half a script (`rm -rf /usr/local/lib` cut to `rm -rf /usr`). Lambda images are rebuilt often by CI with access to deploy credentials, which makes the build a prized target. Pin what you install: a package from the OS or language package manager, a release archive verified with sha256sum -c, or a signature (gpg --verify, cosign verify-blob).',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nRUN curl -sSL https://install.python-poetry.org | python3 -\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER,
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nRUN pip install --no-cache-dir poetry==1.8.3\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER,
    },
    references: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
      'https://www.idontplaydarts.com/2016/04/detecting-curl-pipe-bash-server-side/',
    ],
  },
  messages: {
    piped: { text: '{{downloader}} output from {{url}} is piped into {{interpreter}}: the script runs unverified, and a cut connection runs half of it.', severity: 'warning', fix: 'Download to a file, check it (echo "<sha256>  install.sh" | sha256sum -c -) and then run it; better, install a pinned package or release archive.' },
    substituted: { text: '{{interpreter}} runs the output of {{downloader}} {{url}} through {{how}}, without any checksum or signature check.', severity: 'warning', fix: 'Download to a file, verify it with sha256sum -c or gpg --verify, then run it; or install a pinned package.' },
    downloadedRun: { text: '{{file}} is downloaded from {{url}} and run without a checksum or signature check in the same RUN.', severity: 'info', fix: 'Verify it before running: echo "<sha256>  {{file}}" | sha256sum -c - (or ADD --checksum=sha256:... {{url}} {{file}}).' },
  },
  create(ctx) {
    function check(ins: Instruction): void {
      const script = ctx.df.shell(ins);
      if (!script) return;
      const cmds = script.commands;
      const seen = new Set<ShellCommand>();
      for (const cmd of cmds) {
        const name = commandName(cmd);
        if (!DOWNLOADERS.has(name)) continue;
        // 1. curl ... | sh
        if (isDownloaderToStdout(cmd) && cmd.pipeline.length > 1) {
          const sink = cmd.pipeline.slice(cmd.pipeIndex + 1).find((c) => INTERPRETER.test(commandName(c)) && readsProgramFromStdin(c));
          if (sink && !seen.has(sink)) {
            seen.add(sink);
            ctx.report({ messageId: 'piped', at: ins, data: { downloader: name, url: urlOf(cmd), interpreter: interpreterLabel(sink) } });
            continue;
          }
        }
        // 2. sh -c "$(curl ...)", bash <(curl ...), eval "$(curl ...)", bash < <(curl ...)
        const owner = cmd.substitutionOf;
        if (owner && isDownloaderToStdout(cmd) && !seen.has(owner)) {
          const oname = commandName(owner);
          const argIndex = owner.args.findIndex((a) => a.includes(cmd.text));
          const arg = argIndex >= 0 ? owner.args[argIndex] : undefined;
          let how: string | undefined;
          if (oname === 'eval' || oname === 'source' || oname === '.') {
            if (arg !== undefined || owner.redirects.length) how = arg?.startsWith('<(') ? 'process substitution <(...)' : 'command substitution $(...)';
          } else if (INTERPRETER.test(oname)) {
            const inline = owner.args.findIndex((a) => INLINE_PROGRAM.has(a) || (isShell(owner.name) && /^-[a-zA-Z]*c$/.test(a)));
            const firstOperand = owner.args.findIndex((a) => !a.startsWith('-') || a.startsWith('<('));
            if (arg !== undefined && inline >= 0 && argIndex === inline + 1) how = 'command substitution $(...)';
            else if (arg !== undefined && inline < 0 && argIndex === firstOperand && arg.startsWith('<(')) how = 'process substitution <(...)';
            else if (arg === undefined && owner.redirects.some((r) => r.op === '<' && r.target.includes(cmd.text))) how = 'a redirect from <(...)';
          }
          if (how) {
            seen.add(owner);
            ctx.report({ messageId: 'substituted', at: ins, data: { downloader: name, url: urlOf(cmd), interpreter: interpreterLabel(owner), how } });
            continue;
          }
        }
        // 3. curl -o x.sh URL && sh x.sh, without sha256sum -c / gpg --verify in the same RUN.
        const file = downloadedFile(cmd);
        if (!file || file.includes('$') || /\.(zip|tar|tgz|gz|xz|bz2|zst|whl|rpm|deb|jar|json|txt|asc|sig|sha256)$/i.test(file)) continue;
        const index = cmds.indexOf(cmd);
        const runner = cmds.slice(index + 1).find((c) => runsFile(c, file));
        if (!runner || seen.has(runner)) continue;
        if (cmds.some(isVerifier)) continue;
        seen.add(runner);
        ctx.report({ messageId: 'downloadedRun', at: ins, data: { file, url: urlOf(cmd) } });
      }
    }
    return {
      instruction(ins) {
        if (ins.keyword === 'RUN') check(ins);
      },
    };
  },
});
