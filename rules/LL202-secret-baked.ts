import { defineRule, commandName, removedPaths, expand, type MessageSpec, type ReportDescriptor, type RuleContext, copyExcludes, mountOptions, normalizePath } from '../src/engine/rule-kit.js';
import type { CopySpec, Instruction, Stage } from '../src/dockerfile/model.js';
import type { ShellCommand, ShellScript } from '../src/dockerfile/shell.js';
import {
  AUTH_HEADERS,
  CREDENTIAL_FILE_TARGETS,
  classifyAs,
  classifySecretFile,
  findToken,
  findUrlCredentials,
  isSecretName,
  isSecretValue,
  isCredentialSlotValue,
  SECRET_BODY_GLOBS,
  SECRET_BODY_MAX_BYTES,
  SECRET_BODY_REGEXES,
  SECRET_FILES,
  secretFileSpec,
  secretPathPolicy,
} from '../src/knowledge/secrets.js';
import { redact, redactUrl } from '../src/core/redact.js';
import type { HistoryLine } from '../src/image/history.js';
import { madeUpToken } from './doc-examples.js';
import { contentScanPolicy, CONTENT_PATTERNS, CONTENT_SCAN_MAX_BYTES, LINE_CAP, looksBinary, scanContent, type ContentFinding } from '../src/knowledge/secret-scan.js';
import type { BuildContext, ContextFile } from '../src/dockerfile/context.js';
import type { BodyRecord, ContentSecret, ImageModel } from '../src/image/types.js';

const REF_FIX = 'Remove it and rotate it. At build time use a BuildKit secret (RUN --mount=type=secret,id=...,env=...); at run time read it from Secrets Manager or SSM Parameter Store at init, or set it as a Lambda environment variable (encrypted with KMS).';

type Where = { where: string };

/** Per build context: each shipped file's findings, so that a file two COPYs ship is read and scanned once. */
const scanned = new WeakMap<BuildContext, Map<string, ContentFinding[]>>();

/**
 * Tokens in a build-context file that a COPY ships (the same scanner and allow rules as image layers). The
 * name and the size (one stat) decide first: a file the policy skips or over the cap is never opened.
 */
function contextContent(context: BuildContext, file: ContextFile, budget: { left: number }): ContentFinding[] {
  const { path, size } = file;
  if (size === 0 || contentScanPolicy(`/${path}`, size) !== 'scan') return [];
  let memo = scanned.get(context);
  if (!memo) scanned.set(context, (memo = new Map()));
  const known = memo.get(path);
  if (known) return known;
  if (size > budget.left) return [];
  budget.left -= size;
  // A binary (NUL byte or not UTF-8 in its first 8 KiB) is left after those bytes: the scanner would find nothing.
  const data = context.readListed(file, CONTENT_SCAN_MAX_BYTES, looksBinary);
  const found = data ? scanContent(data) : [];
  memo.set(path, found);
  return found;
}

/** Bytes of build-context files one lint reads for content scanning (a context of 20,000 large files stays bounded). */
const CONTEXT_SCAN_BUDGET = 128 * 1024 * 1024;

/** "a GitHub token", "an AWS access key id". */
const article = (kind: string): string => `${/^([aeiou]|npm\b|SSH)/i.test(kind) && !/^URL/.test(kind) ? 'an' : 'a'} ${kind}`;

/** A value found in text: a known token format or a URL with a password. */
function secretIn(text: string): { kind: string; shown: string } | undefined {
  const token = findToken(text);
  if (token) return { kind: token.pattern.kind, shown: redact(token.match) };
  const url = findUrlCredentials(text);
  if (url) return { kind: 'URL with a password', shown: redactUrl(url.url, url.password) };
  return undefined;
}

/** The ARG a value is a plain reference to (`$X`, `${X}`, `${X:-default}`), if any. */
function referencedVar(value: string): string | undefined {
  return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}?$/.exec(value.trim())?.[1];
}

function secretMountIds(ins: Instruction): string[] {
  const out: string[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || !f.value || !/(^|,)type=secret(,|$)/.test(f.value)) continue;
    for (const m of f.value.matchAll(/(?:^|,)(id|env)=([^,]+)/g)) out.push(m[2].toLowerCase());
  }
  return out;
}

/** The content-scanning paragraph of the docs, with the token kinds taken from the table itself (never a copy). */
const CONTENT_DOCS = `File contents are scanned too, in the one pass over the image: every text file of the image's own layers (not the layers of an AWS base image; every layer of any other base), files deleted or overwritten by a later layer included (they still ship), and every build-context file a COPY/ADD ships (after .dockerignore; the first ${CONTEXT_SCAN_BUDGET / 1024 / 1024} MiB of them per lint), reported at the COPY line. The message names the file, the layer and the line, never the value. The token kinds are listed below ("Token kinds"). Not read: files over ${CONTENT_SCAN_MAX_BYTES / 1024 / 1024} MiB, binaries (a NUL byte, or not UTF-8), archives, media and compiled files by extension, lock files, Markdown, minified bundles and source maps (and any finding on a line over ${LINE_CAP} characters), test, fixture, example and docs folders, OS and toolchain trees (/usr/share, /usr/include, the Python standard library, npm's own code). Documentation example values (the EXAMPLE keys of AWS's docs) and placeholders (few distinct characters) are not reported.`;

const messages = {
  secretEnv: { text: 'ENV {{name}} holds a literal credential ({{value}}): {{where}}.', fix: REF_FIX },
  secretArg: { text: 'ARG {{name}} has a literal credential as default ({{value}}): {{where}}.', fix: 'Remove the default and rotate the value; pass it as a BuildKit secret instead of a build arg: RUN --mount=type=secret,id={{id}},env={{name}} ... with docker build --secret id={{id}},env={{name}}.' },
  argInHistory: { text: 'Build arg {{name}} is a credential and the RUN at line {{line}} has it in its environment: build args in scope of a RUN are recorded in the image history (docker history shows RUN |1 {{name}}=...).', fix: 'Replace ARG {{name}} by a BuildKit secret: RUN --mount=type=secret,id={{id}},env={{name}} ... with docker build --secret id={{id}},env={{name}}.' },
  envFromArg: { text: 'ENV {{name}} copies build arg {{arg}}, a credential, into the image config, where anyone who can pull the image reads it (docker inspect).', fix: 'Do not put the credential in ENV. For build steps use RUN --mount=type=secret,id={{id}},env={{arg}}; at run time read it from Secrets Manager / SSM or set it as a KMS-encrypted Lambda environment variable.' },
  tokenValue: { text: '{{what}} contains {{kind}} ({{value}}): {{where}}.', fix: REF_FIX },
  secretLabel: { text: 'LABEL {{name}} holds a credential ({{value}}): labels are stored in the image config, readable with docker inspect.', fix: 'Remove the label and rotate the credential; labels are for public metadata only.' },
  secretFile: { text: '{{keyword}} puts {{file}} ({{kind}}) into {{where}}; deleting it in a later step does not remove it from the lower layer.', fix: 'Do not copy {{file}}: mount it only for the step that needs it (RUN --mount=type=secret,id=...,target=...) and give the function its secrets through Secrets Manager / SSM.' },
  contentInContext: {
    text: '{{keyword}} {{source}} ships {{file}} from the build context: line {{line}} holds {{kind}}{{more}}.',
    fix: 'Rotate the credential and take it out of the file: read it at init from Secrets Manager or SSM Parameter Store (or a KMS-encrypted Lambda environment variable); a file that is only needed locally goes into .dockerignore.',
  },
  secretFileInContext: { text: '{{keyword}} {{source}} takes {{file}} ({{kind}}) from the build context into {{where}}: .dockerignore does not exclude it.', fix: 'Add {{file}} to .dockerignore, and copy only what the function needs.' },
  runCredential: { text: 'RUN passes {{what}} inline ({{value}}): {{where}}.', fix: 'Take the credential from a BuildKit secret (RUN --mount=type=secret,id=...,env=...) instead of the command line, and rotate the exposed one.' },
  secretMountKept: { text: 'This RUN {{how}} BuildKit secret {{id}} into {{file}}, which stays in the layer: a secret mount keeps a secret out of the image only while the RUN reads it in place.', fix: 'Let the command read the secret where it is mounted (RUN --mount=type=secret,id={{id}},target=<the file the tool reads> or env=<NAME>), or remove {{file}} at the end of the same RUN{{alt}}.' },
  credentialFileWritten: { text: 'RUN writes a credential into {{file}}, which stays in the layer (a later rm does not remove it from the image).', fix: 'Mount the file instead: RUN --mount=type=secret,id={{id}},target={{file}} <command>; or write and remove it within the same RUN.' },
  envInConfig: {
    text: 'Env {{name}} in the image config holds {{kind}} ({{value}}): anyone who can pull the image reads it (docker inspect).',
    fix: REF_FIX,
    evidence: 'image',
  },
  fileInImage: {
    text: '{{file}} ({{kind}}) is in the image, added in layer {{layer}}: anyone who can pull the image can read it.',
    fix: 'Rotate the credential and keep {{file}} out of the image: exclude it from the build context (.dockerignore) or mount it only for the step that needs it (RUN --mount=type=secret,id=...,target=...); give the function its secrets through Secrets Manager / SSM.',
    evidence: 'image',
  },
  contentInImage: {
    text: '{{file}} line {{line}} holds {{kind}}{{more}}, in layer {{layer}}{{status}}: anyone who can pull the image can read it.',
    fix: 'Rotate the credential and take it out of the code: read it at init from Secrets Manager or SSM Parameter Store (or a KMS-encrypted Lambda environment variable), and rebuild so that no layer keeps it.',
    evidence: 'image',
  },
  fileStillShipped: {
    text: '{{file}} ({{kind}}) was added in layer {{layer}} and {{how}} in layer {{removedIn}}, but it still ships: the lower layer keeps its bytes, readable by anyone who can pull the image.',
    fix: 'Rotate the credential and rebuild so that it never enters a layer: RUN --mount=type=secret,id=...,target=... for the step that needs it (a later rm cannot remove it from an earlier layer).',
    evidence: 'image',
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  code: 'LL202',
  name: 'secret-baked',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['hadolint DL3064', 'trivy DS-0031', 'dockle CIS-DI-0010', 'BuildKit SecretsUsedInArgOrEnv'],
  securitySeverity: 9.0,
  needs: { facts: ['lineage', 'history', 'env'],
    dockerfile: true,
    context: true,
    history: true,
    image: { bodies: [{ globs: [...SECRET_BODY_GLOBS], regexes: [...SECRET_BODY_REGEXES], maxBytes: SECRET_BODY_MAX_BYTES }], secrets: true },
  },
  docs: {
    what:
      'Finds credentials baked into the image or its history: ENV/ARG/LABEL whose name marks a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, AWS_SECRET_ACCESS_KEY, *_PASS ...) with a literal value or filled from a build arg; values of any name that match a known token format (see "Token kinds") or a URL with a password; COPY/ADD of secret files (the Secret files table below), also through `COPY .` when .dockerignore lets them in; RUN with inline credentials (URL userinfo, Authorization headers, curl --user, npm _authToken, aws configure set) or writing a credentials file. Names that hold identifiers (SECRET_NAME, SECRET_ARN, TOKEN_URL, PASSWORD_FILE, KMS key ids), references (ARNs, SSM names, $VAR), empty values and obvious placeholders (changeme, <token>) are not reported. Values are always redacted in messages. Secrets only in a builder stage that never reaches the final image are reported when they are literal (they sit in the Dockerfile and the build cache), not when they come from a build arg. On a built image: the config Env (names and values judged as for ENV; a name the Dockerfile or the history already reported is not repeated); files anywhere in the final filesystem whose name marks a secret (the Secret files table) and whose content confirms it (only their first 16 KiB are read); such files added in a lower layer and deleted or overwritten later, which still ship (the message names both layers). Allow-listed: certificate stores and OS-generated keys (/etc/ssl/certs, ssl-cert-snakeoil.key), /usr/share, the Python stdlib test folder, Go and Rust toolchains, cryptography_vectors, and the test/fixture/example folders of site-packages, node_modules and gems; elsewhere in those package trees a file counts only when its content shows a secret. With the image at hand, COPY/ADD and credential files written by RUN are judged on the image filesystem instead of the Dockerfile. A RUN with a BuildKit secret mount (`--mount=type=secret`) that copies the mounted file elsewhere, writes its value into a file (`sed -i`, `>`, `tee`, also through a variable read from it) or saves it in a tool\'s configuration (`git config --global`, `npm config set`, `aws configure set`, ...) without removing that file in the same RUN is reported: the mount keeps the secret out of the image only while it is read in place. From the image history: ENV, ARG, LABEL and RUN lines, including the build args a RUN recorded (`RUN |1 NPM_TOKEN=...`). ' +
      CONTENT_DOCS,
    why:
      'Everything in an ENV or LABEL is in the image config, and every build arg a RUN sees is recorded in the image history (`RUN |1 NPM_TOKEN=... /bin/sh -c npm ci`): anyone who can pull the image from ECR reads them with `docker inspect` / `docker history`, and `aws lambda get-function` hands out a pull URL to whoever may read the function. Files copied into a layer stay in the image even when a later RUN deletes them. Lambda gives you better places: Secrets Manager or SSM Parameter Store read at init (cached across invocations), or environment variables on the function, encrypted at rest with KMS. For build-time credentials (private registries), BuildKit secret mounts never touch a layer.',
    bad: {
      dockerfile:
        `FROM public.ecr.aws/lambda/nodejs:20@sha256:0000000000000000000000000000000000000000000000000000000000000000\nARG NPM_TOKEN\nCOPY package.json package-lock.json ./\nRUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci --omit=dev\nENV STRIPE_API_KEY=${madeUpToken('sk_live_', '51Hx9Qa2eZvKYlo2C8f3kLmN0pQ')}\nCOPY app.mjs ./\nCMD ["app.handler"]\n`,
      context: { 'package.json': '{"name":"app","version":"1.0.0"}\n', 'package-lock.json': '{}\n', 'app.mjs': 'export const handler = async () => 1;\n' },
    },
    good: {
      dockerfile:
        '# syntax=docker/dockerfile:1\nFROM public.ecr.aws/lambda/nodejs:20@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\nENV STRIPE_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf\nCOPY app.mjs ./\nCMD ["app.handler"]\n',
      context: { 'package.json': '{"name":"app","version":"1.0.0"}\n', 'package-lock.json': '{}\n', 'app.mjs': 'export const handler = async () => 1;\n' },
    },
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
      'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml',
    ],
    tables: [
      {
        title: 'Secret files',
        intro: 'File names that mark a credential file (src/knowledge/secrets.ts), matched on the base name (or the path tail where the pattern has a folder). When the file can be read (the build context, the image) its content decides; otherwise (no context, or a context that lacks the file, such as a gitignored .env.local) only the entries marked "by name" are reported.',
        columns: ['kind', 'name pattern', 'without the content'],
        rows: () => SECRET_FILES.map((f) => [f.kind, `\`${f.match.source}\``, f.byName ? 'by name' : 'not reported']),
      },
      {
        title: 'Token kinds',
        intro: 'The token formats recognised in values (ENV, ARG, LABEL, the image config Env) and in file contents, whatever the variable or file is called (src/knowledge/secrets.ts and secret-scan.ts), with the source of each format.',
        columns: ['kind', 'source'],
        rows: () => CONTENT_PATTERNS.map((p) => [p.kind, p.source]),
      },
    ],
  },
  messages,
  create(ctx) {
    const lint = new SecretLint(ctx);
    return {
      image(image) {
        checkImage(lint, image);
      },
      end() {
        checkInstructions(lint);
      },
    };
  },
});

type MessageId = keyof typeof messages;

const builderNote = (stage: Stage) => `stage ${stage.name ? `"${stage.name}"` : stage.index} never reaches the final image, but the value stays in the Dockerfile and the build cache`;
const idOf = (name: string) => name.toLowerCase().replace(/_/g, '-');

/**
 * What the checks of one lint share: where a finding goes, which stages ship, how the place a value is stored
 * is told, the names already reported and the budget of build-context bytes left to scan.
 */
class SecretLint {
  /**
   * History mode: the instruction came from an image history entry. Report it as history evidence with its
   * layer, without the runner's quote of the raw created_by: a credential in a format the redactor does
   * not know (a password in `|1 DB_PASSWORD=...`, an .npmrc token) would be printed there.
   */
  readonly history: readonly HistoryLine[] | undefined;
  /** ENV names reported from the Dockerfile or the history: the config Env check does not repeat them. */
  readonly envReported = new Set<string>();
  readonly contextBudget = { left: CONTEXT_SCAN_BUDGET };
  private readonly lineage: Set<Stage>;

  constructor(readonly ctx: RuleContext<MessageId>) {
    this.history = ctx.mode === 'history' && ctx.image ? ctx.facts.history : undefined;
    this.lineage = new Set<Stage>(ctx.facts.lineage);
  }

  emit(d: ReportDescriptor<MessageId>): void {
    const history = this.history;
    if (!history || !d.at || !('keyword' in d.at)) return this.ctx.report(d);
    const line = history[d.at.index - 1];
    const where = d.data && 'where' in d.data ? String(d.data.where) : undefined;
    const note = line?.layer !== undefined ? ` (image history, layer ${line.layer + 1})` : where?.includes('history') ? '' : ' (image history)';
    const data = where !== undefined ? { ...d.data, where: `${where}${note}` } : d.data;
    this.ctx.report({ ...d, at: undefined, data, source: 'image-history', layer: line?.layer });
  }

  ships(stage: Stage | undefined): boolean {
    return stage === undefined || this.lineage.has(stage);
  }

  /** Where an ENV value is stored. */
  whereConfig(stage: Stage | undefined): Where {
    return {
      where: !this.ships(stage) ? builderNote(stage!) : this.history ? 'it is stored in the image config and history, readable by anyone who can pull the image (docker inspect, docker history)' : 'it is stored in the image config, readable by anyone who can pull the image (docker inspect)',
    };
  }

  /** Where an ARG value or a RUN line is stored. */
  whereHistory(stage: Stage | undefined): Where {
    return { where: this.ships(stage) ? 'it is recorded in the image history (docker history)' : builderNote(stage!) };
  }

  /** Where a file copied into the stage of `ins` ends up, or undefined when it never reaches the image. */
  fileWhere(ins: Instruction, destPath: string): string | undefined {
    const stage = ins.stage;
    if (this.ships(stage)) return 'a layer of the image';
    if (!stage) return undefined;
    // Copied forward? COPY --from=<stage> of a path that covers the file, in a stage that reaches the target.
    for (const other of this.ctx.df.instructions) {
      if (!other.copy || other.copy.fromStage !== stage || !other.stage?.reachesTarget) continue;
      for (const src of other.copy.sources) {
        const s = src.replace(/\/+$/, '') || '/';
        if (s === '/' || destPath === s || destPath.startsWith(`${s}/`) || /[*?[]/.test(s)) return `stage ${stage.name ?? stage.index}, and COPY --from at line ${other.span.line} carries it into the image`;
      }
    }
    return undefined;
  }
}

// ---- the Dockerfile (or the Dockerfile rebuilt from the image history) ----------------------------------------

/** Every instruction that can hold a credential, each with the build args declared before it in its stage. */
function checkInstructions(lint: SecretLint): void {
  let stage: Stage | undefined;
  let stageArgs = new Set<string>();
  for (const ins of lint.ctx.df.instructions) {
    if (ins.stage !== stage) {
      stage = ins.stage;
      stageArgs = new Set();
    }
    switch (ins.keyword) {
      case 'ARG':
        checkArg(lint, ins, stageArgs);
        break;
      case 'ENV':
        checkEnv(lint, ins, stageArgs);
        break;
      case 'LABEL':
        checkLabel(lint, ins);
        break;
      case 'COPY':
      case 'ADD':
        checkCopy(lint, ins);
        break;
      case 'RUN':
        checkRun(lint, ins);
        break;
    }
  }
}

function checkArg(lint: SecretLint, ins: Instruction, stageArgs: Set<string>): void {
  const { df } = lint.ctx;
  for (const p of ins.properties) {
    const cli = df.buildArgs[p.name];
    if (ins.stage) stageArgs.add(p.name);
    const raw = p.value;
    const expanded = raw !== undefined ? expand(raw, ins.scope, df.escape).value : undefined;
    const found = expanded !== undefined ? secretIn(expanded) : undefined;
    if (found) {
      lint.emit({ messageId: 'tokenValue', at: ins, data: { what: `ARG ${p.name}`, kind: article(found.kind), value: found.shown, ...lint.whereHistory(ins.stage) } });
      continue;
    }
    if (!isSecretName(p.name) || !ins.stage) continue;
    if (raw !== undefined && expanded !== undefined && !referencedVar(raw) && isCredentialSlotValue(expanded)) {
      lint.emit({ messageId: 'secretArg', at: ins, data: { name: p.name, value: redact(expanded), id: idOf(p.name), ...lint.whereHistory(ins.stage) } });
      continue;
    }
    if (cli !== undefined && !isSecretValue(cli)) continue;
    // From history the recorded value was judged above: a placeholder or an empty value leaks nothing.
    if (lint.history) continue;
    // A build arg: a leak when a later RUN of a shipped stage uses it (history), unless only through a secret mount.
    if (!lint.ships(ins.stage)) continue;
    // Every build arg in scope is in the environment of a RUN (npm, pip and git read it without a
    // visible $NAME) and is recorded in that RUN's history entry, so any later RUN counts.
    const user = ins.stage.instructions.find((later) => later.index > ins.index && later.keyword === 'RUN' && !secretMountIds(later).includes(p.name.toLowerCase()));
    if (user) lint.emit({ messageId: 'argInHistory', at: ins, data: { name: p.name, line: user.span.line, id: idOf(p.name) } });
  }
}

function checkEnv(lint: SecretLint, ins: Instruction, stageArgs: Set<string>): void {
  for (const p of ins.properties) {
    const raw = p.value ?? '';
    const expanded = expand(raw, ins.scope, lint.ctx.df.escape).value;
    const found = secretIn(expanded);
    if (found) {
      if (lint.ships(ins.stage)) lint.envReported.add(p.name);
      lint.emit({ messageId: 'tokenValue', at: ins, data: { what: `ENV ${p.name}`, kind: article(found.kind), value: found.shown, ...lint.whereConfig(ins.stage) } });
      continue;
    }
    if (!isSecretName(p.name)) continue;
    const ref = referencedVar(raw);
    if (ref && stageArgs.has(ref)) {
      if (lint.ships(ins.stage)) {
        lint.envReported.add(p.name);
        lint.emit({ messageId: 'envFromArg', at: ins, data: { name: p.name, arg: ref, id: idOf(ref) } });
      }
      continue;
    }
    if (ref) continue;
    if (isCredentialSlotValue(expanded)) {
      if (lint.ships(ins.stage)) lint.envReported.add(p.name);
      lint.emit({ messageId: 'secretEnv', at: ins, data: { name: p.name, value: redact(expanded), ...lint.whereConfig(ins.stage) } });
    }
  }
}

function checkLabel(lint: SecretLint, ins: Instruction): void {
  for (const p of ins.properties) {
    const value = expand(p.value ?? '', ins.scope, lint.ctx.df.escape).value;
    const found = secretIn(value);
    if (found) lint.emit({ messageId: 'secretLabel', at: ins, data: { name: p.name, value: `${found.kind}, ${found.shown}` } });
    else if (isSecretName(p.name) && !referencedVar(p.value ?? '') && isCredentialSlotValue(value)) lint.emit({ messageId: 'secretLabel', at: ins, data: { name: p.name, value: redact(value) } });
  }
}

function checkCopy(lint: SecretLint, ins: Instruction): void {
  // With the built image, its filesystem shows exactly what COPY/ADD brought (after .dockerignore): see checkImage.
  if (lint.ctx.image) return;
  const copy = ins.copy;
  if (!copy || copy.from !== undefined) return;
  if (copy.heredocs.length > 0) return checkCopiedHeredocs(lint, ins, copy);
  for (const source of copy.sources) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || source.includes('${') || source.startsWith('<<')) continue;
    const src = source.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
    const context = lint.ctx.context;
    // A source the context lacks (a gitignored .env.local, present where the image is really built) is judged by its
    // name, as without a context.
    if (context && (/[*?[]/.test(src) || context.match(src).length > 0)) checkCopiedFromContext(lint, ins, copy, source, src, context);
    else checkCopiedByName(lint, ins, copy, src);
  }
}

/** COPY <<EOF: the file a heredoc writes, judged by its destination name and its content. */
function checkCopiedHeredocs(lint: SecretLint, ins: Instruction, copy: CopySpec): void {
  const { df } = lint.ctx;
  // The model's COPY sources/dest include heredoc bodies; read the first line ourselves.
  const head = (ins.text.split('\n')[0] ?? '').split(/\s+/).filter((w) => w && !w.startsWith('<<'));
  const written = expand(head[head.length - 1] ?? '', ins.scope, df.escape).value;
  const dest = written.startsWith('/') ? written : `${(ins.stage?.workdir?.value ?? '/').replace(/\/$/, '')}/${written}`;
  for (const h of copy.heredocs) {
    const destFile = dest.endsWith('/') ? `${dest}${h.name}` : dest;
    const kind = classifySecretFile(destFile, () => h.content) ?? secretIn(h.content)?.kind;
    const where = kind ? lint.fileWhere(ins, destFile) : undefined;
    if (kind && where) lint.emit({ messageId: 'secretFile', at: ins, data: { keyword: ins.keyword, file: destFile, kind, where } });
  }
}

/** Without a build context, a COPY source is judged by its name alone. */
function checkCopiedByName(lint: SecretLint, ins: Instruction, copy: CopySpec, src: string): void {
  const multi = copy.sources.length > 1 || copy.dest.endsWith('/');
  const destFile = multi ? `${copy.dest.replace(/\/$/, '')}/${src.slice(src.lastIndexOf('/') + 1)}` : copy.dest;
  // `COPY lambda.env /var/task/.env`: the name it gets in the image marks it when its own name does not.
  const own = secretFileSpec(src);
  const renamed = !own && !multi;
  const kind = renamed ? classifySecretFile(destFile, undefined) : classifyAs(own, src, undefined);
  const where = kind ? lint.fileWhere(ins, destFile) : undefined;
  if (kind && where) lint.emit({ messageId: 'secretFile', at: ins, data: { keyword: ins.keyword, file: renamed ? `${src} as ${destFile}` : src, kind, where } });
}

/** The build-context files a COPY source ships: secret files by name and content, and tokens in any other text file. */
function checkCopiedFromContext(lint: SecretLint, ins: Instruction, copy: CopySpec, source: string, src: string, context: BuildContext): void {
  const multi = copy.sources.length > 1 || copy.dest.endsWith('/');
  const found: ShippedSecretFile[] = [];
  const inContent: ShippedContent[] = [];
  for (const f of context.match(src)) {
    if (f.dir || copyExcludes(copy, f.path)) continue;
    const isSelf = f.path === src;
    const rel = isSelf ? f.path.slice(f.path.lastIndexOf('/') + 1) : src === '.' ? f.path : f.path.slice(src.length + 1);
    const destFile = isSelf && !multi ? copy.dest : `${copy.dest.replace(/\/$/, '')}/${rel}`;
    // Judged by its own name, or by the name it gets in the image (`COPY lambda.env /var/task/.env`), on its content.
    const own = secretFileSpec(f.path);
    const asDest = own ? undefined : secretFileSpec(destFile);
    const named = own || !asDest ? f.path : destFile;
    const kind = classifyAs(own ?? asDest, named, () => context.read(f.path, 256 * 1024));
    if (!kind) {
      const hits = contextContent(context, f, lint.contextBudget);
      const where = hits.length > 0 ? lint.fileWhere(ins, copy.dest) : undefined;
      if (where) inContent.push({ file: f.path, hits, where });
      continue;
    }
    const where = lint.fileWhere(ins, destFile);
    if (where) found.push({ file: f.path, kind, where });
  }
  if (inContent.length > 0) reportShippedContent(lint, ins, source, inContent);
  if (found.length > 0) reportShippedSecretFiles(lint, ins, source, src, found);
}

interface ShippedSecretFile {
  file: string;
  kind: string;
  where: string;
}
interface ShippedContent {
  file: string;
  hits: ContentFinding[];
  where: string;
}

/** One finding per COPY source for tokens in the files it ships: the first file and line, then a count of the others. */
function reportShippedContent(lint: SecretLint, ins: Instruction, source: string, inContent: ShippedContent[]): void {
  const [first, ...rest] = inContent;
  const [hit, ...others] = first.hits;
  const more = [
    ...others.slice(0, 2).map((h) => `${article(h.kind)} on line ${h.line}`),
    ...(rest.length > 0 ? [`${rest.length} more file${rest.length > 1 ? 's' : ''} (${rest.slice(0, 3).map((r) => `${r.file} line ${r.hits[0].line}`).join(', ')}${rest.length > 3 ? ', ...' : ''})`] : []),
  ];
  lint.emit({ messageId: 'contentInContext', at: ins, data: { keyword: ins.keyword, source, file: first.file, line: hit.line, kind: article(hit.kind), more: more.length ? ` (and ${more.join(', ')})` : '' } });
}

/** One finding per COPY source for the secret files it ships: the file named by the source itself, or those `.dockerignore` let through. */
function reportShippedSecretFiles(lint: SecretLint, ins: Instruction, source: string, src: string, found: ShippedSecretFile[]): void {
  const keyword = ins.keyword;
  const first = found[0];
  const direct = !/[*?[]/.test(src) && src !== '.';
  if (direct && found.length === 1 && first.file === src) {
    lint.emit({ messageId: 'secretFile', at: ins, data: { keyword, file: first.file, kind: first.kind, where: first.where } });
  } else {
    const more = found.length > 1 ? ` and ${found.length - 1} more (${found.slice(1, 4).map((f) => f.file).join(', ')}${found.length > 4 ? ', ...' : ''})` : '';
    lint.emit({ messageId: 'secretFileInContext', at: ins, data: { keyword, source, file: `${first.file}${more}`, kind: first.kind, where: first.where } });
  }
}

function checkRun(lint: SecretLint, ins: Instruction): void {
  const script = lint.ctx.df.shell(ins);
  if (!script) return;
  const where = lint.whereHistory(ins.stage);
  const removed = removedPaths(script);
  const reported = new Set<string>();
  // One finding per credential: `aws configure set aws_access_key_id AKIA...` is a token and an AWS setting at once.
  const report = (what: string, value: string) => {
    if (reported.has(value)) return;
    reported.add(value);
    lint.emit({ messageId: 'runCredential', at: ins, data: { what, value, ...where } });
  };
  const written = new Set<string>();
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    inlineCredentials(name, cmd.args, report);
    for (const file of checkCredentialFileWrites(lint, ins, cmd, name, removed)) written.add(file);
  }
  checkSecretMountKept(lint, ins, script, removed, written);
}

/** Commands that print their arguments or a file: redirected, they write the secret they were given. */
const PRINTS = new Set(['echo', 'printf', 'cat', 'envsubst', 'base64']);

/** Tools whose `config` commands save what they are given in a file of the image. */
const CONFIG_SAVED: readonly { test: (name: string, args: readonly string[]) => boolean; file: string }[] = [
  { test: (n, a) => n === 'git' && a[0] === 'config' && !a.includes('--unset') && !a.includes('--unset-all'), file: '~/.gitconfig' },
  { test: (n, a) => (n === 'npm' || n === 'yarn' || n === 'pnpm') && a[0] === 'config' && a[1] === 'set', file: '~/.npmrc' },
  { test: (n, a) => (n === 'pip' || n === 'pip3') && a[0] === 'config' && a[1] === 'set', file: '~/.config/pip/pip.conf' },
  { test: (n, a) => n === 'poetry' && a[0] === 'config', file: "Poetry's auth.toml" },
  { test: (n, a) => n === 'aws' && a[0] === 'configure' && a[1] === 'set', file: '~/.aws/credentials' },
  { test: (n, a) => n === 'bundle' && a[0] === 'config', file: '~/.bundle/config' },
];

/**
 * A BuildKit secret mount keeps a secret out of the image only while the RUN reads it in place: a command that copies
 * the mounted file (`cp /run/secrets/aws /root/.aws/credentials`), writes its value into a file (`sed -i ... $(cat
 * /run/secrets/x) .env`, `echo ... $TOKEN > ~/.netrc`, with TOKEN read from it) or saves it in a tool's configuration
 * (`git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf ...`) leaves it in the layer, unless the
 * same RUN removes that file again (https://docs.docker.com/build/building/secrets/).
 */
function checkSecretMountKept(lint: SecretLint, ins: Instruction, script: ShellScript, removed: readonly string[], reported: ReadonlySet<string>): void {
  const commands = script.commands;
  const mounts = mountOptions(ins.flags).filter((m) => m.get('type') === 'secret');
  if (mounts.length === 0 || !lint.ships(ins.stage) || lint.ctx.image) return;
  const paths = mounts.map((m) => m.get('target') ?? m.get('dst') ?? m.get('destination') ?? `/run/secrets/${m.get('id') ?? ''}`);
  const vars = new Set(mounts.map((m) => m.get('env')).filter((v): v is string => Boolean(v)));
  const idOf = (text: string) => mounts.find((m, i) => text.includes(paths[i]) || (m.get('env') !== undefined && new RegExp(`\\$\\{?${m.get('env')}\\b`).test(text)))?.get('id') ?? mounts[0].get('id') ?? 'secret';
  const refers = (text: string) => paths.some((p) => text.includes(p)) || [...vars].some((v) => new RegExp(`\\$\\{?${v}\\b`).test(text));
  const gone = (file: string) => removed.some((r) => r === file || normalizePath(r) === normalizePath(file));
  const unset = commands.some((c) => commandName(c) === 'git' && c.args.includes('--unset'));
  const kept: { file: string; how: string; id: string }[] = [];
  // A variable set from the secret (`T=$(cat /run/secrets/x)`): the shell model keeps no statement that only assigns,
  // so its name is read from the script's text.
  for (const m of script.text.matchAll(/(?:^|[\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=["']?\$\((?:cat\s+|<\s*)([^)\s"']+)/g)) if (paths.includes(m[2])) vars.add(m[1]);
  for (const cmd of commands) {
    for (const [k, v] of Object.entries(cmd.assignments)) if (refers(v)) vars.add(k);
    const name = commandName(cmd);
    const files: { file: string; how: string }[] = [];
    // tee writes what the commands before it in the pipe print.
    const printed = (c: ShellCommand) => PRINTS.has(commandName(c)) && refers(c.text);
    if (name === 'tee' && cmd.pipeline.slice(0, cmd.pipeIndex).some(printed)) for (const a of cmd.args) if (!a.startsWith('-')) files.push({ file: a, how: 'writes the value of' });
    const text = cmd.pipeline.map((c) => c.text).join(' | ');
    if (!refers(text)) continue;
    if ((name === 'cp' || name === 'mv' || name === 'install') && cmd.args.some((a) => paths.includes(a))) {
      const dest = cmd.args.filter((a) => !a.startsWith('-')).pop();
      if (dest && !paths.includes(dest)) files.push({ file: dest, how: 'copies' });
    }
    // Only what prints the value writes it (`curl -H "Authorization: $TOKEN" ... > out.json` writes the response).
    if (PRINTS.has(name)) for (const r of cmd.redirects) if (/^(>|>>|>\||&>)$/.test(r.op) && !r.target.startsWith('/dev/')) files.push({ file: r.target, how: 'writes the value of' });
    if (name === 'sed' && cmd.args.some((a) => a === '-i' || /^-i/.test(a) || a === '--in-place')) {
      const file = cmd.args.filter((a) => !a.startsWith('-')).pop();
      if (file) files.push({ file, how: 'writes the value of' });
    }
    const tool = CONFIG_SAVED.find((c) => c.test(name, cmd.args));
    if (tool && !(name === 'git' && unset)) files.push({ file: tool.file, how: 'saves the value of' });
    for (const f of files) if (!gone(f.file) && !reported.has(f.file) && !kept.some((k) => k.file === f.file)) kept.push({ ...f, id: idOf(text) });
  }
  for (const k of kept) {
    const file = expand(k.file, ins.scope, lint.ctx.df.escape).value;
    const alt = k.file === '~/.gitconfig' ? ', or give git the token through GIT_CONFIG_COUNT=1, GIT_CONFIG_KEY_0 and GIT_CONFIG_VALUE_0 in the same command (never saved)' : '';
    lint.emit({ messageId: 'secretMountKept', at: ins, data: { how: k.how, id: k.id, file, alt } });
  }
}

/**
 * Credentials on one command line: known token formats and URL passwords in any argument, Authorization
 * headers (curl -H, wget --header), curl --user, wget --password, npm auth settings, aws configure set.
 */
function inlineCredentials(name: string, args: readonly string[], report: (what: string, value: string) => void): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    const found = secretIn(arg);
    if (found) {
      report(article(found.kind), found.shown);
      continue;
    }
    // curl -H 'Authorization: Bearer x' / wget --header='...'
    let header: string | undefined;
    if ((name === 'curl' && (arg === '-H' || arg === '--header')) || (name === 'wget' && arg === '--header')) header = next;
    else if (arg.startsWith('--header=')) header = arg.slice('--header='.length);
    else if (name === 'curl' && /^-H./.test(arg)) header = arg.slice(2);
    if (header !== undefined) {
      const h = AUTH_HEADERS.exec(header);
      const value = h?.[2].replace(/^(bearer|basic|token|bot|apikey)\s+/i, '').trim();
      if (h && value && !value.includes('$') && isSecretValue(value)) report(`an ${h[1]} header`, redact(value));
      continue;
    }
    // curl -u user:pass / --user user:pass
    if (name === 'curl' && (arg === '-u' || arg === '--user') && next) {
      const pass = next.slice(next.indexOf(':') + 1);
      if (next.includes(':') && !pass.includes('$') && isSecretValue(pass)) report('a password (curl --user)', redact(pass));
      continue;
    }
    const pw = /^--(?:http-|ftp-|proxy-)?password=(.*)$/.exec(arg);
    if (name === 'wget' && pw && !pw[1].includes('$') && isSecretValue(pw[1])) report('a password (wget --password)', redact(pw[1]));
    // npm config set //registry/:_authToken=x, or `npm config set _authToken x`
    const auth = /(?:^|:)(_authToken|_auth|_password)=(.*)$/.exec(arg);
    if (auth && !auth[2].includes('$') && isSecretValue(auth[2])) report(`an npm ${auth[1]}`, redact(auth[2]));
    if (name === 'npm' && /(^|:)(_authToken|_auth|_password)$/.test(arg) && next && !next.includes('$') && isSecretValue(next)) report('an npm auth token', redact(next));
  }
  // aws configure set aws_secret_access_key <value>
  if (name === 'aws' && args[0] === 'configure' && args[1] === 'set' && /^(aws_secret_access_key|aws_access_key_id|aws_session_token)$/.test(args[2] ?? '') && args[3] && !args[3].includes('$') && isSecretValue(args[3])) {
    report(`an AWS credential (${args[2]})`, redact(args[3]));
  }
}

/** `echo "...:_authToken=${TOKEN}" > ~/.npmrc`: the file keeps the value even when it came from a build arg. */
function checkCredentialFileWrites(lint: SecretLint, ins: Instruction, cmd: ShellCommand, name: string, removed: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of cmd.redirects) {
    if (!/^>>?$|^>\|$|^&>$/.test(r.op) || !CREDENTIAL_FILE_TARGETS.test(r.target)) continue;
    const body = name === 'cat' || name === 'tee' ? ins.heredocs.map((h) => h.content).join('\n') : cmd.args.join(' ');
    const holdsCredential = /(_authToken|_auth|_password|password|npmAuthToken|aws_secret_access_key|"auth"\s*:)/i.test(body) || secretIn(body) !== undefined || /\/\/[^/\s:@]+(:[^@\s]+)?@/.test(body);
    if (!holdsCredential) continue;
    if (removed.some((p) => p === r.target || p.endsWith(`/${r.target.replace(/^.*\//, '')}`))) continue;
    if (!lint.ships(ins.stage)) continue;
    // The built image shows whether the file kept a literal credential (fileInImage / fileStillShipped).
    if (lint.ctx.image) continue;
    lint.emit({ messageId: 'credentialFileWritten', at: ins, data: { file: r.target, id: r.target.replace(/^.*\//, '').replace(/^\./, '') } });
    out.push(r.target);
  }
  return out;
}

// ---- the built image ------------------------------------------------------------------------------------------

function checkImage(lint: SecretLint, image: ImageModel): void {
  checkConfigEnv(lint);
  const total = image.layers.length;
  const of = (layer: number) => (total > 0 ? `${layer + 1} of ${total}` : String(layer + 1));
  const byName = checkSecretFiles(lint, image, of);
  checkContents(lint, image, byName, of);
}

/**
 * The image config's Env (facts.env, read from the image when the input has one): names and values as for ENV,
 * unless the Dockerfile or the history already reported the name.
 */
function checkConfigEnv(lint: SecretLint): void {
  for (const { name, value } of lint.ctx.facts.env.values()) {
    if (lint.envReported.has(name)) continue;
    const found = secretIn(value);
    if (found) lint.emit({ messageId: 'envInConfig', source: 'image-config', data: { name, kind: article(found.kind), value: found.shown } });
    else if (isSecretName(name) && isSecretValue(value)) lint.emit({ messageId: 'envInConfig', source: 'image-config', data: { name, kind: 'a credential', value: redact(value) } });
  }
}

/**
 * Secret files by name and content: those in the final filesystem, and those a later layer deleted or overwrote
 * (they still ship). Returns the files reported ("layer:path"): their content findings are not repeated.
 */
function checkSecretFiles(lint: SecretLint, image: ImageModel, of: (layer: number) => string): Set<string> {
  const byName = new Set<string>();
  for (const e of image.files.values()) {
    if (e.type !== 'file') continue;
    const kind = imageSecretKind(e.path, e.body);
    if (!kind) continue;
    byName.add(`${e.layer}:${e.path}`);
    lint.emit({ messageId: 'fileInImage', source: 'image-layer', layer: e.layer, data: { file: e.path, kind, layer: of(e.layer) } });
  }
  for (const r of image.removed) {
    if (r.type !== 'file') continue;
    const kind = imageSecretKind(r.path, r.body);
    if (!kind) continue;
    byName.add(`${r.layerAdded}:${r.path}`);
    const how = r.reason === 'overwritten' ? 'overwritten' : 'deleted';
    lint.emit({ messageId: 'fileStillShipped', source: 'image-layer', layer: r.layerAdded, data: { file: r.path, kind, layer: of(r.layerAdded), how, removedIn: of(r.layerRemoved) } });
  }
  return byName;
}

/** The kind of secret a file of the image holds, or undefined (allow-list, content, name). */
function imageSecretKind(path: string, body: BodyRecord | undefined): string | undefined {
  const spec = secretFileSpec(path);
  if (!spec) return undefined;
  const policy = secretPathPolicy(path);
  if (policy === 'skip') return undefined;
  // Binary key stores (.p12, .jks ...) are not read: their name decides.
  const text = body && !/\.(p12|pfx|jks|keystore)$/i.test(path) ? body.data.toString('latin1') : undefined;
  if (text !== undefined && spec.content) return spec.content(text) ? spec.kind : undefined;
  return policy === 'report' && spec.byName ? spec.kind : undefined;
}

/** Tokens found in file contents, one finding per file and layer (a file reported by its name is not repeated). */
function checkContents(lint: SecretLint, image: ImageModel, byName: Set<string>, of: (layer: number) => string): void {
  const perFile = new Map<string, ContentSecret[]>();
  for (const s of image.secrets) {
    const key = `${s.layer}:${s.path}`;
    if (byName.has(key)) continue;
    const list = perFile.get(key) ?? [];
    list.push(s);
    perFile.set(key, list);
  }
  for (const list of perFile.values()) {
    const [first, ...rest] = list;
    const more = rest.length === 0 ? '' : ` (and ${rest.slice(0, 3).map((r) => `${article(r.kind)} on line ${r.line}`).join(', ')}${rest.length > 3 ? `, ${rest.length - 3} more` : ''})`;
    const status = first.status === 'removed' ? ', deleted or overwritten by a later layer but still shipped in its own' : '';
    lint.emit({ messageId: 'contentInImage', source: 'image-layer', layer: first.layer, data: { file: first.path, line: first.line, kind: article(first.kind), more, layer: of(first.layer), status } });
  }
}
