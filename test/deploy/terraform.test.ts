import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/projects.js';
import { cliInProcess as cli } from '../helpers/cli.js';
import { readDeploy, DeployConfigError } from '../../src/deploy/index.js';
import { tokenize, TerraformLocator } from '../../src/deploy/terraform-locate.js';

const project = tempProjects('lli-tf-');

const MAIN = `# An image function built by SAM CLI's Terraform support
locals {
  src = "\${path.module}/src"
}

resource "aws_ecr_repository" "api" {
  name = "api"
}

/* a decoy in a comment:
resource "aws_lambda_function" "api" {
*/
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
  package_type  = "Image"
  image_uri     = "\${aws_ecr_repository.api.repository_url}:latest"
  architectures = ["arm64"]
  description   = "not image_config { here }"

  image_config {
    command           = ["app.handler"]
    entry_point       = ["/lambda-entrypoint.sh"]
    working_directory = "/var/task"
  }
}

resource "aws_lambda_function" "zip" {
  function_name = "zip"
  filename      = "zip.zip"
  handler       = "a.b"
  runtime       = "python3.12"
}
`;

const META = `resource "null_resource" "sam_metadata_aws_lambda_function_api" {
  triggers = {
    resource_name     = "aws_lambda_function.api"
    resource_type     = "IMAGE_LAMBDA_FUNCTION"
    docker_context    = local.src
    docker_file       = "Dockerfile.lambda"
    docker_build_args = jsonencode({ VERSION = "1.2", OTHER = var.other })
    docker_tag        = "latest"
  }
}
`;

describe('Terraform', () => {
  it('reads aws_lambda_function and ties it to its Dockerfile through the sam metadata null_resource (a folder is one configuration)', async () => {
    const dir = project('tf', { 'main.tf': MAIN, 'sam.tf': META, 'src/Dockerfile.lambda': 'FROM public.ecr.aws/lambda/python:3.12\n', 'README.md': '' });
    const config = await readDeploy(dir, 'terraform');
    expect(config.problems).toEqual([]);
    expect(config.functions).toHaveLength(1);
    const [fn] = config.functions;
    expect(fn.id).toBe('aws_lambda_function.api');
    expect(fn.at).toMatchObject({ file: join(dir, 'main.tf'), line: 13 });
    expect(fn.imageUri).toMatchObject({ value: '${aws_ecr_repository.api.repository_url}:latest', at: { line: 17 } });
    expect(fn.architecture).toMatchObject({ value: 'arm64', explicit: true, at: { line: 18 } });
    expect(fn.imageConfig.command).toMatchObject({ value: ['app.handler'], at: { line: 22 } });
    expect(fn.imageConfig.entryPoint).toMatchObject({ value: ['/lambda-entrypoint.sh'], at: { line: 23 } });
    expect(fn.imageConfig.workingDirectory).toMatchObject({ value: '/var/task', at: { line: 24 } });
    expect(fn.dockerfile).toMatchObject({ value: join(dir, 'src', 'Dockerfile.lambda'), at: { file: join(dir, 'sam.tf'), line: 6 } });
    expect(fn.context?.value).toBe(join(dir, 'src'));
    expect(fn.buildArgs).toEqual({ VERSION: '1.2' });
    expect(fn.built).toBe(false); // terraform apply deploys image_uri as written
  });

  it('a Terraform folder as a CLI input: its configuration and the Dockerfiles under it, one a function builds reported once, as the function', async () => {
    const dir = project('tf-folder', {
      'main.tf': MAIN,
      'sam.tf': META,
      'src/Dockerfile.lambda': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      'src/app.py': 'def handler(event, context):\n    return 1\n',
      // Built by a docker provider or a script Terraform does not show: a Dockerfile of its own.
      'worker/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY worker.py ./\nENTRYPOINT ["python", "worker.py"]\n',
      'worker/worker.py': 'def handler(event, context):\n    return 1\n',
    });
    const r = await cli(['--format', 'json', dir]);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { kind: string; file: string }) => `${t.kind} ${t.file.slice(dir.length + 1)}`)).toEqual(['function src/Dockerfile.lambda', 'dockerfile worker/Dockerfile']);
    expect(report.targets[1].findings.map((f: { code: string }) => f.code)).toContain('LL102');
  });

  it('an image_uri from a variable without a default is not checked, and said', async () => {
    const dir = project('tf-var-uri', { 'main.tf': 'variable "image" {\n  type = string\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = var.image\n}\n' });
    const config = await readDeploy(dir, 'terraform');
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(['9: aws_lambda_function.fn: image_uri is ${var.image}, not resolved here; the image it deploys was not checked']);
  });

  it('variable files: terraform.tfvars, then *.auto.tfvars in lexical order, override a default (the root module only)', async () => {
    const fn = 'variable "package_type" {\n  default = "Zip"\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = var.package_type\n  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1.0"\n}\n';
    const ids = async (files: Record<string, string>) => (await readDeploy(project(`tfvars-${Object.keys(files).join('-')}`, { 'main.tf': fn, ...files }), 'terraform')).functions.map((f) => f.id);
    expect(await ids({})).toEqual([]); // the default: a .zip function
    expect(await ids({ 'terraform.tfvars': 'package_type = "Image"\n' })).toEqual(['aws_lambda_function.fn']);
    expect(await ids({ 'terraform.tfvars': 'package_type = "Image"\n', 'b.auto.tfvars': 'package_type = "Zip"\n' })).toEqual([]);
    expect(await ids({ 'terraform.tfvars': 'package_type = "Zip"\n', 'a.auto.tfvars.json': '{"package_type": "Image"}' })).toEqual(['aws_lambda_function.fn']);
    // `architectures = [var.arch]` takes the variable's value too.
    const arch = 'variable "arch" {\n  default = "x86_64"\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  architectures = [var.arch]\n  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1.0"\n}\n';
    const archOf = async (files: Record<string, string>, name: string) => (await readDeploy(project(name, { 'main.tf': arch, ...files }), 'terraform')).functions.map((f) => f.architecture?.value);
    expect(await archOf({}, 'tfvars-arch-default')).toEqual(['x86_64']);
    expect(await archOf({ 'terraform.tfvars': 'arch = "arm64"\n' }, 'tfvars-arch')).toEqual(['arm64']);
    // A value that is not a literal: unknown, and said.
    const dir = project('tfvars-expr', { 'main.tf': fn, 'terraform.tfvars': 'package_type = upper("image")\n' });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions).toEqual([]);
    expect(config.unchecked.map((u) => u.message)).toEqual([expect.stringMatching(/package_type is \$\{var\.package_type\}, not resolved here/)]);
  });

  it('terraform-aws-modules/lambda: a function deploying the image its docker-build module builds is linted with that Dockerfile', async () => {
    const build = 'module "docker_image" {\n  source           = "terraform-aws-modules/lambda/aws//modules/docker-build"\n  create_ecr_repo  = true\n  ecr_repo         = "fn"\n  source_path      = "${path.module}/app"\n  docker_file_path = "Dockerfile.lambda"\n  platform         = "linux/arm64"\n  build_args = {\n    PYTHON_VERSION = "3.12"\n  }\n}\n';
    const resource = 'resource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = module.docker_image.image_uri\n}\n';
    const viaModule = 'module "lambda_function" {\n  source         = "terraform-aws-modules/lambda/aws"\n  function_name  = "fn"\n  create_package = false\n  package_type   = "Image"\n  architectures  = ["arm64"]\n  image_uri      = module.docker_image.image_uri\n  image_config_command = ["app.handler"]\n  environment_variables = {\n    AWS_REGION = "eu-west-1"\n  }\n}\n';
    const app = { 'app/Dockerfile.lambda': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\n', 'app/app.py': 'def handler(event, context):\n    return 1\n' };
    const a = await readDeploy(project('tf-docker-build', { 'main.tf': build + resource, ...app }), 'terraform');
    expect(a.functions.map((f) => [f.id, f.dockerfile?.value.endsWith('app/Dockerfile.lambda'), f.buildArgs, f.platform?.value])).toEqual([['aws_lambda_function.fn', true, { PYTHON_VERSION: '3.12' }, 'linux/arm64']]);
    expect(a.unchecked).toEqual([]);
    const b = await readDeploy(project('tf-lambda-module', { 'main.tf': build + viaModule, ...app }), 'terraform');
    expect(b.functions.map((f) => [f.id, f.architecture?.value, f.imageConfig.command?.value, f.reservedEnv?.map((r) => r.name)])).toEqual([['module.lambda_function', 'arm64', ['app.handler'], ['AWS_REGION']]]);
    // A source_path that is not static: said, and the function keeps its deploy checks.
    const c = await readDeploy(project('tf-docker-build-var', { 'main.tf': build.replace('"${path.module}/app"', 'var.src') + 'variable "src" {\n  type = string\n}\n' + resource }), 'terraform');
    expect(c.unchecked.map((u) => u.message)).toEqual([expect.stringMatching(/aws_lambda_function\.fn: the source_path "\$\{var\.src\}" of module\.docker_image is not resolved here/)]);
  });

  describe('image_config values: a list written out, or a variable or local holding one; unknown (not checked, said) otherwise', () => {
    const fn = (imageConfig: string, extra = '') =>
      `${extra}resource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1.0"\n${imageConfig}}\n`;
    const block = (body: string) => `  image_config {\n${body}  }\n`;
    it.each([
      ['a list written out', fn(block('    command = ["app.handler"]\n')), {}, { command: ['app.handler'] }, []],
      ['a variable whose default is a list', fn(block('    command = var.command\n'), 'variable "command" {\n  type    = list(string)\n  default = ["app.handler"]\n}\n'), {}, { command: ['app.handler'] }, []],
      ['a variable file gives the list', fn(block('    entry_point = var.ep\n'), 'variable "ep" {\n  type = list(string)\n}\n'), { 'terraform.tfvars': 'ep = ["/usr/local/bin/python", "-m", "awslambdaric"]\n' }, { entryPoint: ['/usr/local/bin/python', '-m', 'awslambdaric'] }, []],
      ['a local list', fn(block('    command = local.cmd\n'), 'locals {\n  cmd = ["app.handler"]\n}\n'), {}, { command: ['app.handler'] }, []],
      ['an item from a variable', fn(block('    command = [var.handler]\n'), 'variable "handler" {\n  default = "app.handler"\n}\n'), {}, { command: ['app.handler'] }, []],
      ['a variable without a default', fn(block('    command = var.command\n'), 'variable "command" {\n  type = list(string)\n}\n'), {}, { unresolved: ['command'] }, ['10: aws_lambda_function.fn: command is ${var.command}, not resolved here; what Lambda runs was not checked (the handler and launch checks are skipped for this function)']],
      ['a working directory from an expression', fn(block('    working_directory = "/srv/${var.name}"\n'), 'variable "name" {\n  type = string\n}\n'), {}, { unresolved: ['workingDirectory'] }, [expect.stringMatching(/^10: aws_lambda_function\.fn: working_directory is \/srv\/\$\{var\.name\}, not resolved here/)]],
      ['a dynamic block (decided at plan time)', fn('  dynamic "image_config" {\n    for_each = var.command == null ? [] : [1]\n    content {\n      command = var.command\n    }\n  }\n', 'variable "command" {\n  default = ["app.handler"]\n}\n'), {}, { unresolved: ['command', 'entryPoint', 'workingDirectory'] }, ['9: aws_lambda_function.fn: image_config is a dynamic block, decided at plan time; what Lambda runs was not checked (the handler and launch checks are skipped for this function)']],
    ])('%s', async (name, tf, files, expected, unchecked) => {
      const config = await readDeploy(project(`tf-ic-${name.replace(/\W+/g, '-')}`, { 'main.tf': tf, ...files }), 'terraform');
      const ic = config.functions[0].imageConfig;
      expect({ ...(ic.command ? { command: ic.command.value } : {}), ...(ic.entryPoint ? { entryPoint: ic.entryPoint.value } : {}), ...(ic.unresolved ? { unresolved: ic.unresolved } : {}) }).toEqual(expected);
      expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(unchecked);
    });

    it('the CLI: a command held by a variable is checked against the Dockerfile; an unknown one is not judged (no "sets no Command" error)', async () => {
      const meta = 'resource "null_resource" "sam_metadata_aws_lambda_function_fn" {\n  triggers = {\n    resource_name  = "aws_lambda_function.fn"\n    resource_type  = "IMAGE_LAMBDA_FUNCTION"\n    docker_context = "./app"\n    docker_file    = "Dockerfile"\n  }\n}\n';
      const app = { 'app/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', 'app/app.py': 'def handler(event, context):\n    return 1\n' };
      const known = project('tf-ic-cli-known', { 'main.tf': meta + fn(block('    command = var.command\n'), 'variable "command" {\n  default = ["app.nothere"]\n}\n'), ...app });
      const r1 = await cli(['--no-color', '--no-estimates', '-f', 'json', known]);
      expect(JSON.parse(r1.stdout).targets.flatMap((t: { findings: { code: string; messageId: string }[] }) => t.findings.map((f) => f.code))).toContain('LL103');
      const unknown = project('tf-ic-cli-unknown', { 'main.tf': meta + fn('  dynamic "image_config" {\n    for_each = [1]\n    content {\n      command = ["app.handler"]\n    }\n  }\n'), ...app });
      const r2 = await cli(['--no-color', '--no-estimates', unknown]);
      expect(r2.stdout).not.toMatch(/LL103|LL102/);
      expect(r2.stdout).toMatch(/not checked: line \d+: aws_lambda_function\.fn: image_config is a dynamic block/);
      expect(r2.status).toBe(0);
    });
  });

  it('docker-build module: build_args from a variable holding a map (a default or a variable file)', async () => {
    const build = 'variable "build_args" {\n  type    = map(string)\n  default = { PYTHON_VERSION = "3.11" }\n}\nmodule "docker_image" {\n  source      = "terraform-aws-modules/lambda/aws//modules/docker-build"\n  source_path = "${path.module}/app"\n  build_args  = var.build_args\n}\n';
    const resource = 'resource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = module.docker_image.image_uri\n}\n';
    const app = { 'app/Dockerfile': 'ARG PYTHON_VERSION\nFROM public.ecr.aws/lambda/python:${PYTHON_VERSION}\n' };
    const argsOf = async (name: string, files: Record<string, string>) => (await readDeploy(project(name, { 'main.tf': build + resource, ...app, ...files }), 'terraform')).functions.map((f) => f.buildArgs);
    expect(await argsOf('tf-build-args-default', {})).toEqual([{ PYTHON_VERSION: '3.11' }]);
    expect(await argsOf('tf-build-args-tfvars', { 'terraform.tfvars': 'build_args = {\n  PYTHON_VERSION = "3.12"\n}\n' })).toEqual([{ PYTHON_VERSION: '3.12' }]);
  });

  it('terraform-aws-modules/lambda deploying an image named outright: read as the function (its tag is checked), no Dockerfile', async () => {
    const tf = 'module "fn" {\n  source        = "terraform-aws-modules/lambda/aws"\n  function_name = "fn"\n  package_type  = "Image"\n  architectures = ["arm64"]\n  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:latest"\n}\n';
    const config = await readDeploy(project('tf-module-uri', { 'main.tf': tf }), 'terraform');
    expect(config.functions.map((f) => [f.id, f.imageUri?.value, f.architecture?.value, f.dockerfile])).toEqual([['module.fn', '123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:latest', 'arm64', undefined]]);
    expect(config.unchecked).toEqual([]);
  });

  it('a plain relative build folder is relative to the root configuration, wherever the tool runs', async () => {
    const tf = 'module "img" {\n  source      = "terraform-aws-modules/lambda/aws//modules/docker-build"\n  source_path = "../app"\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = module.img.image_uri\n}\n';
    const dir = project('tf-relative', { 'infra/main.tf': tf, 'app/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD ["app.handler"]\n', 'app/app.py': '' });
    const config = await readDeploy(join(dir, 'infra'), 'terraform');
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => f.dockerfile?.value)).toEqual([join(dir, 'infra', '..', 'app', 'Dockerfile')]);
  });

  it.each([
    ['abspath of a template with path.root, in a local', 'locals {\n  dir = abspath("${path.root}/../app")\n}\n', 'local.dir'],
    ['abspath of path.module, then a folder', '', '"${abspath(path.module)}/../app"'],
    ['abspath of a plain relative path (from the root folder)', '', 'abspath("../app")'],
  ])('Terraform abspath(): %s', async (name, extra, sourcePath) => {
    const tf = `${extra}module "img" {\n  source      = "terraform-aws-modules/lambda/aws//modules/docker-build"\n  source_path = ${sourcePath}\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = module.img.image_uri\n}\n`;
    const dir = project(`tf-abspath-${name.replace(/\W+/g, '-')}`, { 'infra/main.tf': tf, 'app/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD ["app.handler"]\n', 'app/app.py': '' });
    const config = await readDeploy(join(dir, 'infra'), 'terraform');
    expect(config.problems).toEqual([]);
    expect(config.unchecked).toEqual([]);
    expect(config.functions.map((f) => f.dockerfile?.value)).toEqual([join(dir, 'app', 'Dockerfile')]);
  });

  it('a folder search reads a module alone and through its root: the function once, and no note for what the root resolves', async () => {
    const dir = project('tf-root-and-module', {
      'infra/main.tf': 'module "api" {\n  source      = "./lambda"\n  source_dir  = ".."\n}\n',
      'infra/lambda/variables.tf': 'variable "source_dir" {\n  type = string\n}\n',
      'infra/lambda/main.tf': 'module "img" {\n  source      = "terraform-aws-modules/lambda/aws//modules/docker-build"\n  source_path = var.source_dir\n}\n\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = module.img.image_uri\n}\n',
      'Dockerfile': `FROM public.ecr.aws/lambda/python:3.12@sha256:${'0'.repeat(64)}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      'app.py': 'def handler(e, c):\n    return 1\n',
    });
    const r = await cli(['--no-color', '--no-estimates', '-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { function?: { id: string } }) => t.function?.id)).toEqual(['module.api.aws_lambda_function.fn']);
    expect(report.unchecked ?? []).toEqual([]);
  });

  it('aws_lambda_function_url: its invoke_mode (BUFFERED by default) on the function it names; AWS_LWA_INVOKE_MODE from the environment', async () => {
    const fn = (name: string, env = '') => `resource "aws_lambda_function" "${name}" {\n  function_name = "${name}"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn@sha256:${'0'.repeat(64)}"\n${env}}\n`;
    const tf = `${fn('a', '  environment {\n    variables = {\n      AWS_LWA_INVOKE_MODE = "response_stream"\n    }\n  }\n')}${fn('b')}${fn('c')}resource "aws_lambda_function_url" "a" {\n  function_name      = aws_lambda_function.a.function_name\n  authorization_type = "NONE"\n  invoke_mode        = "RESPONSE_STREAM"\n}\nresource "aws_lambda_function_url" "b" {\n  function_name      = aws_lambda_function.b.arn\n  authorization_type = "NONE"\n}\n`;
    const config = await readDeploy(project('tf-function-url', { 'main.tf': tf }), 'terraform');
    expect(config.functions.map((f) => [f.id, f.urlInvokeMode?.value, f.adapterInvokeMode])).toEqual([
      ['aws_lambda_function.a', 'RESPONSE_STREAM', 'response_stream'],
      ['aws_lambda_function.b', 'BUFFERED', undefined],
      ['aws_lambda_function.c', undefined, undefined],
    ]);
  });

  it('a root sam_metadata resource names a function inside a local module by its whole address (instance keys dropped)', async () => {
    const meta = (name: string) => `resource "null_resource" "sam_metadata_${name.replace(/\W+/g, '_')}" {\n  triggers = {\n    resource_name  = "${name}"\n    resource_type  = "IMAGE_LAMBDA_FUNCTION"\n    docker_context = "./fn"\n    docker_file    = "Dockerfile"\n  }\n}\n`;
    const fn = 'resource "aws_lambda_function" "this" {\n  function_name = "fn"\n  role          = "arn:aws:iam::123456789012:role/fn"\n  package_type  = "Image"\n  image_uri     = var.image_uri\n}\nvariable "image_uri" {\n  type = string\n}\n';
    const dir = project('tf-module-metadata', {
      'main.tf': `module "l1" {\n  source    = "./l1"\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1"\n}\n${meta('module.l1.aws_lambda_function.this[0]')}${meta('module.l1.module.l2.aws_lambda_function.this')}`,
      'l1/main.tf': `${fn}module "l2" {\n  source    = "./l2"\n  image_uri = var.image_uri\n}\n`,
      'l1/l2/main.tf': fn,
      'fn/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD ["app.handler"]\n',
      'fn/app.py': '',
    });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions.map((f) => [f.id, f.dockerfile?.value.endsWith('fn/Dockerfile')])).toEqual([
      ['module.l1.aws_lambda_function.this', true],
      ['module.l1.module.l2.aws_lambda_function.this', true],
    ]);
  });

  it('reads one .tf file alone', async () => {
    const dir = project('one', { 'main.tf': MAIN });
    const config = await readDeploy(join(dir, 'main.tf'), 'terraform');
    expect(config.functions.map((f) => [f.id, f.built])).toEqual([['aws_lambda_function.api', false]]);
  });

  it('a missing Dockerfile named by the metadata is a problem on its line', async () => {
    const dir = project('missing', { 'main.tf': MAIN, 'sam.tf': META, 'src/other': '' });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions).toEqual([]);
    expect(config.problems.map((p) => `${p.at.line}: ${p.message.replace(dir, '<dir>')}`)).toEqual(['6: aws_lambda_function.api: the Dockerfile <dir>/src/Dockerfile.lambda does not exist']);
  });

  it('what is resolved at plan time is not checked, and said (never an error): docker_context, package_type, modules', async () => {
    const tf = [
      'variable "ctx" {',
      '  type = string',
      '}',
      'resource "aws_lambda_function" "b" {',
      '  function_name = "b"',
      '  package_type  = "Image"',
      '  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1"',
      '}',
      'resource "null_resource" "sam_metadata_aws_lambda_function_b" {',
      '  triggers = {',
      '    resource_name  = "aws_lambda_function.b"',
      '    resource_type  = "IMAGE_LAMBDA_FUNCTION"',
      '    docker_context = var.ctx',
      '  }',
      '}',
      'resource "aws_lambda_function" "d" {',
      '  function_name = "d"',
      '  package_type  = var.pkg',
      '}',
      'module "m" {',
      '  source       = "terraform-aws-modules/lambda/aws"',
      '  package_type = "Image"',
      '}',
      '',
    ].join('\n');
    const dir = project('unchecked', { 'main.tf': tf });
    const config = await readDeploy(dir, 'terraform');
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => [f.id, f.dockerfile?.value])).toEqual([['aws_lambda_function.b', undefined]]);
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual([
      '13: aws_lambda_function.b: the docker_context "${var.ctx}" of sam_metadata_aws_lambda_function_b is not resolved here; the function\'s Dockerfile was not linted',
      '18: aws_lambda_function.d: package_type is ${var.pkg}, not resolved here; whether it deploys an image was not checked',
      '20: module.m (terraform-aws-modules/lambda/aws) deploys an image function; modules that are not local folders are not read here: lint the Dockerfile it builds directly',
    ]);
  });

  it('follows local module calls (as Terraform addresses them), once each, through a loop', async () => {
    const fn = (name: string, uri: string) => `resource "aws_lambda_function" "${name}" {\n  function_name = "${name}"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = ${uri}\n}\n`;
    const dir = project('modules', {
      'infra/main.tf': 'module "app" {\n  source = "./app"\n  project = "demo"\n}\nmodule "shared" {\n  source = "../modules/shared"\n}\n',
      'infra/app/main.tf': `variable "project" {}\n${fn('api', '"123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.0"')}module "loop" {\n  source = "../"\n}\n`,
      'modules/shared/main.tf': `variable "image" {}\n${fn('worker', 'var.image')}`,
    });
    const config = await readDeploy(join(dir, 'infra'), 'terraform');
    expect(config.functions.map((f) => f.id)).toEqual(['module.app.aws_lambda_function.api', 'module.shared.aws_lambda_function.worker']);
    expect(config.unchecked.map((u) => u.message)).toEqual(['module.shared.aws_lambda_function.worker: image_uri is ${var.image}, not resolved here; the image it deploys was not checked']);
  });

  it('a local module called by several module blocks is a function per call, each with the values its call passes (environment maps included)', async () => {
    const mod = 'variable "name" {}\nvariable "uri" {}\nvariable "cmd" {}\nvariable "env" {\n  default = {}\n}\nresource "aws_lambda_function" "this" {\n  function_name = var.name\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = var.uri\n  image_config {\n    command = [var.cmd]\n  }\n  environment {\n    variables = var.env\n  }\n}\n';
    const call = (name: string, tag: string, env = '') => `module "${name}" {\n  source = "./modules/fn"\n  name = "${name}"\n  uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:${tag}"\n  cmd = "${name}.handler"\n${env}}\n`;
    const dir = project('module-twice', { 'main.tf': call('alpha', '1.0') + call('beta', 'latest', '  env = {\n    AWS_REGION = "us-east-1"\n    TABLE = "t"\n  }\n'), 'modules/fn/main.tf': mod });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions.map((f) => [f.id, f.imageUri?.value, f.imageConfig?.command?.value, f.reservedEnv?.map((r) => r.name)])).toEqual([
      ['module.alpha.aws_lambda_function.this', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0', ['alpha.handler'], undefined],
      ['module.beta.aws_lambda_function.this', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest', ['beta.handler'], ['AWS_REGION']],
    ]);
  });

  it('a module variable takes the value its call passes (a literal, or a local of the caller), not its default; a computed one is unknown', async () => {
    const mod = 'variable "kind" {\n  default = "Zip"\n}\nresource "aws_lambda_function" "fn" {\n  function_name = "fn"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = var.kind\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1.0"\n}\n';
    const dir = project('module-args', {
      'main.tf': 'module "img" {\n  source = "./m1"\n  kind = "Image"\n}\nmodule "zip" {\n  source = "./m2"\n}\nmodule "open" {\n  source = "./m3"\n  kind = var.kind\n}\nvariable "kind" {}\nlocals {\n  k = "Image"\n}\nmodule "loc" {\n  source = "./m4"\n  kind = local.k\n}\n',
      'm1/main.tf': mod,
      'm4/main.tf': mod,
      'm2/main.tf': mod,
      'm3/main.tf': mod,
    });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions.map((f) => f.id)).toEqual(['module.img.aws_lambda_function.fn', 'module.loc.aws_lambda_function.fn']);
    expect(config.unchecked.map((u) => u.message)).toEqual(['module.open.aws_lambda_function.fn: package_type is ${var.kind}, not resolved here; whether it deploys an image was not checked']);
  });

  it('reserved keys in environment { variables } of an image function', async () => {
    const dir = project('reserved-env', { 'main.tf': `resource "aws_lambda_function" "api" {\n  function_name = "api"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.0"\n  environment {\n    variables = {\n      AWS_REGION = "eu-west-1"\n      TABLE      = "t"\n    }\n  }\n}\n` });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions[0].reservedEnv?.map((r) => [r.name, r.at.line])).toEqual([['AWS_REGION', 7]]);
  });

  it('runtime, handler and layers on an image function (CreateFunction rejects them); null or a conditional is not surely set', async () => {
    const fn = (name: string, extra: string) => `resource "aws_lambda_function" "${name}" {\n  function_name = "${name}"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:${'0'.repeat(64)}"\n${extra}}\n`;
    const dir = project('zip-only', { 'main.tf': fn('set', '  handler = "lambda.project.HelloLambda::handleRequest"\n  runtime = "java17"\n  layers = [var.layer]\n') + fn('unset', '  runtime = null\n  handler = var.zip ? "app.handler" : null\n  layers = []\n') + 'variable "layer" {\n  default = "arn:aws:lambda:us-east-1:123456789012:layer:l:1"\n}\nvariable "zip" {}\n' });
    const config = await readDeploy(dir, 'terraform');
    expect(config.functions.map((f) => [f.id, f.zipOnly?.map((z) => [z.name, z.at.line])])).toEqual([['aws_lambda_function.set', [['Runtime', 7], ['Handler', 6], ['Layers', 8]]], ['aws_lambda_function.unset', undefined]]);
    const r = await cli(['--no-color', join(dir, 'main.tf')]);
    expect(r.stdout).toMatch(/LL111[\s\S]*sets runtime, handler and layers, which only \.zip functions take: CreateFunction rejects it/);
    expect(r.stdout).toMatch(/fix: Remove runtime, handler and layers from aws_lambda_function\.set; set the handler with CMD in the Dockerfile or image_config \{ command = \[\.\.\.\] \}, and copy what the layers hold/);
  });

  it('an HCL syntax error is one line with its position', async () => {
    const dir = project('bad', { 'main.tf': 'resource "aws_lambda_function" "x" {\n  package_type = \n}\n' });
    const err = await readDeploy(join(dir, 'main.tf'), 'terraform').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeployConfigError);
    expect((err as Error).message).toMatch(/main\.tf: line 2, column \d+: Invalid expression/);
  });
});

describe('the Terraform locator', () => {
  it('skips comments, strings, interpolations and heredocs', () => {
    const text = 'a = "x { y"\n# resource "b" "c" {\nb = <<EOT\nresource "b" "c" {\nEOT\nc = "${ {a = "}"} }"\nresource "b" "c" {\n  d = 1\n}\n';
    const tokens = tokenize(text);
    expect(tokens.filter((t) => t.value === 'resource').map((t) => t.line)).toEqual([7]);
    const loc = new TerraformLocator('x.tf', text);
    expect(loc.blockAt('resource', ['b', 'c']).line).toBe(7);
    expect(loc.attributeAt('resource', ['b', 'c'], ['d']).line).toBe(8);
    expect(loc.attributeAt('resource', ['b', 'c'], ['missing']).line).toBe(7);
  });
});
