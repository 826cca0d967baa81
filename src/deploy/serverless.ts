/**
 * Image functions of a Serverless Framework configuration (serverless.yml, serverless.yaml, serverless.json; the
 * v3 and v4 syntax, which agree on these keys).
 *
 * - `functions.<name>.image`: a string (an ECR image URI, or the name of a `provider.ecr.images` entry) or an
 *   object with `name` or `uri`, and `command`, `entryPoint`, `workingDirectory` (Lambda's ImageConfig).
 * - `provider.ecr.images.<name>`: `path` (the build context, relative to the configuration's folder), `file` (the
 *   Dockerfile inside `path`, default Dockerfile), `buildArgs`, `buildOptions` (extra `docker build` arguments:
 *   `--target`, `--platform`, `--build-arg` are read), `platform`; or `uri` of an image already pushed; or a
 *   string (an ECR URI, else the path).
 * - `functions.<name>.architecture`, else `provider.architecture`, else Lambda's x86_64.
 *
 * A string image is a URI when it is `<account>.dkr.ecr.<region>.amazonaws.com/...` or ends in `@sha256:<digest>`,
 * else an image name, as the Framework tells them apart; the Dockerfile is path.resolve(service folder, path, file).
 * Sources: https://www.serverless.com/framework/docs/providers/aws/guide/functions#referencing-container-image-as-a-target,
 * https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml, serverless/serverless
 * lib/plugins/aws/provider.js (resolveImageUriAndSha, resolveImageUriAndShaFromPath).
 *
 * Functions without `image` are zip functions (handler + runtime) and are not read. Variables other than
 * `${self:...}` stay unknown (serverless-vars.ts): a value that depends on them is not judged.
 */
import { dirname, extname } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Location } from '../core/types.js';
import { entries, get, parseTemplate, TemplateError, type Template } from './cfn-yaml.js';
import { isDir, isFile, under } from './cloudformation.js';
import { envKeys, reservedKeys } from './reserved-env.js';
import { Variables, type VarText } from './serverless-vars.js';
import { DeployConfigError, readConfigText, type DeployConfig, type DeployedFunction, type DeployProblem, type Located } from './types.js';

/** Configuration files the Framework runs as code: they cannot be read without running them. */
const SERVERLESS_CODE = new Set(['.js', '.cjs', '.mjs', '.ts']);

/** Reads serverless.yml / .yaml / .json. Throws DeployConfigError (one line) when it cannot be read as one. */
export function readServerless(file: string): DeployConfig {
  if (SERVERLESS_CODE.has(extname(file).toLowerCase())) {
    throw new DeployConfigError(file, 'is a Serverless Framework configuration written as code, which cannot be read without running it; lint the resolved configuration instead: serverless print > serverless.resolved.yml, then lint serverless.resolved.yml');
  }
  const text = readConfigText(file, 'a Serverless Framework configuration');
  let t: Template;
  try {
    t = parseTemplate(file, text);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const detail = e.message.startsWith('is not a template') ? 'is not a Serverless Framework configuration: the document is not a mapping' : `${extname(file) === '.json' ? 'JSON' : 'YAML'} error, ${e.message}`;
    throw new DeployConfigError(file, detail);
  }
  return { kind: 'serverless', input: file, ...serverlessFunctions(t) };
}

/** A parsed YAML/JSON document shaped like a Serverless Framework configuration (a `provider` and a service). */
export function looksLikeServerless(t: Template): boolean {
  return get(t.root, 'provider') !== undefined && (get(t.root, 'service') !== undefined || get(t.root, 'functions') !== undefined);
}

interface Context {
  t: Template;
  vars: Variables;
  problems: DeployProblem[];
  unchecked: DeployProblem[];
  /** provider.ecr.images: a mapping, undefined when there is none, null when it is not known (a variable). */
  images: Node | undefined | null;
  providerArch: Node | undefined;
  /** provider.environment: variables every function gets (a function's own of the same key wins). */
  providerEnv: Node | undefined;
}

/** The image functions of a parsed configuration, and its problems. */
export function serverlessFunctions(t: Template): { functions: DeployedFunction[]; problems: DeployProblem[]; unchecked: DeployProblem[] } {
  const vars = new Variables(t.root);
  const problems: DeployProblem[] = [];
  const unchecked: DeployProblem[] = [];
  const functions: DeployedFunction[] = [];
  const providerNode = vars.node(get(t.root, 'provider'));
  const providerName = vars.text(isMap(providerNode) ? get(providerNode, 'name') : providerNode);
  // Another provider (azure, google ...) deploys no Lambda functions.
  if (providerName?.known && providerName.text !== 'aws') return { functions, problems, unchecked };
  const provider = isMap(providerNode) ? providerNode : undefined;
  const ecr = vars.node(get(provider, 'ecr'));
  const imagesNode = isMap(ecr) ? vars.node(get(ecr, 'images')) : undefined;
  // A provider, ecr or images section that is a variable (`${file(...)}`) may hold any image: not known here.
  const unknown = (!provider && !providerName?.known) || (ecr !== undefined && !isMap(ecr)) || (imagesNode !== undefined && !isMap(imagesNode));
  const images = unknown ? null : imagesNode;
  const ctx: Context = { t, vars, problems, unchecked, images, providerArch: get(provider, 'architecture'), providerEnv: vars.node(get(provider, 'environment')) };
  // `functions: ${file(./functions.yml)}` (or a list holding such entries): functions this tool does not read.
  const functionsNode = vars.node(get(t.root, 'functions'));
  // An empty `functions:` (null) declares none.
  const declared = (n: Node | undefined) => n !== undefined && !(isScalar(n) && (n.value === null || n.value === ''));
  const unread = isSeq(functionsNode) ? (functionsNode.items as Node[]).filter((item) => declared(vars.node(item)) && !isMap(vars.node(item))) : declared(functionsNode) && !isMap(functionsNode) ? [functionsNode!] : [];
  for (const node of unread) {
    const v = isScalar(node) ? vars.text(node) : undefined;
    unchecked.push({ at: t.at(node), message: `functions ${isSeq(functionsNode) ? 'holds' : 'is'} ${isScalar(node) ? String(node.value) : 'a value that is not a mapping'}${v?.known ? '' : ', not resolved here'}; its functions were not checked` });
  }
  for (const [id, idNode, value] of functionEntries(vars, functionsNode)) {
    const fnNode = vars.node(value);
    // Not a mapping: a `${file(...)}` or another variable the Framework resolves; not known here.
    if (!isMap(fnNode)) {
      if (isScalar(fnNode) && !vars.text(fnNode)?.known) unchecked.push({ at: t.at(idNode), message: `${id}: the function is ${String(fnNode.value)}, not resolved here; not checked` });
      continue;
    }
    const image = get(fnNode, 'image');
    if (image === undefined) continue; // a zip function (handler + runtime)
    const fn = readFunction(ctx, id, t.at(idNode), fnNode, image);
    if (fn) {
      const own = vars.node(get(fnNode, 'environment'));
      const reserved = [...reservedKeys(own, (n) => t.at(n)), ...reservedKeys(ctx.providerEnv, (n) => t.at(n), 'provider.environment').filter((p) => !get(own, p.name))];
      if (reserved.length) fn.reservedEnv = reserved;
      const names = [...new Set([...envKeys(own), ...envKeys(ctx.providerEnv)])];
      if (names.length) fn.envNames = names;
      // The function URL (`url: true`, or `url: { invokeMode: RESPONSE_STREAM }`; BUFFERED by default) and the Web
      // Adapter's mode in the environment (the function's own, else provider.environment).
      const url = vars.node(get(fnNode, 'url'));
      const urlOn = isMap(url) || (isScalar(url) && vars.text(url)?.text === 'true');
      const mode = isMap(url) ? get(url, 'invokeMode') : undefined;
      const modeText = mode === undefined ? 'BUFFERED' : vars.text(mode)?.known ? vars.text(mode)!.text : undefined;
      if (urlOn && modeText !== undefined) fn.urlInvokeMode = { value: modeText.toUpperCase(), at: t.at(mode ?? get(fnNode, 'url')!) };
      const lwa = get(own, 'AWS_LWA_INVOKE_MODE') ?? get(ctx.providerEnv, 'AWS_LWA_INVOKE_MODE');
      const lwaText = lwa === undefined ? undefined : vars.text(lwa);
      if (lwaText?.known) fn.adapterInvokeMode = lwaText.text;
    }
    if (fn) functions.push(fn);
  }
  return { functions, problems, unchecked };
}

/** `functions` as a mapping, or a list of mappings (and of `${file(...)}` entries, which are not known here). */
function functionEntries(vars: Variables, node: Node | undefined): [string, Node, Node | undefined][] {
  if (isMap(node)) return entries(node);
  if (!isSeq(node)) return [];
  return (node.items as Node[]).flatMap((item) => {
    const n = vars.node(item);
    return isMap(n) ? entries(n) : [];
  });
}

function located(ctx: Context, node: Node | undefined, v: VarText | undefined): Located<string> | undefined {
  return v ? { value: v.text, at: ctx.t.at(node) } : undefined;
}

/** An ECR image URI as the Framework recognises one (provider.js isEcrUri): an ECR registry host, or a digest. */
export function isEcrUri(s: string): boolean {
  return /^\d+\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/[^@]+/.test(s) || /[^@:]@sha256:[a-f0-9]{64}$/.test(s);
}

/** Whether a string with unknown parts can only be a URI: image names are `[a-z][a-z0-9-_]{1,31}`. */
function uriShaped(v: VarText): boolean {
  return v.known ? isEcrUri(v.text) : /[/:@.]/.test(v.text.replace(/\$\{[^}]*\}/g, ''));
}

function readFunction(ctx: Context, id: string, at: Location, fnNode: Node, imageNode: Node): DeployedFunction | undefined {
  const image = ctx.vars.node(imageNode);
  const fn: DeployedFunction = { id, kind: 'serverless', templateFile: ctx.t.file, at, buildArgs: {}, architecture: architecture(ctx, get(fnNode, 'architecture') ?? ctx.providerArch, at), imageConfig: {}, built: false };
  let ref: { node: Node; value: VarText | undefined; uri: boolean } | undefined;
  if (isMap(image)) {
    const nameNode = get(image, 'name');
    const uriNode = get(image, 'uri');
    if (nameNode !== undefined && uriNode !== undefined) return problem(ctx, image, `${id}: image sets both name and uri; the Framework takes one of them`);
    if (nameNode === undefined && uriNode === undefined) return problem(ctx, image, `${id}: image needs a name (an image of provider.ecr.images) or a uri`);
    ref = uriNode !== undefined ? { node: uriNode, value: ctx.vars.text(uriNode), uri: true } : { node: nameNode!, value: ctx.vars.text(nameNode), uri: false };
    fn.imageConfig = imageConfig(ctx, id, image);
  } else if (isScalar(image)) {
    const value = ctx.vars.text(image);
    ref = { node: imageNode, value, uri: value !== undefined && uriShaped(value) };
  } else return problem(ctx, imageNode, `${id}: image must be a string or a mapping`);
  if (ref.uri) {
    fn.imageUri = located(ctx, ref.node, ref.value);
    if (!ref.value?.known) ctx.unchecked.push({ at: ctx.t.at(ref.node), message: `${id}: the image ${ref.value?.text ?? 'URI'} holds values resolved at deploy time; what it deploys was not checked` });
    return fn;
  }
  // An image the Framework builds (and deploys by the digest it pushed), or one whose name is not known here.
  fn.built = true;
  const name = ref.value;
  if (!name?.known || ctx.images === null) {
    ctx.unchecked.push({ at: ctx.t.at(ref.node), message: `${id}: ${!name?.known ? `the image ${name?.text ?? ''} is resolved at deploy time` : 'provider.ecr.images is not known here'}; its Dockerfile was not linted` });
    return fn;
  }
  const def = ctx.images === undefined ? undefined : get(ctx.images, name.text);
  if (def === undefined) return problem(ctx, ref.node, `${id}: the image "${name.text}" is neither an ECR image URI nor an image of provider.ecr.images`);
  return buildSettings(ctx, fn, name.text, def);
}

function problem(ctx: Context, node: Node | undefined, message: string): undefined {
  ctx.problems.push({ at: ctx.t.at(node), message });
  return undefined;
}

function architecture(ctx: Context, node: Node | undefined, at: Location): DeployedFunction['architecture'] {
  if (node === undefined) return { value: 'x86_64', at, explicit: false };
  const v = ctx.vars.text(node);
  return v?.known ? { value: v.text, at: ctx.t.at(node), explicit: true } : undefined;
}

/**
 * image.command / entryPoint (lists of strings) and workingDirectory. A value with parts resolved at deploy time
 * (`${file(...)}`, `${ssm:...}`) is unknown: the checks of what Lambda runs are skipped for the function, and said.
 */
function imageConfig(ctx: Context, id: string, image: Node): DeployedFunction['imageConfig'] {
  const unresolved: NonNullable<DeployedFunction['imageConfig']['unresolved']> = [];
  const unknown = (key: 'command' | 'entryPoint' | 'workingDirectory', raw: Node, shown: string | undefined) => {
    unresolved.push(key);
    ctx.unchecked.push({ at: ctx.t.at(raw), message: `${id}: image.${key} is ${shown ?? 'a value'} resolved at deploy time; what Lambda runs was not checked (the handler and launch checks are skipped for this function)` });
  };
  const list = (key: 'command' | 'entryPoint'): Located<string[]> | undefined => {
    const raw = get(image, key);
    if (raw === undefined) return undefined;
    const node = ctx.vars.node(raw);
    if (!isSeq(node)) {
      const v = ctx.vars.text(node);
      if (!v?.known && isScalar(node)) {
        unknown(key, raw, v?.text);
        return undefined;
      }
      ctx.problems.push({ at: ctx.t.at(raw), message: `${id}: image.${key} must be a list of strings` });
      return undefined;
    }
    const items = (node.items as Node[]).map((n) => ctx.vars.text(n));
    if (items.some((v) => !v?.known)) {
      unknown(key, raw, `[${items.map((v) => v?.text ?? '?').join(', ')}]`);
      return undefined;
    }
    return { value: items.map((v) => v!.text), at: ctx.t.at(raw) };
  };
  const wdNode = get(image, 'workingDirectory');
  const wd = ctx.vars.text(wdNode);
  if (wdNode !== undefined && !wd?.known) unknown('workingDirectory', wdNode, wd?.text);
  const command = list('command');
  const entryPoint = list('entryPoint');
  return { command, entryPoint, workingDirectory: wd?.known ? located(ctx, wdNode, wd) : undefined, ...(unresolved.length ? { unresolved } : {}) };
}

/** The build of a provider.ecr.images entry: context, Dockerfile, build args, target, platform; or its uri. */
function buildSettings(ctx: Context, fn: DeployedFunction, name: string, defNode: Node): DeployedFunction | undefined {
  const def = ctx.vars.node(defNode);
  let pathNode: Node | undefined = def;
  if (isMap(def)) {
    const uriNode = get(def, 'uri');
    pathNode = get(def, 'path');
    if (uriNode !== undefined && pathNode !== undefined) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images sets both path and uri; the Framework takes one of them`);
    if (uriNode !== undefined) return { ...fn, built: false, imageUri: located(ctx, uriNode, ctx.vars.text(uriNode)) };
    if (pathNode === undefined) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images needs a path (its build context) or a uri`);
  } else if (!isScalar(def)) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images must be a mapping or a string`);
  const path = ctx.vars.text(pathNode);
  if (!isMap(def) && path?.known && isEcrUri(path.text)) return { ...fn, built: false, imageUri: located(ctx, pathNode, path) };
  const fileNode = isMap(def) ? get(def, 'file') : undefined;
  const file = fileNode === undefined ? { text: 'Dockerfile', known: true } : ctx.vars.text(fileNode);
  if (isMap(def)) readBuildOptions(ctx, fn, def);
  if (!path?.known || !file?.known) {
    // The build is not known here: the deploy checks only.
    ctx.unchecked.push({ at: ctx.t.at(!path?.known ? pathNode : fileNode), message: `${fn.id}: the image ${name} is built from ${!path?.known ? `path ${path?.text ?? '(unknown)'}` : `file ${file?.text ?? '(unknown)'}`}, resolved at deploy time; its Dockerfile was not linted` });
    return fn;
  }
  const context = under(dirname(ctx.t.file), path.text);
  const dockerfile = under(context, file.text);
  fn.context = { value: context, at: ctx.t.at(pathNode) };
  fn.dockerfile = { value: dockerfile, at: ctx.t.at(fileNode ?? pathNode) };
  if (!isDir(context)) return problem(ctx, pathNode, `${fn.id}: the image ${name} is built from ${context}, which does not exist`);
  if (!isFile(dockerfile)) return problem(ctx, fileNode ?? pathNode, `${fn.id}: the Dockerfile ${dockerfile} of the image ${name} does not exist`);
  return fn;
}

/** buildArgs, platform, and the `docker build` arguments of buildOptions that shape what is built. */
function readBuildOptions(ctx: Context, fn: DeployedFunction, def: Node): void {
  for (const [k, , v] of entries(ctx.vars.node(get(def, 'buildArgs')))) {
    const value = ctx.vars.text(v);
    if (value?.known) fn.buildArgs[k] = value.text;
  }
  const platformNode = get(def, 'platform');
  const platform = ctx.vars.text(platformNode);
  if (platform?.known && platform.text !== '') fn.platform = { value: platform.text, at: ctx.t.at(platformNode) };
  const options = ctx.vars.node(get(def, 'buildOptions'));
  if (!isSeq(options)) return;
  // Each item is one argument or several separated by spaces (`--target prod`, `--target=prod`).
  const words: { word: string; node: Node }[] = [];
  for (const item of options.items as Node[]) {
    const v = ctx.vars.text(item);
    for (const word of v?.known ? v.text.split(/\s+/).filter(Boolean) : ['']) words.push({ word, node: item });
  }
  for (let i = 0; i < words.length; i++) {
    const m = /^(--target|--platform|--build-arg)(?:=(.*))?$/.exec(words[i].word);
    if (!m) continue;
    const value = m[2] ?? words[++i]?.word;
    if (!value) continue;
    const at = ctx.t.at(words[i].node);
    if (m[1] === '--target') fn.target = { value, at };
    else if (m[1] === '--platform') fn.platform = { value, at };
    else if (value.includes('=')) fn.buildArgs[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
  }
}
