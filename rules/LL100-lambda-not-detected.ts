import { defineRule } from '../src/engine/rule-kit.js';
import { AWS_PYTHON_GOOD } from './doc-examples.js';
import { EVIDENCE_KINDS } from '../src/knowledge/lambda-signs.js';

export default defineRule({
  code: 'LL100',
  name: 'lambda-not-detected',
  severity: 'info',
  since: '0.1.0',
  needs: { facts: ['lambdaEvidence'], dockerfile: true, context: true },
  docs: {
    what: `Says, once per Dockerfile, that the file shows no sign of being a Lambda image, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) did not judge it, nor did the Lambda size limit and cold-start advice (LL303); the generic rules (secrets, caches, pinning, layer order) still did. The report keeps the size estimate but gives no Lambda cold-start estimate for such a file (JSON: \`estimates.coldStart\` is null and \`estimates.coldStartReason\` says why). A Dockerfile counts as a Lambda image when it shows any of: ${EVIDENCE_KINDS.map((k) => k.replace(/\.$/, '')).join('; ')}. An image built on a Lambda base image that only borrows it is not judged either, and this note says why: nothing is copied where Lambda loads code (/var/task, /var/runtime, /opt/extensions), no CMD names a handler, and either its ENTRYPOINT is a shell with no script to run or a compiler, build, test or packaging tool (\`pytest\`, \`python -m pytest\`, \`npm test\`, a tests script: a test or build image), or a script that starts no runtime client while no application code is copied (a GitHub Action), or its CMD runs a plain program (\`echo\`, \`cp\`: a CDK asset or layer build that copies files out), or, with neither ENTRYPOINT nor CMD, it packages a .zip, installs into a layer folder (\`-t python/\`) or works outside /var/task with no application code (a zip or layer builder). Application code started by a server, or a compiled program, is judged: that is a function gone wrong. Built images are always judged as Lambda images.`,
    why: 'A repository often holds Lambda and non-Lambda Dockerfiles side by side (an nginx site, a Flask app, a Spring Boot jar). Judging those against the Lambda runtime contract would fail their builds for a contract they never promised. To judge a file that shows no evidence (for example one whose base image you build yourself and that installs the runtime client there), set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) never applies the Lambda-contract rules and silences this note.',
    bad: { dockerfile: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n', context: { 'site/index.html': '<h1>hi</h1>\n' } },
    good: AWS_PYTHON_GOOD,
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
      'https://github.com/awslabs/aws-lambda-web-adapter',
    ],
  },
  messages: {
    notLambda: {
      text: 'This Dockerfile shows no sign of being a Lambda image (no AWS Lambda base image, runtime interface client, Web Adapter, LAMBDA_TASK_ROOT, handler CMD or bootstrap); the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.',
      severity: 'info',
      fix: 'If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) silences this note.',
    },
    serverImage: {
      text: 'This Dockerfile is built on {{base}} and {{why}}: it reads as a server, not a Lambda image, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.',
      severity: 'info',
      fix: 'If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) silences this note.',
    },
    borrowedBase: {
      text: 'This Dockerfile is built on {{base}}, but {{why}}: it reads as an image that borrows the base (a test, build, tool or packaging image), not a function, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.',
      severity: 'info',
      fix: 'If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda (its ENTRYPOINT and CMD are then judged as Lambda runs them); `lambda: false` (or --no-lambda) silences this note.',
    },
  },
  create(ctx) {
    return {
      end() {
        // A deploy configuration's function is a Lambda image by the configuration's word.
        if (ctx.mode !== 'dockerfile' || ctx.config.lambda !== undefined || ctx.deploy || !ctx.target) return;
        if (ctx.facts.lambdaEvidence.length > 0) return;
        const borrowed = ctx.facts.borrowedBase;
        if (borrowed) ctx.report({ messageId: borrowed.server ? 'serverImage' : 'borrowedBase', data: { base: borrowed.base, why: borrowed.why }, at: ctx.df.target?.fromInstruction });
        else ctx.report({ messageId: 'notLambda', at: ctx.df.stages[0]?.fromInstruction });
      },
    };
  },
});
