/** `explain <rule>` and `--list-rules`. */
import type { ChalkInstance } from 'chalk';
import type { Rule } from '../engine/rule-kit.js';

export function listRules(rules: readonly Rule[], chalk: ChalkInstance): string {
  const w = Math.max(...rules.map((r) => r.name.length));
  const lines = rules.map((r) => `${chalk.bold(r.code)}  ${r.name.padEnd(w)}  ${r.severity.padEnd(7)}  ${firstSentence(r.docs.what)}`);
  return `${lines.join('\n')}\n`;
}

export function explainRule(rule: Rule, chalk: ChalkInstance): string {
  const out = [
    `${chalk.bold(`${rule.code} ${rule.name}`)}  (${rule.severity}, since ${rule.since}${rule.sameAs?.length ? `, same as ${rule.sameAs.join(', ')}` : ''})`,
    '',
    chalk.bold('What it does'),
    rule.docs.what,
    '',
    chalk.bold('Why is this bad?'),
    rule.docs.why,
    '',
    chalk.bold('Example'),
    indent(rule.docs.bad.dockerfile),
    chalk.bold('Use instead'),
    indent(rule.docs.good.dockerfile),
    chalk.bold('References'),
    ...rule.docs.references.map((r) => `  ${r}`),
    '',
    `Docs: ${rule.docsUrl}`,
    '',
  ];
  return out.join('\n');
}

function indent(s: string): string {
  return `${s
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
}

/**
 * The first sentence of a rule description: up to the first `.`, `!` or `?` followed by a space or the end,
 * outside backtick code spans (`curl ... | sh` stays whole), not part of an ellipsis and not in "e.g."/"i.e.".
 */
export function firstSentence(s: string): string {
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '`') inCode = !inCode;
    if (inCode || (c !== '.' && c !== '!' && c !== '?')) continue;
    if (i + 1 < s.length && !/\s/.test(s[i + 1])) continue;
    if (c === '.' && (s[i - 1] === '.' || /\b(e\.g|i\.e)$/.test(s.slice(0, i)))) continue;
    return s.slice(0, i + 1);
  }
  return s;
}
