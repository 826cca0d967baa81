import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../rules/LL202-secret-baked.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { isSecretName } from '../../src/knowledge/secrets.js';
import { redact } from '../../src/core/redact.js';
import { lintCase, ruleTester, type InvalidCase } from '../kit.js';

const D = '@sha256:' + '0'.repeat(64);
const PY = `FROM public.ecr.aws/lambda/python:3.12${D}`;
const NODE = `FROM public.ecr.aws/lambda/nodejs:20${D}`;

// Fake secrets in real formats (never valid credentials). Every one must stay out of messages.
const AWS_KEY = 'AKIA' + 'Z3MSJV4WWNKWW5FG';
const GH_TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const STRIPE = 'sk_live_' + '51Hx9Qa2eZvKYlo2C8f3kLmN0pQ';
const NPM = 'npm_' + 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78';
const DB_PASS = 'S3cr3t-Pa55w0rd!';
const URL_PASS = 'Xk9pL2mQ7vR4zT';
const BEARER = 'eyJhbGciOi.J9.long-opaque-bearer-0042';
const PRIVATE_KEY = `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${'q'.repeat(64)}\n-----END RSA PRIVATE KEY-----\n`;
const CERT = `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${'c'.repeat(64)}\n-----END CERTIFICATE-----\n`;
const RAW_SECRETS = [AWS_KEY, GH_TOKEN, STRIPE, NPM, DB_PASS, URL_PASS, BEARER, 'MIIEowIBAAKCAQEA'];

const invalid: InvalidCase[] = [
  { name: 'the secret printed into tee', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=tok,env=TOKEN echo "//registry.npmjs.org/:_authToken=${TOKEN}" | tee /root/.npmrc && npm ci\nCMD ["app.handler"]\n', errors: [{ messageId: 'secretMountKept', message: /into \/root\/\.npmrc/ }] },
  { name: 'a secret file copied out of its mount', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=aws cp /run/secrets/aws /root/.aws/credentials\nCMD ["app.handler"]\n', errors: [{ messageId: 'secretMountKept', message: /This RUN copies BuildKit secret aws into \/root\/\.aws\/credentials, which stays in the layer/ }] },
  { name: 'a secret value substituted into a file of the image', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY .env.production ${LAMBDA_TASK_ROOT}/\nRUN --mount=type=secret,id=API_SECRET sed -i "s/API_SECRET=/API_SECRET=$(cat /run/secrets/API_SECRET)/" ${LAMBDA_TASK_ROOT}/.env.production\nCMD ["app.handler"]\n', errors: [{ messageId: 'secretFile', line: 2 }, { messageId: 'secretMountKept', line: 3, message: /writes the value of BuildKit secret API_SECRET into \/var\/task\/\.env\.production/ }] },
  { name: 'a token saved in ~/.gitconfig by git config --global', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git config --global url."https://x-access-token:${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && pip install -r requirements.txt\nCMD ["app.handler"]\n', errors: [{ messageId: 'secretMountKept', message: /saves the value of BuildKit secret gh into ~\/\.gitconfig/, fix: /GIT_CONFIG_COUNT=1/ }] },
  { name: 'the secret read into a variable, then written to .netrc', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=token T=$(cat /run/secrets/token) && echo "machine github.com login x password $T" > /root/.netrc\nCMD ["app.handler"]\n', errors: [{ messageId: 'credentialFileWritten', message: /into \/root\/\.netrc/ }] },
  { name: 'the secret read into a variable, then written to another file', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=token T=$(cat /run/secrets/token) && echo "$T" > /var/task/token.txt\nCMD ["app.handler"]\n', errors: [{ messageId: 'secretMountKept', message: /writes the value of BuildKit secret token into \/var\/task\/token\.txt/ }] },
  { name: 'COPY --exclude of another file keeps the dotenv file in', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --exclude=*.md . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', '.env': 'DB_PASSWORD=hunter2-Sup3rS3cret\n' }, errors: [{ messageId: 'secretFileInContext' }] },
  { name: 'a dotenv file the context lacks (gitignored, present where the image is built) is judged by its name', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY package.json .env.local ./\nCOPY index.mjs ./\nCMD ["index.handler"]\n', context: { 'package.json': '{}', 'index.mjs': 'export const handler = async () => 1;\n' }, errors: [{ messageId: 'secretFile', line: 2, message: /\.env\.local \(dotenv file\)/ }] },
  { name: 'ENV password literal', dockerfile: `${PY}\nENV DB_PASSWORD=${DB_PASS}\n`, errors: [{ messageId: 'secretEnv', line: 2, severity: 'error', message: /DB_PASSWORD.*image config/ }] },
  { name: 'ARG credential with a literal default', dockerfile: `${PY}\nARG SENTRY_AUTH_TOKEN="${DB_PASS}"\nRUN echo build\n`, errors: [{ messageId: 'secretArg', line: 2, message: /image history/ }] },
  {
    name: 'build arg used by a continued RUN lands in history',
    dockerfile: `${NODE}\nARG NPM_TOKEN\nRUN npm config set //registry.npmjs.org/:_authToken=\${NPM_TOKEN} \\\n && npm ci --omit=dev\n`,
    errors: [{ messageId: 'argInHistory', line: 2, message: /NPM_TOKEN.*line 3/ }],
  },
  { name: 'ENV copies a build arg', dockerfile: `${PY}\nARG GITHUB_TOKEN\nENV GITHUB_TOKEN=\${GITHUB_TOKEN}\n`, errors: [{ messageId: 'envFromArg', line: 3 }] },
  { name: 'AWS access key id under any name', dockerfile: `${PY}\nENV DEPLOY_SETTINGS=${AWS_KEY}\n`, errors: [{ messageId: 'tokenValue', message: /ENV DEPLOY_SETTINGS contains an AWS access key id \(AKIA…\(20 chars\)\)/ }] },
  {
    name: 'ARG-resolved URL with a password used by RUN',
    dockerfile: `${PY}\nARG REPO=https://deploy:${URL_PASS}@git.internal.corp/org/lib.git\nRUN git clone $REPO /opt/lib\n`,
    errors: [{ messageId: 'tokenValue', line: 2, message: /URL with a password/ }],
  },
  { name: 'LABEL holding a GitHub token', dockerfile: `${PY}\nLABEL org.ci.token=${GH_TOKEN}\n`, errors: [{ messageId: 'secretLabel', message: /GitHub token/ }] },
  { name: 'COPY .env without a readable context', dockerfile: `${PY}\nCOPY .env app.py \${LAMBDA_TASK_ROOT}/\n`, errors: [{ messageId: 'secretFile', message: /\.env \(dotenv file\)/ }] },
  {
    name: 'COPY . takes a .env and a private key from the context',
    dockerfile: `${PY}\nCOPY . \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
    context: { 'app.py': 'def handler(e, c):\n    return 1\n', '.env': `STAGE=prod\nSTRIPE_KEY=x\nDB_PASSWORD=${DB_PASS}\n`, 'certs/server.pem': PRIVATE_KEY, 'certs/ca.pem': CERT },
    errors: [{ messageId: 'secretFileInContext', line: 2, message: /(\.env|certs\/server\.pem).*and 1 more/ }],
  },
  {
    name: 'COPY . ships code that holds tokens: reported at the COPY line with the file and line, never the value',
    dockerfile: `${PY}\nCOPY requirements.txt \${LAMBDA_TASK_ROOT}/\nCOPY . \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
    context: {
      'requirements.txt': 'boto3\n',
      'app.py': `import os\n\nGITHUB = "${GH_TOKEN}"\nSTRIPE = "${STRIPE}"\n\ndef handler(e, c):\n    return 1\n`,
      'lib/db.py': `URL = "postgres://app:${URL_PASS}@db.prod.corp:5432/app"\n`,
      'tests/test_app.py': `TOKEN = "${GH_TOKEN}"\n`,
      'package-lock.json': `{"t": "${NPM}"}\n`,
      '.dockerignore': 'secrets/\n',
      'secrets/keys.py': `KEY = "${AWS_KEY}"\n`,
    },
    errors: [{ messageId: 'contentInContext', line: 3, message: /^COPY \. ships (app\.py|lib\/db\.py) from the build context: line \d holds (a GitHub token|a URL with a password) \(and .*1 more file \((lib\/db\.py|app\.py) line [0-9]\)\)\.$/ }],
  },
  {
    name: 'a file two COPYs ship is read once and reported at each COPY (findings per context file are memoized)',
    dockerfile: `${PY}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCOPY . \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
    context: { 'app.py': `import os\n\nGITHUB = "${GH_TOKEN}"\n` },
    errors: [
      { messageId: 'contentInContext', line: 2, message: /^COPY app\.py ships app\.py from the build context: line 3 holds a GitHub token\.$/ },
      { messageId: 'contentInContext', line: 3, message: /^COPY \. ships app\.py from the build context: line 3 holds a GitHub token\.$/ },
    ],
  },
  {
    name: 'a token past the first 8 KiB of a shipped text file is found (the rest of the file is read)',
    dockerfile: `${PY}\nCOPY . \${LAMBDA_TASK_ROOT}/\n`,
    context: { 'app.py': `${'# padding line of a long module\n'.repeat(400)}GITHUB = "${GH_TOKEN}"\n`, 'data.bin': `\0\x01${'x'.repeat(9000)}GITHUB = "${GH_TOKEN}"\n` },
    errors: [{ messageId: 'contentInContext', line: 2, message: /^COPY \. ships app\.py from the build context: line 401 holds a GitHub token\.$/ }],
  },
  {
    name: 'COPY of one file with an AWS key pair',
    dockerfile: `${PY}\nCOPY settings.py \${LAMBDA_TASK_ROOT}/\n`,
    context: { 'settings.py': `# keys\naws_access_key_id = "${AWS_KEY}"\naws_secret_access_key = "${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'Zq81LmXr40'}"\n` },
    errors: [{ messageId: 'contentInContext', line: 2, message: /^COPY settings\.py ships settings\.py from the build context: line 2 holds an AWS access key id \(and an AWS secret access key on line 3\)\.$/ }],
  },
  {
    name: 'a service-account key file copied without a readable context: judged by its name',
    dockerfile: `${PY}\nCOPY requirements.txt app.py google_service_account_creds.json \${LAMBDA_TASK_ROOT}/\n`,
    errors: [{ messageId: 'secretFile', message: /google_service_account_creds\.json \(service-account key\)/ }],
  },
  {
    name: 'a .pem named as a private key, copied without a readable context: judged by its name',
    dockerfile: `${PY}\nCOPY trigger.py runners.2023-07-17.private-key.pem \${LAMBDA_TASK_ROOT}/\n`,
    errors: [{ messageId: 'secretFile', message: /runners\.2023-07-17\.private-key\.pem \(private key\)/ }],
  },
  {
    name: 'a file copied to the name .env without a readable context: judged by the name it gets in the image',
    dockerfile: `${PY}\nCOPY tacos/ /var/task/tacos\nCOPY lambda.env /var/task/.env\n`,
    errors: [{ messageId: 'secretFile', line: 3, message: /^COPY puts lambda\.env as \/var\/task\/\.env \(dotenv file\)/ }],
  },
  {
    name: 'a file copied to the name .env: its content decides',
    dockerfile: `${PY}\nCOPY prod.env \${LAMBDA_TASK_ROOT}/.env\n`,
    context: { 'prod.env': `STAGE=prod\nDB_PASSWORD=${DB_PASS}\n` },
    errors: [{ messageId: 'secretFile', line: 2, message: /prod\.env \(dotenv file\)/ }],
  },
  {
    name: 'aws configure set with a literal access key id: one finding for the one credential',
    dockerfile: `${PY}\nRUN aws configure set aws_access_key_id "${AWS_KEY}"\n`,
    errors: [{ messageId: 'runCredential', line: 2, message: /^RUN passes an AWS access key id inline \(AKIA…\(20 chars\)\)/ }],
  },
  {
    name: 'a key file named as the Google Cloud console names it, copied without a readable context',
    dockerfile: `${PY}\nCOPY requirements.txt my-project-1a2b3c4d5e6f.json ./\n`,
    errors: [{ messageId: 'secretFile', message: /my-project-1a2b3c4d5e6f\.json \(service-account key\)/ }],
  },
  {
    name: 'a Firebase Admin SDK key copied without a readable context: judged by its name',
    dockerfile: `${NODE}\nCOPY config/my-app-firebase-adminsdk-x1y2z-0123456789.json index.mjs ./\n`,
    errors: [{ messageId: 'secretFile', message: /firebase-adminsdk-x1y2z-0123456789\.json \(service-account key\)/ }],
  },
  {
    name: 'service-account key copied by name',
    dockerfile: `${PY}\nCOPY gcp-service-account.json /var/task/\n`,
    context: { 'gcp-service-account.json': `{"type": "service_account", "private_key": "${PRIVATE_KEY.replace(/\n/g, '\\n')}"}` },
    errors: [{ messageId: 'secretFile', message: /service-account key/ }],
  },
  {
    name: 'heredoc RUN with an Authorization header',
    dockerfile: `${PY}\nRUN <<EOF\nset -e\ncurl -fsSL -H "Authorization: Bearer ${BEARER}" -o /tmp/model.bin https://models.internal/m.bin\nEOF\n`,
    errors: [{ messageId: 'runCredential', line: 2, message: /Authorization header/ }],
  },
  {
    name: 'pip index URL with a token and a Stripe key in RUN',
    dockerfile: `${PY}\nRUN pip install --index-url https://__token__:${URL_PASS}@pypi.internal.corp/simple -r requirements.txt \\\n && python seed.py --stripe ${STRIPE}\n`,
    errors: [{ messageId: 'runCredential', message: /URL with a password/ }, { messageId: 'runCredential', message: /Stripe secret key/ }],
  },
  {
    name: 'token echoed into .npmrc stays in the layer',
    dockerfile: `${NODE}\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > /root/.npmrc && npm ci\n`,
    errors: [{ messageId: 'argInHistory', line: 2 }, { messageId: 'credentialFileWritten', line: 3, message: /\/root\/\.npmrc/ }],
  },
  {
    name: 'COPY heredoc writes an npmrc with a literal token',
    dockerfile: `${NODE}\nCOPY <<EOF /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM}\nEOF\n`,
    errors: [{ messageId: 'secretFile', message: /\/root\/\.npmrc/ }],
  },
  {
    name: 'multi-stage: key copied forward, literal in builder still reported',
    dockerfile: `FROM python:3.12${D} AS build\nENV PIP_PASSWORD=${DB_PASS}\nCOPY id_ed25519 /root/.ssh/id_ed25519\nRUN pip install --target /out -r requirements.txt\n${PY}\nCOPY --from=build /root /root\nCOPY --from=build /out \${LAMBDA_TASK_ROOT}\n`,
    errors: [
      { messageId: 'secretEnv', line: 2, message: /never reaches the final image/ },
      { messageId: 'secretFile', line: 3, message: /COPY --from at line 6/ },
    ],
  },
  {
    name: 'build arg given on the command line',
    dockerfile: `${PY}\nARG GH_TOKEN\nRUN git clone https://\${GH_TOKEN}@github.com/org/private.git /opt/private\n`,
    buildArgs: { GH_TOKEN },
    errors: [{ messageId: 'argInHistory', line: 2 }],
  },
  {
    name: 'build arg read implicitly by npm through .npmrc',
    dockerfile: `${NODE}\nARG NPM_TOKEN\nCOPY .npmrc package.json ./\nRUN npm ci --omit=dev\n`,
    context: { '.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', 'package.json': '{}\n' },
    errors: [{ messageId: 'argInHistory', line: 2, message: /line 4/ }],
  },
  { name: 'curl --user and aws configure set', dockerfile: `${PY}\nRUN curl -u ci:${DB_PASS} -O https://artifacts.internal/lib.whl && aws configure set aws_secret_access_key ${URL_PASS}wJalrXUtnFEMI\n`, errors: [{ messageId: 'runCredential', message: /curl --user/ }, { messageId: 'runCredential', message: /aws_secret_access_key/ }] },
];

ruleTester(rule, {
  valid: [
    { name: 'a download authorised with the secret, its response redirected to a file', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=tok,env=TOKEN curl -fsSL -H "Authorization: Bearer $TOKEN" https://api.example.com/model > /var/task/model.json\nCMD ["app.handler"]\n' },
    { name: 'a secret mounted where the tool reads it', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=netrc,target=/root/.netrc pip install -r requirements.txt\nCMD ["app.handler"]\n' },
    { name: 'a secret in an env mount passed on the command line only', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=tok,env=TOKEN pip install --index-url "https://x:$TOKEN@pypi.example.com/simple" private-lib\nCMD ["app.handler"]\n' },
    { name: 'a secret written to a file that the same RUN removes', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=tok,env=TOKEN git config --global url."https://$TOKEN@github.com/".insteadOf https://github.com/ && pip install -r requirements.txt && git config --global --unset url."https://$TOKEN@github.com/".insteadOf\nCMD ["app.handler"]\n' },
    { name: 'a secret file copied to /tmp and removed in the same RUN', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=secret,id=aws cp /run/secrets/aws /tmp/creds && AWS_SHARED_CREDENTIALS_FILE=/tmp/creds aws s3 cp s3://b/k . && rm /tmp/creds\nCMD ["app.handler"]\n' },
    { name: 'COPY --exclude leaves the dotenv file out', dockerfile: '# syntax=docker/dockerfile:1\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --exclude=.env . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', '.env': 'DB_PASSWORD=hunter2-Sup3rS3cret\n' } },
    { name: 'COPY --exclude with a pattern for any folder', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --exclude=**/.env . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { 'app.py': 'def handler(e, c):\n    return 1\n', 'conf/.env': 'DB_PASSWORD=hunter2-Sup3rS3cret\n' } },
    { name: 'ARG with several names declares each without a default (a trailing "# note" is two more names, not a value)', dockerfile: `${NODE}\nARG NPM_TOKEN # Required\nARG GITHUB_TOKEN API_KEY\nCOPY index.js ./\n` },
    { name: 'a credentials-named JSON whose content is no key (the context decides)', dockerfile: `${PY}\nCOPY credentials.json app.py \${LAMBDA_TASK_ROOT}/\n`, context: { 'credentials.json': '{"region": "eu-west-1"}\n', 'app.py': '' } },
    { name: 'an example credentials file without a readable context', dockerfile: `${PY}\nCOPY credentials.example.json \${LAMBDA_TASK_ROOT}/\n` },
    { name: 'a file copied to the name .env that holds no credential (the context decides)', dockerfile: `${PY}\nCOPY lambda.env \${LAMBDA_TASK_ROOT}/.env\n`, context: { 'lambda.env': 'STAGE=prod\nLOG_LEVEL=info\n' } },
    { name: 'a JSON file named like a console key whose content is no key (the context decides)', dockerfile: `${PY}\nCOPY my-project-1a2b3c4d5e6f.json app.py \${LAMBDA_TASK_ROOT}/\n`, context: { 'my-project-1a2b3c4d5e6f.json': '{"bucket": "reports"}\n', 'app.py': '' } },
    { name: 'JSON config files without a key-like name', dockerfile: `${NODE}\nCOPY package.json tsconfig.json app-settings-v2.json ./\n` },
    { name: 'a certificate .pem without a readable context is not judged by its name', dockerfile: `${PY}\nCOPY certs/ca-bundle.pem app.py \${LAMBDA_TASK_ROOT}/\n` },
    { name: 'a .pem named as a private key whose content is a certificate (the context decides)', dockerfile: `${PY}\nCOPY tls/private-key.pem app.py \${LAMBDA_TASK_ROOT}/\n`, context: { 'tls/private-key.pem': CERT, 'app.py': '' } },
    {
      name: 'identifier names and references are not secrets',
      dockerfile: `${PY}\nENV SECRET_NAME=prod/db SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf \\\n    TOKEN_URL=https://auth.internal/token PASSWORD_FILE=/run/secrets/db KMS_KEY_ID=1234abcd-12ab-34cd-56ef-1234567890ab\nENV DB_PASSWORD_PARAM=/prod/db/password WORDPRESS_CLI_GPG_KEY=63AF7AA15067C05616FDDD88A3A2E8F226F0BC06 KEYCLOAK_URL=https://kc\n`,
    },
    { name: 'settings about a secret are not secrets', dockerfile: `${PY}\nENV PASSWORD_HASH_ALGO=bcrypt SECRET_ROTATION_DAYS=30 TOKEN_LIMIT=4096 API_KEY_SIZE=32 JWT_SECRET_BITS=256\n` },
    {
      name: 'COPY . of a clean function: examples, docs, lock files and binaries with token-like bytes are not read',
      dockerfile: `${PY}\nCOPY . \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      context: {
        'app.py': 'import os\nTOKEN = os.environ["API_TOKEN"]\nDB = "postgres://user:password@localhost/db"\nKEY = "AKIAIOSFODNN7EXAMPLE"\n',
        'README.md': `export GITHUB_TOKEN=${GH_TOKEN}\n`,
        'examples/demo.py': `TOKEN = "${GH_TOKEN}"\n`,
        'poetry.lock': `x = "${NPM}"\n`,
        'model.bin': `\u0000\u0001${GH_TOKEN}`,
      },
    },
    { name: 'empty values and placeholders', dockerfile: `${PY}\nENV DB_PASSWORD="" API_TOKEN=changeme\nARG CLIENT_SECRET=<set-me>\nENV DB_PASS=\${DB_PASS}\n` },
    { name: 'secret mount instead of a token', dockerfile: `# syntax=docker/dockerfile:1\n${NODE}\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\n` },
    {
      name: 'build arg only consumed through a secret mount env',
      dockerfile: `${PY}\nARG API_TOKEN\nRUN --mount=type=secret,id=api_token,env=API_TOKEN curl -fsSL -H "Authorization: Bearer $API_TOKEN" -o /tmp/m.bin https://models.internal/m.bin\n`,
    },
    {
      name: 'COPY . with .dockerignore excluding secrets; certificate-only pem',
      dockerfile: `${PY}\nCOPY . \${LAMBDA_TASK_ROOT}/\n`,
      context: { '.dockerignore': '.env\n**/*.key\n', '.env': `DB_PASSWORD=${DB_PASS}\n`, 'tls/client.key': PRIVATE_KEY, 'certs/ca.pem': CERT, '.env.example': 'DB_PASSWORD=\n', 'app.py': 'x = 1\n', '.npmrc': 'registry=https://registry.npmjs.org/\n' },
    },
    {
      name: 'multi-stage: builder secrets never copied forward',
      dockerfile: `FROM node:20${D} AS build\nARG NPM_TOKEN\nCOPY id_rsa /root/.ssh/id_rsa\nRUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > /root/.npmrc && npm ci && npm run build\n${NODE}\nCOPY --from=build /app/dist \${LAMBDA_TASK_ROOT}\n`,
    },
    { name: 'a documentation example token under a name that marks no credential', dockerfile: `${PY}\nENV SAMPLE_VALUE=AKIAIOSFODNN7EXAMPLE\n` },
    {
      name: 'URLs and installs without credentials',
      dockerfile: `${PY}\nRUN pip install --index-url https://pypi.org/simple -r requirements.txt \\\n && git clone https://github.com/org/repo.git /opt/repo \\\n && curl -fsSL -H "Accept: application/json" https://api.github.com/repos/org/repo -o /tmp/r.json \\\n && dnf install -y openssl-libs libcrypto3\nLABEL org.opencontainers.image.source=https://github.com/org/repo\n`,
    },
    { name: 'heredoc script without secrets', dockerfile: `${PY}\nRUN <<EOF\nset -e\npip install requests\necho "registry=https://registry.npmjs.org/" > /root/.npmrc\nEOF\n` },
    { name: 'env reads the secret at run time from SSM', dockerfile: `${PY}\nENV DB_SECRET_ID=prod/db API_KEY_SSM_PARAMETER=/prod/api-key SECRETS_EXTENSION_HTTP_PORT=2773\n` },
  ],
  invalid,
});

describe('LL202 redaction', () => {
  let root = '';
  beforeAll(async () => {
    await initShell();
    root = mkdtempSync(join(tmpdir(), 'lli-LL202-redact-'));
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('never prints a raw secret value', () => {
    let count = 0;
    for (const c of invalid) {
      for (const f of lintCase(rule, c, root)) {
        count++;
        for (const raw of [...RAW_SECRETS, ...Object.values(c.buildArgs ?? {})]) {
          expect(f.message, c.name).not.toContain(raw);
          expect(f.fix ?? '', c.name).not.toContain(raw);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(invalid.length);
  });

  it('redact shows 4 characters and the length', () => {
    expect(redact(AWS_KEY)).toBe('AKIA…(20 chars)');
    expect(redact('short')).toBe('…(5 chars)');
  });

  it('matches names by whole token', () => {
    for (const n of ['DB_PASSWORD', 'API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'MYSQL_PASS', 'stripeSecretKey', 'GITHUB_TOKEN', 'PRIVATE_KEY']) expect(isSecretName(n), n).toBe(true);
    for (const n of ['SECRET_NAME', 'SECRET_ARN', 'DB_SECRET_ID', 'TOKEN_URL', 'PASSWORD_FILE', 'SSH_KEY_PATH', 'KMS_KEY_ID', 'GPG_KEY', 'KEYCLOAK_URL', 'PWD', 'PUBLIC_KEY', 'CACHE_KEY', 'PASSENGER_HOME']) expect(isSecretName(n), n).toBe(false);
  });
});
