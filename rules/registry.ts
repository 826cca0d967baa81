/** The registry: every rule (rules/index.ts is generated from the rule files) and the lookup by code or name. */
import { ruleFinder } from '../src/engine/runner.js';
import type { Rule } from '../src/engine/rule-kit.js';
import { rules } from './index.js';

export const RULES: readonly Rule[] = rules;

/** A rule by code (LL201) or name (base-image-unpinned), case-insensitive. */
export const findRule: (id: string) => Rule | undefined = ruleFinder(RULES);
