/**
 * Image history -> Dockerfile instructions (src/image/history.ts), and the Dockerfile rules that judge an image
 * through its history (`needs.history`), end to end on in-memory images.
 */
import { describe, expect, it } from 'vitest';
import { historyBuildArgs, historyDockerfile, historyInstruction, historyLines } from '../../src/image/history.js';
import { readdirSync } from 'node:fs';
import type { Rule } from '../../src/engine/rule-kit.js';
import LL202 from '../../rules/LL202-secret-baked.js';
import LL302 from '../../rules/LL302-layer-order.js';
import LL203 from '../../rules/LL203-remote-script-piped.js';
import LL110 from '../../rules/LL110-setting-ignored.js';
import { buildImage, lintImageCase } from '../image-kit.js';

const GH = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`; // 36 chars after ghp_
const NPM = `npm_${'Zy9Xw8Vu7T'.repeat(3)}abcdef`;

describe('historyInstruction', () => {
  const cases: [string, string | undefined][] = [
    // classic builder
    ['/bin/sh -c #(nop)  CMD ["app.handler"]', 'CMD ["app.handler"]'],
    ['/bin/sh -c #(nop) COPY file:4b2e8f0a6c1d2e3f in /var/task/ ', 'COPY 4b2e8f0a6c1d2e3f /var/task/'],
    ['/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /var/task ', 'COPY 4b2e8f0a6c /var/task'],
    ['/bin/sh -c #(nop) ADD multi:9f8e7d6c5b4a in /var/task/ ', 'ADD 9f8e7d6c5b4a /var/task/'],
    ['/bin/sh -c #(nop) COPY --chown=1000:1000 file:ab12cd34ef in /app/app.py ', 'COPY --chown=1000:1000 ab12cd34ef /app/app.py'],
    ['/bin/sh -c #(nop)  ENV API_TOKEN=abc PATH=/usr/bin', 'ENV API_TOKEN=abc PATH=/usr/bin'],
    ['/bin/sh -c #(nop)  ARG NPM_TOKEN', 'ARG NPM_TOKEN'],
    ['/bin/sh -c #(nop) WORKDIR /var/task', 'WORKDIR /var/task'],
    ['/bin/sh -c pip install -r requirements.txt', 'RUN pip install -r requirements.txt'],
    ['/bin/sh -c apt-get update     && apt-get install -y gcc', 'RUN apt-get update     && apt-get install -y gcc'],
    ['|1 NPM_TOKEN=abc123 /bin/sh -c npm ci', 'RUN npm ci'],
    // BuildKit
    ['RUN |1 NPM_TOKEN=x /bin/sh -c npm ci # buildkit', 'RUN npm ci'],
    ['RUN |2 A=1 B= /bin/sh -c echo "$A" # buildkit', 'RUN echo "$A"'],
    ['RUN /bin/sh -c pip install --no-cache-dir boto3 # buildkit', 'RUN pip install --no-cache-dir boto3'],
    ['RUN /bin/bash -o pipefail -c curl -fsSL https://x.example/i.sh | bash # buildkit', 'RUN curl -fsSL https://x.example/i.sh | bash'],
    ['COPY requirements.txt /var/task/ # buildkit', 'COPY requirements.txt /var/task/'],
    ['COPY . /var/task # buildkit', 'COPY . /var/task'],
    ['COPY --from=build /out /var/task # buildkit', 'COPY --from=build /out /var/task'],
    ['ENV API_TOKEN=abc', 'ENV API_TOKEN=abc'],
    ['WORKDIR /var/task', 'WORKDIR /var/task'],
    ['EXPOSE map[8080/tcp:{}]', 'EXPOSE map[8080/tcp:{}]'],
    // buildah
    ['/bin/sh -c #(nop) ENTRYPOINT ["python3", "-m", "awslambdaric"]', 'ENTRYPOINT ["python3", "-m", "awslambdaric"]'],
    ['|1 PIP_INDEX_URL=https://u:p@pypi.example/simple /bin/sh -c pip install -r requirements.txt', 'RUN pip install -r requirements.txt'],
    // kaniko
    ['RUN pip install -r requirements.txt', 'RUN pip install -r requirements.txt'],
    ['COPY app.py /var/task/', 'COPY app.py /var/task/'],
    // AWS base images
    ['ADD file:0f3a6c1b2d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c in / ', 'ADD 0f3a6c1b2d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c /'],
    ['ENTRYPOINT ["/lambda-entrypoint.sh"]', 'ENTRYPOINT ["/lambda-entrypoint.sh"]'],
    ['ENV LANG=en_US.UTF-8 TZ=:/etc/localtime LAMBDA_TASK_ROOT=/var/task LAMBDA_RUNTIME_DIR=/var/runtime', 'ENV LANG=en_US.UTF-8 TZ=:/etc/localtime LAMBDA_TASK_ROOT=/var/task LAMBDA_RUNTIME_DIR=/var/runtime'],
    // nothing usable
    ['', undefined],
    ['   # buildkit', undefined],
  ];
  for (const [createdBy, want] of cases) {
    it(JSON.stringify(createdBy), () => expect(historyInstruction(createdBy)).toBe(want));
  }

  it('reads the build args recorded before a RUN', () => {
    expect(historyBuildArgs('RUN |1 NPM_TOKEN=x /bin/sh -c npm ci # buildkit')).toEqual([{ name: 'NPM_TOKEN', value: 'x' }]);
    expect(historyBuildArgs('|2 A=1 B= /bin/sh -c true')).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: '' }]);
    expect(historyBuildArgs('/bin/sh -c true')).toEqual([]);
  });

  it('puts build args as ARG lines before their RUN, tied to the same entry and layer', () => {
    const lines = historyLines([
      { created_by: 'ADD file:abc123def456 in / ' },
      { created_by: 'ARG NPM_TOKEN', empty_layer: true },
      { created_by: `RUN |1 NPM_TOKEN=${NPM} /bin/sh -c npm ci # buildkit` },
      { created_by: 'RUN |1 NOTE=a"b$c /bin/sh -c true # buildkit' },
    ]);
    expect(lines.map((l) => [l.history, l.layer, l.instruction])).toEqual([
      [0, 0, 'ADD abc123def456 /'],
      [1, undefined, 'ARG NPM_TOKEN'],
      [2, 1, `ARG NPM_TOKEN=${NPM}`],
      [2, 1, 'RUN npm ci'],
      [3, 2, 'ARG NOTE="a\\"b\\$c"'],
      [3, 2, 'RUN true'],
    ]);
    expect(historyDockerfile(lines).split('\n')[0]).toBe('FROM scratch');
  });
});

describe('needs.history', () => {
  it('is set for the rules whose evidence is what instructions do', async () => {
    // The rule files themselves (rules/index.ts is generated and may lag behind).
    const dir = new URL('../../rules/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^LL\d{3}-.*\.ts$/.test(f));
    const rules = await Promise.all(files.map(async (f) => (await import(new URL(f, dir).href)).default as Rule));
    const history = Object.fromEntries(rules.map((r) => [r.code, r.needs.history === true]));
    for (const code of ['LL107', 'LL108', 'LL110', 'LL202', 'LL203', 'LL302', 'LL304']) expect(history[code], code).toBe(true);
    // base image facts (unknown behind the synthetic FROM scratch), synthetic lines, the build context,
    // or image evidence that replaces the Dockerfile evidence (LL301, LL305)
    for (const code of ['LL001', 'LL106', 'LL109', 'LL201', 'LL301', 'LL305', 'LL306']) expect(history[code], code).toBe(false);
  });
});

describe('rules on the history of an image', () => {
  it('LL302: COPY . /var/task below RUN pip install -r requirements.txt', async () => {
    const img = await buildImage({
      config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' },
      layers: [{ 'lambda-entrypoint.sh': { body: '#!/bin/sh\n', mode: 0o755 } }, { 'var/task/app.py': 'x', 'var/task/requirements.txt': 'requests\n' }, { 'var/task/requests/__init__.py': '' }],
      history: [
        'ADD file:0f3a6c1b2d4e5f6a in / ',
        { created_by: 'ENTRYPOINT ["/lambda-entrypoint.sh"]', empty_layer: true },
        { created_by: 'WORKDIR /var/task', empty_layer: true },
        'COPY . /var/task # buildkit',
        'RUN /bin/sh -c pip install -r requirements.txt --target /var/task # buildkit',
        { created_by: 'CMD ["app.handler"]', empty_layer: true },
      ],
    });
    const { findings } = await lintImageCase(LL302, img);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: 'codeBeforeInstall', source: 'image-history', layer: 2 });
    expect(findings[0].message).toMatch(/COPY \. \/var\/task \(image layer 2\) brings application code in before `pip install -r requirements.txt --target \/var\/task`/);
    expect(findings[0].message).toMatch(/from the image history/);
  });

  it('LL302: classic builder history (hashed sources; the base rootfs ADD is not code)', async () => {
    const img = await buildImage({
      layers: [{ 'usr/bin/x': 'x' }, { 'var/task/app.py': 'x' }, { 'usr/bin/gcc': 'x' }, { 'var/task/requests/__init__.py': '' }],
      history: [
        '/bin/sh -c #(nop) ADD file:7d9c1e5b3a in / ',
        '/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /var/task ',
        '/bin/sh -c dnf install -y gcc python3-devel',
        '/bin/sh -c pip install -r requirements.txt --target /var/task',
      ],
    });
    const { findings } = await lintImageCase(LL302, img);
    expect(findings.map((f) => [f.messageId, f.layer])).toEqual([['installAfterCode', 2], ['codeBeforeInstall', 3]]);
    expect(findings[0].message).toMatch(/COPY 4b2e8f0a6c \/var\/task \(image layer 2\)/);
  });

  it('LL302: manifests first, by name (BuildKit) or by destination (classic), stays quiet', async () => {
    const img = await buildImage({
      layers: [{ 'a': '' }, { 'b': '' }, { 'c': '' }, { 'd': '' }],
      history: [
        '/bin/sh -c #(nop) ADD file:0f3a6c1b2d in / ',
        '/bin/sh -c #(nop) COPY file:5e6f7a8b9c0d in /var/task/requirements.txt ',
        '/bin/sh -c pip install -r /var/task/requirements.txt',
        'COPY app.py /var/task/ # buildkit',
      ],
    });
    expect((await lintImageCase(LL302, img)).findings).toEqual([]);
  });

  it('LL202: ENV API_TOKEN=ghp_... in the history, reported once, redacted', async () => {
    const img = await buildImage({
      config: { Env: ['PATH=/usr/bin', `API_TOKEN=${GH}`], Cmd: ['app.handler'] },
      layers: [{ 'var/task/app.py': 'x' }],
      history: ['COPY app.py /var/task/ # buildkit', { created_by: `ENV API_TOKEN=${GH}`, empty_layer: true }],
    });
    const { findings } = await lintImageCase(LL202, img);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ messageId: 'tokenValue', source: 'image-history' });
    expect(f.message).toMatch(/ENV API_TOKEN contains a GitHub/);
    expect(f.message).toMatch(/history/);
    expect(f.message).toContain('ghp_…(40 chars)');
    expect(JSON.stringify(findings)).not.toContain(GH);
  });

  it('LL202: a build arg recorded in a RUN entry (any format), never printed', async () => {
    const img = await buildImage({
      layers: [{ 'var/task/node_modules/x/index.js': 'x' }, { 'var/task/y': 'y' }],
      history: [`RUN |1 NPM_TOKEN=${NPM} /bin/sh -c npm ci # buildkit`, '|1 DB_PASSWORD=hunter2-Correct-Horse /bin/sh -c ./migrate'],
    });
    const { findings } = await lintImageCase(LL202, img);
    expect(findings.map((f) => [f.messageId, f.source, f.layer])).toEqual([
      ['tokenValue', 'image-history', 0],
      ['secretArg', 'image-history', 1],
    ]);
    const out = JSON.stringify(findings);
    expect(out).not.toContain(NPM);
    expect(out).not.toContain('hunter2-Correct-Horse');
    expect(findings[1].message).toMatch(/ARG DB_PASSWORD .*image history, layer 2/);
  });

  it('LL202: a placeholder build arg and an ARG without value stay quiet', async () => {
    const img = await buildImage({
      layers: [{ 'a': '' }],
      history: [{ created_by: 'ARG NPM_TOKEN', empty_layer: true }, 'RUN |1 NPM_TOKEN=x /bin/sh -c npm ci # buildkit'],
    });
    expect((await lintImageCase(LL202, img)).findings).toEqual([]);
  });

  it('LL203 and LL110 judge history lines too', async () => {
    const img = await buildImage({
      layers: [{ 'a': '' }],
      history: ['RUN /bin/sh -c curl -fsSL https://get.example.com/install.sh | sh # buildkit', { created_by: 'EXPOSE map[8080/tcp:{}]', empty_layer: true }, { created_by: 'HEALTHCHECK &{["CMD" "true"] "30s" "5s" "0s" \'\\x03\'}', empty_layer: true }],
    });
    const a = await lintImageCase(LL203, img);
    expect(a.findings.map((f) => [f.source, f.layer])).toEqual([['image-history', 0]]);
    const b = await lintImageCase(LL110, img);
    expect(b.findings.map((f) => f.messageId)).toEqual(['ignoredSetting', 'ignoredSetting']);
  });
});
