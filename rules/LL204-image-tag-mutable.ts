import { defineRule } from '../src/engine/rule-kit.js';
import { parseImageRef } from '../src/knowledge/base-images.js';

const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const HANDLER = 'def handler(event, context):\n    return {"ok": True}\n';
const template = (uri: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Api:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Role: arn:aws:iam::123456789012:role/api\n      Code:\n        ImageUri: ${uri}\n`;
const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api';

/** Parts of the URI the configuration computes (`${Repo}`, a Terraform reference) are unknown: never judged. */
const PLACEHOLDER = /\$\{[^}]*\}/g;
const UNKNOWN = '\u2026';
/** A tag that is a content hash (CDK tags its docker image assets with the asset's SHA-256): not judged. */
const CONTENT_HASH_TAG = /^[0-9a-f]{64}$/;

export default defineRule({
  code: 'LL204',
  name: 'image-tag-mutable',
  severity: 'warning',
  since: '0.1.0',
  securitySeverity: 4.0,
  needs: { dockerfile: true, deploy: true },
  docs: {
    what:
      'Checks the image a deploy configuration gives a function by URI (CloudFormation `Code.ImageUri`, SAM `ImageUri` of a function that `sam build` does not build, Terraform `image_uri`, a Serverless Framework serverless.yml `image` or `image.uri`, or the `uri` of a `provider.ecr.images` entry): it should name a digest (`repo@sha256:...`), not only a tag, and never `:latest` or no tag at all. Parts of the URI computed by the configuration (`!Sub ${Repo}`, a Terraform reference, a Serverless `${env:TAG}`) are not judged; images that the deploy tool builds and tags itself (SAM `Metadata`, CDK assets, Serverless `provider.ecr.images` with a `path`) are not reported.',
    why:
      'Lambda resolves a tag to a digest when the function is created or its code is updated, and runs that digest until the next update (GetFunction shows it as ResolvedImageUri). A push to the same tag changes nothing on Lambda, and the next unrelated deploy of the template silently ships whatever the tag points at then: two deploys of the same commit can run different code, and a rollback cannot bring the old image back. A digest in the configuration makes the deploy say exactly which image runs.',
    bad: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template(`${REPO}:latest`) } },
    good: { dockerfile: DOCKERFILE, context: { 'app.py': HANDLER, 'template.yaml': template(`${REPO}@sha256:${'0'.repeat(64)}`) } },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_FunctionCodeLocation.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html',
      'https://www.serverless.com/framework/docs/providers/aws/guide/functions#referencing-container-image-as-a-target',
    ],
  },
  messages: {
    latest: {
      text: 'The function {{fn}} deploys {{uri}} by the tag :latest; Lambda runs the digest :latest had at the last deploy, and the next deploy silently takes whatever :latest is then.',
      severity: 'warning',
      fix: 'Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --image-ids imageTag={{tag}} --query "imageDetails[0].imageDigest" --output text prints it).',
    },
    noTag: {
      text: 'The function {{fn}} deploys {{uri}} with neither a tag nor a digest, which means :latest; the next deploy silently takes whatever :latest is then.',
      severity: 'warning',
      fix: 'Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --query "imageDetails[*].[imageTags,imageDigest]" lists them).',
    },
    noDigest: {
      text: 'The function {{fn}} deploys {{uri}} by the tag :{{tag}} without a digest; a tag can be moved to other content, so what runs depends on when the function was last deployed.',
      severity: 'warning',
      fix: 'Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --image-ids imageTag={{tag}} --query "imageDetails[0].imageDigest" --output text prints it), or make the repository\'s tags immutable.',
    },
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        const uri = fn?.imageUri;
        if (!fn || !uri || fn.built) return;
        const text = uri.value.replace(PLACEHOLDER, UNKNOWN);
        if (text.trim() === '' || text.replace(/\u2026/g, '').trim() === '') return;
        // A local path (`./UseDefaultDocker`: a folder the .NET Lambda tooling builds and replaces) is no image reference.
        if (/^\.{0,2}\//.test(text.trim())) return;
        const ref = parseImageRef(text);
        if (ref.digest !== undefined) return;
        if (ref.repository.includes(UNKNOWN) && !ref.tag && /\u2026$/.test(text)) return; // the end of the URI is computed
        const repo = text.slice(0, text.length - (ref.tag !== undefined ? ref.tag.length + 1 : 0)).replace(/\u2026/g, '<...>');
        // The ECR repository name is the path after the registry host, as written (never Docker Hub's library/ prefix).
        const name = (ref.repository.startsWith('library/') && !text.includes('library/') ? ref.repository.slice('library/'.length) : ref.repository).replace(/\u2026/g, '<...>');
        const data = { fn: fn.id, uri: uri.value, repo, name, tag: ref.tag ?? 'latest' };
        if (ref.tag === undefined) ctx.report({ messageId: 'noTag', data, at: uri.at });
        else if (ref.tag.includes(UNKNOWN) || CONTENT_HASH_TAG.test(ref.tag)) return;
        else if (ref.tag === 'latest') ctx.report({ messageId: 'latest', data, at: uri.at });
        else ctx.report({ messageId: 'noDigest', data, at: uri.at });
      },
    };
  },
});
