import rule from '../../rules/LL301-cache-leftover.js';
import { imageRuleTester, type ImageLayer } from '../image-kit.js';
import { AWS_EP, AWS_PYTHON } from './image-fixtures.js';

const CFG = { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' };
const APP = { 'var/task/app.py': 'def handler(e, c):\n    return 1\n' };
const bytes = (n: number) => Buffer.alloc(n, 0x61);
const KiB = 1024;

/** What `pip install -r requirements.txt` without --no-cache-dir leaves (the cache-leftover fixture's sizes). */
const PIP_CACHE: ImageLayer = {
  'root/.cache/pip/http/7/a/3/c/1/7a3c1f0e': bytes(163_840),
  'root/.cache/pip/http/e/4/9/0/b/e490b2d1': bytes(98_304),
  'root/.cache/pip/wheels/5d/8e/aa/requests-2.32.3-py3-none-any.whl': bytes(65_536),
  'var/task/requests/__init__.py': '',
};

const PY_DF = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements.txt --target ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'no cache folders at all', image: { config: CFG, layers: [AWS_PYTHON, APP] } },
      {
        name: 'what a proper clean-up leaves: apt lists lock, dnf json, pip selfcheck',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/lib/apt/lists/lock': '', 'var/lib/apt/lists/partial/': {}, 'var/cache/dnf/expired_repos.json': '[]', 'var/cache/dnf/tempfiles.json': '{}', 'root/.cache/pip/selfcheck/abc.json': '{"last_check":"2026-01-01"}' }] },
      },
      { name: 'a small cache under the 64 KiB threshold', image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/cache/apk/APKINDEX.5022a8a2.tar.gz': bytes(60 * KiB) }] } },
      {
        name: 'look-alike paths outside the cache folders',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/.cache/pip-notes.txt': bytes(200 * KiB), 'var/lib/apt/extended_states': bytes(100 * KiB), 'opt/conda/lib/libpython.so': bytes(200 * KiB), 'var/cache/ldconfig/aux-cache': bytes(100 * KiB) }] },
      },
      {
        name: 'with the Dockerfile: pip without --no-cache-dir, but the image holds no cache (cache mount / BuildKit)',
        dockerfile: PY_DF,
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/task/requirements.txt': 'requests\n' }, { 'var/task/requests/__init__.py': '' }, APP] },
      },
      {
        name: 'from history: RUN pip install without --no-cache-dir, yet no cache bytes (the history-layers fixture)',
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/task/requests/__init__.py': '' }], history: ['ADD file:0f3a6c1b2d in / ', '/bin/sh -c pip install -r requirements.txt --target /var/task'] },
      },
    ],
    invalid: [
      {
        name: 'pip cache in /root/.cache/pip (the cache-leftover fixture)',
        image: { config: CFG, layers: [AWS_PYTHON, PIP_CACHE, APP] },
        errors: [{ messageId: 'imageCache', severity: 'warning', layer: 1, message: /^The pip cache ships 328 KB \(327680 bytes\) in the image \(3 files under \/root\/\.cache\/pip, layer 2 of 3\)\.$/ }],
      },
      {
        name: 'several caches in one image, biggest first',
        image: {
          config: CFG,
          layers: [
            AWS_PYTHON,
            {
              'var/cache/dnf/amazonlinux-abc/packages/gcc-11.4.1-2.amzn2023.0.2.x86_64.rpm': bytes(131_072),
              'var/cache/dnf/amazonlinux-abc/repodata/primary.xml.gz': bytes(32_768),
              'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4': bytes(98_304),
              'root/.npm/_cacache/content-v2/sha512/3f/9c/abcdef': bytes(65_536),
              'root/.npm/_cacache/index-v5/1a/2b/3c4d5e6f': bytes(171),
            },
            APP,
          ],
        },
        errors: [
          { messageId: 'imageCache', message: /^The dnf cache ships 164 KB \(163840 bytes\)/ },
          { messageId: 'imageCache', message: /^The apt cache ships 98 KB \(98304 bytes\).*\/var\/lib\/apt\/lists/ },
          { messageId: 'imageCache', message: /^The npm cache ships 66 KB \(65707 bytes\)/ },
        ],
      },
      {
        name: 'cache deleted by a later layer still ships',
        image: { config: CFG, layers: [AWS_PYTHON, PIP_CACHE, { 'root/.cache/.wh.pip': '' }, APP] },
        errors: [{ messageId: 'imageCache', layer: 1, message: /328 KB of it was deleted by a later layer but still ships/ }],
      },
      {
        name: 'cache spread over two layers: both named, the bigger one carries the finding',
        image: { config: CFG, layers: [AWS_PYTHON, { 'root/.cache/pip/http/a': bytes(100 * KiB) }, { 'root/.cache/pip/http/b': bytes(2 * 1024 * KiB) }] },
        errors: [{ messageId: 'imageCache', layer: 2, message: /2\.2 MB .*layer 2 \(102 KB\), 3 \(2\.1 MB\) of 3/ }],
      },
      {
        name: 'yarn, pnpm, conda and apk caches; a build as a non-root user',
        image: {
          config: CFG,
          layers: [
            AWS_PYTHON,
            {
              'usr/local/share/.cache/yarn/v6/npm-left-pad-1.3.0/package.tgz': bytes(80 * KiB),
              'home/app/.local/share/pnpm/store/v3/files/00/abc': bytes(70 * KiB),
              'opt/conda/pkgs/numpy-1.26.4.conda': bytes(300 * KiB),
              'var/cache/apk/APKINDEX.5022a8a2.tar.gz': bytes(65 * KiB),
            },
          ],
        },
        errors: [
          { messageId: 'imageCache', message: /^The conda cache/ },
          { messageId: 'imageCache', message: /^The yarn cache/ },
          { messageId: 'imageCache', message: /^The pnpm cache .*\/home\/app\/\.local\/share\/pnpm\/store/ },
          { messageId: 'imageCache', message: /^The apk cache/ },
        ],
      },
      {
        name: 'with the Dockerfile: one finding, on the RUN line that left the cache',
        dockerfile: PY_DF,
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/task/requirements.txt': 'requests\n' }, PIP_CACHE, APP] },
        errors: [{ messageId: 'imageCache', line: 3, layer: 2 }],
      },
      {
        name: 'from history: the image evidence only, not the rebuilt RUN',
        image: { config: CFG, layers: [AWS_PYTHON, PIP_CACHE], history: ['ADD file:0f3a6c1b2d in / ', '/bin/sh -c pip install -r requirements.txt --target /var/task'] },
        errors: [{ messageId: 'imageCache', layer: 1, message: /pip cache/ }],
      },
    ],
  },
  { messages: ['imageCache'] },
);
