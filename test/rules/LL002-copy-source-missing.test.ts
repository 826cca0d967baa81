import rule from '../../rules/LL002-copy-source-missing.js';
import { ruleTester } from '../kit.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };
const AWS = 'FROM public.ecr.aws/lambda/python:3.12\n';

ruleTester(rule, {
  valid: [
    { name: 'a source that climbs out of the context names a file at its root', dockerfile: `${AWS}COPY ../app.py ./\nCMD ["app.handler"]\n`, context: APP_PY },
    { name: 'a folder copied whole while .dockerignore excludes some of its files', dockerfile: `${AWS}COPY src/ \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, context: { 'src/app.py': 'def handler(e, c):\n    return 1\n', 'src/app.pyc': 'x', '.dockerignore': '**/*.pyc\n' } },
    { name: 'every source in the context', dockerfile: `${AWS}COPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, context: APP_PY },
    { name: 'a folder source', dockerfile: `${AWS}COPY src/ \${LAMBDA_TASK_ROOT}/\n`, context: { 'src/app.py': 'x = 1\n' } },
    { name: 'src/. copies a folder that is there', dockerfile: `${AWS}COPY src/. \${LAMBDA_TASK_ROOT}\n`, context: { 'src/app.py': 'x = 1\n' } },
    { name: 'wildcards, variables and URLs are not literal', dockerfile: `${AWS}ARG SRC\nCOPY *.py \${SRC} \${LAMBDA_TASK_ROOT}/\nADD https://example.com/x.tar.gz /opt/\n`, context: { 'Dockerfile.other': '' } },
    { name: 'COPY --from reads a stage, not the context', dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /var/runtime/bootstrap\n', context: { 'go.mod': 'module x\n' } },
    { name: 'no context at all: nothing to judge', dockerfile: `${AWS}COPY app.py \${LAMBDA_TASK_ROOT}/\n` },
    { name: 'a stage that does not reach the target', dockerfile: `FROM python:3.12 AS test\nCOPY tests/ /tests/\n${AWS}COPY app.py \${LAMBDA_TASK_ROOT}/\n`, context: APP_PY },
    { name: 'a quoted source', dockerfile: `${AWS}COPY "app.py" \${LAMBDA_TASK_ROOT}/\n`, context: APP_PY },
  ],
  invalid: [
    { name: 'an absolute source is read from the build context, not from the image a RUN wrote it in', dockerfile: 'FROM python:3.12-slim\nCOPY requirements-dev.lock /tmp/requirements-dev.lock\nRUN sed "/^-e file:.*/d" /tmp/requirements-dev.lock > /tmp/requirements.txt\nCOPY /tmp/requirements.txt /app/requirements.txt\n', context: { 'requirements-dev.lock': 'x==1\n' }, errors: [{ messageId: 'sourcesMissing', line: 4, message: /\/tmp\/requirements\.txt \(COPY reads it from the build context, as tmp\/requirements\.txt, not from the image\)/ }] },
    // Docker strips ../ at the context's edge (`COPY ../something /something` copies `something`): checked as such.
    { name: 'a source that climbs out of the context is read at its root', dockerfile: `${AWS}COPY ../../requirements.txt ./\nCOPY app.py ./\nCMD ["app.handler"]\n`, context: APP_PY, errors: [{ messageId: 'sourcesMissing', line: 2, message: /\.\.\/\.\.\/requirements\.txt \(read as requirements\.txt: Docker strips \.\.\// }] },
    { name: 'a top-level wildcard matching a script beside the Dockerfile does not prove the folder', dockerfile: `${AWS}COPY *.py \${LAMBDA_TASK_ROOT}/\nCOPY requirements.txt \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, context: { 'build.py': 'print(1)\n' }, errors: [{ messageId: 'wrongFolder', line: 3 }] },
    { name: 'a source in the folder that .dockerignore excludes: the build cannot see it', dockerfile: `${AWS}COPY pyproject.toml poetry.lock \${LAMBDA_TASK_ROOT}/\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, context: { ...APP_PY, 'pyproject.toml': '[project]\nname = "x"\n', 'poetry.lock': '# lock\n', '.dockerignore': '*.lock\n' }, errors: [{ messageId: 'sourcesIgnored', line: 2, message: /poetry\.lock is in the build context but \.dockerignore excludes it/, fix: /!poetry\.lock/ }] },
    { name: 'a wildcard that matches files here shows the folder is the build context: the one missing file is missing, not a wrong folder', dockerfile: `${AWS}COPY src/*.py \${LAMBDA_TASK_ROOT}/\nCOPY model.bin /opt/model.bin\nCMD ["main.handler"]\n`, context: { 'src/main.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'sourcesMissing', line: 3, message: /model\.bin is not in the build context/ }] },
    { name: 'linted from the Dockerfile folder, built from the repository root', dockerfile: `${AWS}COPY requirements.txt \${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements.txt\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, context: { 'Dockerfile.dev': '' }, errors: [{ messageId: 'wrongFolder', line: 2, severity: 'warning', message: /requirements\.txt, app\.py/ }] },
    { name: 'a single missing source is a wrong folder too', dockerfile: `${AWS}COPY src/handler.py \${LAMBDA_TASK_ROOT}/\n`, context: { 'README.md': '' }, errors: [{ messageId: 'wrongFolder', message: /src\/handler\.py/ }] },
    { name: 'some sources missing', dockerfile: `${AWS}COPY app.py \${LAMBDA_TASK_ROOT}/\nCOPY dist/ \${LAMBDA_TASK_ROOT}/dist/\n`, context: APP_PY, errors: [{ messageId: 'sourcesMissing', line: 3, message: /dist\/ is not in the build context/ }] },
    { name: 'two missing sources are listed together', dockerfile: `${AWS}COPY app.py \${LAMBDA_TASK_ROOT}/\nCOPY lib.py util.py \${LAMBDA_TASK_ROOT}/\n`, context: APP_PY, errors: [{ messageId: 'sourcesMissing', message: /lib\.py, util\.py are not/ }] },
    { name: 'ADD of a local file', dockerfile: `${AWS}ADD vendor.tar.gz /opt/\nCOPY app.py \${LAMBDA_TASK_ROOT}/\n`, context: APP_PY, errors: [{ messageId: 'sourcesMissing', message: /vendor\.tar\.gz/ }] },
    { name: 'a builder stage copied from', dockerfile: `FROM python:3.12 AS build\nCOPY requirements.txt .\nRUN pip install -t /deps -r requirements.txt\n${AWS}COPY --from=build /deps \${LAMBDA_TASK_ROOT}/\nCOPY app.py \${LAMBDA_TASK_ROOT}/\n`, context: APP_PY, errors: [{ messageId: 'sourcesMissing', line: 2 }] },
    { name: 'many missing sources are shortened', dockerfile: `${AWS}COPY a.py b.py c.py d.py e.py f.py g.py \${LAMBDA_TASK_ROOT}/\n`, context: { 'x.txt': '' }, errors: [{ messageId: 'wrongFolder', message: /e\.py and 2 more/ }] },
  ],
});
