/** Entry of the bundled action (dist/action.js). */
import pkg from '../../package.json' with { type: 'json' };
import { runAction } from './main.js';

try {
  const result = await runAction({ env: process.env, stdout: (s) => process.stdout.write(s), toolVersion: pkg.version });
  process.exitCode = result.exitCode;
} catch (e) {
  process.stdout.write(`::error title=lint-lambda-image::internal error: ${(e as Error).message.replace(/\r?\n/g, ' ')}\n`);
  process.exitCode = 2;
}
