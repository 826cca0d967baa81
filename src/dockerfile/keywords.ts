/** The Dockerfile instructions (https://docs.docker.com/reference/dockerfile/#overview), upper case. */
export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** A line that starts with an instruction keyword, in any letter case (as Docker reads them). */
const INSTRUCTION_LINE = new RegExp(`^[ \\t]*(?:${[...KNOWN_INSTRUCTIONS].join('|')})(?:[ \\t]|$)`, 'im');

/** Whether a text has at least one line that starts with a Dockerfile instruction. */
export function hasInstruction(text: string): boolean {
  return INSTRUCTION_LINE.test(text);
}
