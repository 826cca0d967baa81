import { defineRule, installs, managerCommands, commandName } from '../src/engine/rule-kit.js';
import { systemManagersMissing } from '../src/knowledge/managers.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';

type SystemManager = 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf';
const SYSTEM: readonly SystemManager[] = ['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf'];

/**
 * Package managers that are surely absent, per base OS. Only what is certain is listed:
 * - AWS AL2023 Lambda bases are built on the AL2023 minimal image: microdnf, with dnf as a link, no yum
 *   (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html).
 * - amazonlinux:2023 (full container image) has dnf and keeps `yum` as a compatibility name for it, so yum is not flagged there.
 * - AL2 / AL1 (AWS bases and amazonlinux:2): yum only.
 * - Debian/Ubuntu: apt; Alpine: apk.
 */
interface OsInfo {
  name: string;
  missing: readonly SystemManager[];
  use: string;
}

function osInfo(stage: Stage): OsInfo | undefined {
  const kind = stage.base.kind;
  const aws = kind.kind === 'aws';
  const missing = systemManagersMissing(kind.os, aws) as SystemManager[];
  switch (kind.os) {
    case 'al2023':
      return aws
        ? { name: 'the Amazon Linux 2023 minimal image', missing, use: 'dnf (microdnf): dnf install -y <pkg> && dnf clean all' }
        : { name: 'Amazon Linux 2023', missing, use: 'dnf: dnf install -y <pkg> && dnf clean all' };
    case 'al2':
      return { name: 'Amazon Linux 2', missing, use: 'yum: yum install -y <pkg> && yum clean all' };
    case 'al1':
      return { name: 'the Amazon Linux AMI (AL1)', missing, use: 'yum: yum install -y <pkg> && yum clean all' };
    case 'debian':
    case 'ubuntu':
      return { name: kind.os === 'debian' ? 'Debian' : 'Ubuntu', missing, use: 'apt-get: apt-get update && apt-get install -y --no-install-recommends <pkg> && rm -rf /var/lib/apt/lists/*' };
    case 'alpine':
      return { name: 'Alpine', missing, use: 'apk: apk add --no-cache <pkg>' };
    default:
      return undefined;
  }
}

/** Commands that test whether a command exists: `command -v yum`, `which yum`, `type yum`, `hash yum`. */
const PROBES = new Set(['which', 'type', 'hash', 'whereis']);

export default defineRule({
  code: 'LL109',
  name: 'package-manager-mismatch',
  severity: 'error',
  since: '0.1.0',
  needs: { facts: ['lineage'], dockerfile: true },
  docs: {
    what: "Checks that each RUN uses the package manager of its stage's base OS: yum on an AL2023 Lambda base (those have microdnf/dnf), dnf or microdnf on an Amazon Linux 2 base (yum only), apt-get/apt or apk on Amazon Linux, apt on Alpine, apk or yum on Debian/Ubuntu. The OS comes from the AWS base image's runtime (python:3.12 is AL2023, python:3.11 is AL2), from amazonlinux:2 / amazonlinux:2023, or from well-known distribution images; a stage FROM another stage inherits its OS. Stages whose OS is unknown, and stages the built target never uses, are skipped. Scripts that probe for the command (`command -v yum`) or fall back between managers are left alone.",
    why: 'The RUN fails the build with `/bin/sh: yum: command not found` (exit code 127). It usually appears after a base image bump: moving from python:3.11 (AL2) to python:3.12 (AL2023) or from nodejs:18 to nodejs:20 silently changes yum to microdnf, and copying an apt-get line from a Debian-based tutorial onto a Lambda base never works.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN yum install -y gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y gcc && dnf clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/linux/al2023/ug/package-management.html',
      'https://docs.aws.amazon.com/linux/al2023/ug/minimal-container.html',
    ],
  },
  messages: {
    mismatch: {
      text: '{{manager}} does not exist on {{os}}, the OS of base image {{image}}: this RUN fails the build with "{{manager}}: command not found".',
      severity: 'error',
      fix: 'Use {{use}}; package names can differ between distributions.',
    },
  },
  create(ctx) {
    /** Per stage: system managers installed as packages earlier (e.g. `dnf install yum`). */
    const installedManagers = new Map<Stage, Set<string>>();
    const installedIn = (stage: Stage): Set<string> => {
      const out = new Set<string>();
      for (const s of ctx.facts.lineageOf(stage)) for (const m of installedManagers.get(s) ?? []) out.add(m);
      return out;
    };
    return {
      instruction(ins: Instruction) {
        if (ins.keyword !== 'RUN' || !ins.stage || !ins.stage.reachesTarget) return;
        const stage = ins.stage;
        const os = osInfo(stage);
        if (!os) return;
        const used: { manager: SystemManager; how: 'shell' | 'exec' }[] = [];
        let probes = false;
        const script = ctx.df.shell(ins);
        if (ins.exec) {
          const name = (ins.exec[0] ?? '').split('/').pop() ?? '';
          if ((SYSTEM as readonly string[]).includes(name)) used.push({ manager: name as SystemManager, how: 'exec' });
        } else if (script) {
          for (const mc of managerCommands(script)) {
            if ((SYSTEM as readonly string[]).includes(mc.manager)) used.push({ manager: mc.manager as SystemManager, how: 'shell' });
          }
          for (const cmd of script.commands) {
            const n = commandName(cmd);
            if (PROBES.has(n) || (n === 'command' && cmd.args[0] === '-v')) probes = true;
          }
          // `command -v yum` is unwrapped by the parser: the command word becomes the probed name with `-v` first.
          if (script.commands.some((c) => c.wrappers.includes('command'))) probes = true;
        }
        const thisRunInstalls = new Set(installs(script).flatMap((i) => i.packages));
        const mine = installedManagers.get(stage) ?? new Set<string>();
        for (const p of thisRunInstalls) if ((SYSTEM as readonly string[]).includes(p)) mine.add(p);
        installedManagers.set(stage, mine);
        if (used.length === 0 || probes) return;
        const names = new Set(used.map((u) => u.manager));
        // A script that also uses a manager of this OS is a portable fallback (`yum ... || dnf ...`).
        if ([...names].some((m) => !os.missing.includes(m))) return;
        const already = installedIn(stage);
        const root = ctx.facts.lineageOf(stage).pop()!;
        for (const manager of names) {
          if (!os.missing.includes(manager) || already.has(manager)) continue;
          ctx.report({ messageId: 'mismatch', data: { manager, os: os.name, image: root.base.expanded.value, use: os.use }, at: ins });
        }
      },
    };
  },
});
