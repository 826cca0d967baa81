import { defineRule, cacheMountTargets, installs, managerCommand, commandName, expand } from '../src/engine/rule-kit.js';
import { pathWithin } from '../src/core/paths.js';
import { type ManagerCommand } from '../src/dockerfile/commands.js';
import { type ShellCommand, type ShellScript } from '../src/dockerfile/shell.js';
import { BUILD_TOOL_FILES, BUILD_TOOL_GROUPS, BUILD_TOOL_PACKAGES, DEV_PACKAGE_SUFFIXES, TOOLCHAIN_DOWNLOADS, buildToolGroupOf, isBuildToolPackage } from '../src/knowledge/build-tools.js';
import type { ImageModel } from '../src/image/types.js';

interface ToolGroup {
  label: string;
  trigger: boolean;
  bytes: number;
  files: number;
  example: string;
}

/** Build tools in the final filesystem, by group, with the bytes per layer; undefined when no compiler or toolchain is there. */
export function imageBuildTools(image: ImageModel): { groups: ToolGroup[]; bytes: number; files: number; byLayer: Map<number, number> } | undefined {
  const groups = new Map<string, ToolGroup>();
  const byLayer = new Map<number, number>();
  let bytes = 0;
  let files = 0;
  for (const e of image.files.values()) {
    if (e.type !== 'file' && e.type !== 'symlink' && e.type !== 'hardlink') continue;
    const g = buildToolGroupOf(e.path);
    if (!g) continue;
    const t = groups.get(g.label) ?? { label: g.label, trigger: g.trigger, bytes: 0, files: 0, example: e.path };
    groups.set(g.label, t);
    t.bytes += e.size;
    t.files++;
    if (g.trigger && (t.example.endsWith('/') || e.path.length < t.example.length)) t.example = e.path;
    bytes += e.size;
    files++;
    if (g.trigger) byLayer.set(e.layer, (byLayer.get(e.layer) ?? 0) + Math.max(e.size, 1));
  }
  if (![...groups.values()].some((g) => g.trigger)) return undefined;
  return { groups: [...groups.values()].sort((a, b) => Number(b.trigger) - Number(a.trigger) || b.bytes - a.bytes), bytes, files, byLayer };
}
import { packageByName, type PackageSize } from '../src/knowledge/sizes.js';
import { formatBytes } from '../src/core/bytes.js';

const OS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf']);

function positional(args: readonly string[]): string[] {
  return args.filter((a) => !a.startsWith('-'));
}

function one(cmd: ShellCommand): ManagerCommand | undefined {
  return managerCommand(cmd);
}

interface Installed {
  name: string;
  /** apk --virtual name the package was installed under. */
  virtual?: string;
  index: number;
}

/** Build-tool packages (and groups) an OS package command installs. */
function buildToolsOf(mc: ManagerCommand, packages: string[] | undefined): string[] {
  if (!OS.has(mc.manager)) return [];
  const pos = positional(mc.args);
  if (mc.subcommand === 'groupinstall' || (mc.subcommand === 'group' && pos[0] === 'install')) {
    const groups = mc.subcommand === 'group' ? pos.slice(1) : pos;
    return groups.filter((g) => BUILD_TOOL_GROUPS.includes(g.toLowerCase()));
  }
  return (packages ?? []).filter(isBuildToolPackage);
}

/** Packages removed by commands after position `after` in the script; '*' = everything marked auto and autoremoved. */
function removedAfter(script: ShellScript, after: number): { names: Set<string>; all: boolean } {
  const names = new Set<string>();
  let markedAll = false;
  const markedAuto = new Set<string>();
  let autoremove = false;
  script.commands.forEach((cmd, i) => {
    if (i <= after && !cmd.viaShellC) return;
    const name = commandName(cmd);
    if (name === 'apt-mark' && cmd.args[0] === 'auto') {
      for (const a of cmd.args.slice(1)) {
        if (a === '.*' || a === '*') markedAll = true;
        else markedAuto.add(a);
      }
      return;
    }
    const mc = one(cmd);
    if (!mc || !OS.has(mc.manager)) return;
    const pos = positional(mc.args);
    if (['remove', 'purge', 'erase', 'del', 'autoremove'].includes(mc.subcommand)) {
      for (const p of pos) names.add(p.toLowerCase());
      if (mc.subcommand === 'autoremove' || mc.args.includes('--auto-remove') || mc.args.includes('--autoremove')) autoremove = true;
    }
    if (mc.subcommand === 'groupremove' || (mc.subcommand === 'group' && ['remove', 'erase'].includes(pos[0] ?? ''))) {
      for (const p of mc.subcommand === 'group' ? pos.slice(1) : pos) names.add(p.toLowerCase());
    }
    if (mc.manager === 'yum' && mc.subcommand === 'history' && pos[0] === 'undo') markedAll = autoremove = true;
  });
  if (autoremove) for (const m of markedAuto) names.add(m.toLowerCase());
  return { names, all: markedAll && autoremove };
}

function list(items: string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} + ${items.length - max} more` : shown;
}

function sizeOf(names: string[]): string {
  const seen = new Set<PackageSize>();
  let low = 0;
  let high = 0;
  for (const n of names) {
    const p = packageByName('os', n);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    low += p.mb[0];
    high += p.mb[1];
  }
  return seen.size ? ` (about ${Math.round(low)}-${Math.round(high)} MB)` : '';
}

function removeHint(manager: string, names: string[]): string {
  switch (manager) {
    case 'apt-get':
    case 'apt':
      return `apt-get purge -y --auto-remove ${names.join(' ')}`;
    case 'apk':
      return `apk add --virtual .build-deps ${names.join(' ')} ... && apk del .build-deps`;
    default: {
      // A package group goes with groupremove (yum and dnf both take it); `remove` of its name matches no package.
      const isGroup = (n: string) => BUILD_TOOL_GROUPS.includes(n.toLowerCase()) && !n.startsWith('@');
      const groups = names.filter(isGroup).map((n) => `"${n}"`);
      const plain = names.filter((n) => !isGroup(n)).map((n) => (/\s/.test(n) ? `"${n}"` : n));
      return [plain.length ? `${manager} remove -y ${plain.join(' ')}` : '', groups.length ? `${manager} groupremove -y ${groups.join(' ')}` : ''].filter(Boolean).join(' && ');
    }
  }
}

export default defineRule({
  code: 'LL305',
  name: 'build-tools-in-final-image',
  severity: 'warning',
  since: '0.1.0',
  // With the built image (also when the Dockerfile is rebuilt from its history) only the image is judged:
  // its filesystem shows which tools really stayed, so no Dockerfile finding repeats or contradicts it.
  needs: { facts: ['lineage'], dockerfile: true, history: false, image: {}, lambda: true },
  docs: {
    what: 'Checks that the function image does not keep compilers and development packages (the packages, groups, toolchain downloads and image paths in the Build tools table below), when they are installed in the target stage or a stage it is built FROM and not removed later in the same RUN (apt-get purge/remove, yum/dnf remove, apk del of the package or of its --virtual group, the apt-mark auto + autoremove pattern). Builder stages that are only copied from are not checked, nor is a Dockerfile with no sign of Lambda (LL100): a dev container or a builder image is there to compile. git is not reported: it is not a compiler and some functions use it at run time. On a built image (with or without its Dockerfile, or rebuilt from the history) the image alone is judged: compilers and toolchains in the final filesystem (the image path groups of the table), with headers, pkg-config files and binutils added to the bytes; headers or ld alone are not reported. One finding names the tool groups with their bytes and layers, on the RUN that installed the biggest part when the Dockerfile is given.',
    why: 'A C toolchain with headers adds 150-300 MB to the image (a Rust toolchain over 1 GB) that the function never runs: a bigger image to push, to store, and for Lambda to fetch and cache when it prepares the function, and more packages for vulnerability scanners to flag. Native extensions only need the compiler while they are built; a multi-stage build compiles them in a builder stage and copies only the result (site-packages, node_modules, the binary) into the image.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN dnf install -y gcc python3-devel && dnf clean all \\\n && pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS build\nRUN dnf install -y gcc python3-devel\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt --target /out\n\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.docker.com/build/building/multi-stage/',
      'https://docs.aws.amazon.com/lambda/latest/dg/python-image.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    ],
    tables: [
      {
        title: 'Build tools',
        intro: 'What this rule counts as a build tool (src/knowledge/build-tools.ts): OS packages (apt, apk, yum/dnf), package groups, toolchain downloads, and, on a built image, file paths (groups that report on their own, and groups that only add their bytes to a report).',
        columns: ['kind', 'entries'],
        rows: () => [
          ['OS packages', BUILD_TOOL_PACKAGES.join(', ')],
          ['header packages', DEV_PACKAGE_SUFFIXES.map((x) => `*${x}`).join(', ')],
          ['package groups', BUILD_TOOL_GROUPS.map((g) => `"${g}"`).join(', ')],
          ...TOOLCHAIN_DOWNLOADS.map((t) => [`download: ${t.label}`, t.paths.join(', ')]),
          ...BUILD_TOOL_FILES.map((f) => [`image paths: ${f.label}`, f.trigger ? 'reported' : 'adds its bytes to a report']),
        ],
      },
    ],
  },
  messages: {
    buildTools: {
      text: 'This RUN installs build tools in the shipped image and does not remove them in the same RUN (a later RUN cannot shrink this layer): {{packages}}{{size}}. They are needed to compile, rarely to run it (a function that compiles code per request keeps them).',
      severity: 'warning',
      fix: 'Use a multi-stage build: install them and compile in a builder stage (FROM ... AS build), then COPY --from=build only the artifacts; or remove them in the same RUN ({{remove}}).',
    },
    toolchain: {
      text: 'This RUN installs {{toolchain}} in the shipped image ({{path}}) and does not remove it in the same RUN (a later RUN cannot shrink this layer); a compiler toolchain is only needed to build.',
      severity: 'warning',
      fix: 'Build in a builder stage and COPY --from=build only the compiled artifact; or remove it in the same RUN ({{remove}}).',
    },
    imageBuildTools: {
      text: 'The image ships build tools that only compiling needs: {{tools}}; {{size}} in {{files}} (layer {{layers}}).',
      severity: 'warning',
      fix: 'Use a multi-stage build: install the compiler and headers and build in a builder stage (FROM ... AS build), then COPY --from=build only the artifacts (site-packages, node_modules, the binary); or remove the tools in the same RUN that installed them.',
      evidence: 'image',
    },
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    return {
      image(image) {
        const found = imageBuildTools(image);
        if (!found) return;
        const layers = [...found.byLayer.keys()].sort((a, b) => a - b);
        const main = [...found.byLayer.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
        const tools = found.groups.map((g) => `${g.label} ${formatBytes(g.bytes)}${g.trigger ? ` (${g.example})` : ''}`).join(', ');
        ctx.report({
          messageId: 'imageBuildTools',
          source: 'image-layer',
          layer: main,
          data: { tools, size: `${formatBytes(found.bytes)} (${found.bytes} bytes)`, files: `${found.files} file${found.files === 1 ? '' : 's'}`, layers: `${layers.map((l) => l + 1).join(', ')} of ${image.layers.length}` },
        });
      },
      instruction(ins) {
        // The built image's filesystem is exact: see image().
        if (ctx.image) return;
        if (ins.keyword !== 'RUN' || !ins.stage || !lineage.has(ins.stage)) return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const byCmd = new Map(installs(script).map((i) => [i.cmd, i] as const));
        const kept: Installed[] = [];
        let manager = '';
        script.commands.forEach((cmd, index) => {
          const mc = one(cmd);
          if (!mc) return;
          const inst = byCmd.get(cmd);
          // ARG/ENV values are environment variables of the RUN: `dnf install -y $BUILD_DEPS` word-splits them.
          const fromVars = inst ? cmd.args.filter((a, i) => !cmd.literal[i] && !a.startsWith('-')).flatMap((a) => {
            const e = expand(a, ins.scope);
            return e.unresolved.length ? [] : e.value.split(/\s+/).filter(Boolean);
          }) : [];
          const tools = [...new Set(buildToolsOf(mc, [...(inst?.packages ?? []).filter((p) => !p.includes('$')), ...fromVars]))];
          if (!tools.length) return;
          manager ||= mc.manager;
          const virtual = mc.manager === 'apk' ? (inst?.options.find((o) => o.startsWith('--virtual=') || o.startsWith('-t='))?.split('=')[1]) : undefined;
          for (const t of tools) kept.push({ name: t, virtual, index });
        });
        const stillThere = kept.filter((k) => {
          const removed = removedAfter(script, k.index);
          if (removed.all) return false;
          return !removed.names.has(k.name.toLowerCase()) && !(k.virtual && removed.names.has(k.virtual.toLowerCase()));
        });
        const names = [...new Set(stillThere.map((k) => k.name))];
        if (names.length) {
          ctx.report({ messageId: 'buildTools', at: ins, data: { packages: list(names), size: sizeOf(names), remove: removeHint(manager, names) } });
        }
        // Toolchains fetched from the network: curl https://sh.rustup.rs | sh, a Go tarball, rustup-init.
        // Cache and tmpfs mounts never reach the layer: a toolchain installed into them (`--mount=type=cache,target=/root/.rustup`) is not shipped.
        const removedPaths = [...script.commands.filter((c) => commandName(c) === 'rm').flatMap((c) => c.args.filter((a) => !a.startsWith('-'))), ...cacheMountTargets(ins.flags)];
        for (const t of TOOLCHAIN_DOWNLOADS) {
          const fetched = script.commands.some((c) => ['curl', 'wget'].includes(commandName(c)) && c.args.some((a) => t.host.test(a)));
          const rustupInit = t.label.includes('Rust') && script.commands.some((c) => commandName(c) === 'rustup-init' || (commandName(c) === 'rustup' && ['toolchain', 'default', 'install'].includes(c.args[0] ?? '')));
          if (!fetched && !rustupInit) continue;
          const uninstalled = t.label.includes('Rust') && script.commands.some((c) => commandName(c) === 'rustup' && c.args[0] === 'self' && c.args[1] === 'uninstall');
          if (uninstalled || t.paths.some((p) => removedPaths.some((r) => pathWithin(p, r)))) continue;
          ctx.report({ messageId: 'toolchain', at: ins, data: { toolchain: t.label, path: t.paths.slice(0, 2).join(', '), remove: t.remove } });
        }
      },
    };
  },
});
