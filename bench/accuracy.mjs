// Real-world accuracy: precision and recall per concern against expert labels. Run after `npm run build`:
//   node bench/accuracy.mjs [--dir FOLDER] [--labels FILE]... [--now YYYY-MM-DD] [--verbose]
// The labels (bench/accuracy-labels.json) name public Dockerfiles by repository and path only; no third-party file is
// committed. Fill FOLDER (default: $LLI_ACCURACY_DIR, else bench/accuracy-files/) with them as
// FOLDER/<owner>/<repo>/<path> (e.g. from a clone of each repository at any recent commit); files that are absent are
// skipped and counted. Extra label files may name files relative to FOLDER with { "file": "...", "labels": [...] }.
// Each file is linted as text alone (no build context: the repositories' other files are not part of the labels),
// judged as of --now (default 2026-11-27, the date the labels were made: the deprecation concern moves with time).
// A concern counts as reported when a finding of its rule (and message) at warning or error level is present;
// "could not verify" warnings do not count (LL101 unknownBase, LL102 unverified, LL103 missingCmd without a deploy
// configuration). A label may carry the commit it was judged at ("commit"); fetch that version when it is given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = join(root, 'dist', 'api.js');
if (!existsSync(api)) {
  console.error('dist/api.js is missing: run `npm run build` first');
  process.exit(2);
}
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('--dir') ?? process.env.LLI_ACCURACY_DIR ?? join(root, 'bench', 'accuracy-files');
const labelFiles = [join(root, 'bench', 'accuracy-labels.json')];
for (let i = 0; i < args.length; i++) if (args[i] === '--labels') labelFiles.push(args[i + 1]);
const now = new Date(opt('--now') ?? '2026-11-27');
const verbose = args.includes('--verbose');

/** Concern -> does a finding report it? */
const CONCERNS = {
  ric: (f) => f.code === 'LL101' && f.messageId !== 'unknownBase',
  entrypoint: (f) => f.code === 'LL102' && f.messageId !== 'unverified',
  // A missing CMD is a warning when the Dockerfile is linted alone (ImageConfig.Command may set the handler): could not verify.
  handler: (f) => f.code === 'LL103' && !(f.messageId === 'missingCmd' && f.severity === 'warning'),
  unpinned: (f) => f.code === 'LL201' && f.messageId !== 'noDigest',
  digest: (f) => f.code === 'LL201' && f.messageId === 'noDigest',
  // A relative WORKDIR (relativeWorkdir, relativeWorkdirResolved) is a note on how the path is written, not code out of place.
  workdir: (f) => f.code === 'LL104' && !f.messageId.startsWith('relativeWorkdir'),
  secret: (f) => f.code === 'LL202',
  cache: (f) => f.code === 'LL301',
  order: (f) => f.code === 'LL302',
  deprecated: (f) => f.code === 'LL106' && f.messageId !== 'deprecationSoon',
};

if (!existsSync(dir)) {
  console.log(`accuracy: skipped: ${dir} does not exist (fill it with the files bench/accuracy-labels.json names, as <owner>/<repo>/<path>, or pass --dir)`);
  process.exit(0);
}
const entries = [];
for (const f of labelFiles) {
  if (!existsSync(f)) {
    console.error(`accuracy: ${f}: no such labels file`);
    process.exit(2);
  }
  for (const e of JSON.parse(readFileSync(f, 'utf8'))) entries.push({ ...e, at: e.file ?? join(e.repo, e.path) });
}

const { initShell, lintDockerfileSync } = await import(api);
await initShell();
const tally = Object.fromEntries(Object.keys(CONCERNS).map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const mistakes = [];
let read = 0;
let missing = 0;
for (const e of entries) {
  const file = join(dir, e.at);
  if (!existsSync(file)) {
    missing++;
    continue;
  }
  read++;
  const { findings } = lintDockerfileSync(readFileSync(file, 'utf8'), { file: e.at, contextDir: null, now });
  const counted = findings.filter((f) => f.severity !== 'info');
  for (const [concern, reports] of Object.entries(CONCERNS)) {
    const said = counted.filter(reports);
    const truth = e.labels.includes(concern);
    if (said.length && truth) tally[concern].tp++;
    else if (said.length) {
      tally[concern].fp++;
      mistakes.push(`FP ${concern.padEnd(10)} ${e.at}: ${said.map((f) => `${f.code}/${f.messageId}@${f.location.line}`).join(' ')}`);
    } else if (truth) {
      tally[concern].fn++;
      mistakes.push(`FN ${concern.padEnd(10)} ${e.at}`);
    }
  }
}
const pct = (n, d) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
console.log(`accuracy: ${read} files linted (${missing} labelled files not in ${dir}), as of ${now.toISOString().slice(0, 10)}`);
console.log('concern      labelled  reported  precision  recall');
for (const [c, t] of Object.entries(tally)) {
  console.log(`${c.padEnd(12)} ${String(t.tp + t.fn).padStart(8)}  ${String(t.tp + t.fp).padStart(8)}  ${pct(t.tp, t.tp + t.fp)}     ${pct(t.tp, t.tp + t.fn)}`);
}
if (verbose) for (const m of mistakes) console.log(m);
else if (mistakes.length) console.log(`${mistakes.length} mistakes (--verbose lists them)`);
