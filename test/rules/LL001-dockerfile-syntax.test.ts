import rule from '../../rules/LL001-dockerfile-syntax.js';
import { lintCase, ruleTester } from '../kit.js';
import { expect, it } from 'vitest';

const D = '@sha256:' + '0'.repeat(64);

ruleTester(rule, {
  valid: [
    { name: 'a base tag from a build arg whose default is empty (it is meant to be given)', dockerfile: 'ARG PYTHON_VERSION=""\nFROM public.ecr.aws/lambda/python:${PYTHON_VERSION}\nRUN pip install -t /asset/python requests\n' },
    { name: 'ENV in both forms, a quoted value with spaces, an empty value', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV A=1 B="x y" C=\nENV D 4\n' },
    // Global ARGs: re-declared in the stage, used in FROM only, set by the stage's ENV, or with a default at the use.
    { name: 'a global ARG re-declared in the stage (the AWS samples pattern)', dockerfile: 'ARG FUNCTION_DIR="/function"\nFROM python:3.12-slim AS build\nARG FUNCTION_DIR\nRUN mkdir -p ${FUNCTION_DIR}\nFROM python:3.12-slim\nARG FUNCTION_DIR\nWORKDIR ${FUNCTION_DIR}\nCOPY --from=build ${FUNCTION_DIR} ${FUNCTION_DIR}\nCMD ["app.handler"]\n' },
    { name: 'a global ARG used in FROM only', dockerfile: 'ARG PY=3.12\nFROM public.ecr.aws/lambda/python:${PY}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'a global ARG name the stage sets with ENV', dockerfile: 'ARG APP_DIR=/app\nFROM python:3.12-slim\nENV APP_DIR=/srv\nCOPY app.py ${APP_DIR}/\n' },
    { name: 'a global ARG with a default where it is used', dockerfile: 'ARG APP_DIR=/app\nFROM python:3.12-slim\nCOPY app.py ${APP_DIR:-/srv}/\n' },
    { name: 'a global ARG in a RUN (the shell expands it; not judged)', dockerfile: 'ARG N=1\nFROM python:3.12-slim\nRUN N=2; echo $N\n' },
    { name: 'RUN starting with the shell test command [ ... ] is shell form, as meant (not broken JSON)', dockerfile: 'FROM python:3.12-slim\nRUN [ -n "$X" ] || { echo "no X"; true; }\nRUN [ "$(uname -m)" = "aarch64" ] && echo arm || echo x86\nRUN [ -f /etc/os-release ]\n' },
    { name: 'valid bash a POSIX-minded parser could trip on', dockerfile: 'FROM python:3.12-slim\nRUN if [[ "$(uname -m)" =~ ^(aarch64|arm64)$ ]]; then echo arm; fi\nRUN x="a/b"; echo "${x//\\//_}" $((1 + 2)) "${x#*/}"\nRUN case "$(uname -m)" in x86_64) A=amd64 ;; *) A=arm64 ;; esac && echo $A\nRUN echo `date +%s` && arr=(a b) && echo "${arr[@]}"\nRUN echo "a" | tee >(cat) > /dev/null\nRUN echo $(( $(nproc) > 2 ? 2 : $(nproc) ))\n' },

    { name: 'references docker accepts: registry with port, uppercase tag, digest, a stage, an index, a build arg', dockerfile: 'ARG IMG=python:3.12\nFROM localhost:5000/team/base:V1 AS a\nFROM Docker.io/library/python:3.12-slim@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc AS b\nCOPY --from=a /x /x\nCOPY --from=0 /y /y\nCOPY --from=${IMG} /z /z\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\n' },

    { name: 'shell constructs the grammar reads (case, [[ ]], functions, arrays, process substitution)', dockerfile: 'FROM debian:12\nRUN case "$A" in x) B=1 ;; *) B=2 ;; esac && if [[ -f /a && "$B" == x* ]]; then :; fi && f() { echo "$1"; } && a=(1 2) && diff <(ls /a) <(ls /b) || true\n' },
    { name: 'comment lines inside a continued RUN are dropped by Docker', dockerfile: 'FROM debian:12\nRUN echo a \\\n  # comment\n  && echo b\n' },
    { name: 'an indented comment line ending in a backslash inside a case (docker-library/ghost)', dockerfile: 'FROM debian:12\nRUN case x in \\\n\t\t# c \\\n\t\tx) echo b ;; \\\n\tesac\n' },
    { name: 'a PowerShell RUN under SHELL is not sh', dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host "unterminated \n' },
    { name: 'a heredoc with a python #! line is not sh', dockerfile: 'FROM python:3.12-slim\nRUN <<EOF\n#!/usr/bin/env python3\nprint("it\'s python")\nEOF\n' },
    { name: 'exec form CMD', dockerfile: `FROM public.ecr.aws/lambda/python:3.12${D}\nCMD ["app.handler"]\n` },
    { name: 'global ARG before FROM', dockerfile: `ARG PY=3.12\nFROM public.ecr.aws/lambda/python:\${PY}\n` },
    { name: 'parser directives and comments', dockerfile: `# syntax=docker/dockerfile:1\n# escape=\`\nFROM python:3.12-slim\nRUN echo a \`\n  b\n` },
    { name: 'heredoc closed', dockerfile: 'FROM python:3.12-slim\nRUN <<EOF\nset -e\necho hi\nEOF\n' },
    { name: 'CMD with a heredoc operator: BuildKit reads heredocs only in RUN, COPY and ADD', dockerfile: 'FROM python:3.12-slim\nCMD cat <<EOF\n' },
    { name: 'known pragma ids by code and name', dockerfile: '# lint-lambda-image global ignore=LL110\nFROM python:3.12-slim\n# lint-lambda-image ignore=cache-leftover,LL201\nRUN pip install x\n' },
    { name: 'lowercase instructions are fine', dockerfile: 'from python:3.12-slim\nrun echo hi\ncmd ["app.handler"]\n' },
    { name: 'target names a stage', dockerfile: 'FROM python:3.12-slim AS build\nFROM build AS final\n', target: 'build' },
    { name: 'continuation with comment lines inside', dockerfile: 'FROM python:3.12-slim\nRUN apt-get update \\\n# a comment\n && echo done\n' },
  ],
  invalid: [
    { name: 'a word opened with one quote and closed with another', dockerfile: 'FROM python:3.12-slim\nCMD [\u201cmyfirstpythonprogram.py"]\n', errors: [{ messageId: 'invalidJson', message: /opens with one quote and closes with another/, fix: /CMD \["myfirstpythonprogram\.py"\]$/ }] },
    { name: 'a CMD that is not JSON after ENTRYPOINT [] on an AWS base (LL103 does not judge that CMD)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENTRYPOINT []\nCMD ["python", "-m", "uvicorn", "app:app"]:\n', errors: [{ messageId: 'invalidJson', line: 3, fix: /CMD \["python", "-m", "uvicorn", "app:app"\]$/ }] },
    { name: 'an unknown instruction is named as written, not upper-cased', dockerfile: 'FROM python:3.12-slim\nSome thing\n', errors: [{ messageId: 'unknownInstruction', line: 2, message: /Unknown instruction "Some"/ }] },
    { name: 'ENV NAME = a value with spaces: the fix quotes it (unquoted, it would be several pairs)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV GREETING = hello big world\n', errors: [{ messageId: 'envSpacedEquals', line: 2, fix: /^Remove the spaces around "=": ENV GREETING="hello big world"\.$/ }] },
    { name: 'ENV NAME =value: the value is "=value"', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV F =x\n', errors: [{ messageId: 'envSpacedEquals', line: 2, message: /F is set to "=x"/, fix: /ENV F=x\.$/ }] },
    { name: 'ENV A = 1 B = 2 over lines: no one-line fix', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV HOME = /home/user \\\n    PATH = /usr/bin\n', errors: [{ messageId: 'envSpacedEquals', line: 2, fix: /^Write each variable as NAME=value/ }] },
    // docs.docker.com/reference/dockerfile/#env; BuildKit: Syntax error - can't find = in "B". Must be of the form: name=value
    { name: 'ENV NAME=value form with a word without =', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV A=1 B = 2\n', errors: [{ messageId: 'envMissingEquals', line: 2, message: /\("B"\)/ }] },
    { name: 'ENV NAME = value: the legacy form keeps the equals sign in the value', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV HF_HOME = "/tmp/hf"\n', errors: [{ messageId: 'envSpacedEquals', line: 2, severity: 'warning', message: /HF_HOME is set to "= \/tmp\/hf"/, fix: /^Remove the spaces around "=": ENV HF_HOME="\/tmp\/hf"\.$/ }] },
    { name: 'a global ARG used in a stage that does not declare it', dockerfile: 'ARG FUNCTION_DIR=/var/task\nFROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${FUNCTION_DIR}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'globalArgNotInStage', line: 3, severity: 'warning', message: /^\$\{FUNCTION_DIR\} is a global ARG \(line 1, before the first FROM\)/ }] },
    { name: 'the final stage forgets ARG FUNCTION_DIR (once per stage and name)', dockerfile: 'ARG FUNCTION_DIR="/function"\nFROM python:3.12-slim AS build\nARG FUNCTION_DIR\nRUN pip install --target ${FUNCTION_DIR} awslambdaric\nFROM python:3.12-slim\nWORKDIR ${FUNCTION_DIR}\nCOPY --from=build ${FUNCTION_DIR} ${FUNCTION_DIR}\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', errors: [{ messageId: 'globalArgNotInStage', line: 6, fix: /ARG FUNCTION_DIR after the FROM at line 5/ }] },
    { name: 'RUN written as an array with single quotes is broken JSON', dockerfile: "FROM python:3.12-slim\nRUN ['pip', 'install', 'boto3']\n", errors: [{ messageId: 'invalidJson', line: 2, message: /not valid JSON \(it uses single quotes, and JSON strings need double quotes\)/, fix: /: RUN \["pip", "install", "boto3"\]$/ }] },
    { name: 'no closing bracket: the fix closes it', dockerfile: 'FROM python:3.12-slim\nCMD ["python", "app.py"\n', errors: [{ messageId: 'invalidJson', message: /\(it has no closing \]\)/, fix: /CMD \["python", "app\.py"\]$/ }] },
    { name: 'typographic quotes pasted from a web page', dockerfile: 'FROM python:3.12-slim\nCMD [\u201cpython\u201d, \u201capp.py\u201d]\n', errors: [{ messageId: 'invalidJson', message: /typographic quotes/, fix: /CMD \["python", "app\.py"\]$/ }] },
    { name: 'an unquoted word', dockerfile: 'FROM python:3.12-slim\nCMD [python, "app.py"]\n', errors: [{ messageId: 'invalidJson', message: /a word has no quotes/, fix: /CMD \["python", "app\.py"\]$/ }] },
    { name: 'a shell heredoc with a space after << is no Dockerfile heredoc: the next lines are instructions', dockerfile: 'FROM python:3.12-slim\nRUN cat > /tmp/x.sh << EOF\necho hi\nEOF\n', errors: [{ messageId: 'unknownInstruction', line: 3 }, { messageId: 'unknownInstruction', line: 4 }] },

    { name: 'a base image with a <placeholder> the sample file came with', dockerfile: 'FROM <your-base-image>\nCMD ["app.handler"]\n', errors: [{ messageId: 'invalidReference', line: 1, severity: 'error', message: /The base image "<your-base-image>" is not an image reference docker build accepts \(it holds a placeholder or a space\)/ }] },
    { name: 'COPY --from an image named with placeholders (the flag value ends at the first space)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --from=<Your AWS account id>.dkr.ecr.us-east-1.amazonaws.com/ext:v1 /opt/ /opt/\nCMD ["app.handler"]\n', errors: [{ messageId: 'invalidReference', line: 2, message: /COPY --from "<Your"/ }] },
    { name: 'an uppercase repository name', dockerfile: 'FROM ghcr.io/MyOrg/base:1.0\nCMD ["app.handler"]\n', errors: [{ messageId: 'invalidReference', line: 1, message: /the name must be lowercase/ }] },

    { name: 'an unterminated quote in a RUN', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY lib/ ${LAMBDA_TASK_ROOT}/lib/\nRUN ls "${LAMBDA_TASK_ROOT}/lib/\nCMD ["app.handler"]\n', errors: [{ messageId: 'shellSyntax', line: 3, severity: 'error' }] },
    { name: 'an if without fi, under SHELL bash', dockerfile: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN if [ -f /a ]; then echo a\n', errors: [{ messageId: 'shellSyntax', line: 3 }] },
    { name: 'single-quoted exec form', dockerfile: "FROM python:3.12-slim\nCMD ['app.handler']\n", errors: [{ messageId: 'invalidJson', line: 2, severity: 'error', message: /\['app.handler'\]/ }] },
    { name: 'trailing comma in ENTRYPOINT', dockerfile: 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "awslambdaric",]\n', errors: [{ messageId: 'invalidJson', line: 2, message: /\(a comma follows the last word\)/, fix: /ENTRYPOINT \["python", "-m", "awslambdaric"\]$/ }] },
    { name: 'unknown instruction', dockerfile: 'FROM python:3.12-slim\nCOPPY app.py /var/task/\n', errors: [{ messageId: 'unknownInstruction', line: 2, message: /COPPY/ }] },
    { name: 'instruction without arguments', dockerfile: 'FROM python:3.12-slim\nWORKDIR\n', errors: [{ messageId: 'missingArguments', line: 2 }] },
    { name: 'RUN before FROM', dockerfile: 'RUN echo hi\nFROM python:3.12-slim\n', errors: [{ messageId: 'noFrom', line: 1 }] },
    { name: 'only ARGs, no FROM', dockerfile: 'ARG A=1\n', errors: [{ messageId: 'noFrom', line: 1 }] },
    { name: 'only comments', dockerfile: '# nothing here\n', errors: [{ messageId: 'noFrom' }] },
    { name: 'empty after directives', dockerfile: '', errors: [{ messageId: 'empty' }] },
    { name: 'unterminated heredoc', dockerfile: 'FROM python:3.12-slim\nRUN <<EOF\necho hi\n', errors: [{ messageId: 'unterminatedHeredoc', line: 2 }] },
    { name: 'a sh -c script past the command limit', dockerfile: `FROM python:3.12-slim\nRUN sh -c 'true${'; true'.repeat(10_000)}'\nRUN echo small\n`, errors: [{ messageId: 'shellCut', line: 2, severity: 'info', message: /more than 10,000 commands or 1 MiB characters/ }] },
    { name: 'a RUN script past the size limit', dockerfile: `FROM python:3.12-slim\nRUN echo ${'x'.repeat(1024 * 1024)}\n`, errors: [{ messageId: 'shellCut', line: 2 }] },
    { name: 'unterminated heredoc behind ONBUILD', dockerfile: 'FROM python:3.12-slim\nONBUILD RUN <<EOF\necho hi\n', errors: [{ messageId: 'unterminatedHeredoc', line: 2 }] },
    { name: 'unknown pragma id', dockerfile: 'FROM python:3.12-slim\n# lint-lambda-image ignore=LL999\nRUN echo\n', errors: [{ messageId: 'unknownPragmaId', line: 2, severity: 'warning', message: /LL999/ }] },
    { name: 'unknown target', dockerfile: 'FROM python:3.12-slim AS build\n', target: 'final', errors: [{ messageId: 'unknownTarget', message: /final/ }] },
    {
      name: 'invalid JSON in a multi-line continuation',
      dockerfile: "FROM python:3.12-slim\nENTRYPOINT ['python', \\\n  '-m', 'awslambdaric']\n",
      errors: [{ messageId: 'invalidJson', line: 2 }],
    },
  ],
});

it('LL001 never quotes a secret from the source line', () => {
  const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
  const findings = lintCase(rule, { name: 'secret in bad json', dockerfile: `FROM python:3.12-slim\nCMD ['--token', '${token}']\n` });
  expect(findings).toHaveLength(1);
  expect(findings[0].message).not.toContain(token);
  expect(findings[0].message).toContain('ghp_');
});
