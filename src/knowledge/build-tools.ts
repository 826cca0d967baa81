/**
 * Build tools: compilers, headers and toolchains that are needed to build native extensions but not to
 * run the function. Used by LL305 (build-tools-in-final-image) on OS package installs, and by the image
 * checks on file paths.
 *
 * Sources: package contents as listed by the distributions (https://packages.debian.org,
 * https://pkgs.alpinelinux.org, AL2023 package list https://docs.aws.amazon.com/linux/al2023/release-notes/all-packages-AL2023.html),
 * Debian policy on -dev packages (https://www.debian.org/doc/debian-policy/ch-sharedlibs.html#development-files),
 * Fedora packaging guidelines on -devel packages (https://docs.fedoraproject.org/en-US/packaging-guidelines/#_devel_packages),
 * rustup (https://rust-lang.github.io/rustup/installation/other.html), Go (https://go.dev/doc/install).
 */

/** OS package names (apt, apk, yum/dnf) that are compilers or build systems. */
export const BUILD_TOOL_PACKAGES: readonly string[] = [
  'gcc', 'g++', 'gcc-c++', 'gcc-gfortran', 'gfortran', 'cpp', 'clang', 'llvm', 'make', 'cmake', 'cmake3', 'ninja-build', 'ninja',
  'build-essential', 'build-base', 'automake', 'autoconf', 'libtool', 'bison', 'flex', 'nasm', 'yasm', 'swig',
  'musl-dev', 'linux-headers', 'kernel-headers', 'kernel-devel', 'glibc-devel', 'libc6-dev', 'libc-dev',
  'golang', 'go', 'golang-go', 'rust', 'rustc', 'cargo',
];

/** Package name suffixes of header/development packages (libffi-dev, python3-devel, openssl-devel). */
export const DEV_PACKAGE_SUFFIXES: readonly string[] = ['-dev', '-devel'];

/** yum/dnf groups that pull a compiler toolchain (yum groupinstall "Development Tools", dnf group install development-tools). */
export const BUILD_TOOL_GROUPS: readonly string[] = ['development tools', 'development-tools', 'c development tools and libraries', 'c-development'];

/** Install scripts and downloads of language toolchains. */
export const TOOLCHAIN_DOWNLOADS: readonly { host: RegExp; label: string; paths: readonly string[]; remove: string }[] = [
  { host: /^https?:\/\/(sh\.rustup\.rs|static\.rust-lang\.org\/rustup)/, label: 'the Rust toolchain (rustup)', paths: ['/root/.rustup', '/root/.cargo', '/usr/local/rustup', '/usr/local/cargo'], remove: 'rustup self uninstall -y' },
  { host: /^https?:\/\/(go\.dev\/dl|golang\.org\/dl|dl\.google\.com\/go)\//, label: 'the Go toolchain', paths: ['/usr/local/go'], remove: 'rm -rf /usr/local/go' },
];

/** Where build tools live on disk (for image checks). */
export const BUILD_TOOL_PATHS: readonly string[] = [
  '/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/cc', '/usr/bin/c++', '/usr/bin/clang', '/usr/bin/make', '/usr/bin/cmake', '/usr/bin/ld',
  '/usr/include', '/usr/lib/gcc', '/usr/libexec/gcc', '/usr/lib64/gcc', '/usr/local/include',
  '/usr/local/go', '/root/.rustup', '/root/.cargo', '/usr/local/cargo', '/usr/local/rustup',
];

export function isBuildToolPackage(name: string): boolean {
  const n = name.toLowerCase().replace(/:[a-z0-9]+$/, ''); // libc6-dev:amd64
  if (BUILD_TOOL_PACKAGES.includes(n)) return true;
  if (DEV_PACKAGE_SUFFIXES.some((s) => n.endsWith(s) && n.length > s.length)) return true;
  // yum/dnf groups written as @development-tools or @"Development Tools"
  if (n.startsWith('@') && BUILD_TOOL_GROUPS.includes(n.slice(1))) return true;
  return false;
}
