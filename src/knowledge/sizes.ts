/**
 * Uncompressed on-disk sizes used by the Dockerfile size estimator (src/estimate/size.ts).
 *
 * Units: MB = 1,000,000 bytes (as `docker images` prints). Every figure is a RANGE [low, high].
 *
 * Sources and their strength:
 * - 'article': the reference article this project grew from. Illustrative and unverified: no AWS page or public benchmark gives its figures.
 * - 'observed': typical `docker images` / `du -sh site-packages/<pkg>` figures for recent releases
 *   (2024-2026, linux x86_64 manylinux wheels). Not an official number: releases move them; the
 *   range is meant to cover the last few releases.
 * - 'wheel': PyPI/npm download size of the artifact (https://pypi.org/project/<name>/#files,
 *   https://www.npmjs.com/package/<name> "Unpacked Size") times the usual expansion on install.
 * - 'assumption': a stated guess; the estimator repeats the assumption in its output.
 * When a release changes a size by more than the range, update the range here, never in code.
 */
import { normalizePyName } from './python-names.js';

export type MB = [low: number, high: number];

export interface BaseImageSize {
  /** Matches the repository (without registry/library/) and tag. */
  repo: RegExp;
  tag?: RegExp;
  label: string;
  mb: MB;
  /** True for AWS base images: Lambda pre-caches their layers (https://aws.amazon.com/blogs/compute/optimizing-lambda-functions-packaged-as-container-images/). */
  aws: boolean;
  source: string;
}

const ARTICLE = 'reference article figure (illustrative and unverified: no AWS page or public benchmark gives it)';
const OBSERVED_HUB = 'observed `docker images` size of the Docker Hub / registry image (range covers recent tags)';
const AWS_OBSERVED = 'assumption from observed `docker images` sizes of public.ecr.aws/lambda images (layers are Git LFS in aws/aws-lambda-base-images, not readable)';

/** AWS base images (public.ecr.aws/lambda/<family>:<tag>), by family and tag. First match wins. */
export const AWS_BASE_SIZES: readonly BaseImageSize[] = [
  { repo: /python$/, tag: /^3\.1[2-9]/, label: 'AWS Lambda Python (AL2023)', mb: [500, 620], aws: true, source: `${ARTICLE}: python3.12 ~580 MB; ${AWS_OBSERVED}` },
  { repo: /python$/, label: 'AWS Lambda Python (AL2)', mb: [550, 800], aws: true, source: AWS_OBSERVED },
  { repo: /nodejs$/, tag: /^(2\d)/, label: 'AWS Lambda Node.js (AL2023)', mb: [420, 540], aws: true, source: `${ARTICLE}: nodejs20 ~490 MB; ${AWS_OBSERVED}` },
  { repo: /nodejs$/, label: 'AWS Lambda Node.js (AL2)', mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /java$/, label: 'AWS Lambda Java (Corretto)', mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /dotnet$/, label: 'AWS Lambda .NET', mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /ruby$/, label: 'AWS Lambda Ruby', mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /provided$/, tag: /^al2023/, label: 'AWS Lambda provided.al2023 (OS only)', mb: [90, 150], aws: true, source: AWS_OBSERVED },
  { repo: /provided$/, label: 'AWS Lambda provided.al2 (OS only)', mb: [130, 220], aws: true, source: AWS_OBSERVED },
  { repo: /go$/, label: 'AWS Lambda go1.x (AL1, deprecated)', mb: [200, 350], aws: true, source: AWS_OBSERVED },
];

/** Common custom bases (repository without `library/`). First match wins. */
export const CUSTOM_BASE_SIZES: readonly BaseImageSize[] = [
  { repo: /^python$/, tag: /alpine/, label: 'python (alpine)', mb: [45, 70], aws: false, source: OBSERVED_HUB },
  { repo: /^python$/, tag: /slim/, label: 'python (slim)', mb: [115, 160], aws: false, source: OBSERVED_HUB },
  { repo: /^python$/, label: 'python (full Debian)', mb: [900, 1150], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, tag: /alpine/, label: 'node (alpine)', mb: [120, 175], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, tag: /slim/, label: 'node (slim)', mb: [180, 260], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, label: 'node (full Debian)', mb: [950, 1200], aws: false, source: OBSERVED_HUB },
  { repo: /^debian$/, tag: /slim/, label: 'debian (slim)', mb: [70, 90], aws: false, source: OBSERVED_HUB },
  { repo: /^debian$/, label: 'debian', mb: [110, 145], aws: false, source: OBSERVED_HUB },
  { repo: /^ubuntu$/, label: 'ubuntu', mb: [70, 85], aws: false, source: OBSERVED_HUB },
  { repo: /(^|\/)amazonlinux$/, tag: /^2$|^2\./, label: 'amazonlinux:2', mb: [150, 180], aws: false, source: OBSERVED_HUB },
  { repo: /(^|\/)amazonlinux$/, label: 'amazonlinux:2023', mb: [130, 160], aws: false, source: OBSERVED_HUB },
  { repo: /^alpine$/, label: 'alpine', mb: [7, 9], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/static/, label: 'distroless static', mb: [1.5, 3], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/(base|cc)/, label: 'distroless base/cc', mb: [18, 35], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/python/, label: 'distroless python', mb: [45, 60], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/nodejs/, label: 'distroless nodejs', mb: [120, 180], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/java/, label: 'distroless java', mb: [200, 260], aws: false, source: OBSERVED_HUB },
  { repo: /^(eclipse-temurin|amazoncorretto|openjdk)$/, tag: /jre/, label: 'Java JRE', mb: [200, 300], aws: false, source: OBSERVED_HUB },
  { repo: /^(eclipse-temurin|amazoncorretto|openjdk)$/, label: 'Java JDK', mb: [350, 500], aws: false, source: OBSERVED_HUB },
  { repo: /dotnet\/(runtime|aspnet)/, label: '.NET runtime', mb: [180, 240], aws: false, source: OBSERVED_HUB },
  { repo: /dotnet\/sdk/, label: '.NET SDK', mb: [750, 900], aws: false, source: OBSERVED_HUB },
  { repo: /^ruby$/, tag: /slim|alpine/, label: 'ruby (slim)', mb: [70, 220], aws: false, source: OBSERVED_HUB },
  { repo: /^ruby$/, label: 'ruby (full Debian)', mb: [900, 1100], aws: false, source: OBSERVED_HUB },
  { repo: /^golang$/, tag: /alpine/, label: 'golang (alpine)', mb: [230, 320], aws: false, source: OBSERVED_HUB },
  { repo: /^golang$/, label: 'golang', mb: [750, 900], aws: false, source: OBSERVED_HUB },
  { repo: /^rust$/, label: 'rust', mb: [700, 1600], aws: false, source: OBSERVED_HUB },
];

export type Ecosystem = 'pip' | 'npm' | 'os';

export interface PackageSize {
  /** Canonical key (PyPI name normalised to lower-case with '-', npm name, OS package label). */
  key: string;
  ecosystem: Ecosystem;
  /** Names that select this entry (apt/dnf/apk names for OS packages, aliases for pip/npm). */
  names: readonly string[];
  label: string;
  /** Installed size, with the dependencies it always pulls unless listed in `pulls`. */
  mb: MB;
  /** Other entries (keys) that installing this one pulls in. */
  pulls?: readonly string[];
  source: string;
  /** Shipped by the AWS base image of this runtime family (count 0 there). */
  inAwsBase?: 'python' | 'nodejs';
}

const WHEEL = 'PyPI manylinux x86_64 wheel size x install expansion; observed du of site-packages';
const NPM = 'npm "Unpacked Size" plus platform binaries; observed du of node_modules';
const OS = 'observed installed size reported by dnf/apt (with dependencies) on AL2023 / Debian bookworm';

/** Heavy packages people put in Lambda images. Generic packages use GENERIC_PACKAGE_MB. */
export const PACKAGE_SIZES: readonly PackageSize[] = [
  // Python
  { key: 'numpy', ecosystem: 'pip', names: ['numpy'], label: 'numpy', mb: [35, 75], source: `${WHEEL} (numpy + numpy.libs OpenBLAS)` },
  { key: 'pandas', ecosystem: 'pip', names: ['pandas'], label: 'pandas (+ dateutil, pytz, tzdata)', mb: [60, 90], pulls: ['numpy'], source: WHEEL },
  { key: 'scipy', ecosystem: 'pip', names: ['scipy'], label: 'scipy', mb: [90, 140], pulls: ['numpy'], source: WHEEL },
  { key: 'scikit-learn', ecosystem: 'pip', names: ['scikit-learn', 'sklearn'], label: 'scikit-learn (+ joblib, threadpoolctl)', mb: [35, 60], pulls: ['numpy', 'scipy'], source: WHEEL },
  { key: 'pyarrow', ecosystem: 'pip', names: ['pyarrow'], label: 'pyarrow', mb: [110, 170], source: WHEEL },
  { key: 'polars', ecosystem: 'pip', names: ['polars'], label: 'polars', mb: [80, 160], source: WHEEL },
  { key: 'duckdb', ecosystem: 'pip', names: ['duckdb'], label: 'duckdb', mb: [40, 80], source: WHEEL },
  { key: 'torch-cpu', ecosystem: 'pip', names: [], label: 'torch (CPU-only wheel, + sympy, networkx, jinja2)', mb: [550, 900], source: `${WHEEL}; download.pytorch.org/whl/cpu wheel ~180-200 MB compressed` },
  { key: 'torch', ecosystem: 'pip', names: ['torch', 'pytorch'], label: 'torch (PyPI default: CUDA build + nvidia-* libraries + triton)', mb: [3500, 6000], source: `${WHEEL}; torch CUDA wheel ~800-900 MB plus nvidia-cudnn/cublas/... wheels ~2 GB compressed` },
  { key: 'torchvision', ecosystem: 'pip', names: ['torchvision'], label: 'torchvision', mb: [15, 40], source: WHEEL },
  { key: 'tensorflow', ecosystem: 'pip', names: ['tensorflow', 'tensorflow-cpu', 'tf-nightly'], label: 'tensorflow (+ keras, h5py, protobuf ...)', mb: [1000, 2200], pulls: ['numpy'], source: WHEEL },
  // pypi.org/project/xgboost: the Linux x86_64 wheel is 95-300 MB (GPU support built in), and pulls nvidia-nccl-cu12 there.
  { key: 'xgboost', ecosystem: 'pip', names: ['xgboost'], label: 'xgboost (Linux wheel with GPU support, + nvidia-nccl)', mb: [250, 700], pulls: ['numpy', 'scipy'], source: `${WHEEL}; xgboost Linux x86_64 wheel 95-300 MB compressed (pypi.org/project/xgboost)` },
  { key: 'lightgbm', ecosystem: 'pip', names: ['lightgbm'], label: 'lightgbm', mb: [5, 15], pulls: ['numpy', 'scipy'], source: WHEEL },
  // mlflow's own wheel carries its UI; it requires pandas, scikit-learn, scipy, pyarrow, matplotlib, sqlalchemy, flask ... (its pyproject.toml).
  { key: 'mlflow', ecosystem: 'pip', names: ['mlflow'], label: 'mlflow (+ its server, UI, sqlalchemy, alembic, flask ...)', mb: [60, 120], pulls: ['pandas', 'scikit-learn', 'pyarrow', 'matplotlib'], source: WHEEL },
  { key: 'transformers', ecosystem: 'pip', names: ['transformers'], label: 'transformers (+ tokenizers, huggingface-hub, safetensors, regex)', mb: [80, 150], pulls: ['numpy'], source: WHEEL },
  { key: 'sentence-transformers', ecosystem: 'pip', names: ['sentence-transformers'], label: 'sentence-transformers', mb: [2, 6], pulls: ['torch', 'transformers', 'scikit-learn'], source: WHEEL },
  { key: 'onnxruntime', ecosystem: 'pip', names: ['onnxruntime'], label: 'onnxruntime', mb: [40, 80], pulls: ['numpy'], source: WHEEL },
  { key: 'opencv', ecosystem: 'pip', names: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'], label: 'opencv-python', mb: [100, 200], pulls: ['numpy'], source: WHEEL },
  { key: 'matplotlib', ecosystem: 'pip', names: ['matplotlib'], label: 'matplotlib (+ fonttools, pillow, kiwisolver, contourpy)', mb: [60, 100], pulls: ['numpy'], source: WHEEL },
  { key: 'numba', ecosystem: 'pip', names: ['numba', 'llvmlite'], label: 'numba + llvmlite', mb: [100, 160], pulls: ['numpy'], source: WHEEL },
  { key: 'spacy', ecosystem: 'pip', names: ['spacy'], label: 'spacy (+ thinc, blis, srsly ...)', mb: [80, 160], pulls: ['numpy'], source: WHEEL },
  { key: 'playwright-py', ecosystem: 'pip', names: ['playwright'], label: 'playwright (Python package with its Node driver)', mb: [35, 60], source: WHEEL },
  { key: 'boto3', ecosystem: 'pip', names: ['boto3', 'botocore', 's3transfer', 'aioboto3'], label: 'boto3 + botocore', mb: [70, 110], source: WHEEL, inAwsBase: 'python' },
  { key: 'pillow', ecosystem: 'pip', names: ['pillow', 'pil'], label: 'pillow', mb: [8, 16], source: WHEEL },
  { key: 'lxml', ecosystem: 'pip', names: ['lxml'], label: 'lxml', mb: [12, 25], source: WHEEL },
  { key: 'cryptography', ecosystem: 'pip', names: ['cryptography'], label: 'cryptography', mb: [8, 16], source: WHEEL },
  { key: 'grpcio', ecosystem: 'pip', names: ['grpcio', 'grpcio-tools'], label: 'grpcio', mb: [15, 40], source: WHEEL },
  { key: 'langchain', ecosystem: 'pip', names: ['langchain', 'langchain-community'], label: 'langchain (+ langchain-core, sqlalchemy, aiohttp ...)', mb: [40, 100], source: WHEEL },
  // npm
  { key: 'aws-sdk', ecosystem: 'npm', names: ['aws-sdk'], label: 'aws-sdk (v2)', mb: [70, 110], source: NPM },
  { key: 'sharp', ecosystem: 'npm', names: ['sharp'], label: 'sharp (+ libvips binaries)', mb: [25, 45], source: NPM },
  { key: 'puppeteer', ecosystem: 'npm', names: ['puppeteer'], label: 'puppeteer (downloads Chrome for Testing)', mb: [280, 480], source: `${NPM}; Chrome for Testing linux64 unpacked ~300-400 MB` },
  { key: 'puppeteer-core', ecosystem: 'npm', names: ['puppeteer-core'], label: 'puppeteer-core (+ devtools-protocol)', mb: [8, 20], source: NPM },
  { key: 'sparticuz-chromium', ecosystem: 'npm', names: ['@sparticuz/chromium', 'chrome-aws-lambda', '@sparticuz/chromium-min'], label: '@sparticuz/chromium (brotli-packed Chromium)', mb: [55, 75], source: NPM },
  { key: 'playwright-npm', ecosystem: 'npm', names: ['playwright', 'playwright-core', '@playwright/test'], label: 'playwright-core (browsers not included)', mb: [6, 15], source: NPM },
  { key: 'prisma-client', ecosystem: 'npm', names: ['@prisma/client'], label: '@prisma/client (+ query engine)', mb: [30, 90], source: NPM },
  { key: 'prisma', ecosystem: 'npm', names: ['prisma'], label: 'prisma CLI (+ engines)', mb: [40, 90], source: NPM },
  { key: 'typescript', ecosystem: 'npm', names: ['typescript'], label: 'typescript', mb: [20, 25], source: NPM },
  { key: 'swc', ecosystem: 'npm', names: ['@swc/core'], label: '@swc/core', mb: [40, 70], source: NPM },
  { key: 'esbuild', ecosystem: 'npm', names: ['esbuild'], label: 'esbuild', mb: [8, 12], source: NPM },
  { key: 'next', ecosystem: 'npm', names: ['next'], label: 'next', mb: [90, 140], source: NPM },
  { key: 'tfjs-node', ecosystem: 'npm', names: ['@tensorflow/tfjs-node'], label: '@tensorflow/tfjs-node', mb: [250, 450], source: NPM },
  { key: 'onnxruntime-node', ecosystem: 'npm', names: ['onnxruntime-node'], label: 'onnxruntime-node', mb: [50, 200], source: NPM },
  { key: 'canvas', ecosystem: 'npm', names: ['canvas'], label: 'canvas (+ cairo binaries)', mb: [30, 60], source: NPM },
  { key: 'date-fns', ecosystem: 'npm', names: ['date-fns'], label: 'date-fns', mb: [20, 40], source: NPM },
  { key: 'lodash', ecosystem: 'npm', names: ['lodash'], label: 'lodash', mb: [4, 6], source: NPM },
  // OS packages (dnf / yum / microdnf / apt / apk names)
  { key: 'gcc', ecosystem: 'os', names: ['gcc', 'gcc-c++', 'g++', 'build-essential', 'build-base'], label: 'gcc toolchain', mb: [120, 300], source: OS },
  // make alone is small; cmake brings its data files (cmake-data on Debian).
  { key: 'make', ecosystem: 'os', names: ['make'], label: 'make', mb: [1, 3], source: OS },
  { key: 'cmake', ecosystem: 'os', names: ['cmake', 'cmake3'], label: 'cmake', mb: [30, 60], source: OS },
  { key: 'python-devel', ecosystem: 'os', names: ['python3-devel', 'python3-dev', 'python3.12-devel', 'python3.11-devel'], label: 'python3 headers', mb: [5, 40], source: OS },
  { key: 'git', ecosystem: 'os', names: ['git'], label: 'git', mb: [25, 60], source: OS },
  { key: 'chromium', ecosystem: 'os', names: ['chromium', 'chromium-browser', 'google-chrome-stable'], label: 'chromium (+ its libraries)', mb: [250, 450], source: OS },
  {
    key: 'chromium-deps', ecosystem: 'os',
    names: ['nss', 'libnss3', 'atk', 'at-spi2-atk', 'libatk1.0-0', 'libatk-bridge2.0-0', 'cups-libs', 'libcups2', 'libxkbcommon', 'libxkbcommon0', 'libXcomposite', 'libxcomposite1', 'libXdamage', 'libxdamage1', 'libXrandr', 'libxrandr2', 'mesa-libgbm', 'libgbm1', 'pango', 'libpango-1.0-0', 'alsa-lib', 'libasound2', 'gtk3', 'libgtk-3-0'],
    label: 'chromium system libraries (nss, atk, cups, gtk ...)', mb: [60, 180], source: OS,
  },
  { key: 'ffmpeg', ecosystem: 'os', names: ['ffmpeg'], label: 'ffmpeg', mb: [80, 250], source: OS },
  { key: 'libreoffice', ecosystem: 'os', names: ['libreoffice', 'libreoffice-core', 'libreoffice-writer'], label: 'libreoffice', mb: [400, 800], source: OS },
  { key: 'tesseract', ecosystem: 'os', names: ['tesseract', 'tesseract-ocr'], label: 'tesseract (+ English data)', mb: [30, 80], source: OS },
  { key: 'imagemagick', ecosystem: 'os', names: ['imagemagick', 'ImageMagick'], label: 'ImageMagick', mb: [30, 120], source: OS },
  { key: 'java-jdk', ecosystem: 'os', names: ['java-21-amazon-corretto-devel', 'java-17-amazon-corretto-devel', 'openjdk-17-jdk', 'openjdk-21-jdk', 'default-jdk'], label: 'Java JDK', mb: [250, 400], source: OS },
  { key: 'java-jre', ecosystem: 'os', names: ['java-21-amazon-corretto-headless', 'java-17-amazon-corretto-headless', 'openjdk-17-jre-headless', 'openjdk-21-jre-headless', 'default-jre-headless'], label: 'Java runtime', mb: [180, 260], source: OS },
  { key: 'nodejs-os', ecosystem: 'os', names: ['nodejs', 'nodejs20', 'nodejs22', 'npm'], label: 'Node.js (OS package)', mb: [50, 120], source: OS },
  { key: 'python-os', ecosystem: 'os', names: ['python3', 'python3.12', 'python3.11', 'python3-pip'], label: 'Python (OS package)', mb: [30, 120], source: OS },
  { key: 'small-tools', ecosystem: 'os', names: ['ca-certificates', 'tzdata', 'curl', 'wget', 'unzip', 'tar', 'gzip', 'zip', 'jq', 'findutils', 'shadow-utils', 'which', 'procps', 'procps-ng', 'openssl', 'libstdc++', 'libgcc'], label: 'small tools (ca-certificates, tzdata, curl ...)', mb: [0.5, 6], source: `${OS}; each counted separately` },
];

/** A package the tables do not know: its installed size with what it pulls (stated assumption). */
export const GENERIC_PACKAGE_MB: Record<'pip' | 'npm', MB> = {
  pip: [0.2, 15],
  npm: [0.2, 10],
};
export const GENERIC_PACKAGE_SOURCE = 'assumption: a package not in the size table, with its dependencies';

/** Artifacts a builder stage compiles (go build -o, cargo build, dotnet publish, mvn package ...). */
export const BUILD_ARTIFACT_MB: Record<'go' | 'cargo' | 'dotnet' | 'mvn' | 'gradle', MB> = {
  go: [6, 40], // assumption: statically linked Lambda handler binaries with the AWS SDK are typically 10-30 MB
  cargo: [2, 25], // assumption: release builds of lambda_runtime handlers
  dotnet: [1, 80], // assumption: framework-dependent publish is small, self-contained publish is 70+ MB
  mvn: [1, 120], // assumption: a jar / target folder, shaded jars with the AWS SDK reach ~100 MB
  gradle: [1, 120],
};
export const BUILD_ARTIFACT_SOURCE = 'assumption: typical compiled handler sizes (not measured here; the build output is not in the build context)';

/** Python package names as PEP 503 normalises them (the one normaliser, src/knowledge/python-names.ts). */
export const PIP_NAME_NORMALISE = normalizePyName;

const BY_NAME = new Map<string, PackageSize>();
for (const p of PACKAGE_SIZES) for (const n of p.names) BY_NAME.set(`${p.ecosystem}:${p.ecosystem === 'pip' ? PIP_NAME_NORMALISE(n) : n}`, p);
const BY_KEY = new Map(PACKAGE_SIZES.map((p) => [p.key, p]));

export function packageByName(ecosystem: Ecosystem, name: string): PackageSize | undefined {
  return BY_NAME.get(`${ecosystem}:${ecosystem === 'pip' ? PIP_NAME_NORMALISE(name) : name}`);
}

export function packageByKey(key: string): PackageSize | undefined {
  return BY_KEY.get(key);
}

export function baseImageSize(repository: string, tag: string | undefined, aws: boolean): BaseImageSize | undefined {
  const repo = repository.replace(/^library\//, '');
  const table = aws ? AWS_BASE_SIZES : CUSTOM_BASE_SIZES;
  return table.find((b) => b.repo.test(repo) && (!b.tag || b.tag.test(tag ?? '')));
}
