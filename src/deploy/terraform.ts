/**
 * Image functions of a Terraform configuration (one .tf file, or a folder of .tf files = one configuration):
 * - aws_lambda_function with package_type = "Image": image_uri, architectures, image_config { command,
 *   entry_point, working_directory }. https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function
 * - The AWS SAM CLI's Terraform convention that ties a function to its Dockerfile: a null_resource named
 *   `sam_metadata_...` whose triggers hold resource_name (the function's address), resource_type =
 *   "IMAGE_LAMBDA_FUNCTION", docker_context, docker_file (relative to docker_context, default Dockerfile),
 *   docker_build_args (a JSON object as a string) and docker_tag.
 *   https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/terraform-sam-metadata.html
 * Expressions are resolved only where they are static: `path.module` / `path.root` / `path.cwd`, `local.x` and
 * `var.x` defaults that are literal strings, and `jsonencode({...})` of literals. Anything else stays unknown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDir, isFile, under } from './cloudformation.js';
import { HclError, parseHcl } from './hcl.js';
import { isReservedEnvKey } from './reserved-env.js';
import { TerraformLocator } from './terraform-locate.js';
import { DeployConfigError, uriTailUnresolved, type DeployConfig, type DeployedFunction, type DeployProblem, type ImageConfigOverrides, type Located, type ZipOnlySetting } from './types.js';
import type { Location } from '../core/types.js';

type Json = Record<string, unknown>;
const IMAGE_FUNCTION = 'IMAGE_LAMBDA_FUNCTION';
const SAM_METADATA_PREFIX = 'sam_metadata_';
const MAX_TF_BYTES = 16 * 1024 * 1024;

interface TfFile {
  file: string;
  body: Json;
  locate: TerraformLocator;
}

/** The .tf files of an input: the file itself, or the folder's .tf files (not its subfolders, as Terraform reads them). */
export function terraformFiles(input: string): string[] {
  if (!isDir(input)) return [input];
  return readdirSync(input)
    .filter((f) => f.endsWith('.tf'))
    .sort()
    .map((f) => join(input, f))
    .filter(isFile);
}

export async function readTerraform(input: string): Promise<DeployConfig> {
  const config: DeployConfig = { kind: 'terraform', input, functions: [], problems: [], unchecked: [] };
  const root = isDir(input) ? input : dirname(input);
  await readModule(input, config, { prefix: '', root, args: await variableFiles(root) }, { ancestors: new Set(), count: { reads: 0 }, parsed: new Map() }, 0);
  return config;
}

/**
 * The values the root module's variable files give (Terraform loads terraform.tfvars, terraform.tfvars.json, then
 * *.auto.tfvars and *.auto.tfvars.json in lexical order, each later one winning: developer.hashicorp.com/terraform/
 * language/values/variables#variable-definitions-tfvars-files): literal strings, numbers, booleans, and lists and maps of them;
 * undefined for a value that is not one (unknown here). Undefined when there is no such file.
 */
async function variableFiles(dir: string): Promise<Record<string, TfValue | undefined> | undefined> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  const files = [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => join(dir, n)).filter(isFile);
  if (files.length === 0) return undefined;
  const values: Record<string, TfValue | undefined> = {};
  for (const file of files) {
    let body: Json;
    try {
      if (statSync(file).size > MAX_TF_BYTES) continue;
      const text = readFileSync(file, 'utf8');
      body = file.endsWith('.json') ? (JSON.parse(text) as Json) : await parseHcl(basename(file), text);
    } catch {
      // A variable file this tool cannot read: its values stay the defaults (Terraform would say what is wrong).
      continue;
    }
    for (const [k, v] of Object.entries(body ?? {})) values[k] = literalValue(v);
  }
  return values;
}

/** How deep local module calls are followed (a module calling a module ...), and how many folders in all. */
const MAX_MODULE_DEPTH = 8;
const MAX_MODULES = 64;

/** The parsed .tf files of a configuration or module folder (or one file). */
async function parseFiles(input: string): Promise<TfFile[]> {
  const files: TfFile[] = [];
  for (const file of terraformFiles(input)) {
    let text: string;
    try {
      if (statSync(file).size > MAX_TF_BYTES) throw new DeployConfigError(file, 'is larger than 16 MiB, too large for a Terraform file');
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof DeployConfigError) throw e;
      throw new DeployConfigError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      files.push({ file, body: await parseHcl(basename(file), text), locate: new TerraformLocator(file, text) });
    } catch (e) {
      if (e instanceof HclError) throw new DeployConfigError(file, hclMessage(e.message, basename(file)));
      throw e;
    }
  }
  return files;
}

/**
 * The image functions of one module (the root configuration: prefix ''), and of the local modules it calls
 * (`source = "./app"`, `"../modules/fn"`), as Terraform addresses them (`module.app.aws_lambda_function.api`). The
 * values a module call passes (static ones) are the module's variables. A folder called by several module blocks is
 * read once per call (each is a function of its own); `walk` stops a module that calls itself and caps the reads.
 */
async function readModule(input: string, config: DeployConfig, call: { prefix: string; root: string; args?: Record<string, TfValue | undefined>; rootMetadata?: Map<string, SamMetadata> }, walk: { ancestors: ReadonlySet<string>; count: { reads: number }; parsed: Map<string, Promise<TfFile[]>> }, depth: number): Promise<void> {
  const { prefix } = call;
  const dir = isDir(input) ? input : dirname(input);
  const ancestors = new Set([...walk.ancestors, resolve(dir)]);
  walk.count.reads++;
  // A folder several module blocks call is parsed once; each call reads it with its own values.
  const key = resolve(input);
  if (!walk.parsed.has(key)) walk.parsed.set(key, parseFiles(input));
  const files = await walk.parsed.get(key)!;
  const scope = staticScope(files, dir, call.root, call.args);
  const metadata = await samMetadata(files, scope, call.root);
  // The root configuration's sam_metadata resources may name a function inside a module by its whole address
  // (`resource_name = "module.fn.aws_lambda_function.this"`, as the SAM CLI's Terraform support reads it).
  const rootMetadata = call.rootMetadata ?? metadata;
  const builds = await dockerBuildModules(files, scope, call.root);
  const calls: { dir: string; prefix: string; args: Record<string, TfValue | undefined> }[] = [];
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, 'aws_lambda_function'))) {
      const body = bodies[0];
      if (!body) continue;
      const address = `${prefix}aws_lambda_function.${name}`;
      if (typeof body.package_type === 'string' && body.package_type.includes('${')) {
        const resolved = resolveString(body.package_type, scope);
        if (resolved === undefined) {
          config.unchecked.push({ at: f.locate.attributeAt('resource', ['aws_lambda_function', name], ['package_type']), message: `${address}: package_type is ${body.package_type}, not resolved here; whether it deploys an image was not checked` });
          continue;
        }
        if (resolved !== 'Image') continue;
      } else if (body.package_type !== 'Image') continue;
      const fn = readFunction(f, name, body, scope, config.unchecked, address);
      const env = Array.isArray(body.environment) ? (body.environment[0] as Json | undefined) : undefined;
      // Written out, or a map a variable or local holds (`variables = var.env`, passed by the module call).
      const variables = env ? Object.keys((env.variables && typeof env.variables === 'object' && !Array.isArray(env.variables) ? env.variables : resolveMap(env.variables, scope)) ?? {}) : [];
      const reserved = variables.filter(isReservedEnvKey);
      if (reserved.length) fn.reservedEnv = reserved.map((key) => ({ name: key, at: f.locate.attributeAt('resource', ['aws_lambda_function', name], ['environment', 'variables']) }));
      if (variables.length) fn.envNames = variables;
      const lwa = env ? resolveMap(env.variables, scope)?.AWS_LWA_INVOKE_MODE : undefined;
      if (lwa !== undefined) fn.adapterInvokeMode = lwa;
      const meta = metadata.get(`aws_lambda_function.${name}`) ?? (typeof body.function_name === 'string' ? metadata.get(`aws_lambda_function.${body.function_name}`) : undefined) ?? (prefix ? rootMetadata.get(address) : undefined) ?? builtBy(body.image_uri, builds);
      if (meta && !attachBuild(fn, meta, config)) continue;
      if (!fn.built && !meta && fn.imageUri && uriTailUnresolved(fn.imageUri.value)) config.unchecked.push({ at: fn.imageUri.at, message: `${address}: image_uri is ${fn.imageUri.value}, not resolved here; the image it deploys was not checked` });
      config.functions.push(fn);
    }
    for (const [name, bodies] of Object.entries((f.body.module ?? {}) as Record<string, Json[]>)) {
      const body = bodies[0];
      if (!body) continue;
      const source = typeof body.source === 'string' ? body.source : undefined;
      // A local module (a folder of this repository): read as Terraform reads it.
      const local = source && /^\.\.?\//.test(source) ? join(dir, source).replace(/(.)\/+$/, '$1') : undefined;
      if (local && isDir(local)) {
        if (!ancestors.has(resolve(local)) && depth < MAX_MODULE_DEPTH) calls.push({ dir: local, prefix: `${prefix}module.${name}.`, args: callArguments(body, scope) });
        continue;
      }
      // terraform-aws-modules/lambda/aws deploying the image its docker-build module builds: the function is read
      // from the call's inputs, as the module passes them to aws_lambda_function.
      const build = source && LAMBDA_MODULE.test(source) && resolveString(body.package_type, scope) === 'Image' ? builtBy(body.image_uri, builds) : undefined;
      if (build) {
        const fn = moduleFunction(f, name, body, scope, config.unchecked, `${prefix}module.${name}`);
        if (attachBuild(fn, build, config)) config.functions.push(fn);
        continue;
      }
      // The same module deploying an image named outright (`image_uri = "...:1.0"`): the function's deploy checks
      // (its tag, its settings) apply; its Dockerfile is not known.
      if (source && LAMBDA_MODULE.test(source) && resolveString(body.package_type, scope) === 'Image' && typeof body.image_uri === 'string' && !/^\$\{\s*module\./.test(body.image_uri.trim())) {
        const fn = moduleFunction(f, name, body, scope, config.unchecked, `${prefix}module.${name}`);
        if (fn.imageUri && uriTailUnresolved(fn.imageUri.value)) config.unchecked.push({ at: fn.imageUri.at, message: `${fn.id}: image_uri is ${fn.imageUri.value}, not resolved here; the image it deploys was not checked` });
        config.functions.push(fn);
        continue;
      }
      // A registry or git module that deploys an image function (terraform-aws-modules/lambda/aws with
      // package_type = "Image"): its resources are not here.
      if (body.package_type !== 'Image' && !(typeof body.image_uri === 'string')) continue;
      config.unchecked.push({ at: f.locate.blockAt('module', [name]), message: `${prefix}module.${name}${source ? ` (${source})` : ''} deploys an image function; modules that are not local folders are not read here: lint the Dockerfile it builds directly` });
    }
  }
  attachFunctionUrls(files, config, prefix, scope);
  for (const next of calls) if (walk.count.reads < MAX_MODULES) await readModule(next.dir, config, { prefix: next.prefix, root: call.root, args: next.args, rootMetadata }, { ancestors, count: walk.count, parsed: walk.parsed }, depth + 1);
}

/**
 * aws_lambda_function_url resources: the function by `function_name = aws_lambda_function.x.function_name` (or its
 * arn), and the URL's invoke_mode, BUFFERED when not given (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url).
 */
function attachFunctionUrls(files: TfFile[], config: DeployConfig, prefix: string, scope: Scope): void {
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, 'aws_lambda_function_url'))) {
      const body = bodies[0];
      const m = typeof body?.function_name === 'string' ? /^\$\{\s*aws_lambda_function\.([\w-]+)\.(function_name|arn|id)\s*\}$/.exec(body.function_name.trim()) : null;
      const fn = m && config.functions.find((x) => x.id === `${prefix}aws_lambda_function.${m[1]}`);
      if (!fn) continue;
      const mode = body.invoke_mode === undefined ? 'BUFFERED' : resolveString(body.invoke_mode, scope);
      if (mode !== undefined) fn.urlInvokeMode = { value: mode.toUpperCase(), at: f.locate.attributeAt('resource', ['aws_lambda_function_url', name], [body.invoke_mode === undefined ? 'function_name' : 'invoke_mode']) };
    }
  }
}

/** A module call's arguments in the caller's scope: strings, numbers, booleans, and lists and maps of them, as Terraform passes them; undefined when not static. */
function callArguments(body: Json, scope: Scope): Record<string, TfValue | undefined> {
  const out: Record<string, TfValue | undefined> = {};
  for (const [k, v] of Object.entries(body)) out[k] = typeof v === 'string' ? (resolveList(v, scope) ?? resolveMap(v, scope) ?? resolveString(v, scope)) : (resolveList(v, scope) ?? resolveMap(v, scope) ?? literalValue(v));
  return out;
}

/** HCL's diagnostic, e.g. `[main.tf:2,6-3,1: Invalid expression; ...]` -> `line 2, column 6: Invalid expression; ...`. */
function hclMessage(raw: string, file: string): string {
  const m = /\[?[^:\]]*:(\d+),(\d+)-[\d,]+: ([^\]]+)\]?/.exec(raw.replace(/^parse config: /, ''));
  return m ? `line ${m[1]}, column ${m[2]}: ${m[3].trim()}` : raw.replace(/^parse config: /, '').replace(file, '').trim();
}

function blocks(body: Json, type: string): Record<string, Json[]> {
  const resources = (body.resource ?? {}) as Record<string, Record<string, Json[]>>;
  return resources[type] ?? {};
}

/**
 * A static value: a string (numbers and booleans as Terraform converts them), a list of strings or a map of strings
 * (a list or map of literals: `default = ["app.handler"]`, `build_args = { A = "1" }`).
 */
type TfValue = string | readonly string[] | Readonly<Record<string, string>>;
type Scope = Map<string, TfValue>;

/** A literal value as a TfValue; undefined when it is not static (holds `${...}`) or not of those shapes. */
function literalValue(v: unknown): TfValue | undefined {
  const scalar = (x: unknown) => (typeof x === 'string' ? (x.includes('${') ? undefined : x) : typeof x === 'number' || typeof x === 'boolean' ? String(x) : undefined);
  if (Array.isArray(v)) {
    const items = v.map(scalar);
    return items.every((x) => x !== undefined) ? (items as string[]) : undefined;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, scalar(x)] as const);
    return entries.every(([, x]) => x !== undefined) ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
  }
  return scalar(v);
}

/**
 * The static values of a module: `path.*`, literal locals, and each variable's value: what the module call passes
 * (`args`, for a module read through its call, resolved in the caller's scope; undefined: not static), otherwise its
 * literal default.
 */
function staticScope(files: TfFile[], dir: string, root = dir, args?: Record<string, TfValue | undefined>): Scope {
  const scope = new Map<string, TfValue>([
    ['path.module', dir],
    ['path.root', root],
    ['path.cwd', '.'],
  ]);
  for (const f of files) {
    for (const locals of (f.body.locals ?? []) as Json[]) {
      for (const [k, v] of Object.entries(locals)) {
        const value = typeof v === 'string' ? v : literalValue(v);
        if (value !== undefined) scope.set(`local.${k}`, value);
      }
    }
    for (const [k, vs] of Object.entries((f.body.variable ?? {}) as Record<string, Json[]>)) {
      const d = args && k in args ? args[k] : vs[0]?.default;
      const value = typeof d === 'string' ? d : literalValue(d);
      if (value !== undefined) scope.set(`var.${k}`, value);
    }
  }
  return scope;
}

/** Resolves `${path.module}/x` and `${local.y}`; undefined when any part is not static. */
export function resolveString(value: unknown, scope: Scope, depth = 0): string | undefined {
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (!value.includes('${')) return value;
  if (value.includes('${abspath(')) {
    const replaced = replaceAbspath(value, scope, depth);
    return replaced === undefined || depth > 4 ? undefined : resolveString(replaced, scope, depth + 1);
  }
  let unresolved = false;
  const out = value.replace(/\$\{\s*([\w.-]+)\s*\}/g, (_, ref: string) => {
    const v = scope.get(ref);
    const r = typeof v === 'string' && depth < 4 ? resolveString(v, scope, depth + 1) : undefined;
    if (r === undefined) unresolved = true;
    return r ?? '';
  });
  return unresolved || out.includes('${') ? undefined : out;
}

/**
 * `${abspath(X)}` replaced by the absolute path: X a quoted template (`abspath("${path.root}/../app")`) or a reference
 * (`abspath(path.module)`), relative to the root configuration's folder as Terraform reads it (developer.hashicorp.com/
 * terraform/language/functions/abspath); undefined when X is not static.
 */
function replaceAbspath(value: string, scope: Scope, depth: number): string | undefined {
  let out = '';
  let i = 0;
  for (let at = value.indexOf('${abspath(', i); at >= 0; at = value.indexOf('${abspath(', i)) {
    out += value.slice(i, at);
    // The call's argument runs to the parenthesis that closes it (strings and nested ${...} skipped).
    let j = at + '${abspath('.length;
    let parens = 1;
    let quoted = false;
    let braces = 0;
    for (; j < value.length && parens > 0; j++) {
      const c = value[j];
      if (c === '"' && value[j - 1] !== '\\' && braces === 0) quoted = !quoted;
      else if (c === '{' && value[j - 1] === '$') braces++;
      else if (c === '}' && braces > 0) braces--;
      else if (!quoted && braces === 0 && c === '(') parens++;
      else if (!quoted && braces === 0 && c === ')') parens--;
    }
    if (parens !== 0 || value[j] !== '}') return undefined;
    const arg = value.slice(at + '${abspath('.length, j - 1).trim();
    const inner = /^"[\s\S]*"$/.test(arg) ? resolveString(arg.slice(1, -1), scope, depth + 1) : /^[\w.-]+$/.test(arg) ? resolveString(`\${${arg}}`, scope, depth + 1) : undefined;
    if (inner === undefined) return undefined;
    // Made from path.module / path.root: already a path from here; any other relative path is from the root folder.
    const root = scope.get('path.root');
    out += /\bpath\.(module|root)\b/.test(arg) ? resolve(inner) : resolve(typeof root === 'string' ? root : '.', inner);
    i = j + 1;
  }
  return out + value.slice(i);
}

/** The value a whole-reference string names (`${var.command}`, `${local.cmd}`), undefined for anything else. */
function referenced(value: unknown, scope: Scope): TfValue | undefined {
  const m = typeof value === 'string' ? /^\$\{\s*((?:var|local)\.[\w-]+)\s*\}$/.exec(value.trim()) : null;
  return m ? scope.get(m[1]) : undefined;
}

/** A list of strings: written out (each item resolved) or a variable or local that holds one; undefined when not static. */
export function resolveList(value: unknown, scope: Scope): string[] | undefined {
  const v = Array.isArray(value) ? value : referenced(value, scope);
  if (!Array.isArray(v)) return undefined;
  const items = v.map((x: unknown) => resolveString(x, scope));
  return items.every((x) => x !== undefined) ? (items as string[]) : undefined;
}

/** A map of strings: written out (each value resolved; others left out) or a variable or local that holds one. */
function resolveMap(value: unknown, scope: Scope): Record<string, string> | undefined {
  const v = value && typeof value === 'object' && !Array.isArray(value) ? value : referenced(value, scope);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    const r = resolveString(x, scope);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

/** A URI with its non-static parts kept as `${...}` (enough to see a `:latest` tag). */
function uriText(value: unknown, scope: Scope): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.replace(/\$\{\s*([\w.-]+)\s*\}/g, (whole, ref: string) => resolveString(scope.get(ref), scope) ?? whole);
}

/**
 * `architectures` as Lambda reads it: one value, Lambda's default x86_64 when absent, undefined when not static. A
 * variable's value (a default, a variable file) counts: `architectures = [var.arch]`.
 */
function architectureOf(archs: unknown, scope: Scope, at: Location, where: () => Location): DeployedFunction['architecture'] {
  if (archs === undefined) return { value: 'x86_64', at, explicit: false };
  const arch = Array.isArray(archs) && archs.length === 1 ? resolveString(archs[0], scope) : undefined;
  return arch !== undefined ? { value: arch, at: where(), explicit: true } : undefined;
}

function readFunction(f: TfFile, name: string, body: Json, scope: Scope, unchecked: DeployProblem[], address: string): DeployedFunction {
  const labels = ['aws_lambda_function', name];
  const at = f.locate.blockAt('resource', labels);
  const where = (...path: string[]) => f.locate.attributeAt('resource', labels, path);
  const ic = (Array.isArray(body.image_config) ? body.image_config[0] : undefined) as Json | undefined;
  const overrides = imageConfigReader(ic, scope, unchecked, address, (key) => where('image_config', key), { command: 'command', entryPoint: 'entry_point', workingDirectory: 'working_directory' });
  // `dynamic "image_config"`: whether it is there and what it holds is decided at plan time (its for_each).
  const dynamic = (body.dynamic as Json | undefined)?.image_config;
  if (dynamic !== undefined && ic === undefined) {
    overrides.unresolved = ['command', 'entryPoint', 'workingDirectory'];
    unchecked.push({ at: where('dynamic'), message: `${address}: image_config is a dynamic block, decided at plan time; ${SKIPPED_LAUNCH}` });
  }
  const architecture = architectureOf(body.architectures, scope, at, () => where('architectures'));
  const uri = uriText(body.image_uri, scope);
  const zipOnly = zipOnlyAttributes(body, scope, where);
  return {
    id: address,
    kind: 'terraform',
    templateFile: f.file,
    at,
    buildArgs: {},
    architecture,
    imageConfig: overrides,
    imageUri: uri !== undefined ? { value: uri, at: where('image_uri') } : undefined,
    built: false,
    ...(zipOnly.length ? { zipOnly } : {}),
  };
}

/**
 * runtime, handler and layers set on an image function, with a value that is there for sure (a string or a non-empty
 * list, written out or held by a variable or local; `null` and a conditional are not): CreateFunction rejects them
 * for PackageType Image (docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html).
 */
function zipOnlyAttributes(body: Json, scope: Scope, where: (...path: string[]) => Location): ZipOnlySetting[] {
  const out: ZipOnlySetting[] = [];
  for (const [key, name] of [['runtime', 'Runtime'], ['handler', 'Handler'], ['layers', 'Layers']] as const) {
    const v = body[key];
    if (v === undefined || v === null) continue;
    const set = key === 'layers' ? (resolveList(v, scope)?.length ?? 0) > 0 : (resolveString(v, scope) ?? '') !== '';
    if (set) out.push({ name, at: where(key), fromGlobals: false });
  }
  return out;
}

const SKIPPED_LAUNCH = 'what Lambda runs was not checked (the handler and launch checks are skipped for this function)';

/**
 * ImageConfig's three overrides from a block (`image_config { ... }`) or a module's inputs (`image_config_command`):
 * a list written out or held by a variable or local; a value that is there but not static (a variable without a
 * default, an expression) is unknown: the checks of what Lambda runs are skipped and the run says so.
 */
function imageConfigReader(body: Json | undefined, scope: Scope, unchecked: DeployProblem[], address: string, where: (key: string) => Location, keys: { command: string; entryPoint: string; workingDirectory: string }): ImageConfigOverrides {
  const out: ImageConfigOverrides = {};
  const unknown = (what: 'command' | 'entryPoint' | 'workingDirectory', key: string) => {
    (out.unresolved ??= []).push(what);
    unchecked.push({ at: where(key), message: `${address}: ${key} is ${String(body![key])}, not resolved here; ${SKIPPED_LAUNCH}` });
  };
  for (const what of ['command', 'entryPoint'] as const) {
    const key = keys[what];
    if (body?.[key] === undefined || body[key] === null) continue;
    const value = resolveList(body[key], scope);
    if (value) out[what] = { value, at: where(key) };
    else unknown(what, key);
  }
  const wdKey = keys.workingDirectory;
  if (body?.[wdKey] !== undefined && body[wdKey] !== null) {
    const wd = resolveString(body[wdKey], scope);
    if (wd !== undefined) out.workingDirectory = { value: wd, at: where(wdKey) };
    else unknown('workingDirectory', wdKey);
  }
  return out;
}

/**
 * A function created by terraform-aws-modules/lambda/aws, from the module call's inputs (architectures,
 * image_config_command / _entry_point / _working_directory, environment_variables, image_uri).
 */
function moduleFunction(f: TfFile, name: string, body: Json, scope: Scope, unchecked: DeployProblem[], address: string): DeployedFunction {
  const at = f.locate.blockAt('module', [name]);
  const where = (key: string) => f.locate.attributeAt('module', [name], [key]);
  const overrides = imageConfigReader(body, scope, unchecked, address, where, { command: 'image_config_command', entryPoint: 'image_config_entry_point', workingDirectory: 'image_config_working_directory' });
  const architecture = architectureOf(body.architectures, scope, at, () => where('architectures'));
  const env = body.environment_variables && typeof body.environment_variables === 'object' && !Array.isArray(body.environment_variables) ? Object.keys(body.environment_variables) : [];
  const reserved = env.filter(isReservedEnvKey);
  const uri = uriText(body.image_uri, scope);
  return {
    id: address,
    kind: 'terraform',
    templateFile: f.file,
    at,
    buildArgs: {},
    architecture,
    imageConfig: overrides,
    imageUri: uri !== undefined ? { value: uri, at: where('image_uri') } : undefined,
    built: false,
    ...(reserved.length ? { reservedEnv: reserved.map((key) => ({ name: key, at: where('environment_variables') })) } : {}),
    ...(env.length ? { envNames: env } : {}),
  };
}

/** Where a function's image is built: SAM's sam_metadata_ resource, or a docker-build module call. */
interface SamMetadata {
  file: TfFile;
  /** How messages name it: `sam_metadata_aws_lambda_function_x`, `module.docker_image`. */
  label: string;
  /** The names of its context and Dockerfile settings, for messages. */
  keys: { context: string; dockerfile: string };
  at: { context: Location; dockerfile: Location };
  context?: string;
  contextRaw: unknown;
  dockerfile: string;
  buildArgs: Record<string, string>;
  platform?: Located<string>;
}

/**
 * terraform-aws-modules/lambda's docker-build module (registry or git source): it builds `docker_file_path` (default
 * Dockerfile) in `source_path` and pushes it; `module.<name>.image_uri` is the image
 * (github.com/terraform-aws-modules/terraform-aws-lambda/tree/master/modules/docker-build).
 */
const DOCKER_BUILD_MODULE = /terraform-aws-modules\/lambda\/aws\/\/modules\/docker-build|terraform-aws-lambda(\.git)?\/\/modules\/docker-build/;
/** The same project's main module, which creates the function itself (`package_type = "Image"`, `image_uri = ...`). */
const LAMBDA_MODULE = /^(registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws(\?.*)?$|terraform-aws-lambda(\.git)?(\?ref=[^/]*)?$/;

/** The docker-build module calls of these files, by module name. */
async function dockerBuildModules(files: TfFile[], scope: Scope, root: string): Promise<Map<string, SamMetadata>> {
  const out = new Map<string, SamMetadata>();
  for (const f of files) {
    for (const [name, bodies] of Object.entries((f.body.module ?? {}) as Record<string, Json[]>)) {
      const body = bodies[0];
      if (!body || typeof body.source !== 'string' || !DOCKER_BUILD_MODULE.test(body.source)) continue;
      const where = (key: string) => f.locate.attributeAt('module', [name], [key]);
      const platform = resolveString(body.platform, scope);
      const args = resolveMap(body.build_args, scope);
      out.set(name, {
        file: f,
        label: `module.${name}`,
        keys: { context: 'source_path', dockerfile: 'docker_file_path' },
        at: { context: where('source_path'), dockerfile: where(body.docker_file_path === undefined ? 'source_path' : 'docker_file_path') },
        context: anchored(body.source_path, resolveString(body.source_path, scope), root),
        contextRaw: body.source_path,
        dockerfile: resolveString(body.docker_file_path, scope) ?? 'Dockerfile',
        buildArgs: args ?? (typeof body.build_args === 'string' ? await buildArgs(body.build_args) : {}),
        ...(platform ? { platform: { value: platform, at: where('platform') } } : {}),
      });
    }
  }
  return out;
}

/** The docker-build module whose image a function deploys (`image_uri = module.<name>.image_uri`). */
function builtBy(imageUri: unknown, builds: Map<string, SamMetadata>): SamMetadata | undefined {
  const m = typeof imageUri === 'string' ? /^\$\{\s*module\.([\w-]+)\.image_uri\s*\}$/.exec(imageUri.trim()) : null;
  return m ? builds.get(m[1]) : undefined;
}

/**
 * A build folder as Terraform and the SAM CLI read it: a plain relative path is relative to the root configuration's
 * folder (where `terraform apply` runs), whatever folder this tool runs in; one made from path.module or path.root
 * is already anchored.
 */
function anchored(raw: unknown, resolved: string | undefined, root: string): string | undefined {
  if (resolved === undefined || resolved.startsWith('/') || (typeof raw === 'string' && /\$\{\s*path\.(module|root)\b/.test(raw))) return resolved;
  // Made from a local or variable that holds path.module or path.root: it starts with the configuration's folder.
  if (root !== '.' && (resolved === root || resolved.startsWith(`${root}/`))) return resolved;
  return join(root, resolved);
}

async function samMetadata(files: TfFile[], scope: Scope, root: string): Promise<Map<string, SamMetadata>> {
  const out = new Map<string, SamMetadata>();
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, 'null_resource'))) {
      if (!name.startsWith(SAM_METADATA_PREFIX)) continue;
      const triggers = (bodies[0]?.triggers ?? {}) as Json;
      if (triggers.resource_type !== IMAGE_FUNCTION || typeof triggers.resource_name !== 'string') continue;
      // An instance key (`this[0]`) names the one function this tool reads for the block.
      out.set(triggers.resource_name.replace(/\[[^\]]*\]/g, ''), {
        file: f,
        label: name,
        keys: { context: 'docker_context', dockerfile: 'docker_file' },
        at: { context: f.locate.attributeAt('resource', ['null_resource', name], ['triggers', 'docker_context']), dockerfile: f.locate.attributeAt('resource', ['null_resource', name], ['triggers', 'docker_file']) },
        context: anchored(triggers.docker_context, resolveString(triggers.docker_context, scope), root),
        contextRaw: triggers.docker_context,
        dockerfile: resolveString(triggers.docker_file, scope) ?? 'Dockerfile',
        buildArgs: await buildArgs(triggers.docker_build_args),
      });
    }
  }
  return out;
}

/**
 * docker_build_args: a JSON object as a string, a literal or `jsonencode({...})` (hcl2json keeps that call as
 * `${jsonencode(...)}`; its argument is parsed again by the HCL parser as the value of an attribute).
 */
async function buildArgs(value: unknown): Promise<Record<string, string>> {
  if (typeof value !== 'string') return {};
  const call = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(value.trim());
  let parsed: unknown;
  try {
    parsed = call ? (await parseHcl('docker_build_args.tf', `args = ${call[1]}\n`)).args : JSON.parse(value);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed as Json).filter(([, v]) => typeof v === 'string' && !v.includes('${')) as [string, string][]);
}

/** Ties the function to its Dockerfile; false (with a problem) when the named context or Dockerfile does not exist. */
function attachBuild(fn: DeployedFunction, meta: SamMetadata, config: DeployConfig): boolean {
  const { problems } = config;
  const ctxAt = meta.at.context;
  const dfAt = meta.at.dockerfile;
  if (meta.context === undefined) {
    // A variable without a default, an expression: known at plan time. The function keeps its deploy checks.
    config.unchecked.push({ at: ctxAt, message: `${fn.id}: the ${meta.keys.context} ${JSON.stringify(meta.contextRaw ?? null)} of ${meta.label} is not resolved here; the function's Dockerfile was not linted` });
    return true;
  }
  const dockerfile = under(meta.context, meta.dockerfile);
  // `built` stays false: terraform apply deploys image_uri as written, whatever sam build made locally.
  fn.context = { value: meta.context, at: ctxAt };
  fn.dockerfile = { value: dockerfile, at: dfAt };
  fn.buildArgs = meta.buildArgs;
  if (meta.platform) fn.platform = meta.platform;
  if (!isDir(meta.context)) {
    problems.push({ at: ctxAt, message: `${fn.id}: the ${meta.keys.context} ${meta.context} does not exist` });
    return false;
  }
  if (!isFile(dockerfile)) {
    problems.push({ at: dfAt, message: `${fn.id}: the Dockerfile ${dockerfile} does not exist` });
    return false;
  }
  return true;
}
