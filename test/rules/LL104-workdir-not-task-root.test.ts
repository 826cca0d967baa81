import rule from '../../rules/LL104-workdir-not-task-root.js';
import { ruleTester } from '../kit.js';
import { fn, loc } from '../deploy/facts.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };

ruleTester(rule, {
  valid: [
    { name: 'a script as CMD on the AWS base is no handler whose module could sit in a subfolder (LL103 reports the CMD)', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nWORKDIR /var/task\nCOPY app/lib app/lib\nCOPY docker-entrypoint.sh ./\nCMD ["./docker-entrypoint.sh"]\n' },
    { name: 'Java: classes at the root and dependency jars in lib/, as AWS shows', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCOPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.Handler::handleRequest"]\n' },
    { name: 'USER app installing into a virtual environment it made', dockerfile: 'FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nWORKDIR /home/app\nRUN python -m venv /home/app/venv && /home/app/venv/bin/pip install awslambdaric\nCOPY app.py .\nENTRYPOINT ["/home/app/venv/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY },
    { name: 'USER app installing with --target into its working directory', dockerfile: 'FROM python:3.12-slim\nRUN useradd -m app\nWORKDIR /home/app\nRUN chown app /home/app\nUSER app\nRUN pip install --target /home/app awslambdaric\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY },
    // poetry installs into its environment, then exports and pip installs the same dependencies into the runtime's Python.
    { name: 'poetry install, then poetry export and pip install -r into the system Python', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml poetry.lock ./\nRUN pip install --no-cache-dir poetry poetry-plugin-export && poetry install --no-root\nRUN poetry export -o requirements.txt && pip install --no-cache-dir -r requirements.txt\nCOPY app.py ./\nCMD ["app.handler"]\n' },
    { name: 'venv: poetry install with the project poetry.toml saying [virtualenvs] create = false', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml poetry.lock poetry.toml ./\nRUN poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'poetry.lock': '', 'poetry.toml': '[virtualenvs]\ncreate = false\n' } },

    { name: 'venv: uv pip sync into the task root (the pip interface, not a project sync)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ./\nRUN uv pip sync requirements.txt --target ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: POETRY_VIRTUALENVS_CREATE=0 (poetry reads 0 as false)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV POETRY_VIRTUALENVS_CREATE=0\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: POETRY_VIRTUALENVS_CREATE from an ARG', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nARG POETRY_VIRTUALENVS_CREATE=false\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: export POETRY_VIRTUALENVS_CREATE=false in the same RUN', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml poetry.lock ./\nRUN export POETRY_VIRTUALENVS_CREATE=false && poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: PIPENV_SYSTEM from an ARG', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nARG PIPENV_SYSTEM=1\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install --deploy\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: uv sync, then its site-packages copied into the task root', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev && cp -r .venv/lib/python3.12/site-packages/* ${LAMBDA_TASK_ROOT}/\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'venv: pipenv install, then a pip install --target of the frozen list', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install && pipenv run pip freeze > r.txt && pip install -r r.txt -t ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' } },
    { name: 'uv sync into the system environment (UV_PROJECT_ENVIRONMENT)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV UV_PROJECT_ENVIRONMENT=/var/lang\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' } },
    { name: 'poetry install after poetry config virtualenvs.create false', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml poetry.lock ./\nRUN pip install poetry && poetry config virtualenvs.create false && poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' } },
    { name: 'pipenv install --system --deploy', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY Pipfile Pipfile.lock ./\nRUN pip install pipenv && pipenv install --system --deploy\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' } },
    { name: 'uv sync with PYTHONPATH pointing at the environment', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV PYTHONPATH=/var/task/.venv/lib/python3.12/site-packages\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' } },

    { name: 'pip install --user that only upgrades pip itself (nothing the function imports)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir --user --upgrade pip setuptools\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' } },

    { name: 'pip install --user with PYTHONUSERBASE set for the function', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV PYTHONUSERBASE=/var/task/.local\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install --user -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n' },
    {
      name: 'wheels copied outside the task root and installed by a later RUN into a venv on PYTHONPATH',
      dockerfile: 'FROM dmpworks-builder:1 AS builder\nFROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project --no-dev\nENV PYTHONPATH="/app/.venv/lib/python3.12/site-packages"\nCOPY --from=builder /app/target/wheels /app/wheels/dmpworks\nRUN uv pip install --no-deps /app/wheels/dmpworks/*.whl\nCMD ["dmpworks.scheduler.handler.version_checker_handler"]\n',
    },
    {
      name: 'a top-level __init__.py copied into the working directory is not the handler package\'s (FUNCTION_DIR pattern)',
      dockerfile: 'FROM python:3.8-buster\nARG FUNCTION_DIR="/function"\nRUN mkdir -p ${FUNCTION_DIR}\nRUN pip install --target ${FUNCTION_DIR} awslambdaric\nWORKDIR ${FUNCTION_DIR}\nCOPY __init__.py ${FUNCTION_DIR}\nCOPY rest_api ${FUNCTION_DIR}/rest_api\nENTRYPOINT [ "/usr/local/bin/python", "-m", "awslambdaric" ]\nCMD [ "rest_api.application.handler" ]\n',
    },
    {
      name: 'a file that only shares the module\'s name, copied into the working directory',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --target /function awslambdaric\nCOPY application.py /function/\nCOPY rest_api /function/rest_api\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["rest_api.application.handler"]\n',
    },
    { name: 'AWS base used to build a zip package (no CMD, RUN zip)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /build\nCOPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt -t .\nCOPY lambda_function.py ./\nRUN dnf install -y zip && zip -r9 /artifacts/fn.zip .\n' },
    // The whole context one folder down is judged only when the handler's module cannot come from anywhere else.
    { name: 'no context: the context in app/, app.py also copied to the root', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . app/\nCOPY app.py ./\nCMD ["app.handler"]\n' },
    { name: 'no context: the context in src/, the handler names src.app', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . src/\nCMD ["src.app.handler"]\n' },
    { name: 'no context: a package folder kept under its name, the handler names a module in it', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app/ ${LAMBDA_TASK_ROOT}/app/\nCMD ["app.main.handler"]\n' },
    { name: 'no context: PYTHONPATH names the folder', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ${LAMBDA_TASK_ROOT}/src/\nENV PYTHONPATH=/var/task/src\nCMD ["app.handler"]\n' },
    { name: 'no context: Node.js, the context in app/ (app/index.js may be the module)', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY . app/\nCMD ["app.handler"]\n' },
    // Settings and tools in a home folder are normal; a builder's user site-packages is a dependency folder.
    { name: 'AWS base: a settings file copied to /root', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCOPY aws-config /root/.aws/config\nCOPY helper.py /home/tools/helper.py\nCMD ["app.handler"]\n', context: { ...APP_PY, 'aws-config': '[default]\n', 'helper.py': 'x = 1\n' } },
    // A base this tool does not know may define LAMBDA_TASK_ROOT in its configuration.
    { name: 'unknown base: ${LAMBDA_TASK_ROOT} may be defined by it', dockerfile: 'FROM acme/browser-python:1.52\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ${LAMBDA_TASK_ROOT}/app.py\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY },
    // A builder's bin folder holds console scripts, not the handler's module.
    {
      name: 'AWS base: a builder bin folder copied outside /var/task, the code in /var/task',
      dockerfile: 'FROM python:3.12-slim AS builder\nCOPY requirements.txt .\nRUN pip install --user -r requirements.txt\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=builder /root/.local/lib/python3.12/site-packages /var/task\nCOPY --from=builder /root/.local/bin /var/tools/bin\nCOPY app.py ./\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'requirements.txt': 'requests==2.32.3\n' },
    },
    // A builder's COPY into the empty ${LAMBDA_TASK_ROOT} lands in its working directory; the next stage copies by that path.
    {
      name: 'builder stage COPY into ${LAMBDA_TASK_ROOT}, its output copied by a relative path',
      dockerfile: 'FROM alpine:3.20 AS req\nCOPY pyproject.toml ${LAMBDA_TASK_ROOT}\nRUN apk add --no-cache poetry && poetry export -o requirements.txt\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=req requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'pyproject.toml': '[project]\nname = "x"\n' },
    },
    // Nothing launches a client after an unread install: LL101 reports the root cause (an AWS base also defines LAMBDA_TASK_ROOT).
    { name: 'python slim, an unread install, code copied to ${LAMBDA_TASK_ROOT}, nothing launches a client', dockerfile: 'FROM python:3.9-slim\nCOPY /app /app\nWORKDIR /app\nCOPY /app/main.py ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCMD ["main.handler"]\n' },
    // The Node.js client resolves an absolute handler folder with path.resolve('/var/task', folder): it loads from there.
    { name: 'Node.js AWS base: code in /application and an absolute handler under it', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nWORKDIR /application\nCOPY . .\nRUN npm ci && npm run build\nCMD ["/application/dist/index.handler"]\n' },
    { name: "Java: AWS's layout, classes in the task root and jars in lib", dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCOPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.App::handleRequest"]\n' },
    { name: 'Java: a fat jar copied into lib', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY --from=build /src/target/app.jar ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.App::handleRequest"]\n' },
    { name: 'Java: a jar unpacked into the task root', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/app.jar /tmp/app.jar\nRUN cd ${LAMBDA_TASK_ROOT} && jar xf /tmp/app.jar && rm /tmp/app.jar\nCMD ["example.App::handleRequest"]\n' },
    { name: 'a jar at the top of /var/task on a Python base is not judged', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY tools/x.jar ${LAMBDA_TASK_ROOT}/\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    {
      name: 'AWS base: a source folder copied into the task root, read without a context',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY ./app ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
    },
    { name: 'deploy: template WorkingDirectory where the code is', dockerfile: 'FROM python:3.12-slim\nRUN pip install --target /function awslambdaric\nCOPY app.py /function/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY, deploy: fn({ imageConfig: { workingDirectory: loc('/function', 12) } }) },
    {
      name: 'quoted absolute WORKDIR is not relative',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR "/function"\nRUN pip install --target . awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'quoted AWS base and COPY into the quoted task root',
      dockerfile: 'FROM "public.ecr.aws/lambda/python:3.12"\nCOPY app.py "${LAMBDA_TASK_ROOT}/"\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'bref base defines LAMBDA_TASK_ROOT',
      dockerfile: 'FROM bref/php-84:2\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["index.php"]\n',
      context: { 'index.php': '<?php\n' },
    },
    {
      name: 'a vendor base whose name says lambda may define LAMBDA_TASK_ROOT',
      dockerfile: 'FROM ghcr.io/acme/lambda-python-base:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'COPY src/. into the task root copies the contents of src',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/. ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
      context: { 'src/app.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'AWS base: a layer\'s Python packages in /opt/python',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY layer/ /opt/python/\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'layer/lib.py': 'x = 1\n' },
    },
    {
      name: 'AWS base: a tool folder copied from a builder into /opt',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS chrome\nRUN dnf install -y tar\nFROM public.ecr.aws/lambda/nodejs:22\nCOPY --from=chrome /opt/chromium /opt/chromium\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'index.mjs': 'export const handler = 1;\n' },
    },
    {
      name: 'python base image (docs example)',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install -r requirements.txt\nCOPY lambda_function.py ${LAMBDA_TASK_ROOT}\nCMD [ "lambda_function.handler" ]\n',
      context: { 'requirements.txt': 'requests\n', 'lambda_function.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'builder stage builds in /build, final stage copies into the task root',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS build\nWORKDIR /build\nCOPY . .\nRUN npm ci && npm run build\nFROM public.ecr.aws/lambda/nodejs:22\nCOPY --from=build /build/dist/ ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'package.json': '{}', 'src/app.ts': 'export const handler = 1;\n' },
    },
    {
      name: 'python alternative base with ARG FUNCTION_DIR (docs example)',
      dockerfile: 'ARG FUNCTION_DIR="/function"\nFROM python:3.12 AS build-image\nARG FUNCTION_DIR\nRUN mkdir -p ${FUNCTION_DIR}\nCOPY . ${FUNCTION_DIR}\nRUN pip install \\\n    --target ${FUNCTION_DIR} \\\n        awslambdaric\nFROM python:3.12-slim\nARG FUNCTION_DIR\nWORKDIR ${FUNCTION_DIR}\nCOPY --from=build-image ${FUNCTION_DIR} ${FUNCTION_DIR}\nENTRYPOINT [ "/usr/local/bin/python", "-m", "awslambdaric" ]\nCMD [ "lambda_function.handler" ]\n',
      context: { 'lambda_function.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'custom base: /function is as good as /var/task when WORKDIR points there',
      dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = async () => 1;\n' },
    },
    {
      name: 'AWS base: an extension in /opt and code in the task root',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY extensions/ /opt/extensions/\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'extensions/ext.py': 'x = 1\n' },
    },
    {
      name: 'AWS base: PYTHONPATH names the moved directory',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV PYTHONPATH=/app\nWORKDIR /app\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'custom base defines LAMBDA_TASK_ROOT itself; heredoc RUN',
      dockerfile: 'FROM python:3.12-slim\nENV LAMBDA_TASK_ROOT=/var/task\nWORKDIR ${LAMBDA_TASK_ROOT}\nRUN <<EOF\npip install --no-cache-dir --target ${LAMBDA_TASK_ROOT} awslambdaric\nEOF\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'custom base, Python client: PYTHONPATH names the folder of the code (Python imports the handler from sys.path)',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric==3.1.1\nENV PYTHONPATH=/var/task\nCOPY app.py /var/task/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'custom base, Python client: the code in the second of two PYTHONPATH folders',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nENV PYTHONPATH=/opt/lib:/srv/fn/\nCOPY app.py /srv/fn/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
  ],
  invalid: [
    // docs.spring.io/spring-boot/specification/executable-jar/nested-jars.html: nested jars load through Spring Boot's own launcher only.
    { name: 'a Spring Boot repackaged jar in /var/task: the fix does not send it to lib/', dockerfile: 'FROM maven:3.9-amazoncorretto-17 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -q package -DskipTests\nFROM public.ecr.aws/lambda/java:17\nCOPY --from=build /app/target/service-0.0.1-SNAPSHOT.jar ${LAMBDA_TASK_ROOT}\nCMD ["com.example.StreamLambdaHandler::handleRequest"]\n', context: { 'pom.xml': '<project><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>', 'src/main/java/com/example/StreamLambdaHandler.java': 'class StreamLambdaHandler {}' }, errors: [{ messageId: 'jarAtTaskRoot', line: 7, fix: /^The build makes a Spring Boot executable jar .* not even from lib\/: copy the classes and the dependency jars instead/ }] },
    // Dependency jars beside the classes at the top of /var/task: only lib/*.jar is on the classpath.
    { name: 'Java: classes copied, dependency jars copied to the top of the task root (context)', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY build/classes/java/main ${LAMBDA_TASK_ROOT}\nCOPY build/dependency/* ${LAMBDA_TASK_ROOT}/\nCMD ["example.Handler::handleRequest"]\n', context: { 'build/classes/java/main/example/Handler.class': 'x', 'build/dependency/gson-2.10.jar': 'x', 'build/dependency/aws-lambda-java-core-1.2.3.jar': 'x' }, errors: [{ messageId: 'dependencyJarsAtTaskRoot', line: 3, severity: 'warning', message: /aws-lambda-java-core-1\.2\.3\.jar, gson-2\.10\.jar.*classes copied at line 2/, fix: /COPY build\/dependency\/\* \$\{LAMBDA_TASK_ROOT\}\/lib\/$/ }] },
    { name: 'Java: the same without the build context (a wildcard over the dependency folder)', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCOPY target/dependency/* ${LAMBDA_TASK_ROOT}\nCMD ["example.Handler::handleRequest"]\n', errors: [{ messageId: 'dependencyJarsAtTaskRoot', line: 3 }] },
    // pip as a user who cannot write site-packages falls back to ~/.local, where the function's Python does not look.
    { name: 'USER app, then pip install on python:3.12-slim: a user installation', dockerfile: 'FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nWORKDIR /home/app\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY, errors: [{ messageId: 'userInstall', line: 5, severity: 'warning', message: /\(~app\/\.local\): USER app cannot write the system's site-packages/ }] },
    { name: 'Node.js AWS base, no CMD, code outside /var/task: a warning (ImageConfig may give an absolute handler there)', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY dist/ /functions/\n', context: { 'dist/a/index.js': 'exports.handler = async () => 1;\n' }, errors: [{ messageId: 'outsideTaskRootNoCmd', line: 2, severity: 'warning', fix: /CMD \["\/functions\/index\.handler"\]/ }] },
    { name: 'uv sync into a project environment elsewhere than the runtime Python (UV_PROJECT_ENVIRONMENT=/opt/venv)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV UV_PROJECT_ENVIRONMENT=/opt/venv\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '', 'requirements.txt': 'boto3\n' }, errors: [{ messageId: 'venvInstall', line: 4, message: /\(\/opt\/venv\)/ }] },
    { name: 'uv sync on the AWS Python base: packages in .venv, which the runtime does not search', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml uv.lock ./\nRUN pip install uv && uv sync --frozen --no-dev --no-cache\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' }, errors: [{ messageId: 'venvInstall', line: 3, severity: 'warning', message: /uv sync --frozen --no-dev --no-cache` installs into a virtual environment \(\.venv in the project folder\)/, fix: /uv export .* uv pip install -r requirements\.txt --target/ }] },
    { name: 'poetry install (a virtual environment in poetry\'s cache)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml poetry.lock ./\nRUN pip install poetry && poetry install --only main\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' }, errors: [{ messageId: 'venvInstall', line: 3, message: /poetry's cache folder/ }] },
    { name: 'pipenv install without --system', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY Pipfile Pipfile.lock ./\nRUN pip install pipenv && pipenv install --deploy\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'pyproject.toml': '[project]\nname = "fn"\n', 'uv.lock': '', 'poetry.lock': '', 'Pipfile': '', 'Pipfile.lock': '' }, errors: [{ messageId: 'venvInstall', line: 3, message: /virtualenvs/ }] },

    {
      name: 'pip install --user on the AWS Python base: the packages land in /root/.local',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip3 install --user -r requirements.txt\nCOPY src/ ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'userInstall', line: 3, severity: 'warning', message: /\/root\/\.local/ }],
    },
    {
      name: 'AWS base, code under /build, a zip made but a CMD set: a function image',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /build\nCOPY lambda_function.py ./\nRUN dnf install -y zip && zip -r9 /artifacts/fn.zip .\nCMD ["lambda_function.lambda_handler"]\n',
      errors: [{ messageId: 'outsideTaskRoot', line: 3 }],
    },
    {
      name: 'no context: the build context copied into /var/task/app, handler app.handler',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . app/\nWORKDIR /var/task/app\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'codeInSubfolder', line: 2, severity: 'warning', message: /\/var\/task\/app/ }],
    },
    {
      name: 'no context: a code folder kept in a folder inside /var/task, the handler names a top-level module',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ./\nCOPY src/ ${LAMBDA_TASK_ROOT}/src/\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'codeInSubfolder', line: 3, severity: 'warning', message: /what is inside src\/ in \/var\/task\/src/ }],
    },
    {
      name: 'no context: Node.js, dist/ kept in /var/task/dist, handler index.handler',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ./\nRUN npm install --omit=dev\nCOPY dist/ ./dist/\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'codeInSubfolder', line: 4, severity: 'warning', message: /Cannot find module/ }],
    },
    {
      name: 'no context: the build context copied into /var/task/src, handler main.handler',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/src\nCMD ["main.handler"]\n',
      errors: [{ messageId: 'codeInSubfolder', line: 2, severity: 'warning', message: /main\.py or main\/__init__\.py/ }],
    },
    {
      name: 'AWS base: the handler module and the build context copied under /home',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /home/app\nCOPY . /home/app\nCOPY app.py ./\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [
        { messageId: 'outsideTaskRoot', line: 3, message: /\/home\/app/ },
        { messageId: 'outsideTaskRoot', line: 4, message: /app\.py is copied to \/home\/app/ },
      ],
    },
    {
      name: 'AWS base: a builder folder of code copied outside /var/task',
      dockerfile: 'FROM python:3.12-slim AS builder\nWORKDIR /src\nCOPY . .\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=builder /src/app /function\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'outsideTaskRoot', line: 5 }],
    },
    {
      name: 'builder stage COPY into ${LAMBDA_TASK_ROOT}, a later stage copies /var/task from it',
      dockerfile: 'FROM alpine:3.20 AS req\nCOPY pyproject.toml ${LAMBDA_TASK_ROOT}\nRUN apk add --no-cache poetry && poetry export -o requirements.txt\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=req /var/task/pyproject.toml ${LAMBDA_TASK_ROOT}/\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'pyproject.toml': '[project]\nname = "x"\n' },
      errors: [{ messageId: 'taskRootUndefined', line: 2 }],
    },
    { name: 'Java: a fat jar copied to the top of the task root', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/app.jar ${LAMBDA_TASK_ROOT}\nCMD ["example.App::handleRequest"]\n', errors: [{ messageId: 'jarAtTaskRoot', line: 2, severity: 'warning', message: /target\/app\.jar lands in \/var\/task as a jar file/ }] },
    { name: 'Java: a jar from a build stage renamed at the top of /var/task', dockerfile: 'FROM maven:3.9-amazoncorretto-21 AS build\nRUN mvn -q package\nFROM public.ecr.aws/lambda/java:21\nCOPY --from=build /src/target/*-shaded.jar /var/task/function.jar\nCMD ["example.App::handleRequest"]\n', errors: [{ messageId: 'jarAtTaskRoot', line: 4 }] },
    { name: 'Java: a jar copied to ./ with the base working directory', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY build/libs/app-all.jar ./\nCMD ["example.App::handleRequest"]\n', errors: [{ messageId: 'jarAtTaskRoot', line: 2 }] },
    {
      name: 'AWS base: a source folder copied to /usr/src/app, read without a context',
      dockerfile: 'FROM amazon/aws-lambda-nodejs:22\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY ./src .\nCMD ["app.lambdaHandler"]\n',
      errors: [{ messageId: 'outsideTaskRoot', line: 5, message: /\.\/src is copied to \/usr\/src\/app/ }],
    },
    { name: 'deploy: template WorkingDirectory away from the code (on the template line)', dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --target /function awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY, deploy: fn({ imageConfig: { workingDirectory: loc('/srv', 12) } }), errors: [{ messageId: 'codeOutsideWorkdir', line: 12, message: /ImageConfig\.WorkingDirectory of Fn/ }] },
    {
      name: 'AWS base: WORKDIR /usr/src and COPY . .',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nWORKDIR /usr/src/app\nCOPY . .\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = 1;\n' },
      errors: [{ messageId: 'outsideTaskRoot', line: 3, message: /\/usr\/src\/app/ }],
    },
    {
      name: 'Node.js AWS base: an absolute handler elsewhere than the copied code',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nWORKDIR /usr/src/app\nCOPY . .\nCMD ["/opt/fn/index.handler"]\n',
      errors: [{ messageId: 'outsideTaskRoot', line: 3 }],
    },
    {
      name: 'Python AWS base: an absolute handler does not move the task root',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py /main.py\nCMD ["/main.handler"]\n',
      errors: [{ messageId: 'outsideTaskRoot', line: 2 }],
    },
    {
      name: 'AWS base: code copied into /opt/app',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py /opt/app/\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'outsideTaskRoot', line: 2 }],
    },
    {
      name: 'AWS base: relative WORKDIR resolves against /var/task',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR app\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'relativeWorkdirResolved', line: 2, severity: 'warning', message: /resolves to \/var\/task\/app/ }],
    },
    {
      name: 'custom base: relative WORKDIR after an absolute one',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nWORKDIR function\nRUN pip install --target . awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'relativeWorkdirResolved', line: 3, message: /\/srv\/function/ }],
    },
    {
      name: 'quoted relative WORKDIR is still relative',
      dockerfile: 'FROM node:20-slim\nWORKDIR "function"\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = 1;\n' },
      errors: [{ messageId: 'relativeWorkdir', line: 2, message: /WORKDIR function is relative/ }],
    },
    {
      name: 'AWS base: COPY app.py . after WORKDIR /app',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'outsideTaskRoot', line: 3, severity: 'error', message: /WORKDIR \/app \(line 2\)/ }],
    },
    {
      name: 'AWS base: ARG-resolved WORKDIR and the whole context',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nARG APP_DIR=/srv/app\nWORKDIR ${APP_DIR}\nCOPY . .\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = 1;\n', 'lib/util.js': 'module.exports = 1;\n' },
      errors: [{ messageId: 'outsideTaskRoot', line: 4, message: /\/srv\/app/ }],
    },
    {
      name: 'LAMBDA_TASK_ROOT in COPY on a non-AWS base',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install awslambdaric\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      // The files land in /, the working directory the client loads from: a note, not an error.
      errors: [{ messageId: 'taskRootUndefined', line: 3, severity: 'info', message: /land in \/, the working directory/ }],
    },
    {
      name: 'LAMBDA_TASK_ROOT in COPY on a non-AWS base with WORKDIR elsewhere',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install awslambdaric\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'taskRootUndefined', line: 4, severity: 'error', message: /land in \/\.$/ }],
    },
    {
      // BuildKit reads an empty destination as `./`: the files land in the working directory of the COPY.
      name: 'LAMBDA_TASK_ROOT alone as the destination on a non-AWS base: the working directory, which is the final one',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py ${LAMBDA_TASK_ROOT}\nRUN pip install awslambdaric\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'taskRootUndefined', line: 3, severity: 'info', message: /land in \/app, the working directory at that point, which is also the final one/ }],
    },
    {
      name: 'LAMBDA_TASK_ROOT alone as the destination, the working directory changed after the COPY',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /src\nCOPY app.py ${LAMBDA_TASK_ROOT}\nWORKDIR /app\nRUN pip install awslambdaric\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      // One finding for the COPY: where its files land says it all (no second one that the code is outside the working directory).
      errors: [{ messageId: 'taskRootUndefined', line: 3, severity: 'error', message: /land in \/src, the working directory at that point\.$/ }],
    },
    {
      name: 'LAMBDA_TASK_ROOT in a builder RUN with continuation',
      dockerfile: 'FROM python:3.12 AS build\nRUN pip install \\\n    --target "${LAMBDA_TASK_ROOT}" \\\n    awslambdaric\nFROM python:3.12-slim\nWORKDIR /function\nCOPY --from=build / /function\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'taskRootUndefined', line: 2, message: /RUN/ }],
    },
    {
      name: 'custom base, Node.js client: NODE_PATH does not move where the client loads the handler from',
      dockerfile: 'FROM node:20-slim\nRUN npm install -g aws-lambda-ric\nENV NODE_PATH=/var/task\nCOPY index.js /var/task/\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = async () => 1;\n' },
      errors: [{ messageId: 'codeOutsideWorkdir', line: 4, message: /never set/ }],
    },
    {
      name: 'custom base: WORKDIR never set',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install --target /function awslambdaric\nCOPY app.py /function/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'codeOutsideWorkdir', line: 3, message: /never set/ }],
    },
    {
      name: 'custom base: WORKDIR elsewhere than the code',
      dockerfile: 'FROM node:20-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY src/index.js /var/task/\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'src/index.js': 'exports.handler = 1;\n' },
      errors: [{ messageId: 'codeOutsideWorkdir', line: 4, message: /\/var\/task/ }],
    },
    {
      name: 'custom base: relative WORKDIR',
      dockerfile: 'FROM node:20-slim\nWORKDIR function\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'index.js': 'exports.handler = 1;\n' },
      errors: [{ messageId: 'relativeWorkdir', line: 2, severity: 'warning' }],
    },
  ],
});
