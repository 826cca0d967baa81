/** Entry of the bundled action (dist/action.js). */
import pkg from '../../package.json' with { type: 'json' };
import { inputLine } from '../core/redact.js';
import { sizeThreadpool } from '../core/threadpool.js';
import { runAction } from './main.js';

// Before any asynchronous I/O starts libuv's threadpool.
sizeThreadpool();
try {
  const result = await runAction({ env: process.env, stdout: (s) => process.stdout.write(s), toolVersion: pkg.version });
  process.exitCode = result.exitCode;
} catch (e) {
  // An API error may echo the token or a request body: scrubbed like every other line of the log.
  const token = process.env.INPUT_TOKEN ?? process.env.GITHUB_TOKEN ?? '';
  let message = String((e as Error)?.message ?? e);
  if (token.length >= 8) message = message.split(token).join('***');
  process.stdout.write(`::error title=lint-lambda-image::internal error: ${inputLine(message).replace(/%/g, '%25').replace(/::/g, ':%3A')}\n`);
  process.exitCode = 2;
}
