/**
 * Package-manager caches: where each manager leaves downloaded packages and metadata on disk, how to
 * avoid or remove them in the same RUN, and a typical size. Used by LL301 (cache-leftover) and, for the
 * on-disk paths, by the image checks (a path here found in an image layer is a leftover cache).
 *
 * Paths assume the build runs as root with HOME=/root (the default in AWS Lambda base images and most
 * official images); rules replace /root with $HOME when the Dockerfile sets another HOME.
 *
 * Sizes (MB = 1,000,000 bytes) are ranges. Source strength:
 * - 'assumption': a stated estimate from typical builds (not measured by this project).
 * Sources for the paths, flags and commands are the managers' own documentation, listed per entry.
 */
import type { Manager } from './managers.js';
import type { MB } from './sizes.js';

export interface CacheInfo {
  /** Display name. */
  label: string;
  managers: readonly Manager[];
  /** On-disk cache locations (globs allowed in the last segment) when building as root. */
  paths: readonly string[];
  /** The path named in messages. */
  mainPath: string;
  /** Flag of the install command that keeps no cache (pip --no-cache-dir, apk --no-cache). */
  noCacheFlags?: readonly string[];
  /** Environment variables that disable the cache when set to any value. */
  noCacheEnv?: readonly string[];
  /** Commands that clean the cache, as `<manager> <subcommand> [args]` (documentation). */
  cleanCommands: readonly string[];
  /** The exact fix shown to the user. */
  fix: string;
  typicalMb?: MB;
  source: string;
}

const ASSUMPTION = 'assumption: typical leftover after installing a handful of packages; grows with what is installed';

export const CACHES: readonly CacheInfo[] = [
  {
    label: 'pip',
    managers: ['pip'],
    paths: ['/root/.cache/pip'],
    mainPath: '/root/.cache/pip',
    noCacheFlags: ['--no-cache-dir'],
    // pip disables the cache for any valid boolean value of PIP_NO_CACHE_DIR, "false" and "0" included
    // (pip/_internal/cli/cmdoptions.py: _handle_no_cache_dir, kept for backwards compatibility).
    noCacheEnv: ['PIP_NO_CACHE_DIR'],
    cleanCommands: ['pip cache purge', 'rm -rf /root/.cache/pip'],
    fix: 'pip install --no-cache-dir ... (or ENV PIP_NO_CACHE_DIR=1, or RUN --mount=type=cache,target=/root/.cache/pip)',
    typicalMb: [10, 500],
    source: 'https://pip.pypa.io/en/stable/topics/caching/ ; https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-no-cache-dir ; size: ' + ASSUMPTION + ' (a copy of every wheel downloaded)',
  },
  {
    label: 'uv',
    managers: ['uv'],
    paths: ['/root/.cache/uv'],
    mainPath: '/root/.cache/uv',
    // --no-cache-dir is an alias of --no-cache (uv's cli: `#[arg(alias = "no-cache-dir")]`).
    noCacheFlags: ['--no-cache', '--no-cache-dir', '-n'],
    noCacheEnv: ['UV_NO_CACHE'],
    cleanCommands: ['uv cache clean', 'uv cache prune', 'rm -rf /root/.cache/uv'],
    fix: 'uv ... --no-cache (or ENV UV_NO_CACHE=1, or RUN --mount=type=cache,target=/root/.cache/uv)',
    typicalMb: [10, 500],
    source: 'https://docs.astral.sh/uv/concepts/cache/ ; https://docs.astral.sh/uv/guides/integration/docker/#caching ; size: ' + ASSUMPTION,
  },
  {
    label: 'apt',
    managers: ['apt-get', 'apt', 'aptitude'],
    // Lists are what `apt-get update` downloads; archives are usually removed by the docker-clean hook
    // of the Debian/Ubuntu images, and `apt-get clean` empties them but keeps the lists.
    paths: ['/var/lib/apt/lists', '/var/cache/apt/archives', '/var/cache/apt/*.bin'],
    mainPath: '/var/lib/apt/lists',
    cleanCommands: ['rm -rf /var/lib/apt/lists/*', 'apt-get dist-clean'],
    fix: 'end the same RUN with && rm -rf /var/lib/apt/lists/* (apt-get clean alone keeps the lists)',
    typicalMb: [10, 60],
    source: 'https://docs.docker.com/build/building/best-practices/#apt-get ; apt-get(8) clean / dist-clean ; size: ' + ASSUMPTION + ' (package index files of the enabled repositories)',
  },
  {
    label: 'yum',
    managers: ['yum'],
    paths: ['/var/cache/yum'],
    mainPath: '/var/cache/yum',
    cleanCommands: ['yum clean all', 'rm -rf /var/cache/yum'],
    fix: 'end the same RUN with && yum clean all && rm -rf /var/cache/yum',
    typicalMb: [30, 200],
    source: 'https://docs.aws.amazon.com/linux/al2/ug/managing-software.html ; yum(8) clean all ; size: ' + ASSUMPTION + ' (repository metadata)',
  },
  {
    label: 'dnf',
    managers: ['dnf', 'microdnf'],
    // dnf 4 (AL2023) uses /var/cache/dnf, dnf 5 /var/cache/libdnf5; microdnf (AL2023 minimal, the Lambda bases) /var/cache/yum or /var/cache/dnf.
    paths: ['/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/yum'],
    mainPath: '/var/cache/dnf',
    cleanCommands: ['dnf clean all', 'microdnf clean all', 'rm -rf /var/cache/dnf /var/cache/yum'],
    fix: 'end the same RUN with && {{manager}} clean all',
    typicalMb: [20, 150],
    source: 'https://docs.aws.amazon.com/linux/al2023/ug/package-management.html ; https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command ; size: ' + ASSUMPTION + ' (repository metadata)',
  },
  {
    label: 'apk',
    managers: ['apk'],
    paths: ['/var/cache/apk'],
    mainPath: '/var/cache/apk',
    noCacheFlags: ['--no-cache'],
    cleanCommands: ['rm -rf /var/cache/apk/*'],
    fix: 'apk add --no-cache ...',
    typicalMb: [1, 5],
    source: 'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache ; size: ' + ASSUMPTION + ' (APKINDEX files)',
  },
  {
    label: 'npm',
    managers: ['npm'],
    paths: ['/root/.npm/_cacache', '/root/.npm'],
    mainPath: '/root/.npm/_cacache',
    cleanCommands: ['npm cache clean --force', 'rm -rf /root/.npm'],
    fix: 'end the same RUN with && npm cache clean --force (or RUN --mount=type=cache,target=/root/.npm)',
    typicalMb: [20, 500],
    source: 'https://docs.npmjs.com/cli/commands/npm-cache ; https://docs.npmjs.com/cli/using-npm/config#cache ; size: ' + ASSUMPTION + ' (a tarball of every package fetched)',
  },
  {
    label: 'yarn',
    managers: ['yarn'],
    // yarn 1 as root on Linux: /usr/local/share/.cache/yarn (official node images), else ~/.cache/yarn; yarn 2+: ~/.yarn/berry/cache.
    paths: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn/berry/cache'],
    mainPath: '/usr/local/share/.cache/yarn',
    cleanCommands: ['yarn cache clean', 'rm -rf /usr/local/share/.cache/yarn'],
    fix: 'end the same RUN with && yarn cache clean (or RUN --mount=type=cache,target=/usr/local/share/.cache/yarn)',
    typicalMb: [20, 500],
    source: 'https://classic.yarnpkg.com/lang/en/docs/cli/cache/ ; https://yarnpkg.com/cli/cache/clean ; size: ' + ASSUMPTION,
  },
  {
    label: 'pnpm',
    managers: ['pnpm'],
    paths: ['/root/.local/share/pnpm/store', '/root/.pnpm-store', '/pnpm/store'],
    mainPath: '/root/.local/share/pnpm/store',
    cleanCommands: ['pnpm store prune', 'rm -rf /root/.local/share/pnpm/store'],
    fix: 'use RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store pnpm install ..., or end the same RUN with && pnpm store prune',
    typicalMb: [5, 300],
    source: 'https://pnpm.io/cli/store ; https://pnpm.io/docker ; size: ' + ASSUMPTION + ' (files are hard links shared with node_modules; index files and unreferenced packages remain)',
  },
  {
    label: 'conda',
    managers: ['conda'],
    paths: ['/opt/conda/pkgs', '/root/micromamba/pkgs', '/root/.conda/pkgs'],
    mainPath: '/opt/conda/pkgs',
    cleanCommands: ['conda clean -afy', 'mamba clean -afy', 'micromamba clean --all --yes'],
    fix: 'end the same RUN with && conda clean -afy',
    typicalMb: [100, 2000],
    source: 'https://docs.conda.io/projects/conda/en/latest/commands/clean.html ; https://mamba.readthedocs.io/en/latest/user_guide/micromamba.html ; size: ' + ASSUMPTION + ' (package tarballs and extracted packages)',
  },
  {
    label: 'gem',
    managers: ['gem', 'bundle'],
    // RubyGems keeps the downloaded .gem archive of every gem it installs in <gem dir>/cache (`gem install`,
    // --no-document included); Bundler downloads into <bundle path>/cache: GEM_HOME without a path setting
    // (/usr/local/bundle in the Docker Official ruby images), <path>/ruby/<version>/cache with one
    // (bundler/lib/bundler/source/rubygems.rb fetch_gem: default_cache_path_for(rubygems_dir)). No setting
    // skips it: `bundle install --no-cache` only stops updating vendor/cache (bundle-install(1)).
    paths: ['/usr/local/bundle/cache', '/var/task/vendor/bundle/ruby/*/cache', '/root/.gem/ruby/*/cache', '/usr/local/share/gems/cache', '/var/lang/lib/ruby/gems/*/cache'],
    mainPath: '/usr/local/bundle/cache',
    cleanCommands: ['rm -rf "$(gem env gemdir)"/cache', 'rm -rf vendor/bundle/ruby/*/cache'],
    fix: 'end the same RUN with && rm -rf {{path}} (the installed gems do not need their .gem archives; `bundle install --no-cache` only skips vendor/cache)',
    typicalMb: [1, 100],
    source: 'https://guides.rubygems.org/command-reference/#gem-install ; https://bundler.io/man/bundle-install.1.html ; https://github.com/rubygems/rubygems/blob/master/bundler/lib/bundler/source/rubygems.rb (fetch_gem) ; size: ' + ASSUMPTION + ' (one .gem archive per installed gem)',
  },
];

/**
 * Build-tool dependency caches (not flagged by LL301: these tools run in builder stages), for the image
 * checks and for cache mounts recognised by LL302.
 */
export const BUILD_CACHES: readonly { managers: readonly Manager[]; paths: readonly string[]; source: string }[] = [
  { managers: ['go'], paths: ['/go/pkg/mod', '/root/go/pkg/mod', '/root/.cache/go-build'], source: 'https://go.dev/ref/mod#module-cache ; `go env GOMODCACHE GOCACHE`' },
  { managers: ['mvn'], paths: ['/root/.m2'], source: 'https://maven.apache.org/settings.html (localRepository default ${user.home}/.m2/repository)' },
  { managers: ['gradle'], paths: ['/root/.gradle', '/home/gradle/.gradle'], source: 'https://docs.gradle.org/current/userguide/directory_layout.html' },
  { managers: ['dotnet'], paths: ['/root/.nuget/packages'], source: 'https://learn.microsoft.com/nuget/consume-packages/managing-the-global-packages-and-cache-folders' },
  { managers: ['cargo'], paths: ['/usr/local/cargo/registry', '/root/.cargo/registry', '/root/.cargo/git'], source: 'https://doc.rust-lang.org/cargo/guide/cargo-home.html' },
  { managers: ['bundle', 'gem'], paths: ['/usr/local/bundle/cache', '/root/.gem', '/root/.bundle/cache'], source: 'https://bundler.io/man/bundle-config.1.html' },
  { managers: ['poetry'], paths: ['/root/.cache/pypoetry'], source: 'https://python-poetry.org/docs/configuration/#cache-dir' },
  { managers: ['pipenv'], paths: ['/root/.cache/pipenv', '/root/.cache/pip'], source: 'https://pipenv.pypa.io/en/latest/advanced.html' },
  { managers: ['bun'], paths: ['/root/.bun/install/cache'], source: 'https://bun.sh/docs/install/cache' },
];

export function cacheFor(manager: Manager): CacheInfo | undefined {
  return CACHES.find((c) => c.managers.includes(manager));
}

/** Every cache path a manager uses (package caches and build caches). */
export function cachePathsFor(manager: Manager): string[] {
  return [...(cacheFor(manager)?.paths ?? []), ...BUILD_CACHES.filter((b) => b.managers.includes(manager)).flatMap((b) => b.paths)];
}

export function formatMb([low, high]: MB): string {
  return low === high ? `${low} MB` : `${low}-${high} MB`;
}

/**
 * Image check (LL301 on a built image): a cache is reported when its files hold more than this many bytes
 * (final filesystem plus copies deleted by a later layer, which still ship). Decision: 64 KiB, not 1 MB:
 * what the managers leave after a proper clean-up is a few small files (apt's `lists/lock`, dnf's
 * `expired_repos.json`, pip's `selfcheck.json`: under 1 KiB each), so anything above 64 KiB means the
 * clean-up was forgotten, and the fixture caches (65 KB to 330 KB) are the shape of real small installs.
 */
export const CACHE_IMAGE_MIN_BYTES = 64 * 1024;

function pathRegExp(path: string): RegExp {
  // /root/x also matches /home/<user>/x (a build run as another user); a glob in the last segment matches files.
  const esc = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  const root = /^\/root(?=\/)/.test(path) ? `(?:/root|/home/[^/]+)${esc(path.slice('/root'.length))}` : esc(path);
  return new RegExp(`^${root}(?:/|$)`);
}

const CACHE_PATHS: readonly { info: CacheInfo; re: RegExp; path: string }[] = CACHES.flatMap((info) => info.paths.map((path) => ({ info, re: pathRegExp(path), path })));

/** The package-manager cache an image path lies in (the first matching entry of CACHES), with the cache folder. */
export function cacheOfPath(path: string): { info: CacheInfo; dir: string } | undefined {
  for (const c of CACHE_PATHS) {
    const m = c.re.exec(path);
    if (m) return { info: c.info, dir: m[0].replace(/\/$/, '') };
  }
  return undefined;
}
