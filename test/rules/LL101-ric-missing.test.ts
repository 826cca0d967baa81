import rule from '../../rules/LL101-ric-missing.js';
import { ruleTester } from '../kit.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };

ruleTester(rule, {
  valid: [
    {
      name: 'two build targets: the client of --target lambda is not missing from --target server',
      dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nFROM base AS server\nCMD ["uvicorn", "api:app", "--port", "8000"]\nFROM base AS lambda\nRUN pip install --no-cache-dir awslambdaric\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["handler.handler"]\n',
      target: 'server',
    },
    { name: 'a SAM build image holds its runtime client (LL102 reports its reset entrypoint)', dockerfile: 'FROM public.ecr.aws/sam/build-nodejs20.x\nCOPY app.js package.json ./\nCMD ["app.lambdaHandler"]\n' },
    { name: 'cargo lambda build, the binary copied from cargo\'s own target/<triple>/release output', dockerfile: 'FROM rust:1.82-bookworm AS builder\nRUN cargo install --locked cargo-lambda\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock ./\nCOPY src ./src\nRUN cargo lambda build --release --x86-64\nFROM debian:bookworm-slim\nCOPY --from=builder /src/target/x86_64-unknown-linux-gnu/release/orders /usr/local/bin/orders\nENTRYPOINT ["/usr/local/bin/orders"]\n', context: { 'Cargo.toml': '[package]\nname = "orders"\n\n[dependencies]\nlambda_runtime = "0.13"\n', 'Cargo.lock': '', 'src/main.rs': '' } },
    { name: 'the Web Adapter from a mirror of its image under another owner', dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY server.js ./\nCOPY --from=public.ecr.aws/cds-snc/aws-lambda-adapter:0.7.0 /lambda-adapter /opt/extensions/lambda-adapter\nCMD ["node", "server.js"]\n' },
    { name: 'the Web Adapter binary from an image of another name, landing as the extension', dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY server.js ./\nCOPY --from=123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/lwa:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCMD ["node", "server.js"]\n' },
    { name: 'provided: a folder copied beside the program may hold the bootstrap', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /app/main /src/runtime/ ./\nCMD ["main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' } },
    { name: 'clojure: lein uberjar in a builder, the jar copied; project.clj declares the Java client', dockerfile: 'FROM clojure:openjdk-11-slim-buster AS builder\nWORKDIR /usr/src/app\nCOPY project.clj ./\nRUN lein deps\nCOPY src/ ./src\nRUN lein uberjar\nFROM eclipse-temurin:11-focal\nCOPY --from=builder /usr/src/app/target/app-0.1.0-standalone.jar /opt/app/app.jar\nENTRYPOINT ["java", "-cp", "/opt/app/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["app.core::handleRequest"]\n', context: { 'project.clj': '(defproject app "0.1.0" :dependencies [[org.clojure/clojure "1.11.1"] [com.amazonaws/aws-lambda-java-runtime-interface-client "2.0.0"]])', 'src/app/core.clj': '' } },
    { name: 'scala: a jar built before docker build from a build.sbt that declares the Java client', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/scala-3.3.1/app-assembly.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["app.Handler::handleRequest"]\n', context: { 'build.sbt': 'libraryDependencies += "com.amazonaws" % "aws-lambda-java-runtime-interface-client" % "2.6.0"\n', 'target/scala-3.3.1/app-assembly.jar': 'PK' } },
    { name: 'provided: the compiled program copied as the bootstrap', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' } },
    { name: 'provided: the compiled program under its own name, linked as the bootstrap', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /var/task/main\nRUN ln -s /var/task/main /var/runtime/bootstrap\nCMD ["main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' } },
    { name: 'provided: the compiled program under its own name, run by ENTRYPOINT (the AWS Go docs)', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main ./main\nENTRYPOINT ["./main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' } },
    { name: 'provided: a folder of the build context not seen here, copied into /var/runtime, may hold the bootstrap', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /var/task/main\nCOPY scripts/ /var/runtime/\nCMD ["main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' } },
    // `--only main` takes a value: `main` is a dependency group, not a package named on the command line.
    {
      name: 'poetry install --only main, the client in pyproject.toml',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /var/task\nCOPY pyproject.toml poetry.lock ./\nRUN pip install --no-cache-dir poetry && poetry config virtualenvs.create false && poetry install --no-root --only main\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { ...APP_PY, 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12"\nawslambdaric = "^3.0"\n', 'poetry.lock': '' },
    },
    { name: 'poetry install --without dev, no build context (unknown is never an error)', dockerfile: 'FROM python:3.12-slim\nWORKDIR /var/task\nCOPY pyproject.toml poetry.lock ./\nRUN pip install poetry && poetry install --without dev --no-interaction\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    { name: 'bundle install --jobs 4 --retry 3, no build context', dockerfile: 'FROM ruby:3.3-slim\nWORKDIR /function\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install --jobs 4 --retry 3 --without development test\nCOPY app.rb .\nENTRYPOINT ["bundle", "exec", "aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n' },
    { name: 'the Web Adapter copied from a stage that is its image', dockerfile: 'FROM public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 AS adapter\nFROM python:3.12-slim\nCOPY --from=adapter /lambda-adapter /opt/extensions/lambda-adapter\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["uvicorn", "main:app", "--port", "8080"]\n' },
    // A custom runtime: the bootstrap is the program (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html).
    { name: 'a bootstrap copied and run by CMD on a base of its own', dockerfile: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends dotnet-runtime-8.0 && rm -rf /var/lib/apt/lists/*\nCOPY bootstrap /function/\nCMD ["/function/bootstrap"]\n' },
    // lambda_function.py run as a script is a weak sign: on a base this tool does not know, nothing is said.
    { name: 'lambda_function.py run by python on an unknown base', dockerfile: 'FROM acme/py:3.11\nCOPY lambda_function.py ./\nCMD ["python", "lambda_function.py"]\n' },
    { name: 'python -m of another module is no sign', dockerfile: 'FROM python:3.12-slim\nCOPY src/ /app/src/\nCMD ["python", "-m", "jobs.lambda_function_test"]\n' },
    { name: 'lambda_function.py run as a script, with lambda: false', dockerfile: 'FROM python:3.11\nCOPY lambda_function.py ./\nCMD ["python", "lambda_function.py"]\n', config: { lambda: false } },
    // RUN sees build arguments as environment variables: `python${PY} -m pip` is pip.
    {
      name: 'client installed by python${VERSION} -m pip in a builder, the folder copied',
      dockerfile: 'ARG FUNCTION_DIR="/home/app/"\nARG PY="3.12"\nFROM python:${PY} AS base\nFROM base AS build\nARG FUNCTION_DIR\nARG PY\nRUN python${PY} -m pip install awslambdaric --target ${FUNCTION_DIR}\nFROM base\nARG FUNCTION_DIR\nWORKDIR ${FUNCTION_DIR}\nCOPY --from=build ${FUNCTION_DIR} ${FUNCTION_DIR}\nCOPY app.py ${FUNCTION_DIR}\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    // A base this tool does not know may carry the client (a vendor image built on AWS's): only the launch is judged, by LL102.
    { name: 'unknown base, an unread install, ENTRYPOINT running a script', dockerfile: 'FROM acme/selenium-python:1.0\nWORKDIR /var/task\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY scrape.py .\nENTRYPOINT [\"python\", \"scrape.py\"]\n' },
    // No build context: a wildcard or a folder copied into the runtime folder may hold the bootstrap (unknown is never an error).
    { name: 'provided base, no build context: a wildcard copied into ${LAMBDA_RUNTIME_DIR}', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2\nCOPY ./build/runtime/* ${LAMBDA_RUNTIME_DIR}/\nCOPY ./src/* ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n' },
    { name: 'provided base, no build context: a folder copied into /var/task', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY dist/ /var/task/\nCMD ["function.handler"]\n' },
    { name: 'provided base: bootstrap copied into ${LAMBDA_RUNTIME_DIR}', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY ./build/runtime/bootstrap ${LAMBDA_RUNTIME_DIR}\nCOPY src/* ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n' },
    { name: 'unreadable requirements on a base with its own entrypoint (lambci)', dockerfile: 'FROM lambci/lambda:python3.7\nWORKDIR /var/task\nCOPY requirements.txt .\nRUN pip3 install -r requirements.txt -t /var/task/lib\n' },
    {
      name: 'npm install -g in a builder, the global folder copied',
      dockerfile: 'FROM node:20 AS build\nRUN npm install -g aws-lambda-ric\nFROM node:20-slim\nCOPY --from=build /usr/local/lib/node_modules /usr/local/lib/node_modules\nWORKDIR /function\nCOPY index.js ./\nENTRYPOINT ["/usr/local/lib/node_modules/aws-lambda-ric/bin/index.mjs"]\nCMD ["index.handler"]\n',
    },
    { name: 'yarn global add in the final stage', dockerfile: 'FROM node:20-slim\nRUN yarn global add aws-lambda-ric\nWORKDIR /function\nCOPY index.js ./\nENTRYPOINT ["aws-lambda-ric"]\nCMD ["index.handler"]\n' },
    {
      name: 'cd DIR && npm install, then that folder copied',
      dockerfile: 'FROM node:20 AS build\nRUN mkdir -p /function && cd /function && npm install aws-lambda-ric\nFROM node:20-slim\nCOPY --from=build /function /function\nWORKDIR /function\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
    },
    { name: 'unreadable requirements.txt and ENTRYPOINT launching the client', dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    {
      name: 'own code and requirements.txt kept in a vendor folder',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY vendor/fn/ ./\nRUN pip install --no-cache-dir -r requirements.txt\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'pytest\n', 'vendor/fn/requirements.txt': 'awslambdaric==2.2.1\n', 'vendor/fn/app.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'AWS python base image (docs example)',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install -r requirements.txt\nCOPY lambda_function.py ${LAMBDA_TASK_ROOT}\nCMD [ "lambda_function.handler" ]\n',
      context: { 'requirements.txt': 'requests\n', 'lambda_function.py': 'def handler(e, c):\n    return 1\n' },
    },
    {
      name: 'python alternative base, multi-stage with ARG and continuation (docs example)',
      dockerfile: [
        'ARG FUNCTION_DIR="/function"',
        'FROM python:3.12 AS build-image',
        'ARG FUNCTION_DIR',
        'RUN mkdir -p ${FUNCTION_DIR}',
        'COPY . ${FUNCTION_DIR}',
        'RUN pip install \\',
        '    --target ${FUNCTION_DIR} \\',
        '        awslambdaric',
        'FROM python:3.12-slim',
        'ARG FUNCTION_DIR',
        'WORKDIR ${FUNCTION_DIR}',
        'COPY --from=build-image ${FUNCTION_DIR} ${FUNCTION_DIR}',
        'ENTRYPOINT [ "/usr/local/bin/python", "-m", "awslambdaric" ]',
        'CMD [ "lambda_function.handler" ]',
        '',
      ].join('\n'),
    },
    {
      name: 'node base, aws-lambda-ric from package.json in the context',
      dockerfile: 'FROM node:20-bookworm-slim\nWORKDIR /function\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY index.js ./\nENV NPM_CONFIG_CACHE=/tmp/.npm\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"name":"fn","dependencies":{"aws-lambda-ric":"^3.3.0"}}', 'package-lock.json': '{}', 'index.js': 'exports.handler = async () => 1;\n' },
    },
    {
      name: 'go on provided:al2023 with ENTRYPOINT override (docs example)',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /helloworld\nCOPY go.mod go.sum ./\nCOPY main.go .\nRUN go build -tags lambda.norpc -o main main.go\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /helloworld/main ./main\nENTRYPOINT [ "./main" ]\n',
    },
    {
      name: 'rust bootstrap copied to LAMBDA_RUNTIME_DIR on provided',
      dockerfile: 'FROM ghcr.io/cargo-lambda/cargo-lambda:1.6 AS builder\nWORKDIR /build\nCOPY . .\nRUN cargo lambda build --release\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=builder /build/target/lambda/fn/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["app.handler"]\n',
    },
    {
      name: 'a Rust lambda_runtime binary that the build RUN copies out of target/ under another name, run through ENV PATH',
      dockerfile: 'FROM rust:1.80 AS builder\nCOPY . .\nRUN cargo build --release && cp target/release/fn /lambda\nFROM alpine:3.20\nRUN mkdir -p /var/task/bin\nCOPY --from=builder /lambda /var/task/bin/\nENV PATH=$PATH:/var/task/bin\nENTRYPOINT ["lambda"]\n',
      context: { 'Cargo.toml': '[package]\nname = "fn"\n\n[dependencies]\nlambda_runtime = "0.13"\n', 'src/main.rs': 'fn main() {}\n' },
    },
    {
      name: 'a Rust lambda_runtime binary copied out of target/ by a later RUN',
      dockerfile: 'FROM rust:1.80 AS builder\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nRUN install -m 755 target/release/fn /usr/local/bin/fn\nFROM debian:12-slim\nCOPY --from=builder /usr/local/bin/fn /usr/local/bin/fn\nENTRYPOINT ["/usr/local/bin/fn"]\n',
      context: { 'Cargo.toml': '[package]\nname = "fn"\n\n[dependencies]\nlambda_runtime = "0.13"\n', 'src/main.rs': 'fn main() {}\n' },
    },
    {
      name: 'pip run as python${PY} where PY is a global ARG the stage does not declare (the shell expands it to nothing)',
      dockerfile: 'ARG PY=3.12\nFROM python:${PY}-slim AS base\nRUN python${PY} -m pip install --no-cache-dir --target /function awslambdaric\nFROM base\nWORKDIR /function\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'provided: the bootstrap comes from a build output (build/runtime/*) the context read here does not hold: unknown, not an error',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY build/runtime/* ${LAMBDA_RUNTIME_DIR}/\nCOPY fn.js ${LAMBDA_TASK_ROOT}/\nCMD ["fn.handler"]\n',
      context: { 'fn.js': 'export const handler = () => 1;\n', 'Makefile': 'build:\n\tbun build\n' },
    },
    {
      name: 'a Go binary built before docker build and copied from the context, whose go.mod requires aws-lambda-go',
      dockerfile: 'FROM alpine:3.20\nWORKDIR /go\nCOPY ./build_artifact_bin lambdahandler\nENTRYPOINT ["/go/lambdahandler"]\n',
      context: { build_artifact_bin: '\x7fELF\x02\x01\x01\0', 'go.mod': 'module example.com/fn\n\ngo 1.22\n\nrequire github.com/aws/aws-lambda-go v1.47.0\n', 'main.go': 'package main\n' },
      config: { lambda: true },
    },
    {
      name: 'a custom base with its own /lambda-entrypoint.sh (copied from the context) that execs the Java client',
      dockerfile: 'FROM amazoncorretto:15\nENV CLASSPATH /var/task/*\nWORKDIR /var/task\nCOPY lambda-entrypoint.sh /lambda-entrypoint.sh\nCOPY build/libs/fn-all.jar /var/task/\nENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["example.Handler::handleRequest"]\n',
      context: { 'lambda-entrypoint.sh': '#!/bin/sh\nif [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then\n  exec /usr/local/bin/aws-lambda-rie /usr/bin/java com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$1"\nelse\n  exec /usr/bin/java com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$1"\nfi\n', 'build.gradle': "dependencies { implementation 'com.amazonaws:aws-lambda-java-runtime-interface-client:1.0.0' }\n" },
    },
    {
      name: 'Lambda Web Adapter on node (README example)',
      dockerfile: 'FROM node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=7000\nWORKDIR /var/task\nCOPY package.json index.js ./\nRUN npm install --omit=dev\nCMD ["node", "index.js"]\n',
      context: { 'package.json': '{"dependencies":{"express":"^4"}}', 'index.js': 'require("express")().listen(7000);\n' },
    },
    {
      name: 'heredoc RUN installs awslambdaric',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN <<EOF\nset -e\npip install --no-cache-dir --target /function awslambdaric boto3\nEOF\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
    },
    {
      name: 'ruby gem install',
      dockerfile: 'FROM ruby:3.3-slim\nWORKDIR /function\nRUN gem install aws_lambda_ric\nCOPY app.rb .\nENTRYPOINT ["/usr/local/bin/aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n',
    },
    { name: 'node: the client installed in a cache-mounted folder and copied into the code folder, run through node_modules/.bin', dockerfile: 'FROM node:20-slim AS build\nWORKDIR /var/task\nCOPY package.json index.js ./\nRUN --mount=type=cache,target=/tmp/stub cd /tmp/stub && npm init -y && npm install aws-lambda-ric && mkdir -p /var/task/node_modules && cp -a /tmp/stub/node_modules/. /var/task/node_modules/\nFROM node:20-slim\nWORKDIR /var/task\nCOPY --from=build /var/task /var/task\nENTRYPOINT ["node", "./node_modules/.bin/aws-lambda-ric"]\nCMD ["index.handler"]\n', context: { 'package.json': '{"name":"fn"}', 'index.js': 'exports.handler = async () => 1;\n' } },
    { name: 'LLRT in a container image (its README): the llrt-container binary implements the Runtime API', dockerfile: 'FROM --platform=arm64 busybox:1.36\nWORKDIR /var/task/\nCOPY app.mjs ./\nADD https://github.com/awslabs/llrt/releases/latest/download/llrt-container-arm64 /usr/bin/llrt\nRUN chmod +x /usr/bin/llrt\nENV LAMBDA_HANDLER "app.handler"\nCMD [ "llrt" ]\n', context: { 'app.mjs': 'export const handler = async () => 1;\n' } },
    // A local package file of the client (AWS's Ruby client sample builds the gem and installs the file).
    { name: 'ruby: gem install of a local aws_lambda_ric gem file', dockerfile: 'FROM ruby:3.3-alpine3.19\nCOPY aws_lambda_ric-3.1.1.gem /tmp/\nRUN gem install /tmp/aws_lambda_ric-3.1.1.gem && rm /tmp/aws_lambda_ric-3.1.1.gem\nWORKDIR /function\nCOPY app.rb ./\nENTRYPOINT ["aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n' },
    { name: 'python: pip install of a local awslambdaric wheel', dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY wheels/ /wheels/\nRUN pip install --no-cache-dir --target /function /wheels/awslambdaric-3.1.1-cp312-cp312-manylinux_2_17_x86_64.whl\nCOPY app.py .\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    { name: 'node: npm install of a packed aws-lambda-ric tarball', dockerfile: 'FROM node:20-slim\nWORKDIR /function\nCOPY aws-lambda-ric-3.2.1.tgz index.js ./\nRUN npm install ./aws-lambda-ric-3.2.1.tgz\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n' },
    // The client's README: include the library in the function's dependencies (a shaded jar built by mvn package before docker build).
    { name: 'java: a jar built before docker build from a pom.xml that declares the client', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.Handler::handleRequest"]\n', context: { 'pom.xml': '<project><dependencies><dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-runtime-interface-client</artifactId><version>2.6.0</version></dependency></dependencies></project>', 'target/app.jar': 'PK' } },
    {
      name: 'java RIC through pom.xml in the context',
      dockerfile: 'FROM maven:3.9-amazoncorretto-21 AS build\nWORKDIR /src\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -q package dependency:copy-dependencies -DincludeScope=runtime\nFROM amazoncorretto:21\nWORKDIR /function\nCOPY --from=build /src/target/classes ./\nCOPY --from=build /src/target/dependency ./lib\nENTRYPOINT ["/usr/bin/java", "-cp", "./:./lib/*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.App::handleRequest"]\n',
      context: { 'pom.xml': '<project><dependencies><dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-runtime-interface-client</artifactId><version>2.10.1</version></dependency></dependencies></project>', 'src/main/java/example/App.java': 'class App {}' },
    },
    {
      name: 'lambda-ready bref base',
      dockerfile: 'FROM bref/php-84:2\nCOPY . /var/task\nCMD ["index.php"]\n',
    },
    {
      name: 'requirements file that includes another with the client',
      dockerfile: 'FROM python:3.13-slim\nWORKDIR /function\nCOPY requirements/ requirements/\nRUN pip install --no-cache-dir --target /function -r requirements/prod.txt\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { 'requirements/prod.txt': '-r base.txt\nrequests\n', 'requirements/base.txt': 'awslambdaric==3.1.1\n', ...APP_PY },
    },
  ],
  invalid: [
    {
      name: 'the fix keeps the code where it is and the handler the file names',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nCMD ["handler.lambda_handler"]\n',
      errors: [{ messageId: 'noRic', fix: /pip install --no-cache-dir --target \/app awslambdaric .*then WORKDIR \/app, ENTRYPOINT \["\/usr\/local\/bin\/python", "-m", "awslambdaric"\] .* and CMD \["handler\.lambda_handler"\], or build/ }],
    },
    {
      name: 'Node.js: the fix names the native build tools aws-lambda-ric needs, and the WORKDIR and CMD of the file',
      dockerfile: 'FROM node:20-slim\nWORKDIR /srv\nCOPY . .\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'noRic', fix: /compiles a native module: install g\+\+, make, cmake, autoconf, automake, libtool and the libcurl headers.*CMD \["index\.handler"\] with WORKDIR \/srv \(the function directory\)/ }],
    },
    {
      name: 'Alpine: the fix says the client is compiled on musl and what that needs (no prebuilt wheel or binary)',
      dockerfile: 'FROM python:3.12-alpine\nWORKDIR /var/task\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'noRic', fix: /awslambdaric.*CMD \["app\.handler"\] \(on Alpine no prebuilt client exists for musl: .*libexecinfo-dev.*\), or build on an AWS base image/ }],
    },
    {
      name: 'Alpine through a stage: a Node.js image built FROM an alpine stage gets the musl note',
      dockerfile: 'FROM node:20-alpine AS base\nWORKDIR /srv\nFROM base\nCOPY index.js .\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'noRic', fix: /aws-lambda-ric.*\(on Alpine no prebuilt client exists for musl/ }],
    },
    { name: 'Debian slim: no musl note', dockerfile: 'FROM python:3.12-slim\nWORKDIR /var/task\nCOPY app.py .\nCMD ["app.handler"]\n', context: APP_PY, errors: [{ messageId: 'noRic', fix: /^(?!.*musl)/ }] },
    {
      name: 'a client left in a stage the final stage is built beside, with no target of its own',
      dockerfile: 'FROM python:3.12-slim AS deps\nRUN pip install --no-cache-dir --target /deps awslambdaric\nFROM python:3.12-slim\nWORKDIR /app\nCOPY handler.py .\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["handler.handler"]\n',
      errors: [{ messageId: 'notCopied' }],
    },
    { name: 'java: the client in pom.xml only inside a comment does not reach the jar', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.Handler::handleRequest"]\n', context: { 'pom.xml': '<project><dependencies><!-- <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-runtime-interface-client</artifactId></dependency> --></dependencies></project>', 'target/app.jar': 'PK' }, errors: [{ messageId: 'noRic' }] },
    { name: 'java: the client in test scope does not reach the jar', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.Handler::handleRequest"]\n', context: { 'pom.xml': '<project><dependencies><dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-runtime-interface-client</artifactId><version>2.6.0</version><scope>test</scope></dependency></dependencies></project>', 'target/app.jar': 'PK' }, errors: [{ messageId: 'noRic' }] },
    { name: 'java: a Gradle testImplementation of the client does not reach the jar', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.Handler::handleRequest"]\n', context: { 'build.gradle': 'dependencies {\n  testImplementation "com.amazonaws:aws-lambda-java-runtime-interface-client:2.6.0"\n}\n', 'target/app.jar': 'PK' }, errors: [{ messageId: 'noRic' }] },
    { name: 'provided: the compiled program copied into the working folder under its own name, beside a dotenv file', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/main .\nFROM public.ecr.aws/lambda/provided:al2023\nWORKDIR /app\nCOPY --from=build /app/main /app/.env ./\nCMD ["./main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' }, errors: [{ messageId: 'binaryNotBootstrap', line: 7, fix: /\(COPY --from=build \/app\/main \/var\/runtime\/bootstrap\), or set ENTRYPOINT to \/app\/main\.$/ }] },
    // docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html: the runtime runs the file named bootstrap.
    { name: 'provided: the compiled program copied under another name, with CMD naming it', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /var/task/main\nCMD ["main"]\n', context: { 'go.mod': 'module example.com/fn\\n\\nrequire github.com/aws/aws-lambda-go v1.47.0\\n', 'go.sum': '', 'main.go': 'package main\\n' }, errors: [{ messageId: 'binaryNotBootstrap', line: 6, fix: /^Copy the program to \/var\/runtime\/bootstrap \(COPY --from=build \/main \/var\/runtime\/bootstrap\), or set ENTRYPOINT to \/var\/task\/main\.$/ }] },
    { name: 'provided: a builder program of unknown kind copied to /var/runtime under another name (no bootstrap can come from it)', dockerfile: 'FROM rust:1.83 AS builder\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=builder /app/target/release/myapp /var/runtime/myapp\nCMD ["myapp"]\n', context: { 'Cargo.toml': '[package]\\nname = "myapp"\\n', 'src/main.rs': '' }, errors: [{ messageId: 'noBootstrap', line: 5 }] },
    { name: 'java: a prebuilt jar whose pom.xml does not declare the client', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /function/app.jar\nENTRYPOINT ["java", "-cp", "/function/app.jar", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\nCMD ["example.Handler::handleRequest"]\n', context: { 'pom.xml': '<project><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency></dependencies></project>', 'target/app.jar': 'PK' }, errors: [{ messageId: 'noRic' }] },
    // An archive ADD unpacks may hold the client (AWS builds its base images as FROM scratch + ADD of layer archives): unknown, a warning.
    {
      name: 'FROM scratch, ADD of a local tar archive: the client cannot be verified',
      dockerfile: 'FROM scratch\nADD layer.tar.xz /\nENV LAMBDA_TASK_ROOT=/var/task\nWORKDIR /var/task\nENTRYPOINT ["/lambda-entrypoint.sh"]\n',
      context: { 'layer.tar.xz': 'x' },
      errors: [{ messageId: 'archiveUnseen', severity: 'warning', message: /ADD layer\.tar\.xz \(line 2\)/ }],
    },
    { name: 'a local gem file of another package is no client', dockerfile: 'FROM ruby:3.3-slim\nCOPY aws_lambda_ric_helpers-1.0.0.gem /tmp/\nRUN gem install /tmp/aws_lambda_ric_helpers-1.0.0.gem\nWORKDIR /function\nCOPY app.rb ./\nENTRYPOINT ["aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n', errors: [{ messageId: 'noRic', severity: 'error' }] },
    { name: 'a zip ADD does not unpack: the client is still missing', dockerfile: 'FROM python:3.12-slim\nADD app.zip /app/\nCOPY app.py .\nCMD ["app.handler"]\n', context: { 'app.zip': 'x', 'app.py': 'def handler(e, c):\n    return 1\n' }, errors: [{ messageId: 'noRic', severity: 'error' }] },
    { name: 'noRic on a Python image: the fix names no variable the Dockerfile lacks', dockerfile: 'FROM mcr.microsoft.com/playwright/python:v1.49.0-noble\nRUN pip install --no-cache-dir playwright boto3\nCOPY lambda_function.py ./\nCMD ["lambda_function.lambda_handler"]\n', errors: [{ messageId: 'noRic', severity: 'error', fix: /^Add awslambdaric \(Python\): RUN pip install --no-cache-dir --target \/function awslambdaric [^$]*$/ }] },
    {
      name: 'a stage of another image copied to /opt/extensions is no Web Adapter',
      dockerfile: 'FROM alpine:3.20 AS tools\nRUN apk add --no-cache curl\nFROM python:3.12-slim\nCOPY --from=tools /usr/bin/curl /opt/extensions/lambda-adapter\nCOPY app.py .\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'noRic', line: 3 }],
    },
    { name: 'a program not named bootstrap run by CMD on a base of its own', dockerfile: 'FROM ubuntu:24.04\nCOPY app.py /var/task/\nCMD ["/usr/bin/python3", "/var/task/app.py"]\n', errors: [{ messageId: 'noRic', line: 1, severity: 'error' }] },
    // Code written for Lambda, started as a script: said as a warning, since the image may only run it outside Lambda.
    {
      name: 'python running lambda_function.py, an unread install',
      dockerfile: 'FROM python:3.11\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "lambda_function.py"]\n',
      errors: [{ messageId: 'scriptNotLambda', line: 4, severity: 'warning', message: /CMD \["python", "lambda_function.py"\]/ }],
    },
    {
      name: 'ENTRYPOINT python3 with lambda_function.py in a folder',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ ./src/\nENTRYPOINT ["python3", "-u", "src/lambda_function.py"]\n',
      errors: [{ messageId: 'scriptNotLambda', line: 4, severity: 'warning' }],
    },
    {
      name: 'python -m running a package\'s lambda_function module',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ /app/src/\nENV PYTHONPATH=/app/src\nCMD ["python", "-m", "jobs.lambda_function"]\n',
      errors: [{ messageId: 'scriptNotLambda', line: 5, severity: 'warning', message: /-m/ }],
    },
    {
      name: 'lambda_function.py run as a script, with lambda: true: the usual error',
      dockerfile: 'FROM python:3.11\nCOPY lambda_function.py ./\nCMD ["python", "lambda_function.py"]\n',
      config: { lambda: true },
      errors: [{ messageId: 'noRic', line: 1, severity: 'error' }],
    },
    {
      name: 'client installed by python${VERSION} -m pip in a builder whose folder is never copied',
      dockerfile: 'ARG PY="3.12"\nFROM python:${PY} AS build\nARG PY\nRUN python${PY} -m pip install awslambdaric --target /deps\nFROM python:3.12-slim\nWORKDIR /function\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'notCopied', line: 4 }],
    },
    {
      name: 'cd DIR && npm install in a builder, another folder copied',
      dockerfile: 'FROM node:20 AS build\nRUN mkdir -p /function && cd /function && npm install aws-lambda-ric\nFROM node:20-slim\nCOPY --from=build /app /app\nWORKDIR /app\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'notCopied', line: 2, message: /copies only \/app from it, not \/function\/node_modules/ }],
    },
    {
      name: 'yarn global add in a builder, never copied',
      dockerfile: 'FROM node:20 AS build\nRUN yarn global add aws-lambda-ric\nFROM node:20-slim\nWORKDIR /function\nCOPY index.js ./\nENTRYPOINT ["aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'notCopied', message: /yarn add aws-lambda-ric/ }],
    },
    {
      name: 'ARG BASE without default, the client left in the builder',
      dockerfile: 'ARG BASE\nFROM python:3.12 AS build\nRUN pip install --target /deps awslambdaric\nFROM ${BASE}\nWORKDIR /function\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'notCopied', line: 3 }],
    },
    {
      name: 'unreadable requirements.txt, nothing launches a client',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'notLaunched', line: 1, message: /CMD \["app.handler"\] does not launch one/ }],
    },
    {
      name: 'unreadable requirements.txt, python app.py',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["python", "app.py"]\n',
      config: { lambda: true },
      errors: [{ messageId: 'notLaunched' }],
    },
    {
      name: 'python slim with no client',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'noRic', line: 1, severity: 'error', message: /python:3\.12-slim/ }],
    },
    {
      name: 'requirements.txt read from the context lacks awslambdaric',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY requirements.txt app.py ./\nRUN pip install --no-cache-dir -r requirements.txt\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'requests==2.32.3\n', ...APP_PY },
      errors: [{ messageId: 'noRic', line: 1 }],
    },
    {
      name: 'npm ci with a package.json that lacks aws-lambda-ric (a dependency folder in the context does not count)',
      dockerfile: 'FROM node:20-slim\nWORKDIR /function\nCOPY package.json package-lock.json index.js ./\nRUN npm ci --omit=dev\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"dependencies":{"express":"^4"}}', 'package-lock.json': '{}', 'index.js': 'exports.handler = 1;\n', 'node_modules/lambda-kit/package.json': '{"name":"lambda-kit","dependencies":{"aws-lambda-ric":"^3.3.0"}}' },
      errors: [{ messageId: 'noRic', line: 1 }],
    },
    {
      name: 'ARG-resolved node base without aws-lambda-ric',
      dockerfile: 'ARG NODE=20\nFROM node:${NODE}-slim\nWORKDIR /function\nCOPY package.json index.js ./\nRUN npm install --omit=dev \\\n    express\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"dependencies":{}}', 'index.js': 'exports.handler = 1;\n' },
      errors: [{ messageId: 'noRic', line: 2, message: /node:20-slim/ }],
    },
    {
      name: 'client installed in a stage that never reaches the target',
      dockerfile: 'FROM python:3.12 AS deps\nRUN pip install --target /deps awslambdaric\nFROM python:3.12-slim\nWORKDIR /function\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'notCopied', line: 2, message: /never copies from stage deps/ }],
    },
    {
      name: 'target copies the wrong directory from the builder',
      dockerfile: 'FROM python:3.12 AS build\nWORKDIR /src\nCOPY app.py .\nRUN pip install --target /deps awslambdaric\nFROM python:3.12-slim\nWORKDIR /function\nCOPY --from=build /src /function\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'notCopied', line: 4, message: /copies only \/src/ }],
    },
    {
      name: 'provided base with neither bootstrap nor ENTRYPOINT',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY app.sh ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'app.sh': 'echo hi\n' },
      errors: [{ messageId: 'noBootstrap', line: 1 }],
    },
    {
      name: 'provided base: the build context shows the wildcard holds no bootstrap',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2\nCOPY ./build/runtime/* ${LAMBDA_RUNTIME_DIR}/\nCMD ["index.handler"]\n',
      context: { 'build/runtime/helper.sh': 'echo hi\n' },
      errors: [{ messageId: 'noBootstrap', line: 1 }],
    },
    {
      name: 'provided base, no build context: a single named file is no bootstrap',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY function.sh ${LAMBDA_TASK_ROOT}/\nCMD ["function.handler"]\n',
      errors: [{ messageId: 'noBootstrap', line: 1 }],
    },
    {
      name: 'unknown private base cannot be verified',
      dockerfile: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/platform/base:2024.1\nCOPY app.py /var/task/\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'unknownBase', severity: 'warning' }],
    },
    {
      name: 'heredoc RUN installs only other packages',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN <<EOF\npip install --no-cache-dir boto3 requests\nEOF\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: APP_PY,
      errors: [{ messageId: 'noRic' }],
    },
    {
      name: 'scratch with a Go server that is not a Lambda binary',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nFROM scratch\nCOPY --from=build /server /server\nENTRYPOINT ["/server"]\n',
      context: { 'go.mod': 'module example.com/server\n\ngo 1.23\n', 'main.go': 'package main\nfunc main() {}\n' },
      // Nothing in the file says Lambda: judged only when the configuration says it is deployed there.
      config: { lambda: true },
      errors: [{ messageId: 'noRic', line: 5 }],
    },
  ],
});
