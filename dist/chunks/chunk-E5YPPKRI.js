import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/cli/explain.ts
function listRules(rules, chalk) {
  const w = Math.max(...rules.map((r) => r.name.length));
  const lines = rules.map((r) => `${chalk.bold(r.code)}  ${r.name.padEnd(w)}  ${r.severity.padEnd(7)}  ${firstSentence(r.docs.what)}`);
  return `${lines.join("\n")}
`;
}
function explainRule(rule, chalk) {
  const out = [
    `${chalk.bold(`${rule.code} ${rule.name}`)}  (${rule.severity}, since ${rule.since}${rule.sameAs?.length ? `, same as ${rule.sameAs.join(", ")}` : ""})`,
    "",
    chalk.bold("What it does"),
    rule.docs.what,
    "",
    chalk.bold("Why is this bad?"),
    rule.docs.why,
    "",
    chalk.bold("Example"),
    indent(rule.docs.bad.dockerfile),
    chalk.bold("Use instead"),
    indent(rule.docs.good.dockerfile),
    chalk.bold("References"),
    ...rule.docs.references.map((r) => `  ${r}`),
    "",
    `Docs: ${rule.docsUrl}`,
    ""
  ];
  return out.join("\n");
}
function indent(s) {
  return `${s.trimEnd().split("\n").map((l) => `    ${l}`).join("\n")}
`;
}
function firstSentence(s) {
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "`") inCode = !inCode;
    if (inCode || c !== "." && c !== "!" && c !== "?") continue;
    if (i + 1 < s.length && !/\s/.test(s[i + 1])) continue;
    if (c === "." && (s[i - 1] === "." || /\b(e\.g|i\.e)$/.test(s.slice(0, i)))) continue;
    return s.slice(0, i + 1);
  }
  return s;
}

export {
  listRules,
  explainRule,
  firstSentence
};
