/**
 * Build-context entries that should not reach a function image through `COPY .` (LL306). Names match a
 * path segment at any depth; `node` entries only count when the Dockerfile installs Node.js dependencies
 * itself (the local folder is then a stale, host-built copy).
 *
 * Sources: Docker's .dockerignore guidance (https://docs.docker.com/build/concepts/context/#dockerignore-files),
 * dockle DKL-LI-0003 (unnecessary files: .git, .aws, .cache, .npm ...), AWS SAM (.aws-sam build folder,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-build.html),
 * AWS CDK (cdk.out, https://docs.aws.amazon.com/cdk/v2/guide/ref-cli-cmd-synth.html), Serverless Framework (.serverless).
 */
export interface ContextExclude {
  name: string;
  kind: 'dir' | 'file';
  why: string;
  /** Only when the Dockerfile installs Node.js dependencies. */
  node?: boolean;
}

export const CONTEXT_EXCLUDES: readonly ContextExclude[] = [
  { name: '.git', kind: 'dir', why: 'repository history' },
  { name: 'node_modules', kind: 'dir', why: 'host-installed dependencies the build installs again', node: true },
  { name: 'tests', kind: 'dir', why: 'tests' },
  { name: 'test', kind: 'dir', why: 'tests' },
  { name: '__tests__', kind: 'dir', why: 'tests' },
  { name: '__pycache__', kind: 'dir', why: 'bytecode cache' },
  { name: '.pytest_cache', kind: 'dir', why: 'test cache' },
  { name: '.mypy_cache', kind: 'dir', why: 'type-checker cache' },
  { name: '.ruff_cache', kind: 'dir', why: 'linter cache' },
  { name: '.tox', kind: 'dir', why: 'test environments' },
  { name: '.venv', kind: 'dir', why: 'a local virtualenv' },
  { name: 'venv', kind: 'dir', why: 'a local virtualenv' },
  { name: '.aws', kind: 'dir', why: 'AWS credentials and config' },
  { name: '.env', kind: 'file', why: 'environment secrets' },
  { name: '.aws-sam', kind: 'dir', why: 'SAM build output' },
  { name: 'cdk.out', kind: 'dir', why: 'CDK synth output' },
  { name: '.serverless', kind: 'dir', why: 'Serverless Framework output' },
];

/** Folders whose insides are not judged entry by entry (a `test` folder inside a package is not the project's tests). */
export const OPAQUE_DIRS: readonly string[] = ['node_modules', '.git', '.venv', 'venv', 'site-packages', 'vendor', '.tox'];

/**
 * Folders that never hold the project's own manifests: installed dependencies, virtualenvs, git's store. Not
 * `vendor`, where some projects keep their own code (a manifest there reads as the project's).
 */
export const DEPENDENCY_DIRS: readonly string[] = OPAQUE_DIRS.filter((d) => d !== 'vendor');

/** `.env.local`, `.env.production` are secrets too; example files are not. */
export function isEnvFile(base: string): boolean {
  return base === '.env' || (/^\.env\.[\w.-]+$/.test(base) && !/\.(example|sample|template|dist)$/.test(base));
}
