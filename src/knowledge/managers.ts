/** The package managers whose commands the model recognises (src/dockerfile/commands.ts) and the tables key by. */
export type Manager =
  | 'apt-get' | 'apt' | 'aptitude' | 'apk' | 'yum' | 'dnf' | 'microdnf'
  | 'pip' | 'uv' | 'poetry' | 'pipenv' | 'conda'
  | 'npm' | 'yarn' | 'pnpm' | 'bun'
  | 'gem' | 'bundle' | 'go' | 'mvn' | 'gradle' | 'dotnet' | 'cargo';

/**
 * System package managers surely absent from a base OS, by the OS and whether it is an AWS Lambda base image:
 * AL2023 Lambda bases have microdnf (dnf is a link to it) and no yum; amazonlinux:2023 keeps yum as a name for dnf;
 * Amazon Linux 2 and 1 have yum only; Debian and Ubuntu apt; Alpine apk
 * (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html, https://docs.aws.amazon.com/linux/al2023/ug/package-management.html).
 * A RUN that calls one of them fails the build ("command not found"); LL109 reports it, and other rules leave it alone.
 */
export function systemManagersMissing(os: string | undefined, awsBase: boolean): readonly Manager[] {
  switch (os) {
    case 'al2023':
      return awsBase ? ['yum', 'apt-get', 'apt', 'apk'] : ['apt-get', 'apt', 'apk'];
    case 'al2':
    case 'al1':
      return ['dnf', 'microdnf', 'apt-get', 'apt', 'apk'];
    case 'debian':
    case 'ubuntu':
      return ['apk', 'yum', 'dnf', 'microdnf'];
    case 'alpine':
      return ['apt-get', 'apt', 'yum', 'dnf', 'microdnf'];
    default:
      return [];
  }
}
