import rule from '../../rules/LL102-entrypoint-invalid.js';
import { ruleTester } from '../kit.js';
import { fn, loc } from '../deploy/facts.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };
const PY_RIC = 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir --target /function awslambdaric\nCOPY app.py .\n';
// The RIE README's wrapper script.
const ENTRY_GUARDED = '#!/bin/sh\nif [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then\n  exec /usr/local/bin/aws-lambda-rie /usr/local/bin/python -m awslambdaric "$@"\nelse\n  exec /usr/local/bin/python -m awslambdaric "$@"\nfi\n';

ruleTester(rule, {
  valid: [
    {
      name: 'a SAM build image whose CMD starts the runtime itself',
      dockerfile: 'FROM public.ecr.aws/sam/build-python3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["/lambda-entrypoint.sh", "app.handler"]\n',
    },
    {
      name: 'a SAM build image as a build container (no CMD: nothing is meant to run on Lambda)',
      dockerfile: 'FROM public.ecr.aws/sam/build-python3.12\nLABEL description="AWS Lambda build container with uv"\nWORKDIR /var/task\nRUN pip install uv\n',
    },
    {
      name: 'a SAM build image as a builder stage only',
      dockerfile: 'FROM public.ecr.aws/sam/build-python3.12 AS build\nCOPY requirements.txt .\nRUN pip install -r requirements.txt -t /out\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}/\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
    },
    {
      name: 'a SAM build image with the Lambda entrypoint set again',
      dockerfile: 'FROM public.ecr.aws/sam/build-python3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["app.handler"]\n',
    },
    {
      name: 'npm exec -- aws-lambda-ric runs the client as npx does',
      dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js .\nENV NPM_CONFIG_CACHE=/tmp/.npm\nENTRYPOINT ["npm", "exec", "--", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
    },
    {
      name: 'pnpm exec aws-lambda-ric',
      dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js .\nENTRYPOINT ["pnpm", "exec", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
    },
    { name: 'Web Adapter: a program named like an object property (constructor) is no web server to judge', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY constructor /usr/local/bin/constructor\nCMD ["constructor", "--port", "8080"]\n', context: { constructor: '#!/bin/sh\n' } },
    { name: 'Web Adapter: gunicorn bound to the port AWS_LWA_PORT names', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV AWS_LWA_PORT=8000\nWORKDIR /var/task\nRUN pip install --no-cache-dir gunicorn==23.0.0 flask==3.0.0\nCOPY app.py ./\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n', context: { 'app.py': 'app = 1\n' } },
    { name: 'Web Adapter: uvicorn --port=8080, the adapter default', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nWORKDIR /var/task\nRUN pip install --no-cache-dir uvicorn==0.30.0 fastapi==0.115.0\nCOPY main.py ./\nCMD ["uvicorn", "main:app", "--host=0.0.0.0", "--port=8080"]\n', context: { 'main.py': 'app = 1\n' } },
    { name: 'a variable in an exec-form ENTRYPOINT that runs a shell is expanded by that shell', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=755 bootstrap /var/runtime/bootstrap\nENTRYPOINT ["/bin/sh", "-c", "exec $LAMBDA_RUNTIME_DIR/bootstrap"]\n' },
    { name: 'LLRT started by CMD llrt (found on PATH, put there by ADD)', dockerfile: 'FROM --platform=arm64 busybox:1.36\nWORKDIR /var/task/\nCOPY app.mjs ./\nADD https://github.com/awslabs/llrt/releases/latest/download/llrt-container-arm64 /usr/bin/llrt\nRUN chmod +x /usr/bin/llrt\nENV LAMBDA_HANDLER "app.handler"\nCMD [ "llrt" ]\n', context: { 'app.mjs': 'export const handler = async () => 1;\n' } },
    // The Web Adapter's invoke mode against the function URL's.
    { name: 'a streaming function URL with AWS_LWA_INVOKE_MODE=response_stream in the image', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n'.replace('ENV PORT=8080', 'ENV PORT=8080 AWS_LWA_INVOKE_MODE=response_stream'), context: { 'index.js': 'x' }, deploy: fn({ urlInvokeMode: loc('RESPONSE_STREAM', 12) }) },
    { name: 'a streaming function URL with the mode in the function environment', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n', context: { 'index.js': 'x' }, deploy: fn({ urlInvokeMode: loc('RESPONSE_STREAM', 12), adapterInvokeMode: 'RESPONSE_STREAM' }) },
    { name: 'a buffered function URL and the adapter default', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n', context: { 'index.js': 'x' }, deploy: fn({ urlInvokeMode: loc('BUFFERED', 12) }) },
    { name: 'no function URL', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n', context: { 'index.js': 'x' }, deploy: fn() },
    { name: 'the emulator installed but not linked over the entrypoint (mounted for local tests)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN curl -fsSL -o /usr/local/bin/aws-lambda-rie https://github.com/aws/aws-lambda-runtime-interface-emulator/releases/latest/download/aws-lambda-rie && chmod +x /usr/local/bin/aws-lambda-rie\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' } },
    { name: 'node runs the link npm makes to the client (node_modules/.bin/aws-lambda-ric)', dockerfile: 'FROM node:20-slim\nWORKDIR /var/task\nCOPY package.json index.js ./\nRUN npm install aws-lambda-ric\nENTRYPOINT ["node", "./node_modules/.bin/aws-lambda-ric"]\nCMD ["index.handler"]\n', context: { 'package.json': '{"name":"fn"}', 'index.js': 'exports.handler = async () => 1;\n' } },
    { name: 'Web Adapter: the port from a build argument with a default', dockerfile: 'FROM node:20-alpine\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nARG PORT=3000\nENV PORT=$PORT\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: { 'server.js': 'x' } },
    { name: 'Web Adapter: the port from a build argument without a default (given at build time)', dockerfile: 'FROM node:20-alpine\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nARG PORT\nENV PORT=${PORT}\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: { 'server.js': 'x' } },
    // Neither ENTRYPOINT nor CMD and no file copied in: an image that installs the client for others to build on.
    { name: 'a client distribution image (no code, no ENTRYPOINT, no CMD)', dockerfile: 'FROM amazonlinux:2023\nRUN dnf install -y python3-pip && pip3 install --no-cache-dir awslambdaric && dnf clean all\n' },
    { name: 'a bare shell ENTRYPOINT runs CMD: the base entrypoint with the handler', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY app.js ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/bin/sh"]\nCMD ["/lambda-entrypoint.sh", "app.handler"]\n', context: { 'app.js': 'exports.handler = async () => 1;\n' } },
    { name: 'a text file without an extension copied from a Go project context is no compiled client', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nCOPY config /etc/app/config\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: { ...APP_PY, config: 'debug = false\n', 'go.mod': 'module x\n\nrequire github.com/aws/aws-lambda-go v1.47.0\n' } },

    { name: 'an AWS base with an edited copy of its own /lambda-entrypoint.sh (exec $RUNTIME_ENTRYPOINT)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY lambda-entrypoint.sh /lambda-entrypoint.sh\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["app.handler"]\n', context: { ...APP_PY, 'lambda-entrypoint.sh': "#!/bin/sh\nif [ $# -ne 1 ]; then\n  echo \"entrypoint requires the handler name to be the first argument\" 1>&2\n  exit 142\nfi\nexport _HANDLER=\"$1\"\nexport EXTRA=1\nRUNTIME_ENTRYPOINT=/var/runtime/bootstrap\nif [ -z \"${AWS_LAMBDA_RUNTIME_API}\" ]; then\n  exec /usr/local/bin/aws-lambda-rie $RUNTIME_ENTRYPOINT\nelse\n  exec $RUNTIME_ENTRYPOINT\nfi\n" } },

    {
      name: 'a Python wrapper that execs awslambdaric, copied from the context into a builder and from there into the image, visible to neither as a launch',
      dockerfile: 'FROM cgr.dev/chainguard/python:latest-dev AS builder\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --target ./packages -r requirements.txt && pip install --target ./packages awslambdaric\nCOPY src/ ./src/\nCOPY --chmod=755 entry.py /app/entry.py\nFROM cgr.dev/chainguard/python:latest\nWORKDIR /var/task\nCOPY --from=builder /app/packages /var/task\nCOPY --from=builder /app/src/ /var/task/\nCOPY --from=builder /app/entry.py /entry.py\nENTRYPOINT ["python", "/entry.py"]\nCMD ["lambda_function.handler"]\n',
      context: { 'requirements.txt': 'requests\n', 'src/lambda_function.py': 'def handler(e, c):\n    return 1\n', 'entry.py': "import os, sys\nif os.environ.get('AWS_LAMBDA_RUNTIME_API'):\n    os.execv(sys.executable, [sys.executable, '-m', 'awslambdaric'] + sys.argv[1:])\nelse:\n    os.execv('/usr/local/bin/aws-lambda-rie', ['/usr/local/bin/aws-lambda-rie', sys.executable, '-m', 'awslambdaric'] + sys.argv[1:])\n" },
    },
    // Playwright's Python image is Ubuntu with no ENTRYPOINT (microsoft/playwright-python utils/docker/Dockerfile.noble).
    { name: 'Playwright Python base, the client installed and launched', dockerfile: 'FROM mcr.microsoft.com/playwright/python:v1.52.0-noble\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: APP_PY },
    { name: 'AWS provided base: ENTRYPOINT names the binary where it is copied', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main main.go\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /main\nENTRYPOINT ["/main"]\n' },
    // The Lambda Web Adapter forwards invocations to the server the ENTRYPOINT starts.
    { name: 'Streamlit server behind the Lambda Web Adapter', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.0 /lambda-adapter /opt/extensions/lambda-adapter\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nENV AWS_LWA_PORT=8501\nENTRYPOINT ["streamlit", "run", "app.py", "--server.port=8501"]\n' },
    // An unread install on a known custom base and nothing launching a client: LL101 reports it (notLaunched), once.
    { name: 'python slim, an unread requirements.txt, a handler CMD and no ENTRYPOINT', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n' },
    {
      name: 'relative ENTRYPOINT to a bootstrap copied into ${LAMBDA_TASK_ROOT}',
      dockerfile: 'FROM golang:1.23 AS builder\nWORKDIR /lambda\nCOPY . .\nRUN go build -tags lambda.norpc -o bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=builder /lambda/bootstrap ${LAMBDA_TASK_ROOT}\nENTRYPOINT [ "./bootstrap" ]\n',
    },
    { name: 'deploy: template EntryPoint keeps the base entrypoint', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { entryPoint: loc(['/lambda-entrypoint.sh'], 11) } }) },
    { name: 'deploy: template EntryPoint replaces a bad Dockerfile ENTRYPOINT', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["python", "app.py"]\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { entryPoint: loc(['/lambda-entrypoint.sh'], 11) } }) },
    {
      name: 'relative ENTRYPOINT to a program copied into the known working directory (go docs example)',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /helloworld\nCOPY . .\nRUN go build -tags lambda.norpc -o main main.go\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /helloworld/main ./main\nENTRYPOINT [ "./main" ]\n',
    },
    {
      name: 'AWS base keeps /lambda-entrypoint.sh',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'python alternative base, multi-stage with ARG (docs example)',
      dockerfile: 'ARG FUNCTION_DIR="/function"\nFROM python:3.12 AS build-image\nARG FUNCTION_DIR\nRUN mkdir -p ${FUNCTION_DIR}\nCOPY . ${FUNCTION_DIR}\nRUN pip install \\\n    --target ${FUNCTION_DIR} \\\n        awslambdaric\nFROM python:3.12-slim\nARG FUNCTION_DIR\nWORKDIR ${FUNCTION_DIR}\nCOPY --from=build-image ${FUNCTION_DIR} ${FUNCTION_DIR}\nENTRYPOINT [ "/usr/local/bin/python", "-m", "awslambdaric" ]\nCMD [ "lambda_function.handler" ]\n',
    },
    {
      name: 'go binary as absolute ENTRYPOINT on provided',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -tags lambda.norpc -o /out/main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/main /var/task/main\nENTRYPOINT ["/var/task/main"]\n',
    },
    {
      name: 'wrapper script from the context with the RIE guard',
      dockerfile: `${PY_RIC}COPY ./entry_script.sh /entry_script.sh\nRUN chmod +x /entry_script.sh\nADD https://github.com/aws/aws-lambda-runtime-interface-emulator/releases/latest/download/aws-lambda-rie /usr/local/bin/aws-lambda-rie\nENTRYPOINT [ "/entry_script.sh" ]\nCMD [ "app.handler" ]\n`,
      context: { ...APP_PY, 'entry_script.sh': ENTRY_GUARDED },
    },
    {
      name: 'an entry script that runs another script, which starts the client (Xvfb wrapper: `/run.sh "$@" &`)',
      dockerfile: `${PY_RIC}COPY start.sh run.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/bash\nXvfb :99 -ac &\nexport DISPLAY=:99\n/run.sh "$@" &\nlambda=$!\nwait "$lambda"\n', 'run.sh': ENTRY_GUARDED },
    },
    {
      name: 'an entry script that execs another script, which starts the client',
      dockerfile: `${PY_RIC}COPY start.sh run.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/sh\nexec /run.sh "$@"\n', 'run.sh': '#!/bin/sh\nexec python -m awslambdaric "$@"\n' },
    },
    {
      name: 'Web Adapter on a custom base: CMD starts the web server',
      dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY main.py ./\nRUN pip install --no-cache-dir fastapi uvicorn\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]\n',
      context: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' },
    },
    {
      name: 'Web Adapter on the node image: its docker-entrypoint.sh runs `node index.js`',
      dockerfile: 'FROM node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY index.js ./\nCMD ["index.js"]\n',
      context: { 'index.js': 'require("http").createServer().listen(8080);\n' },
    },
    {
      name: 'Web Adapter with a start script on PATH as CMD',
      dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY start.sh /usr/local/bin/start.sh\nCMD ["start.sh"]\n',
      context: { 'start.sh': '#!/bin/sh\nexec uvicorn main:app --port 8080\n' },
    },
    {
      name: 'Web Adapter on an unknown base (it may keep an entrypoint of its own) with a handler CMD',
      dockerfile: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/platform/lambda-python:3.12\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY main.py ./\nCMD ["main.handler"]\n',
      context: { 'main.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'Web Adapter on an AWS base whose ENTRYPOINT starts the web app',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir uvicorn==0.30.0 fastapi==0.115.0\nENTRYPOINT ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]\nCMD []\n',
      context: { 'main.py': 'app = 1\n' },
    },
    {
      name: 'heredoc COPY writes a guarded entry script',
      dockerfile: `${PY_RIC}COPY --chmod=755 <<EOF /entry.sh\n${ENTRY_GUARDED}EOF\nENTRYPOINT ["/entry.sh"]\nCMD ["app.handler"]\n`,
      context: APP_PY,
    },
    {
      name: 'node npx aws-lambda-ric',
      dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js .\nENV NPM_CONFIG_CACHE=/tmp/.npm\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
    },
    {
      name: 'java RIC main class',
      dockerfile: 'FROM amazoncorretto:21\nWORKDIR /function\nCOPY lib/ ./lib/\nCOPY aws-lambda-java-runtime-interface-client-2.10.1.jar ./lib/\nENTRYPOINT ["/usr/bin/java", "-cp", "./lib/*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.App::handleRequest"]\n',
    },
    {
      name: 'dotnet base with explicit dotnet exec entrypoint (template)',
      dockerfile: 'FROM public.ecr.aws/lambda/dotnet:8\nCOPY publish/ ${LAMBDA_TASK_ROOT}\nENTRYPOINT ["/var/lang/bin/dotnet", "exec", "--depsfile", "/var/task/Fn.deps.json", "--runtimeconfig", "/var/task/Fn.runtimeconfig.json", "/var/runtime/Amazon.Lambda.RuntimeSupport.dll"]\nCMD ["Fn::Fn.Function::FunctionHandler"]\n',
    },
    {
      name: 'web adapter starts the web server from CMD',
      dockerfile: 'FROM node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n',
    },
    {
      name: 'tini in front of the client',
      dockerfile: `${PY_RIC}ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n`,
      context: APP_PY,
    },
    {
      name: 'no client at all is left to LL101',
      dockerfile: 'FROM python:3.12-slim\nCOPY app.py /function/\nENTRYPOINT ["python", "/function/app.py"]\n',
      context: APP_PY,
    },
  ],
  invalid: [
    {
      name: 'a SAM build image of java8.al2: the Lambda base tag keeps .al2',
      dockerfile: 'FROM public.ecr.aws/sam/build-java8.al2\nCOPY target/app.jar ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.Handler::handleRequest"]\n',
      errors: [{ messageId: 'samBuildImage', fix: /FROM public\.ecr\.aws\/lambda\/java:8\.al2\)/ }],
    },
    {
      name: 'a SAM build image as the function base: its ENTRYPOINT is reset, CMD runs as the program',
      dockerfile: 'FROM public.ecr.aws/sam/build-nodejs20.x\nCOPY app.js package.json ./\nCMD ["app.lambdaHandler"]\n',
      errors: [{ messageId: 'samBuildImage', line: 1, severity: 'error', message: /is an AWS SAM build image, made to build functions: it resets ENTRYPOINT to \[\] and CMD to \/bin\/bash, so Lambda runs CMD \["app\.lambdaHandler"\] as the program/, fix: /FROM public\.ecr\.aws\/lambda\/nodejs:20\)/ }],
    },
    {
      name: 'the Docker Hub name of a SAM build image',
      dockerfile: 'FROM amazon/aws-sam-cli-build-image-python3.9\nCOPY app.py ./\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'samBuildImage', fix: /public\.ecr\.aws\/lambda\/python:3\.9/ }],
    },
    {
      name: 'a single-quoted exec form is not JSON: an error, and the fix is the array it meant',
      dockerfile: "FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ['/lambda-entrypoint.sh']\nCMD [\"app.handler\"]\n",
      context: { 'app.py': 'def handler(event, context):\n    return 1\n' },
      errors: [{ messageId: 'shellForm', line: 3, severity: 'error', message: /is not valid JSON \(it uses single quotes, and JSON strings need double quotes\): the shell finds no program/, fix: /ENTRYPOINT \["\/lambda-entrypoint\.sh"\]\.$/ }],
    },
    {
      name: 'an unknown program on an AWS base: the advice is the base entrypoint, not a Python path it lacks',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/lambda-entrypoint"]\nCMD ["app.handler"]\n',
      context: { 'app.py': 'def handler(event, context):\n    return 1\n' },
      errors: [{ messageId: 'unverified', fix: /Make sure it execs \["\/lambda-entrypoint\.sh"\]/ }],
    },
    // github.com/awslabs/aws-lambda-web-adapter#configurations: AWS_LWA_PORT / PORT, default 8080.
    { name: 'Web Adapter: PORT=3000 but uvicorn started on 8000', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=3000\nWORKDIR /var/task\nRUN pip install --no-cache-dir uvicorn==0.30.0 fastapi==0.115.0\nCOPY main.py ./\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]\n', context: { 'main.py': 'app = 1\n' }, errors: [{ messageId: 'adapterPortMismatch', line: 7, severity: 'warning', fix: /^Make them agree: ENV AWS_LWA_PORT=8000, or start uvicorn on port 3000\.$/ }] },
    { name: 'Web Adapter: uvicorn without --port listens on 8000, the adapter on its default 8080', dockerfile: 'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nWORKDIR /var/task\nRUN pip install --no-cache-dir uvicorn==0.30.0 fastapi==0.115.0\nCOPY main.py ./\nENTRYPOINT ["python", "-m", "uvicorn"]\nCMD ["main:app", "--host", "0.0.0.0"]\n', context: { 'main.py': 'app = 1\n' }, errors: [{ messageId: 'adapterPortMismatch', line: 6, message: /port 8080 \(its default; neither AWS_LWA_PORT nor PORT is set\), but uvicorn listens on port 8000 \(uvicorn's default\)/ }] },
    // github.com/awslabs/aws-lambda-web-adapter: "To use AWS managed base images, you need to override the ENTRYPOINT to start your web app."
    { name: 'Web Adapter on an AWS base with the base entrypoint and a handler CMD: no web app starts', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8000\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.handler"]\n', context: { 'main.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'adapterBaseEntrypoint', line: 5, severity: 'warning', fix: /ENTRYPOINT \["uvicorn", "main:app", "--host", "0\.0\.0\.0", "--port", "8000"\] with CMD \[\]/ }] },
    { name: 'java -jar on the java base: the fix gives a Java handler, and the jar is not called a script', dockerfile: 'FROM public.ecr.aws/lambda/java:17\nWORKDIR /app\nCOPY target/app.jar app.jar\nENTRYPOINT ["java", "-jar", "app.jar"]\n', context: { 'target/app.jar': 'PK' }, errors: [{ messageId: 'notRuntime', line: 4, message: /\(the jar \/app\/app\.jar\)/, fix: /CMD \["example\.App::handleRequest"\]\.$/ }] },
    // docs.docker.com/reference/dockerfile/#entrypoint: the exec form does no variable substitution.
    { name: 'exec-form ENTRYPOINT whose program is a variable: the fix writes the path out from the base ENV', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=755 bootstrap /var/runtime/bootstrap\nENTRYPOINT ["$LAMBDA_RUNTIME_DIR/bootstrap"]\n', errors: [{ messageId: 'execVariable', line: 3, fix: /^Write the path out: ENTRYPOINT \["\/var\/runtime\/bootstrap"\]\.$/ }] },
    { name: 'exec-form ENTRYPOINT ${LAMBDA_RUNTIME_DIR}/lambda-entrypoint.sh: the base entrypoint is /lambda-entrypoint.sh', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=755 bootstrap /var/runtime/bootstrap\nENTRYPOINT [ "${LAMBDA_RUNTIME_DIR}/lambda-entrypoint.sh" ]\nCMD ["handler"]\n', errors: [{ messageId: 'execVariable', line: 3, fix: /ENTRYPOINT \["\/lambda-entrypoint\.sh", "handler"\]|ENTRYPOINT \["\/lambda-entrypoint\.sh"\]/ }] },
    { name: 'exec-form CMD on a custom base whose program is a variable nothing sets: a shell keeps it', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nWORKDIR /function\nCOPY app.py ./\nCMD ["${VENV}/bin/python", "-m", "awslambdaric", "app.handler"]\n', errors: [{ messageId: 'execVariable', line: 5, fix: /^Let a shell expand it: CMD \["\/bin\/sh", "-c", "exec \$\{VENV\}\/bin\/python \\"\$@\\"", "sh", "-m", "awslambdaric", "app\.handler"\]\.$/ }] },
    { name: 'a streaming function URL and the adapter buffered by default', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n', context: { 'index.js': 'x' }, deploy: fn({ urlInvokeMode: loc('RESPONSE_STREAM', 12) }), errors: [{ messageId: 'adapterInvokeMode', line: 12, severity: 'warning', message: /streams responses \(InvokeMode RESPONSE_STREAM\), but the Lambda Web Adapter in the image runs in buffered mode \(AWS_LWA_INVOKE_MODE is not set/, fix: /AWS_LWA_INVOKE_MODE=response_stream/ }] },
    { name: 'a buffered function URL and the adapter streaming', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=8080\nWORKDIR /var/task\nCOPY index.js ./\nCMD ["node", "index.js"]\n'.replace('ENV PORT=8080', 'ENV PORT=8080 AWS_LWA_INVOKE_MODE=response_stream'), context: { 'index.js': 'x' }, deploy: fn({ urlInvokeMode: loc('BUFFERED', 12) }), errors: [{ messageId: 'adapterInvokeMode', line: 12, message: /buffers responses/ }] },
    { name: 'the emulator linked over /lambda-entrypoint.sh runs unconditionally', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap /var/task/bootstrap\nRUN chmod +x /var/task/bootstrap && curl -fsSL https://github.com/aws/aws-lambda-runtime-interface-emulator/releases/latest/download/aws-lambda-rie -o /usr/bin/aws-lambda-rie && chmod +x /usr/bin/aws-lambda-rie && ln -sf /usr/bin/aws-lambda-rie /lambda-entrypoint.sh\nENTRYPOINT ["/lambda-entrypoint.sh", "/var/task/bootstrap"]\n', errors: [{ messageId: 'rieUnconditional', line: 4, message: /\(\/lambda-entrypoint\.sh, which a RUN makes the emulator\) unconditionally/ }] },
    // The Web Adapter's port from a variable nothing defines: empty in the image.
    { name: 'Web Adapter: ENV PORT $PORT with no ARG PORT', dockerfile: 'FROM node:20-alpine\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT $PORT\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: { 'server.js': 'require("http").createServer((q, r) => r.end("ok")).listen(8080);\n' }, errors: [{ messageId: 'adapterPortEmpty', line: 3, severity: 'warning', message: /PORT is set from \$\{PORT\}, which nothing defines before it/, fix: /ENV PORT=8080/ }] },
    // With code but neither ENTRYPOINT nor CMD: the function's ImageConfig may set them; a warning from the Dockerfile alone.
    { name: 'code copied, neither ENTRYPOINT nor CMD', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py .\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'missing', severity: 'warning', message: /unless the function's ImageConfig sets EntryPoint/ }] },
    { name: 'a bare shell ENTRYPOINT with a handler CMD: bash cannot run a handler name', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY app.js ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["/bin/bash"]\nCMD ["app.handler"]\n', context: { 'app.js': 'exports.handler = async () => 1;\n' }, errors: [{ messageId: 'notRuntime', line: 3, severity: 'error' }] },
    {
      name: 'an unknown program as ENTRYPOINT on provided: the advice names a bootstrap, not a Python client',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY server /usr/local/bin/server\nENTRYPOINT ["/usr/local/bin/server", "lambda"]\n',
      context: { server: '\x7fELF\x02\x01\x01\0' },
      errors: [{ messageId: 'unverified', line: 3, severity: 'warning', fix: /\["\/var\/runtime\/bootstrap"\]/ }],
    },
    {
      name: 'shell-form ENTRYPOINT that already starts with exec: the fix does not add another',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nENV HANDLER=index.handler\nENTRYPOINT exec /lambda-entrypoint.sh $HANDLER\n',
      context: { 'index.mjs': 'export const handler = async () => 1;\n' },
      errors: [{ messageId: 'shellForm', line: 4, severity: 'warning', fix: /ENTRYPOINT \["\/bin\/sh", "-c", "exec \/lambda-entrypoint\.sh \$HANDLER"\]/ }],
    },
    {
      name: 'a custom base with a copy of the AWS /lambda-entrypoint.sh: it execs a program named by a variable, unknown here (a warning)',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nCOPY lambda-entrypoint.sh /lambda-entrypoint.sh\nCOPY app.py ./\nENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'lambda-entrypoint.sh': "#!/bin/sh\nif [ $# -ne 1 ]; then\n  echo \"entrypoint requires the handler name to be the first argument\" 1>&2\n  exit 142\nfi\nexport _HANDLER=\"$1\"\nexport EXTRA=1\nRUNTIME_ENTRYPOINT=/var/runtime/bootstrap\nif [ -z \"${AWS_LAMBDA_RUNTIME_API}\" ]; then\n  exec /usr/local/bin/aws-lambda-rie $RUNTIME_ENTRYPOINT\nelse\n  exec $RUNTIME_ENTRYPOINT\nfi\n" },
      errors: [{ messageId: 'unverified', line: 5, severity: 'warning', message: /it runs \$RUNTIME_ENTRYPOINT/ }],
    },
    {
      name: 'shell-form ENTRYPOINT that passes the handler through a variable: a warning, and the fix keeps a shell to expand it',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nENV HANDLER=index.handler\nENTRYPOINT /lambda-entrypoint.sh $HANDLER\n',
      context: { 'index.mjs': 'export const handler = async () => 1;\n' },
      errors: [{ messageId: 'shellForm', line: 4, severity: 'warning', message: /does not receive CMD or signals directly/, fix: /ENTRYPOINT \["\/bin\/sh", "-c", "exec \/lambda-entrypoint\.sh \$HANDLER"\]/ }],
    },
    {
      name: 'Web Adapter on a custom base with a handler name as CMD: no program to start',
      dockerfile: 'FROM public.ecr.aws/docker/library/python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY main.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["main.lambda_handler"]\n',
      context: { 'main.py': 'def lambda_handler(e, c):\n    return 1\n', 'requirements.txt': 'requests\n' },
      errors: [{ messageId: 'webAppHandler', line: 5, severity: 'error', message: /CMD \["main\.lambda_handler"\] is a handler name, not a program/ }],
    },
    {
      name: 'an entry script that runs another script, which does not start the client',
      dockerfile: `${PY_RIC}COPY start.sh run.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/sh\nexec /run.sh "$@"\n', 'run.sh': '#!/bin/sh\nexec python -c "import app"\n' },
      errors: [{ messageId: 'notLaunching', severity: 'error', line: 6 }],
    },
    {
      name: 'an entry script that runs a script the build context does not hold: unknown, a warning',
      dockerfile: `${PY_RIC}COPY start.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/sh\nexec /run.sh "$@"\n' },
      errors: [{ messageId: 'unverified', severity: 'warning', line: 6, message: /it runs \/run\.sh, whose content is not visible/ }],
    },
    {
      name: 'two levels: an entry script runs a visible script that runs an unseen one: unknown, a warning',
      dockerfile: `${PY_RIC}COPY start.sh run.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/sh\nexec /run.sh "$@"\n', 'run.sh': '#!/bin/sh\nexec /opt/launcher/launch.sh "$@"\n' },
      errors: [{ messageId: 'unverified', severity: 'warning', line: 6, message: /it runs \/opt\/launcher\/launch\.sh/ }],
    },
    {
      name: 'an entry script that execs a program of its own (not a system one): unknown, a warning',
      dockerfile: `${PY_RIC}COPY start.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'start.sh': '#!/bin/sh\necho starting\nexec /opt/launcher/launch "$@"\n' },
      errors: [{ messageId: 'unverified', severity: 'warning', line: 6, message: /it runs \/opt\/launcher\/launch,/ }],
    },
    {
      name: 'a compiled program copied from the build context is no script: unknown, a warning (a Go binary that answers the Runtime API itself)',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY app /usr/local/bin/app\nENTRYPOINT ["/usr/local/bin/app"]\n',
      context: { app: '\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0' },
      errors: [{ messageId: 'unverified', severity: 'warning', line: 3, message: /is not a known runtime client, and this Dockerfile does not show what it runs/ }],
    },
    {
      name: 'Playwright Python base (Ubuntu, no ENTRYPOINT): the client installed, nothing launches it',
      dockerfile: 'FROM mcr.microsoft.com/playwright/python:v1.52.0-noble\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ${LAMBDA_TASK_ROOT}/app.py\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'missing', line: 4, severity: 'error' }],
    },
    {
      name: 'AWS provided base: relative ENTRYPOINT under /var/task, the binary copied to /',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main main.go\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /main\nENTRYPOINT ["./main"]\n',
      errors: [{ messageId: 'programNotPlaced', line: 7, message: /\/var\/task\/main/ }],
    },
    {
      name: 'AWS base, ENTRYPOINT starting a Streamlit server',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\nEXPOSE 8501\nENTRYPOINT ["streamlit", "run", "app.py", "--server.port=8501"]\n',
      errors: [{ messageId: 'notRuntime', line: 6 }],
    },
    {
      name: 'a Python script from the context that never starts the client: still not a launch',
      dockerfile: `${PY_RIC}COPY main.py .\nENTRYPOINT ["python", "main.py"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'main.py': 'import app\nprint(app.handler({}, None))\n' },
      errors: [{ messageId: 'notLaunching', line: 6, severity: 'error', message: /script \/function\/main\.py/ }],
    },
    {
      name: 'a Python wrapper that starts the emulator without the AWS_LAMBDA_RUNTIME_API guard',
      dockerfile: `${PY_RIC}COPY entry.py /entry.py\nENTRYPOINT ["python", "/entry.py"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'entry.py': "import os, sys\nos.execv('/usr/local/bin/aws-lambda-rie', ['/usr/local/bin/aws-lambda-rie', sys.executable, '-m', 'awslambdaric'] + sys.argv[1:])\n" },
      errors: [{ messageId: 'rieUnconditional', line: 6 }],
    },
    {
      name: 'unknown base, an unread install, ENTRYPOINT running a script (LL101 leaves the base unjudged)',
      dockerfile: 'FROM acme/selenium-python:1.0\nWORKDIR /var/task\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY scrape.py .\nENTRYPOINT [\"python\", \"scrape.py\"]\n',
      errors: [{ messageId: 'notLaunching', line: 6 }],
    },
    { name: 'deploy: template EntryPoint is an interpreter (on the template line)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { entryPoint: loc(['python', 'app.py'], 11) } }), errors: [{ messageId: 'notRuntime', line: 11, message: /\(ImageConfig\.EntryPoint of Fn\)$/ }] },
    {
      name: 'AWS base ENTRYPOINT python',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}\nENTRYPOINT ["python"]\nCMD ["app.py"]\n',
      context: APP_PY,
      errors: [{ messageId: 'notRuntime', line: 3, severity: 'error' }],
    },
    {
      name: 'custom base runs the script instead of the client',
      dockerfile: `${PY_RIC}ENTRYPOINT ["python", "app.py"]\n`,
      context: APP_PY,
      errors: [{ messageId: 'notLaunching', line: 5, message: /awslambdaric/ }],
    },
    {
      name: 'ARG-resolved custom base with no ENTRYPOINT',
      dockerfile: 'ARG BASE=python:3.12-slim\nFROM ${BASE}\nWORKDIR /function\nRUN pip install --target /function awslambdaric\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'missing', line: 6, message: /python:3\.12-slim/ }],
    },
    {
      name: 'shell form on an AWS base',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nENTRYPOINT /lambda-entrypoint.sh\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'shellForm', line: 3, severity: 'error', message: /CMD/ }],
    },
    {
      name: 'shell form with continuation on a custom base',
      dockerfile: `${PY_RIC}ENTRYPOINT /usr/local/bin/python \\\n    -m awslambdaric\nCMD ["app.handler"]\n`,
      context: APP_PY,
      errors: [{ messageId: 'shellForm', line: 5, severity: 'error' }],
    },
    {
      name: 'RIE as the ENTRYPOINT',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap /var/runtime/bootstrap\nENTRYPOINT ["/usr/local/bin/aws-lambda-rie", "/var/runtime/bootstrap"]\n',
      errors: [{ messageId: 'rieUnconditional', line: 7 }],
    },
    {
      name: 'entry script from the context runs RIE without a guard',
      dockerfile: `${PY_RIC}COPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["app.handler"]\n`,
      context: { ...APP_PY, 'entry.sh': '#!/bin/sh\nexec /usr/local/bin/aws-lambda-rie /usr/local/bin/python -m awslambdaric "$@"\n' },
      errors: [{ messageId: 'rieUnconditional', line: 6, message: /entry\.sh/ }],
    },
    {
      name: 'entry script that cannot be read',
      dockerfile: `${PY_RIC}COPY --from=ghcr.io/acme/tools:1 /entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["app.handler"]\n`,
      context: APP_PY,
      errors: [{ messageId: 'unverified', line: 6, severity: 'warning' }],
    },
    {
      name: 'relative ENTRYPOINT while this Dockerfile never sets the working directory',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /helloworld\nCOPY . .\nRUN go build -tags lambda.norpc -o main main.go\nFROM debian:12-slim\nCOPY --from=build /helloworld/main /main\nENTRYPOINT [ "./main" ]\n',
      config: { lambda: true },
      errors: [{ messageId: 'relativePath', line: 7, severity: 'warning' }],
    },
    {
      name: 'shell-form ENTRYPOINT of a binary on an OS-only base (AWS SAM Go image template): CMD is not needed, a warning',
      dockerfile: 'FROM public.ecr.aws/docker/library/golang:1.19 as build-image\nWORKDIR /src\nCOPY go.mod go.sum main.go ./\nRUN go build -o lambda-handler\nFROM public.ecr.aws/lambda/provided:al2\nCOPY --from=build-image /src/lambda-handler .\nENTRYPOINT ./lambda-handler\n',
      now: '2026-01-01',
      errors: [{ messageId: 'shellForm', line: 7, severity: 'warning', message: /does not receive CMD or signals directly/ }],
    },
    {
      name: 'shell-form ENTRYPOINT of a custom bootstrap with a CMD: CMD is ignored, a warning (a bootstrap may not need it)',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap /var/runtime/bootstrap\nENTRYPOINT /var/runtime/bootstrap\nCMD ["function.handler"]\n',
      errors: [{ messageId: 'shellForm', line: 3, severity: 'warning', message: /CMD \(the handler\) is never passed/ }],
    },
    {
      name: 'shell-form ENTRYPOINT that names its handler itself: a warning',
      dockerfile: `${PY_RIC}ENTRYPOINT /usr/local/bin/python -m awslambdaric app.handler\n`,
      context: APP_PY,
      errors: [{ messageId: 'shellForm', line: 5, severity: 'warning' }],
    },
    {
      name: 'shell-form ENTRYPOINT on an image with no client at all',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py .\nENTRYPOINT python -m awslambdaric\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'shellForm', line: 4, message: /CMD \(the handler\) is never passed/ }],
    },
    {
      name: 'RUN heredoc writes a script that does not start the client',
      dockerfile: `${PY_RIC}RUN cat <<EOF > /start.sh\n#!/bin/sh\nexec python /function/app.py\nEOF\nENTRYPOINT ["/bin/sh", "/start.sh"]\n`,
      context: APP_PY,
      errors: [{ messageId: 'notLaunching', line: 9, message: /start\.sh/ }],
    },
  ],
});
