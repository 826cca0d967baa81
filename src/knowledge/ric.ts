/**
 * Runtime interface clients (RIC): what talks to the Lambda Runtime API inside an image that is not
 * built on an AWS base image. Install forms, package names, manifest evidence, paths that reveal them
 * in an image, and how an ENTRYPOINT launches them.
 *
 * Sources (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric, and each client's repository):
 * - https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric ("with an OS-only or
 *   non-AWS base image you must add a runtime interface client").
 * - aws/aws-lambda-python-runtime-interface-client README and awslambdaric/__main__.py (2026).
 * - aws/aws-lambda-nodejs-runtime-interface-client README and package.json `bin` (2025).
 * - aws/aws-lambda-ruby-runtime-interface-client README and bin/aws_lambda_ric (2025).
 * - aws/aws-lambda-java-libs aws-lambda-java-runtime-interface-client/README.md and AWSLambda.java (2026).
 * - Amazon.Lambda.RuntimeSupport (aws/aws-lambda-dotnet Libraries/src/Amazon.Lambda.RuntimeSupport).
 * - awslabs/aws-lambda-web-adapter README (COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter).
 * - aws/aws-lambda-go lambda/entry.go, https://docs.aws.amazon.com/lambda/latest/dg/go-image.html.
 * - awslabs/aws-lambda-rust-runtime README (cargo lambda build -> target/lambda/<pkg>/bootstrap).
 * - aws/aws-lambda-runtime-interface-emulator README (aws-lambda-rie, bootstrap lookup order).
 */
import type { Manager } from './managers.js';

export type RicId = 'python' | 'nodejs' | 'ruby' | 'java' | 'dotnet' | 'go' | 'rust' | 'web-adapter' | 'bootstrap';

/** The handler family a RIC implies (handlers.ts); `provided` = no handler string is needed. */
export type HandlerFamily = 'python' | 'nodejs' | 'java' | 'dotnet' | 'ruby' | 'provided';

export interface ManifestEvidence {
  /** Base names of the manifest files (matched anywhere in the build context). */
  files: RegExp;
  /** What in the manifest names the client. */
  pattern: RegExp;
}

export interface RicSpec {
  id: RicId;
  /** Human label used in messages. */
  label: string;
  handlerFamily: HandlerFamily;
  /** Registry packages, per package manager. */
  packages: { managers: Manager[]; name: string }[];
  /** Dependency manifests read from the build context for installs that take no package names. */
  manifests: ManifestEvidence[];
  /** Package-manager commands that read those manifests (`npm ci`, `bundle install`, `mvn package`...). */
  manifestManagers: Manager[];
  /** Paths/names that reveal the client inside an image (for the image rules). */
  detect: string[];
  /** The ENTRYPOINT the client's README shows. */
  entrypoint: string[];
  /** How to add it: install + ENTRYPOINT lines for a fix message. */
  howTo: string;
  /** Does the client read the handler from its first argument (CMD)? Ruby reads `_HANDLER` only. */
  handlerFromArgv: boolean;
  /** The argv forms that start it (ENTRYPOINT / CMD, an image's Entrypoint + Cmd); the handler is the next word. */
  launches: LaunchForm[];
  source: string;
}

/**
 * One way an argv starts a runtime interface client: a program (argv[0]'s base name) and, when the program is
 * not the client itself (an interpreter, npx, the JVM), the argument that names the client.
 */
export interface LaunchForm {
  program: RegExp;
  client?: {
    /** Which argument names it: the word after a flag (`python -m awslambdaric`), the first word that is not an
     * option (`npx aws-lambda-ric`), or the first word matching `where` (`node .../aws-lambda-ric/...`). */
    at: { flag: string } | 'first-operand' | { where: RegExp };
    /** The word must match this to be the client. */
    is: RegExp;
    /** Words that name the client only when the Dockerfile builds them (a .NET project published as bootstrap.dll). */
    built?: RegExp;
    /** Any word chosen by `at` names it when the image is known to hold the client by other evidence. */
    anyWhenHeld?: boolean;
  };
}

export const RICS: readonly RicSpec[] = [
  {
    id: 'python',
    label: 'awslambdaric (Python)',
    handlerFamily: 'python',
    packages: [{ managers: ['pip', 'uv', 'poetry', 'pipenv', 'conda'], name: 'awslambdaric' }],
    manifests: [
      { files: /^requirements[\w.-]*\.(txt|in)$/i, pattern: /^\s*awslambdaric\b/im },
      { files: /^(pyproject\.toml|Pipfile|setup\.cfg|setup\.py|poetry\.lock|uv\.lock)$/, pattern: /["'\s]awslambdaric\b/i },
    ],
    manifestManagers: ['pip', 'uv', 'poetry', 'pipenv'],
    detect: ['site-packages/awslambdaric/__main__.py', 'site-packages/awslambdaric/bootstrap.py', 'awslambdaric-*.dist-info/METADATA', 'awslambdaric/runtime_client*.so'],
    entrypoint: ['/usr/local/bin/python', '-m', 'awslambdaric'],
    howTo: 'RUN pip install --no-cache-dir --target /function awslambdaric (into the function\'s folder: distribution Pythons refuse a system-wide pip install), then WORKDIR /function, ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"] (the path of the image\'s Python: python3 on PATH for distribution Pythons) and CMD ["module.function"] (your handler)',
    handlerFromArgv: true,
    launches: [{ program: /^python(\d+(\.\d+)?)?$/, client: { at: { flag: '-m' }, is: /^awslambdaric$/ } }],
    source: 'https://github.com/aws/aws-lambda-python-runtime-interface-client#usage',
  },
  {
    id: 'nodejs',
    label: 'aws-lambda-ric (Node.js)',
    handlerFamily: 'nodejs',
    packages: [{ managers: ['npm', 'yarn', 'pnpm', 'bun'], name: 'aws-lambda-ric' }],
    manifests: [{ files: /^package\.json$/, pattern: /"aws-lambda-ric"\s*:/ }],
    manifestManagers: ['npm', 'yarn', 'pnpm', 'bun'],
    detect: ['node_modules/aws-lambda-ric/package.json', 'node_modules/.bin/aws-lambda-ric', 'node_modules/aws-lambda-ric/build/Release/rapid-client.node'],
    entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'],
    howTo: 'RUN npm install aws-lambda-ric (it compiles a native module: install g++, make, cmake, autoconf, automake, libtool and the libcurl headers first, e.g. in a builder stage), then ENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"] and CMD ["app.handler"] with WORKDIR set to the function directory and ENV NPM_CONFIG_CACHE=/tmp/.npm',
    handlerFromArgv: true,
    launches: [
      { program: /^(npx|pnpx|bunx)$/, client: { at: 'first-operand', is: /^aws-lambda-ric(@[^/]*)?$/ } },
      { program: /^aws-lambda-ric$/ },
      // node with the package's script, or with the link npm makes to it (node_modules/.bin/aws-lambda-ric).
      { program: /^(node|nodejs)$/, client: { at: { where: /(^|\/)aws-lambda-ric\/|(^|\/)node_modules\/\.bin\/aws-lambda-ric$/ }, is: /(^|\/)aws-lambda-ric\/|(^|\/)node_modules\/\.bin\/aws-lambda-ric$/ } },
    ],
    source: 'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage',
  },
  {
    id: 'ruby',
    label: 'aws_lambda_ric (Ruby)',
    handlerFamily: 'ruby',
    packages: [{ managers: ['gem', 'bundle'], name: 'aws_lambda_ric' }],
    manifests: [{ files: /^(Gemfile|gems\.rb|Gemfile\.lock)$/, pattern: /(^\s*gem\s+["']aws_lambda_ric["']|^\s+aws_lambda_ric\s)/m }],
    manifestManagers: ['bundle'],
    detect: ['gems/aws_lambda_ric-*/', 'specifications/aws_lambda_ric-*.gemspec', 'bin/aws_lambda_ric'],
    // By name, found on PATH: the gem's executable is in /usr/local/bundle/bin on the official ruby images (their
    // GEM_HOME), /usr/local/bin with a system Ruby; an absolute /usr/local/bin/aws_lambda_ric fails on the former.
    entrypoint: ['aws_lambda_ric'],
    howTo: 'RUN gem install aws_lambda_ric (or gem "aws_lambda_ric" in the Gemfile), then ENTRYPOINT ["aws_lambda_ric"] and CMD ["app.App::Handler.process"]',
    handlerFromArgv: false,
    launches: [{ program: /^aws_lambda_ric$/ }],
    source: 'https://github.com/aws/aws-lambda-ruby-runtime-interface-client#usage',
  },
  {
    id: 'java',
    label: 'aws-lambda-java-runtime-interface-client (Java)',
    handlerFamily: 'java',
    packages: [],
    // Maven, Gradle, and the JVM languages' own build files (Leiningen project.clj, Clojure deps.edn, sbt build.sbt).
    manifests: [{ files: /^(pom\.xml|build\.gradle(\.kts)?|libs\.versions\.toml|project\.clj|deps\.edn|build\.sbt)$/, pattern: /aws-lambda-java-runtime-interface-client/ }],
    manifestManagers: ['mvn', 'gradle'],
    detect: ['aws-lambda-java-runtime-interface-client-*.jar', 'com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class'],
    entrypoint: ['/usr/bin/java', '-cp', './*', 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda'],
    howTo: 'add the Maven artifact com.amazonaws:aws-lambda-java-runtime-interface-client, copy its jars, then ENTRYPOINT ["/usr/bin/java", "-cp", "./*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"] and CMD ["example.App::handleRequest"]',
    handlerFromArgv: true,
    launches: [{ program: /^java$/, client: { at: { where: /^com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda$/ }, is: /^com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda$/ } }],
    source: 'https://github.com/aws/aws-lambda-java-libs/tree/main/aws-lambda-java-runtime-interface-client',
  },
  {
    id: 'dotnet',
    label: 'Amazon.Lambda.RuntimeSupport (.NET)',
    handlerFamily: 'dotnet',
    packages: [],
    manifests: [{ files: /\.(cs|fs|vb)proj$|^Directory\.Packages\.props$/, pattern: /Include\s*=\s*"Amazon\.Lambda\.RuntimeSupport"/ }],
    manifestManagers: ['dotnet'],
    detect: ['Amazon.Lambda.RuntimeSupport.dll', '*.deps.json naming Amazon.Lambda.RuntimeSupport', 'bootstrap', 'bootstrap.dll'],
    entrypoint: ['/var/task/bootstrap'],
    howTo: 'reference the NuGet package Amazon.Lambda.RuntimeSupport, start LambdaBootstrapBuilder in Main, publish the executable as bootstrap and set ENTRYPOINT to it',
    handlerFromArgv: true,
    launches: [{ program: /^dotnet$/, client: { at: { where: /\.dll$/ }, is: /(^|\/)Amazon\.Lambda\.RuntimeSupport\.dll$/, built: /(^|\/)bootstrap\.dll$/, anyWhenHeld: true } }],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/csharp-image.html',
  },
  {
    id: 'go',
    label: 'aws-lambda-go (compiled bootstrap)',
    handlerFamily: 'provided',
    packages: [],
    manifests: [{ files: /^go\.mod$/, pattern: /github\.com\/aws\/aws-lambda-go\b/ }],
    manifestManagers: ['go'],
    detect: ['.go.buildinfo dependency github.com/aws/aws-lambda-go'],
    entrypoint: ['/var/task/bootstrap'],
    howTo: 'build the function with github.com/aws/aws-lambda-go (go build -tags lambda.norpc -o bootstrap) in a builder stage and COPY it to the final stage as the ENTRYPOINT or /var/runtime/bootstrap',
    handlerFromArgv: false,
    launches: [],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/go-image.html',
  },
  {
    id: 'rust',
    label: 'lambda_runtime (Rust, compiled bootstrap)',
    handlerFamily: 'provided',
    packages: [],
    manifests: [{ files: /^Cargo\.(toml|lock)$/, pattern: /^\s*(name\s*=\s*")?lambda_(runtime|http)\b/m }],
    manifestManagers: ['cargo'],
    detect: ['target/lambda/<pkg>/bootstrap', 'ELF strings lambda_runtime::'],
    entrypoint: ['/var/runtime/bootstrap'],
    howTo: 'build with cargo lambda build --release in a builder stage and COPY target/lambda/<pkg>/bootstrap to /var/runtime/bootstrap (or set it as ENTRYPOINT)',
    handlerFromArgv: false,
    launches: [],
    source: 'https://github.com/awslabs/aws-lambda-rust-runtime#building-and-deploying-your-lambda-functions',
  },
  {
    id: 'web-adapter',
    label: 'AWS Lambda Web Adapter',
    handlerFamily: 'provided',
    packages: [],
    manifests: [],
    manifestManagers: [],
    detect: ['/opt/extensions/lambda-adapter'],
    entrypoint: [],
    howTo: 'COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:<version> /lambda-adapter /opt/extensions/lambda-adapter and start the web server with CMD',
    handlerFromArgv: false,
    launches: [],
    source: 'https://github.com/awslabs/aws-lambda-web-adapter#lambda-functions-packaged-as-docker-images-or-oci-images',
  },
  {
    id: 'bootstrap',
    label: 'a custom runtime bootstrap',
    handlerFamily: 'provided',
    packages: [],
    manifests: [],
    manifestManagers: [],
    detect: ['/var/task/bootstrap', '/opt/bootstrap', '/var/runtime/bootstrap'],
    entrypoint: ['/var/runtime/bootstrap'],
    howTo: 'COPY an executable bootstrap to /var/runtime/bootstrap (or /var/task/bootstrap, /opt/bootstrap), or set ENTRYPOINT to the compiled binary',
    handlerFromArgv: false,
    launches: [],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html',
  },
];

export function ricById(id: RicId): RicSpec {
  return RICS.find((r) => r.id === id)!;
}

/** Where Lambda (and the emulator) look for a custom runtime's bootstrap, in order (RIE internal/lambda/rie/run.go). */
export const BOOTSTRAP_PATHS = ['/var/task/bootstrap', '/opt/bootstrap', '/var/runtime/bootstrap'] as const;

/**
 * The Lambda Web Adapter image and where the extension must land. The image is public.ecr.aws/awsguru/aws-lambda-adapter;
 * teams mirror it under the same name in their own registries (public.ecr.aws/cds-snc/aws-lambda-adapter, a private ECR).
 */
export const WEB_ADAPTER = {
  image: /(^|\/)aws-lambda-(?:web-)?adapter$/,
  binary: '/lambda-adapter',
  extensionDir: '/opt/extensions',
} as const;

/** A Java RIC jar shipped as a file (COPY/ADD). */
export const JAVA_RIC_JAR = /^aws-lambda-java-runtime-interface-client(-[\w.]+)?\.jar$/;
/** The Java RIC's main class (AWSLambda.java). */
export const JAVA_RIC_MAIN = 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda';
/** The .NET RIC assembly (used directly by the AWS base image's bootstrap). */
export const DOTNET_RIC_DLL = 'Amazon.Lambda.RuntimeSupport.dll';

/** The AWS base images' entrypoint script (aws/aws-lambda-base-images). */
export const BASE_ENTRYPOINT = '/lambda-entrypoint.sh';

/** The Runtime Interface Emulator binaries (aws/aws-lambda-runtime-interface-emulator releases). */
export const RIE_BINARIES = ['aws-lambda-rie', 'aws-lambda-rie-x86_64', 'aws-lambda-rie-arm64'] as const;
/** The variable a wrapper script must test before running the emulator (RIE README). */
export const RIE_GUARD_VARIABLE = 'AWS_LAMBDA_RUNTIME_API';

/** Commands that compile a native Lambda binary in a builder stage. */
export const COMPILERS: readonly { ric: RicId; command: string; sub?: string[] }[] = [
  { ric: 'go', command: 'go', sub: ['build', 'install'] },
  { ric: 'rust', command: 'cargo', sub: ['lambda', 'build', 'zigbuild'] },
  { ric: 'dotnet', command: 'dotnet', sub: ['publish'] },
];

/**
 * Interpreters and tools that, alone, cannot talk to the Runtime API: interpreters, package-manager scripts, and
 * application servers (HTTP servers, Streamlit, Jupyter, Celery workers) that serve a port or a queue instead.
 */
export const NOT_A_RUNTIME = /^(python[\d.]*|node|nodejs|ruby|java|dotnet|php|perl|bash|sh|dash|ash|zsh|uvicorn|gunicorn|hypercorn|daphne|granian|waitress-serve|flask|fastapi|streamlit|jupyter|celery|nginx|httpd|npm|yarn|pnpm|deno|bun|ts-node|tsx|cat|echo|tail|sleep|true)$/;

/** Launchers that run a client given after them (`bundle exec aws_lambda_ric`): the program and its subcommand. */
export const CLIENT_LAUNCHERS: readonly { program: RegExp; sub: string }[] = [{ program: /^bundler?$/, sub: 'exec' }];

/** Process supervisors that run their arguments (`tini -- cmd`, `dumb-init cmd`). */
export const INIT_WRAPPERS = /^(tini|tini-static|dumb-init|catatonit|s6-svscan)$/;

/** What to suggest per base-image language when no RIC is present (repository names of official images). */
export const RIC_FOR_BASE: readonly { repo: RegExp; ric: RicId }[] = [
  { repo: /(^|\/)(python|pypy|.*conda.*|.*mamba.*)$/, ric: 'python' },
  { repo: /(^|\/)(node|.*nodejs.*)$/, ric: 'nodejs' },
  { repo: /(^|\/)(ruby|jruby)$/, ric: 'ruby' },
  { repo: /(^|\/)(openjdk|eclipse-temurin|amazoncorretto|.*jdk.*|.*jre.*|maven|gradle)$/, ric: 'java' },
  { repo: /(^|\/)dotnet\//, ric: 'dotnet' },
  { repo: /(^|\/)(golang)$/, ric: 'go' },
  { repo: /(^|\/)(rust)$/, ric: 'rust' },
];

/**
 * Paths that reveal a runtime interface client in an image's final filesystem (from the clients' package
 * layouts). `rooted`: a pip --target install, counted only when the
 * directory holding `awslambdaric/` is one Python imports from (the working directory, /var/task, PYTHONPATH).
 */
export const IMAGE_RIC_PATTERNS: readonly { ric: RicId; pattern: RegExp; what: string; rooted?: boolean }[] = [
  { ric: 'python', pattern: /\/(?:site|dist)-packages\/awslambdaric\/(?:__main__|bootstrap)\.py$/, what: 'awslambdaric (Python)' },
  { ric: 'python', pattern: /\/(?:site|dist)-packages\/awslambdaric-[^/]+\.dist-info\/METADATA$/, what: 'awslambdaric (Python)' },
  { ric: 'python', pattern: /\/awslambdaric\/(?:__main__|bootstrap)\.py$/, what: 'awslambdaric (Python, --target install)', rooted: true },
  { ric: 'nodejs', pattern: /\/node_modules\/aws-lambda-ric\/package\.json$/, what: 'aws-lambda-ric (Node.js)' },
  { ric: 'ruby', pattern: /\/specifications\/aws_lambda_ric-[^/]+\.gemspec$/, what: 'aws_lambda_ric (Ruby gem)' },
  { ric: 'ruby', pattern: /\/gems\/aws_lambda_ric-[^/]+\/lib\/aws_lambda_ric\.rb$/, what: 'aws_lambda_ric (Ruby gem)' },
  { ric: 'java', pattern: /\/aws-lambda-java-runtime-interface-client(?:-[\w.]+)?\.jar$/, what: 'aws-lambda-java-runtime-interface-client (Java)' },
  { ric: 'java', pattern: /\/com\/amazonaws\/services\/lambda\/runtime\/api\/client\/AWSLambda\.class$/, what: 'the Java RIC class AWSLambda' },
  { ric: 'dotnet', pattern: /\/Amazon\.Lambda\.RuntimeSupport\.dll$/, what: 'Amazon.Lambda.RuntimeSupport (.NET)' },
  { ric: 'web-adapter', pattern: /^\/opt\/extensions\/[^/]*lambda-adapter[^/]*$/, what: 'the AWS Lambda Web Adapter' },
];
