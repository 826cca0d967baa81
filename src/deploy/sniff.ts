/**
 * Which inputs are deploy configurations, told from names (template YAML/JSON, serverless.yml, .tf) and a cloud
 * assembly's manifest only: the CLI asks this
 * of every input, so it loads no parser (the YAML parser and the deploy readers load when a deploy input is read).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { statInput } from '../core/stat-memo.js';
import { basename, dirname, extname, join } from 'node:path';

export type DeployInput = 'template' | 'cdk' | 'terraform' | 'serverless';

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);
/** The Serverless Framework's configuration names: YAML/JSON, and the code forms (reported as not readable). */
const SERVERLESS_NAME = /^serverless\.(ya?ml|json|js|cjs|mjs|ts)$/i;

/** What kind of deploy configuration the input is, or undefined when it is not one (a Dockerfile, an image). */
export function sniffDeploy(input: string): DeployInput | undefined {
  let st;
  try {
    st = statInput(input);
  } catch {
    return undefined;
  }
  if (st.isDirectory()) {
    if (isCloudAssembly(input)) return 'cdk';
    let names: string[] = [];
    try {
      names = readdirSync(input);
    } catch {
      return undefined;
    }
    if (names.includes('oci-layout') || names.includes('index.json')) return undefined;
    return names.some((n) => n.endsWith('.tf')) ? 'terraform' : undefined;
  }
  const ext = extname(input).toLowerCase();
  if (ext === '.tf') return 'terraform';
  if (SERVERLESS_NAME.test(basename(input))) return 'serverless';
  // cdk.out/manifest.json named itself: the whole cloud assembly (readDeploy reads its folder).
  if (basename(input) === 'manifest.json' && isCloudAssembly(dirname(input))) return 'cdk';
  return TEMPLATE_EXTENSIONS.has(ext) ? 'template' : undefined;
}

/** A CDK cloud assembly: a folder whose manifest.json has artifacts. */
export function isCloudAssembly(dir: string): boolean {
  const file = join(dir, 'manifest.json');
  try {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
    const m = JSON.parse(readFileSync(file, 'utf8')) as { artifacts?: unknown };
    return typeof m.artifacts === 'object' && m.artifacts !== null;
  } catch {
    return false;
  }
}
