// Benchmarks (plain figures, no asserts). Run after `npm run build`: node bench/dockerfile.mjs
//  1. In one process, lint 200 Dockerfiles through the built API (dist/api.js) and print the median and p95
//     milliseconds per Dockerfile, for a first pass and for warm passes. Target: warm median <= 1 ms (the first
//     pass, which includes compiling the linter's code in V8, is printed beside it).
//     The corpus is the fixtures plus 188 generated Lambda Dockerfiles whose sizes (instructions, RUNs, stages)
//     are drawn from 145 real Lambda Dockerfiles of public repositories (bench/lambda-dockerfile-sizes.tsv,
//     bench/CORPUS.md): median 9 instructions, 2 RUNs. Also the parsers alone on the same files (the floor any
//     lint has), and the lint's ratio to it.
//     Then a stress corpus, linted after the first in the same process: 188 generated files of 20-61
//     instructions (median 43) and 4-34 RUNs (median 19), nearly all above the real files' 95th percentile.
//  2. Time one CLI run on one Dockerfile against `node -e ''` (median of 15 runs each,
//     interleaved) and print the ratio. Target: <= 2.0x bare Node start-up. Also a run on a Dockerfile with a
//     script that needs the shell grammar (WebAssembly), which plain scripts do not load.
//  3. One CLI run over the 200 realistic files against one over the first: the marginal milliseconds per
//     Dockerfile. Target: <= 1.5 ms; also printed as a share of a bare `node -e ''` start-up timed in the same rounds
//     (target 1.46%: 1.5 ms of the 103 ms start-up on the machine the goal was set on). The run uses the default concurrency (auto: worker threads lint a share of
//     the files when there are enough of them and more than one processor); the same run with `--concurrency off`
//     (this thread alone) and with `--concurrency 2` (one worker) is printed beside it, measured in the same rounds.
// Environment (for profiling; the defaults give the figures):
//   BENCH_SAVE=FILE writes both corpora as JSON ({ realistic, stress }: text, file, context of each input);
//   BENCH_DUMP=1 prints each file's first-pass time and the slowest warm files;
//   BENCH_NO_CONTEXT=1 lints without build contexts (no file-system I/O); BENCH_RULES=1 prints each rule's own cost;
//   BENCH_ONLY=LL110,LL202 runs only those rules; BENCH_WARM=N sets the measured warm passes (default 3);
//   BENCH_PASSES=N adds unmeasured passes (for a profiler); BENCH_SKIP_STRESS=1 skips the stress corpus;
//   BENCH_SKIP_CLI=1 skips parts 2 and 3; BENCH_MANY_ONLY=1 runs part 3 alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = join(root, 'dist', 'api.js');
if (!existsSync(api)) {
  console.error('dist/api.js is missing: run `npm run build` first');
  process.exit(2);
}
const { initShell, lintDockerfileSync, parseDockerfile, RULES } = await import(api);
const NOW = new Date('2026-11-27');

// ---------- inputs ----------
const fixturesDir = join(root, 'fixtures', 'dockerfiles');
const fixtures = readdirSync(fixturesDir)
  .filter((n) => existsSync(join(fixturesDir, n, 'Dockerfile')))
  .sort()
  .map((n) => ({ name: n, dir: join(fixturesDir, n), text: readFileSync(join(fixturesDir, n, 'Dockerfile'), 'utf8') }));

// One seeded generator per corpus, so that each corpus is the same on every run.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const DIGEST = '@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc';

const BASES = [
  ['public.ecr.aws/lambda/python:3.12', 'dnf', 'pip', 'app.handler'],
  ['public.ecr.aws/lambda/python:3.11', 'yum', 'pip', 'app.handler'],
  ['public.ecr.aws/lambda/nodejs:22', 'dnf', 'npm', 'index.handler'],
  ['public.ecr.aws/lambda/nodejs:20', 'dnf', 'npm', 'index.handler'],
  ['public.ecr.aws/lambda/java:21', 'dnf', 'none', 'com.example.Handler::handleRequest'],
  ['public.ecr.aws/lambda/ruby:3.3', 'dnf', 'bundle', 'app.handler'],
  ['public.ecr.aws/lambda/provided:al2023', 'dnf', 'none', 'bootstrap'],
  ['python:3.12-slim', 'apt', 'pip', 'app.handler'],
  ['node:20-bookworm-slim', 'apt', 'npm', 'index.handler'],
];
const OS_PKGS = { dnf: ['gcc', 'make', 'tar', 'gzip', 'unzip', 'findutils', 'shadow-utils', 'libxml2-devel', 'openssl-devel', 'git'], yum: ['gcc', 'make', 'tar', 'gzip', 'unzip', 'git', 'libffi-devel'], apt: ['curl', 'ca-certificates', 'gcc', 'g++', 'make', 'cmake', 'unzip', 'libcurl4-openssl-dev', 'git'] };

function osInstall(pm) {
  const pkgs = Array.from({ length: between(2, 8) }, () => pick(OS_PKGS[pm]));
  if (pm === 'apt') return `RUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      ${pkgs.join(' \\\n      ')} \\\n${rand() < 0.5 ? ' && rm -rf /var/lib/apt/lists/*' : ' && echo done'}`;
  return `RUN ${pm} install -y \\\n      ${pkgs.join(' \\\n      ')}${rand() < 0.5 ? ` \\\n && ${pm} clean all` : ''}`;
}
function langInstall(lang) {
  switch (lang) {
    case 'pip':
      return `RUN pip install ${rand() < 0.5 ? '--no-cache-dir ' : ''}-r requirements.txt \\\n && python -c "import json, sys; print(sys.version)"`;
    case 'npm':
      return `RUN npm ci --omit=dev${rand() < 0.5 ? ' \\\n && npm cache clean --force' : ''}`;
    case 'bundle':
      return "RUN bundle config set --local path 'vendor/bundle' \\\n && bundle install --jobs 4";
    default:
      return 'RUN echo "no language packages"';
  }
}
const RUN_FILLERS = [
  () => 'RUN mkdir -p /tmp/cache && chmod 1777 /tmp/cache',
  () => `RUN curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool-${between(1, 5)}.tar.gz \\\n && tar -xzf /tmp/tool.tar.gz -C /opt \\\n && rm -f /tmp/tool.tar.gz`,
  () => `RUN for f in a b c; do \\\n      echo "$f" >> /tmp/list; \\\n    done \\\n && cat /tmp/list | sort | uniq > /opt/list`,
  () => `RUN <<EOF\nset -eux\necho building ${between(1, 99)}\nls -la /opt || true\nEOF`,
  () => `RUN sh -c 'echo ${pick(['one', 'two'])} && date' > /tmp/stamp`,
  () => '# a comment between instructions\nRUN true',
];
const OTHER_FILLERS = [
  () => `ENV APP_ENV=${pick(['prod', 'staging', 'dev'])} LOG_LEVEL=${pick(['INFO', 'DEBUG'])}`,
  () => `ARG VERSION=${between(1, 9)}.${between(0, 20)}.${between(0, 9)}`,
  () => `LABEL org.opencontainers.image.version="\${VERSION}" org.opencontainers.image.source="https://github.com/example/svc"`,
  () => `COPY config/settings.${pick(['json', 'yaml'])} \${LAMBDA_TASK_ROOT}/config/`,
  () => 'WORKDIR /var/task',
  () => `EXPOSE ${pick([8080, 3000, 9000])}`,
];
// The stress corpus's mix (6 of its 12 fillers are RUNs).
const FILLERS = [...OTHER_FILLERS.slice(0, 4), ...RUN_FILLERS.slice(0, 4), OTHER_FILLERS[4], OTHER_FILLERS[5], ...RUN_FILLERS.slice(4)];
const manifestCopy = (lang) => (lang === 'pip' ? 'COPY requirements.txt ${LAMBDA_TASK_ROOT}/' : lang === 'npm' ? 'COPY package.json package-lock.json ./' : 'COPY Gemfile Gemfile.lock ./');

/** A stress file: 20-61 instructions, 4-34 RUNs; nearly all bigger than 95% of real Lambda Dockerfiles. */
function stressFile(i) {
  const [base, pm, lang, handler] = pick(BASES);
  const pinned = rand() < 0.5 ? DIGEST : '';
  const builder = rand() < 0.4;
  const out = [];
  if (builder) {
    out.push(`FROM golang:1.23${pinned} AS build`, 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN CGO_ENABLED=0 go build -ldflags="-s -w" \\\n      -o /out/bootstrap ./cmd/fn');
  }
  out.push(`FROM ${base}${pinned}`);
  const target = between(20, 60) - out.length;
  const body = [osInstall(pm), manifestCopy(lang), langInstall(lang)];
  while (body.length < target - 2) body.push(pick(FILLERS)());
  if (builder) body.push('COPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap');
  body.push(rand() < 0.5 ? 'COPY . ${LAMBDA_TASK_ROOT}/' : 'COPY src/ ${LAMBDA_TASK_ROOT}/');
  if (!base.startsWith('public.ecr.aws')) body.push('ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]');
  body.push(`CMD ["${handler}"]`);
  out.push(...body);
  return { name: `stress-${i}`, text: `${out.join('\n')}\n` };
}

/**
 * A realistic file: exactly the instructions, RUNs and stages of one real Lambda Dockerfile of the sample
 * (stages capped at 4), with the usual shape: builder stages that compile, then the function stage (base,
 * OS packages, dependency manifest, dependency install, code, ENTRYPOINT on a custom base, CMD).
 */
function realisticFile(i, size) {
  const [base, pm, lang, handler] = pick(BASES);
  const pinned = rand() < 0.5 ? DIGEST : '';
  const custom = !base.startsWith('public.ecr.aws');
  let builders = Math.min(size.stages, 4) - 1;
  let runs = size.runs;
  // Instructions that are not RUN: one FROM per stage, a COPY --from per builder, CMD, ENTRYPOINT on a custom base.
  const skeleton = () => 2 + 2 * builders + (custom ? 1 : 0);
  while (builders > 0 && size.instructions - runs < skeleton()) builders--;
  if (size.instructions - runs < skeleton()) runs = Math.max(0, size.instructions - skeleton());
  let others = size.instructions - runs - skeleton();
  let entrypoint = custom;
  if (others < 0) {
    entrypoint = false;
    others += 1;
  }
  const stages = [];
  for (let b = 0; b < builders; b++) {
    const lines = [`FROM golang:1.23${pinned} AS build${b}`];
    if (others > 0) {
      lines.push('WORKDIR /src');
      others--;
    }
    if (runs > 0) {
      lines.push(`RUN CGO_ENABLED=0 go build -ldflags="-s -w" \\\n      -o /out/fn${b} ./cmd/fn${b}`);
      runs--;
    }
    stages.push(lines);
  }
  const body = [];
  const installs = [];
  if (runs > 0 && lang !== 'none') {
    installs.push(langInstall(lang));
    runs--;
  }
  if (runs > 0) {
    installs.unshift(osInstall(pm));
    runs--;
  }
  const manifest = installs.length > 0 && lang !== 'none' && others > 0;
  if (manifest) others--;
  const code = others > 0;
  if (code) others--;
  const fillers = [];
  while (runs-- > 0) fillers.push(pick(RUN_FILLERS)());
  while (others-- > 0) fillers.splice(Math.floor(rand() * (fillers.length + 1)), 0, pick(OTHER_FILLERS)());
  if (installs.length === 2) body.push(installs.shift());
  if (manifest) body.push(manifestCopy(lang));
  body.push(...installs, ...fillers);
  for (let b = 0; b < builders; b++) body.push(`COPY --from=build${b} /out/fn${b} /opt/fn${b}`);
  if (code) body.push(rand() < 0.5 ? 'COPY . ${LAMBDA_TASK_ROOT}/' : 'COPY src/ ${LAMBDA_TASK_ROOT}/');
  if (entrypoint) body.push('ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]');
  body.push(`CMD ["${handler}"]`);
  stages.push([`FROM ${base}${pinned}`, ...body]);
  return { name: `realistic-${i}`, text: `${stages.flat().join('\n')}\n` };
}

// The sizes of 145 real Lambda Dockerfiles (counts only; see bench/CORPUS.md).
const SIZES = readFileSync(join(root, 'bench', 'lambda-dockerfile-sizes.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [, , instructions, runs, stages] = line.split('\t');
    return { instructions: Number(instructions), runs: Number(runs), stages: Number(stages) };
  });

function corpus(make) {
  const inputs = fixtures.map((f) => ({ name: f.name, text: f.text, file: join(f.dir, 'Dockerfile'), contextDir: f.dir }));
  for (let i = 0; inputs.length < 200; i++) {
    const g = make(i);
    const ctx = fixtures[i % fixtures.length];
    inputs.push({ name: g.name, text: g.text, file: join(ctx.dir, `${g.name}.Dockerfile`), contextDir: ctx.dir });
  }
  return inputs;
}
// The stress corpus first, so that it stays the same files as before the realistic corpus existed.
const stress = corpus(stressFile);
seed = 7;
const realistic = corpus((i) => realisticFile(i, pick(SIZES)));
if (process.env.BENCH_SAVE) {
  // Writes the inputs (text, file, context) as JSON for profiling one of them alone.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.BENCH_SAVE, JSON.stringify({ realistic, stress }));
}
const countInstructions = (text) => text.split('\n').filter((l) => /^[A-Z]+\s/.test(l)).length;

// ---------- 1. in-process ----------
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1], total: s.reduce((a, b) => a + b, 0) };
};
const f = (n) => n.toFixed(3);
const t0 = performance.now();
await initShell();
const initMs = performance.now() - t0;

const only = process.env.BENCH_ONLY ? RULES.filter((r) => process.env.BENCH_ONLY.split(',').includes(r.code)) : undefined;
// Nothing is shared between lints (the linter keeps no cross-file cache), so each file costs what it would
// alone: this matters because the generated files repeat RUN lines.
function pass(inputs) {
  const times = [];
  let findings = 0;
  for (const input of inputs) {
    const start = performance.now();
    const r = lintDockerfileSync(input.text, { file: input.file, contextDir: process.env.BENCH_NO_CONTEXT ? null : input.contextDir, now: NOW, rules: only });
    times.push(performance.now() - start);
    findings += r.findings.length;
  }
  return { times, findings };
}

// The parsers alone, as a baseline measured in the same run: dockerfile-ast's parse of each file (as published;
// the linter's bundled copy tokenises each instruction once, see src/dockerfile/model.ts) plus one
// tree-sitter-bash parse of each of its RUN scripts, nothing else.
// Loaded only after the first corpus's passes: compiling a second copy of the grammar would compete with them.
let floorParsers;
async function parsersAlone(inputs) {
  if (!floorParsers) {
    const { DockerfileParser } = await import('dockerfile-ast');
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init({ locateFile: () => join(root, 'dist', 'wasm', 'tree-sitter.wasm') });
    const parser = new Parser();
    parser.setLanguage(await Language.load(join(root, 'dist', 'wasm', 'tree-sitter-bash.wasm')));
    floorParsers = { DockerfileParser, parser };
  }
  const { DockerfileParser, parser: floorParser } = floorParsers;
  const scripts = inputs.map((i) => parseDockerfile(i.text).instructions.filter((x) => x.keyword === 'RUN' && x.shellText).map((x) => x.shellText));
  const floorPass = () =>
    inputs.map((input, k) => {
      const s = performance.now();
      DockerfileParser.parse(input.text);
      for (const t of scripts[k]) floorParser.parse(t)?.delete();
      return performance.now() - s;
    });
  floorPass();
  return { median: stats([floorPass(), floorPass(), floorPass()].flat()).median, runs: scripts.flat().length, distinct: new Set(scripts.flat()).size };
}

/** Lints a corpus: a first pass, then warm passes; prints the figures; returns the medians. */
async function measure(title, inputs, { target }) {
  const generated = inputs.slice(fixtures.length).map((x) => countInstructions(x.text));
  const sorted = [...generated].sort((a, b) => a - b);
  const first = pass(inputs);
  if (process.env.BENCH_DUMP) {
    // The first pass in file order, then the slowest files of a warm pass.
    const t = first.times;
    for (let i = 0; i < t.length; i += 20) console.log(`  ${String(i).padStart(3)}: ${t.slice(i, i + 20).map((x) => x.toFixed(1)).join(' ')}`);
    const w = pass(inputs).times.map((ms, i) => [ms, inputs[i].name]).sort((x, y) => y[0] - x[0]);
    console.log(`  slowest warm: ${w.slice(0, 12).map(([ms, n]) => `${n} ${ms.toFixed(2)}`).join(', ')}`);
  }
  const passes = Array.from({ length: Number(process.env.BENCH_WARM ?? 3) }, () => pass(inputs));
  const warm = passes.flatMap((p) => p.times);
  const floor = await parsersAlone(inputs);
  console.log('');
  console.log(`${title}: ${inputs.length} Dockerfiles (${fixtures.length} fixtures + ${generated.length} generated: ${sorted[0]}-${sorted[sorted.length - 1]} instructions, median ${sorted[sorted.length >> 1]}; ${floor.runs} RUNs in all, ${floor.distinct} distinct), ${first.findings} findings per pass`);
  const a = stats(first.times);
  console.log(`  first pass   median ${f(a.median)} ms   p95 ${f(a.p95)} ms   max ${f(a.max)} ms   total ${f(a.total)} ms`);
  const b = warm.length ? stats(warm) : undefined;
  if (b) console.log(`  warm passes  median ${f(b.median)} ms   p95 ${f(b.p95)} ms   max ${f(b.max)} ms   (${passes.length} passes, ${warm.length} lints)`);
  console.log(`  the parsers alone (dockerfile-ast + tree-sitter-bash per RUN), warm median ${f(floor.median)} ms: the lint takes ${((b ?? a).median / floor.median).toFixed(2)}x that`);
  // The target is judged on the warm median, as benchmark harnesses do (a warm-up pass, then the measured
  // passes); the first pass, which includes compiling the linter's code, is printed beside it.
  if (target && b) console.log(`  target: median <= 1 ms per Dockerfile (warm) -> ${b.median <= 1 ? 'met' : 'NOT met'}; the cold first pass is ${a.median <= 1 ? 'also within it' : `${f(a.median)} ms, over it`}`);
  return { first: a, warm: b };
}

console.log(`lint-lambda-image benchmark (node ${process.version}, ${RULES.length} rules registered, ${(await import('node:os')).availableParallelism()} processors)`);
console.log(`  initShell (once): ${f(initMs)} ms`);
const manyOnly = Boolean(process.env.BENCH_MANY_ONLY);
if (!manyOnly) await measure('In-process, realistic corpus (the target\'s; linted first, in a fresh process)', realistic, { target: true });
if (!manyOnly) {
  const fx = stats(Array.from({ length: 3 }, () => pass(realistic.slice(0, fixtures.length)).times).flat());
  console.log(`  the ${fixtures.length} fixtures alone (${(fixtures.reduce((n, x) => n + countInstructions(x.text), 0) / fixtures.length).toFixed(1)} instructions on average), warm median ${f(fx.median)} ms`);
}
if (!process.env.BENCH_SKIP_STRESS && !manyOnly) await measure('Stress corpus (the heavy end of real Lambda Dockerfiles and beyond; linted second, same process)', stress, { target: false });

// ---------- 2. CLI start-up vs bare node ----------
// BENCH_RULES=1 prints what each rule alone adds to a lint without rules (median of 5 warm passes, no build context).
if (process.env.BENCH_RULES) {
  const inputs = process.env.BENCH_RULES === 'stress' ? stress : realistic;
  const median = (rules) => {
    const t = [];
    for (let p = 0; p < 5; p++) for (const input of inputs) {
      const s = performance.now();
      lintDockerfileSync(input.text, { file: input.file, contextDir: null, now: NOW, rules });
      t.push(performance.now() - s);
    }
    return stats(t).median;
  };
  for (let w = 0; w < 2; w++) median(RULES);
  const none = median([]);
  console.log(`  each rule alone (no build context; parse and model without rules: ${f(none)} ms; all rules: ${f(median(RULES))} ms):`);
  const costs = RULES.map((r) => [r, median([r]) - none]).sort((a, b) => b[1] - a[1]);
  for (const [r, c] of costs) console.log(`    ${r.code} ${r.name.padEnd(30)} +${f(Math.max(0, c))} ms`);
}
// BENCH_PASSES=N repeats the in-process passes (for profiling); BENCH_SKIP_CLI=1 stops here.
for (let i = 0; i < Number(process.env.BENCH_PASSES ?? 0); i++) pass(realistic);
if (process.env.BENCH_SKIP_CLI) process.exit(0);
const bin = join(root, 'bin', 'lint-lambda-image.js');
const target = join(fixturesDir, fixtures.some((x) => x.name === 'python') ? 'python' : fixtures[0].name, 'Dockerfile');
// A code cache of the bench's own (bin/lint-lambda-image.js writes it on the first run that lints), so
// that the figures do not depend on which run wrote the user's: the warm-up run on one Dockerfile writes it, as a
// user's first run on one Dockerfile would.
const { mkdtempSync: mkdtempCache, rmSync: rmCache } = await import('node:fs');
const cacheHome = mkdtempCache(join((await import('node:os')).tmpdir(), 'lli-bench-cache-'));
process.on('exit', () => rmCache(cacheHome, { recursive: true, force: true }));
const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
delete env.FORCE_COLOR;
const time = (args) => {
  const s = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.error) throw r.error;
  return performance.now() - s;
};
// A Dockerfile whose RUN scripts are all plain is linted without the shell grammar (src/dockerfile/shell-simple.ts);
// the second file is the same with a script that needs it (a command substitution), so its run also loads the
// WebAssembly grammar. It is written beside a copy of the first one's build context.
const grammarDir = mkdtempCache(join((await import('node:os')).tmpdir(), 'lli-bench-grammar-'));
process.on('exit', () => rmCache(grammarDir, { recursive: true, force: true }));
const { cpSync: cpContext, writeFileSync: writeGrammar } = await import('node:fs');
cpContext(dirname(target), grammarDir, { recursive: true });
const grammarTarget = join(grammarDir, 'Dockerfile');
writeGrammar(grammarTarget, readFileSync(target, 'utf8').replace('RUN pip install --no-cache-dir -r requirements.txt', 'RUN pip install --no-cache-dir -r requirements.txt && echo "built with $(python --version)"'));
if (!readFileSync(grammarTarget, 'utf8').includes('$(python')) throw new Error('bench: the grammar target was not written');
const bare = [];
const cliRuns = [];
const grammarRuns = [];
const m = (xs) => stats(xs).median;
if (!manyOnly) {
time(['-e', '']);
time([bin, '--no-color', target]);
time([bin, '--no-color', grammarTarget]);
for (let i = 0; i < 15; i++) {
  bare.push(time(['-e', '']));
  cliRuns.push(time([bin, '--no-color', target]));
  grammarRuns.push(time([bin, '--no-color', grammarTarget]));
}
console.log('');
console.log(`CLI start-up: one run on ${target.slice(root.length + 1)} vs node -e '' (median of 15 each, interleaved)`);
console.log(`  node -e ''            ${f(m(bare))} ms`);
console.log(`  lint-lambda-image     ${f(m(cliRuns))} ms`);
const ratio = m(cliRuns) / m(bare);
console.log(`  ratio                 ${ratio.toFixed(2)}x   (target <= 2.0x: ${ratio <= 2.0 ? 'met' : 'NOT met'})`);
console.log(`  on the same with a command substitution in its RUN (a script that needs the shell grammar): ${f(m(grammarRuns))} ms, ${(m(grammarRuns) / m(bare)).toFixed(2)}x`);
}

// ---------- 3. many Dockerfiles in one CLI run: the marginal cost of one more ----------
// The realistic corpus written out as files, each in its own folder with its fixture's build context files
// linked in; one CLI run over all of them vs one run over the first, median of 5 each, interleaved.
{
  const { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'lli-bench-many-'));
  const files = realistic.map((input, i) => {
    const sub = join(dir, String(i).padStart(3, '0'));
    mkdirSync(sub);
    cpSync(input.contextDir, sub, { recursive: true });
    writeFileSync(join(sub, 'Dockerfile'), input.text);
    return join(sub, 'Dockerfile');
  });
  const one = [];
  const many = [];
  const manyOff = [];
  const manyTwo = [];
  const bareHere = [];
  const rounds = Number(process.env.BENCH_MANY_ROUNDS ?? 5);
  // Unmeasured first runs: each kind of run makes its V8 code cache once (bin/lint-lambda-image.js: one for a
  // one-file run, one for a run over several inputs), as a user's first runs do.
  time([bin, '--no-color', files[0]]);
  time([bin, '--no-color', ...files]);
  for (let i = 0; i < rounds; i++) {
    bareHere.push(time(['-e', '']));
    one.push(time([bin, '--no-color', files[0]]));
    many.push(time([bin, '--no-color', ...files]));
    manyOff.push(time([bin, '--no-color', '--concurrency', 'off', ...files]));
    manyTwo.push(time([bin, '--no-color', '--concurrency', '2', ...files]));
  }
  rmSync(dir, { recursive: true, force: true });
  const marginal = (m(many) - m(one)) / (files.length - 1);
  const marginalOff = (m(manyOff) - m(one)) / (files.length - 1);
  console.log('');
  console.log(`Many Dockerfiles in one run: ${files.length} realistic files vs the first alone (median of ${rounds} each, interleaved)`);
  console.log(`  one file              ${f(m(one))} ms`);
  console.log(`  ${files.length} files             ${f(m(many))} ms   (default concurrency: auto)`);
  console.log(`  marginal per file     ${f(marginal)} ms   (target <= 1.5 ms: ${marginal <= 1.5 ? 'met' : 'NOT met'})`);
  // The same figure as a share of a bare Node start-up measured in these rounds, so that it does not depend on how
  // fast the machine is that day; the target as a share: 1.5 ms against the 103 ms bare start-up of the machine the
  // goal was set on (1.46%).
  const share = (100 * marginal) / m(bareHere);
  console.log(`  as a share of node -e '' (${f(m(bareHere))} ms in these rounds): ${share.toFixed(2)}%   (target <= 1.46%: ${share <= 1.46 ? 'met' : 'NOT met'})`);
  console.log(`  with --concurrency off: ${files.length} files ${f(m(manyOff))} ms, marginal per file ${f(marginalOff)} ms (one thread)`);
  console.log(`  with --concurrency 2:   ${files.length} files ${f(m(manyTwo))} ms, marginal per file ${f((m(manyTwo) - m(one)) / (files.length - 1))} ms (a worker thread beside this one)`);
}
