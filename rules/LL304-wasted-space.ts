import { posix } from 'node:path';
import { defineRule, normalizePath, commandName, expand, withFlag, type RuleContext } from '../src/engine/rule-kit.js';
import { pathWithin, TAR_ARCHIVE } from '../src/core/paths.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';
import { type ShellCommand } from '../src/dockerfile/shell.js';
import type { ImageModel, RemovedEntry } from '../src/image/types.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import { formatBytes } from '../src/core/bytes.js';

/**
 * Thresholds of the image check (constants, not configuration): wasted bytes are reported when they are at
 * least WASTED_MIN_BYTES and at least WASTED_MIN_SHARE of all file bytes in the layers, or, in a small image,
 * at least WASTED_SMALL_BYTES and WASTED_SMALL_SHARE of it (3 MB deleted from a 4 MB image is most of it).
 * Below that, the waste is noise (a rewritten config file, a small leftover) next to what the image ships anyway.
 */
export const WASTED_MIN_BYTES = 10 * 1024 ** 2;
export const WASTED_MIN_SHARE = 0.01;
export const WASTED_SMALL_BYTES = 1024 ** 2;
export const WASTED_SMALL_SHARE = 0.1;
/** Dockerfile evidence is a warning when the deleted thing is known to be at least this big (or is an archive or a download). */
const WARN_BYTES = 1024 ** 2;
const ARCHIVE = /\.(tar|tgz|tbz2?|txz|zip|gz|bz2|xz|zst|7z|whl|jar|war|ear|deb|rpm|apk|iso|img|bin|run|msi|exe|dmg|pkg)$/i;

function offender(r: RemovedEntry): string {
  const how = r.reason === 'overwritten' ? 'rewritten' : 'deleted';
  return `${r.path} ${formatBytes(r.size)} (added in layer ${r.layerAdded + 1}, ${how} in layer ${r.layerRemoved + 1})`;
}

/** Wasted bytes, efficiency and the top offenders of an image; undefined when under the thresholds. */
export function wastedSpace(image: ImageModel): { wasted: number; total: number; efficiency: number; top: RemovedEntry[]; files: number; rewritten: number } | undefined {
  const removed = image.removed.filter((r) => r.type === 'file' && r.size > 0);
  const wasted = removed.reduce((n, r) => n + r.size, 0);
  // Every copy of every file in every layer: the kept copy of each path counts once (unlike dive, which counts it as waste too).
  const layerBytes = image.layers.reduce((n, l) => n + l.fileBytes, 0);
  const total = Math.max(layerBytes, image.totals.fileBytes + wasted);
  const big = wasted >= WASTED_MIN_BYTES && wasted >= total * WASTED_MIN_SHARE;
  const bigShare = wasted >= WASTED_SMALL_BYTES && wasted >= total * WASTED_SMALL_SHARE;
  if (!big && !bigShare) return undefined;
  const top = [...removed].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).slice(0, 3);
  const rewritten = removed.filter((r) => r.reason === 'overwritten').reduce((n, r) => n + r.size, 0);
  return { wasted, total, efficiency: total > 0 ? 1 - wasted / total : 1, top, files: removed.length, rewritten };
}

/** What an instruction put in the image, as far as the deletion check needs it. */
interface Facts {
  /** Absolute path in the image (a file, or a folder whose content was added). */
  path: string;
  /** Its size when the build context tells (a stat per file: asked only for a report). */
  bytes(): number | undefined;
  /** An archive or a download: big by nature. */
  heavy: boolean;
  /** Source in the build context (for the bind-mount advice). */
  source?: string;
  /** A folder copied from the build context: its source, to check that a deleted sub-path came from it. */
  dirSource?: string;
}

interface Created {
  ins: Instruction;
  /** What was added, for the message. */
  what: string;
  /** A folder the path is known to be in or equal to (a COPY's destination), for a cheap first test. */
  within?: string;
  /** The facts; for a COPY they ask the build context, so they are worked out on first use. */
  facts(): Facts;
}

/** The Dockerfile evidence: what COPY, ADD and downloads put in the image, and the later RUNs that delete it. */
class DeletionTracker {
  private readonly created: Created[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly ctx: RuleContext<'deletedLater' | 'rewrittenLater' | 'wasted'>) {}

  private value(cmd: ShellCommand, i: number, ins: Instruction): string | undefined {
    const a = cmd.args[i];
    if (cmd.literal[i]) return a;
    const e = expand(a, ins.scope, this.ctx.df.escape);
    return e.unresolved.length || /[$`]/.test(e.value) ? undefined : e.value;
  }

  private contextSize(src: string): { bytes: () => number | undefined; dir: boolean } {
    const c = this.ctx.context;
    const none = () => undefined;
    if (!c) return { dir: src === '.' || src.endsWith('/'), bytes: none };
    const files = c.match(src);
    if (files.length === 0) return { dir: src === '.' || src.endsWith('/'), bytes: none };
    const dir = files.some((f) => f.dir && (f.path === src.replace(/\/+$/, '') || src === '.'));
    return { dir, bytes: () => files.reduce((n, f) => (f.dir ? n : n + f.size), 0) };
  }

  /** A sub-path of a folder copied from the build context: deleted only if the context holds it. */
  private fromContext(f: Facts, abs: string): boolean {
    if (!f.dirSource || !this.ctx.context) return false;
    const rel = abs.slice(f.path.length + 1);
    return this.ctx.context.match(f.dirSource === '.' ? rel : `${f.dirSource}/${rel}`).length > 0;
  }

  addCopy(ins: Instruction): void {
    const copy = ins.copy!;
    if (copy.heredocs.length > 0 && copy.sources.length === 0) return;
    const dest = copy.dest;
    const within = normalizePath(dest);
    // A destination that is a folder already: the task root and the working directory (`COPY model.bin ${LAMBDA_TASK_ROOT}`).
    const destIsDir = dest.endsWith('/') || copy.sources.length > 1 || within === '/var/task' || within === normalizePath(ins.workdir);
    for (const src of copy.sources) {
      const remote = /^[a-z]+:\/\//i.test(src);
      const wildcard = /[*?[]/.test(src);
      const extracted = ins.keyword === 'ADD' && !remote && TAR_ARCHIVE.test(src);
      const name = posix.basename(src.replace(/\/+$/, ''));
      const fromWhat = copy.from ? ` from ${copy.from}` : '';
      // The build context (and each file's size, a stat) is asked only when a later RUN deletes something here.
      let facts: Facts | undefined;
      const contextSize = (path: string) => this.contextSize(path);
      this.created.push({
        ins,
        what: `${src}${fromWhat}`,
        within,
        facts() {
          if (facts) return facts;
          const local = !copy.from && !remote ? contextSize(src) : { dir: src.endsWith('/') || src === '.', bytes: () => undefined };
          const intoDir = local.dir || extracted;
          return (facts = {
            path: intoDir ? within : destIsDir || wildcard ? normalizePath(`${dest}/${name}`) : within,
            bytes: extracted ? () => undefined : local.bytes,
            heavy: remote || (!intoDir && ARCHIVE.test(name)),
            source: !copy.from && !remote && !wildcard && !intoDir ? src : undefined,
            dirSource: !copy.from && !remote && !wildcard && local.dir && !extracted ? src.replace(/\/+$/, '') || '.' : undefined,
          });
        },
      });
    }
  }

  addDownloads(ins: Instruction, cmd: ShellCommand, wd: string): void {
    const name = commandName(cmd);
    const opts = name === 'curl' ? ['-o', '--output'] : name === 'wget' ? ['-O', '--output-document'] : [];
    cmd.args.forEach((a, i) => {
      let out: string | undefined;
      if (opts.includes(a)) out = this.value(cmd, i + 1, ins);
      else {
        const eq = opts.find((o) => o.startsWith('--') && a.startsWith(`${o}=`));
        if (eq) out = a.slice(eq.length + 1);
      }
      if (!out || out === '-' || out.startsWith('/dev/')) return;
      const facts: Facts = { path: resolve(out, wd), bytes: () => undefined, heavy: true };
      this.created.push({ ins, what: `the file ${name} downloaded to ${out}`, facts: () => facts });
    });
  }

  deletes(ins: Instruction, cmd: ShellCommand, wd: string): void {
    cmd.args.forEach((a, i) => {
      if (a.startsWith('-')) return;
      const v = this.value(cmd, i, ins);
      if (!v) return;
      const abs = resolve(v, wd);
      const glob = /[*?[]/.test(abs);
      const re = glob ? new RegExp(`^${abs.split('*').map((p) => p.replace(/[.+^${}()|[\]\\?]/g, (c) => (c === '?' ? '[^/]' : `\\${c}`))).join('[^/]*')}(/.*)?$`) : undefined;
      for (const c of this.created) {
        if (c.ins === ins || c.ins.index >= ins.index) continue;
        // A COPY's files are at or under its destination: most deletions are elsewhere.
        if (!re && c.within !== undefined && !pathWithin(c.within, abs) && !pathWithin(abs, c.within)) continue;
        const f = c.facts();
        const hit = re ? re.test(f.path) : f.path === abs || f.path.startsWith(`${abs}/`) || (abs.startsWith(`${f.path}/`) && abs !== '/' && this.fromContext(f, abs));
        if (!hit) continue;
        const key = `${ins.index}|${f.path}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.reportDeletion(ins, c, f, abs, v, !!re);
      }
    });
  }

  /**
   * `chmod`, `chown` or `chgrp` on what an earlier step added: the new mode or owner is a change to the file, so this
   * layer stores the whole file again (overlay filesystems copy a file up to change its metadata).
   */
  rewrites(ins: Instruction, cmd: ShellCommand, wd: string): void {
    const name = commandName(cmd);
    let setting: string | undefined;
    const paths: string[] = [];
    const recursive = cmd.args.some((a) => /^-[a-zA-Z]*R/.test(a) || a === '--recursive');
    cmd.args.forEach((a, i) => {
      // chmod's modes may start with `-` (`chmod -x f`); its options are a known few.
      const option = name === 'chmod' ? CHMOD_OPTION.test(a) : a.startsWith('-');
      if (option) return;
      if (setting === undefined) {
        setting = this.value(cmd, i, ins) ?? '';
        return;
      }
      const v = this.value(cmd, i, ins);
      if (v && !/[*?[]/.test(v)) paths.push(resolve(v, wd));
    });
    for (const abs of paths) {
      for (const c of this.created) {
        if (c.ins === ins || c.ins.index >= ins.index) continue;
        if (c.within !== undefined && !pathWithin(c.within, abs) && !pathWithin(abs, c.within)) continue;
        const f = c.facts();
        // The file or folder the step added, or, with -R, a folder holding it (`chmod -R 755 /opt` over `COPY x /opt/x`):
        // without -R only the folder itself changes, not the files in it.
        if (!(f.path === abs || (recursive && f.path.startsWith(`${abs}/`)))) continue;
        // A folder the step added, changed without -R: only its own entry, not the files in it.
        if (!recursive && f.dirSource !== undefined) continue;
        const key = `${ins.index}|${f.path}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        // Worth a finding: known to be big (a warning), or of a size this tool cannot see but copied from a stage or
        // an image, a build output such as a compiled binary (info). A small file made executable is not.
        const bytes = f.bytes();
        const big = f.heavy || (bytes !== undefined && bytes >= WARN_BYTES);
        if (!big && (bytes !== undefined || !c.ins.copy?.from)) continue;
        const flag = name === 'chmod' ? 'chmod' : 'chown';
        const value = setting ?? '';
        const copy = c.ins.copy;
        // The COPY rewritten with the flag (its other flags and paths kept), when the RUN changes exactly what it added.
        // chgrp alone has no COPY flag of its own (--chown wants the user too).
        const exact = copy && copy.sources.length === 1 && f.path === abs && name !== 'chgrp' && !c.ins.text.includes('\n') && (flag === 'chown' || /^[0-7]{3,4}$/.test(value)) && value !== '';
        const how = exact
          ? `Set it as the file is copied, and drop ${name} from the RUN: ${withFlag(c.ins, flag, value)}`
          : `Set modes and owners as the files are copied (COPY --chmod / --chown), or change them in the step that creates them.`;
        this.ctx.report({
          messageId: 'rewrittenLater',
          data: { command: cmd.text.length > 80 ? `${cmd.text.slice(0, 77)}...` : cmd.text, path: f.path, keyword: c.ins.keyword, line: c.ins.span.line, size: bytes !== undefined ? ` (${formatBytes(bytes)})` : '', how },
          at: ins,
          severity: big ? 'warning' : 'info',
        });
      }
    }
  }

  /** One deletion of something an earlier step added: the finding, with its size and the fix for that step. */
  private reportDeletion(ins: Instruction, c: Created, f: Facts, abs: string, v: string, glob: boolean): void {
    const whole = glob ? true : f.path === abs || f.path.startsWith(`${abs}/`);
    const bytes = f.bytes();
    const big = f.heavy || (whole && bytes !== undefined && bytes >= WARN_BYTES);
    const base = posix.basename(f.path);
    const how =
      f.source && c.ins.keyword === 'COPY'
        ? `Do not COPY it: bind-mount it into the RUN that uses it (RUN --mount=type=bind,source=${f.source},target=/tmp/${base} ...), or unpack it in a builder stage and COPY --from only the result.`
        : c.ins.keyword === 'RUN'
          ? 'Download, use and delete it in one RUN (or in a builder stage, copying only the result).'
          : `Remove it in the same ${c.ins.keyword === 'ADD' ? 'step (or ADD only what is needed)' : 'step'}, use RUN --mount=type=bind for build-only files, or a multi-stage build that copies only what the function needs.`;
    this.ctx.report({
      messageId: 'deletedLater',
      data: {
        command: `rm ${v}`,
        path: whole ? f.path : `${abs} (part of ${f.path})`,
        keyword: c.ins.keyword,
        line: c.ins.span.line,
        size: bytes !== undefined && whole ? ` (${formatBytes(bytes)}${c.what !== base ? `: ${c.what}` : ''})` : c.what !== base && c.what !== f.path ? ` (${c.what})` : '',
        how,
      },
      at: ins,
      severity: big ? 'warning' : 'info',
    });
  }
}

/** chmod's options (GNU coreutils, busybox): anything else that starts with `-` is a mode (`-x`, `-w`). */
const CHMOD_OPTION = /^(-[Rvcf]+|--(recursive|verbose|changes|silent|quiet|preserve-root|no-preserve-root|reference=.*))$/;

const resolve = (p: string, wd: string) => normalizePath(p.startsWith('/') ? p : `${wd}/${p}`);

export default defineRule({
  code: 'LL304',
  name: 'wasted-space',
  severity: 'warning',
  since: '0.1.0',
  sameAs: ['dive lowestEfficiency', 'dive highestWastedBytes'],
  needs: { facts: ['lineage'], dockerfile: true, context: true, history: true, image: {} },
  docs: {
    what:
      `Checks for bytes the image ships but its filesystem no longer shows: files that a later layer deleted (whiteouts, \`rm\` in a later RUN) or rewrote (a \`RUN chmod -R\`/\`chown -R\` after a COPY duplicates every file). On a built image the bytes are exact: the rule reports when at least ${WASTED_MIN_BYTES / 1024 ** 2} MiB and ${WASTED_MIN_SHARE * 100}% of the layers' file bytes are wasted (or, in a small image, ${WASTED_SMALL_BYTES / 1024 ** 2} MiB and ${WASTED_SMALL_SHARE * 100}%), names the three biggest offenders (path, size, the layer that added it and the one that removed it) and gives an efficiency like dive's, except that the copy of a path that is kept counts once: efficiency = 1 - wasted / (file bytes across all layers). On a Dockerfile (or the one rebuilt from an image's history when no image is read), it reports a RUN whose \`rm\` deletes what an earlier COPY, ADD, or download (\`curl -o\`, \`wget -O\`) in the target stage's lineage added: a warning when the build context shows it is at least 1 MiB or it is an archive or a download, else info; and a RUN whose \`chmod\`, \`chown\` or \`chgrp\` changes what an earlier COPY or ADD added (a warning at 1 MiB or more by the build context, info for a file copied from another stage or image, whose size is not known here; a small file is not reported), with the COPY rewritten with \`--chmod\` / \`--chown\` as the fix. Package-manager caches are LL301's business.`,
    why:
      'A layer is immutable: deleting a file in a later layer only hides it, and the bytes still travel with every push and count against Lambda\'s 10 GiB uncompressed image limit; rewriting files (chmod, chown) stores them twice. The common case is an archive copied in, extracted and removed in a later RUN: the image carries the archive and its contents. Extract in the same RUN as the download, bind-mount build-only files with `RUN --mount=type=bind`, set modes with `COPY --chmod`, or build in a separate stage and copy only the result.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY model.tar.gz /tmp/\nRUN tar -xzf /tmp/model.tar.gz -C ${LAMBDA_TASK_ROOT}\nRUN rm /tmp/model.tar.gz\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'model.tar.gz': 'not really a tarball', ...PYTHON_HANDLER },
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=bind,source=model.tar.gz,target=/tmp/model.tar.gz \\\n    tar -xzf /tmp/model.tar.gz -C ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'model.tar.gz': 'not really a tarball', ...PYTHON_HANDLER },
    },
    references: [
      'https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypebind',
      'https://docs.docker.com/reference/dockerfile/#copy---chmod',
      'https://github.com/wagoodman/dive#ci-integration',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types',
    ],
  },
  messages: {
    wasted: {
      evidence: 'image',
      text: 'The image ships {{wasted}} that later layers deleted or rewrote ({{files}} files; efficiency {{efficiency}}, counting each kept file once). Biggest: {{top}}.',
      severity: 'warning',
      fix: '{{how}}',
    },
    rewrittenLater: {
      text: '`{{command}}` changes {{path}}, which the {{keyword}} at line {{line}} added{{size}}: a new mode or owner stores the whole file again in this layer, so the image carries it twice.',
      severity: 'warning',
      fix: '{{how}}',
    },
    deletedLater: {
      text: '`{{command}}` deletes {{path}}, which the {{keyword}} at line {{line}} added{{size}}; a later layer cannot shrink an earlier one, so the bytes still ship in the image.',
      severity: 'warning',
      fix: '{{how}}',
    },
  },
  create(ctx) {
    const lineage = new Set<Stage>(ctx.facts.lineage);
    const tracker = new DeletionTracker(ctx);

    return {
      instruction(ins) {
        // The image's own record of deleted bytes is exact: with an image, only that evidence speaks.
        if (ctx.image || !ins.stage) return;
        if (!lineage.has(ins.stage)) return;
        if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) {
          tracker.addCopy(ins);
          return;
        }
        if (ins.keyword !== 'RUN') return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const wd = ins.workdir;
        for (const cmd of script.commands) {
          const name = commandName(cmd);
          if (name === 'rm') tracker.deletes(ins, cmd, wd);
          else if (name === 'chmod' || name === 'chown' || name === 'chgrp') tracker.rewrites(ins, cmd, wd);
          else if (name === 'curl' || name === 'wget') tracker.addDownloads(ins, cmd, wd);
        }
      },
      image(image) {
        const w = wastedSpace(image);
        if (!w) return;
        const how =
          w.rewritten * 2 > w.wasted
            ? 'Most of it is files rewritten by a later layer: set modes and owners with COPY --chmod/--chown instead of a later RUN chmod/chown, and change files in the step that creates them.'
            : 'Delete files in the same RUN that creates them, bind-mount build-only files (RUN --mount=type=bind), or use a multi-stage build that copies only what the function needs.';
        ctx.report({
          messageId: 'wasted',
          data: {
            wasted: formatBytes(w.wasted),
            files: w.files,
            efficiency: `${(w.efficiency * 100).toFixed(1)}%`,
            top: w.top.map(offender).join('; '),
            how,
          },
          source: 'image-layer',
          layer: w.top[0]?.layerAdded,
        });
      },
    };
  },
});
