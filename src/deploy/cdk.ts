/**
 * Image functions of a synthesized AWS CDK cloud assembly (`cdk.out`): manifest.json lists the stacks' templates
 * and the asset manifests (`*.assets.json`); a docker image asset gives the build (directory, dockerFile,
 * dockerBuildArgs, dockerBuildTarget, platform), and a function uses it when its Code.ImageUri names the asset's
 * published tag (or its `aws:asset:path` metadata names the asset directory). Nested assemblies (CDK Stages) are
 * read too. Schema: https://github.com/aws/aws-cdk-cli/tree/main/packages/@aws-cdk/cloud-assembly-schema
 */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Node } from 'yaml';
import { entries, get, parseTemplate, str, strMap, TemplateError, type Template } from './cfn-yaml.js';
import { isDir, isFile, templateFunctions, under } from './cloudformation.js';
import { DeployConfigError, type DeployConfig, type DeployedFunction, type DeployProblem } from './types.js';

interface DockerAsset {
  hash: string;
  directory: string;
  tags: string[];
  manifest: Template;
  node: Node;
}

/** True when `dir` holds a cloud assembly (a manifest.json with artifacts). */
export { isCloudAssembly } from './sniff.js';

export function readCloudAssembly(dir: string): DeployConfig {
  const config: DeployConfig = { kind: 'cdk', input: dir, functions: [], problems: [], unchecked: [] };
  readAssembly(dir, config, 0);
  return config;
}

function load(file: string): Template {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DeployConfigError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parseTemplate(file, text);
  } catch (e) {
    if (e instanceof TemplateError) throw new DeployConfigError(file, e.message);
    throw e;
  }
}

function readAssembly(dir: string, config: DeployConfig, depth: number): void {
  const manifest = load(join(dir, 'manifest.json'));
  const artifacts = entries(get(manifest.root, 'artifacts'));
  const assets: DockerAsset[] = [];
  const stacks: string[] = [];
  for (const [, , artifact] of artifacts) {
    const type = str(get(artifact, 'type'));
    const props = get(artifact, 'properties');
    if (type === 'cdk:asset-manifest') {
      const file = str(get(props, 'file'));
      if (file) assets.push(...dockerAssets(load(join(dir, file))));
    } else if (type === 'aws:cloudformation:stack') {
      const file = str(get(props, 'templateFile'));
      if (file) stacks.push(join(dir, file));
    } else if (type === 'cdk:cloud-assembly' && depth < 8) {
      const sub = str(get(props, 'directoryName'));
      if (sub && isDir(join(dir, sub))) readAssembly(join(dir, sub), config, depth + 1);
    }
  }
  for (const file of stacks) {
    const t = load(file);
    const { functions, problems, unchecked } = templateFunctions(t, 'cdk');
    config.problems.push(...problems);
    config.unchecked.push(...unchecked);
    for (const fn of functions) {
      const resource = get(get(t.root, 'Resources'), fn.id);
      const asset = assetOf(fn, resource, assets, dir);
      if (asset && !attach(fn, asset, dir, config.problems, config.unchecked)) continue;
      config.functions.push(fn);
    }
  }
}

function dockerAssets(m: Template): DockerAsset[] {
  return entries(get(m.root, 'dockerImages')).flatMap(([hash, , node]) => {
    const directory = str(get(get(node, 'source'), 'directory'));
    if (!directory) return []; // built by an executable, not from a Dockerfile
    const tags = entries(get(node, 'destinations')).flatMap(([, , d]) => str(get(d, 'imageTag')) ?? []);
    return node ? [{ hash, directory, tags, manifest: m, node }] : [];
  });
}

function assetOf(fn: DeployedFunction, resource: Node | undefined, assets: DockerAsset[], dir: string): DockerAsset | undefined {
  const path = str(get(get(resource, 'Metadata'), 'aws:asset:path'));
  if (path) {
    const byPath = assets.find((a) => normalize(under(dir, a.directory)) === normalize(under(dir, path)));
    if (byPath) return byPath;
  }
  const uri = fn.imageUri?.value;
  if (!uri) return undefined;
  return assets.find((a) => a.tags.some((tag) => uri.endsWith(`:${tag}`)));
}

/**
 * Sets the function's build from the asset; false when its Dockerfile is missing (a problem is recorded). An asset
 * folder that is not there at all (a cloud assembly kept without its assets, as repositories often commit cdk.out)
 * is not checked, and said; the function keeps its deploy checks.
 */
function attach(fn: DeployedFunction, asset: DockerAsset, dir: string, problems: DeployProblem[], unchecked: DeployProblem[]): boolean {
  const m = asset.manifest;
  const source = get(asset.node, 'source');
  const dfNode = get(source, 'dockerFile');
  const context = under(dir, asset.directory);
  // Built by the CDK from the asset, tagged by its content hash (not a tag to pin: LL204 does not judge it).
  fn.built = true;
  if (!isDir(context)) {
    unchecked.push({ at: m.at(get(source, 'directory')), message: `${fn.id}: the folder ${context} of asset ${asset.hash.slice(0, 12)} is not in this cloud assembly (run cdk synth to make it); the Dockerfile was not linted` });
    return true;
  }
  const dockerfile = under(context, str(dfNode) ?? 'Dockerfile');
  fn.built = true;
  fn.context = { value: context, at: m.at(get(source, 'directory')) };
  fn.dockerfile = { value: dockerfile, at: m.at(dfNode ?? get(source, 'directory')) };
  fn.buildArgs = strMap(get(source, 'dockerBuildArgs'));
  const target = get(source, 'dockerBuildTarget');
  if (str(target)) fn.target = { value: str(target)!, at: m.at(target) };
  const platform = get(source, 'platform');
  if (str(platform)) fn.platform = { value: str(platform)!, at: m.at(platform) };
  if (!isFile(dockerfile)) {
    problems.push({ at: fn.dockerfile.at, message: `${fn.id}: the Dockerfile ${dockerfile} of asset ${asset.hash.slice(0, 12)} does not exist` });
    return false;
  }
  return true;
}
