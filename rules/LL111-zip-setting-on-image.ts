import { defineRule } from '../src/engine/rule-kit.js';

const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const HANDLER = 'def handler(event, context):\n    return {"ok": True}\n';
const template = (extra: string) =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n${extra}    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n`;

/** What rejects the template, in the words the user will see at deploy time. */
const REJECTION = {
  sam: 'the SAM transform rejects the template ("Runtime, Handler, Layers cannot be present when PackageType is of type `Image`")',
  lambda: 'CreateFunction rejects it ("Please don\'t provide Handler or Runtime or Layer when the intended function PackageType is Image")',
};

export default defineRule({
  code: 'LL111',
  name: 'zip-setting-on-image',
  severity: 'error',
  since: '0.1.0',
  needs: { dockerfile: true, deploy: true },
  docs: {
    what:
      'Checks that an image function of a SAM or CloudFormation template (CDK cloud assemblies included) or a Terraform aws_lambda_function (`runtime`, `handler`, `layers`) sets none of the properties only .zip functions take: `Runtime`, `Handler` and `Layers`, whether on the function itself or, for SAM, through `Globals.Function`, which SAM applies to every function of the template, image functions included. A value given by `!If` (it may resolve to `AWS::NoValue`), `!Ref AWS::NoValue`, an empty string and an empty list are not reported.',
    why:
      'An image function gets its runtime and handler from the image (ENTRYPOINT and CMD, or ImageConfig), and has no layers: what a layer would hold is copied into the image. The SAM transform refuses such a function ("Runtime, Handler, Layers cannot be present when PackageType is of type `Image`"), and so does Lambda\'s CreateFunction for a plain CloudFormation function ("Please don\'t provide Handler or Runtime or Layer when the intended function PackageType is Image"): the stack fails at deploy time. A template that mixes .zip and image functions meets this through Globals: a `Runtime` or `Layers` in `Globals.Function` reaches the image functions too.',
    bad: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template('      Runtime: python3.12\n      Handler: app.handler\n') } },
    good: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template('      MemorySize: 512\n') } },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html',
      'https://github.com/aws/serverless-application-model/blob/develop/samtranslator/model/sam_resources.py',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    ],
  },
  messages: {
    zipSetting: {
      text: 'The image function {{fn}} sets {{names}}, which only .zip functions take: {{rejection}}. An image function gets its runtime and handler from the image (ENTRYPOINT and CMD, or ImageConfig) and has no layers.',
      severity: 'error',
      fix: 'Remove {{names}} from {{fn}}; set the handler with CMD in the Dockerfile or {{command}}{{layerFix}}.',
    },
    globalSetting: {
      text: 'Globals.Function sets {{names}}, which SAM applies to every function, the image function {{fn}} included: {{rejection}}.',
      severity: 'error',
      fix: 'Give the image function IgnoreGlobals: [{{list}}] (a resource attribute beside Type and Properties), or move {{names}} from Globals.Function to each .zip function of the template.',
    },
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn?.zipOnly?.length) return;
        const rejection = fn.kind === 'cloudformation' || fn.kind === 'cdk' || fn.kind === 'terraform' ? REJECTION.lambda : REJECTION.sam;
        for (const fromGlobals of [false, true]) {
          const settings = fn.zipOnly.filter((s) => s.fromGlobals === fromGlobals);
          if (!settings.length) continue;
          // Terraform's aws_lambda_function writes them runtime, handler and layers, and the command image_config.command.
          const tf = fn.kind === 'terraform';
          const names = settings.map((s) => (tf ? s.name.toLowerCase() : s.name)).join(' and ').replace(/ and (?=.* and )/g, ', ');
          const layerFix = settings.some((s) => s.name === 'Layers') ? ', and copy what the layers hold into the image (COPY, or RUN to install it)' : '';
          ctx.report({ messageId: fromGlobals ? 'globalSetting' : 'zipSetting', data: { fn: fn.id, names, rejection, layerFix, list: settings.map((x) => x.name).join(', '), command: tf ? 'image_config { command = [...] }' : 'ImageConfig.Command' }, at: settings[0].at });
        }
      },
    };
  },
});
