import { expect, it } from 'vitest';
import rule from '../../rules/LL202-secret-baked.js';
import { buildImage, imageRuleTester, lintImageCase } from '../image-kit.js';
import { AWS_EP, AWS_PYTHON, SH } from './image-fixtures.js';

// Fake credentials built at run time (split so that scanners of this repository do not flag the test itself).
const AWS_KEY = 'AKIA' + 'Z3MSJV4WWNKWW5FG';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYzzzz1234567';
const GH = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const NPM = 'npm_' + 'Zy9Xw8Vu7TZy9Xw8Vu7TZy9Xw8Vu7Tabcdef';
const KEY = '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';
const RSA = '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----\n';
const DOTENV = `AWS_ACCESS_KEY_ID=${AWS_KEY}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\n`;
const SA = JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: 'k', private_key: RSA, client_email: 'a@p.iam.gserviceaccount.com' });
const CFG = { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' };
const APP = { 'var/task/app.py': 'def handler(e, c):\n    return 1\n' };
const SITE = 'var/lang/lib/python3.12/site-packages';
/** History of an image FROM an AWS base: the base layer, the base ENTRYPOINT, then the function's layers. */
const AWS_HISTORY = (own: number) => ['ADD file:base in /', { created_by: 'ENTRYPOINT ["/lambda-entrypoint.sh"]', empty_layer: true }, ...Array.from({ length: own }, (_, i) => `COPY dir:${i} in /var/task`)];
const SK = 'sk_live_' + 'Zq81LmXr40PkWn27JhYt5Vb3';
const APP_KEYS = `import boto3

# TODO move to SSM
AWS_ACCESS_KEY_ID = "${AWS_KEY}"
AWS_SECRET_ACCESS_KEY = "${AWS_SECRET.slice(0, 40)}"

def handler(e, c):
    return 1
`;

imageRuleTester(
  rule,
  {
    valid: [
      {
        name: 'certificate bundles: certifi cacert.pem, /etc/ssl/certs, a .pem with certificates only',
        image: { config: CFG, layers: [AWS_PYTHON, { [`${SITE}/certifi/cacert.pem`]: CERT.repeat(3), 'etc/ssl/certs/ca-bundle.pem': CERT, 'var/task/certs/rds-ca.pem': CERT, ...APP }] },
      },
      {
        name: 'test keys of dependencies and the OS: cryptography_vectors, node_modules test fixtures, snakeoil, CPython tests, /usr/share',
        image: {
          config: CFG,
          layers: [
            AWS_PYTHON,
            {
              [`${SITE}/cryptography_vectors/asymmetric/PEM_Serialization/rsa_private_key.pem`]: RSA,
              'var/task/node_modules/ssh2/test/fixtures/id_rsa': KEY,
              'var/task/node_modules/agent-base/test/ssl-cert-snakeoil.key': RSA,
              'etc/ssl/private/ssl-cert-snakeoil.key': RSA,
              'usr/local/lib/python3.12/test/keycert.pem': RSA + CERT,
              'usr/share/doc/openssl/examples/server.key': RSA,
              ...APP,
            },
          ],
        },
      },
      {
        name: 'dotenv without credentials, and .env.example with real-looking values',
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/task/.env': 'DEBUG=true\nAPI_KEY=changeme\nSECRET_NAME=prod/db\n', 'var/task/.env.example': DOTENV, ...APP }] },
      },
      {
        name: 'config files without credentials: .npmrc registry, docker credsStore, .pypirc without password',
        image: {
          config: CFG,
          layers: [AWS_PYTHON, { 'root/.npmrc': 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', 'root/.docker/config.json': '{"credsStore":"ecr-login"}', 'root/.pypirc': '[distutils]\nindex-servers = pypi\n', ...APP }],
        },
      },
      {
        name: 'config Env with references, placeholders and public values',
        image: { config: { ...CFG, Env: ['PATH=/var/lang/bin:/usr/bin', 'DB_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf', 'API_KEY=', 'API_TOKEN=changeme', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'LAMBDA_TASK_ROOT=/var/task'] }, layers: [AWS_PYTHON, APP] },
      },
      {
        name: 'public keys, and a key-named file in a dependency whose content is not a key',
        image: { config: CFG, layers: [AWS_PYTHON, { 'root/.ssh/id_rsa.pub': 'ssh-rsa AAAAB3NzaC1yc2E user@host\n', 'var/task/node_modules/keygen/id_rsa': 'placeholder\n', ...APP }] },
      },
      {
        name: 'a secret deleted in the SAME layer that added it never ships (no file, no whiteout)',
        dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
        image: { config: CFG, layers: [AWS_PYTHON, APP] },
      },
      {
        name: 'content scan stays quiet: tokens in an AWS base layer, test folders, docs, lock files, binaries, minified bundles',
        image: {
          config: CFG,
          history: AWS_HISTORY(1),
          layers: [
            { ...AWS_PYTHON, 'var/runtime/leak.py': `TOKEN = "${GH}"\n` },
            {
              ...APP,
              'var/task/tests/test_app.py': `TOKEN = "${GH}"\n`,
              [`${SITE}/requests/docs/usage.txt`]: `token ${GH}\n`,
              'var/task/README.md': `export GITHUB_TOKEN=${GH}\n`,
              'var/task/package-lock.json': `{"x": "${GH}"}\n`,
              'var/task/lib/native.so': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(GH)]),
              'var/task/blob.dat2': Buffer.concat([Buffer.from('x\0'), Buffer.from(GH)]),
              'var/task/dist/bundle.js': `var a=1;${'b=2;'.repeat(3000)}t="${GH}";\n`,
              'var/task/examples.py': `TOKEN = "${GH}"\n`,
              'var/task/config.py': 'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"\nDB = "postgres://user:password@localhost/db"\n',
            },
          ],
        },
      },
    ],
    invalid: [
      {
        name: 'content: AWS keys hard-coded in the function code, on their lines (one finding per file)',
        image: { config: CFG, history: AWS_HISTORY(1), layers: [AWS_PYTHON, { ...APP, 'var/task/app.py': APP_KEYS }] },
        errors: [{ messageId: 'contentInImage', layer: 1, message: /^\/var\/task\/app\.py line 4 holds an AWS access key id \(and an AWS secret access key on line 5\), in layer 2 of 2:/ }],
      },
      {
        name: 'content: a token in a file deleted by a later layer, and one overwritten by a clean copy, still ship',
        image: {
          config: CFG,
          layers: [AWS_PYTHON, { ...APP, 'var/task/settings.py': `STRIPE = "${SK}"\n`, 'var/task/build.sh': `#!/bin/sh\ngit clone https://x:${GH}@github.com/o/r\n` }, { 'var/task/.wh.build.sh': '', 'var/task/settings.py': 'STRIPE = None\n' }],
        },
        errors: [
          { messageId: 'contentInImage', layer: 1, message: /\/var\/task\/settings\.py line 1 holds a Stripe secret key, in layer 2 of 3, deleted or overwritten by a later layer but still shipped/ },
          { messageId: 'contentInImage', layer: 1, message: /\/var\/task\/build\.sh line 2 holds a GitHub token/ },
        ],
      },
      {
        name: 'content: every layer of a non-AWS base is scanned, dependencies included (outside their test folders)',
        image: { config: { Cmd: ['python', 'app.py'] }, layers: [{ ...SH, 'etc/app/conf.ini': `[db]\nurl = mysql://svc:Xk82-pLq0-zzR4@db.prod.corp/app\n` }, { [`${SITE}/mylib/client.py`]: `KEY = "${NPM}"\n` }] },
        errors: [
          { messageId: 'contentInImage', layer: 0, message: /\/etc\/app\/conf\.ini line 2 holds a URL with a password/ },
          { messageId: 'contentInImage', layer: 1, message: /mylib\/client\.py line 1 holds an npm access token/ },
        ],
      },
      {
        name: 'GitHub token in config Env (no history entry for it)',
        image: { config: { ...CFG, Env: ['PATH=/usr/bin', `API_TOKEN=${GH}`] }, layers: [AWS_PYTHON, APP] },
        errors: [{ messageId: 'envInConfig', severity: 'error', message: /Env API_TOKEN in the image config holds a GitHub token \(ghp_…\(40 chars\)\)/ }],
      },
      {
        name: 'AWS secret access key by name in config Env',
        image: { config: { ...CFG, Env: [`AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`] }, layers: [AWS_PYTHON, APP] },
        errors: [{ messageId: 'envInConfig', message: /AWS_SECRET_ACCESS_KEY .*holds a credential \(…\(41 chars\)\)/ }],
      },
      {
        name: '.env with AWS keys in the task root',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/.env': DOTENV }] },
        errors: [{ messageId: 'fileInImage', layer: 1, message: /^\/var\/task\/\.env \(dotenv file\) is in the image, added in layer 2 of 2/ }],
      },
      {
        name: 'secrets deleted by a later layer still ship (whiteouts)',
        image: {
          config: CFG,
          layers: [AWS_PYTHON, { ...APP, 'var/task/.env': DOTENV, 'root/': { mode: 0o700 }, 'root/.ssh/': { mode: 0o700 }, 'root/.ssh/id_rsa': { body: KEY, mode: 0o600 } }, { 'var/task/.wh..env': '', 'root/.ssh/.wh.id_rsa': '' }],
        },
        errors: [
          { messageId: 'fileStillShipped', layer: 1, message: /\/var\/task\/\.env \(dotenv file\) was added in layer 2 of 3 and deleted in layer 3 of 3, but it still ships/ },
          { messageId: 'fileStillShipped', layer: 1, message: /\/root\/\.ssh\/id_rsa \(SSH private key\)/ },
        ],
      },
      {
        name: 'a .env overwritten by a clean one: the old copy still ships',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/.env': DOTENV }, { 'var/task/.env': 'DEBUG=false\n' }] },
        errors: [{ messageId: 'fileStillShipped', message: /overwritten in layer 3 of 3/ }],
      },
      {
        name: 'npm token in /root/.npmrc, password in .git-credentials and a docker auth',
        image: {
          config: CFG,
          layers: [AWS_PYTHON, { ...APP, 'root/.npmrc': `//registry.npmjs.org/:_authToken=${NPM}\n`, 'root/.git-credentials': 'https://deploy:s3cr3t-Passw0rd@github.com\n', 'root/.docker/config.json': '{"auths":{"123456789012.dkr.ecr.us-east-1.amazonaws.com":{"auth":"QVdTOmV5SmhiR2NpT2lKSVV6STFOaUo5"}}}' }],
        },
        errors: [
          { messageId: 'fileInImage', message: /\/root\/\.npmrc \(npm config with an auth token\)/ },
          { messageId: 'fileInImage', message: /\/root\/\.git-credentials \(git credentials\)/ },
          { messageId: 'fileInImage', message: /\/root\/\.docker\/config\.json \(Docker registry credentials\)/ },
        ],
      },
      {
        name: 'service-account JSON and a private-key .pem in the task root',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/gcp-service-account.json': SA, 'var/task/certs/server.pem': CERT + RSA }] },
        errors: [
          { messageId: 'fileInImage', message: /gcp-service-account\.json \(service-account key\)/ },
          { messageId: 'fileInImage', message: /server\.pem \(private key\)/ },
        ],
      },
      {
        name: 'inside node_modules only content counts: a real token in a published .npmrc',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/node_modules/leaky/.npmrc': `//registry.npmjs.org/:_authToken=${NPM}\n`, 'var/task/node_modules/leaky/id_rsa': 'not a key\n' }] },
        errors: [{ messageId: 'fileInImage', message: /node_modules\/leaky\/\.npmrc/ }],
      },
      {
        name: 'with the Dockerfile: on the COPY line that added the file, not twice',
        dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'var/task/.env': DOTENV }] },
        errors: [{ messageId: 'fileInImage', line: 2, layer: 1 }],
      },
      {
        name: 'with the Dockerfile: ENV reported on its line, not again from the config',
        dockerfile: `FROM public.ecr.aws/lambda/python:3.12\nENV API_TOKEN=${GH}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
        image: { config: { ...CFG, Env: [`API_TOKEN=${GH}`] }, layers: [AWS_PYTHON, APP] },
        errors: [{ messageId: 'tokenValue', line: 2 }],
      },
      {
        name: 'from history: ENV in the history and the config, reported once from the history',
        image: { config: { ...CFG, Env: [`API_TOKEN=${GH}`] }, layers: [AWS_PYTHON, APP], history: ['ADD file:0f3a6c1b2d in / ', 'COPY app.py /var/task/ # buildkit', { created_by: `ENV API_TOKEN=${GH}`, empty_layer: true }] },
        errors: [{ messageId: 'tokenValue', message: /image config and history/ }],
      },
    ],
  },
  { messages: ['envInConfig', 'fileInImage', 'fileStillShipped'] },
);

it('LL202 image findings never print a secret', async () => {
  const img = await buildImage({
    config: { ...CFG, Env: [`API_TOKEN=${GH}`, `DB_PASSWORD=hunter2-Correct-Horse`] },
    layers: [AWS_PYTHON, { ...APP, 'var/task/.env': DOTENV, 'root/.npmrc': `//registry.npmjs.org/:_authToken=${NPM}\n` }, { 'var/task/.wh..env': '' }],
    history: ['ADD file:0f3a6c1b2d in / ', `RUN |1 NPM_TOKEN=${NPM} /bin/sh -c npm ci # buildkit`, 'RUN /bin/sh -c rm /var/task/.env # buildkit'],
  });
  const { findings } = await lintImageCase(rule, img);
  expect(findings.length).toBeGreaterThanOrEqual(4);
  const out = JSON.stringify(findings);
  for (const secret of [GH, NPM, AWS_KEY, AWS_SECRET, 'hunter2-Correct-Horse']) expect(out).not.toContain(secret);
});
