import { defineRule, managerCommands, commandName, normalizePath } from '../src/engine/rule-kit.js';
import type { ShellCommand } from '../src/dockerfile/shell.js';
import { systemManagersMissing, type Manager } from '../src/knowledge/managers.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';

/**
 * Subcommands that ask "Is this ok [y/N]" (yum, dnf) or "Do you want to continue? [Y/n]" (apt-get, apt) before they
 * change anything. A build gives RUN no terminal, so the question reads end of input and the tool stops.
 * - yum: install, update, remove ... (yum(8): "-y, --assumeyes: Assume yes; assume that the answer to any question
 *   which would be asked is yes"), https://man7.org/linux/man-pages/man8/yum.8.html
 * - dnf: the same, https://dnf.readthedocs.io/en/latest/command_ref.html (`-y, --assumeyes`)
 * - apt-get: "-y, --yes, --assume-yes: Automatic yes to prompts ... If an undesirable situation, such as changing a
 *   held package ... occurs then apt-get will abort"; "-q ... level 2 implies -y",
 *   https://manpages.debian.org/bookworm/apt/apt-get.8.en.html. It asks only when it would install more than the
 *   packages named (their dependencies), remove packages or upgrade them.
 * microdnf never asks (microdnf(8): "-y, --assumeyes: Does nothing, we always assume yes"); on the Amazon Linux 2023
 * Lambda base images dnf is microdnf (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html).
 */
const ASKING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['yum', new Set(['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'autoremove', 'downgrade', 'distro-sync', 'group'])],
  ['dnf', new Set(['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'up', 'remove', 'rm', 'erase', 'autoremove', 'downgrade', 'distro-sync', 'group', 'module'])],
  ['apt-get', new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep'])],
  ['apt', new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'reinstall'])],
]);
/** `dnf group list` and `dnf module list` ask nothing: only these second words do. */
const GROUP_ACTIONS = new Set(['install', 'remove', 'upgrade', 'update', 'mark', 'enable', 'reset', 'disable', 'switch-to']);
/** Subcommands that change nothing when no package is installed or out of date; the others always ask. */
const MAY_BE_NOTHING = new Set(['update', 'upgrade', 'up', 'dist-upgrade', 'full-upgrade', 'autoremove', 'distro-sync', 'remove', 'erase', 'rm', 'purge']);
/** Files whose settings can answer yes for every later call (`assumeyes=1`, `APT::Get::Assume-Yes "true";`). */
const CONFIG_FILES = ['/etc/yum.conf', '/etc/dnf/dnf.conf', '/etc/apt/apt.conf', '/etc/apt/apt.conf.d'];

/** Whether the command's own options answer the question. */
function answered(manager: string, args: readonly string[]): boolean {
  let quiet = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (['--yes', '--assume-yes', '--assumeyes', '--assumeno', '--assume-no', '--force-yes', '--simulate', '--dry-run', '--just-print', '--recon', '--no-act', '--trivial-only'].includes(a)) return true;
    if (/^--quiet=([2-9]|\d\d)/.test(a) || /^-q=?[2-9]$/.test(a)) return true;
    // Options held in a variable (`apt-get install $APT_ARGS`, `yum $YUM_OPTS install`): they may hold -y.
    if (a.includes('$')) return true;
    if (a === '--quiet') quiet++;
    // `--setopt=assumeyes=1`, `--setopt assumeyes=True`, `-o APT::Get::Assume-Yes=true`, `-oAPT::Get::Assume-Yes=1`.
    const option = a === '--setopt' || a === '-o' ? (args[i + 1] ?? '') : a.replace(/^(--setopt=|-o=?)/, '');
    if (/^(assumeyes|apt::get::assume-yes)=(1|true|yes)$/i.test(option) || /^(assumeno)=(1|true|yes)$/i.test(option)) return true;
    // Clusters of short options: -y, -yq, -qqy; -s (apt-get's simulate).
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('y')) return true;
      if (manager.startsWith('apt') && a.includes('s')) return true;
      quiet += [...a].filter((c) => c === 'q').length;
    }
  }
  // apt-get: "quiet level 2 implies -y".
  return manager.startsWith('apt') && quiet >= 2;
}

/** Whether stdin carries the answer: `yes | yum install ...`, `echo y | apt-get install ...`, `< answers`. */
function fedAnswers(cmd: ShellCommand): boolean {
  return cmd.pipeIndex > 0 || cmd.redirects.some((r) => r.op === '<' || r.op === '<<' || r.op === '<<<' || r.op === '<<-');
}

/** Whether an earlier command (or COPY) of the build may have set assume-yes in the manager's configuration. */
function setsAssumeYes(cmd: ShellCommand): boolean {
  if (!/assume-?yes/i.test(cmd.text)) return false;
  return cmd.args.some(isConfigFile) || cmd.redirects.some((r) => isConfigFile(r.target)) || commandName(cmd) === 'dnf' || commandName(cmd) === 'yum-config-manager';
}

function isConfigFile(path: string): boolean {
  const p = normalizePath(path);
  return p === '/etc' || p === '/etc/apt' || p === '/etc/dnf' || CONFIG_FILES.some((f) => p === f || p.startsWith(`${f}/`));
}

type Verdict = 'fails' | 'mayFail' | undefined;

/**
 * Base images that answer yes for every install themselves: balena's base images write `APT::Get::Assume-Yes "true"`
 * and `assumeyes=1` into their configuration (balena-io-library/base-images).
 */
function assumesYes(stage: Stage): boolean {
  let root = stage;
  while (root.base.stage) root = root.base.stage;
  return /^balenalib\//.test(root.base.ref.repository);
}

/** How sure the prompt is to stop the build, from what the stage's base OS is. */
function verdictFor(stage: Stage, manager: string, subcommand: string): Verdict {
  const kind = stage.base.kind;
  const os = kind.os;
  // A manager the base OS lacks fails the RUN anyway (LL109's table); scratch and distroless have none.
  if (systemManagersMissing(os, kind.kind === 'aws').includes(manager as Manager) || os === 'scratch' || os === 'distroless' || assumesYes(stage)) return undefined;
  if (manager === 'apt-get' || manager === 'apt') return 'mayFail';
  // AWS bases: on AL2023 dnf is microdnf, which never asks; AL2 and AL1 have yum.
  if (kind.kind === 'aws' && os !== 'al2' && os !== 'al1') return undefined;
  // Amazon Linux (Lambda bases and amazonlinux images) has the manager: it asks.
  if (os === 'al2023' || os === 'al2' || os === 'al1') return MAY_BE_NOTHING.has(subcommand) ? 'mayFail' : 'fails';
  // Another OS: its configuration (assumeyes in yum.conf), or a dnf that is microdnf, cannot be seen from here.
  return 'mayFail';
}

function asks(manager: string, subcommand: string, args: readonly string[]): boolean {
  const subs = ASKING.get(manager);
  if (!subs?.has(subcommand)) return false;
  if (subcommand === 'group' || subcommand === 'module') return GROUP_ACTIONS.has(args.find((a) => !a.startsWith('-')) ?? '');
  return true;
}

/** The command as written, on one line, with `-y` after its subcommand. */
function withYes(text: string, subcommand: string): string {
  const words = text.replace(/\\\r?\n\s*/g, ' ').trim().split(/\s+/);
  const at = words.indexOf(subcommand, 1);
  if (at < 0) return `${words.join(' ')} -y`;
  return [...words.slice(0, at + 1), '-y', ...words.slice(at + 1)].join(' ');
}

export default defineRule({
  code: 'LL003',
  name: 'install-prompts',
  severity: 'error',
  since: '0.1.0',
  needs: { facts: ['lineage'], dockerfile: true },
  docs: {
    what: 'Checks that yum, dnf, apt-get and apt commands that install, update or remove packages in the stages of the built target say yes in advance (-y, --assumeyes, apt-get -qq, an `assumeyes` setting written earlier, or answers piped in). It is an error for yum and dnf on a base whose OS is known to have them (Amazon Linux 2 bases, amazonlinux images), a warning for apt-get and apt (they ask only when they would install more than the packages named, which their dependencies nearly always make them do), for update and remove (they ask nothing when there is nothing to do) and for bases whose OS or configuration is unknown. dnf on the Amazon Linux 2023 Lambda bases is microdnf, which never asks, and is left alone.',
    why: 'A RUN has no terminal: the question "Is this ok [y/N]" reads the end of its input, yum takes that for no ("Exiting on user command"), dnf prints "Operation aborted.", apt-get "Abort.", and the RUN fails the build. DEBIAN_FRONTEND=noninteractive does not answer it: that variable only silences debconf questions.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install -y gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://man7.org/linux/man-pages/man8/yum.8.html',
      'https://dnf.readthedocs.io/en/latest/command_ref.html',
      'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    ],
  },
  messages: {
    prompts: {
      text: '`{{manager}} {{subcommand}}` without -y asks to confirm, and a build has no terminal to answer: {{manager}} reads no and the RUN fails the build ({{says}}).',
      severity: 'error',
      fix: 'Answer in advance with -y: `{{fixed}}`',
    },
    mayPrompt: {
      text: '`{{manager}} {{subcommand}}` without -y asks to confirm {{when}}, and a build has no terminal to answer: the RUN then fails the build ({{says}}).',
      severity: 'warning',
      fix: 'Answer in advance with -y: `{{fixed}}`',
    },
  },
  create(ctx) {
    /** Stages in which an earlier instruction may have set assume-yes. */
    const configured = new Set<Stage>();
    const configuredIn = (stage: Stage) => ctx.facts.lineageOf(stage).some((s) => configured.has(s));
    return {
      instruction(ins: Instruction) {
        const stage = ins.stage;
        if (!stage || !stage.reachesTarget) return;
        if (ins.copy && isConfigFile(ins.copy.dest)) configured.add(stage);
        if (ins.keyword !== 'RUN') return;
        const commands = ins.exec ? [] : (ctx.df.shell(ins)?.commands ?? []);
        const calls: { manager: string; subcommand: string; args: string[]; text: string; cmd?: ShellCommand }[] = [];
        if (ins.exec) {
          const [program = '', ...rest] = ins.exec;
          const manager = program.split('/').pop() ?? '';
          const at = rest.findIndex((a) => !a.startsWith('-'));
          if (at >= 0) calls.push({ manager, subcommand: rest[at], args: [...rest.slice(0, at), ...rest.slice(at + 1)], text: ins.exec.join(' ') });
        } else {
          const script = ctx.df.shell(ins);
          for (const mc of managerCommands(script)) calls.push({ manager: mc.manager, subcommand: mc.subcommand, args: mc.args, text: mc.cmd.text, cmd: mc.cmd });
        }
        let seen = 0;
        for (const call of calls) {
          // Commands before this one in the same RUN may write the setting (`echo assumeyes=1 >> /etc/yum.conf && yum install ...`).
          if (call.cmd) {
            const upTo = commands.indexOf(call.cmd);
            for (; seen < upTo; seen++) if (setsAssumeYes(commands[seen])) configured.add(stage);
          }
          if (!asks(call.manager, call.subcommand, call.args) || answered(call.manager, call.args)) continue;
          if ((call.cmd && fedAnswers(call.cmd)) || configuredIn(stage)) continue;
          const verdict = verdictFor(stage, call.manager, call.subcommand);
          if (!verdict) continue;
          const says = call.manager === 'yum' ? '"Exiting on user command"' : call.manager === 'dnf' ? '"Operation aborted."' : '"Abort."';
          const fixed = withYes(call.text, call.subcommand);
          if (verdict === 'fails') ctx.report({ messageId: 'prompts', at: ins, data: { manager: call.manager, subcommand: call.subcommand, says, fixed } });
          else {
            const when = MAY_BE_NOTHING.has(call.subcommand)
              ? 'whenever there is something to do'
              : call.manager.startsWith('apt')
                ? 'whenever it would install more than the packages named (their dependencies) or remove any'
                : 'unless the base image configures assumeyes';
            ctx.report({ messageId: 'mayPrompt', at: ins, data: { manager: call.manager, subcommand: call.subcommand, says, fixed, when } });
          }
        }
        for (; seen < commands.length; seen++) if (setsAssumeYes(commands[seen])) configured.add(stage);
      },
    };
  },
});
