import rule from '../../rules/LL305-build-tools-in-final-image.js';
import { elf, imageRuleTester, type ImageLayer } from '../image-kit.js';
import { AWS_EP, AWS_PYTHON, PYTHON_SLIM } from './image-fixtures.js';

const CFG = { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' };
const APP = { 'var/task/app.py': 'def handler(e, c):\n    return 1\n' };
const bin = (extra = 0) => ({ body: elf(62, 64 + extra), mode: 0o755 });

/** `dnf install -y gcc python3-devel` in miniature (the history-layers fixture's paths). */
const GCC: ImageLayer = {
  'usr/bin/gcc': bin(1000),
  'usr/libexec/gcc/x86_64-amazon-linux/11/cc1': bin(10_000),
  'usr/lib/gcc/x86_64-amazon-linux/11/crtbegin.o': 'x'.repeat(500),
  'usr/include/python3.12/Python.h': '#include "patchlevel.h"\n'.repeat(100),
  'usr/lib64/pkgconfig/python3.pc': 'prefix=/usr\n',
};

const PY_DF = 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y gcc python3-devel && dnf clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'AWS base with the function only', image: { config: CFG, layers: [AWS_PYTHON, APP] } },
      {
        name: 'headers and pkg-config files without a compiler (a -devel package pulled in at run time)',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'usr/include/ffi.h': 'x'.repeat(4000), 'usr/lib64/pkgconfig/libffi.pc': 'x' }] },
      },
      { name: 'binutils alone (ctypes.util.find_library falls back to ld)', image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'usr/bin/ld': bin(), 'usr/bin/ld.bfd': bin() }] } },
      {
        name: 'compiled artifacts copied from a builder stage: .so files and a binary, no toolchain',
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/task/numpy/core/_multiarray_umath.cpython-312-x86_64-linux-gnu.so': elf(62, 4000), 'var/task/bootstrap': bin(), ...APP }] },
      },
      {
        name: 'look-alikes: a gcc runtime library, a tool named make in the task root, Go source in site-packages',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'usr/lib64/libgcc_s.so.1': elf(62), 'var/task/make': bin(), 'var/lang/lib/python3.12/site-packages/go/__init__.py': '' }] } },
      {
        name: 'with the Dockerfile: dnf installs gcc, but the image shows it removed (quiet: the image is exact)',
        dockerfile: PY_DF,
        image: { config: CFG, layers: [AWS_PYTHON, { 'var/cache/dnf/x': '' }, APP] },
      },
      {
        name: 'compiler installed and deleted by a later layer: not in the final filesystem (LL304 counts the waste)',
        image: { config: CFG, layers: [AWS_PYTHON, GCC, { 'usr/bin/.wh.gcc': '', 'usr/libexec/.wh.gcc': '', 'usr/lib/.wh.gcc': '' }, APP] },
      },
    ],
    invalid: [
      {
        name: 'gcc, cc1 and the Python headers (the history-layers fixture)',
        image: { config: CFG, layers: [AWS_PYTHON, GCC, APP] },
        errors: [
          {
            messageId: 'imageBuildTools',
            severity: 'warning',
            layer: 1,
            message: /^The image ships build tools that only compiling needs: gcc internals \(cc1, collect2, crt\) 11 KB \(\/usr\/libexec\/gcc\/x86_64-amazon-linux\/11\/cc1\), C\/C\+\+ compiler 1\.1 KB \(\/usr\/bin\/gcc\), headers and pkg-config files 2\.4 KB; .* in 5 files \(layer 2 of 3\)\.$/,
          },
        ],
      },
      {
        name: 'make and cmake alone',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'usr/bin/make': bin(), 'usr/bin/cmake': bin(), 'usr/share/cmake-3.22/Modules/FindPython.cmake': 'x' }] },
        errors: [{ messageId: 'imageBuildTools', message: /make\/cmake .* in 3 files/ }],
      },
      {
        name: 'a Rust toolchain from rustup',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc': bin(5000), 'root/.cargo/bin/cargo': bin() }] },
        errors: [{ messageId: 'imageBuildTools', message: /Rust toolchain 5\.3 KB/ }],
      },
      {
        name: 'the Go toolchain in /usr/local/go',
        image: { config: CFG, layers: [AWS_PYTHON, { ...APP, 'usr/local/go/bin/go': bin(3000), 'usr/local/go/pkg/tool/linux_amd64/compile': bin(3000), 'usr/local/go/src/fmt/print.go': 'package fmt\n' }] },
        errors: [{ messageId: 'imageBuildTools', message: /Go toolchain .* \(\/usr\/local\/go\/bin\/go\)/ }],
      },
      {
        name: 'a Debian full base image ships gcc and headers (python:3.12, not -slim)',
        image: {
          config: { Entrypoint: ['/usr/local/bin/python', '-m', 'awslambdaric'], Cmd: ['app.handler'], WorkingDir: '/var/task' },
          layers: [{ ...PYTHON_SLIM, 'usr/bin/x86_64-linux-gnu-gcc-12': bin(2000), 'usr/bin/gcc': { type: 'symlink', linkname: 'gcc-12' }, 'usr/bin/gcc-12': { type: 'symlink', linkname: 'x86_64-linux-gnu-gcc-12' }, 'usr/include/stdio.h': 'x'.repeat(3000) }, APP],
        },
        errors: [{ messageId: 'imageBuildTools', layer: 0, message: /layer 1 of 2/ }],
      },
      {
        name: 'tools spread over two layers: both named, the bigger one carries the finding',
        image: { config: CFG, layers: [AWS_PYTHON, { 'usr/bin/make': bin() }, GCC, APP] },
        errors: [{ messageId: 'imageBuildTools', layer: 2, message: /layer 2, 3 of 4/ }],
      },
      {
        name: 'with the Dockerfile: one finding, on the RUN line that installed them',
        dockerfile: PY_DF,
        image: { config: CFG, layers: [AWS_PYTHON, GCC, APP] },
        errors: [{ messageId: 'imageBuildTools', line: 2, layer: 1 }],
      },
      {
        name: 'from history: the image evidence only, not the rebuilt RUN',
        image: { config: CFG, layers: [AWS_PYTHON, GCC, APP], history: ['ADD file:0f3a6c1b2d in / ', '/bin/sh -c dnf install -y gcc python3-devel', 'COPY app.py /var/task/ # buildkit'] },
        errors: [{ messageId: 'imageBuildTools', layer: 1 }],
      },
    ],
  },
  { messages: ['imageBuildTools'] },
);
