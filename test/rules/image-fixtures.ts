/** Filesystem layers shared by the LL101-LL104 image tables. */
import { elf, type ImageLayer } from '../image-kit.js';

export const SH: ImageLayer = { 'bin/': {}, 'bin/sh': { body: elf(62), mode: 0o755 }, 'usr/bin/env': { body: elf(62), mode: 0o755 } };
export const SH_ARM: ImageLayer = { 'bin/': {}, 'bin/sh': { body: elf(183), mode: 0o755 }, 'usr/bin/env': { body: elf(183), mode: 0o755 } };

/** public.ecr.aws/lambda/python:3.12 in miniature. */
export const AWS_PYTHON: ImageLayer = {
  ...SH,
  'lambda-entrypoint.sh': { body: '#!/bin/sh\nexec /var/runtime/bootstrap "$@"\n', mode: 0o755 },
  'var/runtime/': {},
  'var/runtime/bootstrap': { body: '#!/bin/sh\nexec /var/lang/bin/python3.12 /var/runtime/bootstrap.py\n', mode: 0o755 },
  'var/runtime/bootstrap.py': 'import awslambdaric\n',
  'var/lang/bin/python3.12': { body: elf(62), mode: 0o755 },
  'var/task/': {},
};
export const AWS_NODE: ImageLayer = {
  ...SH,
  'lambda-entrypoint.sh': { body: '#!/bin/sh\nexec /var/runtime/bootstrap "$@"\n', mode: 0o755 },
  'var/runtime/bootstrap': { body: '#!/bin/sh\n', mode: 0o755 },
  'var/lang/bin/node': { body: elf(62), mode: 0o755 },
  'var/task/': {},
};
export const AWS_PROVIDED: ImageLayer = {
  ...SH,
  'lambda-entrypoint.sh': { body: '#!/bin/sh\nexec /var/runtime/bootstrap "$@"\n', mode: 0o755 },
  'var/runtime/': {},
  'var/task/': {},
};
/** python:3.12-slim in miniature. */
export const PYTHON_SLIM: ImageLayer = {
  ...SH,
  'usr/local/bin/python3.12': { body: elf(62), mode: 0o755 },
  'usr/local/bin/python': { type: 'symlink', linkname: 'python3.12' },
  'usr/local/lib/python3.12/site-packages/': {},
};
export const NODE_SLIM: ImageLayer = {
  ...SH,
  'usr/local/bin/node': { body: elf(62), mode: 0o755 },
  'usr/local/lib/node_modules/npm/bin/npx-cli.js': { body: '#!/usr/bin/env node\n', mode: 0o755 },
  'usr/local/bin/npx': { type: 'symlink', linkname: '../lib/node_modules/npm/bin/npx-cli.js' },
};
export const RIC_PY_SITE: ImageLayer = {
  'usr/local/lib/python3.12/site-packages/awslambdaric/__main__.py': 'import sys\n',
  'usr/local/lib/python3.12/site-packages/awslambdaric/bootstrap.py': 'def run(): pass\n',
};
export const PY_RIC = ['/usr/local/bin/python', '-m', 'awslambdaric'];
export const AWS_EP = ['/lambda-entrypoint.sh'];
