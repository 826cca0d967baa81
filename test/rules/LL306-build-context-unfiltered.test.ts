import rule from '../../rules/LL306-build-context-unfiltered.js';
import { ruleTester } from '../kit.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.12\n';
const NODE = 'FROM public.ecr.aws/lambda/nodejs:20\n';
const APP = { 'app.py': 'def handler(e, c):\n    return 1\n', 'requirements.txt': 'boto3\n' };
const IGNORE = '.git\n**/__pycache__\n.venv\n.env\ntests/\nnode_modules\n';

ruleTester(rule, {
  valid: [
    { name: 'COPY --exclude leaves out what .dockerignore does not', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --exclude=.env --exclude=tests . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', '.env': 'A=1\n', 'tests/test_app.py': 'x = 1\n', '.dockerignore': '.git\n' } },
    { name: 'dockerignore excludes what exists', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`, context: { ...APP, '.dockerignore': IGNORE, '.git/HEAD': 'ref: refs/heads/main\n', 'tests/test_app.py': 'x\n', '__pycache__/app.cpython-312.pyc': 'x' } },
    { name: 'context not readable: stay quiet', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n` },
    { name: 'no COPY . at all', dockerfile: `${PY}COPY app.py \${LAMBDA_TASK_ROOT}/\n`, context: { ...APP, '.git/HEAD': 'x\n' } },
    { name: 'node_modules is fine when the Dockerfile installs nothing for node', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`, context: { ...APP, '.dockerignore': '.git\n', 'node_modules/x/index.js': 'x' } },
    {
      name: 'builder stage whose output only is copied',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/bootstrap\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap /var/runtime/bootstrap\n',
      context: { 'main.go': 'package main\n', '.git/HEAD': 'x\n' },
    },
    { name: 'a test folder inside a vendored package is not the project tests', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`, context: { ...APP, '.dockerignore': '.git\n', 'vendor/lib/tests/t.py': 'x' } },
    { name: '.env.example is not a secret', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`, context: { ...APP, '.dockerignore': '.git\n', '.env.example': 'A=\n' } },
    { name: 'unused stage is skipped', dockerfile: `FROM python:3.12 AS test\nCOPY . .\n${PY}COPY app.py \${LAMBDA_TASK_ROOT}/\n`, context: { ...APP, '.git/HEAD': 'x\n' } },
  ],
  invalid: [
    { name: 'no dockerignore', dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`, context: APP, errors: [{ messageId: 'noDockerignore', line: 2, severity: 'warning', message: /no \.dockerignore\.$/ }] },
    {
      name: 'no dockerignore names what it takes',
      dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\n`,
      context: { ...APP, '.git/HEAD': 'ref: refs/heads/main\n', '.git/objects/pack/p.pack': 'x'.repeat(2000), 'tests/test_app.py': 'x\n' },
      errors: [{ messageId: 'noDockerignore', message: /\.git\/ \(2 KB, repository history\), tests\/ \(2 B, tests\)/ }],
    },
    {
      name: 'dockerignore that lets secrets through',
      dockerfile: `${PY}COPY . .\n`,
      context: { ...APP, '.dockerignore': '.git\n', '.env': 'TOKEN=x\n', '.aws/credentials': '[default]\n' },
      errors: [{ messageId: 'unfilteredPaths', message: /\.aws\/.*\.env .*\.dockerignore \(\.dockerignore\)/ }],
    },
    {
      name: 'node_modules when the Dockerfile installs node deps',
      dockerfile: `${NODE}COPY . \${LAMBDA_TASK_ROOT}\nRUN npm ci --omit=dev\n`,
      context: { 'index.js': 'exports.handler = async () => 1;\n', 'package.json': '{}\n', '.dockerignore': '.git\n', 'node_modules/left-pad/index.js': 'x'.repeat(100) },
      errors: [{ messageId: 'unfilteredPaths', message: /node_modules\/ \(100 B/ }],
    },
    {
      name: 'builder folder copied whole into the image',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt -t .\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /app ${LAMBDA_TASK_ROOT}\n',
      context: { ...APP, '.venv/bin/python': 'x' },
      errors: [{ messageId: 'noDockerignore', line: 3, message: /\.venv\// }],
    },
    {
      name: 'ADD . with continuation lines and caches',
      dockerfile: `${PY}ADD \\\n  . \\\n  \${LAMBDA_TASK_ROOT}\n`,
      context: { ...APP, '.dockerignore': '.git\n', 'pkg/__pycache__/a.pyc': 'xx', '.pytest_cache/v/cache': 'x' },
      errors: [{ messageId: 'unfilteredPaths', line: 2, message: /pkg\/__pycache__\/ \(2 B.*\.pytest_cache\// }],
    },
    {
      name: 'more than five offenders',
      dockerfile: `${PY}COPY . .\n`,
      context: { ...APP, '.dockerignore': '*.md\n', '.git/HEAD': 'x', 'tests/a': 'x', '.venv/a': 'x', '.aws-sam/a': 'x', 'cdk.out/a': 'x', '.mypy_cache/a': 'x', '.tox/a': 'x' },
      errors: [{ messageId: 'unfilteredPaths', message: /\+ 2 more/ }],
    },
    {
      name: 'ARG-resolved target stage',
      dockerfile: `ARG PY=3.12\nFROM public.ecr.aws/lambda/python:\${PY} AS app\nCOPY . .\nFROM app AS final\n`,
      context: { ...APP, '.dockerignore': '.git\n', 'tests/t.py': 'x' },
      errors: [{ messageId: 'unfilteredPaths', line: 3 }],
    },
  ],
});
