/** The package managers whose commands the model recognises (src/dockerfile/commands.ts) and the tables key by. */
export type Manager =
  | 'apt-get' | 'apt' | 'aptitude' | 'apk' | 'yum' | 'dnf' | 'microdnf'
  | 'pip' | 'uv' | 'poetry' | 'pipenv' | 'conda'
  | 'npm' | 'yarn' | 'pnpm' | 'bun'
  | 'gem' | 'bundle' | 'go' | 'mvn' | 'gradle' | 'dotnet' | 'cargo';
