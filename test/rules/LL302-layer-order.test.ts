import rule from '../../rules/LL302-layer-order.js';
import { ruleTester } from '../kit.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.12\n';
const NODE = 'FROM public.ecr.aws/lambda/nodejs:20\n';

ruleTester(rule, {
  valid: [
    {
      name: 'requirements files of any name, each copied and installed in turn (cookiecutter-django layout)',
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements/base.txt .\nRUN pip install --no-cache-dir -r base.txt\nCOPY requirements/local.txt .\nRUN pip install --no-cache-dir -r local.txt\nCOPY app /app\nCMD ["python", "main.py"]\n',
    },
    {
      name: "uv's two-step pattern: dependencies from the manifests, then the project after the code",
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:0.5.1 /uv /bin/\nRUN --mount=type=bind,source=uv.lock,target=uv.lock \\\n    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \\\n    uv sync --locked --no-install-project --no-dev\nCOPY . ${LAMBDA_TASK_ROOT}\nRUN uv sync --locked --no-dev\nCMD ["app.handler"]\n',
    },
    {
      name: "Poetry's two-step pattern: install --no-root, then install after the code",
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root --only main\nCOPY . .\nRUN poetry install --only main\n',
    },
    { name: 'CA certificates copied into /etc before an install are not application code', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY certs/* /etc/pki/ca-trust/source/anchors/\nRUN update-ca-trust extract\nRUN pip install pip-system-certs==5.3\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'LICENSE and README copied before the install are documents, not code', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY LICENSE README.md ${LAMBDA_TASK_ROOT}/\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'dotnet restore in the stage the publish stage is built FROM (the AWS .NET template)', dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS builder\nWORKDIR /src\nCOPY src/App/App.csproj App/\nRUN dotnet restore App/App.csproj\nCOPY src/App/ App/\n\nFROM builder AS publish\nRUN dotnet publish App/App.csproj -c Release -o /out\n\nFROM public.ecr.aws/lambda/dotnet:8\nCOPY --from=publish /out ${LAMBDA_TASK_ROOT}\nCMD ["App::App.Function::Handler"]\n' },
    { name: 'go mod download in a deps stage, go build in the stage built FROM it', dockerfile: 'FROM golang:1.23 AS deps\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n\nFROM deps AS build\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bootstrap .\n\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n' },
    { name: 'an install next to a script of the build context may need the code', dockerfile: 'FROM amazonlinux:2\nWORKDIR /package\nCOPY . .\nRUN amazon-linux-extras enable python3.8 && yum install -y zip && ./package.sh\n' },
    {
      name: 'a package list copied to /tmp for a system install is not code',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nCOPY chrome-deps.txt /tmp/\nRUN dnf install -y $(cat /tmp/chrome-deps.txt) && dnf clean all\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY lambda_function.py ${LAMBDA_TASK_ROOT}\nCMD ["lambda_function.lambda_handler"]\n',
    },
    { name: 'manifest first, code after', dockerfile: `${PY}COPY requirements.txt \${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . \${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n` },
    { name: 'tsconfig.json copied with the manifests (a TypeScript build) is build configuration, not code', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22 AS builder\nWORKDIR /usr/app\nCOPY package.json package-lock.json tsconfig.json ./\nRUN npm ci\nCOPY src ./src\nRUN npm run build\nFROM public.ecr.aws/lambda/nodejs:22\nCOPY --from=builder /usr/app/dist/ ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n' },
    { name: 'the Prisma schema folder and tsconfig*.json globs before npm ci (prisma generate runs at install)', dockerfile: `${NODE}COPY package*.json tsconfig*.json ./\nCOPY prisma ./prisma/\nRUN npm ci --omit=dev\nCOPY src/ ./src/\nCMD ["src/index.handler"]\n` },
    { name: 'a requirements file with a prefix (lambda_requirements.txt) is a manifest: a named install after it needs no code', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS build\nCOPY lambda_requirements.txt /function/\nRUN pip install --no-cache-dir --target /function awslambdaric\nRUN pip install --no-cache-dir --target /function -r /function/lambda_requirements.txt\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /function ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n' },
    { name: 'node manifests with a glob', dockerfile: `${NODE}COPY package*.json ./\nRUN npm ci --omit=dev\nCOPY src/ ./src/\nCMD ["src/index.handler"]\n` },
    { name: 'poetry manifests and config files', dockerfile: `${PY}COPY pyproject.toml poetry.lock .python-version ./\nRUN poetry install --no-root\nCOPY app/ ./app/\n` },
    {
      name: 'multi-stage go: go.mod first, then build',
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /bootstrap\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /bootstrap /var/runtime/bootstrap\n',
    },
    {
      name: 'build with a cache mount for the module cache',
      dockerfile: 'FROM golang:1.23 AS build\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build -o /bootstrap\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /bootstrap /var/runtime/bootstrap\n',
    },
    { name: 'code copy with no install after it', dockerfile: `${PY}RUN pip install --no-cache-dir boto3\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n` },
    { name: 'unused stage is skipped', dockerfile: `FROM python:3.12 AS test\nCOPY . .\nRUN pip install -r requirements.txt\n${PY}COPY app.py \${LAMBDA_TASK_ROOT}/\n` },
    { name: 'pip install . needs the code when deps were installed first', dockerfile: `${PY}COPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .\n` },
    { name: 'wheels copied before installing them', dockerfile: `${PY}COPY wheels/ /tmp/wheels/\nRUN pip install /tmp/wheels/*.whl\nCOPY app.py ./\n` },
    { name: 'a RUN that also builds the code is not a pure package install', dockerfile: `${NODE}COPY . .\nRUN npm install -g typescript && tsc -p .\n` },
    { name: 'ARG-resolved manifest name', dockerfile: `${PY}ARG REQS=requirements-prod.txt\nCOPY \${REQS} ./\nRUN pip install -r \${REQS}\nCOPY . .\n` },
    { name: 'COPY --from is not judged', dockerfile: `FROM python:3.12 AS build\nRUN echo hi > /x\n${PY}COPY --from=build /x /x\nRUN pip install -r requirements.txt\n` },
    { name: 'a requirements file of another name, read by the install (-r req.txt), is not code', dockerfile: `${PY}COPY req.txt ./\nRUN pip install --no-cache-dir -r req.txt\nCOPY . .\nCMD ["app.handler"]\n` },
    { name: 'a glob only manifests match (requirements*.txt) is not code', dockerfile: `${PY}COPY requirements*.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/* ./\nCMD ["app.handler"]\n` },
  ],
  invalid: [
    {
      name: 'uv sync after the code with no dependency step before it',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:0.5.1 /uv /bin/\nCOPY . ${LAMBDA_TASK_ROOT}\nRUN uv sync --locked --no-dev\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'codeBeforeInstall', fix: /RUN uv sync --locked --no-dev --no-install-project, then COPY \. \$\{LAMBDA_TASK_ROOT\} \(the code\), then RUN uv sync --locked --no-dev \(the project itself\)\.$/ }],
    },
    { name: 'cargo on the official rust image: its CARGO_HOME cache', dockerfile: 'FROM rust:1.82 AS build\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /app/target/release/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n', context: { 'Cargo.toml': '[package]\nname = "fn"\n', 'Cargo.lock': '', 'src/main.rs': '' }, errors: [{ messageId: 'buildWithoutDependencyLayer', line: 4, fix: /target=\/usr\/local\/cargo\/registry/ }] },
    { name: 'cargo installed by rustup as root: ~/.cargo', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023 AS build\nRUN curl -sSf https://sh.rustup.rs | sh -s -- -y\nENV PATH=/root/.cargo/bin:$PATH\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /app/target/release/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n', context: { 'Cargo.toml': '[package]\nname = "fn"\n', 'Cargo.lock': '', 'src/main.rs': '' }, errors: [{ messageId: 'buildWithoutDependencyLayer', line: 6, fix: /target=\/root\/\.cargo\/registry/ }] },
    { name: 'poetry export in a RUN of its own, then pip install -r: the fix copies the poetry manifests and keeps the export', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN pip install poetry poetry-plugin-export && poetry export -f requirements.txt > requirements.txt\nRUN pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"\nCMD ["app.handler"]\n', context: { 'app.py': '', 'pyproject.toml': '', 'poetry.lock': '' }, errors: [{ messageId: 'codeBeforeInstall', line: 4, fix: /^Copy only the dependency manifests first: COPY pyproject\.toml poetry\.lock \$\{LAMBDA_TASK_ROOT\}\/, then RUN pip install poetry poetry-plugin-export && poetry export -f requirements\.txt > requirements\.txt && pip install -r requirements\.txt/ }] },
    // The requirements file the RUN itself exports is no manifest: the fix copies pyproject.toml and the lock file, and keeps the export.
    { name: 'the whole context copied above the install folder (COPY . /project, WORKDIR /project/api): the manifests of that subfolder, to its absolute path', dockerfile: 'FROM public.ecr.aws/lambda/python:3.13 AS builder\nCOPY . /project\nWORKDIR /project/api\nRUN pip install uv && uv export --frozen --no-dev -o requirements.txt && uv pip install --system -r requirements.txt --target "${LAMBDA_TASK_ROOT}"\nFROM public.ecr.aws/lambda/python:3.13\nCOPY --from=builder ${LAMBDA_TASK_ROOT} ${LAMBDA_TASK_ROOT}\nCOPY ./api ${LAMBDA_TASK_ROOT}\nCMD ["main.handler"]\n', context: { 'api/main.py': '', 'api/pyproject.toml': '', 'api/uv.lock': '' }, errors: [{ messageId: 'codeBeforeInstall', line: 4, fix: /^Copy only the dependency manifests first: COPY api\/pyproject\.toml api\/uv\.lock \/project\/api\/, then RUN pip install uv && uv export --frozen/ }] },
    { name: 'uv export -o requirements.txt && pip install -r requirements.txt after COPY . .', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN uv export --frozen --no-dev -o requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"\nCMD ["app.handler"]\n', context: { 'app.py': '', 'pyproject.toml': '', 'uv.lock': '' }, errors: [{ messageId: 'codeBeforeInstall', line: 3, fix: /^Copy only the dependency manifests first: COPY pyproject\.toml uv\.lock \$\{LAMBDA_TASK_ROOT\}\/, then RUN uv export --frozen --no-dev -o requirements\.txt && pip install -r requirements\.txt --target "\$\{LAMBDA_TASK_ROOT\}", then COPY/ }] },
    {
      name: 'COPY . then pip install -r',
      dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n`,
      errors: [{ messageId: 'codeBeforeInstall', line: 3, severity: 'warning', message: /COPY \. \$\{LAMBDA_TASK_ROOT\} \(line 2\)/ }],
    },
    {
      name: 'a folder glob (src/*) brings code, though it would also match a manifest',
      dockerfile: `${PY}COPY src/* ./\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n`,
      errors: [{ messageId: 'codeBeforeInstall', line: 4, message: /COPY src\/\* \.\/ \(line 2\)/ }],
    },
    { name: 'exec-form RUN ["npm", "install"] after COPY of everything', dockerfile: `${NODE}COPY . \${LAMBDA_TASK_ROOT}/\nRUN ["npm", "install"]\nCMD ["index.handler"]\n`, errors: [{ messageId: 'codeBeforeInstall', line: 3, message: /`npm install`/ }] },
    { name: 'the install reads req.txt but a handler came with it', dockerfile: `${PY}COPY req.txt app.py ./\nRUN pip install --no-cache-dir -r req.txt\n`, errors: [{ messageId: 'codeBeforeInstall', line: 3, message: /COPY req\.txt app\.py \.\/ \(line 2\)/ }] },
    { name: 'a single handler file with the manifest', dockerfile: `${PY}COPY app.py requirements.txt ./\nRUN pip install -r requirements.txt\n`, errors: [{ messageId: 'codeBeforeInstall', line: 3 }] },
    { name: 'tsconfig.json does not excuse the code copied with it', dockerfile: `${NODE}COPY package.json tsconfig.json src/ ./\nRUN npm ci --omit=dev\n`, errors: [{ messageId: 'codeBeforeInstall', line: 3, message: /COPY package\.json tsconfig\.json src\/ \.\/ \(line 2\)/ }] },
    // pptr.dev/guides/configuration: the install reads .puppeteerrc.cjs for where to download the browser.
    { name: 'puppeteer: the fix copies .puppeteerrc.cjs with the manifests, before the install that reads it', dockerfile: `${NODE}COPY index.mjs package.json .puppeteerrc.cjs ./\nRUN npm install --omit=dev\nCMD ["index.handler"]\n`, context: { 'index.mjs': '', 'package.json': '{}', '.puppeteerrc.cjs': '' }, errors: [{ messageId: 'codeBeforeInstall', line: 3, fix: /^Copy only the dependency manifests first: COPY package\.json \.puppeteerrc\.cjs \.\/, then RUN npm install --omit=dev, then/ }] },
    { name: 'a long COPY: the message shortens it, the fix repeats it whole', dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY ./src/Example.Migrations.Lambda.Long.Name/ /src/Example.Migrations.Lambda.Long.Name/\nWORKDIR /src/Example.Migrations.Lambda.Long.Name\nRUN dotnet restore\nRUN dotnet publish -c Release -o /app/publish\nFROM public.ecr.aws/lambda/dotnet:8\nCOPY --from=build /app/publish ${LAMBDA_TASK_ROOT}\nCMD ["Example::Example.Function::FunctionHandler"]\n', errors: [{ messageId: 'codeBeforeInstall', line: 5, message: /\/src\/Exam\.\.\. \(line 3\)/, fix: /then COPY \.\/src\/Example\.Migrations\.Lambda\.Long\.Name\/ \/src\/Example\.Migrations\.Lambda\.Long\.Name\/ \(the code\)\.$/ }] },
    { name: 'npm ci after COPY src', dockerfile: `${NODE}COPY package.json package-lock.json ./\nCOPY src ./src\nRUN npm ci --omit=dev\n`, errors: [{ messageId: 'codeBeforeInstall', message: /line 3.*npm ci/ }] },
    {
      name: 'heredoc install after code',
      dockerfile: `${PY}COPY . .\nRUN <<EOF\nset -e\npip install -r requirements.txt\nEOF\n`,
      errors: [{ messageId: 'codeBeforeInstall', line: 3 }],
    },
    {
      name: 'builder stage: build time only, info',
      dockerfile: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go mod download \\\n && go build -o /bootstrap\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /bootstrap /var/runtime/bootstrap\n',
      errors: [{ messageId: 'codeBeforeInstall', line: 3, severity: 'info', message: /build time only/ }],
    },
    {
      name: 'maven package with no go-offline step',
      dockerfile: 'FROM maven:3.9-amazoncorretto-21 AS build\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -q package\nFROM public.ecr.aws/lambda/java:21\nCOPY --from=build /target/app.jar ${LAMBDA_TASK_ROOT}/lib/\n',
      errors: [{ messageId: 'buildWithoutDependencyLayer', line: 4, severity: 'info', message: /mvn -q package/ }],
    },
    {
      name: 'Amazon Linux 2 extras and update-alternatives around an install after the code',
      dockerfile: 'FROM amazonlinux:2\nWORKDIR /package\nCOPY . .\nRUN amazon-linux-extras enable python3.8 && yum install -y python3.8 zip && update-alternatives --install /usr/bin/python3 python3 /usr/bin/python3.8 1\n',
      errors: [{ messageId: 'installAfterCode', line: 4 }],
    },
    { name: 'named packages after code', dockerfile: `${PY}COPY app.py ./\nRUN dnf install -y tar && dnf clean all\n`, errors: [{ messageId: 'installAfterCode', message: /dnf install -y tar/ }] },
    {
      name: 'target built FROM a stage: yarn after code',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20 AS base\nCOPY . .\nFROM base\nRUN yarn --frozen-lockfile\n',
      errors: [{ messageId: 'codeBeforeInstall', line: 4, severity: 'warning', message: /line 2/ }],
    },
    { name: 'ARG-resolved code path', dockerfile: `${PY}ARG SRC=handler\nCOPY \${SRC}/ ./\nRUN pip install -r requirements.txt\n`, errors: [{ messageId: 'codeBeforeInstall', line: 4 }] },
    { name: 'uv sync after code', dockerfile: `${PY}COPY pyproject.toml uv.lock main.py ./\nRUN uv sync --frozen\n`, errors: [{ messageId: 'codeBeforeInstall', message: /uv sync/ }] },
  ],
});
