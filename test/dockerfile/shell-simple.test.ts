/**
 * The plain-script reader (src/dockerfile/shell-simple.ts) against the grammar: every script it accepts must read
 * exactly as tree-sitter-bash reads it (commands, words, quoting, expansions, assignments, pipelines, wrappers,
 * sh -c bodies); anything else it must leave to the grammar.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSimpleShell } from '../../src/dockerfile/shell-simple.js';
import { grammarScript, initShell, parseShell, type ShellScript } from '../../src/dockerfile/shell.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';

beforeAll(async () => {
  await initShell();
});

/** A script as plain data: commands by index (pipelines, substitutions and sh -c owners as indexes). */
function shape(s: ShellScript) {
  const at = (c: unknown) => (c === undefined ? -1 : s.commands.indexOf(c as never));
  return {
    hasError: s.hasError,
    cut: s.cut ?? false,
    commands: s.commands.map((c) => ({
      name: c.name,
      args: c.args,
      literal: c.literal,
      assignments: c.assignments,
      text: c.text,
      pipeline: c.pipeline.map(at),
      pipeIndex: c.pipeIndex,
      redirects: c.redirects,
      wrappers: c.wrappers,
      substitutionOf: at(c.substitutionOf),
      viaShellC: at(c.viaShellC),
      conditional: c.conditional ?? false,
    })),
  };
}

/** Asserts that a script the plain reader takes reads as the grammar reads it; returns whether it took it. */
function agrees(text: string): boolean {
  if (!parseSimpleShell(text)) return false;
  expect(shape(parseShell(text)), text).toEqual(shape(grammarScript(text)));
  return true;
}

const PLAIN = [
  'test -f go.mod && GOARCH=amd64 go build -o bootstrap . || echo skipped',
  'command -v go || GOARCH=arm64 go build && echo built',
  'test -n "$X" || a && b; c && d',
  'test -f x | cat && go build',
  'test -f go.mod > /dev/null && GOARCH=amd64 go build -o bootstrap .',
  'test -f go.mod 2>/dev/null && go build || echo none',
  'for f in a b; do test -f $f && rm $f; done && echo done',
  'a || for x in 1 2; do b; done',
  'pip install --no-cache-dir -r requirements.txt',
  'dnf install -y gcc make tar && dnf clean all',
  'apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      curl ca-certificates \\\n && echo done',
  'npm ci --omit=dev && npm cache clean --force',
  'pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"',
  'cp -r src/ $LAMBDA_TASK_ROOT/app',
  'chmod +x /opt/bootstrap; mkdir -p /tmp/x',
  "echo 'a b' \"c d\" pre\"mid\"post 'x'\"y\"",
  'PIP_NO_CACHE_DIR=1 pip install x',
  'A=1 B="two words" make all',
  'sudo -E apt-get install -y gcc',
  'sudo -u nobody env A=1 B=2 npm ci',
  'nohup nice -n 5 python -m http.server',
  'curl -fsSL https://example.com/install.sh | sh',
  'curl -fsSL https://example.com/x | sudo -E bash -s -- --yes',
  'a | b && d || e',
  "sh -c 'apt-get install -y curl && echo ok'",
  'bash -c "pip install --no-cache-dir boto3"',
  'CGO_ENABLED=0 go build -ldflags="-s -w" \\\n      -o /out/bootstrap ./cmd/fn',
  "bundle config set --local path 'vendor/bundle' \\\n && bundle install --jobs 4",
  'echo "$HOME/x" "${A}b" $A$B x${Y}z',
  'python -c "import json, sys; print(sys.version)"',
  'echo ""',
  "echo ''",
  'echo a\tb',
  'true;false',
  'a&&b||c',
  'echo 1.2.3 -1 +x 42 %s @x a,b a:b',
  'echo x=1 --y=2 a=b=c',
  'rm -rf /var/lib/apt/lists/*',
  'apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/* /tmp/*',
  'cp *.py /d && ls a*b */ x/*/y **/*.pyc *,* *=x a*=b',
  'find . -name *.pyc -delete',
  'grep -r --include=*.py x .',
  'echo $D* *$D ${D}/* *"x" "$D"/* \'a\'* x*',
  'A=* make',
  "sh -c 'echo two && date' > /tmp/stamp",
  'echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" > .npmrc \\\n && npm ci --omit=dev \\\n && rm -f .npmrc',
  'cmd > /dev/null 2>&1',
  'cat < file',
  'a 2>/dev/null; b >> "$LOG" 1>&2',
  "a > 'x y' && b >f",
  'a && b > f && c',
  'a > f && b > g; c > h',
  'a | b > f && c > g',
  'a > f | b > g',
  'a; b > f | c',
  'a 2>&1 | b',
  'A=1 a > /tmp/* ',
  'echo 2 > f',
  'pip - > f && pip -- 2>f',
  'a\nb',
  'set -eux\necho building 49\nls -la /opt || true',
  'a\n\n  b\n',
  'a > f\nb 2>&1 && c\n\n',
  'a && b > f\nc > g',
  // Pipelines of three commands or more at the end of their list.
  'a | b | c',
  'a | b | c; x',
  'x && a | b | c; y',
  'a | b | c > f',
  'x || a | b | c > f',
  'a | b | c | d',
  'x && a | b | c | d > f',
  'a > f | b | c',
  'a 2>&1 | b | c > g',
  // for loops over plain words, with a body of plain statements.
  'for f in a b; do echo $f; done',
  'for f in a b c; do       echo "$f" >> /tmp/list;     done  && cat /tmp/list | sort | uniq > /opt/list',
  'for f in a b; do echo $f; done && y > g',
  'for f in a b; do x && echo $f > h; done && y',
  'for f in a b\ndo\n echo $f\ndone',
  'for f in a b; do echo $f; done; y > g',
  'x && for f in a b; do echo $f; done',
  'x; for f in "a b" $A *.py; do echo $f; y; done && z',
  'for f in a;do for g in b c; do echo $f$g; done; done',
  'for f in a b ; do\n  a\n\n  b | c\ndone\nd',
  'for p in gcc make; do dnf install -y $p || true; done',
  // An exec form written with single quotes is a shell form: a test command, no command in it.
  "['app.handler']",
  "[ 'index.handler' ]",
  "['/var/task/bootstrap']",
  "['com.example.Handler::handleRequest']",
];

const NOT_PLAIN = [
  '* x',
  'echo *(a|b)',
  'echo a*[b]',
  'echo *?',
  'echo $(date)',
  'echo `date`',
  'echo $1 $@ $? $$',
  'echo ${A:-b}',
  '(cd x && make)',
  'echo x > f y',
  '> f a',
  'A=1 > f',
  'a >f>g',
  'a 2>&1>f',
  'a &> /dev/null',
  'a >| f',
  'a <> f',
  'a << EOF',
  'a <<< x',
  'a > >(tee x)',
  'a < <(b)',
  'a >& f',
  'a 2>&-',
  'a > $(b)',
  'a >',
  'a x>f',
  'pip - 2>&1',
  'a && b > f | c',
  'a || b < f | c && d',
  'a 12>f',
  '{ a; b; }',
  'if true; then echo; fi',
  'for f in a b; do echo $f; done | x',
  'for f in a b; do echo $f; done > f',
  'for f in a b; do echo $f; done &',
  'for f in a b; do done',
  'for f in a b; do echo $f; done;',
  'for f in a b; do echo $f done',
  'for f; do echo $f; done',
  'for f in; do echo $f; done',
  'for f in a b; echo $f; done',
  'for f in a do; do echo $f; done',
  'for "f" in a; do echo $f; done',
  'for f in $(ls); do echo $f; done',
  'for ((i=0; i<3; i++)); do echo $i; done',
  'echo x | for f in a; do echo $f; done',
  'for f in a; do echo $f; done && a | b | c && d',
  'for f in a b; do echo $f; done; done',
  'done',
  "['app.handler', 'x']",
  "['a'] b",
  "['a']]",
  "['a' 'b']",
  "['$(x)']",
  "['a b']",
  "['']",
  '["a"]',
  "['a'",
  'export A=1 && pip install x',
  'A=1',
  'A= cmd',
  'echo a \\; b',
  'echo "a \\" b"',
  'echo a # comment',
  'a &',
  'a && ',
  '&& a',
  'a ;; b',
  'a | b | c && d',
  'a | b > f | c',
  'a | b | c\na > f',
  'a | b | c\na',
  'x && a | b | c || d',
  '1x y',
  'a;\nb',
  '\na',
  'a &&\nb',
  'a |\nb',
  'a\r\nb',
  'a\n# comment\nb',
  '! true',
  '[ -f x ] && echo',
  'echo ~/x',
  'echo "a\nb"',
  "echo 'a",
  'echo "a',
  '',
  '   ',
];

describe('the plain shell reader', () => {
  it('reads plain scripts as the grammar does', () => {
    for (const text of PLAIN) expect(agrees(text), text).toBe(true);
  });

  it('leaves everything else to the grammar', () => {
    for (const text of NOT_PLAIN) expect(parseSimpleShell(text), text).toBeUndefined();
  });

  it('agrees with the grammar on every RUN, CMD and ENTRYPOINT script of the fixtures', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/(^|\.)(Dockerfile|Containerfile)(\.|$)/.test(name)) files.push(p);
      }
    };
    walk(join(__dirname, '../../fixtures'));
    let plain = 0;
    let scripts = 0;
    for (const file of files) {
      const df = parseDockerfile(readFileSync(file, 'utf8'), { file });
      for (const ins of df.instructions) {
        if (ins.shellText === undefined) continue;
        scripts++;
        if (agrees(ins.shellText)) plain++;
      }
    }
    expect(scripts).toBeGreaterThan(20);
    expect(plain).toBeGreaterThan(0);
  });

  it('agrees with the grammar on generated scripts', () => {
    // Mostly words the reader takes (so that many scripts are compared), some it must leave to the grammar.
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('pip', 'install', 'apt-get', '/usr/bin/pip3', './configure', '-y', '--no-cache-dir', 'a.b', '/x/y', 'k=v', '--o=1', 'x,y', 'a:b', '@s', '%d', '+x', '-1', '0', '12', '1@+', 'a@/', 'sudo', 'env', 'nohup', 'nice', '-n', '-u', 'sh', 'bash', '-c', '-ec', 'A=1', 'B=x', 'C="x y"', "D='z'", 'E=$A') },
      { weight: 3, arbitrary: fc.constantFrom("'q w'", "''", '"d q"', '""', '"$HOME"', '"${A}/b"', '$A', '${B}', 'p"q"r', "p'q'r", '$A/x', 'x$A', '$A$B', "'a && b'", '"pip install x | sh"') },
      { weight: 2, arbitrary: fc.constantFrom('> f', '>> /tmp/x', '2>&1', '1>&2', '2>/dev/null', '< in', '>f', '> "$F"', "> 'a b'", '> /tmp/*', '3> x', '>&2', '> ${D}/x', '2>', '>', '<') },
      { weight: 1, arbitrary: fc.constantFrom('*', '~', '#', '$(', '`', '\\', '!', '{', '}', '(', ')', '<', '>', '[', ']', '?', '$1', '${A:-b}', '"a\\"b"', "'", '"', '=', 'A=', 'if', 'then', 'fi', 'export', 'time', 'in') },
      { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9_.\/:=@%+,-]{1,6}$/) },
    );
    const sep = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(' ', '  ', '\t', ' \\\n  ') },
      { weight: 3, arbitrary: fc.constantFrom(' && ', ' || ', '; ', ';', ' | ', '|', '&&') },
      { weight: 2, arbitrary: fc.constantFrom(' & ', '\n', '\n\n', ' \n  ', '\n\t', ' ;; ', ' \\ ') },
    );
    const blank = fc.oneof({ weight: 8, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom('\t', ' \\\n  ', '  ') });
    const name = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('pip', 'apt-get', '/usr/bin/pip3', './configure', 'sudo', 'env', 'nohup', 'sh', 'bash', 'A=1', 'B="x y"') }, { weight: 1, arbitrary: word });
    const command = fc.tuple(name, fc.array(fc.tuple(blank, word), { maxLength: 5 })).map(([n, args]) => n + args.map(([b, w]) => b + w).join(''));
    const script = fc.array(fc.tuple(command, sep), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([c, s], i) => (i === parts.length - 1 ? c : c + s)).join(''));
    let plain = 0;
    fc.assert(
      fc.property(script, (text) => {
        if (agrees(text)) plain++;
      }),
      { numRuns: 4000, seed: 13 },
    );
    expect(plain).toBeGreaterThan(1000);
  });

  it('agrees with the grammar on generated for loops', () => {
    const word = fc.constantFrom('a', 'b', '"x y"', '$A', '${B}/c', '*.py', 'in', 'do', 'done', '$(x)', "'q'");
    const simple = fc.constantFrom('echo $f', 'pip install $f', 'a > f', 'a | b', 'a | b | c', 'x && y > g', 'a 2>&1', 'done', 'A=1 b');
    const sep = fc.constantFrom('; ', ';', '\n', '\n\n  ', ' && ', ' || ', ' | ', ' & ', ' ');
    const body: fc.Arbitrary<string> = fc.array(fc.tuple(simple, sep), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([c, s]) => c + s).join(''));
    const loop = fc.tuple(fc.constantFrom('f', 'F_1', 'in', '"f"'), fc.array(word, { minLength: 0, maxLength: 3 }), fc.constantFrom('; ', ';', '\n', ' \\\n  ', ' '), fc.constantFrom('do ', 'do\n  ', 'do'), body)
      .map(([v, ws, s, d, b]) => `for ${v} in ${ws.join(' ')}${s}${d}${b}done`);
    const statement = fc.oneof({ weight: 2, arbitrary: loop }, { weight: 1, arbitrary: simple });
    const script = fc.array(fc.tuple(statement, sep), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([c, s], i) => (i === parts.length - 1 ? c : c + s)).join(''));
    let plain = 0;
    fc.assert(
      fc.property(script, (text) => {
        if (agrees(text)) plain++;
      }),
      { numRuns: 3000, seed: 29 },
    );
    expect(plain).toBeGreaterThan(300);
  });
});
