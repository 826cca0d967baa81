import { basename, posix } from 'node:path';
import { defineRule, envPathList, overrideUnresolved, commandName, expand, expandWord, installs, type MessageSpec, type RuleContext } from '../src/engine/rule-kit.js';
import { AWS_PYTHON_GOOD, PYTHON_HANDLER } from './doc-examples.js';
import type { DockerfileModel, Instruction, Stage } from '../src/dockerfile/model.js';
import type { DockerfileContract, ImageContract } from '../src/lambda/contract.js';
import { HANDLER_FORMATS } from '../src/knowledge/handlers.js';
import { BASE_ENTRYPOINT, ricById, type HandlerFamily } from '../src/knowledge/ric.js';
import { contextPath, pathWithin } from '../src/core/paths.js';
import { lambdaNamedRepository } from '../src/knowledge/lambda-signs.js';

const TASK_ROOT = '/var/task';
const VAR = 'LAMBDA_TASK_ROOT';
/** Files that are function code (what the runtime loads from the task root). */
const CODE = /\.(py|pyc|js|mjs|cjs|rb|jar|class|dll|so)$/;
/** Folders that conventionally hold a function's code (judged by name only when the context cannot be read). */
const CODE_DIR = /^(\.\/)?(src|app|lib|dist|build|function|functions|handler|handlers|lambda)\/?$/;
/** Places outside the task root where copying is normal on an AWS base (layers, runtime, system). */
const ELSEWHERE_OK = ['/var/runtime', '/var/lang', '/etc', '/tmp', '/bin', '/lib', '/lib64', '/sbin', '/root', '/home'];
/** Home folders: settings and tools are normal there, but not the whole build context nor the handler's own module. */
const HOME_DIRS = ['/root', '/home'];
/**
 * Dependency folders under /opt and /usr: Lambda layers' paths (/opt/python, /opt/nodejs/node_modules, /opt/java/lib,
 * /opt/ruby/gems, /opt/lib, /opt/bin, /opt/extensions; https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html)
 * and the system's library and program folders. Code copied anywhere else under /opt or /usr (/usr/src, /opt/app)
 * is outside the task root.
 */
const DEPENDENCY_DIRS = [
  '/opt/extensions', '/opt/python', '/opt/nodejs', '/opt/java', '/opt/ruby', '/opt/lib', '/opt/bin', '/opt/share', '/opt/etc',
  '/usr/lib', '/usr/lib64', '/usr/libexec', '/usr/local/lib', '/usr/local/lib64', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin',
  '/usr/share', '/usr/local/share', '/usr/include', '/usr/local/include',
];
const PATH_ENV: Partial<Record<HandlerFamily, string>> = { python: 'PYTHONPATH', nodejs: 'NODE_PATH', ruby: 'RUBYLIB' };


/**
 * The COPY moved into the task root, keeping what makes it build: its flags (--from=stage, --chown, --chmod ...),
 * its sources as written, and the folder structure below the old destination (`COPY --from=build /app/node_modules
 * /app/node_modules` becomes `COPY --from=build /app/node_modules ${LAMBDA_TASK_ROOT}/node_modules`).
 */
function intoTaskRoot(ins: Instruction): string {
  const spec = ins.copy!;
  const flags = ins.flags.map((f) => (f.value === undefined ? `--${f.name}` : `--${f.name}=${f.value}`));
  const sources = spec.sources.length ? spec.sources : spec.heredocs.map((h) => `<<${h.name}`);
  const quote = (w: string) => (/\s/.test(w) ? JSON.stringify(w) : w);
  const dest = spec.dest.replace(/\/+$/, '') || '/';
  // Below the working directory the COPY was relative to, the same relative folder; else the folder's own name.
  let rel = '';
  if (ins.workdir !== '/' && pathWithin(dest, ins.workdir) && dest !== ins.workdir) rel = dest.slice(ins.workdir.replace(/\/+$/, '').length + 1);
  else if (dest !== ins.workdir && sources.length === 1 && !/\.\w+$/.test(sources[0]) && basename(sources[0].replace(/\/+$/, '')) === basename(dest)) rel = basename(dest);
  const target = rel ? `\${LAMBDA_TASK_ROOT}/${rel}${spec.dest.endsWith('/') ? '/' : ''}` : '${LAMBDA_TASK_ROOT}/';
  return [ins.keyword, ...flags, ...sources.map(quote), target].join(' ');
}

const messages = {
  outsideTaskRoot: {
    text: '{{what}} is copied to {{dest}}{{because}}, but the runtime of the AWS base image loads code from /var/task; invocations fail with {{error}}.',
    severity: 'error',
    fix: 'Copy the code into ${LAMBDA_TASK_ROOT} ({{copy}}), or keep WORKDIR /var/task.',
  },
  outsideTaskRootNoCmd: {
    text: '{{what}} is copied to {{dest}}{{because}}, but the Node.js runtime of the AWS base image loads code from /var/task, and there is no CMD to show the handler: unless the function\'s ImageConfig.Command names it by an absolute path (`{{folder}}/index.handler`), invocations fail with {{error}}.',
    severity: 'warning',
    fix: 'Copy the code into ${LAMBDA_TASK_ROOT} ({{copy}}), or give the handler by its absolute path (CMD ["{{folder}}/index.handler"] or ImageConfig.Command).',
  },
  codeOutsideWorkdir: {
    text: 'The handler\'s module {{file}} is copied to {{dest}}, but the working directory is {{workdir}}{{why}}; the runtime interface client loads code from the working directory.',
    severity: 'error',
    fix: 'Set WORKDIR {{dir}} (the function directory) before ENTRYPOINT, or copy the code into {{workdir}}.',
  },
  venvInstall: {
    text: '`{{command}}` installs into a virtual environment ({{where}}); the Python of the AWS base image (/var/lang/bin/python) does not search it: importing these packages fails with Runtime.ImportModuleError.',
    severity: 'warning',
    fix: 'Install into the task root instead: {{instead}}, or set ENV PYTHONPATH to the environment\'s site-packages.',
  },
  userInstall: {
    text: '`{{command}}` installs into the build user\'s home ({{where}}){{how}}; Lambda runs the function as another user, whose Python does not look there: importing these packages fails with Runtime.ImportModuleError.',
    severity: 'warning',
    fix: 'Install where the function\'s Python looks, without --user: as root (before USER), or into the function\'s folder: pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}" on an AWS base image, --target <the WORKDIR> on others.',
  },
  codeInSubfolder: {
    text: 'This COPY puts {{what}} in {{dest}}, a folder inside /var/task, but handler "{{handler}}" loads {{files}} from /var/task itself: the code lands one folder down and every invocation fails with {{error}}. Judged from the names in the Dockerfile{{unless}}.',
    severity: 'warning',
    fix: 'Copy the code into the task root (COPY <folder>/ ${LAMBDA_TASK_ROOT}/), or name the module by its path under /var/task in the handler ("{{folder}}/<module>.<function>").',
  },
  jarAtTaskRoot: {
    text: '{{jar}} lands in /var/task as a jar file, but the Java runtime loads classes from the /var/task folder itself and jars only from /var/task/lib (and /opt/lib): a handler class inside that jar is not found ("Class not found").',
    severity: 'warning',
    fix: '{{fix}}',
  },
  dependencyJarsAtTaskRoot: {
    text: '{{source}} puts jar files ({{jars}}) at the top of /var/task, beside the classes copied at line {{classesLine}}: the Java runtime puts only the jars in /var/task/lib (and /opt/lib) on the classpath, so the classes in these jars are not found (NoClassDefFoundError).',
    severity: 'warning',
    fix: 'Copy the dependency jars into the lib folder, as AWS shows: COPY {{from}}{{source}} ${LAMBDA_TASK_ROOT}/lib/',
  },
  taskRootUndefined: {
    text: '${LAMBDA_TASK_ROOT} is not defined on {{image}} (only AWS base images set it), so in this {{keyword}} it expands to an empty string{{effect}}.',
    severity: 'error',
    fix: 'Use a literal directory (e.g. /function, with WORKDIR set to it), or define it first with ARG/ENV LAMBDA_TASK_ROOT=/var/task.',
  },
  imageWorkdirNotTaskRoot: {
    evidence: 'image',
    text: 'The config WorkingDir is {{workdir}}, not /var/task, on an AWS base image: {{consequence}}.',
    severity: 'warning',
    fix: 'Remove the WORKDIR override (the base sets /var/task) or set WORKDIR /var/task, and copy the code to ${LAMBDA_TASK_ROOT}.',
  },
  imageCodeOutsideRoot: {
    evidence: 'image',
    text: 'The handler\'s module {{file}} is in {{dir}}, but {{reader}} loads code from {{root}}{{note}}; every invocation fails with {{error}}.',
    severity: 'error',
    fix: '{{fixText}}',
  },
  relativeWorkdirResolved: {
    text: 'WORKDIR {{dir}} is relative: it resolves to {{resolved}} only because of the WORKDIR before it, and moves when that one changes.',
    severity: 'warning',
    fix: 'Use the absolute path: WORKDIR {{resolved}}.',
  },
  relativeWorkdir: {
    text: 'WORKDIR {{dir}} is relative and no absolute WORKDIR precedes it, so it resolves against the working directory of {{image}}, which this Dockerfile does not show.',
    severity: 'warning',
    fix: 'Use an absolute path: WORKDIR /{{dir}}.',
  },
} satisfies Record<string, MessageSpec>;

type MessageId = keyof typeof messages;
type Ctx = RuleContext<MessageId>;

export default defineRule({
  code: 'LL104',
  name: 'workdir-not-task-root',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['hadolint DL3000', 'BuildKit WorkdirRelativePath', 'trivy DS-0009'],
  needs: { facts: ['lineage', 'lambda'], dockerfile: true, context: true, history: false, image: {} },
  docs: {
    what: 'Checks that function code lands where the runtime loads it. On an AWS base image the runtime loads the handler from /var/task (LAMBDA_TASK_ROOT) whatever WORKDIR says, so code copied elsewhere (typically `COPY app.py .` after `WORKDIR /app`) is reported (also under /home or /root when it is the whole build context or the handler\'s module; settings and tools there are normal); without the build context, code copied into a folder inside /var/task (`COPY . app/`, `COPY src/ ${LAMBDA_TASK_ROOT}/src/`) while a Python or Node.js handler names a top-level module that no COPY provides is a warning; except on the Node.js base under an absolute handler folder (`CMD ["/app/dist/index.handler"]`), which the Node.js client resolves as written (with no CMD, where the handler of the deploy configuration may point: a warning). On the AWS Java base, a jar copied to the top of /var/task is a warning: the Java runtime puts the /var/task folder (classes) and the jars of /var/task/lib and /opt/lib on its class path, not jars beside the classes (not reported when something goes to /var/task/lib, a classes folder is copied, or a RUN unpacks a jar). On any other base the runtime interface client uses the working directory as the application root, so the handler\'s module must be under the final WORKDIR (for Python, or in a PYTHONPATH folder: Python imports it from sys.path; NODE_PATH does not move where the Node.js client loads the handler): a WORKDIR never set (the working directory is /), or set elsewhere than the code, is reported; /var/task is only a convention there, any directory works as long as WORKDIR points at the code. A relative WORKDIR on a non-AWS base depends on the base image\'s own WORKDIR (warning). `${LAMBDA_TASK_ROOT}` used on a non-AWS base is reported: only AWS base images define it, so it expands to an empty string and files land in / (only a note when / is also the final working directory, where the client loads the code). On the AWS Python base, `pip install --user` (packages in the build user\'s ~/.local, which the function\'s user does not search) is a warning unless PYTHONPATH or PYTHONUSERBASE is set; so are project installs into a virtual environment the runtime never activates (`uv sync`, `poetry install`, `pipenv install`), unless PYTHONPATH is set or the tool is told to use the system Python (UV_PROJECT_ENVIRONMENT, `poetry config virtualenvs.create false` or POETRY_VIRTUALENVS_CREATE=false, `pipenv install --system`).',
    why: 'With the code outside the directory the runtime reads, the container starts and every invocation fails with `Runtime.ImportModuleError: Unable to import module \'app\': No module named \'app\'` (Python), `Cannot find module \'index\'` (Node.js), `Class not found` (Java) or `cannot load such file` (Ruby). The awslambdaric, aws-lambda-ric, Java and Ruby clients all take the current directory (`process.cwd()`, `user.dir`, `Dir.pwd`) as the application root. On a non-AWS base, `COPY app.py ${LAMBDA_TASK_ROOT}/` copies to `/app.py` and `pip install --target ${LAMBDA_TASK_ROOT}` installs into the working directory, which is rarely what was meant.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER,
    },
    good: AWS_PYTHON_GOOD,
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/java-image.html',
      'https://github.com/aws/aws-lambda-java-libs/blob/main/aws-lambda-java-runtime-interface-client/src/main/java/com/amazonaws/services/lambda/runtime/api/client/CustomerClassLoader.java',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime',
      'https://docs.aws.amazon.com/lambda/latest/dg/python-image.html#python-image-clients',
      'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client',
    ],
  },
  messages,
  create(ctx) {
    // The function's ImageConfig sets what this judges to a value not resolved here: unknown, said as not checked.
    if (overrideUnresolved(ctx.deploy, 'command', 'workingDirectory')) return {};
    return {
      image() {
        checkImageWorkdir(ctx, ctx.facts.lambda.image!);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a) return;
        checkRelativeWorkdirs(ctx, a);
        // With no client LL101 reports the root cause (build on an AWS base image, which also defines LAMBDA_TASK_ROOT).
        if (a.clientMissing) return;
        const emptyTaskRoot = checkTaskRootUndefined(ctx, a);
        const kind = t.base.kind;
        if (kind.kind === 'lambda-ready') return;
        // With the built image at hand its filesystem and config are the exact evidence.
        if (ctx.mode === 'image' && ctx.image) return;
        if (a.evidence.some((e) => e.ric === 'web-adapter')) return;
        const lineageIns = a.shipped;
        if (kind.kind !== 'aws') {
          // Non-AWS base: the working directory is the application root.
          checkWorkdirHoldsCode(ctx, t, a, lineageIns, emptyTaskRoot);
          if (a.evidence.some((e) => e.ric === 'python')) checkUserInstall(ctx, t, lineageIns);
          return;
        }
        const ep = t.entrypoint;
        const baseMode = !ep?.from || (ep.value.exec?.length === 1 && ep.value.exec[0] === BASE_ENTRYPOINT);
        if (!baseMode || kind.family === 'provided' || kind.family === 'go') return;
        const family = kind.family as HandlerFamily;
        if (family === 'java') checkJarsAtTaskRoot(ctx, lineageIns);
        // No CMD and a RUN that zips: an image that builds a .zip deployment package, not a function image.
        if (!t.cmd && !ep?.from && lineageIns.some((i) => i.keyword === 'RUN' && ctx.df.shell(i)?.commands.some((c) => commandName(c) === 'zip'))) return;
        checkCodeOutsideTaskRoot(ctx, t, a, lineageIns, family);
        if (family === 'python') checkUserInstall(ctx, t, lineageIns);
        if (family === 'python') checkVenvInstall(ctx, t, lineageIns);
        if ((family === 'python' || family === 'nodejs') && !ctx.context) checkCodeInSubfolder(ctx, t, a, lineageIns, family);
      },
    };
  },

});

/** The built image: the working directory against where the runtime loads the handler's module from. */
function checkImageWorkdir(ctx: Ctx, c: ImageContract): void {
  const h = c.handler;
  const wd = c.workingDir ? c.workdir : '';
  const shownWd = wd || '(unset, so /)';
  if (c.baseMode) {
    if (h) {
      const found = c.handlerModule(h.family, h.value, TASK_ROOT, true);
      if (found.kind === 'missing' && found.elsewhere) {
        const note = wd !== TASK_ROOT ? ` (the config WorkingDir is ${shownWd})` : '';
        ctx.report({ messageId: 'imageCodeOutsideRoot', data: { file: found.wanted[0], dir: found.elsewhere, reader: 'the AWS base runtime', root: TASK_ROOT, note, error: found.error, fixText: `Copy the code into \${LAMBDA_TASK_ROOT} (/var/task) instead of ${found.elsewhere}, and keep WORKDIR /var/task.` }, source: 'image-config' });
        return;
      }
    }
    if (wd !== TASK_ROOT) {
      ctx.report({ messageId: 'imageWorkdirNotTaskRoot', data: { workdir: shownWd, consequence: `the runtime still loads the handler from /var/task, but relative paths in the code (open("data.json"), require("./x") from a file read at startup, the current directory of subprocesses) resolve against ${wd || '/'}` }, source: 'image-config' });
    }
    return;
  }
  if (!h || c.launch.kind !== 'ric') return;
  const found = c.handlerModule(h.family, h.value, c.workdir, false);
  if (found.kind !== 'missing' || !found.elsewhere) return;
  const note = wd ? ' (the config WorkingDir)' : ' (WorkingDir is never set, so the working directory is /)';
  ctx.report({ messageId: 'imageCodeOutsideRoot', data: { file: found.wanted[0], dir: found.elsewhere, reader: `the runtime interface client (${ricById(c.launch.ric!).label})`, root: c.workdir, note, error: found.error, fixText: `Set WORKDIR ${found.elsewhere} (the function directory) before ENTRYPOINT, or copy the code into ${c.workdir}.` }, source: 'image-config' });
}

/** ${LAMBDA_TASK_ROOT} used in the shipped stages of a base that does not define it (only AWS base images do). */
function checkTaskRootUndefined(ctx: Ctx, a: DockerfileContract): Set<Instruction> {
  const reported = new Set<Instruction>();
  const df = ctx.df;
  // The stage each stage is built FROM at the bottom (its image), found once per stage.
  const bottom = new Map<Stage, Stage>();
  const bottomOf = (stage: Stage): Stage => {
    const chain: Stage[] = [];
    let s = stage;
    while (s.base.stage && !bottom.has(s)) {
      chain.push(s);
      s = s.base.stage;
    }
    const root = bottom.get(s) ?? s;
    for (const c of chain) bottom.set(c, root);
    return root;
  };
  for (const stage of df.stages) {
    if (!stage.reachesTarget || stage.base.kind.kind !== 'other') continue;
    // A builder stage's COPY into the empty ${LAMBDA_TASK_ROOT} lands in its working directory, which matters only
    // when a later stage copies from it a path under /var/task (a RUN that uses it is still reported).
    const copiesHarmless = !a.lineage.includes(stage) && !copiedFromTaskRoot(df, stage);
    // A vendor Lambda base (built on an AWS one), a base we cannot name, or one this tool does not know (its
    // configuration is not visible) may define it: unknown, not undefined.
    const root = bottomOf(stage);
    const rootKind = root.base.kind;
    if (lambdaNamedRepository(root.base.ref.repository) || root.base.expanded.unresolved.length > 0 || (rootKind.kind === 'other' && rootKind.os === undefined)) continue;
    for (const ins of stage.instructions) {
      if (copiesHarmless && ins.copy) continue;
      const effect = taskRootEffect(df, ins);
      // Files that land in the working directory the client loads from are where they are looked for: a note only.
      const harmless = ins.copy !== undefined && landsInFinalWorkdir(a, ins);
      if (effect !== undefined && !harmless) reported.add(ins);
      if (effect !== undefined) ctx.report({ messageId: 'taskRootUndefined', data: { image: stage.base.expanded.value, keyword: ins.keyword, effect: harmless ? `${effect}${effect.includes('the working directory') ? ', which is also the final one' : ', the working directory'} (which is why this works)` : effect }, at: ins, severity: harmless ? 'info' : undefined });
    }
  }
  return reported;
}

/**
 * A COPY of the shipped image into the empty ${LAMBDA_TASK_ROOT} whose files land in the target's final working
 * directory: on a base of its own the client loads the handler from there (`COPY app.py ${LAMBDA_TASK_ROOT}/` with no
 * WORKDIR puts app.py in /, the working directory), so the code is where it is looked for.
 */
function landsInFinalWorkdir(a: DockerfileContract, ins: Instruction): boolean {
  if (!ins.stage || !a.lineage.includes(ins.stage)) return false;
  const rawDest = ins.words[ins.words.length - 1] ?? '';
  if (!/^"?\$\{?LAMBDA_TASK_ROOT\}?(\/[^/]*)?"?$/.test(rawDest)) return false;
  const rest = rawDest.replace(/^"|"$/g, '').replace(/^\$\{?LAMBDA_TASK_ROOT\}?/, '');
  const finalWorkdir = a.target.workdir?.value ?? '/';
  // `${LAMBDA_TASK_ROOT}` alone: an empty destination, the working directory of the COPY (as `./`).
  if (rest === '') return ins.workdir === finalWorkdir;
  // `${LAMBDA_TASK_ROOT}/`, or `${LAMBDA_TASK_ROOT}/<file>` for one source file: the files land in / itself.
  if (rest !== '/' && (rest.endsWith('/') || ins.copy!.sources.length !== 1 || /\$/.test(rest))) return false;
  return finalWorkdir === '/';
}

/** Does a stage COPY --from=`stage` a path under /var/task (where it expects ${LAMBDA_TASK_ROOT} to have put files)? */
function copiedFromTaskRoot(df: DockerfileModel, stage: Stage): boolean {
  return df.instructions.some((i) => i.copy?.fromStage === stage && i.copy.sources.some((s) => s === TASK_ROOT || s.startsWith(`${TASK_ROOT}/`) || s.includes('LAMBDA_TASK_ROOT')));
}

/** What an instruction that uses the undefined ${LAMBDA_TASK_ROOT} does instead; undefined when it does not use it. */
function taskRootEffect(df: DockerfileModel, ins: Instruction): string | undefined {
  const undefinedHere = (w: string) => expand(w, ins.scope, df.escape).unresolved.includes(VAR);
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD' || ins.keyword === 'WORKDIR') {
    if (!ins.words.some(undefinedHere)) return undefined;
    if (!ins.copy) return ': WORKDIR becomes /';
    const rawDest = ins.words[ins.words.length - 1] ?? '';
    const dest = expand(rawDest.replace(/\$\{?LAMBDA_TASK_ROOT\}?/g, ''), ins.scope, df.escape).value;
    // Nothing left: the working directory (BuildKit reads an empty destination as `./`); else a path from the root.
    return `: the files land in ${dest.replace(/^"|"$/g, '') === '' ? `${ins.workdir}, the working directory at that point` : dest.startsWith('/') ? dest : `/${dest}`}`;
  }
  if (ins.keyword === 'RUN') {
    const script = df.shell(ins);
    return script?.commands.some((c) => c.args.some(undefinedHere) || c.redirects.some((r) => undefinedHere(r.target))) ? ' when the command runs' : undefined;
  }
  if (ins.keyword === 'ENV') return ins.properties.some((p) => p.value !== undefined && undefinedHere(p.value)) ? '' : undefined;
  return undefined;
}

/** A relative WORKDIR, on any base (hadolint DL3000): it depends on every WORKDIR before it, and on the base's. */
function checkRelativeWorkdirs(ctx: Ctx, a: DockerfileContract): void {
  const t = a.target;
  const kind = t.base.kind;
  const image = (a.lineage[a.lineage.length - 1] ?? t).base.expanded.value;
  let known = kind.kind === 'aws' || kind.os === 'scratch';
  for (const ins of a.shipped) {
    if (ins.keyword !== 'WORKDIR') continue;
    const dir = expandWord(ins.words.join(' '), ins.scope, ctx.df.escape).value;
    if (dir.startsWith('/')) known = true;
    else if (dir.includes('$')) continue;
    else if (!known) ctx.report({ messageId: 'relativeWorkdir', data: { dir, image }, at: ins });
    else ctx.report({ messageId: 'relativeWorkdirResolved', data: { dir, resolved: posix.join(ins.workdir, dir) }, at: ins });
  }
}

/**
 * A jar copied to the top of /var/task on the AWS Java base: the runtime's class loader takes the /var/task
 * folder (classes) and the jars of /var/task/lib and /opt/lib, not jars beside the classes
 * (aws-lambda-java-runtime-interface-client CustomerClassLoader.getUrls;
 * https://docs.aws.amazon.com/lambda/latest/dg/java-image.html copies classes to ${LAMBDA_TASK_ROOT} and jars to
 * ${LAMBDA_TASK_ROOT}/lib/). Only a warning, and only when nothing goes to /var/task/lib, no classes folder is
 * copied and no RUN unpacks a jar: the handler may still come from those.
 */
function checkJarsAtTaskRoot(ctx: Ctx, lineageIns: readonly Instruction[]): void {
  if (checkDependencyJars(ctx, lineageIns)) return;
  const landing = (ins: Instruction): string | undefined => {
    const d = ins.copy!.dest;
    return d.includes('$') ? undefined : d.startsWith('/') ? d : posix.join(ins.workdir, d) + (d.endsWith('/') ? '/' : '');
  };
  const copies = lineageIns.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.copy);
  const libOrClasses = copies.some((i) => {
    const d = landing(i);
    return (d !== undefined && pathWithin(d.replace(/\/$/, ''), `${TASK_ROOT}/lib`)) || i.copy!.sources.some((src) => /(^|\/)classes\/?$/.test(src));
  });
  const unpacks = lineageIns.some((i) => i.keyword === 'RUN' && ctx.df.shell(i)?.commands.some((c) => ['unzip', 'jar', 'bsdtar'].includes(commandName(c))));
  if (libOrClasses || unpacks) return;
  for (const ins of copies) {
    const d = landing(ins);
    if (d === undefined) continue;
    for (const src of ins.copy!.sources) {
      if (!/\.jar$/.test(src)) continue;
      const dir = d.endsWith('/') || d.replace(/\/$/, '') === TASK_ROOT ? d.replace(/\/$/, '') : /\.jar$/.test(d) ? posix.dirname(d) : d;
      if (dir !== TASK_ROOT) continue;
      const from = ins.copy!.from ? `--from=${ins.copy!.from} ` : '';
      const aws = 'as AWS shows, COPY target/classes ${LAMBDA_TASK_ROOT} and COPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/';
      // A Spring Boot executable jar keeps its classes in BOOT-INF/classes and its dependencies as nested jars, which no
      // classpath loads (docs.spring.io/spring-boot/specification/executable-jar/nested-jars.html): lib/ does not help.
      const fix = springBootJar(ctx)
        ? `The build makes a Spring Boot executable jar (the spring-boot plugin repackages it: classes in BOOT-INF/classes, dependencies as nested jars), which no classpath loads, not even from lib/: copy the classes and the dependency jars instead, ${aws} (after mvn dependency:copy-dependencies), or build a shaded jar (maven-shade-plugin) and copy it into lib/.`
        : `Copy the jar into the lib folder: COPY ${from}${src} \${LAMBDA_TASK_ROOT}/lib/ (or, ${aws}).`;
      ctx.report({ messageId: 'jarAtTaskRoot', data: { jar: src, fix }, at: ins });
    }
  }
}

/** What the shipped instructions say, read once in order: the WORKDIR before each, and RUNs that copy on to /var/task after it. */
class LineageWalk {
  /** The last WORKDIR before instruction i. */
  readonly workdirBefore: (Instruction | undefined)[] = [];
  /** A RUN after instruction i copies or links something into /var/task (cp, mv, rsync, ln). */
  readonly copiedOnLater: boolean[] = [];

  constructor(df: DockerfileModel, lineageIns: readonly Instruction[]) {
    let workdir: Instruction | undefined;
    for (const ins of lineageIns) {
      this.workdirBefore.push(workdir);
      if (ins.keyword === 'WORKDIR') workdir = ins;
    }
    let later = false;
    for (let i = lineageIns.length - 1; i >= 0; i--) {
      this.copiedOnLater[i] = later;
      const ins = lineageIns[i];
      if (!later && ins.keyword === 'RUN') later = !!df.shell(ins)?.commands.some((c) => ['cp', 'mv', 'rsync', 'ln'].includes(commandName(c)) && c.args.some((x) => pathWithin(expand(x, ins.scope).value, TASK_ROOT)));
    }
  }
}

/** On an AWS base the runtime loads code from /var/task whatever WORKDIR says: code copied elsewhere is not found. */
function checkCodeOutsideTaskRoot(ctx: Ctx, t: Stage, a: DockerfileContract, lineageIns: readonly Instruction[], family: HandlerFamily): void {
  const pathEnv = PATH_ENV[family];
  const extraPath = pathEnv ? (t.env.get(pathEnv)?.value ?? '').split(':').filter(Boolean) : [];
  const error = family === 'python' ? 'Runtime.ImportModuleError' : family === 'nodejs' ? 'Runtime.ImportModuleError (Cannot find module)' : family === 'java' ? 'Class not found' : family === 'ruby' ? 'LoadError' : 'a missing handler assembly';
  // The Node.js client resolves the handler's folder against /var/task with path.resolve, so an absolute one
  // (CMD ["/app/dist/index.handler"]) is loaded from there (aws-lambda-nodejs-runtime-interface-client UserFunction).
  const handler = t.cmd?.value.exec?.length === 1 ? t.cmd.value.exec[0] : undefined;
  // Without a CMD the handler comes from the function's ImageConfig, which may name such an absolute folder: a warning.
  const noCmd = family === 'nodejs' && !t.cmd;
  const absRoot = family === 'nodejs' && handler?.startsWith('/') ? posix.dirname(handler) : undefined;
  const moduleNames = new Set((handler && !handler.includes('$') ? (HANDLER_FORMATS[family]?.moduleFiles?.(handler) ?? []) : []).map((r) => basename(r)));
  const filesBy = new Map<Instruction, string[]>();
  for (const f of a.files) {
    const list = filesBy.get(f.ins);
    if (list) list.push(f.contextPath ?? f.path);
    else filesBy.set(f.ins, [f.contextPath ?? f.path]);
  }
  let walk: LineageWalk | undefined;
  lineageIns.forEach((ins, i) => {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.copy) return;
    const spec = ins.copy;
    const dest = spec.dest.replace(/\/$/, '') || '/';
    if (absRoot && (pathWithin(absRoot, dest) || pathWithin(dest, absRoot))) return;
    const home = HOME_DIRS.some((d) => pathWithin(dest, d)) && spec.from === undefined && spec.sources.some((src) => src === '.' || src === './' || moduleNames.has(basename(src)));
    if (dest.includes('$') || pathWithin(dest, TASK_ROOT) || (!home && ELSEWHERE_OK.some((d) => pathWithin(dest, d))) || DEPENDENCY_DIRS.some((d) => pathWithin(dest, d)) || extraPath.some((p) => pathWithin(dest, p))) return;
    // Elsewhere under /opt or /usr only code itself counts (a tool's folder copied from a builder does not).
    const system = pathWithin(dest, '/opt') || pathWithin(dest, '/usr');
    const code = (spec.from === undefined ? (filesBy.get(ins) ?? []) : []).filter((p) => CODE.test(p));
    // A builder's folder counts as code, except a bin folder (console scripts and tools, not the handler's module).
    const named = spec.sources.filter((s) => CODE.test(s) || s === '.' || s === './' || (!ctx.context && CODE_DIR.test(s)) || (!system && spec.fromStage !== undefined && !/\.\w+$/.test(s) && !/(^|\/)s?bin\/?$/.test(s)));
    if (code.length === 0 && named.length === 0 && spec.heredocs.every((h) => !CODE.test(dest) && !CODE.test(h.name))) return;
    walk ??= new LineageWalk(ctx.df, lineageIns);
    // Copied on to /var/task later?
    if (walk.copiedOnLater[i]) return;
    // What a later RUN installs (pip install /app/wheels/*.whl, npm install ./pkg): the code lands where the
    // package manager puts it, not at this destination.
    if (installedLater(ctx.df, lineageIns, i, dest)) return;
    const wdIns = walk.workdirBefore[i];
    const lastWord = ins.words[ins.words.length - 1] ?? '';
    const relative = lastWord !== '' && !lastWord.startsWith('/') && !lastWord.startsWith('$');
    const wd = ins.workdir;
    const because = relative && wdIns && wd !== TASK_ROOT ? ` because WORKDIR ${wd} (line ${wdIns.span.line}) moved the working directory away from /var/task` : '';
    const what = code.length ? (code.length > 3 ? `${code.slice(0, 3).join(', ')} and ${code.length - 3} more` : code.join(', ')) : spec.sources.join(', ') || 'code';
    // The folder an absolute handler would name: the destination, or the folder of a file copied there.
    const folder = /\.\w+$/.test(dest) && !spec.dest.endsWith('/') ? posix.dirname(dest) : dest;
    ctx.report({ messageId: noCmd ? 'outsideTaskRootNoCmd' : 'outsideTaskRoot', data: { what, dest, folder, because, error, copy: intoTaskRoot(ins) }, at: ins });
  });
}

/**
 * Project installs that make a virtual environment (`uv sync`, `poetry install`, `pipenv install`) on the AWS Python
 * base: the runtime's interpreter never activates it. Not when PYTHONPATH says where, nor when the tool is told to
 * use the system's Python (UV_PROJECT_ENVIRONMENT, poetry's virtualenvs.create false, pipenv --system).
 */
function checkVenvInstall(ctx: Ctx, t: Stage, lineageIns: readonly Instruction[]): void {
  if (t.env.has('PYTHONPATH')) return;
  const no = (v: string | undefined) => v !== undefined && /^(false|0|no|off)$/i.test(v.trim());
  const yes = (v: string | undefined) => v !== undefined && /^(true|1|yes|on)$/i.test(v.trim());
  // A poetry.toml of the project with `[virtualenvs] create = false` (poetry config --local writes it).
  const localToml = ctx.context?.read('poetry.toml', 64 << 10);
  let poetrySystem = localToml !== undefined && /\[virtualenvs\][^[]*\bcreate\s*=\s*false\b/.test(localToml);
  const runs = lineageIns.filter((i) => i.keyword === 'RUN');
  // The packages moved where the runtime looks afterwards (`cp -r .venv/lib/.../site-packages/* /var/task`, an
  // install with --target): the environment was a build step.
  // Or exported to a requirements file that pip then installs into the runtime's own Python (`poetry export -o
  // requirements.txt`, then `pip install -r requirements.txt`): the same dependencies are where the runtime looks.
  const movedLater = (k: number) => {
    let exported = false;
    return runs.slice(k).some((r) => {
      const sc = ctx.df.shell(r);
      for (const c of sc?.commands ?? []) {
        const name = commandName(c);
        if ((name === 'poetry' || name === 'uv') && c.args[0] === 'export') exported = true;
        if (name === 'pipenv' && c.args[0] === 'requirements') exported = true;
      }
      return (
        installs(sc).some((i) => i.options.some((o) => /^(--target|-t|--prefix)(=|$)/.test(o)) || (exported && i.manager === 'pip' && i.options.some((o) => /^(-r|--requirement)(=|$)/.test(o)))) ||
        (sc?.commands ?? []).some((c) => c.args.some((a) => a.includes('site-packages')))
      );
    });
  };
  for (let k = 0; k < runs.length; k++) {
    const ins = runs[k];
    const script = ctx.df.shell(ins);
    const commands = script?.commands ?? [];
    // What this RUN sees: ARG and ENV in scope, and `export NAME=value` earlier in the same script.
    const exported = new Map<string, string>();
    for (const c of commands) if (c.name === 'export') for (const [k, v] of Object.entries(c.assignments)) exported.set(k, v);
    const scoped = (name: string) => exported.get(name) ?? (ins.scope.get(name) as { value?: string } | undefined)?.value ?? t.env.get(name)?.value;
    if (commands.some((c) => commandName(c) === 'poetry' && c.args.includes('virtualenvs.create') && no(c.args[c.args.indexOf('virtualenvs.create') + 1]))) poetrySystem = true;
    for (const inst of installs(script)) {
      const env = (name: string) => inst.cmd.assignments[name] ?? scoped(name);
      let where: string | undefined;
      let instead = '';
      const uvEnv = env('UV_PROJECT_ENVIRONMENT');
      // `uv sync` (not `uv pip sync`, the pip interface), unless the project environment is the runtime's own Python.
      if (inst.manager === 'uv' && inst.subcommand === 'sync' && !inst.cmd.args.includes('pip') && !(uvEnv && /^\/var\/lang\/?$/.test(uvEnv.trim()))) {
        where = uvEnv ? uvEnv : inst.options.includes('--active') ? 'the active virtual environment' : '.venv in the project folder';
        instead = 'uv export --frozen --no-dev -o requirements.txt && uv pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      } else if (inst.manager === 'poetry' && inst.subcommand === 'install' && !poetrySystem && !no(env('POETRY_VIRTUALENVS_CREATE'))) {
        where = yes(env('POETRY_VIRTUALENVS_IN_PROJECT')) ? '.venv in the project folder' : "poetry's cache folder";
        instead = 'poetry export -f requirements.txt -o requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      } else if (inst.manager === 'pipenv' && ['install', 'sync'].includes(inst.subcommand) && !inst.options.includes('--system') && !yes(env('PIPENV_SYSTEM'))) {
        where = yes(env('PIPENV_VENV_IN_PROJECT')) ? '.venv in the project folder' : '~/.local/share/virtualenvs';
        instead = 'pipenv requirements > requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      }
      if (!where || movedLater(k)) continue;
      ctx.report({ messageId: 'venvInstall', data: { command: inst.cmd.text.length > 80 ? `${inst.cmd.text.slice(0, 77)}...` : inst.cmd.text, where, instead }, at: ins });
      return;
    }
  }
}

/** pip's own build tools, with or without a version. */
const BUILD_TOOLS = /^(pip|setuptools|wheel)([<>=!~].*)?$/;

/**
 * `pip install --user` on the AWS Python base: packages land in the build user's ~/.local (root's, /root/.local), and
 * Lambda runs the function as another user whose user site is elsewhere; unless PYTHONPATH or PYTHONUSERBASE says where.
 */
function checkUserInstall(ctx: Ctx, t: Stage, lineageIns: readonly Instruction[]): void {
  if (t.env.has('PYTHONPATH') || t.env.has('PYTHONUSERBASE')) return;
  let user: string | undefined;
  for (const ins of lineageIns) {
    if (ins.keyword === 'FROM') user = undefined;
    if (ins.keyword === 'USER') user = ins.words[0]?.split(':')[0];
    if (ins.keyword !== 'RUN') continue;
    for (const inst of installs(ctx.df.shell(ins))) {
      // pip run by a user who cannot write the system's site-packages falls back to a user install ("Defaulting to
      // user installation because normal site-packages is not writeable"), as --user does.
      const fallback = !inst.options.includes('--user') && nonRoot(user) && !inst.options.some((o) => /^(--target|-t|--prefix|--root)(=|$)/.test(o)) && !inVenv(ctx, t, lineageIns, ins);
      if (inst.manager !== 'pip' || !(inst.options.includes('--user') || fallback)) continue;
      // Only the build's own tools (`pip install --user --upgrade pip`): nothing the function imports.
      if (inst.files.length === 0 && inst.packages.length > 0 && inst.packages.every((p) => BUILD_TOOLS.test(p))) continue;
      const home = !nonRoot(user) ? '/root/.local' : `~${user}/.local`;
      const how = fallback ? `: USER ${user} cannot write the system's site-packages, so pip falls back to a user installation` : '';
      ctx.report({ messageId: 'userInstall', data: { command: inst.cmd.text.length > 80 ? `${inst.cmd.text.slice(0, 77)}...` : inst.cmd.text, where: home, how }, at: ins });
      return;
    }
  }
}

/** A USER other than root (by name or uid 0). */
const nonRoot = (user: string | undefined): user is string => user !== undefined && user !== '' && user !== 'root' && user !== '0';

/**
 * Whether pip at `at` runs in a virtual environment: VIRTUAL_ENV set, a PATH that starts with a venv's bin, or a RUN
 * before it (or the same RUN) that creates one (`python -m venv`, `virtualenv`, `uv venv`).
 */
function inVenv(ctx: Ctx, t: Stage, lineageIns: readonly Instruction[], at: Instruction): boolean {
  if (at.scope.has('VIRTUAL_ENV') || t.env.has('VIRTUAL_ENV')) return true;
  for (const ins of lineageIns) {
    if (ins.keyword === 'RUN' && (ctx.df.shell(ins)?.commands ?? []).some((c) => (c.args[0] === '-m' && c.args[1] === 'venv') || commandName(c) === 'virtualenv' || (commandName(c) === 'uv' && c.args[0] === 'venv'))) return true;
    if (ins === at) break;
  }
  return false;
}

/**
 * The classes copied to the task root (`COPY target/classes ${LAMBDA_TASK_ROOT}`) and the dependency jars copied there
 * too instead of into lib/ (`COPY target/dependency/* ${LAMBDA_TASK_ROOT}`): jar files the build context shows, or,
 * without it, a wildcard over a dependency folder. True when reported.
 */
function checkDependencyJars(ctx: Ctx, lineageIns: readonly Instruction[]): boolean {
  const copies = lineageIns.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.copy);
  const landing = (i: Instruction) => (i.copy!.dest.includes('$') ? undefined : i.copy!.dest.replace(/\/+$/, '') || '/');
  const classes = copies.find((i) => landing(i) === TASK_ROOT && i.copy!.sources.some((src) => /(^|\/)classes(\/(java|kotlin|scala)\/main)?\/?$/.test(src)));
  if (!classes || copies.some((i) => landing(i) !== undefined && pathWithin(landing(i)!, `${TASK_ROOT}/lib`))) return false;
  if (lineageIns.some((i) => i.keyword === 'RUN' && ctx.df.shell(i)?.commands.some((c) => ['unzip', 'jar', 'bsdtar', 'mv', 'cp'].includes(commandName(c))))) return false;
  for (const ins of copies) {
    if (ins === classes || landing(ins) !== TASK_ROOT) continue;
    for (const src of ins.copy!.sources) {
      if (!/[*?[]/.test(src)) continue;
      const jars = ctx.context && !ins.copy!.from ? ctx.context.match(contextPath(src)).filter((f) => !f.dir && f.path.endsWith('.jar')).map((f) => posix.basename(f.path)) : /(^|\/)(dependency|dependencies|libs?)\/\*(\.jar)?$/.test(src) ? ['*.jar'] : [];
      if (jars.length === 0) continue;
      const shown = jars.length > 3 ? `${jars.slice(0, 3).join(', ')} and ${jars.length - 3} more` : jars.join(', ');
      ctx.report({ messageId: 'dependencyJarsAtTaskRoot', data: { source: src, jars: shown, classesLine: String(classes.span.line), from: ins.copy!.from ? `--from=${ins.copy!.from} ` : '' }, at: ins });
      return true;
    }
  }
  return false;
}

/** Does a RUN after lineageIns[i] install a package from a path at or below `dest` (a wheel, a folder, an archive)? */
function installedLater(df: DockerfileModel, lineageIns: readonly Instruction[], i: number, dest: string): boolean {
  for (let k = i + 1; k < lineageIns.length; k++) {
    const ins = lineageIns[k];
    if (ins.keyword !== 'RUN') continue;
    for (const inst of installs(df.shell(ins))) {
      for (const p of inst.packages) {
        if (!p.includes('/') && p !== '.') continue;
        const abs = expand(p.startsWith('/') ? p : posix.join(ins.workdir, p), ins.scope).value;
        const folder = abs.replace(/\/[^/]*[*?][^/]*$/, '');
        if (pathWithin(abs, dest) || (folder !== '' && folder !== '/' && pathWithin(dest, folder))) return true;
      }
    }
  }
  return false;
}

/**
 * Without the build context, on the AWS Python or Node.js base: code copied into a folder inside /var/task (`COPY . app/`,
 * `COPY src/ ${LAMBDA_TASK_ROOT}/src/`) while the handler names a module at the top (`app.handler`, `index.handler`), and
 * no COPY can put the module there. The only way it still loads through the whole context in a folder is a Python package
 * whose __init__.py is the context's own top-level one. A warning, judged from the names in the Dockerfile.
 */
function checkCodeInSubfolder(ctx: Ctx, t: Stage, a: DockerfileContract, lineageIns: readonly Instruction[], family: HandlerFamily): void {
  const handler = t.cmd?.value.exec?.length === 1 ? t.cmd.value.exec[0] : undefined;
  const pathEnv = PATH_ENV[family];
  // A handler of the wrong form (a script's file name) is LL103's: where code lands says nothing about it.
  if (!handler || handler.includes('$') || a.opaqueWrites.length > 0 || (pathEnv && t.env.get(pathEnv)) || HANDLER_FORMATS[family]?.check(handler)) return;
  const rels = HANDLER_FORMATS[family]?.moduleFiles?.(handler)?.filter((r) => !r.includes('*') && !r.endsWith('.pyc'));
  if (!rels?.length) return;
  const wanted = rels.map((r) => posix.join(TASK_ROOT, r));
  let flagged: { ins: Instruction; dest: string; whole: boolean; source: string } | undefined;
  for (const i of lineageIns) {
    const copy = i.copy;
    if (!copy || (i.keyword !== 'COPY' && i.keyword !== 'ADD')) continue;
    if (copy.from !== undefined || copy.heredocs.length > 0 || copy.dest.includes('$') || copy.sources.some((src) => src.includes('$'))) return;
    const dest = copy.dest.replace(/\/+$/, '') || '/';
    const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1 || a.knownDirs.has(dest);
    for (const src of copy.sources) {
      const path = contextPath(src);
      if (path !== '' && !/[*?[]/.test(path) && /\.\w+$/.test(basename(path))) {
        if (wanted.includes(destIsDir ? posix.join(dest, basename(path)) : dest)) return; // the module itself
        continue;
      }
      // A folder, a wildcard or the whole context: anything may land below the destination.
      if (!pathWithin(dest, TASK_ROOT) || dest === TASK_ROOT) return;
      const inside = wanted.filter((w) => pathWithin(w, dest));
      if (inside.length > 0 && !(family === 'python' && path === '' && inside.every((w) => posix.relative(dest, w) === '__init__.py'))) return;
      flagged ??= { ins: i, dest, whole: path === '', source: src };
    }
  }
  if (!flagged) return;
  if (lineageIns.some((i) => i.keyword === 'RUN' && ctx.df.shell(i)?.commands.some((c) => ['cp', 'mv', 'rsync', 'ln'].includes(commandName(c))))) return;
  const folder = posix.relative(TASK_ROOT, flagged.dest);
  const what = flagged.whole ? 'the whole build context' : `what is inside ${flagged.source}`;
  const unless = flagged.whole && family === 'python' ? `: if the context's top-level __init__.py defines the handler for package ${folder}, ignore this` : '';
  const error = family === 'python' ? 'Runtime.ImportModuleError' : 'Runtime.ImportModuleError (Cannot find module)';
  ctx.report({ messageId: 'codeInSubfolder', data: { what, dest: flagged.dest, handler, files: rels.join(' or '), folder, error, unless }, at: flagged.ins, severity: 'warning' });
}

/** Off the AWS base the runtime interface client loads the handler from the working directory: the code must be there. */
/** `reportedCopies`: COPYs into the empty ${LAMBDA_TASK_ROOT} already reported for where their files land. */
function checkWorkdirHoldsCode(ctx: Ctx, t: Stage, a: DockerfileContract, lineageIns: readonly Instruction[], reportedCopies: ReadonlySet<Instruction>): void {
  const ep = t.entrypoint;
  const argv = ep?.value.exec ?? (!ep ? t.cmd?.value.exec : undefined);
  if (!argv) return;
  const launch = a.classify(argv);
  const ric = launch.ric ?? launch.inner?.ric;
  if (!ric || (launch.kind !== 'ric' && launch.kind !== 'script')) return;
  const fmt = HANDLER_FORMATS[ricById(ric).handlerFamily];
  const handler = launch.kind === 'ric' && launch.handlerIndex !== undefined && launch.argv[launch.handlerIndex] ? launch.argv[launch.handlerIndex] : ep ? t.cmd?.value.exec?.[0] : undefined;
  if (!fmt?.moduleFiles || !handler || fmt.check(handler)) return;
  const rels = fmt.moduleFiles(handler)?.filter((r) => !r.includes('*')) ?? [];
  const workdir = t.workdir?.value ?? '/';
  // Python imports the module from the working directory (`python -m awslambdaric` puts it first on sys.path) and from
  // each PYTHONPATH folder (awslambdaric/bootstrap.py: importlib.import_module); the Node.js and Ruby clients resolve
  // the handler's file from the working directory alone.
  const roots = [workdir, ...(ricById(ric).handlerFamily === 'python' ? envPathList(t, 'PYTHONPATH') : [])];
  if (a.files.some((f) => rels.some((r) => roots.some((root) => f.path === posix.join(root, r))))) return;
  // The module under its whole path (rest_api/application.py for rest_api.application.handler): a file that only
  // shares its name (an __init__.py, an application.py at another depth) says nothing about where the module is.
  const elsewhere = a.files.filter((f) => !f.path.includes('$') && rels.some((r) => f.path.endsWith(`/${r}`)));
  if (elsewhere.length === 0) return; // LL103 reports a module that is not copied at all
  const f = elsewhere[elsewhere.length - 1];
  const rel = rels.find((r) => f.path.endsWith(`/${r}`))!;
  const dir = f.path.slice(0, f.path.length - rel.length - 1) || '/';
  if (dir === (workdir.replace(/\/+$/, '') || '/') || reportedCopies.has(f.ins as Instruction)) return;
  // A deploy configuration's WorkingDirectory is where the problem is: report on its template line.
  const override = t.workdir?.from?.origin ? t.workdir.from : undefined;
  const hasWorkdir = override !== undefined || lineageIns.some((i) => i.keyword === 'WORKDIR');
  const why = hasWorkdir ? '' : ' (WORKDIR is never set)';
  ctx.report({ messageId: 'codeOutsideWorkdir', data: { file: rel, dest: posix.dirname(f.path), workdir, why, dir }, at: override ?? (f.ins as Instruction) });
}

/** The build context's Maven or Gradle build applies the Spring Boot plugin, which repackages the jar as an executable one. */
function springBootJar(ctx: Ctx): boolean {
  const context = ctx.context;
  if (!context) return false;
  for (const f of context.projectFiles()) {
    if (f.dir || !/^(pom\.xml|build\.gradle(\.kts)?)$/.test(posix.basename(f.path))) continue;
    const text = context.read(f.path, 1 << 20) ?? '';
    if (/spring-boot-maven-plugin|id\s*\(?\s*["']org\.springframework\.boot["']|apply\s+plugin:\s*["']org\.springframework\.boot["']/.test(text)) return true;
  }
  return false;
}
