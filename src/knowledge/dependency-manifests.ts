/**
 * Dependency manifests: the files a dependency install reads. Copying only these before the install
 * keeps the install's layer cached until the dependencies change (LL302 layer-order).
 *
 * Sources: Docker build cache guide (https://docs.docker.com/build/cache/optimize/#order-your-layers),
 * and each tool's documentation of the files it reads:
 * pip requirements (https://pip.pypa.io/en/stable/reference/requirements-file-format/), Poetry
 * (https://python-poetry.org/docs/basic-usage/), uv (https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers),
 * npm (https://docs.npmjs.com/cli/commands/npm-ci), Yarn, pnpm (https://pnpm.io/docker), Bundler
 * (https://bundler.io/guides/gemfile.html), Go modules (https://go.dev/ref/mod#go-mod-file), Maven, Gradle,
 * NuGet/.NET (https://learn.microsoft.com/dotnet/core/docker/build-container), Cargo.
 */
import type { Manager } from './managers.js';

/** File names (basename) that declare dependencies or configure the package manager. */
export const MANIFEST_PATTERNS: readonly RegExp[] = [
  // Python
  /^([\w.-]+[-_.])?requirements([-_.][\w.-]*)?\.(txt|in)$/i, /^constraints([-_.][\w.-]*)?\.txt$/i, /^pyproject\.toml$/, /^poetry\.lock$/, /^uv\.lock$/,
  /^Pipfile(\.lock)?$/, /^setup\.(py|cfg)$/, /^environment\.ya?ml$/, /^conda-lock\.ya?ml$/, /^\.python-version$/, /^pip\.conf$/, /^poetry\.toml$/,
  // Node.js
  /^package(-lock)?\.json$/, /^npm-shrinkwrap\.json$/, /^yarn\.lock$/, /^pnpm-(lock|workspace)\.yaml$/, /^bun\.lockb?$/,
  /^\.npmrc$/, /^\.yarnrc(\.yml)?$/, /^\.pnpmfile\.cjs$/, /^\.nvmrc$/,
  // Go
  /^go\.(mod|sum|work|work\.sum)$/,
  // Ruby
  /^Gemfile(\.lock)?$/, /\.gemspec$/, /^\.ruby-version$/,
  // Java
  /^pom\.xml$/, /^(build|settings)\.gradle(\.kts)?$/, /^gradle\.properties$/, /^gradlew(\.bat)?$/, /^mvnw(\.cmd)?$/, /^libs\.versions\.toml$/,
  // .NET
  /\.(cs|fs|vb)proj$/, /\.sln$/, /^Directory\.(Build|Packages)\.props$/, /^nuget\.config$/i, /^global\.json$/, /^packages\.lock\.json$/,
  // Rust
  /^Cargo\.(toml|lock)$/, /^rust-toolchain(\.toml)?$/,
];

/** Concrete names used to judge a glob COPY source (`COPY package*.json ./` copies manifests only). */
export const MANIFEST_EXAMPLES: readonly string[] = [
  'requirements.txt', 'requirements-dev.txt', 'constraints.txt', 'pyproject.toml', 'poetry.lock', 'uv.lock', 'Pipfile', 'Pipfile.lock',
  'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'go.mod', 'go.sum', 'Gemfile', 'Gemfile.lock', 'pom.xml',
  'build.gradle', 'build.gradle.kts', 'settings.gradle', 'App.csproj', 'App.sln', 'Cargo.toml', 'Cargo.lock',
];

/** Folders that hold dependencies or package-manager setup, not application code. */
export const DEPENDENCY_DIRS: readonly string[] = ['wheels', 'wheelhouse', 'vendor', '.yarn', '.mvn', 'gradle', 'patches', '.cargo', 'requirements', 'prisma'];

/** Pre-built dependency artifacts: copying them is not copying code. */
export const ARTIFACT_EXTENSIONS: readonly string[] = ['.whl', '.tar.gz', '.tgz', '.zip', '.jar', '.deb', '.rpm', '.gem', '.nupkg', '.crate'];

/**
 * Build and install configuration copied with the manifests: it changes about as rarely, and an install may read it
 * (npm runs a package's prepare/postinstall scripts: `tsc` reads tsconfig.json, `prisma generate` the Prisma schema).
 * TypeScript (https://www.typescriptlang.org/docs/handbook/tsconfig-json.html), Babel, SWC, monorepo tools, Nest CLI,
 * Prisma (https://www.prisma.io/docs/orm/prisma-schema/overview/location), setuptools' MANIFEST.in.
 */
export const BUILD_CONFIG_PATTERNS: readonly RegExp[] = [
  /^tsconfig([.-][\w.-]*)?\.json$/, /^jsconfig\.json$/, /^\.babelrc(\.\w+)?$/, /^babel\.config\.(js|cjs|mjs|json)$/, /^\.swcrc$/,
  /^(lerna|nx|turbo|nest-cli)\.json$/, /\.prisma$/, /^MANIFEST\.in$/,
  // Puppeteer's configuration: its install script reads cacheDirectory, where the browser goes (pptr.dev/guides/configuration).
  /^\.puppeteerrc(\.(cjs|js|json|ya?ml|toml))?$/, /^puppeteer\.config\.(cjs|js|mjs|ts)$/,
];

/** Examples of BUILD_CONFIG_PATTERNS for the rule docs. */
export const BUILD_CONFIG_EXAMPLES: readonly string[] = ['tsconfig.json', 'tsconfig.build.json', 'jsconfig.json', '.babelrc', 'babel.config.js', '.swcrc', 'lerna.json', 'nx.json', 'turbo.json', 'nest-cli.json', 'schema.prisma', 'MANIFEST.in', '.puppeteerrc.cjs', 'puppeteer.config.cjs'];

export function isBuildConfigName(base: string): boolean {
  return BUILD_CONFIG_PATTERNS.some((re) => re.test(base));
}

export function isManifestName(base: string): boolean {
  return MANIFEST_PATTERNS.some((re) => re.test(base));
}

/** Per manager: the manifests to copy first, and the command that fetches dependencies without the code. */
export const ECOSYSTEMS: Partial<Record<Manager, { manifests: string; prefetch: string }>> = {
  pip: { manifests: 'requirements.txt', prefetch: 'pip install -r requirements.txt' },
  uv: { manifests: 'pyproject.toml uv.lock', prefetch: 'uv sync --frozen --no-install-project' },
  poetry: { manifests: 'pyproject.toml poetry.lock', prefetch: 'poetry install --no-root' },
  pipenv: { manifests: 'Pipfile Pipfile.lock', prefetch: 'pipenv install --deploy' },
  conda: { manifests: 'environment.yml', prefetch: 'conda env update -f environment.yml' },
  npm: { manifests: 'package.json package-lock.json', prefetch: 'npm ci' },
  yarn: { manifests: 'package.json yarn.lock', prefetch: 'yarn install --frozen-lockfile' },
  pnpm: { manifests: 'package.json pnpm-lock.yaml', prefetch: 'pnpm install --frozen-lockfile' },
  bun: { manifests: 'package.json bun.lock', prefetch: 'bun install --frozen-lockfile' },
  bundle: { manifests: 'Gemfile Gemfile.lock', prefetch: 'bundle install' },
  go: { manifests: 'go.mod go.sum', prefetch: 'go mod download' },
  mvn: { manifests: 'pom.xml', prefetch: 'mvn dependency:go-offline' },
  gradle: { manifests: 'build.gradle settings.gradle', prefetch: 'gradle dependencies' },
  dotnet: { manifests: '*.csproj', prefetch: 'dotnet restore' },
  cargo: { manifests: 'Cargo.toml Cargo.lock', prefetch: 'cargo fetch' },
};

/** The Python lock files a project install resolves from, in the order the tools' own projects favour. */
export const PYTHON_LOCKS: readonly string[] = ['uv.lock', 'poetry.lock'];

/**
 * The package names a uv.lock or poetry.lock pins, transitive ones included: each `[[package]]` table opens with its
 * `name = "..."` key in both formats (docs.astral.sh/uv/concepts/projects/layout/#the-lockfile, python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control).
 */
export function lockedPythonPackages(text: string): string[] {
  return [...text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
}
