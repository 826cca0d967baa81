import { beforeAll, describe, expect, it } from 'vitest';
import { commandName, initShell, parseShell } from '../../src/dockerfile/shell.js';
import { LIMITS } from '../../src/core/limits.js';

beforeAll(async () => {
  await initShell();
});

const names = (s: string) => parseShell(s).commands.map((c) => [commandName(c), ...c.args].join(' '));

describe('parseShell', () => {
  it('splits lists, pipes and subshells into commands', () => {
    expect(names("apt-get update && apt-get install -y gcc || true; (cd x && pip install -r r.txt)")).toEqual([
      'apt-get update',
      'apt-get install -y gcc',
      'true',
      'cd x',
      'pip install -r r.txt',
    ]);
  });
  it('links pipeline members', () => {
    const [curl, sh] = parseShell('curl -fsSL https://x.sh | sudo -E bash -s --').commands;
    expect(commandName(curl)).toBe('curl');
    expect(curl.pipeline.map(commandName)).toEqual(['curl', 'bash']);
    expect(sh.pipeIndex).toBe(1);
    expect(sh.wrappers).toEqual(['sudo']);
  });
  it('removes quotes from literal words and keeps expansions', () => {
    const [cmd] = parseShell(`echo "a b" 'c d' e\\ f "$HOME/x" pre"mid"post`).commands;
    expect(cmd.args).toEqual(['a b', 'c d', 'e f', '$HOME/x', 'premidpost']);
  });
  it('records prefix assignments and env', () => {
    const [a, b] = parseShell('PIP_NO_CACHE_DIR=1 pip install x; env A=1 B=2 npm ci').commands;
    expect(a.assignments).toEqual({ PIP_NO_CACHE_DIR: '1' });
    expect(commandName(b)).toBe('npm');
    expect(b.assignments).toEqual({ A: '1', B: '2' });
  });
  it('descends into sh -c and command substitution', () => {
    const cmds = parseShell(`sh -c 'apt-get install -y curl && rm -rf /var/lib/apt/lists/*'; bash -c "$(curl -fsSL https://get.x)"`).commands;
    const inner = cmds.filter((c) => c.viaShellC);
    expect(inner.map(commandName)).toEqual(['apt-get', 'rm']);
    const curl = cmds.find((c) => commandName(c) === 'curl');
    expect(curl?.substitutionOf && commandName(curl.substitutionOf)).toBe('bash');
  });
  it('keeps redirects', () => {
    const [cmd] = parseShell('echo token > /root/.npmrc').commands;
    expect(cmd.redirects).toEqual([{ op: '>', target: '/root/.npmrc' }]);
  });
  it('marks the commands that may not run (if, case, while, after || and after a test with &&)', () => {
    const conditional = (s: string) => parseShell(s).commands.filter((c) => c.conditional).map(commandName);
    expect(conditional('apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(conditional('if [ "$A" = amd64 ]; then go build; elif true; then make; else cargo build; fi; echo done')).toEqual(['go', 'true', 'make', 'cargo']);
    expect(conditional('case "$A" in arm64) go build ;; esac')).toEqual(['go']);
    expect(conditional('while read x; do go build; done')).toEqual(['read', 'go']);
    expect(conditional('[ -n "$A" ] && go build && strip x; make')).toEqual(['go', 'strip']);
    expect(conditional('[[ $A == x ]] && go build')).toEqual(['go']);
    expect(conditional('command -v go || apk add go && go version')).toEqual(['apk']);
    expect(conditional("test -f go.mod && sh -c 'go build && strip bootstrap'")).toEqual(['sh', 'go', 'strip']);
    expect(conditional('[ -f x ] && echo "$(go version)"')).toEqual(['echo', 'go']);
  });
  it('handles process substitution', () => {
    const cmds = parseShell('bash <(curl -s https://x)').commands;
    const curl = cmds.find((c) => commandName(c) === 'curl');
    expect(curl?.substitutionOf && commandName(curl.substitutionOf)).toBe('bash');
  });
});

describe('shell limits', () => {
  it('reads at most maxShellCommands commands of a 150,000-command sh -c, without exhausting the stack', () => {
    const s = parseShell(`sh -c 'true${'; true'.repeat(150_000)}'`);
    expect(s.cut).toBe(true);
    expect(s.commands.length).toBe(LIMITS.maxShellCommands);
    expect(s.commands[0].name).toBe('sh');
    expect(s.commands[1]).toMatchObject({ name: 'true', viaShellC: s.commands[0] });
  });

  it('reads a script just under the limits in full, and does not parse one over the size limit', () => {
    const s = parseShell(`true${'; true'.repeat(LIMITS.maxShellCommands - 2)}`);
    expect(s.cut).toBeUndefined();
    expect(s.commands.length).toBe(LIMITS.maxShellCommands - 1);
    const big = parseShell(`echo ${'x'.repeat(LIMITS.maxShellScriptChars)}`);
    expect(big).toMatchObject({ commands: [], hasError: true, cut: true });
  });
});
