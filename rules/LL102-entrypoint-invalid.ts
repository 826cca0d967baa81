import { defineRule, entrypointLaunchArgv, envWritten, intendedExec, overrideUnresolved, EXEC_HEADER_NEED, type MessageSpec, type RuleContext } from '../src/engine/rule-kit.js';
import { AWS_PYTHON_GOOD, PYTHON_HANDLER } from './doc-examples.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';
import type { DockerfileContract, ImageContract, Launch } from '../src/lambda/contract.js';
import { BOOTSTRAP_PATHS, RIE_BINARIES, RIE_GUARD_VARIABLE, ricById } from '../src/knowledge/ric.js';
import { posix } from 'node:path';
import { ELF_MACHINE, MACHINE_NAME, elfMachine, isElf, octal, shebang } from '../src/core/executables.js';
import { pathWithin } from '../src/core/paths.js';
import { HANDLER_FORMATS } from '../src/knowledge/handlers.js';
import { samBuildImage } from '../src/knowledge/base-images.js';

/** Where the AWS base images load the function from, and their working directory. */
const TASK_ROOT = '/var/task';

/** Interpreters and launchers that distributions install as symlinks (python -> python3.12, npx -> npx-cli.js): not reported. */
const SYMLINKED_LAUNCHERS = /^(python[\d.]*|pypy[\d.]*|node|nodejs|npx|npm|ruby|bundle|bundler|java|dotnet|sh|bash|dash|env|tini|dumb-init|aws_lambda_ric|aws-lambda-ric)$/;

const OK_KINDS = new Set(['base', 'ric', 'bootstrap']);


/** A target built on an AWS SAM build image with no ENTRYPOINT of its own: its CMD runs as the program. */
function samBuildBase(ctx: Ctx, t: Stage): boolean {
  let root = t;
  while (root.base.stage) root = root.base.stage;
  const sam = root.base.kind.kind === 'other' ? samBuildImage(root.base.ref) : undefined;
  // With no CMD of its own it is a build container (terraform-aws-lambda's build_in_docker), not a function image; a
  // CMD that starts the runtime itself (/lambda-entrypoint.sh, a client, a bootstrap) works as any program would.
  if (!sam || !t.cmd?.from) return false;
  const first = t.cmd.value.exec?.[0] ?? t.cmd.value.shell?.trim().split(/\s+/)[0] ?? '';
  const args = t.cmd.value.exec ?? t.cmd.value.shell?.split(/\s+/) ?? [];
  if (/(^|\/)(lambda-entrypoint\.sh|bootstrap|aws-lambda-rie)$/.test(first) || args.some((w) => /^(awslambdaric|aws-lambda-ric|aws_lambda_ric)$/.test(w))) return false;
  const cmd = t.cmd?.value;
  const shown = cmd?.exec ? `CMD ${json(cmd.exec)}` : cmd?.shell !== undefined ? `CMD ${cmd.shell}` : 'its CMD (/bin/bash)';
  ctx.report({ messageId: 'samBuildImage', data: { image: root.base.expanded.value, cmd: shown, lambdaBase: sam.lambdaBase }, at: root.fromInstruction });
  return true;
}

function json(argv: string[]): string {
  return JSON.stringify(argv).replace(/","/g, '", "');
}

/** Does the launch still need a handler argument that a shell-form ENTRYPOINT cannot receive from CMD? */
function needsHandlerArg(l: Launch): boolean {
  if (l.kind === 'base') return l.argv.length < 2;
  if (l.kind === 'ric' && l.ric && ricById(l.ric).handlerFromArgv && l.ric !== 'dotnet') return l.handlerIndex === undefined || l.argv.length <= l.handlerIndex;
  return false;
}

const messages = {
  adapterPortEmpty: {
    text: '{{name}} is set from ${{{variable}}}, which nothing defines before it (no ARG {{variable}}, and the base image does not set it): Docker makes it an empty string, so the Lambda Web Adapter reads an empty port instead of its default 8080 and cannot reach the web app: its readiness check does not pass and the function does not initialize.',
    severity: 'warning',
    fix: 'Give the port the web app listens on: ENV {{name}}=8080 (or declare ARG {{variable}}=8080 before this ENV).',
  },
  adapterInvokeMode: {
    text: 'The function URL of {{fn}} {{url}}, but the Lambda Web Adapter in the image runs in {{mode}} mode ({{how}}): the adapter\'s invoke mode must match the URL\'s, or the URL does not return the web app\'s responses as it sends them.',
    severity: 'warning',
    fix: '{{fix}}',
  },
  adapterPortMismatch: {
    text: 'The Lambda Web Adapter forwards requests to port {{adapterPort}} ({{how}}), but {{server}} listens on port {{appPort}} ({{appHow}}): unless the function\'s configuration sets AWS_LWA_PORT (which the Dockerfile cannot show), the adapter\'s readiness check never reaches the web app, and the function does not initialize.',
    severity: 'warning',
    fix: 'Make them agree: ENV AWS_LWA_PORT={{appPort}}, or start {{server}} on port {{adapterPort}}.',
  },
  adapterBaseEntrypoint: {
    text: 'The image copies in the Lambda Web Adapter, but on this AWS base image /lambda-entrypoint.sh still starts the runtime interface client with the handler CMD {{cmd}}, and nothing starts a web app on the adapter\'s port ({{port}}): the adapter\'s readiness check waits for a server that is not there. Its README: with AWS managed base images, "override the ENTRYPOINT to start your web app".',
    severity: 'warning',
    fix: 'Start the web server from ENTRYPOINT on port {{port}}, e.g. ENTRYPOINT {{server}} with CMD [], or drop the adapter and keep CMD {{cmd}} as the handler.',
  },
  webAppHandler: {
    text: 'The image runs the Lambda Web Adapter, so Lambda starts CMD as the web app, but CMD {{cmd}} is a handler name, not a program: the container cannot start it (exec: "{{program}}": executable file not found in $PATH) and the function fails at init.',
    severity: 'error',
    fix: 'Make CMD start the web server on the adapter\'s port (AWS_LWA_PORT or PORT, default 8080), e.g. CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]; or drop the adapter and build on an AWS base image with CMD {{cmd}}.',
  },
  notRuntime: {
    text: 'ENTRYPOINT {{entrypoint}} replaces the base image\'s /lambda-entrypoint.sh with something that is neither a runtime interface client nor a bootstrap; the function never contacts the Runtime API.',
    severity: 'error',
    fix: 'Remove the ENTRYPOINT to keep /lambda-entrypoint.sh, and give the handler with CMD ["{{example}}"].',
  },
  notLaunching: {
    text: '{{what}} {{entrypoint}} does not start the runtime interface client ({{ric}}) that the image installs.',
    severity: 'error',
    fix: 'Use ENTRYPOINT {{expected}} and put the handler in CMD.',
  },
  missing: {
    text: 'No ENTRYPOINT is set on {{image}}: Lambda runs {{cmd}} as the program, which does not start the runtime interface client ({{ric}}).',
    severity: 'error',
    fix: 'Add ENTRYPOINT {{expected}} and keep the handler in CMD.',
  },
  shellForm: {
    text: 'ENTRYPOINT in shell form runs under /bin/sh -c, {{consequence}}.',
    severity: 'warning',
    fix: 'Write it in exec (JSON) form, e.g. ENTRYPOINT {{json}}.',
  },
  rieUnconditional: {
    text: '{{where}} runs the Runtime Interface Emulator ({{rie}}) unconditionally; on Lambda it serves its own API on port 8080 and the function never receives invocations.',
    severity: 'error',
    fix: `Start the emulator only when ${RIE_GUARD_VARIABLE} is unset (if [ -z "\${${RIE_GUARD_VARIABLE}}" ]; then exec aws-lambda-rie <cmd>; else exec <cmd>; fi), or keep it out of the image and mount it for local tests.`,
  },
  unverified: {
    text: 'Could not verify that {{what}} starts a runtime interface client: {{reason}}.',
    severity: 'warning',
    fix: 'Make sure it execs {{expected}} (passing "$@"), or point ENTRYPOINT at the client directly.',
  },
  samBuildImage: {
    text: '{{image}} is an AWS SAM build image, made to build functions: it resets ENTRYPOINT to [] and CMD to /bin/bash, so Lambda runs {{cmd}} as the program and the function never starts (Runtime.InvalidEntrypoint).',
    severity: 'error',
    fix: 'Build the function on {{lambdaBase}} (FROM {{lambdaBase}}), and keep the build image for a builder stage (FROM {{image}} AS build, then COPY --from=build what it built).',
  },
  entrypointMissing: {
    evidence: 'image',
    text: 'The config Entrypoint {{entrypoint}} names {{path}}, which does not exist in the image{{detail}}; Lambda fails with Runtime.InvalidEntrypoint (exit status 127).',
    severity: 'error',
    fix: 'COPY the program to {{path}} (or install it), or point Entrypoint at the path where it is.',
  },
  entrypointSymlink: {
    evidence: 'image',
    text: 'The config Entrypoint {{path}} is a symlink to {{target}}; the Lambda docs say not to use symlinks as the entry point (Runtime.InvalidEntrypoint).',
    severity: 'warning',
    fix: 'Point Entrypoint at the file itself: {{target}}.',
  },
  entrypointNotExecutable: {
    evidence: 'image',
    text: 'The entrypoint {{path}} has mode {{mode}} (owner uid {{uid}}): Lambda runs as a non-root user, which cannot execute it (permission denied, Runtime.InvalidEntrypoint).',
    severity: 'error',
    fix: 'chmod 755 {{path}} in the layer that adds it (or COPY --chmod=755).',
  },
  wrongArchitecture: {
    evidence: 'image',
    text: '{{what}} {{path}} is an ELF for {{machine}}, but the image architecture is {{arch}}; Lambda fails with "exec format error" (Runtime.InvalidEntrypoint).',
    severity: 'error',
    fix: 'Build the binary for linux/{{arch}} (GOARCH={{arch}}, cargo lambda build {{cargoFlag}}), or build the image with --platform linux/{{elfArch}}.',
  },
  interpreterMissing: {
    evidence: 'image',
    text: 'The entrypoint script {{path}} starts with {{line}}, but {{interpreter}} does not exist in the image{{crlf}}; Lambda fails with exit status 127.',
    severity: 'error',
    fix: '{{fixText}}',
  },
  programNotPlaced: {
    text: '{{what}} {{entrypoint}} runs {{path}}, but no instruction of this Dockerfile puts a file there{{note}}; Lambda fails with Runtime.InvalidEntrypoint.',
    severity: 'error',
    fix: 'COPY the program to {{path}}, or point {{what}} at the absolute path where it is copied.',
  },
  execVariable: {
    text: '{{what}} {{shown}} names its program with {{variable}}, which the exec (JSON) form does not expand (no shell runs it): the container looks for a file literally named {{program}}, and Lambda fails with Runtime.InvalidEntrypoint.',
    severity: 'error',
    fix: '{{fixText}}',
  },
  relativePath: {
    text: 'ENTRYPOINT {{path}} is a relative path: it only resolves while the working directory is {{workdir}}.',
    severity: 'warning',
    fix: 'Use the absolute path: ENTRYPOINT {{json}}.',
  },
} satisfies Record<string, MessageSpec>;

type MessageId = keyof typeof messages;
type Ctx = RuleContext<MessageId>;

export default defineRule({
  code: 'LL102',
  name: 'entrypoint-invalid',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['hadolint DL3025', 'BuildKit JSONArgsRecommended'],
  needs: { facts: ['lambda'], dockerfile: true, context: true, history: false, image: { bodies: [EXEC_HEADER_NEED] } },
  docs: {
    what: 'Checks that ENTRYPOINT starts the Lambda runtime. On an AWS base image, an ENTRYPOINT override must be the base entrypoint (/lambda-entrypoint.sh), a runtime interface client or a bootstrap, not an interpreter such as `python`. On any other base, ENTRYPOINT (or, without one, CMD) must launch the runtime interface client the image installs: `python -m awslambdaric`, `npx aws-lambda-ric`, `aws_lambda_ric`, `java ... com.amazonaws.services.lambda.runtime.api.client.AWSLambda`, a .NET or compiled `bootstrap`, or a wrapper script that execs one (a script copied from the build context or written by a heredoc is read and checked; one whose content is not visible gives a warning). It also reports shell-form ENTRYPOINT (an error when what it starts needs the handler from CMD, such as /lambda-entrypoint.sh or a runtime client given no handler; a warning otherwise, as for a bootstrap or a Go binary on an OS-only base, which need none), the Runtime Interface Emulator run without an AWS_LAMBDA_RUNTIME_API guard, an exec-form program written with a variable (`["$LAMBDA_RUNTIME_DIR/bootstrap"]`: no shell expands it), relative ENTRYPOINT paths (warning), and, on an AWS base, a program under /var/task that no instruction puts there. When the image has no runtime client at all, LL101 reports it and this rule stays quiet. The Web Adapter\'s port (AWS_LWA_PORT, else PORT, else 8080) must be the one the web server listens on when its command line shows it (uvicorn --port, its default 8000, UVICORN_PORT; gunicorn and hypercorn --bind): a warning, since the function\'s configuration may set AWS_LWA_PORT. On an AWS base image whose entrypoint is kept, the Web Adapter with a handler as CMD is a warning (the adapter\'s README: override the ENTRYPOINT to start the web app). With a deploy configuration that gives the function a URL, the Web Adapter\'s invoke mode (AWS_LWA_INVOKE_MODE, buffered by default) must match the URL\'s InvokeMode (a warning).',
    why: 'Lambda starts the container with ENTRYPOINT + CMD and waits for the process to ask the Runtime API for the next event. `ENTRYPOINT ["python", "app.py"]` runs your script once and exits: Lambda reports `Runtime.ExitError` ("Runtime exited without providing a reason") or an init timeout. A shell-form ENTRYPOINT runs under `/bin/sh -c` and drops CMD, so the handler never reaches the client ("Handler not set", or exit 142 from /lambda-entrypoint.sh). aws-lambda-rie is a local emulator: started unconditionally on Lambda it serves its own fake API on port 8080 and the function never receives real invocations. A relative ENTRYPOINT only works while the working directory is unchanged (troubleshooting-images.html lists non-absolute entrypoints under Runtime.InvalidEntrypoint).',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["python", "app.py"]\n',
      context: PYTHON_HANDLER,
    },
    good: AWS_PYTHON_GOOD,
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-images.html',
      'https://github.com/aws/aws-lambda-runtime-interface-emulator#test-an-image-without-adding-rie-to-the-image',
      'https://docs.docker.com/reference/dockerfile/#entrypoint',
    ],
  },
  messages,
  create(ctx) {
    // The function's ImageConfig sets what this judges to a value not resolved here: unknown, said as not checked.
    if (overrideUnresolved(ctx.deploy, 'command', 'entryPoint')) return {};
    return {
      image() {
        const c = ctx.facts.lambda.image!;
        if (c.launch.kind === 'base') checkBootstrapArchitectures(ctx, c);
        checkImageEntrypoint(ctx, c);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a) return;
        const epIns = t.entrypoint?.from;
        if (!epIns && samBuildBase(ctx, t)) return;
        if (t.base.kind.kind === 'lambda-ready' && !epIns) return;
        if (execVariable(ctx, t)) return;
        // A shell-form ENTRYPOINT is judged on any Lambda image, with or without a client.
        if (epIns && !t.entrypoint!.value.exec && a.noClient) {
          new LaunchJudge(ctx, t, a).entrypoint(epIns, false);
          return;
        }
        if (a.clientMissing) return; // LL101 reports the root cause
        if (a.evidence.some((e) => e.ric === 'web-adapter')) {
          checkAdapterPort(ctx, t);
          checkAdapterInvokeMode(ctx, t);
          if (checkAdapterOnBaseEntrypoint(ctx, t)) return;
          checkAdapterAppPort(ctx, t);
        }
        const judge = new LaunchJudge(ctx, t, a);
        if (epIns) judge.entrypoint(epIns);
        else if (t.base.kind.kind === 'other') judge.cmdAsProgram(); // AWS base entrypoint kept: LL103 checks CMD
      },
    };
  },

});

/**
 * An exec-form ENTRYPOINT (or, on a custom base without one, CMD) whose program is written with a variable
 * (`["$LAMBDA_RUNTIME_DIR/bootstrap"]`): "the exec form does not invoke a command shell ... ENTRYPOINT [ "echo", "$HOME" ]
 * will not do variable substitution on $HOME" (docs.docker.com/reference/dockerfile/#entrypoint), so the program is a
 * path with a dollar sign in it. The fix writes the path out from the stage's ENV where it can, else keeps a shell.
 */
function execVariable(ctx: Ctx, t: Stage): boolean {
  const ep = t.entrypoint;
  const useCmd = !ep && t.base.kind.kind === 'other';
  const argv = ep ? ep.value.exec : useCmd ? t.cmd?.value.exec : undefined;
  const program = argv?.[0];
  const written = program ? envWritten(t, program) : undefined;
  if (!argv || !program || !written) return false;
  const what = ep ? 'ENTRYPOINT' : 'CMD';
  // The AWS base images keep their entrypoint at /lambda-entrypoint.sh, whatever the variable held.
  const path = t.base.kind.kind === 'aws' && written.value.endsWith('/lambda-entrypoint.sh') ? '/lambda-entrypoint.sh' : written.value;
  const fixed = written.known ? [path, ...argv.slice(1)] : ['/bin/sh', '-c', `exec ${program} "$@"`, 'sh', ...argv.slice(1)];
  const fixText = written.known ? `Write the path out: ${what} ${json(fixed)}.` : `Let a shell expand it: ${what} ${json(fixed)}.`;
  ctx.report({ messageId: 'execVariable', data: { what, shown: json(argv), variable: `$${written.variable}`, program, fixText }, at: (ep ? ep.from : t.cmd?.from) ?? t.fromInstruction });
  return true;
}

/**
 * A function URL whose invoke mode the Web Adapter does not use: AWS_LWA_INVOKE_MODE (the function's environment, else
 * the image's ENV; `buffered` by default) "should match your Lambda Function URL's invoke mode"
 * (github.com/awslabs/aws-lambda-web-adapter#configurations).
 */
function checkAdapterInvokeMode(ctx: Ctx, t: Stage): void {
  const url = ctx.deploy?.urlInvokeMode;
  if (!url) return;
  const fromEnv = t.env.get('AWS_LWA_INVOKE_MODE');
  if (ctx.deploy!.adapterInvokeMode === undefined && fromEnv?.value.includes('$')) return;
  const mode = (ctx.deploy!.adapterInvokeMode ?? fromEnv?.value ?? 'buffered').toLowerCase();
  const streams = url.value === 'RESPONSE_STREAM';
  if (streams === (mode === 'response_stream')) return;
  const how = ctx.deploy!.adapterInvokeMode !== undefined ? `AWS_LWA_INVOKE_MODE=${mode} in the function's environment` : fromEnv ? `ENV AWS_LWA_INVOKE_MODE=${fromEnv.value}` : 'AWS_LWA_INVOKE_MODE is not set; its default is buffered';
  ctx.report({
    messageId: 'adapterInvokeMode',
    data: {
      fn: ctx.deploy!.id,
      url: streams ? 'streams responses (InvokeMode RESPONSE_STREAM)' : 'buffers responses (InvokeMode BUFFERED, the default)',
      mode: streams ? 'buffered' : 'response_stream',
      how,
      fix: streams ? 'Set AWS_LWA_INVOKE_MODE=response_stream (ENV in the Dockerfile, or the function\'s environment).' : 'Set the URL\'s InvokeMode to RESPONSE_STREAM, or AWS_LWA_INVOKE_MODE=buffered.',
    },
    at: url.at,
    severity: 'warning',
  });
}

/**
 * The Web Adapter on an AWS base image whose entrypoint is kept, with a handler as CMD: the base entrypoint starts the
 * runtime interface client, not a web app ("This works with any base images except AWS managed base images. To use AWS
 * managed base images, you need to override the ENTRYPOINT to start your web app", github.com/awslabs/aws-lambda-web-adapter).
 */
function checkAdapterOnBaseEntrypoint(ctx: Ctx, t: Stage): boolean {
  const ep = t.entrypoint?.value.exec;
  if (t.base.kind.kind !== 'aws' || (t.entrypoint && !(ep?.length === 1 && ep[0] === '/lambda-entrypoint.sh'))) return false;
  const cmd = t.cmd?.value.exec;
  if (!cmd || cmd.length !== 1 || !HANDLER_SHAPED.test(cmd[0]) || SCRIPT_OR_PROGRAM.test(cmd[0])) return false;
  const port = ADAPTER_PORTS.map((n) => t.env.get(n)?.value).find((v) => v !== undefined && /^\d+$/.test(v)) ?? '8080';
  const family = t.base.kind.family;
  const server = family === 'python' ? ['uvicorn', 'main:app', '--host', '0.0.0.0', '--port', port] : family === 'nodejs' ? ['node', 'server.js'] : family === 'java' ? ['java', '-jar', 'app.jar'] : ['/var/task/server'];
  ctx.report({ messageId: 'adapterBaseEntrypoint', data: { cmd: json(cmd), port, server: json(server) }, at: t.cmd!.from ?? t.fromInstruction });
  return true;
}

/**
 * Web servers whose port a command line shows: the flags that set it, and the port each listens on without them when
 * it reads no environment variable for it (uvicorn: 8000, www.uvicorn.org/settings; hypercorn: 8000). gunicorn
 * listens on $PORT when it is set, so only its --bind is judged.
 */
const WEB_SERVERS = new Map<string, { flags: string[]; bind?: boolean; default?: string }>([
  ['uvicorn', { flags: ['--port'], default: '8000' }],
  ['hypercorn', { flags: ['--bind', '-b'], bind: true, default: '8000' }],
  ['gunicorn', { flags: ['--bind', '-b'], bind: true }],
]);

/**
 * The port the adapter forwards to (AWS_LWA_PORT, else PORT, else 8080) against the port the web server the image
 * starts listens on, when its command line shows it (`uvicorn main:app --port 8000` with ENV PORT=3000).
 */
function checkAdapterAppPort(ctx: Ctx, t: Stage): void {
  const ep = t.entrypoint?.value;
  const argv = ep ? (ep.exec ? [...ep.exec, ...(t.cmd?.value.exec ?? [])] : undefined) : t.cmd?.value.exec;
  if (!argv) return;
  const at = argv.findIndex((w) => WEB_SERVERS.has(posix.basename(w)));
  if (at < 0) return;
  const name = posix.basename(argv[at]);
  const server = WEB_SERVERS.get(name)!;
  const args = argv.slice(at + 1);
  let appPort: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].includes('=') && args[i].startsWith('--') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    if (!server.flags.includes(flag)) continue;
    const value = inline ?? args[i + 1];
    appPort = server.bind ? /:(\d+)$/.exec(value ?? '')?.[1] : value;
  }
  const fromEnv = name === 'uvicorn' ? t.env.get('UVICORN_PORT')?.value : undefined;
  const appHow = appPort !== undefined ? 'its command line' : fromEnv !== undefined ? 'UVICORN_PORT' : `${name}'s default`;
  appPort ??= fromEnv ?? server.default;
  const setting = ['AWS_LWA_PORT', 'PORT'].find((n) => t.env.has(n));
  const adapterPort = setting ? t.env.get(setting)!.value : '8080';
  if (!appPort || !/^\d+$/.test(appPort) || !/^\d+$/.test(adapterPort) || appPort === adapterPort) return;
  const how = setting ? `ENV ${setting}=${adapterPort}` : 'its default; neither AWS_LWA_PORT nor PORT is set';
  const launch = (ep ? t.entrypoint!.from : t.cmd?.from) ?? t.fromInstruction;
  ctx.report({ messageId: 'adapterPortMismatch', data: { adapterPort, how, server: name, appPort, appHow }, at: launch });
}

/** The Web Adapter's port settings, in the order it reads them (github.com/awslabs/aws-lambda-web-adapter#configurations). */
const ADAPTER_PORTS = ['AWS_LWA_PORT', 'PORT', 'AWS_LWA_READINESS_CHECK_PORT'];

/**
 * A port setting made from a variable nothing defines before it (`ENV PORT $PORT` with no ARG PORT): Docker expands
 * it to an empty string, and the Web Adapter reads an empty port instead of its default 8080, so its readiness check
 * never reaches the web app. Only on a base this tool knows (an unknown one may define the variable).
 */
function checkAdapterPort(ctx: Ctx, t: Stage): void {
  const kind = t.base.kind;
  if (!(kind.kind === 'aws' || (kind.kind === 'other' && kind.os !== undefined)) || t.base.expanded.unresolved.length > 0) return;
  for (const name of ADAPTER_PORTS) {
    const setting = t.env.get(name);
    const ins = setting?.from;
    if (!setting || !ins || ins.keyword !== 'ENV') continue;
    const refs = [...setting.value.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    const unset = refs.filter((r) => !ins.scope.has(r));
    if (refs.length === 0 || unset.length === 0 || setting.value.replace(/\$\{\w+\}/g, '').trim() !== '') continue;
    ctx.report({ messageId: 'adapterPortEmpty', data: { name, variable: unset[0] }, at: ins, severity: 'warning' });
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// The built image: the config Entrypoint and the bootstraps the base entrypoint execs.

/** An ELF whose machine is not the image architecture's. */
function checkArchitecture(ctx: Ctx, c: ImageContract, data: Buffer, path: string, what: string, layer: number | undefined): void {
  if (!c.arch || !isElf(data)) return;
  const m = elfMachine(data);
  if (m === ELF_MACHINE[c.arch]) return;
  const elfArch = m === 62 ? 'amd64' : m === 183 ? 'arm64' : `(${m})`;
  ctx.report({ messageId: 'wrongArchitecture', data: { what, path, machine: MACHINE_NAME[m] ?? `e_machine ${m}`, arch: c.arch, elfArch, cargoFlag: c.arch === 'arm64' ? '--arm64' : '--x86-64' }, source: 'image-layer', layer });
}

/** The bootstraps that the base entrypoint (or the emulator) execs. */
function checkBootstrapArchitectures(ctx: Ctx, c: ImageContract): void {
  const image = ctx.image!;
  for (const b of BOOTSTRAP_PATHS) {
    const body = image.body(b);
    if (body) checkArchitecture(ctx, c, body.data, b, 'The bootstrap', image.files.get(b)?.layer);
  }
}

/** The program the config Entrypoint names: there, not a symlink, a file, executable by others, built for the image's architecture, with an interpreter that exists. */
function checkImageEntrypoint(ctx: Ctx, c: ImageContract): void {
  const image = ctx.image!;
  const program = c.entrypoint[0];
  if (!program) return;
  const found = c.lookup(program);
  if (!found.found) {
    const r = image.resolve(found.path);
    const detail = !r.ok && r.error === 'loop' ? ' (a symlink loop)' : program.includes('/') ? (program.startsWith('/') ? '' : ` (relative to WorkingDir ${c.workdir})`) : ` (looked up on PATH: ${found.tried.join(', ')})`;
    ctx.report({ messageId: 'entrypointMissing', data: { entrypoint: JSON.stringify(c.entrypoint), path: found.path, detail }, source: 'image-config' });
    return;
  }
  const own = image.files.get(found.path);
  const resolved = image.resolve(found.path);
  if (!resolved.ok) return;
  const entry = resolved.entry;
  if (own?.type === 'symlink' && !SYMLINKED_LAUNCHERS.test(program.split('/').pop() ?? '')) {
    ctx.report({ messageId: 'entrypointSymlink', data: { path: found.path, target: resolved.path }, source: 'image-layer', layer: own.layer });
  }
  if (entry.type === 'dir') {
    ctx.report({ messageId: 'entrypointMissing', data: { entrypoint: JSON.stringify(c.entrypoint), path: found.path, detail: ' as a file (it is a directory)' }, source: 'image-config' });
    return;
  }
  if ((entry.mode & 0o001) === 0) {
    ctx.report({ messageId: 'entrypointNotExecutable', data: { path: resolved.path, mode: octal(entry.mode), uid: entry.uid }, source: 'image-layer', layer: entry.layer });
  }
  const body = image.body(found.path);
  if (!body) return;
  // The ELF's layer is the one of the entrypoint path as named (a symlink's own layer when it is one).
  checkArchitecture(ctx, c, body.data, resolved.path, 'The entrypoint', image.files.get(resolved.path)?.layer);
  checkInterpreter(ctx, c, body.data, resolved.path, entry.layer);
}

/** A script's shebang names an interpreter the image has, on a line without a carriage return. */
function checkInterpreter(ctx: Ctx, c: ImageContract, data: Buffer, path: string, layer: number): void {
  const sb = shebang(data);
  if (!sb || !sb.interpreter) return;
  const interp = sb.interpreter;
  const viaEnv = interp === '/usr/bin/env' || interp === '/bin/env';
  let missing: string | undefined;
  if (!ctx.image!.resolve(interp).ok) missing = interp;
  else if (viaEnv && sb.arg && !sb.arg.startsWith('-') && !c.lookup(sb.arg).found) missing = `${sb.arg} (on PATH)`;
  if (!missing && sb.crlf) missing = `${sb.arg && viaEnv ? sb.arg : interp}\\r`;
  if (!missing) return;
  const fixText = sb.crlf
    ? `Convert ${path} to Unix line endings (dos2unix, or .gitattributes "*.sh text eol=lf").`
    : `Install ${missing.replace(/ \(on PATH\)$/, '')} in the image, or change the shebang of ${path} to an interpreter the image has (e.g. #!/bin/sh).`;
  ctx.report({ messageId: 'interpreterMissing', data: { path, line: sb.line, interpreter: missing, crlf: sb.crlf ? ' (the line ends with a Windows carriage return)' : '', fixText }, source: 'image-layer', layer });
}

/** A handler name (module.function, file.export), not a program: no slash, a dot before an identifier. */
const HANDLER_SHAPED = /^[A-Za-z_][\w-]*(\.[A-Za-z_]\w*)+$/;
/** A file name a program or script goes by (start.sh, server.js): not judged as a handler. */
const SCRIPT_OR_PROGRAM = /\.(sh|bash|js|mjs|cjs|ts|py|rb|pl|php|jar|bin|exe|out)$/i;

// ---------------------------------------------------------------------------------------------
// The Dockerfile: what ENTRYPOINT (or, without one on a custom base, CMD) launches.

/** Judges the launches of one Dockerfile against the client it installs. */
class LaunchJudge {
  private readonly kind: Stage['base']['kind'];
  private readonly webAdapter: boolean;
  /** The client the image installs, for messages; and the ENTRYPOINT that starts it. */
  private readonly ricLabel: string;
  private readonly expected: string;
  private readonly workdir: string;

  constructor(
    private readonly ctx: Ctx,
    private readonly t: Stage,
    private readonly a: DockerfileContract,
  ) {
    this.kind = t.base.kind;
    this.webAdapter = a.evidence.some((e) => e.ric === 'web-adapter');
    const firstRic = a.evidence.find((e) => e.ric !== 'web-adapter');
    const spec = firstRic ? ricById(firstRic.ric) : undefined;
    this.ricLabel = spec ? `${spec.label}, line ${firstRic!.ins.span.line}` : 'installed by a manifest this tool could not read';
    // With no client in sight: on an AWS base, the base's own entrypoint (it starts the runtime's client), on an
    // OS-only one (provided) the bootstrap program; elsewhere the Python client's launch as the example.
    const osOnly = this.kind.kind === 'aws' && (this.kind.family === 'provided' || this.kind.family === 'go');
    this.expected = json(spec?.entrypoint.length ? spec.entrypoint : osOnly ? ['/var/runtime/bootstrap'] : this.kind.kind === 'aws' ? ['/lambda-entrypoint.sh'] : ['/usr/local/bin/python', '-m', 'awslambdaric']);
    this.workdir = t.workdir?.value ?? '/';
  }

  /**
   * ENTRYPOINT in exec form is judged as a launch; in shell form it cannot take CMD. A shell form that runs an
   * interpreter or a script is judged as that launch (`ENTRYPOINT node index.mjs` never starts a runtime client) when
   * `judgeLaunch` (not when the image has no client at all: LL101 reports that).
   */
  entrypoint(epIns: Instruction, judgeLaunch = true): void {
    const ep = this.t.entrypoint!.value;
    if (ep.exec) {
      // A shell with no script or -c of its own (`ENTRYPOINT ["/bin/sh"]`) runs CMD's first word as its script:
      // the launch is the two together (`CMD ["/lambda-entrypoint.sh", "app.handler"]` reaches the base's entrypoint).
      this.judge(this.a.classify(entrypointLaunchArgv(ep.exec, this.t.cmd?.value.exec)), epIns, 'ENTRYPOINT', json(ep.exec));
      return;
    }
    const text = ep.shell ?? '';
    // Meant as an exec-form array, but not valid JSON: /bin/sh runs it as a command whose first word (`['/x']`,
    // `["python",`) names no program, whatever it was meant to start.
    const meant = epIns.jsonInvalid ? intendedExec(text) : undefined;
    if (meant) {
      const consequence = `and this one, meant as an exec-form array, is not valid JSON (${meant.problem}): the shell finds no program named by its first word, so the function never starts`;
      this.ctx.report({ messageId: 'shellForm', data: { consequence, json: json(meant.words) }, at: epIns, severity: 'error' });
      return;
    }
    const launch = this.a.classify(['/bin/sh', '-c', text]);
    if (this.rieUnconditional(launch, epIns, 'ENTRYPOINT')) return;
    if (judgeLaunch && (launch.kind === 'interpreter' || launch.kind === 'script')) {
      this.judge(launch, epIns, 'ENTRYPOINT', json(launch.argv.length ? launch.argv : text.split(/\s+/).filter(Boolean)));
      return;
    }
    const cmdSet = this.t.cmd !== undefined;
    const words = launch.argv.length ? launch.argv : text.split(/\s+/).filter(Boolean);
    // An error only when what it starts certainly needs the handler as an argument (/lambda-entrypoint.sh, a runtime
    // client given none): a bootstrap or a Go/Rust binary on an OS-only base polls the Runtime API with no argument
    // (the AWS SAM Go image template has ENTRYPOINT ./lambda-handler), and a script may name its handler itself.
    // One the text itself passes (`/lambda-entrypoint.sh $HANDLER`) reaches it.
    const needs = needsHandlerArg(launch) && launch.argv.length <= (launch.handlerIndex ?? 1);
    const severity = needs ? 'error' : 'warning';
    const consequence = cmdSet
      ? 'so CMD (the handler) is never passed to it'
      : needs
        ? 'so no handler argument reaches the runtime'
        : 'so it does not receive CMD or signals directly';
    // Variables need a shell to expand (exec form passes `$HANDLER` as it is): keep one, with exec.
    const fixed = words.some((w) => w.includes('$')) ? ['/bin/sh', '-c', /^exec\s/.test(text.trim()) ? text.trim() : `exec ${text.trim()}`] : words;
    this.ctx.report({ messageId: 'shellForm', data: { consequence, json: json(fixed) }, at: epIns, severity });
  }

  /** No ENTRYPOINT on a custom base: CMD is the program Lambda runs, and must start the client itself. */
  cmdAsProgram(): void {
    if (this.webAdapter) {
      this.webAppCommand();
      return;
    }
    const { t, ctx, ricLabel, expected } = this;
    const cmd = t.cmd;
    const image = t.base.expanded.value;
    const osKnown = this.kind.os !== undefined;
    if (!cmd) {
      // Neither ENTRYPOINT nor CMD, and no file copied in: an image that installs the client for other images to
      // build FROM or copy from, not a function. With files, the function's ImageConfig may still set both (a
      // warning from the Dockerfile alone; an error when a deploy configuration was read and sets none).
      if (!ctx.deploy && !this.a.shipped.some((i) => i.keyword === 'COPY' || i.keyword === 'ADD')) return;
      if (osKnown) ctx.report({ messageId: 'missing', data: { image, cmd: `nothing (no CMD either${ctx.deploy ? '' : ", unless the function's ImageConfig sets EntryPoint"})`, ric: ricLabel, expected }, at: t.fromInstruction, severity: ctx.deploy ? undefined : 'warning' });
      else ctx.report({ messageId: 'unverified', data: { what: `the ENTRYPOINT of ${image}`, reason: 'this Dockerfile sets neither ENTRYPOINT nor CMD', expected }, at: t.fromInstruction });
      return;
    }
    const argv = cmd.value.exec ?? ['/bin/sh', '-c', cmd.value.shell ?? ''];
    const at = cmd.from ?? t.fromInstruction;
    const launch = this.a.classify(argv);
    if (this.rieUnconditional(launch, at, 'CMD')) return;
    if (OK_KINDS.has(launch.kind) || launch.kind === 'script') {
      this.judge(launch, at, 'CMD', json(argv));
      return;
    }
    if (osKnown) ctx.report({ messageId: 'missing', data: { image, cmd: `CMD ${json(argv)}`, ric: ricLabel, expected }, at });
    else ctx.report({ messageId: 'unverified', data: { what: `the ENTRYPOINT of ${image}`, reason: 'this Dockerfile does not set ENTRYPOINT and the base image is not known', expected }, at });
  }

  /**
   * With the Web Adapter on a custom base, CMD starts the web app: a handler name there (`CMD ["main.handler"]`,
   * written for an AWS base) is no program, and the container cannot start.
   */
  private webAppCommand(): void {
    // Only on a known OS base with no entrypoint of its own: an unknown base may keep /lambda-entrypoint.sh, and the
    // official node image's docker-entrypoint.sh runs `node <file>` for a first argument that is no command.
    if (this.kind.kind !== 'other' || this.kind.os === undefined || /(^|\/)node$/.test(this.t.base.ref?.repository ?? '')) return;
    const argv = this.t.cmd?.value.exec;
    if (!argv || argv.length !== 1 || !HANDLER_SHAPED.test(argv[0]) || SCRIPT_OR_PROGRAM.test(argv[0]) || this.a.classify(argv).kind !== 'unknown') return;
    this.ctx.report({ messageId: 'webAppHandler', data: { cmd: json(argv), program: argv[0] }, at: this.t.cmd!.from ?? this.t.fromInstruction });
  }

  /** A handler of the base image's runtime, for a fix (`com.example.Handler::handleRequest` on java). */
  private handlerExample(): string {
    const family = this.kind.kind === 'aws' ? this.kind.family : undefined;
    return (family && family !== 'go' ? HANDLER_FORMATS[family]?.example : undefined) ?? 'app.handler';
  }

  /** Reports a launch that is not a runtime (or cannot be verified to start one). */
  private judge(launch: Launch, at: Instruction, what: string, shown: string): void {
    if (this.rieUnconditional(launch, at, what)) return;
    if (this.webAdapter) return;
    if (OK_KINDS.has(launch.kind)) {
      this.relativePath(launch, at);
      return;
    }
    const { ctx, ricLabel, expected } = this;
    if (launch.kind === 'script') {
      this.script(launch, at, what, shown);
      return;
    }
    if (launch.kind === 'unknown') {
      if (this.notPlaced(launch, at, what, shown)) return;
      ctx.report({ messageId: 'unverified', data: { what: `${what} ${shown}`, reason: `${launch.argv[0]} is not a known runtime client, and this Dockerfile does not show what it runs`, expected }, at });
      return;
    }
    if (this.kind.kind === 'aws') ctx.report({ messageId: 'notRuntime', data: { entrypoint: shown, example: this.handlerExample() }, at });
    else ctx.report({ messageId: 'notLaunching', data: { what, entrypoint: shown, ric: ricLabel, expected }, at });
  }

  /**
   * On an AWS base a program under /var/task (where a relative ENTRYPOINT resolves: the AWS base images set WORKDIR
   * /var/task, and their /var/task starts empty) that no instruction can put there: no COPY or ADD lands on it or in a
   * folder holding it, and no build step (RUN) could create it.
   */
  private notPlaced(launch: Launch, at: Instruction, what: string, shown: string): boolean {
    const head = launch.argv[0] ?? '';
    if (this.kind.kind !== 'aws' || !head.includes('/') || head.includes('$')) return false;
    const workdir = this.t.workdir?.value ?? TASK_ROOT;
    const path = head.startsWith('/') ? posix.normalize(head) : posix.join(workdir, head);
    if (!pathWithin(path, TASK_ROOT) || this.a.opaqueWrites.some((i) => i.keyword !== 'COPY')) return false;
    for (const i of this.a.lineage.flatMap((s) => s.instructions)) {
      if (!i.copy) continue;
      const raw = i.copy.dest;
      if (raw.includes('$')) return false;
      const dest = raw.startsWith('/') ? posix.normalize(raw) : posix.join(i.workdir, raw);
      if (dest === path || pathWithin(path, dest)) return false;
    }
    const note = head.startsWith('/') ? '' : ` (the relative path resolves against the working directory ${workdir}${this.t.workdir ? '' : ', the AWS base image\'s'})`;
    this.ctx.report({ messageId: 'programNotPlaced', data: { what, entrypoint: shown, path, note }, at });
    return true;
  }

  /** A wrapper script: fine when it visibly execs a runtime, unverified when its content is not visible. */
  private script(launch: Launch, at: Instruction, what: string, shown: string): void {
    const s = launch.script;
    if (!s || s.content === undefined) {
      this.ctx.report({ messageId: 'unverified', data: { what: `the script ${s?.path ?? launch.argv[0]}`, reason: 'its content is not visible in the Dockerfile or the build context', expected: this.expected }, at });
      return;
    }
    // It starts a client itself, or runs another script that does (entry.sh: `/run.sh "$@" &`).
    if (s.launches.some((l) => OK_KINDS.has(l.kind) || (l.kind === 'rie' && l.inner && OK_KINDS.has(l.inner.kind)) || (l.kind === 'script' && l.ric !== undefined))) {
      this.relativePath(launch, at);
      return;
    }
    // It runs something this tool cannot read (a script not in sight, a program of its own): unknown, not an error.
    if (s.unseen) {
      this.ctx.report({ messageId: 'unverified', data: { what: `${what} ${shown} (script ${s.path})`, reason: `it runs ${s.unseen}, whose content is not visible in the Dockerfile or the build context`, expected: this.expected }, at });
      return;
    }
    const id = this.kind.kind === 'aws' ? 'notRuntime' : 'notLaunching';
    this.ctx.report({ messageId: id, data: { entrypoint: `${shown} (${/\.jar$/i.test(s.path) ? 'the jar' : 'script'} ${s.path})`, example: this.handlerExample(), what, ric: this.ricLabel, expected: this.expected }, at });
  }

  /** The emulator run without the AWS_LAMBDA_RUNTIME_API guard (directly, or by the entry script). */
  private rieUnconditional(launch: Launch, at: Instruction, where: string): boolean {
    if (launch.kind === 'rie') {
      const program = launch.argv[0] ?? 'aws-lambda-rie';
      // The emulator under another name: a RUN links or copies it there (over /lambda-entrypoint.sh, say).
      const rie = (RIE_BINARIES as readonly string[]).includes(program.slice(program.lastIndexOf('/') + 1)) ? program : `${program}, which a RUN makes the emulator`;
      this.ctx.report({ messageId: 'rieUnconditional', data: { where, rie }, at });
      return true;
    }
    if (launch.script?.content !== undefined && launch.script.rie && !launch.script.guarded) {
      this.ctx.report({ messageId: 'rieUnconditional', data: { where: `The entry script ${launch.script.path}`, rie: 'aws-lambda-rie' }, at });
      return true;
    }
    return false;
  }

  /** A relative program path, unless the Dockerfile sets the working directory and puts the program there. */
  private relativePath(launch: Launch, at: Instruction): void {
    const head = launch.argv[0] ?? '';
    if (!head.includes('/') || head.startsWith('/') || head.includes('$')) return;
    const abs = `${this.workdir.replace(/\/$/, '')}/${head.replace(/^\.\//, '')}`;
    // A known working directory that this Dockerfile puts the program in (AWS's own Go example: ./main).
    if (this.t.workdir !== undefined && this.places(abs)) return;
    this.ctx.report({ messageId: 'relativePath', data: { path: head, workdir: this.workdir, json: json([abs, ...launch.argv.slice(1)]) }, at });
  }

  /** Does a COPY of the shipped stages put a file at `abs`? */
  private places(abs: string): boolean {
    const a = this.a;
    if (a.files.some((f) => f.path === abs)) return true;
    const into = (dest: string, src: string) => `${dest.replace(/\/?$/, '/')}${src.split('/').pop()}` === abs;
    return a.lineage.some((s) => s.instructions.some((i) => i.copy && (i.copy.dest === abs || ((i.copy.dest.endsWith('/') || a.knownDirs.has(i.copy.dest)) && i.copy.sources.some((src) => into(i.copy!.dest, src))))));
  }
}
