/**
 * Configuration: `.lint-lambda-image.yaml` / `.yml` / `.json`, found upward from each linted file
 * (or given with --config), validated against schema/config.schema.json, which is generated from
 * rule metadata (configSchema below).
 */
import { closest } from '../core/closest.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { formatLimit, LIMITS } from '../core/limits.js';
import { statInput } from '../core/stat-memo.js';
import { dirname, join, resolve } from 'node:path';
import { SIZE_PATTERN } from '../core/sizes.js';
import type { Severity, Threshold } from '../core/types.js';

/** A configuration key that a rule owns: its JSON Schema and default live in the rule (rule-kit `options`). */
export interface RuleOptionSpec {
  description: string;
  schema: Record<string, unknown>;
  default?: unknown;
}

/** What the configuration needs to know of a rule: its code, its name and the options it owns. */
export interface RuleId {
  code: string;
  name: string;
  options?: Record<string, RuleOptionSpec>;
}

export interface Config {
  ignore?: string[];
  rules?: Record<string, Severity | 'off'>;
  'failure-threshold'?: Threshold;
  'build-args'?: Record<string, string>;
  /**
   * Judge the Dockerfiles as Lambda images (true), never (false), or decide from evidence in each file
   * (absent). The --lambda / --no-lambda flags and callers that know the deploy target set it.
   */
  lambda?: boolean;
  /** Files to leave out: globs relative to the configuration file's folder (`legacy/**`, `**\/Dockerfile.dev`). */
  exclude?: string[];
  /** Size and cold-start estimates in the default output: true (the full block), false (none); default: full for one input, one line each for several. */
  estimates?: boolean;
  /** Options that rules own (size-budget of LL303, trusted-registries of LL201 ...): see each rule's `options`. */
  [ruleOption: string]: unknown;
}

export const CONFIG_FILES = ['.lint-lambda-image.yaml', '.lint-lambda-image.yml', '.lint-lambda-image.json'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** The JSON Schema of the configuration file, from the rules' codes and names. */
export function configSchema(rules: readonly RuleId[]): Record<string, unknown> {
  const ids = rules.flatMap((r) => [r.code, r.name]);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/lint-lambda-image/lint-lambda-image/schema/config.schema.json',
    title: 'lint-lambda-image configuration',
    description: 'Configuration of lint-lambda-image (.lint-lambda-image.yaml, .yml or .json). Generated from rule metadata.',
    type: 'object',
    additionalProperties: false,
    properties: {
      ignore: {
        description: 'Rules to turn off, by code (LL201) or name (base-image-unpinned).',
        type: 'array',
        items: { enum: ids },
        uniqueItems: true,
      },
      rules: {
        description: 'Per-rule severity: error, warning (or warn, as in ESLint), info, or off.',
        type: 'object',
        propertyNames: { enum: ids },
        additionalProperties: { enum: ['error', 'warning', 'warn', 'info', 'off'] },
      },
      'failure-threshold': {
        description: 'Lowest severity that makes the run fail (exit 1).',
        enum: ['error', 'warning', 'info', 'none'],
      },
      'build-args': {
        description: 'Build arguments, as --build-arg gives them.',
        type: 'object',
        additionalProperties: { type: 'string' },
      },
      exclude: {
        description: 'Files to leave out, as globs relative to this configuration file (legacy/**, **/Dockerfile.dev, tools/*.Dockerfile); applies to folders and globs given on the command line or to the Action, and to files named explicitly (pre-commit passes them so).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      estimates: {
        description: 'Size and cold-start estimates in the default (stylish) output: true shows the full block for every input, false none; absent: the full block for one input, one line per input for several. --estimates / --no-estimates override it.',
        type: 'boolean',
      },
      ...ruleOptionProperties(rules),
      lambda: {
        description: 'true: judge every Dockerfile as a Lambda image; false: never apply the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110). Absent: decide per file from evidence (an AWS Lambda base image, a runtime interface client, LAMBDA_TASK_ROOT, a handler CMD, a bootstrap ...).',
        type: 'boolean',
      },
    },
  };
}

/** The configuration keys the rules own, each described with the rule that reads it. */
function ruleOptionProperties(rules: readonly RuleId[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of rules) {
    for (const [key, spec] of Object.entries(r.options ?? {})) out[key] = { description: `${spec.description} (${r.code} ${r.name})`, ...spec.schema };
  }
  return out;
}

/** The value of each option a rule owns: from the configuration, else the rule's default. */
export function optionsOf(rule: RuleId, config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(rule.options ?? {})) out[key] = config[key] ?? spec.default;
  return out;
}

/**
 * Finds the nearest configuration file upward from `start` (a file or folder). With `memo` (folder -> the
 * answer for that folder, null for none), each folder is looked at once however many files below it ask: a
 * run over 200 Dockerfiles in sibling folders checks their common parents once, not 200 times. The memo keeps
 * the start path's answer too: a file asked about twice (whether it is excluded, then its lint) is not looked at again.
 */
export function findConfig(start: string, memo?: Map<string, string | null>): string | undefined {
  const from = resolve(start);
  // A file asked about again (its folder's answer is known, but telling a file from a folder takes a stat).
  const asked = memo?.get(from);
  if (asked !== undefined) return asked ?? undefined;
  let dir = from;
  try {
    if (!statInput(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  const walked: string[] = [];
  let found: string | null = null;
  for (;;) {
    const known = memo?.get(dir);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(dir);
    const here = CONFIG_FILES.map((name) => join(dir, name)).find((candidate) => existsSync(candidate));
    if (here) {
      found = here;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (memo) {
    for (const d of walked) memo.set(d, found);
    memo.set(from, found);
  }
  return found ?? undefined;
}

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: Record<string, unknown>; keyword: string }[] | null };
let validator: Validator | undefined;

async function getValidator(rules: readonly RuleId[]): Promise<Validator> {
  if (validator) return validator;
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  validator = ajv.compile(configSchema(rules)) as Validator;
  return validator;
}

/**
 * Loads and validates a configuration file. Throws ConfigError with one clear line. With `cache` (path -> load),
 * a file is read once per cache: the Linter keeps one per instance, as ESLint does, so a program that embeds
 * the library sees an edited configuration through a new Linter.
 */
export function loadConfig(file: string, rules: readonly RuleId[], cache?: Map<string, Promise<Config>>): Promise<Config> {
  const key = resolve(file);
  let p = cache?.get(key);
  if (!p) {
    p = readConfig(file, rules);
    cache?.set(key, p);
  }
  return p;
}

/** Depth and key count of parsed data, without recursion (a value 5,000 levels deep must not overflow). */
function measureShape(data: unknown): { depth: number; keys: number } {
  let depth = 0;
  let keys = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > depth) depth = d;
    if (depth > LIMITS.maxNesting || keys > LIMITS.maxConfigKeys) break;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (!Array.isArray(v)) keys += children.length;
    for (const c of children) stack.push([c, d + 1]);
  }
  return { depth, keys };
}

async function readConfig(file: string, rules: readonly RuleId[]): Promise<Config> {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new ConfigError(file, 'the configuration is not a regular file');
    if (st.size > LIMITS.maxConfigBytes) throw new ConfigError(file, `the configuration is ${st.size} bytes, larger than the ${formatLimit(LIMITS.maxConfigBytes)} limit`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(file, `cannot read the configuration (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    if (file.endsWith('.json')) data = JSON.parse(text);
    else {
      // The bundle may expose the CommonJS build of yaml as a default export only.
      const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
      const parse = yaml.parse ?? yaml.default!.parse;
      data = parse(text);
    }
  } catch (e) {
    if (e instanceof RangeError || /call stack/i.test(String((e as Error)?.message))) throw new ConfigError(file, `is nested too deeply to read (limit: ${LIMITS.maxNesting} levels)`);
    throw new ConfigError(file, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${String((e as Error).message).split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  const shape = measureShape(data);
  if (shape.depth > LIMITS.maxNesting) throw new ConfigError(file, `is nested ${shape.depth} levels deep, more than the ${LIMITS.maxNesting} limit`);
  if (shape.keys > LIMITS.maxConfigKeys) throw new ConfigError(file, `has more than ${LIMITS.maxConfigKeys} keys (limit)`);
  const validate = await getValidator(rules);
  const written = data;
  data = ruleIdsNormalized(data);
  if (!validate(data)) {
    // An unknown key under rules: gives an enum error (with propertyName) and a propertyNames error; name the key.
    const errors = validate.errors!;
    const err = errors.find((e) => e.keyword === 'propertyNames') ?? errors[0];
    throw new ConfigError(file, describeError(err, rules, written));
  }
  return normalize(data as Config);
}

/** `warn` is accepted as ESLint users write it, and means `warning`. */
function normalize(config: Config): Config {
  if (!config.rules) return config;
  const rules = Object.fromEntries(Object.entries(config.rules as Record<string, string>).map(([k, v]) => [k, v === 'warn' ? 'warning' : v])) as Config['rules'];
  return { ...config, rules };
}

/** Rule codes and names as the CLI takes them, in any letter case (`ll301`, `Cache-Leftover`): written as the rules are. */
function ruleIdsNormalized(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const d = data as Record<string, unknown>;
  const id = (v: unknown) => (typeof v !== 'string' ? v : /^ll\d{3}$/i.test(v) ? v.toUpperCase() : /^[a-z0-9-]+$/i.test(v) ? v.toLowerCase() : v);
  const out: Record<string, unknown> = { ...d };
  if (Array.isArray(d.ignore)) out.ignore = d.ignore.map(id);
  if (d.rules && typeof d.rules === 'object' && !Array.isArray(d.rules)) out.rules = Object.fromEntries(Object.entries(d.rules as Record<string, unknown>).map(([k, v]) => [id(k) as string, v]));
  return out;
}

/** The value at a JSON pointer of the configuration (for a message that names what was written). */
function valueAt(data: unknown, pointer: string): unknown {
  let v: unknown = data;
  for (const part of pointer.split('/').slice(1)) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** The rule code or name closest to what was written, when one is close (a typo: LL3O1, base-image-unpined). */
function closestRule(written: string, rules: readonly RuleId[]): string | undefined {
  return closest(written, rules.flatMap((r) => [r.code, r.name]));
}

/** What a type error means in this file's words, with an example of what to write. */
const TYPE_HINTS: Readonly<Record<string, string>> = {
  ignore: 'must be a list of rule codes or names, e.g. ignore: [LL301, base-image-unpinned]',
  exclude: 'must be a list of globs, e.g. exclude: ["legacy/**"]',
  'build-args': 'must be a map of names to values, e.g. build-args: { PY: "3.12" }',
  rules: 'must be a map of rules to severities, e.g. rules: { LL201: warning }',
};

function describeError(err: NonNullable<Validator['errors']>[number], rules: readonly RuleId[], data: unknown): string {
  const path = err.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
  const written = valueAt(data, err.instancePath);
  const quoted = typeof written === 'string' ? `"${written}"` : JSON.stringify(written);
  const didYouMean = (w: unknown) => {
    const near = typeof w === 'string' ? closestRule(w, rules) : undefined;
    return near ? ` (did you mean ${near}?)` : '';
  };
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(err.params.additionalProperty)}"${path === '(top level)' ? '' : ` in ${path}`}; allowed: ${path === '(top level)' ? Object.keys(configSchema(rules).properties as object).join(', ') : 'see schema/config.schema.json'}`;
    case 'enum':
      if (path.startsWith('ignore')) return `ignore: unknown rule ${quoted}${didYouMean(written)}; use a code (${rules[0]?.code}) or a name (${rules[0]?.name}); see --list-rules`;
      if (path.startsWith('rules.')) return `${path}: ${quoted} must be one of error, warning, info, off (warn means warning)`;
      return `${path}: ${quoted} must be one of ${(err.params.allowedValues as string[]).join(', ')}`;
    case 'propertyNames':
      return `rules: unknown rule "${String(err.params.propertyName)}"${didYouMean(err.params.propertyName)}; use a code (${rules[0]?.code}) or a name (${rules[0]?.name}), see --list-rules`;
    case 'pattern':
      return err.params.pattern === SIZE_PATTERN ? `${path}: ${quoted} is not a size; write one such as 500MB or 2GB` : `${path}: ${err.message ?? 'invalid'}`;
    case 'type':
      if (TYPE_HINTS[path]) return `${path} ${TYPE_HINTS[path]} (found ${quoted})`;
      if (err.params.type === 'boolean') return `${path} must be true or false (found ${quoted})`;
      return `${path}: ${err.message ?? 'invalid'} (found ${quoted})`;
    default:
      return `${path}: ${err.message ?? 'invalid'}`;
  }
}
