import rule from '../../rules/LL110-setting-ignored.js';
import { ruleTester } from '../kit.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.13\n';
const APP = 'COPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

ruleTester(rule, {
  valid: [
    { name: 'plain AWS base image', dockerfile: `${PY}ENV APP_STAGE=prod\n${APP}` },
    {
      name: 'builder stage settings are not in the image',
      dockerfile: `FROM python:3.13 AS build\nUSER builder\nEXPOSE 8000\nHEALTHCHECK CMD true\nRUN pip install -t /out requests\n${PY}COPY --from=build /out \${LAMBDA_TASK_ROOT}/\n${APP}`,
    },
    {
      name: 'custom base sets the task root to the Lambda value (continuation lines)',
      dockerfile: 'FROM python:3.13-slim\nENV LAMBDA_TASK_ROOT=/var/task \\\n    LAMBDA_RUNTIME_DIR=/var/runtime/\nWORKDIR /var/task\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
    },
    { name: 'credential keys are left to LL202', dockerfile: `${PY}ENV AWS_ACCESS_KEY_ID=AKIAEXAMPLE AWS_SECRET_ACCESS_KEY=x\n${APP}` },
    { name: 'ARG-resolved task root equal to the Lambda value', dockerfile: 'FROM node:22-slim\nARG ROOT=/var/task\nENV LAMBDA_TASK_ROOT=${ROOT}\nWORKDIR ${ROOT}\n' },
    {
      name: 'USER only in a stage outside --target',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.13 AS prod\n${APP}FROM prod AS test\nUSER nobody\nEXPOSE 9000\n`,
      target: 'prod',
    },
    { name: 'unreserved variables and LABEL', dockerfile: `${PY}ENV PATH=/opt/bin:$PATH TZ=Europe/Paris\nLABEL org.opencontainers.image.title=fn\n${APP}` },
    { name: 'heredoc RUN exporting a reserved name is not ENV', dockerfile: `${PY}RUN <<EOF\nexport AWS_REGION=us-east-1\naws --version || true\nEOF\n${APP}` },
  ],
  invalid: [
    { name: 'EXPOSE', dockerfile: `${PY}EXPOSE 8080\n${APP}`, errors: [{ messageId: 'ignoredSetting', line: 2, severity: 'info', message: /EXPOSE has no effect on Lambda/ }] },
    {
      name: 'VOLUME, HEALTHCHECK and STOPSIGNAL',
      dockerfile: `${PY}VOLUME /data\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost/ || exit 1\nSTOPSIGNAL SIGINT\n${APP}`,
      errors: [
        { messageId: 'ignoredSetting', line: 2, message: /VOLUME/ },
        { messageId: 'ignoredSetting', line: 3, message: /HEALTHCHECK/ },
        { messageId: 'ignoredSetting', line: 5, message: /STOPSIGNAL/ },
      ],
    },
    {
      name: 'only the effective USER is reported',
      dockerfile: 'FROM node:22-slim\nUSER root\nRUN npm install -g aws-lambda-ric\nUSER node\nWORKDIR /function\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'userIgnored', line: 4, message: /USER node .*readable by others/, fix: /RUN chmod -R o\+rX \/function\.$/ }],
    },
    { name: 'USER on the AWS base: the fix names LAMBDA_TASK_ROOT, which that base defines', dockerfile: `${PY}USER 1001\n${APP}`, errors: [{ messageId: 'userIgnored', line: 2, fix: /RUN chmod -R o\+rX \$\{LAMBDA_TASK_ROOT\}\.$/ }] },
    { name: 'ENV AWS_REGION', dockerfile: `${PY}ENV AWS_REGION=us-east-1\n${APP}`, errors: [{ messageId: 'reservedEnv', line: 2, message: /ENV AWS_REGION=us-east-1 has no effect/ }] },
    {
      name: 'task root differing from the Lambda value',
      dockerfile: 'FROM python:3.13-slim\nENV LAMBDA_TASK_ROOT=/function\nWORKDIR /function\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'reservedEnv', message: /LAMBDA_TASK_ROOT=\/function .* to \/var\/task/ }],
    },
    {
      name: 'settings inherited through FROM <stage>',
      dockerfile: `${PY.replace('\n', ' AS base\n')}EXPOSE 9000\nUSER 1000\nFROM base\n${APP}`,
      errors: [
        { messageId: 'ignoredSetting', line: 2 },
        { messageId: 'userIgnored', line: 3, message: /USER 1000/ },
      ],
    },
    {
      name: 'ARG-resolved reserved value',
      dockerfile: `${PY}ARG REGION=eu-west-1\nENV AWS_DEFAULT_REGION=\${REGION}\n${APP}`,
      errors: [{ messageId: 'reservedEnv', line: 3, message: /AWS_DEFAULT_REGION=eu-west-1/ }],
    },
    {
      name: 'reserved key on a continuation line',
      dockerfile: `${PY}ENV APP=1 \\\n    _HANDLER=app.handler\n${APP}`,
      errors: [{ messageId: 'reservedEnv', line: 2, message: /_HANDLER/ }],
    },
  ],
});
