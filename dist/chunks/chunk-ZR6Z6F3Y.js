import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/deploy/types.ts
var DeployConfigError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
};

export {
  DeployConfigError
};
