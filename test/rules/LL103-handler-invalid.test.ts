import rule from '../../rules/LL103-handler-invalid.js';
import { ruleTester } from '../kit.js';
import { fn, loc } from '../deploy/facts.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };
const PY_RIC = 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir --target /function awslambdaric\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\n';

ruleTester(rule, {
  valid: [
    {
      name: 'export default beside a named export of the handler',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'index.mjs': 'export const handler = async () => 1;\nexport default handler;\n' },
    },
    {
      name: 'the default export named as the handler',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.default"]\n',
      context: { 'index.mjs': 'export default async () => 1;\n' },
    },
    {
      name: 'CommonJS exports in a .js file of a CommonJS package',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ${LAMBDA_TASK_ROOT}/\nCOPY dist/ ${LAMBDA_TASK_ROOT}/dist/\nCMD [\"dist/index.handler\"]\n",
      context: { 'package.json': '{"name": "fn"}\n', 'dist/index.js': '"use strict";\nexports.handler = async () => 1;\n' },
    },
    {
      name: 'an ES module package whose compiled file exports the ES way',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ${LAMBDA_TASK_ROOT}/\nCOPY dist/ ${LAMBDA_TASK_ROOT}/dist/\nCMD [\"dist/index.handler\"]\n",
      context: { 'package.json': '{"type": "module"}\n', 'dist/index.js': 'export const handler = async () => 1;\n' },
    },
    {
      name: 'an ES module that makes its own require and module (createRequire)',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ${LAMBDA_TASK_ROOT}/\nCOPY dist/ ${LAMBDA_TASK_ROOT}/dist/\nCMD [\"dist/index.handler\"]\n",
      context: { 'package.json': '{"type": "module"}\n', 'dist/index.js': 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nexport const handler = async () => require("./x.cjs");\n' },
    },
    {
      name: 'a custom runtime replaces /var/runtime/bootstrap on a language base: the handler is its own',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY bootstrap /var/runtime/bootstrap\nCMD ["_handler"]\n',
      context: { bootstrap: '#!/bin/sh\nexec /var/task/server\n' },
    },
    {
      name: 'a webpack bundle defines its exports through Object.defineProperty getters: unknown, not missing',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY dist/index.js ${LAMBDA_TASK_ROOT}/\nCMD [\"index.hello\"]\n",
      context: { 'dist/index.js': '(()=>{"use strict";const e={d:(r,o)=>{for(var t in o)e.o(o,t)&&!e.o(r,t)&&Object.defineProperty(r,t,{enumerable:!0,get:o[t]})},o:(e,r)=>Object.prototype.hasOwnProperty.call(e,r)};let r={};e.d(r,{hello:()=>o});const o=async()=>1;var n=exports;for(var c in r)n[c]=r[c]})();\n' },
    },
    {
      name: 'Parcel output exports through $parcel$export',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY dist/index.js ${LAMBDA_TASK_ROOT}/\nCMD [\"index.hello\"]\n",
      context: { 'dist/index.js': 'function $parcel$export(e, n, v, s) {\n  Object.defineProperty(e, n, {get: v, set: s, enumerable: true, configurable: true});\n}\n$parcel$export(module.exports, "hello", () => $abc$export$1);\nconst $abc$export$1 = async () => 1;\n' },
    },
    {
      name: 'an export list that renames: export { main as hello }',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY dist/index.js ${LAMBDA_TASK_ROOT}/\nCMD [\"index.hello\"]\n",
      context: { 'dist/index.js': 'const main = async () => 1;\nexport { main as hello };\n' },
    },
    {
      name: 'a RUN writes the handler module through a redirection',
      dockerfile: "FROM public.ecr.aws/lambda/python:3.12\nRUN printf '%s\\n' 'def handler(event, context):' '    return 1' > ${LAMBDA_TASK_ROOT}/lambda_function.py\nCMD [\"lambda_function.handler\"]\n",
      context: { 'README.md': 'x\n' },
    },
    {
      name: 'cat with a heredoc into the task root',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR ${LAMBDA_TASK_ROOT}\nRUN cat <<EOF > app.py\ndef handler(event, context):\n    return 1\nEOF\nCMD ["app.handler"]\n',
      context: { 'README.md': 'x\n' },
    },
    {
      name: 'COPY --parents keeps the folder of the module',
      dockerfile: '# syntax=docker/dockerfile:1\nFROM public.ecr.aws/lambda/python:3.14\nWORKDIR ${LAMBDA_TASK_ROOT}\nCOPY --parents models.py sync/*.py ./\nCMD ["sync.trigger_app.handler"]\n',
      context: { 'models.py': 'X = 1\n', 'sync/__init__.py': '', 'sync/trigger_app.py': 'def handler(event, context):\n    return 1\n' },
    },
    {
      name: 'COPY --parents without the build context',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.14\nCOPY --parents sync/trigger_app.py ${LAMBDA_TASK_ROOT}/\nCMD ["sync.trigger_app.handler"]\n',
    },
    { name: 'the handler names the Mangum adapter of a FastAPI app', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.handler"]\n', context: { 'main.py': 'from fastapi import FastAPI\nfrom mangum import Mangum\napp = FastAPI()\nhandler = Mangum(app)\n' } },
    { name: 'an app name wrapped again below (app = Mangum(app)) is the adapter', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.app"]\n', context: { 'main.py': 'from fastapi import FastAPI\nfrom mangum import Mangum\napp = FastAPI()\napp = Mangum(app)\n' } },
    // ${LAMBDA_TASK_ROOT} is unset off the AWS bases: an empty destination is the working directory (BuildKit reads "" as ./).
    { name: 'a non-AWS base: COPY app.py ${LAMBDA_TASK_ROOT} lands in the working directory the client loads from', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY main.py ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir awslambdaric\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["main.handler"]\n', context: { 'main.py': 'def handler(event, context):\n    return 1\n' } },
    { name: 'a non-AWS base with PYTHONPATH naming the folder of the code: Python imports the handler from there', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nENV PYTHONPATH=/var/task\nCOPY app.py /var/task/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(event, context):\n    return 1\n' } },
    // ... but a RUN that may write into the task root may also make the module: not judged.
    { name: 'an archive unpacked into the task root may hold the module', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN cd /tmp && curl -sSLo app.tgz https://example.com/app.tgz && tar xzf app.tgz -C ${LAMBDA_TASK_ROOT}\nCOPY lib.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'lib.py': 'x = 1\n' } },
    { name: 'a download into the working directory (the task root) may be the module', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN curl -sSLO https://example.com/app.py\nCOPY lib.py ./\nCMD ["app.handler"]\n', context: { 'lib.py': 'x = 1\n' } },
    { name: 'a cp from another folder into the task root may be the module', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY build/ /build/\nRUN cp -r /build/out/. /var/task/\nCMD ["app.handler"]\n', context: { 'build/out/lib.py': 'x = 1\n' } },
    { name: 'find -exec of an unknown program may write anything', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ./\nRUN find . -name "*.tmpl" -exec render {} \\;\nCMD ["app.handler"]\n', context: { 'src/app.py.tmpl': 'x' } },
    { name: 'the AWS Python base with the module in a PYTHONPATH folder', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV PYTHONPATH=/var/task/src\nCOPY src/app.py ${LAMBDA_TASK_ROOT}/src/\nCMD ["app.handler"]\n', context: { 'src/app.py': 'def handler(event, context):\n    return 1\n' } },
    { name: 'a runtime base image (as AWS builds its own): files only into /var/runtime and /var/lang, no CMD', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY runtime/ ${LAMBDA_RUNTIME_DIR}/\nCOPY lang/ /var/lang/bin/\n', context: { 'runtime/bootstrap': '#!/bin/sh\n', 'lang/dotnet': 'x' } },
    { name: 'an unknown base whose ENTRYPOINT starts awslambdaric: a module the build does not copy may be in the base', dockerfile: 'FROM registry.example.com/team/py-lambda-base:1.0\nCOPY lib.py .\nENTRYPOINT ["/usr/local/bin/python3", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', context: { 'lib.py': 'x = 1\n' } },

    // Where each COPY lands decides; PYTHONPATH folders count, a renamed file lands under its new name, and code outside /var/task is LL104's.
    { name: 'no context: a folder under /var/task on PYTHONPATH', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src /var/task/src\nENV PYTHONPATH="/var/task/src"\nCMD ["api.handler"]\n' },
    { name: 'no context: the module written by a heredoc', dockerfile: '# syntax=docker/dockerfile:1\nFROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ./\nCOPY <<EOF ${LAMBDA_TASK_ROOT}/app.py\ndef handler(event, context):\n    return 1\nEOF\nCMD ["app.handler"]\n' },
    { name: 'no context: a file copied to the module\'s name', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/handler.py ${LAMBDA_TASK_ROOT}/app.py\nCMD ["app.handler"]\n' },
    { name: 'no context: a code folder kept in a folder inside /var/task is left to LL104', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ${LAMBDA_TASK_ROOT}/src/\nCMD ["app.handler"]\n' },
    { name: 'no context: the code copied outside /var/task is left to LL104', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY . /app\nCMD ["app.handler"]\n' },
    // A folder copied to its own name, the whole context, or another folder (which may hold src/) can give the module.
    { name: 'no context: src/ copied to src/', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ./src/\nCMD ["src/app.handler"]\n' },
    { name: 'no context: the whole context copied', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/* ./\nCOPY . ./\nCMD ["src/app.handler"]\n' },
    { name: 'no context: another folder copied into the root may hold src/', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY function/ ${LAMBDA_TASK_ROOT}/\nCMD ["src/index.handler"]\n' },
    { name: 'no context: app.handler may be app.py or the package app/', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app/ ./\nCMD ["app.handler"]\n' },
    { name: 'go1.x base: CMD names the compiled executable', dockerfile: 'FROM public.ecr.aws/lambda/go:1\nCOPY build/main ${LAMBDA_TASK_ROOT}\nCMD ["main"]\n' },
    // No build context: the module may come with a folder or a wildcard that could match it (unknown is never an error).
    { name: 'no context: the whole folder copied, the module unseen', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["main.handler"]\n' },
    { name: 'no context: a wildcard that may match the module', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY *.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["main.handler"]\n' },
    { name: 'no context: the module named in a COPY', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY index.mjs package*.json ./\nRUN npm ci --omit=dev\nCMD ["index.handler"]\n' },
    { name: 'no context: a custom base may already hold the module', dockerfile: 'FROM acme/lambda-node-app:1.2\nCOPY config.json ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n' },
    { name: 'the handler names the folder the module is copied into', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY handler.js ${LAMBDA_TASK_ROOT}/src/handler.js\nCMD ["src/handler.handler"]\n', context: { 'handler.js': 'exports.handler = async () => 1;\n' } },
    { name: 'python: a module in a subfolder named with a slash', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/src/\nCMD ["src/app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' } },
    { name: 'a base image meant for others: no CMD and nothing copied in (their Dockerfiles add the code and CMD)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir numpy==2.1.3\nENV MPLCONFIGDIR=/tmp\n' },
    { name: 'a base image meant for others through a stage alias', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS base\nRUN dnf install -y tar && dnf clean all\nFROM base\nENV NODE_OPTIONS=--enable-source-maps\n' },
    { name: 'deploy: the template Command is the CMD of a Dockerfile without one', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { command: loc(['app.handler'], 10) } }) },
    { name: 'deploy: the template Command is not resolved here (Command: [!Ref Handler]): unknown, not judged', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { unresolved: ['command'] } }) },
    {
      name: 'deploy: a SAM template whose Command holds !Ref, for a Dockerfile without CMD',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n',
      context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'template.yaml': 'Transform: AWS::Serverless-2016-10-31\nParameters:\n  Handler:\n    Type: String\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageConfig:\n        Command: [!Ref Handler]\n    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n' },
    },
    { name: 'deploy: the template Command replaces a wrong CMD', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["missing.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { command: loc(['app.handler'], 10) } }) },
    {
      name: 'the handler function defined in the copied module',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'app.py': 'import json\n\ndef handler(event, context):\n    return json.dumps(event)\n' },
    },
    {
      name: 'a Node handler exported as const',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'index.mjs': 'export const handler = async () => ({ statusCode: 200 });\n' },
    },
    {
      name: 'a module that may define the function dynamically is not judged',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'app.py': 'from impl import *\n' },
    },
    { name: 'Ruby client with its handler in CMD', dockerfile: 'FROM ruby:3.3\nRUN gem install aws_lambda_ric\nWORKDIR /function\nCOPY app.rb .\nENTRYPOINT ["/usr/local/bin/aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n', context: { 'app.rb': 'module App\n  class Handler\n    def self.process(event:, context:)\n      1\n    end\n  end\nend\n' } },
    {
      name: 'linted from a folder that is not the build context: no "not copied" cascade',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'Dockerfile.dev': 'FROM scratch\n' },
    },
    {
      name: 'the handler\'s source missing while others are there: unknown, not "not copied"',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nCOPY build/app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'requests\n' },
    },
    {
      name: 'python base image (docs example)',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install -r requirements.txt\nCOPY lambda_function.py ${LAMBDA_TASK_ROOT}\nCMD [ "lambda_function.handler" ]\n',
      context: { 'requirements.txt': 'requests\n', 'lambda_function.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'node base with an .mjs handler, ARG-resolved tag',
      dockerfile: 'ARG NODE=22\nFROM public.ecr.aws/lambda/nodejs:${NODE}\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD [ "index.handler" ]\n',
      context: { 'index.mjs': 'export const handler = async () => 1;\n' },
    },
    {
      name: 'java base (docs example)',
      dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCOPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/\nCMD [ "com.example.App::handleRequest" ]\n',
    },
    {
      name: 'dotnet base',
      dockerfile: 'FROM public.ecr.aws/lambda/dotnet:8\nCOPY publish/ ${LAMBDA_TASK_ROOT}\nCMD [ "MyFunction::MyFunction.Function::FunctionHandler" ]\n',
    },
    {
      name: 'ruby base (docs example)',
      dockerfile: 'FROM public.ecr.aws/lambda/ruby:3.3\nCOPY Gemfile Gemfile.lock ${LAMBDA_TASK_ROOT}/\nRUN bundle config set --local path \'vendor/bundle\' && \\\n    bundle install\nCOPY lambda_function.rb ${LAMBDA_TASK_ROOT}/\nCMD [ "lambda_function.LambdaFunction::Handler.process" ]\n',
      context: { Gemfile: "source 'https://rubygems.org'\n", 'Gemfile.lock': '', 'lambda_function.rb': 'module LambdaFunction; class Handler; def self.process(event:, context:) 1 end end end\n' },
    },
    {
      name: 'custom base, handler in a subfolder, family from the client',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --target /function awslambdaric\nCOPY src/ ./src/\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["src/app.handler"]\n',
      context: { 'src/app.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'provided base needs no handler form',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}/\nCMD [ "function.handler" ]\n',
    },
    {
      name: 'multi-stage node build: built output is not checked file by file',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS build\nWORKDIR /build\nCOPY . .\nRUN npm ci && npm run build\nFROM public.ecr.aws/lambda/nodejs:22\nCOPY --from=build /build/dist/ ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'package.json': '{}', 'src/app.ts': 'export const handler = 1;\n' },
    },
    {
      name: 'heredoc COPY writes the handler module',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY <<EOF ${LAMBDA_TASK_ROOT}/app.py\ndef handler(event, context):\n    return "ok"\nEOF\nCMD ["app.handler"]\n',
      context: { 'README.md': 'x\n' },
    },
    {
      name: 'handler given after the client in ENTRYPOINT',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --target /function awslambdaric\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric", "app.handler"]\n',
      context: APP_PY,
    },
  ],
  invalid: [
    {
      name: 'export default handler makes only the default export: index.handler is not defined',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'index.mjs': 'const handler = async () => 1;\nexport default handler;\n' },
      errors: [{ messageId: 'functionMissing', message: /index\.mjs does not define handler/ }],
    },
    {
      name: 'a Parcel CommonJS bundle under "type": "module" (module.exports passed to a helper, require)',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ${LAMBDA_TASK_ROOT}/\nCOPY dist/index.js ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"type": "module"}\n', 'dist/index.js': 'var $sts = require("@aws-sdk/client-sts");\nfunction $parcel$export(e, n, v) {\n  Object.defineProperty(e, n, { get: v, enumerable: true });\n}\n$parcel$export(module.exports, "handler", () => $h);\nconst $h = async () => 1;\n' },
      errors: [{ messageId: 'commonJsInEsm' }],
    },
    {
      name: 'npm clean-install (npm ci by another name) installs no code: the module is still judged',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.js package.json ${LAMBDA_TASK_ROOT}/\nRUN npm clean-install --omit=dev\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"type": "module"}\n', 'index.js': 'exports.handler = async () => 1;\n' },
      errors: [{ messageId: 'commonJsInEsm' }],
    },
    {
      name: 'a CMD that is not JSON after the Python client: reported once (LL103), the fix is the handler meant',
      dockerfile: "FROM python:3.12\nRUN pip install awslambdaric\nCOPY main.py ./\nENTRYPOINT [ \"/usr/local/bin/python\", \"-m\", \"awslambdaric\" ]\nCMD [ 'main.lambda_handler' ]\n",
      errors: [{ messageId: 'shellCmd', message: /reaches awslambdaric \(Python\) as \["\/bin\/sh", "-c", "\[ 'main\.lambda_handler' \]"\]: it is not valid JSON/, fix: /CMD \["main\.lambda_handler"\]\.$/ }],
    },
    {
      name: 'a trailing comment after the CMD array is part of it',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY lambda_function.py ./\nCMD [ "lambda_function.lambda_handler" ] #where the handler is\n',
      errors: [{ messageId: 'shellCmd', message: /"#where the handler is" follows the closing \]/, fix: /CMD \["lambda_function\.lambda_handler"\]\.$/ }],
    },
    {
      name: 'CommonJS exports under "type": "module": the file fails to load',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json ${LAMBDA_TASK_ROOT}/\nCOPY dist/ ${LAMBDA_TASK_ROOT}/dist/\nCMD [\"dist/index.handler\"]\n",
      context: { 'package.json': '{"name": "fn", "type": "module"}\n', 'dist/index.js': '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.handler = async () => 1;\n' },
      errors: [{ messageId: 'commonJsInEsm', severity: 'error', message: /Node\.js loads dist\/index\.js as an ES module \(the nearest package\.json says "type": "module"\), but it is written as CommonJS.*ReferenceError: exports is not defined in ES module scope/ }],
    },
    {
      name: 'a .mjs handler written with module.exports',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'index.mjs': 'const x = require("x");\nmodule.exports = { handler: async () => x };\n' },
      errors: [{ messageId: 'commonJsInEsm', message: /\(its name ends in \.mjs\)/ }],
    },
    {
      name: 'pip install -r ./requirements.txt reads a file and writes no code: the missing module is still judged',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install -r ./requirements.txt\nCMD ["app.handler"]\n',
      context: { 'main.py': 'def handler(e, c):\n    return 1\n', 'requirements.txt': 'requests\n' },
      errors: [{ messageId: 'moduleNotCopied' }],
    },
    {
      name: 'export { main as lambdaHandler } does not export main',
      dockerfile: "FROM public.ecr.aws/lambda/nodejs:22\nCOPY dist/index.js ${LAMBDA_TASK_ROOT}/\nCMD [\"index.main\"]\n",
      context: { 'dist/index.js': 'const main = async () => 1;\nexport { main as lambdaHandler };\n' },
      errors: [{ messageId: 'functionMissing', message: /index\.js does not define main/ }],
    },
    {
      name: 'COPY --parents below another folder: the module is not where the handler loads it',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.14\nCOPY --parents sync/trigger_app.py ${LAMBDA_TASK_ROOT}/lib/\nCMD ["sync.trigger_app.handler"]\n',
      context: { 'sync/trigger_app.py': 'def handler(event, context):\n    return 1\n' },
      errors: [{ messageId: 'moduleElsewhere' }],
    },
    // mangum.fastapiexpert.com: the Lambda handler is Mangum(app), not the ASGI app.
    { name: 'the handler names the FastAPI app; the module has its Mangum adapter', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.app"]\n', context: { 'main.py': 'from fastapi import FastAPI\nfrom mangum import Mangum\n\napp = FastAPI(title="x")\nhandler = Mangum(app, lifespan="off")\n' }, errors: [{ messageId: 'handlerIsWebApp', line: 3, message: /app in main\.py is a FastAPI application \(ASGI\)/, fix: /^Point the handler at the module's adapter: "main\.handler"/ }] },
    { name: 'the handler names a Flask app with no adapter', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.app"]\n', context: { 'app.py': 'import flask\napp = flask.Flask(__name__)\n' }, errors: [{ messageId: 'handlerIsWebApp', line: 3, fix: /^Wrap the application with apig-wsgi/ }] },
    { name: 'a web server as CMD on an AWS base with the Web Adapter: the fix moves it to ENTRYPOINT', dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["uvicorn", "main:app", "--port", "8080"]\n', context: { 'main.py': 'app = 1\n' }, errors: [{ messageId: 'notOneElement', line: 4, fix: /^The image runs the Lambda Web Adapter: start the web app from ENTRYPOINT instead, ENTRYPOINT \["uvicorn", "main:app", "--port", "8080"\] with CMD \[\]\.$/ }] },
    // docs.docker.com/reference/dockerfile/#cmd: the exec form expands no variable; /lambda-entrypoint.sh passes it on as written.
    { name: 'a handler written with a variable in exec-form CMD (the fix writes the ENV value out)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV LAMBDA_HANDLER=app.handler\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["${LAMBDA_HANDLER}"]\n', errors: [{ messageId: 'handlerVariable', line: 4, fix: /^Write the handler out: CMD \["app\.handler"\]\.$/ }] },
    { name: 'a handler with a variable nothing sets', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["$LAMBDA_PREFIX/index.handler"]\n', errors: [{ messageId: 'handlerVariable', line: 3, fix: /^Write the handler out in CMD \(e\.g\. "index\.handler"\), or set it with ImageConfig\.Command/ }] },
    { name: 'a shell script as CMD on the AWS base is taken as the handler', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nWORKDIR /var/task\nCOPY app/lib app/lib\nCOPY docker-entrypoint.sh ./\nCMD ["./docker-entrypoint.sh"]\n', errors: [{ messageId: 'badFormat', line: 5, message: /names the file \.\/docker-entrypoint\.sh, not an exported function of it/ }] },
    { name: 'a shell script as CMD on the AWS Python base', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY start.sh app.py ${LAMBDA_TASK_ROOT}/\nCMD ["start.sh"]\n', errors: [{ messageId: 'badFormat', line: 3, message: /names the file start\.sh, not a function in it/ }] },
    { name: 'a package folder with an __init__.py: the module is the file of that name, not the package', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY lib ${LAMBDA_TASK_ROOT}/lib\nCMD ["handler.main"]\n', context: { 'lib/__init__.py': '', 'lib/handler.py': 'def main(event, context):\n    return 1\n' }, errors: [{ messageId: 'moduleElsewhere', line: 3, fix: /\("lib\/handler\.main"\)/ }] },
    { name: 'a bootstrap alone in /var/runtime and no CMD: a function image, the base entrypoint gets no argument', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}/\n', context: { bootstrap: '#!/bin/sh\n' }, errors: [{ messageId: 'missingCmd', severity: 'warning' }] },
    { name: 'npm cache clean after the install (LL301 fix) writes no code: the missing module is still judged', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json index.js ${LAMBDA_TASK_ROOT}/\nRUN npm install --omit=dev && npm cache clean --force\nCMD ["handler.handler"]\n', context: { 'package.json': '{}', 'index.js': 'exports.handler = async () => 1;\n' }, errors: [{ messageId: 'moduleElsewhere', line: 4, severity: 'error' }] },
    // A RUN that writes only where no handler is loaded from does not hide a missing module (it did: any `$(...)`, find or tar).
    { name: 'chmod of $(find ...) writes no file', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src .\nRUN chmod 644 $(find . -type f)\nCMD ["nothere.handler"]\n', context: { 'src/app.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'error' }] },
    { name: 'a tool unpacked in /tmp and copied to /usr/local/bin', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN cd /tmp && curl -sSLo x.tar.xz https://example.com/ffmpeg.tar.xz && tar xf x.tar.xz && cp ffmpeg-*/ffmpeg /usr/local/bin/ && rm -rf /tmp/*\nCOPY src .\nCMD ["nothere.handler"]\n', context: { 'src/app.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'error' }] },
    { name: 'wget into /opt and unzip -d /opt', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN wget -q -P /opt https://example.com/tool.zip && unzip /opt/tool.zip -d /opt/tool\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["nothere.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'error' }] },
    { name: 'a data file missing from the context (a model fetched before the build) does not hide a missing handler module', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/*.py ${LAMBDA_TASK_ROOT}/\nCOPY model.bin /opt/model.bin\nCMD ["app.handler"]\n', context: { 'src/main.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'error' }] },
    {
      name: 'an unknown base whose ENTRYPOINT starts awslambdaric by name: the handler is judged (the module lacks the function)',
      dockerfile: 'FROM registry.example.com/team/py-lambda-base:1.0\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/python3", "-m", "awslambdaric"]\nCMD ["app.lambda_handler"]\n',
      context: { 'app.py': 'def handler(event, context):\n    return 1\n' },
      errors: [{ messageId: 'functionMissing', line: 4, severity: 'error' }],
    },
    {
      name: 'an optional-file wildcard that matches nothing (COPY poetry.lock*, which BuildKit allows) still leaves the module missing',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt poetry.lock* ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY other.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'boto3\n', 'other.py': 'x = 1\n' },
      errors: [{ messageId: 'moduleNotCopied', line: 5, severity: 'error' }],
    },
    {
      name: 'go1.x base: CMD names the Go source file instead of the executable',
      dockerfile: 'FROM public.ecr.aws/lambda/go:1\nCOPY src/handler.go ${LAMBDA_TASK_ROOT}\nCMD ["handler.go"]\n',
      errors: [{ messageId: 'badFormat', line: 3, message: /Go source file handler\.go/ }],
    },
    {
      name: 'no context: no COPY brings any code, the handler names a module',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'warning', message: /Judged from the names in the Dockerfile/ }],
    },
    // Docker copies a folder's contents, not the folder: src/ flattened into the root cannot give src/app.py.
    {
      name: 'no context: src/* copied into the root, the handler names src/',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/* ./\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["src/app.handler"]\n',
      errors: [{ messageId: 'folderFlattened', line: 5, severity: 'warning', message: /COPY at line 2 puts what is inside src\/ into \/var\/task/ }],
    },
    {
      name: 'no context: a package folder copied into ${LAMBDA_TASK_ROOT}, the handler names the package',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app/ ${LAMBDA_TASK_ROOT}\nCMD ["app.main.handler"]\n',
      errors: [{ messageId: 'folderFlattened', line: 3, severity: 'warning', message: /app\/main\.py/ }],
    },
    {
      name: 'no context: the files copied by name do not include the module (Node.js, package*.json cannot match it)',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY src.js package*.json ./\nRUN npm install\nCMD ["app.lambdaHandler"]\n',
      errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'warning' }],
    },
    {
      name: 'no context: the module is not among the Python files copied by name',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'moduleNotCopied', line: 4, severity: 'warning' }],
    },
    { name: 'deploy: the template Command names a module the image lacks', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n' }, deploy: fn({ imageConfig: { command: loc(['other.handler'], 10) } }), errors: [{ messageId: 'moduleNotCopied', line: 10, message: /ImageConfig\.Command of Fn/ }] },
    {
      name: 'Python handler written as a file name',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.py"]\n',
      context: { 'app.py': 'def handler(e, c):\n    return 1\n' },
      errors: [{ messageId: 'badFormat', line: 3, message: /names the file app\.py, not a function in it \(Runtime\.HandlerNotFound: the runtime imports app and finds no function named py\)/ }],
    },
    {
      name: 'Node handler written as a file name',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.js ${LAMBDA_TASK_ROOT}/\nCMD ["index.js"]\n',
      errors: [{ messageId: 'badFormat', message: /names the file index\.js, not an exported function of it \(Runtime\.HandlerNotFound: the runtime loads index and finds no export named js\)/ }],
    },
    {
      name: 'handler names a function the module does not define',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handle"]\n',
      context: { 'app.py': 'def handler(event, context):\n    return 1\n' },
      errors: [{ messageId: 'functionMissing', line: 3, message: /app\.py does not define handle / }],
    },
    {
      name: 'Node handler names an export the file lacks',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.js ${LAMBDA_TASK_ROOT}/\nCMD ["index.main"]\n',
      context: { 'index.js': 'exports.handler = async () => 1;\n' },
      errors: [{ messageId: 'functionMissing', message: /index\.js does not define main/ }],
    },
    {
      name: 'Ruby client as ENTRYPOINT with no CMD',
      dockerfile: 'FROM ruby:3.3\nRUN gem install aws_lambda_ric\nWORKDIR /function\nCOPY app.rb .\nENTRYPOINT ["/usr/local/bin/aws_lambda_ric"]\n',
      context: { 'app.rb': 'module App\nend\n' },
      errors: [{ messageId: 'missingCmd', line: 5, message: /_HANDLER/ }],
    },
    {
      name: 'a client wrapped by the emulator with no CMD',
      dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nADD https://github.com/aws/aws-lambda-runtime-interface-emulator/releases/latest/download/aws-lambda-rie /usr/local/bin/aws-lambda-rie\nWORKDIR /function\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/aws-lambda-rie", "/usr/local/bin/python", "-m", "awslambdaric"]\n',
      context: { 'app.py': 'def handler(e, c):\n    return 1\n' },
      errors: [{ messageId: 'missingCmd', line: 6 }],
    },
    {
      name: 'no CMD with the base entrypoint',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n',
      context: APP_PY,
      errors: [{ messageId: 'missingCmd', line: 1, severity: 'warning', message: /unless the function's ImageConfig\.Command sets one .*142/ }],
    },
    {
      name: 'deploy: no CMD and the function sets no Command either is an error',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n',
      context: APP_PY,
      deploy: fn(),
      errors: [{ messageId: 'missingCmd', severity: 'error', message: /There is no CMD and the function's image configuration sets no Command.*142/ }],
    },
    {
      name: 'no CMD after COPY --from of a build (function code copied in)',
      dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /out/main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/main ./main\n',
      errors: [{ messageId: 'missingCmd', line: 3, severity: 'warning' }],
    },
    {
      name: 'shell-form CMD',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD app.handler\n',
      context: APP_PY,
      errors: [{ messageId: 'shellCmd', line: 3, message: /reaches \/lambda-entrypoint\.sh as \["\/bin\/sh", "-c", "app\.handler"\]/, fix: /CMD \["app\.handler"\]\.$/ }],
    },
    {
      name: 'CMD array without its closing bracket: quoted as JSON, with the real reason',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"\n',
      context: APP_PY,
      errors: [{ messageId: 'shellCmd', line: 3, message: /as \["\/bin\/sh", "-c", "\[\\"app\.handler\\""\]: it is not valid JSON \(it has no closing \]\)/, fix: /CMD \["app\.handler"\]\.$/ }],
    },
    {
      name: 'CMD array with a trailing comma',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler",]\n',
      context: APP_PY,
      errors: [{ messageId: 'shellCmd', message: /\(a comma follows the last word\)/, fix: /CMD \["app\.handler"\]\.$/ }],
    },
    {
      name: 'CMD with two elements over continuation lines',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD [ "python", \\\n      "app.py" ]\n',
      context: APP_PY,
      errors: [{ messageId: 'notOneElement', line: 3, message: /2 arguments/ }],
    },
    {
      name: 'python handler without a function',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app"]\n',
      context: APP_PY,
      errors: [{ messageId: 'badFormat', message: /no "\."/ }],
    },
    {
      name: 'node handler with ..',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["../index.handler"]\n',
      errors: [{ messageId: 'badFormat', message: /"\.\."/ }],
    },
    {
      name: 'java handler with a single colon',
      dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCMD ["com.example.App:handleRequest"]\n',
      errors: [{ messageId: 'badFormat', message: /java form/ }],
    },
    {
      name: 'dotnet handler with four parts',
      dockerfile: 'FROM public.ecr.aws/lambda/dotnet:8\nCOPY publish/ ${LAMBDA_TASK_ROOT}\nCMD ["Fn::Fn::Function::Handler"]\n',
      errors: [{ messageId: 'badFormat', message: /three parts/ }],
    },
    {
      name: 'ruby handler without a method',
      dockerfile: 'FROM public.ecr.aws/lambda/ruby:3.3\nCOPY lambda_function.rb ${LAMBDA_TASK_ROOT}/\nCMD ["lambda_function"]\n',
      errors: [{ messageId: 'badFormat', message: /ruby form/ }],
    },
    {
      name: 'handler module never copied',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY main.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'main.py': 'def handler(e, c):\n    return 1\n' },
      errors: [{ messageId: 'moduleNotCopied', line: 3, message: /app\.py or app\/__init__\.py in \/var\/task/ }],
    },
    {
      name: 'handler names a folder the module is not in (node: src/handler, copied to the task root)',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY handler.js ${LAMBDA_TASK_ROOT}/handler.js\nCMD ["src/handler.handler"]\n',
      context: { 'handler.js': 'exports.handler = async () => 1;\n' },
      errors: [{ messageId: 'moduleElsewhere', line: 3, message: /puts the module at \/var\/task\/handler\.js/ }],
    },
    {
      name: 'handler names a module at the task root that is copied into a subfolder (python)',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/src/\nCMD ["app.handler"]\n',
      context: { 'app.py': 'def handler(e, c):\n    return 1\n' },
      errors: [{ messageId: 'moduleElsewhere', line: 3, message: /at \/var\/task\/src\/app\.py/ }],
    },
    {
      name: 'custom base client without any handler',
      dockerfile: PY_RIC,
      context: APP_PY,
      errors: [{ messageId: 'missingCmd', line: 5, severity: 'warning', message: /Handler not set/ }],
    },
    {
      name: 'multi-stage custom node base, family inferred from npx aws-lambda-ric',
      dockerfile: 'FROM node:20 AS build\nWORKDIR /function\nCOPY package.json ./\nRUN npm install aws-lambda-ric\nFROM node:20-slim\nWORKDIR /function\nCOPY --from=build /function /function\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index"]\n',
      errors: [{ messageId: 'badFormat', line: 10, message: /nodejs form/ }],
    },
    {
      name: 'heredoc RUN before a handler whose module is missing (node)',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nRUN <<EOF\nmkdir -p /var/task/lib\nchmod 755 /var/task/lib\nEOF\nCOPY handler.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n',
      context: { 'handler.mjs': 'export const handler = 1;\n' },
      errors: [{ messageId: 'moduleNotCopied', message: /index\.js/ }],
    },
  ],
});
