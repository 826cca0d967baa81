import rule from '../../rules/LL104-workdir-not-task-root.js';
import { elf, imageRuleTester } from '../image-kit.js';
import { AWS_EP, AWS_NODE, AWS_PROVIDED, AWS_PYTHON, NODE_SLIM, PYTHON_SLIM, PY_RIC, RIC_PY_SITE } from './image-fixtures.js';

const AWS = (wd: string, h = 'app.handler') => ({ Entrypoint: AWS_EP, Cmd: [h], WorkingDir: wd });
const APP = 'def handler(e, c):\n    return 1\n';

imageRuleTester(rule, {
  valid: [
    { name: 'AWS base, WorkingDir /var/task, code there', image: { config: AWS('/var/task'), layers: [AWS_PYTHON, { 'var/task/app.py': APP }] } },
    { name: 'custom base, WorkingDir /function holds the code', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': APP }] } },
    { name: 'custom base, WorkingDir /var/task (convention)', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/var/task' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'var/task/app.py': APP }] } },
    { name: 'node RIC with nested handler path in WorkingDir', image: { config: { Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['dist/index.handler'], WorkingDir: '/app' }, layers: [NODE_SLIM, { 'app/dist/index.js': 'exports.handler = 1' }] } },
    { name: 'Go binary Entrypoint override on provided: no handler', image: { config: { Entrypoint: ['./main'], WorkingDir: '/var/task' }, layers: [AWS_PROVIDED, { 'var/task/main': { body: elf(62), mode: 0o755 } }] } },
    { name: 'module missing everywhere: LL103 reports it', image: { config: AWS('/var/task'), layers: [AWS_PYTHON, { 'var/task/other.py': APP }] } },
    { name: 'same file name only inside site-packages', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': APP, 'usr/local/lib/python3.12/site-packages/x/app.py': '' }] } },
  ],
  invalid: [
    { name: 'AWS base, WorkingDir /app, code in /app only', image: { config: AWS('/app'), layers: [AWS_PYTHON, { 'app/app.py': APP }] }, errors: [{ messageId: 'imageCodeOutsideRoot', severity: 'error', message: /app\.py is in \/app, but the AWS base runtime loads code from \/var\/task \(the config WorkingDir is \/app\)/ }] },
    { name: 'AWS base, WorkingDir /var/task but code copied to /src', image: { config: AWS('/var/task', 'index.handler'), layers: [AWS_NODE, { 'src/index.js': 'exports.handler = 1' }] }, errors: [{ messageId: 'imageCodeOutsideRoot', message: /is in \/src/ }] },
    { name: 'AWS base, WorkingDir /app but code in /var/task (warning)', image: { config: AWS('/app'), layers: [AWS_PYTHON, { 'var/task/app.py': APP }] }, errors: [{ messageId: 'imageWorkdirNotTaskRoot', severity: 'warning' }] },
    { name: 'AWS provided base with WorkingDir reset', image: { config: { Entrypoint: AWS_EP, Cmd: ['x'] }, layers: [AWS_PROVIDED, { 'var/runtime/bootstrap': { body: elf(62), mode: 0o755 } }] }, errors: [{ messageId: 'imageWorkdirNotTaskRoot', message: /\(unset, so \/\)/ }] },
    { name: 'custom base, WorkingDir never set', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'] }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': APP }] }, errors: [{ messageId: 'imageCodeOutsideRoot', message: /WorkingDir is never set/ }] },
    { name: 'custom base, WorkingDir /var/task but code in /function', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/var/task' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': APP }] }, errors: [{ messageId: 'imageCodeOutsideRoot', message: /Set WORKDIR \/function|is in \/function/ }] },
    { name: 'node RIC, WorkingDir / and code in /app', image: { config: { Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/' }, layers: [NODE_SLIM, { 'app/index.js': 'exports.handler = 1' }] }, errors: [{ messageId: 'imageCodeOutsideRoot' }] },
    {
      name: 'with the Dockerfile: the image finding only',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["app.handler"]\n',
      image: { config: AWS('/app'), layers: [AWS_PYTHON, { 'app/app.py': APP }] },
      errors: [{ messageId: 'imageCodeOutsideRoot' }],
    },
  ],
}, { messages: ['imageWorkdirNotTaskRoot', 'imageCodeOutsideRoot'] });
