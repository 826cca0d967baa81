import rule from '../../rules/LL100-lambda-not-detected.js';
import { ruleTester } from '../kit.js';
import { fn } from '../deploy/facts.js';

const APP_PY = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };

ruleTester(rule, {
  valid: [
    { name: 'deploy: a function of a deploy configuration is a Lambda image by its word', dockerfile: 'FROM python:3.12-slim\nCOPY app.py /srv/\nCMD ["python", "/srv/app.py"]\n', deploy: fn() },
    { name: 'AWS base image', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: APP_PY },
    { name: 'AWS base with a quoted reference', dockerfile: 'FROM "public.ecr.aws/lambda/nodejs:22"\nCOPY index.mjs ./\n' },
    { name: 'AWS base through a stage alias', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS base\nFROM base\nCOPY index.mjs ./\n' },
    { name: 'AWS base through a build argument default', dockerfile: 'ARG BASE=public.ecr.aws/lambda/python:3.13\nFROM ${BASE}\nCOPY app.py ./\n' },
    { name: 'AWS base given as a build argument', dockerfile: 'ARG BASE\nFROM ${BASE}\nCOPY app.py ./\n', buildArgs: { BASE: 'amazon/aws-lambda-python:3.12' } },
    { name: 'third-party base whose name says lambda', dockerfile: 'FROM ghcr.io/acme/lambda-python:3.12\nCOPY app.py ./\n' },
    { name: 'bref PHP base', dockerfile: 'FROM bref/php-84:2\nCOPY . /var/task\n' },
    { name: 'awslambdaric installed', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py /function/\n' },
    { name: 'awslambdaric through requirements.txt', dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY requirements.txt app.py ./\nRUN pip install --no-cache-dir -r requirements.txt\n', context: { ...APP_PY, 'requirements.txt': 'awslambdaric==3.1.1\n' } },
    { name: 'aws-lambda-ric launched', dockerfile: 'FROM node:22-slim\nWORKDIR /function\nCOPY . .\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\n' },
    { name: 'Ruby client', dockerfile: 'FROM ruby:3.3\nRUN gem install aws_lambda_ric\nENTRYPOINT ["aws_lambda_ric"]\n' },
    { name: 'Java client main class', dockerfile: 'FROM eclipse-temurin:21\nCOPY target/*.jar /function/\nENTRYPOINT ["java", "-cp", "/function/*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"]\n' },
    { name: 'Lambda Web Adapter', dockerfile: 'FROM node:22-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY . /app\nCMD ["node", "/app/server.js"]\n' },
    { name: 'LAMBDA_TASK_ROOT set by hand', dockerfile: 'FROM debian:12-slim\nENV LAMBDA_TASK_ROOT=/var/task\nCOPY app /var/task/app\n' },
    { name: '/var/task as destination', dockerfile: 'FROM alpine:3.20\nCOPY main /var/task/main\n' },
    { name: 'handler-shaped CMD', dockerfile: 'FROM python:3.12-slim\nCOPY app.py ./\nCMD ["app.handler"]\n', context: APP_PY },
    { name: 'Java handler CMD', dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app/\nCMD ["com.example.App::handleRequest"]\n' },
    { name: 'bootstrap copied', dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /var/runtime/bootstrap\n' },
    { name: 'bootstrap as entrypoint', dockerfile: 'FROM rust:1.82 AS build\nRUN cargo build --release\nFROM debian:12-slim\nCOPY --from=build /target/release/fn /usr/local/bin/bootstrap\nENTRYPOINT ["/usr/local/bin/bootstrap"]\n' },
    { name: 'runtime interface emulator', dockerfile: 'FROM python:3.12-slim\nADD https://github.com/aws/aws-lambda-runtime-interface-emulator/releases/latest/download/aws-lambda-rie /usr/bin/aws-lambda-rie\n' },
    { name: 'aws-lambda-go module fetched', dockerfile: 'FROM golang:1.23\nRUN go get github.com/aws/aws-lambda-go/lambda\n' },
    { name: 'a Go build with aws-lambda-go in go.mod', dockerfile: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /main .\nFROM alpine:3.20\nCOPY --from=build /main /main\nENTRYPOINT ["/main"]\n', context: { 'go.mod': 'module x\n\nrequire github.com/aws/aws-lambda-go v1.47.0\n' } },
    { name: 'forced by configuration', dockerfile: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n', config: { lambda: true } },
    { name: 'silenced by configuration', dockerfile: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n', config: { lambda: false } },
    { name: 'a file without FROM is left to LL001', dockerfile: 'RUN echo hi\n' },
    { name: 'python running lambda_function.py (the module name AWS gives a function)', dockerfile: 'FROM python:3.11\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "lambda_function.py"]\n' },
  ],
  invalid: [
    { name: 'nginx site', dockerfile: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 80\n', errors: [{ messageId: 'notLambda', line: 1, severity: 'info' }] },
    { name: 'Flask on python slim', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]\n', context: { 'requirements.txt': 'flask\ngunicorn\n', 'app.py': 'app = None\n' }, errors: [{ messageId: 'notLambda' }] },
    { name: 'Node web server', dockerfile: 'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n', context: { 'package.json': '{"dependencies":{"express":"4.19.2"}}', 'server.js': '' }, errors: [{ messageId: 'notLambda' }] },
    { name: 'Spring Boot jar', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/app.jar\nENTRYPOINT ["java", "-jar", "/app/app.jar"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'Go server on distroless', dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /server ./cmd/server\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /server /server\nENTRYPOINT ["/server"]\n', context: { 'go.mod': 'module example.com/server\n' }, errors: [{ messageId: 'notLambda', line: 1 }] },
    { name: 'multi-stage React build', dockerfile: 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /app/build /usr/share/nginx/html\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'the Web Adapter copied out of /opt/extensions (the build of a Lambda layer asset) is no sign', dockerfile: 'FROM docker.io/library/hello-world:latest\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.2-x86_64 /lambda-adapter /asset/extensions/lambda-adapter\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'a file name as CMD is no handler', dockerfile: 'FROM node:20-alpine\nCOPY index.js ./\nCMD ["index.js"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'a requirements.txt without the client', dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n', context: { 'requirements.txt': 'boto3\n' }, errors: [{ messageId: 'notLambda' }] },
    { name: 'a Go build whose go.mod is not readable is no evidence', dockerfile: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /server .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /server /server\nENTRYPOINT ["/server"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'lambda_function.py run by a server image that exposes a port is no evidence', dockerfile: 'FROM python:3.11\nCOPY . .\nEXPOSE 8000\nCMD ["python", "lambda_function.py"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'a build environment that compiles aws-lambda-cpp for a zip package', dockerfile: 'FROM amazonlinux:2023\nRUN dnf install -y gcc-c++ cmake3 git libcurl-devel && git clone https://github.com/awslabs/aws-lambda-cpp.git && cd aws-lambda-cpp && mkdir build && cd build && cmake3 .. && make && make install\nCOPY . /src\nRUN cd /src && mkdir build && cd build && cmake3 .. && make aws-lambda-package-fn\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'python running another script is no evidence', dockerfile: 'FROM python:3.11\nCOPY . .\nCMD ["python", "lambda_test.py"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'lambda_function.py run by node is no evidence', dockerfile: 'FROM node:22\nCOPY . .\nCMD ["node", "x.js", "lambda_function.py"]\n', errors: [{ messageId: 'notLambda' }] },
    { name: 'a LABEL that mentions lambda is no evidence', dockerfile: 'FROM python:3.12-slim\nLABEL description="not for /var/task, nor awslambdaric"\nCMD ["python", "main.py"]\n', errors: [{ messageId: 'notLambda' }] },
  ],
});
