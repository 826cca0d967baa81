#!/usr/bin/env node
// A short-lived CLI gains nothing from V8's optimising WebAssembly tier, and the process would wait at
// exit for its background compilation of the shell grammar (~0.5 s); the baseline compiler is enough.
import v8 from 'node:v8';

v8.setFlagsFromString('--liftoff-only');
await import('../dist/cli.js');
