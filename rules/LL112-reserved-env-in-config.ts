import { defineRule } from '../src/engine/rule-kit.js';
import { RESERVED_ENV, RESERVED_ENV_SOURCE } from '../src/knowledge/reserved-env.js';

const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const HANDLER = 'def handler(event, context):\n    return {"ok": True}\n';
const template = (vars: string) =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      Environment:\n        Variables:\n${vars}    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n`;

export default defineRule({
  code: 'LL112',
  name: 'reserved-env-in-config',
  severity: 'error',
  since: '0.1.0',
  needs: { dockerfile: true, deploy: true },
  docs: {
    what:
      'Checks that the environment a deploy configuration gives an image function sets none of the keys Lambda reserves (the Reserved keys table below): SAM and CloudFormation `Environment.Variables` (with SAM\'s `Globals.Function`), Serverless Framework `environment` of the function or of `provider`, Terraform `environment { variables }` of aws_lambda_function. A value `!Ref AWS::NoValue` leaves the key out, and an `!If` with such a branch may: neither is reported. The same keys set with ENV in the image are LL110\'s (Lambda replaces them at run time).',
    why:
      'Lambda sets these variables itself (the Region, the function name and memory, the execution role\'s credentials, the Runtime API address, the handler). CreateFunction and UpdateFunctionConfiguration refuse a configuration that sets one: "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION", and the stack or `terraform apply` fails. The code reads the values Lambda sets (AWS_REGION is always the function\'s Region); a value of your own needs another name.',
    bad: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template('          AWS_REGION: eu-west-1\n          TABLE: orders\n') } },
    good: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template('          TABLE_REGION: eu-west-1\n          TABLE: orders\n') } },
    references: [
      RESERVED_ENV_SOURCE,
      'https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html',
    ],
    tables: [
      {
        title: 'Reserved keys',
        intro: 'The keys Lambda reserves (src/knowledge/reserved-env.ts), with what Lambda sets them to.',
        columns: ['key', 'Lambda sets'],
        rows: () => RESERVED_ENV.map((e) => [`\`${e.name}\``, e.meaning]),
      },
    ],
  },
  messages: {
    reservedKey: {
      text: 'The function {{fn}} sets the environment {{variables}} {{names}}{{from}}, which Lambda reserves: the deploy fails ("Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys ... Reserved keys used in this request: {{list}}"). Lambda sets {{them}} itself.',
      severity: 'error',
      fix: 'Remove {{names}} from the environment{{fromFix}}; read the {{values}} Lambda sets, or give your own {{values}} {{otherNames}} (for example MY_{{first}}).',
    },
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn?.reservedEnv?.length) return;
        for (const from of [undefined, 'Globals.Function', 'provider.environment'] as const) {
          const settings = fn.reservedEnv.filter((s) => s.from === from);
          if (!settings.length) continue;
          const keys = settings.map((s) => s.name);
          const names = keys.join(' and ').replace(/ and (?=.* and )/g, ', ');
          ctx.report({
            messageId: 'reservedKey',
            data: { fn: fn.id, names, variables: keys.length === 1 ? 'variable' : 'variables', list: keys.join(', '), them: keys.length === 1 ? 'it' : 'them', from: from ? ` (through ${from})` : '', fromFix: from ? ` (in ${from}, which reaches every function)` : '', values: keys.length === 1 ? 'value' : 'values', otherNames: keys.length === 1 ? 'another name' : 'other names', first: keys[0] },
            at: settings[0].at,
          });
        }
      },
    };
  },
});
