import rule from '../../rules/LL102-entrypoint-invalid.js';
import { elf, imageRuleTester } from '../image-kit.js';
import { AWS_EP, AWS_PROVIDED, AWS_PYTHON, NODE_SLIM, PYTHON_SLIM, PY_RIC, RIC_PY_SITE, SH, SH_ARM } from './image-fixtures.js';

const APP = { 'function/app.py': 'def handler(e, c):\n    return 1\n' };
const AWS = { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' };

imageRuleTester(rule, {
  valid: [
    { name: 'AWS base entrypoint script with /bin/sh', image: { config: AWS, layers: [AWS_PYTHON, { 'var/task/app.py': '' }] } },
    { name: 'custom base: python symlink to python3.12 (README example)', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, APP] } },
    { name: 'npx (symlink to a #!/usr/bin/env node script)', image: { config: { Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/function', Env: ['PATH=/usr/local/bin:/usr/bin:/bin'] }, layers: [NODE_SLIM, { 'function/index.js': '' }] } },
    { name: 'arm64 image with an aarch64 bootstrap entrypoint', image: { architecture: 'arm64', config: { Entrypoint: ['/var/task/bootstrap'] }, layers: [SH_ARM, { 'var/task/bootstrap': { body: elf(183), mode: 0o755 } }] } },
    { name: 'relative Entrypoint resolved against WorkingDir', image: { config: { Entrypoint: ['./main'], WorkingDir: '/var/task' }, layers: [AWS_PROVIDED, { 'var/task/main': { body: elf(62), mode: 0o755 } }] } },
    { name: 'bare program name found on PATH', image: { config: { Entrypoint: ['aws_lambda_ric'], Cmd: ['app.App::Handler.process'], WorkingDir: '/function', Env: ['PATH=/usr/local/bundle/bin:/usr/bin:/bin'] }, layers: [SH, { 'usr/local/bundle/bin/aws_lambda_ric': { body: '#!/usr/bin/env ruby\n', mode: 0o755 }, 'usr/bin/ruby': { body: elf(62), mode: 0o755 } }] } },
    { name: 'provided base with an amd64 bootstrap', image: { config: { Entrypoint: AWS_EP, Cmd: ['x'], WorkingDir: '/var/task' }, layers: [AWS_PROVIDED, { 'var/runtime/bootstrap': { body: elf(62), mode: 0o755 } }] } },
  ],
  invalid: [
    { name: 'Entrypoint file missing', image: { config: { Entrypoint: ['/var/task/bootstrap'] }, layers: [AWS_PROVIDED] }, errors: [{ messageId: 'entrypointMissing', message: /\/var\/task\/bootstrap, which does not exist/ }] },
    { name: 'bare name not on PATH', image: { config: { Entrypoint: ['aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/function' }, layers: [NODE_SLIM] }, errors: [{ messageId: 'entrypointMissing', message: /looked up on PATH/ }] },
    { name: 'Entrypoint is a symlink to the binary', image: { config: { Entrypoint: ['/var/task/bootstrap'] }, layers: [AWS_PROVIDED, { 'var/task/main': { body: elf(62), mode: 0o755 }, 'var/task/bootstrap': { type: 'symlink', linkname: 'main' } }] }, errors: [{ messageId: 'entrypointSymlink', severity: 'warning' }] },
    { name: 'Entrypoint 0700 owned by uid 1000', image: { config: { Entrypoint: ['/var/task/main'] }, layers: [AWS_PROVIDED, { 'var/task/main': { body: elf(62), mode: 0o700, uid: 1000 } }] }, errors: [{ messageId: 'entrypointNotExecutable', layer: 1, message: /mode 0700 \(owner uid 1000\)/ }] },
    { name: 'arm64 binary in an amd64 image', image: { config: { Entrypoint: ['/main'] }, layers: [SH, { main: { body: elf(183), mode: 0o755 } }] }, errors: [{ messageId: 'wrongArchitecture', message: /aarch64 \(arm64\), but the image architecture is amd64/ }] },
    { name: 'provided base, amd64 bootstrap in an arm64 image', image: { architecture: 'arm64', config: { Entrypoint: AWS_EP, Cmd: ['x'], WorkingDir: '/var/task' }, layers: [{ ...AWS_PROVIDED, ...SH_ARM }, { 'var/runtime/bootstrap': { body: elf(62), mode: 0o755 } }] }, errors: [{ messageId: 'wrongArchitecture', message: /The bootstrap \/var\/runtime\/bootstrap/ }] },
    { name: 'script whose interpreter is missing', image: { config: { Entrypoint: ['/entry.sh'] }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'entry.sh': { body: '#!/bin/bash\nexec python -m awslambdaric "$@"\n', mode: 0o755 } }] }, errors: [{ messageId: 'interpreterMissing', message: /\/bin\/bash does not exist/ }] },
    { name: 'script with CRLF line endings', image: { config: { Entrypoint: ['/entry.sh'] }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'entry.sh': { body: '#!/bin/sh\r\nexec python -m awslambdaric "$@"\r\n', mode: 0o755 } }] }, errors: [{ messageId: 'interpreterMissing', message: /carriage return/ }] },
    { name: 'env interpreter not on PATH', image: { config: { Entrypoint: ['/entry'] }, layers: [SH, RIC_PY_SITE, { entry: { body: '#!/usr/bin/env python3\nimport awslambdaric\n', mode: 0o755 } }] }, errors: [{ messageId: 'interpreterMissing', message: /python3 \(on PATH\)/ }] },
  ],
}, { messages: ['entrypointMissing', 'entrypointSymlink', 'entrypointNotExecutable', 'wrongArchitecture', 'interpreterMissing'] });
