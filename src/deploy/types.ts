/**
 * A Lambda image function as a deploy configuration declares it (SAM, CloudFormation, CDK cloud assembly,
 * Terraform, Serverless Framework): which Dockerfile and build settings make its image, and the ImageConfig overrides Lambda applies
 * when it runs it. Every value carries where it was written, so findings can point at the template line.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Location } from '../core/types.js';

export type DeployKind = 'sam' | 'cloudformation' | 'cdk' | 'terraform' | 'serverless';

/** A value and the place in the configuration that set it. */
export interface Located<T> {
  value: T;
  at: Location;
}

export interface ImageConfigOverrides {
  /** ImageConfig.Command (CMD). */
  command?: Located<string[]>;
  /** ImageConfig.EntryPoint (ENTRYPOINT). */
  entryPoint?: Located<string[]>;
  /** ImageConfig.WorkingDirectory (WORKDIR). */
  workingDirectory?: Located<string>;
  /** Overrides the configuration sets to a value this tool cannot resolve (`Command: [!Ref Handler]`): what Lambda runs is unknown. */
  unresolved?: ('command' | 'entryPoint' | 'workingDirectory')[];
}

export interface DeployedFunction {
  /** Logical id (SAM, CloudFormation, CDK), resource address (Terraform: aws_lambda_function.name) or function key (Serverless Framework). */
  id: string;
  kind: DeployKind;
  /** The configuration file that declares the function. */
  templateFile: string;
  /** Where the function is declared (its logical id or resource block). */
  at: Location;
  /** The Dockerfile that builds the image (a path usable from the current directory), when the configuration names one. */
  dockerfile?: Located<string>;
  /** The build context folder. */
  context?: Located<string>;
  buildArgs: Record<string, string>;
  target?: Located<string>;
  /** The platform the image is built for (`linux/arm64`), when the configuration fixes it. */
  platform?: Located<string>;
  /**
   * The function's architecture as Lambda names it (x86_64, arm64); without Architectures it is Lambda's default
   * x86_64 (`explicit: false`, located at the function). Undefined when it cannot be known (an intrinsic function).
   */
  architecture?: Located<string> & { explicit: boolean };
  imageConfig: ImageConfigOverrides;
  /** The image the function deploys, with unresolvable parts kept as `${...}`. */
  imageUri?: Located<string>;
  /**
   * The deploy tool builds the image and sets the URI itself (sam build + sam deploy, cdk deploy): an ImageUri in
   * the configuration is not what runs. False for Terraform, which deploys image_uri as written.
   */
  built: boolean;
  /**
   * Properties only .zip functions take that the function sets anyway (Runtime, Handler, Layers): the SAM transform
   * and Lambda's CreateFunction reject them on an image function. SAM and CloudFormation templates only.
   */
  zipOnly?: ZipOnlySetting[];
  /** Environment variables the configuration sets whose keys Lambda reserves (CreateFunction rejects them). */
  reservedEnv?: ReservedEnvSetting[];
  /**
   * The names of the environment variables the configuration gives the function (its own, Globals.Function,
   * provider.environment): set at run time whatever the Dockerfile says.
   */
  envNames?: string[];
  /** The function URL's invoke mode (BUFFERED, Lambda's default, or RESPONSE_STREAM), when the configuration gives the function a URL. */
  urlInvokeMode?: Located<string>;
  /** The Web Adapter's invoke mode setting (AWS_LWA_INVOKE_MODE) in the function's environment, when written out. */
  adapterInvokeMode?: string;
}

/** A reserved key in a function's environment; `from`: where it is written when not on the function (Globals, provider). */
export interface ReservedEnvSetting {
  name: string;
  at: Location;
  from?: 'Globals.Function' | 'provider.environment';
}

/** A .zip-only property an image function sets; `fromGlobals`: SAM's Globals.Function gives it. */
export interface ZipOnlySetting {
  name: 'Runtime' | 'Handler' | 'Layers';
  at: Location;
  fromGlobals: boolean;
}

/** A problem in one function's configuration (a missing Dockerfile): reported for that function, others still lint. */
export interface DeployProblem {
  at: Location;
  message: string;
}

export interface DeployConfig {
  kind: DeployKind;
  /** The input as given. */
  input: string;
  functions: DeployedFunction[];
  problems: DeployProblem[];
  /**
   * What the configuration declares that this tool could not check (a PackageType or DockerContext given by an
   * intrinsic function, a nested stack, a Terraform module): said, never an error.
   */
  unchecked: DeployProblem[];
}

/** A configuration that cannot be read at all (YAML errors, unknown shapes): one line, exit 2. */
export class DeployConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const MAX_CONFIG = 16 * 1024 * 1024;

/** A deploy configuration's text: at most 16 MiB, read as UTF-8; DeployConfigError (one line) otherwise. */
export function readConfigText(file: string, what = 'a template'): string {
  try {
    if (statSync(file).size > MAX_CONFIG) throw new DeployConfigError(file, `is larger than 16 MiB, too large for ${what}`);
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof DeployConfigError) throw e;
    throw new DeployConfigError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** What the rules see of the function whose Dockerfile they lint. */
export interface FunctionFacts {
  id: string;
  kind: DeployKind;
  at: Location;
  architecture?: Located<string> & { explicit: boolean };
  platform?: Located<string>;
  imageConfig: ImageConfigOverrides;
  imageUri?: Located<string>;
  built: boolean;
  zipOnly?: ZipOnlySetting[];
  reservedEnv?: ReservedEnvSetting[];
  /** Names of the environment variables the configuration gives the function (see DeployFunction.envNames). */
  envNames?: string[];
  urlInvokeMode?: Located<string>;
  adapterInvokeMode?: string;
}

/**
 * Whether the part of an image URI after its registry and path (`name:tag`, `name@digest`) holds a value the
 * deploy tool resolves (`${Tag}`, `${var.image}`): what it deploys, and whether by digest, is not known here.
 */
export function uriTailUnresolved(uri: string): boolean {
  // Placeholders masked, so that a ':' or '/' inside one is not taken for the URI's own.
  const masked = uri.trim().replace(/\$\{[^}]*\}/g, (m) => '\0'.repeat(m.length));
  const at = masked.lastIndexOf('@');
  if (at >= 0) return masked.slice(at).includes('\0');
  const slash = masked.lastIndexOf('/');
  const colon = masked.lastIndexOf(':');
  if (colon > slash) return masked.slice(colon).includes('\0');
  // No tag: unknown when the URI ends in a placeholder (a whole URI, or a name and tag from one variable).
  return masked.endsWith('\0');
}

/** Whether the function's ImageConfig replaces `what` with a value this tool could not resolve (the Lambda-contract rules then do not judge it). */
export function overrideUnresolved(facts: FunctionFacts | undefined, ...what: ('command' | 'entryPoint' | 'workingDirectory')[]): boolean {
  return Boolean(facts?.imageConfig.unresolved?.some((k) => what.includes(k)));
}
