/**
 * Environment variables a deploy configuration gives a function whose keys Lambda reserves: CreateFunction and
 * UpdateFunctionConfiguration reject them ("Lambda was unable to configure your environment variables because the
 * environment variables you have provided contains reserved keys ... Reserved keys used in this request: AWS_REGION").
 * The keys: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
import { isSeq, type Node } from 'yaml';
import type { Location } from '../core/types.js';
import { RESERVED_ENV } from '../knowledge/reserved-env.js';
import { entries, intrinsic, isNoValue } from './cfn-yaml.js';
import type { ReservedEnvSetting } from './types.js';

const RESERVED = new Set(RESERVED_ENV.map((e) => e.name));

export function isReservedEnvKey(name: string): boolean {
  return RESERVED.has(name);
}

/** The reserved keys of an environment mapping (YAML), located at each key. A value `!Ref AWS::NoValue` leaves it out; `!If` may. */
export function reservedKeys(vars: Node | undefined, at: (n: Node) => Location, from?: ReservedEnvSetting['from']): ReservedEnvSetting[] {
  const out: ReservedEnvSetting[] = [];
  for (const [name, key, value] of entries(vars)) {
    if (!RESERVED.has(name) || noValue(value)) continue;
    out.push({ name, at: at(key), ...(from ? { from } : {}) });
  }
  return out;
}

/**
 * `!Ref AWS::NoValue` (or `{Ref: AWS::NoValue}`): CloudFormation leaves the variable out; an `!If` with such a branch
 * may: not known, not reported. An `!If` whose branches are both values sets the key either way.
 */
function noValue(value: Node | undefined): boolean {
  const fn = intrinsic(value);
  if (fn?.name === 'Fn::If') return !isSeq(fn.arg) || fn.arg.items.slice(1).some((b) => noValue(b as Node));
  return isNoValue(value);
}

/** The keys an environment mapping (YAML) sets with a value (not `!Ref AWS::NoValue`). */
export function envKeys(vars: Node | undefined): string[] {
  const out: string[] = [];
  for (const [name, , value] of entries(vars)) if (!noValue(value)) out.push(name);
  return out;
}
