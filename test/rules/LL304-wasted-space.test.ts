import { describe, expect, it } from 'vitest';
import rule, { wastedSpace } from '../../rules/LL304-wasted-space.js';
import { ruleTester } from '../kit.js';
import { buildImage, imageRuleTester } from '../image-kit.js';
import { lintImage } from '../../src/linter/lint.js';

const BASE = 'FROM public.ecr.aws/lambda/python:3.12\n';
const MiB = 1024 * 1024;
const blob = (mib: number, fill = 1) => Buffer.alloc(Math.round(mib * MiB), fill);

ruleTester(rule, {
  valid: [
    { name: 'chmod of a copied folder without -R: only the folder entry changes', dockerfile: `${BASE}COPY models /opt/models\nRUN chmod 755 /opt/models\n`, context: { 'models/m.bin': 'x'.repeat(2 * MiB) } },
    { name: 'chmod of a folder without -R changes the folder, not the big file in it', dockerfile: `${BASE}COPY data.bin /opt/data/data.bin\nRUN chmod 755 /opt/data\n`, context: { 'data.bin': 'x'.repeat(2 * MiB) } },
    // A small file made executable or handed to a user: a few bytes twice, not worth a finding.
    { name: 'chmod +x of a small script copied from the context', dockerfile: `${BASE}COPY entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\n`, context: { 'entrypoint.sh': '#!/bin/sh\nexec "$@"\n' } },
    { name: 'chmod of a path no step copied', dockerfile: `${BASE}COPY app.py /var/task/\nRUN chmod 755 /opt/tool\n`, context: { 'app.py': '' } },
    { name: 'chmod in the RUN that downloads the file', dockerfile: `${BASE}RUN curl -fsSL -o /opt/tool https://example.com/tool && chmod 755 /opt/tool\n` },
    { name: 'download, extract and delete in one RUN', dockerfile: `${BASE}RUN curl -fsSL -o /tmp/m.tgz https://example.com/m.tgz \\\n && tar -xzf /tmp/m.tgz -C /opt \\\n && rm /tmp/m.tgz\n` },
    { name: 'bind mount instead of COPY', dockerfile: `${BASE}RUN --mount=type=bind,source=m.tgz,target=/tmp/m.tgz tar -xzf /tmp/m.tgz -C /opt\n`, context: { 'm.tgz': 'x' } },
    { name: 'deletion in a builder stage that is not the target lineage', dockerfile: 'FROM python:3.12 AS build\nCOPY src.tar.gz /tmp/\nRUN tar xzf /tmp/src.tar.gz -C /src\nRUN rm /tmp/src.tar.gz\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /src ${LAMBDA_TASK_ROOT}/\n', context: { 'src.tar.gz': 'x' } },
    { name: 'rm of something no instruction added', dockerfile: `${BASE}COPY app.py \${LAMBDA_TASK_ROOT}/\nRUN dnf install -y gcc && dnf clean all && rm -rf /var/cache/dnf\n`, context: { 'app.py': '' } },
    { name: 'rm before the COPY', dockerfile: `${BASE}RUN rm -f /var/task/app.py\nCOPY app.py /var/task/\n`, context: { 'app.py': '' } },
    { name: 'rm of an unresolved variable', dockerfile: `${BASE}COPY app.py /var/task/\nRUN rm -f "$UNKNOWN"\n`, context: { 'app.py': '' } },
    { name: 'ADD extracts the archive: rm of the archive name removes nothing added', dockerfile: `${BASE}ADD deps.tar.gz /opt/\nRUN <<EOF\nrm -f /opt/deps.tar.gz\nEOF\n`, context: { 'deps.tar.gz': 'x' } },
  ],
  invalid: [
    {
      name: 'a COPY of two files, chmod of one: the general fix (a --chmod on the COPY would change both)',
      dockerfile: `${BASE}COPY ffmpeg app.py \${LAMBDA_TASK_ROOT}/\nRUN chmod 700 \${LAMBDA_TASK_ROOT}/ffmpeg\n`,
      context: { ffmpeg: 'x'.repeat(2 * MiB), 'app.py': '' },
      errors: [{ messageId: 'rewrittenLater', line: 3, severity: 'warning', fix: /^Set modes and owners as the files are copied/ }],
    },
    {
      name: 'a file copied into the task root without a trailing slash, then chmod',
      dockerfile: `${BASE}COPY model.bin \${LAMBDA_TASK_ROOT}\nRUN chmod 644 \${LAMBDA_TASK_ROOT}/model.bin\n`,
      context: { 'model.bin': 'x'.repeat(2 * MiB) },
      errors: [{ messageId: 'rewrittenLater', line: 3, severity: 'warning', fix: /COPY --chmod=644 model\.bin \$\{LAMBDA_TASK_ROOT\}$/ }],
    },
    {
      name: 'chmod of a binary copied from another stage (size unknown): info, the fix sets the mode in the COPY',
      dockerfile: 'FROM oven/bun:1.1 AS bun\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=bun /usr/local/bin/bun /opt/bun\nRUN chmod 777 /opt/bun\n',
      errors: [{ messageId: 'rewrittenLater', line: 4, severity: 'info', message: /`chmod 777 \/opt\/bun` changes \/opt\/bun, which the COPY at line 3 added/, fix: /COPY --from=bun --chmod=777 \/usr\/local\/bin\/bun \/opt\/bun$/ }],
    },
    {
      name: 'chown of a 2 MiB file: the fix adds --chown to the COPY',
      dockerfile: `${BASE}COPY data.bin /opt/data.bin\nRUN chown 1000:1000 /opt/data.bin\n`,
      context: { 'data.bin': 'x'.repeat(2 * MiB) },
      errors: [{ messageId: 'rewrittenLater', line: 3, severity: 'warning', fix: /COPY --chown=1000:1000 data\.bin \/opt\/data\.bin$/ }],
    },
    {
      name: 'chown -R over a folder holding a 2 MiB file from the context: a warning',
      dockerfile: `${BASE}COPY model.bin /opt/model/model.bin\nRUN chown -R 1000:1000 /opt/model\n`,
      context: { 'model.bin': 'x'.repeat(2 * MiB) },
      errors: [{ messageId: 'rewrittenLater', line: 3, severity: 'warning', message: /\(2\.1 MB\)/, fix: /COPY --chmod \/ --chown/ }],
    },
    {
      name: 'chgrp of a 2 MiB file: a warning, the general fix (--chown needs the user too)',
      dockerfile: `${BASE}COPY data.bin /opt/data.bin\nRUN chgrp app /opt/data.bin\n`,
      context: { 'data.bin': 'x'.repeat(2 * MiB) },
      errors: [{ messageId: 'rewrittenLater', line: 3, severity: 'warning', fix: /^Set modes and owners as the files are copied/ }],
    },
    {
      name: 'COPY an archive, extract and delete it in a later RUN',
      dockerfile: `${BASE}COPY big.tar.gz /tmp/\nRUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz\n`,
      context: { 'big.tar.gz': 'x' },
      errors: [{ messageId: 'deletedLater', line: 3, severity: 'warning', message: /`rm \/tmp\/big\.tar\.gz` deletes \/tmp\/big\.tar\.gz, which the COPY at line 2 added/ }],
    },
    {
      name: 'a 2 MiB context file deleted later (size from the build context)',
      dockerfile: `${BASE}COPY data.bin /opt/data.bin\nRUN python -c "print(1)"\nRUN rm -f /opt/data.bin\n`,
      context: { 'data.bin': 'x'.repeat(2 * MiB) },
      errors: [{ messageId: 'deletedLater', line: 4, severity: 'warning', message: /\(2\.1 MB\)/ }],
    },
    {
      name: 'small requirements.txt removed after install (relative to WORKDIR): info',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt && rm requirements.txt\n',
      context: { 'requirements.txt': 'requests\n' },
      errors: [{ messageId: 'deletedLater', line: 4, severity: 'info', message: /deletes \/app\/requirements\.txt, which the COPY at line 3 added \(9 B\)/ }],
    },
    {
      name: 'downloaded in one RUN, deleted in the next',
      dockerfile: `${BASE}RUN curl -fsSL --output /tmp/jdk.tgz https://example.com/jdk.tgz\nRUN tar xzf /tmp/jdk.tgz -C /opt && rm -f /tmp/jdk.tgz\n`,
      errors: [{ messageId: 'deletedLater', line: 3, severity: 'warning', message: /curl downloaded/ }],
    },
    {
      name: 'parent folder of a COPY removed, in a stage built FROM the parent stage',
      dockerfile: `${BASE.replace('\n', ' AS base\n')}COPY src/ /build/src/\nFROM base\nRUN cd /build && make && rm -rf /build\n`,
      context: { 'src/a.c': 'int main(){}' },
      errors: [{ messageId: 'deletedLater', line: 4, message: /deletes \/build\/src/ }],
    },
    {
      name: 'tests folder removed from a copied source tree (the context holds it)',
      dockerfile: `${BASE}COPY . \${LAMBDA_TASK_ROOT}/\nRUN rm -rf tests\n`,
      context: { 'app.py': '', 'tests/test_app.py': 'x' },
      errors: [{ messageId: 'deletedLater', line: 3, severity: 'info', message: /deletes \/var\/task\/tests \(part of \/var\/task\)/ }],
    },
    {
      name: 'ARG-resolved path and a heredoc RUN',
      dockerfile: `${BASE}ARG PKG=/tmp/tool.zip\nADD https://example.com/tool.zip \${PKG}\nRUN <<EOF\nunzip "\${PKG}" -d /opt/tool\nrm "\${PKG}"\nEOF\n`,
      errors: [{ messageId: 'deletedLater', line: 4, severity: 'warning', message: /ADD at line 3/ }],
    },
    {
      name: 'glob deletes COPYed wheels',
      dockerfile: `${BASE}COPY dist/app-1.0-py3-none-any.whl /tmp/\nRUN pip install /tmp/*.whl && rm -rf /tmp/*.whl\n`,
      context: { 'dist/app-1.0-py3-none-any.whl': 'x' },
      errors: [{ messageId: 'deletedLater', severity: 'warning', message: /rm \/tmp\/\*\.whl/ }],
    },
  ],
});

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'nothing removed', image: () => buildImage({ layers: [{ 'var/task/a.bin': blob(1) }, { 'var/task/b.py': 'x' }] }) },
      { name: 'under 10 MiB removed, under 10% of the image', image: () => buildImage({ layers: [{ 'opt/model.bin': blob(55), 'tmp/a.tgz': blob(5) }, { 'tmp/.wh.a.tgz': '' }] }) },
      { name: 'small config file rewritten', image: () => buildImage({ layers: [{ 'etc/app.conf': 'a' }, { 'etc/app.conf': 'b' }] }) },
      { name: 'directory and symlink removals carry no bytes', image: () => buildImage({ layers: [{ 'opt/d/': { type: 'dir' }, 'opt/l': { type: 'symlink', linkname: '/etc' } }, { 'opt/.wh.d': '', 'opt/.wh.l': '' }] }) },
      {
        name: 'a Dockerfile deletes a file but the image shows the waste is tiny: the image decides',
        image: () => buildImage({ layers: [{ 'tmp/big.tar.gz': 'x' }, { 'tmp/.wh.big.tar.gz': '' }] }),
        dockerfile: 'FROM scratch\nCOPY big.tar.gz /tmp/\nRUN rm /tmp/big.tar.gz\n',
      },
      { name: 'history mode: the rebuilt Dockerfile is not judged when the image is read', image: () => buildImage({ layers: [{ 'tmp/x.zip': 'x' }, { 'tmp/.wh.x.zip': '' }], history: ['COPY x.zip /tmp/ # buildkit', 'RUN /bin/sh -c rm /tmp/x.zip # buildkit'] }) },
    ],
    invalid: [
      {
        name: 'most of a small image is deleted later',
        image: () => buildImage({ layers: [{ 'tmp/a.tgz': blob(3), 'var/task/app.py': 'x' }, { 'tmp/.wh.a.tgz': '' }] }),
        errors: [{ messageId: 'wasted', severity: 'warning', message: /\/tmp\/a\.tgz 3\.1 MB \(added in layer 1, deleted in layer 2\)/ }],
      },
      {
        name: 'archive deleted in a later layer',
        image: () => buildImage({ layers: [{ 'tmp/model.tar.gz': blob(12) }, { 'opt/model/w.bin': blob(1, 2), 'tmp/.wh.model.tar.gz': '' }] }),
        errors: [{ messageId: 'wasted', severity: 'warning', layer: 0, message: /ships 13 MB .*\(1 files; efficiency 7\.7%.*Biggest: \/tmp\/model\.tar\.gz 13 MB \(added in layer 1, deleted in layer 2\)/ }],
      },
      {
        name: 'chmod in a later layer rewrites the files',
        image: () => buildImage({ layers: [{ 'var/task/lib.so': blob(11) }, { 'var/task/lib.so': { body: blob(11), mode: 0o755 } }] }),
        errors: [{ messageId: 'wasted', message: /efficiency 50\.0%.*rewritten in layer 2/ }],
      },
      {
        name: 'opaque folder hides earlier files',
        image: () => buildImage({ layers: [{ 'opt/build/a.o': blob(6), 'opt/build/b.o': blob(6, 3) }, { 'opt/build/': { type: 'dir' }, 'opt/build/.wh..wh..opq': '', 'opt/build/out': 'x' }] }),
        errors: [{ messageId: 'wasted', message: /13 MB .*2 files.*\/opt\/build\/a\.o 6\.3 MB.*\/opt\/build\/b\.o 6\.3 MB/ }],
      },
      {
        name: 'top three offenders only',
        image: () => buildImage({ layers: [{ 'x/1': blob(4), 'x/2': blob(5), 'x/3': blob(6), 'x/4': blob(1) }, { 'x/.wh.1': '', 'x/.wh.2': '', 'x/.wh.3': '', 'x/.wh.4': '' }] }),
        errors: [{ messageId: 'wasted', message: /Biggest: \/x\/3 6\.3 MB [^;]*; \/x\/2 5\.2 MB [^;]*; \/x\/1 4\.2 MB [^;]*\.$/ }],
      },
      {
        name: 'mapped to the Dockerfile line of the layer that added it',
        image: () => buildImage({ layers: [{ 'var/task/app.py': 'x' }, { 'tmp/big.tar.gz': blob(11) }, { 'tmp/.wh.big.tar.gz': '' }] }),
        dockerfile: 'FROM scratch\nCOPY app.py /var/task/\nCOPY big.tar.gz /tmp/\nRUN rm /tmp/big.tar.gz\n',
        errors: [{ messageId: 'wasted', line: 3 }],
      },
      {
        name: 'history mode: one finding from the image, none from the rebuilt Dockerfile',
        image: () => buildImage({ layers: [{ 'tmp/x.zip': blob(11) }, { 'tmp/.wh.x.zip': '' }], history: ['COPY x.zip /tmp/ # buildkit', 'RUN /bin/sh -c rm /tmp/x.zip # buildkit'] }),
        errors: [{ messageId: 'wasted', message: /\/tmp\/x\.zip 12 MB/ }],
      },
    ],
  },
  { messages: ['wasted'] },
);

describe('LL304 thresholds', () => {
  it('needs 1% of the layer bytes as well as 10 MiB', async () => {
    const { image } = await lintImage(await buildImage({ layers: [{ 'tmp/a': blob(11) }, { 'tmp/.wh.a': '' }] }), { rules: [rule] });
    expect(wastedSpace(image)?.wasted).toBe(11 * MiB);
    // The same waste in an image of 2 GiB of files is under 1%.
    const bigger = { ...image, layers: image.layers.map((l, i) => (i === 1 ? { ...l, fileBytes: 2 * 1024 * MiB } : l)) };
    expect(wastedSpace(bigger)).toBeUndefined();
  });
});
