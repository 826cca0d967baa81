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

/**
 * Build tools in an image's filesystem (image check of LL305), grouped for the message. `trigger`: the
 * group alone makes the image report; the others (headers, pkg-config files, binutils) only add their
 * bytes to a report, because -devel headers or `ld` without a compiler are also pulled in by runtime
 * packages and are small. Paths: Debian/Ubuntu, Amazon Linux/Fedora (/usr/libexec/gcc), Alpine, the
 * official golang and rust images (/usr/local/go, /usr/local/cargo, /usr/local/rustup) and rustup's defaults.
 */
export const BUILD_TOOL_FILES: readonly { label: string; re: RegExp; trigger: boolean }[] = [
  { label: 'C/C++ compiler', re: /^\/usr\/(local\/)?bin\/(gcc|g\+\+|c\+\+|cc|cpp|gfortran|gcc-\d+|g\+\+-\d+|cpp-\d+|[a-z0-9_]+-(linux|amazon-linux|alpine-linux)-[a-z-]*(gcc|g\+\+|c\+\+|cpp)(-\d+)?|clang|clang\+\+|clang-\d+)$/, trigger: true },
  { label: 'gcc internals (cc1, collect2, crt)', re: /^\/usr\/(lib|lib64|libexec)\/gcc\//, trigger: true },
  { label: 'LLVM', re: /^\/usr\/lib\/llvm-?\d*\//, trigger: true },
  { label: 'make/cmake', re: /^\/usr\/(local\/)?bin\/(make|gmake|cmake|cmake3|ctest|cpack|ninja)$|^\/usr\/share\/cmake[^/]*\//, trigger: true },
  { label: 'Rust toolchain', re: /^\/(root|home\/[^/]+)\/\.rustup\/|^\/(root|home\/[^/]+)\/\.cargo\/bin\/|^\/usr\/local\/rustup\/|^\/usr\/local\/cargo\/bin\/|^\/usr\/(local\/)?bin\/(rustc|cargo)$/, trigger: true },
  { label: 'Go toolchain', re: /^\/usr\/local\/go\/|^\/usr\/lib\/go(lang|-[0-9.]+)?\/|^\/usr\/(local\/)?bin\/go$/, trigger: true },
  { label: 'headers and pkg-config files', re: /^\/usr\/(local\/)?include\/|^\/usr\/(local\/)?(lib|lib64|share)\/pkgconfig\//, trigger: false },
  { label: 'binutils (ld, as)', re: /^\/usr\/bin\/(ld|ld\.bfd|ld\.gold|as|[a-z0-9_]+-linux-gnu-(ld|as))$/, trigger: false },
];

export function buildToolGroupOf(path: string): (typeof BUILD_TOOL_FILES)[number] | undefined {
  return BUILD_TOOL_FILES.find((g) => g.re.test(path));
}
