import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/cli/inputs.ts
import { existsSync, openSync, readSync, closeSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var InputProblem = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
};
var MAX_DOCKERFILE = 4 * 1024 * 1024;
function looksLikeArchive(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return true;
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return true;
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return true;
  return false;
}
async function readInput(input, io, stdinName) {
  if (input === "-") {
    const data = await io.readStdin();
    const name = stdinName ?? "<stdin>";
    if (looksLikeArchive(data.subarray(0, 512))) return { kind: "image-stdin", name, data };
    return { kind: "dockerfile", name, text: decodeDockerfile(name, data) };
  }
  let st;
  try {
    st = statSync(input);
  } catch (e) {
    const code = e.code;
    throw new InputProblem(input, code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (st.isDirectory()) {
    if (existsSync(join(input, "oci-layout")) || existsSync(join(input, "index.json"))) return { kind: "image", name: input, path: input, layout: "oci-dir" };
    const hint = existsSync(join(input, "Dockerfile")) ? `; did you mean ${join(input, "Dockerfile")}?` : "";
    throw new InputProblem(input, `is a directory, not a Dockerfile or an OCI image layout${hint}`);
  }
  if (!st.isFile()) throw new InputProblem(input, "is not a regular file");
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(input, "r");
    try {
      n = readSync(fd, head, 0, 512, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = e.code;
    throw new InputProblem(input, code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (looksLikeArchive(head.subarray(0, n))) return { kind: "image", name: input, path: input, layout: "archive" };
  if (st.size > MAX_DOCKERFILE) throw new InputProblem(input, `is ${st.size} bytes, too large for a Dockerfile and not an image archive`);
  return { kind: "dockerfile", name: input, text: decodeDockerfile(input, readFileSync(input)) };
}
function decodeDockerfile(name, data) {
  if (data.length === 0) throw new InputProblem(name, "is empty (0 bytes): neither a Dockerfile nor an image archive");
  if (data.toString("utf8").trim() === "") throw new InputProblem(name, "is empty (only blank space); a Dockerfile needs at least a FROM instruction");
  if (data.includes(0)) throw new InputProblem(name, "is binary data (it contains NUL bytes), not a Dockerfile or a known image format");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    const at = firstInvalidUtf8(data);
    throw new InputProblem(name, `is not valid UTF-8 (first bad byte at offset ${at}); save the Dockerfile as UTF-8`);
  }
  return text.replace(/^\uFEFF/, "");
}
function firstInvalidUtf8(data) {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = data.length;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    try {
      dec.decode(data.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export {
  InputProblem,
  readInput
};
