/**
 * The model's patch of dockerfile-ast's parser (src/dockerfile/model.ts): each instruction is built once, not
 * twice, and what the parser returns is unchanged: ranges, arguments and heredocs, with and without heredoc bodies.
 */
import { describe, expect, it, vi } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';

const TEXT = [
  'ARG BASE=public.ecr.aws/lambda/python:3.12',
  'FROM ${BASE} AS build',
  'RUN <<EOF',
  'set -eux',
  'echo one',
  'EOF',
  'COPY <<-CONF /etc/app.conf',
  '\tkey=value',
  '\tCONF',
  'RUN pip install \\',
  '      -r requirements.txt',
  'ONBUILD RUN echo later',
  'CMD ["app.handler"]',
  'EXPOSE',
  'ENV A=1 B="two words"',
  'RUN echo last',
].join('\n');

describe('dockerfile-ast parse, as the model patches it', () => {
  it('builds each instruction once', () => {
    const spy = vi.spyOn(Parser, 'createInstruction');
    try {
      expect(DockerfileParser.parse(TEXT).getInstructions()).toHaveLength(10);
      // 10 instructions, built again only where a heredoc body lies between the two calls (2), and the
      // ONBUILD trigger the heredoc check reads (1); unpatched, 19 (every instruction with arguments twice).
      expect(spy).toHaveBeenCalledTimes(13);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives every instruction its whole range, arguments and heredocs', () => {
    const ast = DockerfileParser.parse(TEXT);
    const seen = ast.getInstructions().map((i) => ({
      keyword: i.getKeyword(),
      range: [i.getRange().start.line, i.getRange().end.line, i.getRange().end.character],
      args: i.getArguments().map((a) => a.getValue()),
    }));
    // As the parser gives them unpatched (the heredoc bodies are arguments too, as dockerfile-ast tokenises them).
    expect(seen).toEqual([
      { keyword: 'ARG', range: [0, 0, 42], args: ['BASE=public.ecr.aws/lambda/python:3.12'] },
      { keyword: 'FROM', range: [1, 1, 21], args: ['${BASE}', 'AS', 'build'] },
      { keyword: 'RUN', range: [2, 5, 3], args: ['<<EOF', 'set', '-eux', 'echo', 'one', 'EOF'] },
      { keyword: 'COPY', range: [6, 8, 5], args: ['<<-CONF', '/etc/app.conf', 'key=value', 'CONF'] },
      { keyword: 'RUN', range: [9, 10, 25], args: ['pip', 'install', '-r', 'requirements.txt'] },
      { keyword: 'ONBUILD', range: [11, 11, 22], args: ['RUN', 'echo', 'later'] },
      { keyword: 'CMD', range: [12, 12, 19], args: ['["app.handler"]'] },
      { keyword: 'EXPOSE', range: [13, 13, 6], args: [] },
      { keyword: 'ENV', range: [14, 14, 21], args: ['A=1', 'B="two', 'words"'] },
      { keyword: 'RUN', range: [15, 15, 13], args: ['echo', 'last'] },
    ]);
    const model = parseDockerfile(TEXT);
    expect(model.instructions.map((i) => i.heredocs.map((h) => h.content))).toEqual([[], [], ['set -eux\necho one'], ['\tkey=value'], [], [], [], [], [], []]);
    expect(model.instructions[2].shellText).toContain('echo one');
  });

  it('the model reads arguments text and heredocs as dockerfile-ast gives them', () => {
    const texts = [
      TEXT,
      TEXT.replace(/\n/g, '\r\n'),
      '# escape=`\nFROM mcr.microsoft.com/windows AS w\nRUN echo a `\n  b `\n  c\nCOPY --chown=1:1 --from=w a b /c/\n',
      'FROM scratch\nRUN --mount=type=cache,target=/root/.cache pip install \\\n  -r req.txt  \\\n  # a comment line\n  && echo done\nRUN echo a<<b c<<-d\nCOPY x<<EOF /y\nRUN cat <<EOF | sh\necho hi\nEOF\nENV A=1 \\\n    B=2\nCMD [ "a", \\\n  "b" ]\nLABEL a="b c"   \nUSER   \nHEALTHCHECK CMD curl -f http://x/ || exit 1\n',
    ];
    for (const text of texts) {
      const nodes = DockerfileParser.parse(text).getInstructions();
      const model = parseDockerfile(text);
      expect(model.instructions.map((i) => i.text), text).toEqual(nodes.map((n) => n.getArgumentsContent() ?? ''));
      const heredocsOf = (n: (typeof nodes)[number]) => ((n as unknown as { getHeredocs?: () => { getName(): string }[] }).getHeredocs?.() ?? []).map((h) => h.getName());
      expect(model.instructions.map((i) => i.heredocs.map((h) => h.name)), text).toEqual(nodes.map((n) => (['RUN', 'COPY', 'ADD'].includes(n.getKeyword().toUpperCase()) ? heredocsOf(n) : [])));
    }
  });

  it('two parses in a row share nothing', () => {
    const a = DockerfileParser.parse('FROM scratch\nRUN echo a\n').getInstructions();
    const b = DockerfileParser.parse('FROM scratch\nRUN echo a\n').getInstructions();
    expect(a[1]).not.toBe(b[1]);
    expect(b.map((i) => i.getArgumentsContent())).toEqual(['scratch', 'echo a']);
  });
});
