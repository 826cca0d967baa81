/**
 * Built-image equivalents of the reference configurations (fixtures/estimates/*): the same function on the same
 * base, as layers a real build would produce, with big files faked by repeated bytes (real bytes in the image,
 * a few MB of gzip on disk). The AWS base part imitates public.ecr.aws/lambda/<runtime> (history `ADD file:...
 * in /`, ENV LAMBDA_TASK_ROOT, `ENTRYPOINT ["/lambda-entrypoint.sh"]`, /var/lang/bin/<runtime>); sizes are the
 * reference article's ("about 580 MB" ...), which are illustrative: the numpy + pandas image is 1.2 GB because
 * the article says so, although today's wheels install in ~150 MB.
 */
import type { FakeFile, FakeImage, FakeLayer, HistoryItem } from './image-builder.js';

const MB = 1e6;
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
const exe = (path: string, size: number): FakeFile => ({ path, size, body: ELF, mode: 0o755, fill: 0x90 });
const lib = (path: string, size: number): FakeFile => ({ path, size, body: ELF, fill: 0x00 });
const data = (path: string, size: number): FakeFile => ({ path, size, fill: 0x20 });
const text = (path: string, body: string, mode = 0o644): FakeFile => ({ path, body, mode });
/** `total` bytes spread over `n` files named by `name(i)`. */
const spread = (total: number, n: number, name: (i: number) => string, make = data): FakeFile[] =>
  Array.from({ length: n }, (_, i) => make(name(i), Math.floor(total / n)));
const sizeOf = (files: FakeFile[]) => files.reduce((n, f) => n + Math.max(f.size ?? 0, typeof f.body === 'string' ? Buffer.byteLength(f.body) : f.body?.length ?? 0), 0);
/** Pads a layer with one more file so its files add up to `total` bytes. */
const upTo = (total: number, files: FakeFile[], pad: (size: number) => FakeFile): FakeFile[] => [...files, pad(Math.max(0, total - sizeOf(files)))];

const layer = (createdBy: string, files: FakeFile[]): FakeLayer => ({ createdBy, files });
const empty = (createdBy: string): HistoryItem => ({ createdBy, empty: true });
const hex = (seed: string) => seed.repeat(64).slice(0, 64);

const AWS_ENV = [
  'LANG=en_US.UTF-8',
  'TZ=:/etc/localtime',
  'PATH=/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
  'LD_LIBRARY_PATH=/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
  'LAMBDA_TASK_ROOT=/var/task',
  'LAMBDA_RUNTIME_DIR=/var/runtime',
];

/** The Amazon Linux 2023 OS layer every AWS base starts with (~110 MB). */
const AL2023 = layer(`ADD file:${hex('a1')} in / `, [
  exe('/usr/bin/bash', 1_400_000),
  lib('/usr/lib64/libc.so.6', 2_400_000),
  lib('/usr/lib64/libcrypto.so.3.0.8', 4_600_000),
  lib('/usr/lib64/libstdc++.so.6.0.29', 2_300_000),
  data('/usr/lib/locale/locale-archive', 60_000_000),
  ...spread(39_300_000, 6, (i) => `/usr/share/doc/pkg${i}/README`),
  text('/etc/os-release', 'NAME="Amazon Linux"\nVERSION="2023"\n'),
]);

/** The runtime interface emulator and entrypoint script, the last layer of every AWS base (~10 MB). */
const RIE = layer(`ADD file:${hex('c3')} in / `, [
  text('/lambda-entrypoint.sh', '#!/bin/sh\nexec /var/runtime/bootstrap "$@"\n', 0o755),
  exe('/usr/local/bin/aws-lambda-rie', 9_800_000),
]);

function awsBase(runtimeLayer: FakeLayer): HistoryItem[] {
  return [
    AL2023,
    empty('CMD ["/bin/bash"]'),
    ...AWS_ENV.map((e) => empty(`ENV ${e}`)),
    empty('WORKDIR /var/task'),
    runtimeLayer,
    RIE,
    empty('ENTRYPOINT ["/lambda-entrypoint.sh"]'),
  ];
}
const BASE_FIXED = sizeOf(AL2023.files) + sizeOf(RIE.files);

const PY_SITE = '/var/lang/lib/python3.12/site-packages';
/** public.ecr.aws/lambda/python:3.12, about 580 MB. */
const PYTHON_312 = awsBase(
  layer(
    `ADD file:${hex('b2')} in / `,
    upTo(580 * MB - BASE_FIXED, [
      exe('/var/lang/bin/python3.12', 17_000),
      lib('/var/lang/lib/libpython3.12.so.1.0', 28_000_000),
      ...spread(180_000_000, 12, (i) => `/var/lang/lib/python3.12/lib-dynload/_mod${i}.cpython-312-x86_64-linux-gnu.so`, lib),
      text(`${PY_SITE}/awslambdaric/__init__.py`, '__version__ = "2.2.1"\n'),
      text(`${PY_SITE}/boto3/__init__.py`, '__version__ = "1.34.145"\n'),
      text(`${PY_SITE}/botocore/__init__.py`, '__version__ = "1.34.145"\n'),
      ...spread(85_000_000, 5, (i) => `${PY_SITE}/botocore/data/service${i}/service-2.json`),
      text('/var/runtime/bootstrap', '#!/bin/bash\nexec /var/lang/bin/python3.12 -m awslambdaric "$_HANDLER"\n', 0o755),
    ], (n) => data('/var/lang/lib/python3.12/stdlib.bundle', n)),
  ),
);

/** public.ecr.aws/lambda/nodejs:20, about 490 MB. */
const NODE_20 = awsBase(
  layer(
    `ADD file:${hex('b3')} in / `,
    upTo(490 * MB - BASE_FIXED, [
      exe('/var/lang/bin/node', 98_000_000),
      text('/var/runtime/index.mjs', 'export {};\n'),
      text('/var/runtime/node_modules/@aws-sdk/client-s3/package.json', '{"name":"@aws-sdk/client-s3","version":"3.596.0"}'),
      text('/var/runtime/node_modules/@aws-sdk/client-dynamodb/package.json', '{"name":"@aws-sdk/client-dynamodb","version":"3.596.0"}'),
      ...spread(200_000_000, 10, (i) => `/var/runtime/node_modules/@aws-sdk/client-s3/dist-cjs/chunk${i}.js`),
      text('/var/runtime/bootstrap', '#!/bin/sh\nexec /var/lang/bin/node /var/runtime/index.mjs\n', 0o755),
    ], (n) => data('/var/lang/include/node/headers.bundle', n)),
  ),
);

/** public.ecr.aws/lambda/java:21 (Corretto 21), about 540 MB. */
const JAVA_21 = awsBase(
  layer(
    `ADD file:${hex('b4')} in / `,
    upTo(540 * MB - BASE_FIXED, [
      exe('/var/lang/bin/java', 13_000),
      lib('/var/lang/lib/server/libjvm.so', 22_000_000),
      data('/var/lang/lib/modules', 140_000_000),
      data('/var/runtime/lib/aws-lambda-java-runtime-interface-client-2.6.0-linux-x86_64.jar', 900_000),
      text('/var/runtime/bootstrap', '#!/bin/sh\nexec /var/lang/bin/java -cp "/var/runtime/lib/*" com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$_HANDLER"\n', 0o755),
    ], (n) => data('/var/lang/lib/ct.sym', n)),
  ),
);

/** public.ecr.aws/lambda/dotnet:8, about 540 MB. */
const DOTNET_8 = awsBase(
  layer(
    `ADD file:${hex('b5')} in / `,
    upTo(540 * MB - BASE_FIXED, [
      exe('/var/lang/bin/dotnet', 75_000),
      ...spread(70_000_000, 7, (i) => `/var/lang/bin/shared/Microsoft.NETCore.App/8.0.11/System.Private${i}.dll`),
      data('/var/runtime/Amazon.Lambda.RuntimeSupport.dll', 350_000),
      text('/var/runtime/bootstrap', '#!/bin/sh\nexec /var/lang/bin/dotnet /var/runtime/Amazon.Lambda.RuntimeSupport.dll "$_HANDLER"\n', 0o755),
    ], (n) => data('/var/lang/bin/shared/Microsoft.AspNetCore.App/8.0.11/bundle.dll', n)),
  ),
);

const T = '/var/task';
const so = (pkg: string, name: string) => `${T}/${pkg}/${name}.cpython-312-x86_64-linux-gnu.so`;

export interface Equivalent {
  /** Same name as the Dockerfile fixture in fixtures/estimates/. */
  name: string;
  /** The reference's "about" size when it gives one. */
  aboutBytes?: number;
  image: FakeImage;
}

export const EQUIVALENTS: Equivalent[] = [
  {
    name: 'python-base',
    aboutBytes: 580 * MB,
    image: {
      history: [...PYTHON_312, layer('COPY app.py /var/task/ # buildkit', [text(`${T}/app.py`, 'def handler(event, context):\n    return {"ok": True}\n')]), empty('CMD ["app.handler"]')],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'] },
    },
  },
  {
    name: 'python-numpy-pandas',
    aboutBytes: 1200 * MB,
    image: {
      history: [
        ...PYTHON_312,
        layer('COPY requirements.txt /var/task/ # buildkit', [text(`${T}/requirements.txt`, 'numpy==2.1.3\npandas==2.2.3\nboto3\n')]),
        layer('RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt --target "${LAMBDA_TASK_ROOT}" # buildkit', [
          text(`${T}/numpy/__init__.py`, '__version__ = "2.1.3"\n'),
          lib(so('numpy/_core', '_multiarray_umath'), 110_000_000),
          lib(`${T}/numpy.libs/libscipy_openblas64_-ff651d7f.so`, 160_000_000),
          ...spread(30_000_000, 30, (i) => `${T}/numpy/_core/tests/test_${i}.py`),
          text(`${T}/pandas/__init__.py`, '__version__ = "2.2.3"\n'),
          ...spread(200_000_000, 10, (i) => so('pandas/_libs', `mod${i}`), lib),
          ...spread(80_000_000, 40, (i) => `${T}/pandas/tests/test_${i}.py`),
          text(`${T}/dateutil/__init__.py`, ''),
          text(`${T}/pytz/__init__.py`, ''),
          data(`${T}/tzdata/zoneinfo.bundle`, 40_000_000),
        ]),
        layer('COPY app.py /var/task/ # buildkit', [text(`${T}/app.py`, 'import numpy as np\nimport pandas as pd\n\ndef handler(event, context):\n    return int(pd.Series(np.arange(3)).sum())\n')]),
        empty('CMD ["app.handler"]'),
      ],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'] },
    },
  },
  {
    name: 'python-pytorch',
    aboutBytes: 3000 * MB,
    image: {
      history: [
        ...PYTHON_312,
        layer('COPY requirements.txt /var/task/ # buildkit', [text(`${T}/requirements.txt`, '--extra-index-url https://download.pytorch.org/whl/cpu\ntorch==2.5.1\ntransformers==4.46.3\nnumpy\n')]),
        layer('RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt --target "${LAMBDA_TASK_ROOT}" # buildkit', [
          text(`${T}/torch/__init__.py`, ''),
          text(`${T}/torch/version.py`, "__version__ = '2.5.1+cpu'\n"),
          lib(`${T}/torch/lib/libtorch_cpu.so`, 800_000_000),
          ...spread(160_000_000, 8, (i) => `${T}/torch/lib/libdep${i}.so`, lib),
          text(`${T}/transformers/__init__.py`, '__version__ = "4.46.3"\n'),
          ...spread(90_000_000, 30, (i) => `${T}/transformers/models/m${i}/modeling.py`),
          text(`${T}/tokenizers/__init__.py`, ''),
          lib(so('tokenizers', 'tokenizers'), 9_000_000),
          text(`${T}/numpy/__init__.py`, '__version__ = "2.1.3"\n'),
          lib(so('numpy/_core', '_multiarray_umath'), 40_000_000),
          text(`${T}/sympy/__init__.py`, ''),
          ...spread(70_000_000, 20, (i) => `${T}/sympy/mod${i}.py`),
          text(`${T}/networkx/__init__.py`, ''),
          data(`${T}/networkx/algorithms.bundle`, 12_000_000),
        ]),
        layer('COPY model/ /var/task/model/ # buildkit', [data(`${T}/model/model.safetensors`, 1_240_000_000), text(`${T}/model/config.json`, '{"model_type":"bert"}')]),
        layer('COPY app.py /var/task/ # buildkit', [text(`${T}/app.py`, 'import torch\nfrom transformers import AutoModel\n\ndef handler(event, context):\n    return 0\n')]),
        empty('CMD ["app.handler"]'),
      ],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'] },
    },
  },
  {
    name: 'node-base',
    aboutBytes: 490 * MB,
    image: {
      history: [...NODE_20, layer('COPY index.mjs /var/task/ # buildkit', [text(`${T}/index.mjs`, 'export const handler = async () => ({ ok: true });\n')]), empty('CMD ["index.handler"]')],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['index.handler'] },
    },
  },
  {
    name: 'node-deps',
    aboutBytes: 800 * MB,
    image: {
      history: [
        ...NODE_20,
        layer('COPY package.json package-lock.json /var/task/ # buildkit', [text(`${T}/package.json`, '{"name":"render-report","type":"module"}'), text(`${T}/package-lock.json`, '{"lockfileVersion":3}')]),
        layer('RUN /bin/sh -c npm ci --omit=dev # buildkit', nodeModules()),
        layer('COPY index.mjs /var/task/ # buildkit', [text(`${T}/index.mjs`, "import chromium from '@sparticuz/chromium';\nexport const handler = async () => chromium.args;\n")]),
        empty('CMD ["index.handler"]'),
      ],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['index.handler'] },
    },
  },
  {
    name: 'java21-base',
    image: {
      history: [
        ...JAVA_21,
        layer('COPY target/classes /var/task # buildkit', [data(`${T}/example/Handler.class`, 1_400)]),
        layer('COPY target/dependency/* /var/task/lib/ # buildkit', [data(`${T}/lib/aws-lambda-java-core-1.2.3.jar`, 8_000)]),
        empty('CMD ["example.Handler::handleRequest"]'),
      ],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['example.Handler::handleRequest'] },
    },
  },
  {
    name: 'dotnet8-base',
    image: {
      history: [
        ...DOTNET_8,
        layer('COPY /app/publish /var/task # buildkit', [data(`${T}/Fn.dll`, 9_000), data(`${T}/Amazon.Lambda.Core.dll`, 30_000), data(`${T}/Amazon.Lambda.Serialization.SystemTextJson.dll`, 25_000), text(`${T}/Fn.deps.json`, '{}'), text(`${T}/Fn.runtimeconfig.json`, '{}')]),
        empty('CMD ["Fn::Fn.Function::FunctionHandler"]'),
      ],
      config: { Env: AWS_ENV, WorkingDir: T, Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['Fn::Fn.Function::FunctionHandler'] },
    },
  },
  {
    name: 'go-minimal',
    aboutBytes: 50 * MB,
    image: {
      history: [
        layer('ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit', [
          exe('/bin/busybox', 800_000),
          lib('/lib/ld-musl-x86_64.so.1', 650_000),
          lib('/lib/libcrypto.so.3', 4_500_000),
          lib('/lib/libssl.so.3', 700_000),
          ...spread(1_100_000, 5, (i) => `/etc/apk/f${i}`),
        ]),
        empty('CMD ["/bin/sh"]'),
        layer('RUN /bin/sh -c apk add --no-cache ca-certificates tzdata # buildkit', [data('/etc/ssl/certs/ca-certificates.crt', 220_000), data('/usr/share/zoneinfo/zones.bundle', 1_400_000)]),
        layer('COPY /out/bootstrap /bootstrap # buildkit', [exe('/bootstrap', 41_500_000)]),
        empty('ENTRYPOINT ["/bootstrap"]'),
      ],
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: ['/bootstrap'] },
    },
  },
];

/** node_modules of fixtures/estimates/node-deps after `npm ci --omit=dev` (~310 MB). */
function nodeModules(): FakeFile[] {
  const nm = `${T}/node_modules`;
  const pkg = (name: string, version: string, files: FakeFile[]): FakeFile[] => [text(`${nm}/${name}/package.json`, JSON.stringify({ name, version })), ...files];
  return [
    ...pkg('@sparticuz/chromium', '131.0.1', [data(`${nm}/@sparticuz/chromium/bin/chromium.br`, 62_000_000), data(`${nm}/@sparticuz/chromium/bin/al2023.tar.br`, 4_000_000)]),
    ...pkg('aws-sdk', '2.1691.0', spread(92_000_000, 20, (i) => `${nm}/aws-sdk/apis/service${i}.min.json`)),
    ...pkg('sharp', '0.33.5', [data(`${nm}/sharp/lib/index.js`, 300_000)]),
    ...pkg('@img/sharp-libvips-linux-x64', '1.0.4', [lib(`${nm}/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.42`, 33_000_000)]),
    ...pkg('@prisma/client', '5.22.0', [data(`${nm}/@prisma/client/runtime/library.js`, 8_000_000)]),
    ...pkg('.prisma/client', '0.0.0', [lib(`${nm}/.prisma/client/libquery_engine-rhel-openssl-3.0.x.so.node`, 48_000_000)]),
    ...pkg('puppeteer-core', '23.10.4', spread(9_000_000, 5, (i) => `${nm}/puppeteer-core/lib/cjs/chunk${i}.js`)),
    ...pkg('devtools-protocol', '0.0.1367902', [data(`${nm}/devtools-protocol/json/browser_protocol.json`, 5_000_000)]),
    ...pkg('date-fns', '4.1.0', spread(32_000_000, 16, (i) => `${nm}/date-fns/locale/l${i}.js`)),
    ...pkg('lodash', '4.17.21', [data(`${nm}/lodash/lodash.js`, 5_400_000)]),
    ...pkg('axios', '1.7.9', [data(`${nm}/axios/dist/axios.js`, 2_100_000)]),
    ...pkg('uuid', '11.0.3', [data(`${nm}/uuid/dist/index.js`, 140_000)]),
    ...pkg('zod', '3.24.1', [data(`${nm}/zod/lib/index.js`, 660_000)]),
    ...pkg('follow-redirects', '1.15.9', [data(`${nm}/follow-redirects/index.js`, 30_000)]),
    ...pkg('form-data', '4.0.1', [data(`${nm}/form-data/lib/form_data.js`, 15_000)]),
  ];
}
