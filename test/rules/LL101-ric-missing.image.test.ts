import rule from '../../rules/LL101-ric-missing.js';
import { elf, imageRuleTester } from '../image-kit.js';
import { AWS_EP, AWS_PROVIDED, AWS_PYTHON, NODE_SLIM, PYTHON_SLIM, PY_RIC, RIC_PY_SITE, SH } from './image-fixtures.js';

const APP = { 'function/app.py': 'def handler(e, c):\n    return 1\n' };

imageRuleTester(rule, {
  valid: [
    { name: 'AWS base: /var/runtime/bootstrap', image: { config: { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' }, layers: [AWS_PYTHON, { 'var/task/app.py': 'def handler(e, c): pass\n' }] } },
    { name: 'custom base with awslambdaric in site-packages', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, APP] } },
    { name: 'pip --target install into the working directory', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, { 'function/awslambdaric/__main__.py': '', 'function/awslambdaric/bootstrap.py': '', ...APP }] } },
    { name: 'node aws-lambda-ric', image: { config: { Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/function' }, layers: [NODE_SLIM, { 'function/node_modules/aws-lambda-ric/package.json': '{"name":"aws-lambda-ric"}', 'function/index.js': 'exports.handler = 1' }] } },
    { name: 'provided with an ELF bootstrap in /var/task', image: { config: { Entrypoint: AWS_EP, Cmd: ['x'], WorkingDir: '/var/task' }, layers: [AWS_PROVIDED, { 'var/task/bootstrap': { body: elf(62), mode: 0o755 } }] } },
    { name: 'Go binary as Entrypoint on a distroless base', image: { config: { Entrypoint: ['/main'] }, layers: [{ main: { body: elf(62), mode: 0o755 } }] } },
    { name: 'web adapter in /opt/extensions', image: { config: { Cmd: ['node', 'index.js'], WorkingDir: '/app' }, layers: [NODE_SLIM, { 'opt/extensions/lambda-adapter': { body: elf(62), mode: 0o755 }, 'app/index.js': '' }] } },
    { name: 'java RIC jar, ruby gem and .NET dll are recognized', image: { config: { Entrypoint: ['/usr/bin/java', '-cp', './*', 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda'], Cmd: ['a.B::h'], WorkingDir: '/function' }, layers: [SH, { 'usr/bin/java': { body: elf(62), mode: 0o755 }, 'function/aws-lambda-java-runtime-interface-client-2.10.1.jar': 'PK' }] } },
    { name: 'bash custom runtime that talks to the Runtime API', image: { config: { Entrypoint: ['/entry.sh'] }, layers: [SH, { 'entry.sh': { body: '#!/bin/sh\nwhile true; do curl "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next"; done\n', mode: 0o755 } }] } },
  ],
  invalid: [
    { name: 'python slim, no client, python app.py', image: { config: { Cmd: ['python', 'app.py'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, APP] }, errors: [{ messageId: 'noRicInImage', message: /Cmd \["python", "app.py"\] starts python/ }] },
    { name: 'launches awslambdaric but it is not installed', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, APP] }, errors: [{ messageId: 'noRicInImage', message: /which is not installed/ }] },
    { name: 'awslambdaric --target dir not on sys.path', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, { 'deps/awslambdaric/__main__.py': '', ...APP }] }, errors: [{ messageId: 'noRicInImage' }] },
    { name: 'provided base without a bootstrap', image: { config: { Entrypoint: AWS_EP, Cmd: ['x'], WorkingDir: '/var/task' }, layers: [AWS_PROVIDED] }, errors: [{ messageId: 'noBootstrapInImage' }] },
    { name: 'neither Entrypoint nor Cmd', image: { config: {}, layers: [PYTHON_SLIM] }, errors: [{ messageId: 'noRicInImage', message: /neither Entrypoint nor Cmd/ }] },
    { name: 'node index.js without aws-lambda-ric', image: { config: { Entrypoint: ['/usr/local/bin/node', 'index.js'], WorkingDir: '/app' }, layers: [NODE_SLIM, { 'app/index.js': 'exports.handler = 1' }] }, errors: [{ messageId: 'noRicInImage', message: /starts \/usr\/local\/bin\/node, which is not a runtime client/ }] },
    { name: 'a shell entry script that runs a web server', image: { config: { Entrypoint: ['/start.sh'] }, layers: [PYTHON_SLIM, { 'start.sh': { body: '#!/bin/sh\nexec python -m http.server\n', mode: 0o755 } }] }, errors: [{ messageId: 'noRicInImage' }] },
    {
      name: 'with the Dockerfile: one finding, from the image',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py .\nCMD ["python", "app.py"]\n',
      image: { config: { Cmd: ['python', 'app.py'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, APP] },
      errors: [{ messageId: 'noRicInImage' }],
    },
  ],
}, { messages: ['noRicInImage', 'noBootstrapInImage'] });
