import { samBuildImage } from '../src/knowledge/base-images.js';
import { posix } from 'node:path';
import { defineRule, type RuleContext, flagText, normalizePath, overrideUnresolved, EXEC_HEADER_NEED } from '../src/engine/rule-kit.js';
import { TAR_ARCHIVE, pathWithin } from '../src/core/paths.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import { BOOTSTRAP_PATHS, NOT_A_RUNTIME, RIC_FOR_BASE, RICS, ricById, type RicId } from '../src/knowledge/ric.js';
import { isElf, shebang } from '../src/core/executables.js';
import type { ImageModel } from '../src/image/types.js';
import type { ImageContract } from '../src/lambda/image-contract.js';
import type { DockerfileContract, RicEvidence } from '../src/lambda/dockerfile-contract.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';

/** Interpreters in the filesystem that hint which client to suggest. */
const FAMILY_HINTS: [RegExp, RicId][] = [
  [/^\/usr(?:\/local)?\/bin\/python3?(?:\.\d+)?$/, 'python'],
  [/^\/usr(?:\/local)?\/bin\/node$/, 'nodejs'],
  [/^\/usr(?:\/local)?\/bin\/ruby$/, 'ruby'],
  [/\/bin\/java$/, 'java'],
  [/\/dotnet$/, 'dotnet'],
];

function suggestionFor(image: ImageModel): string {
  for (const p of image.files.keys()) for (const [re, ric] of FAMILY_HINTS) if (re.test(p)) return `${ricById(ric).label}: ${ricById(ric).howTo}`;
  return `a runtime interface client: ${ANY_RIC}`;
}

/** Without the build context: does a wildcard or a folder get copied into one of `dirs`? It may bring the bootstrap. */
function unseenCopyInto(lineage: readonly Stage[], dirs: readonly string[]): boolean {
  const unseen = (src: string) => /[*?[]/.test(src) || /(^|\/)\.?\/?$/.test(src);
  return lineage.some((s) => s.instructions.some((i) => i.copy && !i.copy.from && i.copy.sources.some(unseen) && dirs.some((d) => i.copy!.dest === '/' || i.copy!.dest.startsWith(d))));
}

/**
 * A program named bootstrap launched by ENTRYPOINT (or CMD without one) is a custom runtime by Lambda's convention
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html): it talks to the Runtime API itself, and its
 * content is not in the Dockerfile.
 */
function customRuntime(target: Stage): boolean {
  const launched = target.entrypoint?.value.exec ?? (target.entrypoint ? undefined : target.cmd?.value.exec);
  return launched !== undefined && /(^|\/)bootstrap$/.test(launched[0] ?? '');
}

/** The folders that hold a bootstrap path (/var/task, /opt, /var/runtime). */
const BOOTSTRAP_DIRS: readonly string[] = BOOTSTRAP_PATHS.map((p) => posix.dirname(p));

/**
 * An OS-only base (provided): its entrypoint runs a bootstrap, which something must provide. A compiled program placed
 * under another name (`COPY --from=build /app/target/release/app /var/runtime/app`) is not run, whatever CMD says.
 */
function checkProvided(ctx: RuleContext<'binaryNotBootstrap' | 'noBootstrap'>, a: DockerfileContract, image: string, at: Instruction): void {
  const misplaced = misplacedBinary(a.evidence, a.shipped);
  // Files we cannot see may carry the bootstrap.
  const mayCarryBootstrap = (i: Instruction) => i.keyword === 'RUN' || !i.copy || mayPlaceBootstrap(i);
  // A COPY from the build context into those folders whose files are not seen here may bring one too.
  const unseen = (i: Instruction) => i.copy !== undefined && i.copy.from === undefined && mayPlaceBootstrap(i) && (!ctx.context || i.copy.sources.some((src) => ctx.context!.match(src).length === 0));
  if (misplaced && a.unverifiable.length === 0 && !a.opaqueWrites.some((i) => i !== misplaced.copy && mayCarryBootstrap(i)) && !a.shipped.some(unseen)) {
    const { copy, path, source } = misplaced;
    const fix = ` (${copy.keyword} ${[...copy.flags.map(flagText), source].join(' ')} /var/runtime/bootstrap)`;
    ctx.report({ messageId: 'binaryNotBootstrap', data: { image, paths: BOOTSTRAP_PATHS.join(', '), path, fix }, at: copy });
    return;
  }
  if (a.evidence.length > 0 || a.unverifiable.length > 0) return;
  if (a.opaqueWrites.some(mayCarryBootstrap)) return;
  if (!ctx.context && unseenCopyInto(a.lineage, BOOTSTRAP_DIRS)) return;
  ctx.report({ messageId: 'noBootstrap', data: { image, paths: BOOTSTRAP_PATHS.join(', ') }, at });
}

/**
 * The compiled program of the image when every client it has is one compiled binary that a COPY --from places at a
 * known file path that is not a bootstrap path; undefined otherwise (a bootstrap among them, a folder, a path not known).
 */
function misplacedBinary(evidence: readonly RicEvidence[], shipped: readonly Instruction[]): { copy: Instruction; path: string; source: string } | undefined {
  const paths = new Set(evidence.map((e) => (e.compiled ? e.path : undefined)));
  if (evidence.length === 0 || paths.size !== 1) return undefined;
  const path = [...paths][0];
  if (!path || (BOOTSTRAP_PATHS as readonly string[]).includes(path)) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const i of shipped) {
    const c = i.copy;
    if (c?.from === undefined) continue;
    const dest = normalizePath(c.dest.startsWith('/') ? c.dest : `${i.workdir}/${c.dest}`);
    // To the file itself (`COPY --from=build /main /var/task/main`), or into a folder under its own name
    // (`COPY --from=build /app/main ./`), with nothing beside it that could be a bootstrap or a folder holding one.
    const intoFolder = c.dest.endsWith('/') || c.sources.length > 1 || BOOTSTRAP_DIRS.includes(dest) || dest === i.workdir.replace(/(.)\/+$/, '$1');
    const source = intoFolder ? c.sources.find((src) => src.slice(src.lastIndexOf('/') + 1) === name && posix.join(dest, name) === path) : c.sources.length === 1 && dest === path ? c.sources[0] : undefined;
    if (!source) continue;
    const others = c.sources.filter((src) => src !== source);
    if (others.some((src) => src.endsWith('/') || src.endsWith('bootstrap') || !/\.\w+$/.test(src.slice(src.lastIndexOf('/') + 1)))) return undefined;
    return { copy: i, path, source };
  }
  return undefined;
}

/**
 * Whether a COPY can put a file on a bootstrap path: its destination is one (or holds a variable), or a folder that
 * holds one (/var/task, /var/runtime, /opt, or above them). A COPY to another file path (/var/runtime/app) cannot.
 */
function mayPlaceBootstrap(i: Instruction): boolean {
  const dest = i.copy!.dest;
  if (dest.includes('$')) return true;
  const abs = normalizePath(dest.startsWith('/') ? dest : `${i.workdir}/${dest}`);
  return (BOOTSTRAP_PATHS as readonly string[]).includes(abs) || BOOTSTRAP_DIRS.some((d) => pathWithin(d, abs));
}

/** ENTRYPOINT (with CMD) or CMD as messages show it. */
function launchShown(target: Stage): string | undefined {
  const argv = target.entrypoint?.value.exec ?? target.cmd?.value.exec;
  return argv ? `${target.entrypoint ? 'ENTRYPOINT' : 'CMD'} ${JSON.stringify(argv).replace(/","/g, '", "')}` : undefined;
}

/** Signs that a script talks to the Runtime API itself (a shell custom runtime). */
const RUNTIME_API_USE = /AWS_LAMBDA_RUNTIME_API|\/runtime\/invocation\//;

/**
 * On Alpine (musl) the Python and Node.js clients have no prebuilt binary (PyPI has manylinux wheels only): pip and npm
 * compile them and the aws-lambda-cpp library they bundle, whose backtrace support needs libexecinfo, which Alpine
 * dropped in 3.17 (https://github.com/aws/aws-lambda-python-runtime-interface-client/issues/91 and /issues/128).
 */
const MUSL_NOTE = ' (on Alpine no prebuilt client exists for musl: it is compiled from source and needs apk add build-base cmake autoconf automake libtool libcurl python3, plus libexecinfo-dev, which only the Alpine 3.16 repository and older have; a Debian-based image avoids the build)';
const MUSL_BUILD = new Map<RicId, string>([
  ['python', MUSL_NOTE],
  ['nodejs', MUSL_NOTE],
]);

const ANY_RIC = 'awslambdaric (Python), aws-lambda-ric (Node.js), aws_lambda_ric (Ruby), the Java RIC, Amazon.Lambda.RuntimeSupport (.NET), the Lambda Web Adapter, or a compiled bootstrap (Go, Rust)';

/**
 * A client's how-to with the Dockerfile's own folder and handler in place of the example's, so that the fix does not
 * move the code (WORKDIR /function where the code is in /app) nor drop the CMD the file already has.
 */
function tailored(howTo: string, target: Stage): string {
  let text = howTo;
  const wd = target.workdir?.value;
  if (wd && wd !== '/' && !wd.includes('$')) text = text.replaceAll('/function', wd).replace('with WORKDIR set to the function directory', `with WORKDIR ${wd} (the function directory)`);
  const cmd = target.cmd?.value.exec;
  if (cmd?.length === 1 && cmd[0] && !cmd[0].includes('$')) text = text.replace(/CMD \["[^"]*"\]( \(your handler\))?/, `CMD ${JSON.stringify(cmd)}`);
  return text;
}

export default defineRule({
  code: 'LL101',
  name: 'ric-missing',
  severity: 'error',
  since: '0.1.0',
  needs: { facts: ['lambda', 'lambdaEvidence'], dockerfile: true, context: true, history: false, image: { bodies: [EXEC_HEADER_NEED] } },
  docs: {
    what: 'Checks that an image not built on an AWS Lambda base image (nor a known Lambda-ready base) contains a runtime interface client: one of those listed below ("Runtime interface clients"), installed by name or through a dependency manifest of the build context (requirements.txt, pyproject.toml, package.json, Gemfile, pom.xml / build.gradle, csproj), copied (a jar, a published bootstrap), or a compiled bootstrap copied from a Go / Rust builder stage. It also reports a client installed only in a stage whose files never reach the target, and an OS-only base (provided) with no bootstrap, or whose compiled program is copied under another name (`COPY --from=build /main /var/task/main`) with no ENTRYPOINT to run it. LLRT\'s container build (`ADD .../llrt-container-arm64 /usr/bin/llrt`, as its README shows) implements the Runtime API itself and counts as a custom runtime.',
    why: 'Lambda does not run your code directly: a runtime interface client inside the image polls the Runtime API for events and calls the handler. AWS base images ship one; any other base image needs one added (images-create.html, "Using a non-AWS base image"). Without it the container starts, never contacts the Runtime API, and every invocation fails with `Runtime.ExitError` or times out during init. On provided:al2023 / provided:al2 the base entrypoint execs a bootstrap that you must supply, otherwise Lambda reports `Couldn\'t find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]` (Runtime.InvalidEntrypoint).',
    bad: {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n',
      context: { ...PYTHON_HANDLER, 'requirements.txt': 'requests==2.32.3\n' },
    },
    good: {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { ...PYTHON_HANDLER, 'requirements.txt': 'requests==2.32.3\nawslambdaric==3.1.1\n' },
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric',
      'https://docs.aws.amazon.com/lambda/latest/dg/python-image.html#python-image-clients',
      'https://github.com/aws/aws-lambda-python-runtime-interface-client',
      'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client',
      'https://github.com/awslabs/aws-lambda-web-adapter',
      'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html',
    ],
    tables: [
      {
        title: 'Runtime interface clients',
        intro: 'The clients this rule recognises (src/knowledge/ric.ts): the packages that install each, the ENTRYPOINT its documentation shows, and that documentation.',
        columns: ['client', 'packages', 'ENTRYPOINT', 'source'],
        rows: () => RICS.map((r) => [r.label, r.packages.map((p) => `${p.name} (${p.managers.join(', ')})`).join('; ') || '-', r.entrypoint.length ? `\`${JSON.stringify(r.entrypoint)}\`` : '-', r.source]),
      },
    ],
  },
  messages: {
    noRic: {
      text: 'The image is built on {{image}}, which is not an AWS Lambda base image, and nothing installs or copies a runtime interface client; Lambda cannot start the function.',
      severity: 'error',
      fix: 'Add {{suggestion}}, or build on an AWS base image (public.ecr.aws/lambda/<runtime>).',
    },
    noBootstrap: {
      text: '{{image}} is an OS-only base image and nothing provides a bootstrap ({{paths}}) or overrides ENTRYPOINT; Lambda fails with "Couldn\'t find valid bootstrap(s)".',
      severity: 'error',
      fix: 'COPY your compiled binary (or a bootstrap script) to /var/runtime/bootstrap, or set ENTRYPOINT to it.',
    },
    binaryNotBootstrap: {
      text: '{{image}} is an OS-only base image: its entrypoint runs a bootstrap ({{paths}}), but the compiled program lands at {{path}} and nothing is named bootstrap or overrides ENTRYPOINT; Lambda fails with "Couldn\'t find valid bootstrap(s)".',
      severity: 'error',
      fix: 'Copy the program to /var/runtime/bootstrap{{fix}}, or set ENTRYPOINT to {{path}}.',
    },
    notCopied: {
      text: '{{what}} is installed in stage {{stage}} (line {{line}}), but {{how}}; the final image has no runtime interface client.',
      severity: 'error',
      fix: 'COPY --from={{stage}} the directory holding the client ({{path}}) into the final stage, or install it there.',
    },
    noRicInImage: {
      evidence: 'image',
      text: 'The image has no runtime interface client in its filesystem (no awslambdaric, aws-lambda-ric, aws_lambda_ric, Java RIC, Amazon.Lambda.RuntimeSupport, Lambda Web Adapter, /var/runtime/bootstrap or bootstrap executable) and {{why}}; Lambda cannot start the function.',
      severity: 'error',
      fix: 'Add {{suggestion}}, or build on an AWS base image (public.ecr.aws/lambda/<runtime>).',
    },
    noBootstrapInImage: {
      evidence: 'image',
      text: 'The image keeps the AWS base entrypoint /lambda-entrypoint.sh but has no runtime: none of {{paths}} exists; Lambda fails with "Couldn\'t find valid bootstrap(s)" (Runtime.InvalidEntrypoint).',
      severity: 'error',
      fix: 'COPY your compiled binary (or a bootstrap script) to /var/runtime/bootstrap or /var/task/bootstrap, or set ENTRYPOINT to it.',
    },
    notLaunched: {
      text: '{{what}} (line {{line}}) may install a runtime interface client this tool cannot see, but {{shown}} does not launch one; Lambda cannot start the function.',
      severity: 'error',
      fix: 'Make ENTRYPOINT start the client (e.g. ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]) and put the handler in CMD.',
    },
    scriptNotLambda: {
      text: '{{shown}} runs lambda_function, the module name AWS gives a Python function, as a script on {{image}}, and nothing launches a runtime interface client: if this image is deployed to Lambda, the handler is never called and Lambda cannot start the function.',
      severity: 'warning',
      fix: 'For Lambda, install awslambdaric, set ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"] and CMD ["lambda_function.lambda_handler"], or build FROM public.ecr.aws/lambda/python. If the image is not for Lambda, set `lambda: false` in .lint-lambda-image.yaml.',
    },
    archiveUnseen: {
      text: 'Could not verify that the image provides a runtime interface client: nothing in this Dockerfile installs one, but ADD {{source}} (line {{line}}) unpacks an archive whose files this tool cannot see.',
      severity: 'warning',
      fix: 'If the archive holds no runtime interface client, add {{suggestion}}.',
    },
    unknownBase: {
      text: 'Could not verify that base image {{image}} provides a runtime interface client: nothing in this Dockerfile installs one and ENTRYPOINT / CMD do not launch one.',
      severity: 'warning',
      fix: 'If {{image}} does not start a runtime interface client itself, add {{suggestion}}.',
    },
  },
  create(ctx) {
    if (overrideUnresolved(ctx.deploy, 'command', 'entryPoint')) return {};
    return {
      image(image) {
        const c = ctx.facts.lambda.image!;
        if (c.rics.length > 0) return;
        const shown = JSON.stringify(c.argv).replace(/","/g, '", "');
        const suggestion = suggestionFor(image);
        const launch = c.launch;
        if (launch.kind === 'rie') return; // LL102 reports the emulator
        if (launch.kind === 'base') {
          ctx.report({ messageId: 'noBootstrapInImage', data: { paths: BOOTSTRAP_PATHS.join(', ') }, source: 'image-layer' });
          return;
        }
        const why = imageWhy(c, image, shown);
        if (why) ctx.report({ messageId: 'noRicInImage', data: { why, suggestion }, source: 'image-config' });
      },
      end() {
        // With the built image at hand its filesystem is the exact evidence.
        if (ctx.mode === 'image' && ctx.image) return;
        const target = ctx.target;
        if (!target) return;
        const a = ctx.facts.lambda.dockerfile;
        if (!a) return;
        const kind = target.base.kind;
        const image = target.base.stage ? (a.lineage[a.lineage.length - 1]?.base.expanded.value ?? target.base.expanded.value) : target.base.expanded.value;
        const at = target.fromInstruction;
        if (kind.kind === 'lambda-ready') return;
        const reportStranded = (): boolean => {
          const stranded = a.stranded[0];
          if (!stranded) return false;
          const ev = stranded.ev;
          const stage = ev.stage.name ?? String(ev.stage.index);
          const how = !stranded.reachable
            ? `the final stage never copies from stage ${stage}`
            : stranded.copiedPaths.length
              ? `the final stage copies only ${stranded.copiedPaths.join(', ')} from it, not ${ev.path ?? 'the client'}`
              : `the final stage does not copy it from stage ${stage}`;
          ctx.report({ messageId: 'notCopied', data: { what: ev.what, stage, line: ev.ins.span.line, how, path: ev.path ?? 'its install directory' }, at: ev.ins });
          return true;
        };
        // FROM ${BASE} with no value: the base cannot be judged, but a client left in a builder stage still can.
        if ((a.lineage[a.lineage.length - 1] ?? target).base.expanded.unresolved.length > 0) {
          if (a.evidence.length === 0 && a.unverifiable.length === 0) reportStranded();
          return;
        }
        if (kind.kind === 'aws') {
          if (kind.family === 'provided' && !target.entrypoint?.from) checkProvided(ctx, a, image, at);
          return;
        }
        if (a.evidence.length > 0 || customRuntime(target)) return;
        // Judged only because the image runs lambda_function.py as a script: it may not be meant for Lambda.
        if (ctx.config.lambda === undefined && !ctx.deploy && ctx.facts.lambdaEvidence.length > 0 && ctx.facts.lambdaEvidence.every((e) => e.weak)) {
          const shown = a.unlaunched ?? (a.unverifiable.length === 0 ? launchShown(target) : undefined);
          if (shown && kind.os !== undefined) ctx.report({ messageId: 'scriptNotLambda', data: { shown, image }, at: ctx.facts.lambdaEvidence[0].ins ?? at });
          return;
        }
        if (a.unverifiable.length > 0) {
          // An install we could not read is no proof of a client when nothing launches one either.
          const shown = a.unlaunched;
          if (shown) ctx.report({ messageId: 'notLaunched', data: { what: a.unverifiable[0].what, line: a.unverifiable[0].ins.span.line, shown }, at });
          return;
        }
        if (reportStranded()) return;
        const repo = (a.lineage[a.lineage.length - 1] ?? target).base.ref.repository.replace(/^library\//, '');
        const guess = RIC_FOR_BASE.find((r) => r.repo.test(repo));
        const rootKind = (a.lineage[a.lineage.length - 1] ?? target).base.kind;
        const musl = guess && rootKind.os === 'alpine' ? MUSL_BUILD.get(guess.ric) : undefined;
        const suggestion = guess ? `${ricById(guess.ric).label}: ${tailored(ricById(guess.ric).howTo, target)}${musl ?? ''}` : `a runtime interface client: ${ANY_RIC}`;
        const archive = unpackedArchive(a.shipped);
        if (archive) {
          ctx.report({ messageId: 'archiveUnseen', data: { ...archive, suggestion }, at });
          return;
        }
        const osKnown = kind.os !== undefined;
        // A SAM build image holds its runtime's client; LL102 reports that it resets the entrypoint.
        if (!osKnown && samBuildImage((a.lineage[a.lineage.length - 1] ?? target).base.ref)) return;
        if (!osKnown) {
          const argv = target.entrypoint?.value.exec ?? (target.entrypoint ? undefined : target.cmd?.value.exec);
          if (startsClient(a, argv)) return; // the client presumably comes with the base image
          ctx.report({ messageId: 'unknownBase', data: { image, suggestion }, at });
          return;
        }
        ctx.report({ messageId: 'noRic', data: { image, suggestion }, at });
      },
    };
  },
});

/** Why a built image starts no runtime client, or undefined when that cannot be said (a program not found, a compiled one). */
function imageWhy(c: ImageContract, image: ImageModel, shown: string): string | undefined {
  const launch = c.launch;
  if (launch.kind === 'empty') return 'the config sets neither Entrypoint nor Cmd';
  if (launch.kind === 'ric') return `Entrypoint/Cmd ${shown} launches ${ricById(launch.ric!).label}, which is not installed`;
  const program = launch.argv[0];
  const found = c.lookup(program);
  if (!found.found) return undefined; // LL102 reports a missing program
  if (!NOT_A_RUNTIME.test(program.split('/').pop() ?? '')) {
    const body = image.body(found.path);
    // A compiled runtime (Go, Rust, C++, .NET AOT), or a body we did not read: not judged.
    if (!body || isElf(body.data)) return undefined;
    const sb = shebang(body.data);
    if (!sb || body.truncated || RUNTIME_API_USE.test(body.data.toString('latin1'))) return undefined;
  }
  return `${c.entrypoint.length ? 'Entrypoint' : 'Cmd'} ${shown} starts ${program}, which is not a runtime client`;
}


/**
 * A local tar archive ADDed into the shipped stages, which Docker unpacks into the image (the AWS base images are
 * built this way: FROM scratch, ADD of their layer archives): its files are unknown here, so the client may be there.
 */
function unpackedArchive(shipped: readonly Instruction[]): { source: string; line: number } | undefined {
  for (const i of shipped) {
    if (i.keyword !== 'ADD' || !i.copy || i.copy.from !== undefined) continue;
    const source = i.copy.sources.find((src) => TAR_ARCHIVE.test(src) && !/^[a-z]+:\/\//i.test(src));
    if (source) return { source, line: i.span.line };
  }
  return undefined;
}

/** The argv starts a runtime client by name, itself or through its entry script (`exec java ...AWSLambda`). */
function startsClient(a: { classify(argv: string[]): { kind: string; ric?: unknown } }, argv: string[] | undefined): boolean {
  const launch = argv ? a.classify(argv) : undefined;
  return launch !== undefined && (launch.kind === 'ric' || (launch.kind === 'script' && launch.ric !== undefined));
}
