/**
 * Image functions of AWS SAM and CloudFormation templates.
 *
 * - AWS::Serverless::Function with PackageType Image: Properties.ImageUri, ImageConfig, Architectures, merged with
 *   Globals.Function as the SAM translator merges globals (maps merged key by key, lists concatenated with the
 *   global entries first, scalars: the resource wins), less what the resource's IgnoreGlobals attribute names. https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 * - AWS::Lambda::Function with PackageType Image: Code.ImageUri, ImageConfig, Architectures.
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html
 * - Metadata of either (what `sam build` reads): DockerContext (relative to the template's folder), Dockerfile
 *   (relative to DockerContext, default Dockerfile), DockerBuildArgs, DockerBuildTarget, DockerTag.
 *   https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-using-build.html
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, Pair, type Node } from 'yaml';
import type { Location } from '../core/types.js';
import { entries, get, intrinsic, isNoValue, keyNode, str, strList, strMap, template, type Template } from './cfn-yaml.js';
import { envKeys, reservedKeys } from './reserved-env.js';
import { uriTailUnresolved, type DeployedFunction, type DeployKind, type DeployProblem, type Located, type ZipOnlySetting } from './types.js';

export const SAM_FUNCTION = 'AWS::Serverless::Function';
export const LAMBDA_FUNCTION = 'AWS::Lambda::Function';

export interface TemplateFunctions {
  functions: DeployedFunction[];
  problems: DeployProblem[];
  /** What could not be checked (DeployConfig.unchecked). */
  unchecked: DeployProblem[];
}

/** Nested stacks: `sam build` builds the image functions of a child template as well. */
const NESTED_STACKS: Record<string, string> = { 'AWS::Serverless::Application': 'Location', 'AWS::CloudFormation::Stack': 'TemplateURL' };

/** How an intrinsic function is shown in a note: `!Ref DockerPath`, `!If [...]`. */
function shown(node: Node | undefined): string {
  const fn = intrinsic(node);
  if (!fn) return 'a value that is not a string';
  const short = fn.name.replace(/^Fn::/, '');
  const arg = fn.arg && isScalar(fn.arg) ? ` ${String(fn.arg.value)}` : ' [...]';
  return `!${short}${arg}`;
}

/** SAM's merge of Globals into a resource's properties (samtranslator/plugins/globals/globals.py `_do_merge`). */
export function mergeGlobals(global: Node | undefined, local: Node | undefined): Node | undefined {
  if (!global) return local;
  if (!local) return global;
  if (intrinsic(global) || intrinsic(local)) return local;
  if (isMap(global) && isMap(local)) {
    const merged = new YAMLMap();
    merged.range = local.range;
    const keys = new Set<string>();
    for (const [k, , v] of entries(global)) {
      keys.add(k);
      merged.items.push(new Pair(keyNode(global, k), mergeGlobals(v, get(local, k))));
    }
    for (const [k, kn, v] of entries(local)) if (!keys.has(k)) merged.items.push(new Pair(kn, v));
    return merged as Node;
  }
  if (isSeq(global) && isSeq(local)) {
    const merged = new YAMLSeq();
    merged.range = local.range;
    merged.items = [...global.items, ...local.items];
    return merged as Node;
  }
  return local;
}

/**
 * Globals.Function less what the resource's IgnoreGlobals attribute leaves out: `'*'` all of it, a list the
 * properties it names (https://github.com/aws/serverless-application-model/pull/3386).
 */
function unignoredGlobals(globals: Node | undefined, ignore: Node | undefined): Node | undefined {
  if (!globals || !ignore) return globals;
  if (str(ignore) === '*') return undefined;
  const names = strList(ignore) ?? (str(ignore) !== undefined ? [str(ignore)!] : undefined);
  if (!names || !isMap(globals)) return globals;
  const kept = new YAMLMap();
  kept.range = globals.range;
  kept.items = globals.items.filter((pair) => !(isScalar(pair.key) && names.includes(String(pair.key.value))));
  return kept as Node;
}

/** The image functions a template declares. `kind` is 'cdk' for templates of a cloud assembly. */
export function templateFunctions(t: Template, kind: DeployKind = 'cloudformation'): TemplateFunctions {
  const resources = get(t.root, 'Resources');
  const isSam = kind !== 'cdk' && isSamTemplate(t);
  const functions: DeployedFunction[] = [];
  const problems: DeployProblem[] = [];
  const unchecked: DeployProblem[] = [];
  const globals = get(get(t.root, 'Globals'), 'Function');
  // Shapes CloudFormation itself rejects are bad configuration: one problem each, the rest is still read.
  if (!resources || !isMap(resources) || intrinsic(resources)) {
    problems.push({ at: t.at(resources ?? t.root), message: resources ? 'Resources must be a mapping of logical ids to resources' : 'the template has no Resources section' });
    return { functions, problems, unchecked };
  }
  for (const [id, idNode, resource] of entries(resources)) {
    if (id.startsWith('Fn::')) continue; // Fn::ForEach (AWS::LanguageExtensions): expanded at deploy time, unknown here
    if (!resource || !isMap(resource)) {
      problems.push({ at: t.at(idNode), message: `${id}: a resource must be a mapping with a Type` });
      continue;
    }
    const type = str(get(resource, 'Type'));
    if (type === undefined && !get(resource, 'Type')) {
      problems.push({ at: t.at(idNode), message: `${id}: the resource has no Type` });
      continue;
    }
    if (type !== undefined && NESTED_STACKS[type]) {
      const where = get(get(resource, 'Properties'), NESTED_STACKS[type]);
      const location = str(where);
      const local = location !== undefined && !/^(https?|s3):\/\//.test(location);
      unchecked.push({ at: t.at(idNode), message: `${id}: a nested stack (${type})${location !== undefined ? ` from ${location}` : ''}; its image functions are not read from here${local ? `: lint ${location} as well` : ''}` });
      continue;
    }
    if (type !== SAM_FUNCTION && type !== LAMBDA_FUNCTION) continue;
    const sam = type === SAM_FUNCTION;
    const own = get(resource, 'Properties');
    if (own && !isMap(own)) {
      problems.push({ at: t.at(own), message: `${id}: Properties must be a mapping` });
      continue;
    }
    const fnGlobals = sam ? unignoredGlobals(globals, get(resource, 'IgnoreGlobals')) : undefined;
    const props = sam ? mergeGlobals(fnGlobals, own) : own;
    const packageType = get(props, 'PackageType');
    if (intrinsic(packageType)) {
      unchecked.push({ at: t.at(packageType), message: `${id}: PackageType is ${shown(packageType)}, decided at deploy time; whether it deploys an image was not checked` });
      continue;
    }
    if (str(packageType) !== 'Image') continue;
    const metadata = get(resource, 'Metadata');
    const fn = readFunction(t, id, t.at(idNode), props, metadata, sam, isSam ? 'sam' : kind, problems, unchecked);
    if (fn) {
      const zipOnly = zipOnlySettings(t, props, own, fnGlobals);
      if (zipOnly.length) fn.zipOnly = zipOnly;
      const reserved = [
        ...reservedKeys(variablesOf(own), (n) => t.at(n)),
        ...reservedKeys(variablesOf(fnGlobals), (n) => t.at(n), 'Globals.Function').filter((g) => !get(variablesOf(own), g.name)),
      ];
      if (reserved.length) fn.reservedEnv = reserved;
      const names = [...new Set([...envKeys(variablesOf(own)), ...envKeys(variablesOf(fnGlobals))])];
      if (names.length) fn.envNames = names;
      // SAM's FunctionUrlConfig (InvokeMode BUFFERED by default) and the Web Adapter's mode in the environment.
      const urlConfig = sam ? get(props, 'FunctionUrlConfig') : undefined;
      if (urlConfig && isMap(urlConfig)) fn.urlInvokeMode = invokeModeOf(t, get(urlConfig, 'InvokeMode'), urlConfig);
      const lwa = str(get(variablesOf(props), 'AWS_LWA_INVOKE_MODE'));
      if (lwa !== undefined) fn.adapterInvokeMode = lwa;
      functions.push(fn);
    }
  }
  attachFunctionUrls(t, resources, functions);
  return { functions, problems, unchecked };
}

/** A literal InvokeMode (BUFFERED when not given); undefined for an intrinsic (decided at deploy time). */
function invokeModeOf(t: Template, node: Node | undefined, owner: Node): Located<string> | undefined {
  if (node === undefined) return { value: 'BUFFERED', at: t.at(owner) };
  const mode = str(node);
  return mode === undefined ? undefined : { value: mode.toUpperCase(), at: t.at(node) };
}

/**
 * AWS::Lambda::Url resources: each names its function by TargetFunctionArn (`!GetAtt Fn.Arn`, `!Ref Fn`), and gives
 * the URL's InvokeMode (docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-url.html).
 */
function attachFunctionUrls(t: Template, resources: Node, functions: DeployedFunction[]): void {
  for (const [, , resource] of entries(resources)) {
    if (!resource || !isMap(resource) || str(get(resource, 'Type')) !== 'AWS::Lambda::Url') continue;
    const props = get(resource, 'Properties');
    const target = functionNamed(get(props, 'TargetFunctionArn'));
    const fn = target && functions.find((f) => f.id === target);
    if (fn) fn.urlInvokeMode = invokeModeOf(t, get(props, 'InvokeMode'), resource);
  }
}

/** The logical id a `!GetAtt Fn.Arn`, `Fn::GetAtt: [Fn, Arn]` or `!Ref Fn` names. */
function functionNamed(node: Node | undefined): string | undefined {
  const call = intrinsic(node);
  if (!call || (call.name !== 'Ref' && call.name !== 'Fn::GetAtt')) return undefined;
  const arg = call.arg;
  if (isSeq(arg)) return str((arg.items as Node[])[0]);
  // The short form keeps its tag on the scalar (`!GetAtt Fn.Arn`): its text is the argument.
  const text = isScalar(arg) && typeof arg.value === 'string' ? arg.value : undefined;
  return text?.split('.')[0];
}

export function isSamTemplate(t: Template): boolean {
  const transform = get(t.root, 'Transform');
  const names = isSeq(transform) ? (transform.items as Node[]).map(str) : [str(transform)];
  return names.some((n) => n !== undefined && n.startsWith('AWS::Serverless'));
}

function located<T>(t: Template, node: Node | undefined, value: T | undefined): Located<T> | undefined {
  return value === undefined ? undefined : { value, at: t.at(node) };
}

function readFunction(t: Template, id: string, at: Location, props: Node | undefined, metadata: Node | undefined, sam: boolean, kind: DeployKind, problems: DeployProblem[], unchecked: DeployProblem[]): DeployedFunction | undefined {
  const imageConfig = get(props, 'ImageConfig');
  // An ImageConfig CloudFormation rejects is reported, and the function is not linted as if it had none.
  let badShape = false;
  const overrideUnknown: NonNullable<DeployedFunction['imageConfig']['unresolved']> = [];
  const skipped = (name: string) => `what Lambda runs was not checked (the ${name === 'Command' ? 'handler' : 'launch'} checks are skipped for this function)`;
  const list = (name: 'Command' | 'EntryPoint'): Located<string[]> | undefined => {
    const node = get(imageConfig, name);
    if (!node) return undefined;
    const key = name === 'Command' ? 'command' : 'entryPoint';
    // `!Ref AWS::NoValue` leaves the property out.
    if (isNoValue(node)) return undefined;
    if (intrinsic(node)) {
      overrideUnknown.push(key);
      unchecked.push({ at: t.at(node), message: `${id}: ImageConfig.${name} is ${shown(node)}, not resolved here; ${skipped(name)}` });
      return undefined;
    }
    const value = strList(node);
    if (value === undefined && isSeq(node) && node.items.some((item) => intrinsic(item as Node))) {
      // `Command: [!Ref Handler]`: a list CloudFormation takes, with an entry decided at deploy time.
      overrideUnknown.push(key);
      unchecked.push({ at: t.at(node), message: `${id}: ImageConfig.${name} holds ${shown((node.items as Node[]).find((item) => intrinsic(item)))}, not resolved here; ${skipped(name)}` });
      return undefined;
    }
    if (value === undefined) {
      problems.push({ at: t.at(node), message: `${id}: ImageConfig.${name} must be a list of strings` });
      badShape = true;
      return undefined;
    }
    return { value, at: t.at(node) };
  };
  const wdNode = get(imageConfig, 'WorkingDirectory');
  if (wdNode && intrinsic(wdNode)) {
    overrideUnknown.push('workingDirectory');
    unchecked.push({ at: t.at(wdNode), message: `${id}: ImageConfig.WorkingDirectory is ${shown(wdNode)}, not resolved here; the working directory and handler checks are skipped for this function` });
  }
  const uriNode = sam ? get(props, 'ImageUri') : get(get(props, 'Code'), 'ImageUri');
  const fn: DeployedFunction = {
    id,
    kind,
    templateFile: t.file,
    at,
    buildArgs: strMap(get(metadata, 'DockerBuildArgs')),
    architecture: architecture(t, get(props, 'Architectures'), at),
    imageConfig: { command: list('Command'), entryPoint: list('EntryPoint'), workingDirectory: located(t, wdNode, str(wdNode)), ...(overrideUnknown.length ? { unresolved: overrideUnknown } : {}) },
    imageUri: located(t, uriNode, template(uriNode)),
    built: false,
  };
  if (badShape) return undefined;
  const archNode = get(props, 'Architectures');
  if (archNode && !fn.architecture) {
    const list = strList(archNode);
    unchecked.push({ at: t.at(archNode), message: `${id}: Architectures is ${list ? `[${list.join(', ')}]${sam && list.length > 1 ? ' (SAM appends the function\'s list to Globals\')' : ''}, and Lambda takes exactly one` : shown(archNode)}; the architecture was not checked` });
  }
  const targetNode = get(metadata, 'DockerBuildTarget');
  fn.target = located(t, targetNode, str(targetNode));
  const contextNode = get(metadata, 'DockerContext');
  const dockerfileNode = get(metadata, 'Dockerfile');
  const unresolved = [contextNode, dockerfileNode].find((n) => n !== undefined && intrinsic(n));
  if (unresolved) {
    // `sam build` resolves it from the parameters it is given: this tool does not know which.
    fn.built = true;
    unchecked.push({ at: t.at(unresolved), message: `${id}: ${unresolved === contextNode ? 'DockerContext' : 'Dockerfile'} is ${shown(unresolved)}, not resolved here; the function's Dockerfile was not linted` });
    return fn;
  }
  if (contextNode || dockerfileNode) {
    fn.built = true;
    const base = dirname(t.file);
    const contextValue = str(contextNode) ?? '.';
    const context = under(base, contextValue);
    const dockerfile = under(context, str(dockerfileNode) ?? 'Dockerfile');
    fn.context = { value: context, at: t.at(contextNode ?? dockerfileNode) };
    fn.dockerfile = { value: dockerfile, at: t.at(dockerfileNode ?? contextNode) };
    // Without its Dockerfile the function still gets the deploy checks (LL111, LL204); the problem is an input error.
    if (!isDir(context)) {
      problems.push({ at: t.at(contextNode), message: `${id}: the DockerContext ${context} does not exist` });
      return withoutBuild(fn);
    }
    if (!isFile(dockerfile)) {
      problems.push({ at: t.at(dockerfileNode ?? contextNode), message: `${id}: the Dockerfile ${dockerfile} does not exist` });
      return withoutBuild(fn);
    }
  } else if (kind !== 'cdk' && str(get(metadata, 'aws:asset:path')) !== undefined) {
    return fromCdkAsset(t, id, fn, metadata, unchecked);
  } else if (uriNode && (!fn.imageUri || uriTailUnresolved(fn.imageUri.value)) && kind !== 'cdk') {
    unchecked.push({ at: t.at(uriNode), message: `${id}: ${sam ? 'ImageUri' : 'Code.ImageUri'} is ${shown(uriNode)}, not resolved here; the image it deploys was not checked` });
  } else if (!uriNode && kind !== 'cdk') {
    problems.push({ at, message: `${id}: an Image function needs ${sam ? 'ImageUri or Metadata (DockerContext, Dockerfile) to build it' : 'Code.ImageUri'}` });
    return undefined;
  }
  return fn;
}

/**
 * A template the CDK synthesized, read on its own: its asset metadata names the build, as `sam build` reads it
 * (aws:asset:path, aws:asset:dockerfile-path, aws:asset:docker-build-args; docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-cdk.html).
 */
function fromCdkAsset(t: Template, id: string, fn: DeployedFunction, metadata: Node | undefined, unchecked: DeployProblem[]): DeployedFunction {
  fn.built = true;
  const pathNode = get(metadata, 'aws:asset:path');
  const context = under(dirname(t.file), str(pathNode)!);
  if (!isDir(context)) {
    unchecked.push({ at: t.at(pathNode), message: `${id}: the image is built from the CDK asset ${str(pathNode)}, which is not beside this template; lint the cloud assembly (cdk.out) to have its Dockerfile checked` });
    return fn;
  }
  const dfNode = get(metadata, 'aws:asset:dockerfile-path');
  fn.context = { value: context, at: t.at(pathNode) };
  fn.dockerfile = { value: under(context, str(dfNode) ?? 'Dockerfile'), at: t.at(dfNode ?? pathNode) };
  fn.buildArgs = strMap(get(metadata, 'aws:asset:docker-build-args'));
  if (!isFile(fn.dockerfile.value)) {
    unchecked.push({ at: t.at(dfNode ?? pathNode), message: `${id}: the Dockerfile ${fn.dockerfile.value} of the CDK asset is not there; it was not linted` });
    return withoutBuild(fn);
  }
  return fn;
}

/** The `Environment: Variables:` mapping of a function's (or Globals') properties. */
function variablesOf(props: Node | undefined): Node | undefined {
  return get(get(props, 'Environment'), 'Variables');
}

/** The properties only .zip functions take (the SAM translator's `_validate_package_type_image`, Lambda's CreateFunction). */
const ZIP_ONLY = ['Runtime', 'Handler', 'Layers'] as const;

/**
 * The .zip-only properties an image function sets, with a value that is there for sure: a non-empty string or
 * list, or an intrinsic other than a condition (`!If [...]` may resolve to AWS::NoValue: not known, not reported).
 * `own` tells the function's own properties from what SAM's Globals add.
 */
function zipOnlySettings(t: Template, props: Node | undefined, own: Node | undefined, globals: Node | undefined): ZipOnlySetting[] {
  const out: ZipOnlySetting[] = [];
  for (const name of ZIP_ONLY) {
    const node = get(props, name);
    if (!node || !surelySet(node)) continue;
    const ownNode = get(own, name);
    // A list from both: SAM concatenates them; a finding at the function's own list when it has a non-empty one.
    const fromGlobals = !ownNode || !surelySet(ownNode);
    // At the property's name: a block list's own position is its first item.
    const holder = fromGlobals && get(globals, name) ? globals : fromGlobals ? props : own;
    out.push({ name, at: t.at(keyNode(holder, name) ?? node), fromGlobals });
  }
  return out;
}

function surelySet(node: Node): boolean {
  const fn = intrinsic(node);
  if (fn) return fn.name !== 'Fn::If' && fn.name !== 'Condition' && !isNoValue(node);
  if (isSeq(node)) return node.items.length > 0;
  if (isMap(node)) return node.items.length > 0;
  if (isScalar(node)) return node.value !== null && node.value !== '' && node.value !== false;
  return false;
}

/** The function without the Dockerfile and context it names (they do not exist): linted by its deploy settings only. */
function withoutBuild(fn: DeployedFunction): DeployedFunction {
  const { dockerfile: _d, context: _c, ...rest } = fn;
  return rest;
}

function architecture(t: Template, node: Node | undefined, at: Location): DeployedFunction['architecture'] {
  if (!node) return { value: 'x86_64', at, explicit: false };
  const list = strList(node);
  if (!list || list.length !== 1) return undefined;
  return { value: list[0], at: t.at(node), explicit: true };
}

/** `path` relative to `base`, or `path` itself when it is absolute (as docker build and sam build take them). */
export function under(base: string, path: string): string {
  return isAbsolute(path) ? path : join(base, path);
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A YAML/JSON document is a deploy template when it says so: a format version, a SAM transform, or AWS:: resources. */
export function looksLikeTemplate(t: Template): boolean {
  if (get(t.root, 'AWSTemplateFormatVersion') || isSamTemplate(t)) return true;
  const resources = get(t.root, 'Resources');
  return entries(resources).some(([, , r]) => (str(get(r, 'Type')) ?? '').startsWith('AWS::'));
}

