/**
 * HCL parsing for Terraform configurations: HashiCorp's HCL (github.com/hashicorp/hcl, through tmccombs/hcl2json)
 * compiled to WebAssembly, as published by HashiCorp in @cdktf/hcl2json. The package's own entry loads its
 * WebAssembly from a path next to its sources as soon as it is imported; this loader starts the same Go program
 * only when a Terraform input is linted, from dist/wasm in the bundle or from node_modules in development.
 *
 * The result is hcl2json's JSON form: blocks become objects keyed by type and labels, each block a list of
 * bodies; expressions that are not literals stay as `${...}` strings. It carries no source positions (see
 * terraform-locate.ts for line numbers).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { wasmPath } from '../dockerfile/shell.js';

type Callback = (err: string | null, result?: string) => void;
interface Bridge {
  parse(filename: string, contents: string, cb: Callback): void;
}

let bridge: Promise<Bridge> | undefined;

function start(): Promise<Bridge> {
  bridge ??= (async () => {
    // Defines globalThis.Go (Go's wasm_exec.js for Node, as the package ships it).
    await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
    const g = globalThis as unknown as { Go: new () => { importObject: WebAssembly.Imports; run(i: WebAssembly.Instance): Promise<void> }; __parse_terraform_config_wasm__?: unknown };
    const go = new g.Go();
    const bytes = gunzipSync(readFileSync(wasmPath('main.wasm.gz', '@cdktf/hcl2json', 'hcl2json.wasm.gz')));
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    const root: Partial<Bridge> = {};
    g.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    // The Go program registers its functions before it blocks; wait for them if it has not yet.
    for (let i = 0; i < 1000 && typeof root.parse !== 'function'; i++) await new Promise((r) => setTimeout(r, 1));
    if (typeof root.parse !== 'function') throw new Error('the HCL parser did not start');
    return root as Bridge;
  })();
  return bridge;
}

export class HclError extends Error {}

/** Parses one HCL file to hcl2json's JSON form; throws HclError with HCL's own diagnostic. */
export async function parseHcl(filename: string, contents: string): Promise<Record<string, unknown>> {
  const b = await start();
  const json = await new Promise<string>((resolve, reject) => {
    b.parse(filename, contents, (err, result) => (err ? reject(new HclError(err)) : resolve(result ?? '{}')));
  });
  return JSON.parse(json) as Record<string, unknown>;
}
