/**
 * Deploy configurations as inputs: which inputs are ones (sniffing), and reading them into one list of functions.
 * A YAML/JSON file is a template when it has AWSTemplateFormatVersion, a Transform AWS::Serverless..., or
 * Resources of AWS:: types; a file named serverless.yml (.yaml, .json) is a Serverless Framework configuration, as
 * is another YAML/JSON file with a `provider` and a `service` or `functions`; a folder is a CDK cloud assembly when it
 * holds a manifest.json with artifacts, and a Terraform configuration when it holds .tf files; a .tf file is Terraform.
 */
import { basename, dirname, extname } from 'node:path';
import { parseTemplate, TemplateError } from './cfn-yaml.js';
import { isSamTemplate, looksLikeTemplate, templateFunctions } from './cloudformation.js';
import { readCloudAssembly } from './cdk.js';
import { looksLikeServerless, readServerless, serverlessFunctions } from './serverless.js';
import type { DeployInput } from './sniff.js';
import { DeployConfigError, readConfigText, type DeployConfig } from './types.js';

export { sniffDeploy, type DeployInput } from './sniff.js';

/** Reads a deploy configuration. Throws DeployConfigError (one line) when it cannot be read as one. */
export async function readDeploy(input: string, kind: DeployInput): Promise<DeployConfig> {
  if (kind === 'serverless') return readServerless(input);
  if (kind === 'cdk') return readCloudAssembly(basename(input) === 'manifest.json' ? dirname(input) : input);
  if (kind === 'terraform') {
    const { readTerraform } = await import('./terraform.js');
    return readTerraform(input);
  }
  return readTemplate(input);
}

/**
 * For discovery (the Action's `deploy-configs: auto`): false for a YAML/JSON file that parses but is not a
 * CloudFormation or SAM template (a Helm or other `template.yaml`); a broken file is kept, to be reported.
 */
export function isDeployTemplate(file: string): boolean {
  try {
    readTemplate(file);
    return true;
  } catch (e) {
    return !(e instanceof DeployConfigError && e.detail.startsWith(NOT_A_TEMPLATE));
  }
}

const NOT_A_TEMPLATE = 'is not a CloudFormation or SAM template';

export function readTemplate(file: string): DeployConfig {
  const text = readConfigText(file);
  let t;
  try {
    t = parseTemplate(file, text);
  } catch (e) {
    if (e instanceof TemplateError) throw new DeployConfigError(file, `${extname(file) === '.json' ? 'JSON' : 'YAML'} error, ${e.message}`);
    throw e;
  }
  // A Serverless Framework configuration under another name (serverless.prod.yml, serverless print output).
  if (!looksLikeTemplate(t) && looksLikeServerless(t)) return { kind: 'serverless', input: file, ...serverlessFunctions(t) };
  if (!looksLikeTemplate(t)) {
    throw new DeployConfigError(file, `${NOT_A_TEMPLATE} (no AWSTemplateFormatVersion, no Transform AWS::Serverless, no Resources of AWS:: types)`);
  }
  const { functions, problems, unchecked } = templateFunctions(t, isSamTemplate(t) ? 'sam' : 'cloudformation');
  return { kind: isSamTemplate(t) ? 'sam' : 'cloudformation', input: file, functions, problems, unchecked };
}

export { DeployConfigError } from './types.js';
export type { DeployConfig, DeployedFunction, FunctionFacts, Located } from './types.js';
