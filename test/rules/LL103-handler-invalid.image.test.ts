import rule from '../../rules/LL103-handler-invalid.js';
import { imageRuleTester } from '../image-kit.js';
import { AWS_EP, AWS_NODE, AWS_PYTHON, NODE_SLIM, PYTHON_SLIM, PY_RIC, RIC_PY_SITE } from './image-fixtures.js';

const AWS = (h: string) => ({ Entrypoint: AWS_EP, Cmd: [h], WorkingDir: '/var/task' });
const AWS_ENV = (h: string, runtime: string) => ({ ...AWS(h), Env: [`AWS_EXECUTION_ENV=AWS_Lambda_${runtime}`] });
const NODE_RIC = { Entrypoint: ['/usr/local/bin/npx', 'aws-lambda-ric'], Cmd: ['index.handler'], WorkingDir: '/function' };

imageRuleTester(rule, {
  valid: [
    { name: 'AWS python base, def handler', image: { config: AWS('app.handler'), layers: [AWS_PYTHON, { 'var/task/app.py': 'import json\n\ndef handler(event, context):\n    return 1\n' }] } },
    { name: 'package module pkg/__init__.py with async def', image: { config: AWS('pkg.main'), layers: [AWS_PYTHON, { 'var/task/pkg/__init__.py': 'async def main(e, c):\n    pass\n' }] } },
    { name: 'custom base with RIC: handler assigned', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': 'from mangum import Mangum\nhandler = Mangum(app)\n' }] } },
    { name: 'node ESM .mjs export const', image: { config: AWS('index.handler'), layers: [AWS_NODE, { 'var/task/index.mjs': 'export const handler = async () => 1;\n' }] } },
    { name: 'node CJS module.exports object (not judged)', image: { config: NODE_RIC, layers: [NODE_SLIM, { 'function/index.js': 'module.exports = { handler };\n' }] } },
    { name: 'node export { run as handler }', image: { config: AWS('src/index.handler'), layers: [AWS_NODE, { 'var/task/src/index.js': 'function run() {}\nexport { run as handler };\n', 'var/task/package.json': '{"type":"module"}' }] } },
    { name: 'ruby def self.process', image: { config: { Entrypoint: ['/usr/local/bin/aws_lambda_ric'], Cmd: ['app.App::Handler.process'], WorkingDir: '/function' }, layers: [{ 'function/app.rb': 'module App\n  class Handler\n    def self.process(event:, context:)\n    end\n  end\nend\n' }] } },
    { name: 'dotnet assembly with deps and runtimeconfig', image: { config: AWS_ENV('Fn::Fn.Function::Handler', 'dotnet8'), layers: [AWS_NODE, { 'var/task/Fn.dll': 'MZ', 'var/task/Fn.deps.json': '{}', 'var/task/Fn.runtimeconfig.json': '{}' }] } },
    { name: 'java handler with jars in lib (not judged)', image: { config: AWS_ENV('example.App::handleRequest', 'java21'), layers: [AWS_PYTHON, { 'var/task/lib/app.jar': 'PK' }] } },
  ],
  invalid: [
    { name: 'AWS python base, module missing', image: { config: AWS('app.handler'), layers: [AWS_PYTHON, { 'var/task/main.py': 'def handler(e, c): pass\n' }] }, errors: [{ messageId: 'moduleMissingInImage', message: /app\.py or app\/__init__\.py in \/var\/task/ }] },
    { name: 'AWS python base, function missing', image: { config: AWS('app.handler'), layers: [AWS_PYTHON, { 'var/task/app.py': 'def lambda_handler(event, context):\n    return 1\n' }] }, errors: [{ messageId: 'functionMissingInImage', layer: 1, message: /\/var\/task\/app\.py does not define handler/ }] },
    { name: 'custom base RIC, handler from Cmd, function missing', image: { config: { Entrypoint: PY_RIC, Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [PYTHON_SLIM, RIC_PY_SITE, { 'function/app.py': 'def handle(e, c):\n    pass\n' }] }, errors: [{ messageId: 'functionMissingInImage' }] },
    { name: 'node: index.js exports another name', image: { config: NODE_RIC, layers: [NODE_SLIM, { 'function/index.js': 'exports.main = async () => 1;\n' }] }, errors: [{ messageId: 'functionMissingInImage', message: /index\.js does not define handler/ }] },
    { name: 'node: module missing (only index.ts shipped)', image: { config: AWS('index.handler'), layers: [AWS_NODE, { 'var/task/index.ts': 'export const handler = 1' }] }, errors: [{ messageId: 'moduleMissingInImage', message: /Cannot find module 'index'/ }] },
    { name: 'dotnet: runtimeconfig.json missing on the AWS base', image: { config: AWS_ENV('Fn::Fn.Function::Handler', 'dotnet8'), layers: [AWS_NODE, { 'var/runtime/Amazon.Lambda.RuntimeSupport.dll': 'MZ', 'var/task/Fn.dll': 'MZ', 'var/task/Fn.deps.json': '{}' }] }, errors: [{ messageId: 'moduleMissingInImage', message: /Fn\.runtimeconfig\.json/ }] },
    { name: 'ruby: method not defined', image: { config: { Entrypoint: ['/usr/local/bin/aws_lambda_ric'], Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [{ 'function/app.rb': "require 'json'\ndef process(event:, context:)\nend\n" }] }, errors: [{ messageId: 'functionMissingInImage' }] },
    { name: 'java: class missing and no jars', image: { config: AWS_ENV('example.App::handleRequest', 'java21'), layers: [AWS_PYTHON, { 'var/task/other/Thing.class': 'x' }] }, errors: [{ messageId: 'moduleMissingInImage', message: /Class not found: example\.App/ }] },
  ],
}, { messages: ['moduleMissingInImage', 'functionMissingInImage'] });
