import rule from '../../rules/LL204-image-tag-mutable.js';
import { ruleTester } from '../kit.js';
import { fn, loc } from '../deploy/facts.js';

const DF = 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n';
const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api';
const cfn = (uri: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Api:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Code:\n        ImageUri: ${uri}\n`;
const sam = (uri: string, metadata = '') =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageUri: ${uri}\n${metadata}`;
const byUri = (uri: string, kind: 'terraform' | 'cloudformation' = 'terraform') => fn({ kind, built: false, imageUri: loc(uri, 5) });

ruleTester(rule, {
  valid: [
    { name: 'digest', dockerfile: DF, context: { 'template.yaml': cfn(`${REPO}@sha256:${'a'.repeat(64)}`) } },
    { name: 'tag and digest', dockerfile: DF, context: { 'template.yaml': cfn(`${REPO}:1.4.2@sha256:${'a'.repeat(64)}`) } },
    { name: 'tag computed by !Ref (unknown)', dockerfile: DF, context: { 'template.yaml': cfn('!Sub "${Repo}:${Tag}"') } },
    { name: 'a local folder as ImageUri (the .NET Lambda tooling builds it) is no image reference', dockerfile: DF, context: { 'template.yaml': cfn('./UseDefaultDocker') } },
    { name: 'whole URI from a parameter', dockerfile: DF, context: { 'template.yaml': cfn('!Ref ImageUri') } },
    { name: 'SAM builds the image (Metadata): sam deploy sets the URI', dockerfile: DF, context: { 'template.yaml': sam(`${REPO}:latest`, '    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n') } },
    { name: 'Terraform URI ends in a reference', dockerfile: DF, deploy: byUri('${aws_ecr_repository.api.repository_url}:${var.tag}') },
    { name: 'Dockerfile alone: nothing to judge', dockerfile: DF },
    { name: 'a CDK asset tag (the asset hash) in a synthesized template', dockerfile: DF, context: { 'template.yaml': cfn(`!Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-hnb659fds-container-assets:${'c'.repeat(64)}"`) } },
  ],
  invalid: [
    { name: 'CloudFormation :latest', dockerfile: DF, context: { 'template.yaml': cfn(`${REPO}:latest`) }, errors: [{ messageId: 'latest', line: 8, severity: 'warning', message: /function Api deploys .*:latest/ }] },
    { name: 'CloudFormation tag without digest', dockerfile: DF, context: { 'template.yaml': cfn(`${REPO}:v1.2.3`) }, errors: [{ messageId: 'noDigest', line: 8, message: /:v1\.2\.3 without a digest/ }] },
    { name: 'no tag means latest', dockerfile: DF, context: { 'template.yaml': cfn(REPO) }, errors: [{ messageId: 'noTag', line: 8 }] },
    { name: 'SAM ImageUri without a build', dockerfile: DF, context: { 'template.yaml': sam(`${REPO}:latest`) }, errors: [{ messageId: 'latest', line: 7 }] },
    { name: '!Sub with a literal latest tag', dockerfile: DF, context: { 'template.yaml': cfn('!Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/api:latest"') }, errors: [{ messageId: 'latest', message: /<\.\.\.>|latest/ }] },
    { name: 'Terraform reference with a literal tag', dockerfile: DF, deploy: byUri('${aws_ecr_repository.api.repository_url}:latest'), errors: [{ messageId: 'latest', line: 5, fix: /--repository-name <\.\.\.> --image-ids imageTag=latest/ }] },
  ],
});
