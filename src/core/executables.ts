/**
 * What the first bytes of an executable say: an ELF header (its machine) or a script's shebang line, and a
 * file mode written as people read it. Pure functions of bytes and numbers; the Lambda contract and the rules
 * that judge an image's entrypoint and bootstraps read them.
 *
 * ELF: e_ident (0x7f 'E' 'L' 'F', EI_DATA at 5) and e_machine at offset 18 (System V ABI, "ELF Header";
 * https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.eheader.html). Shebang: execve(2), "Interpreter scripts".
 */

export function isElf(data: Buffer | undefined): boolean {
  return !!data && data.length >= 20 && data[0] === 0x7f && data[1] === 0x45 && data[2] === 0x4c && data[3] === 0x46;
}

/** e_machine of an ELF header (EI_DATA: 1 little endian, 2 big endian). */
export function elfMachine(data: Buffer): number {
  return data[5] === 2 ? data.readUInt16BE(18) : data.readUInt16LE(18);
}

/** e_machine of the architectures Lambda runs (EM_X86_64, EM_AARCH64). */
export const ELF_MACHINE: Record<string, number> = { amd64: 62, arm64: 183 };
export const MACHINE_NAME: Record<number, string> = { 3: 'x86 (32-bit)', 40: 'ARM (32-bit)', 62: 'x86_64 (amd64)', 183: 'aarch64 (arm64)', 243: 'RISC-V' };

/** The shebang line of a script: interpreter path and its first argument. */
export function shebang(data: Buffer | undefined): { line: string; interpreter: string; arg?: string; crlf: boolean } | undefined {
  if (!data || data.length < 3 || data[0] !== 0x23 || data[1] !== 0x21) return undefined;
  const end = data.indexOf(0x0a);
  const raw = data.subarray(2, end === -1 ? data.length : end).toString('latin1');
  const crlf = raw.endsWith('\r');
  const words = raw.replace(/\r$/, '').trim().split(/[ \t]+/);
  return { line: `#!${raw.replace(/\r$/, '')}`, interpreter: words[0] ?? '', arg: words[1], crlf };
}

/** A file mode's permission bits in octal, four digits (0644). */
export function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}
