/**
 * Lambda managed runtimes as shipped in AWS base images: OS, deprecation and blocking dates.
 *
 * Sources:
 * - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html and the per-language pages
 *   (lambda-python, lambda-nodejs, lambda-java, lambda-csharp, lambda-ruby, runtimes-provided), copies of 2025-2026.
 * - terraform-linters/tflint-ruleset-aws rules/aws_lambda_function_deprecated_runtime.go (Nov 2025) for retired runtimes.
 * - endoflife-date/endoflife.date products/aws-lambda.md.
 * AWS moves these dates; keep them here, never in rule logic.
 */

export type RuntimeFamily = 'python' | 'nodejs' | 'java' | 'dotnet' | 'ruby' | 'provided' | 'go';
export type BaseOs = 'al2023' | 'al2' | 'al1';

export interface RuntimeInfo {
  /** Lambda runtime identifier, e.g. python3.12. */
  id: string;
  family: RuntimeFamily;
  os: BaseOs;
  /** ISO dates (YYYY-MM-DD); absent when not scheduled. */
  deprecation?: string;
  blockCreate?: string;
  blockUpdate?: string;
  source: string;
}

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const TFLINT = 'terraform-linters/tflint-ruleset-aws aws_lambda_function_deprecated_runtime.go';

export const RUNTIMES: readonly RuntimeInfo[] = [
  { id: 'python3.14', family: 'python', os: 'al2023', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: DOCS },
  { id: 'python3.13', family: 'python', os: 'al2023', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: DOCS },
  { id: 'python3.12', family: 'python', os: 'al2023', deprecation: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10', source: DOCS },
  { id: 'python3.11', family: 'python', os: 'al2', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', source: DOCS },
  { id: 'python3.10', family: 'python', os: 'al2', deprecation: '2026-10-31', blockCreate: '2026-11-30', blockUpdate: '2027-01-15', source: DOCS },
  { id: 'python3.9', family: 'python', os: 'al2', deprecation: '2025-12-15', blockCreate: '2026-01-15', blockUpdate: '2026-02-15', source: TFLINT },
  { id: 'python3.8', family: 'python', os: 'al2', deprecation: '2024-10-14', blockCreate: '2025-02-28', blockUpdate: '2025-03-31', source: TFLINT },
  { id: 'python3.7', family: 'python', os: 'al1', deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2024-02-08', source: TFLINT },
  { id: 'nodejs24.x', family: 'nodejs', os: 'al2023', deprecation: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01', source: DOCS },
  { id: 'nodejs22.x', family: 'nodejs', os: 'al2023', deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01', source: DOCS },
  { id: 'nodejs20.x', family: 'nodejs', os: 'al2023', deprecation: '2026-04-30', blockCreate: '2026-08-31', blockUpdate: '2026-09-30', source: DOCS },
  { id: 'nodejs18.x', family: 'nodejs', os: 'al2', deprecation: '2025-09-01', blockCreate: '2026-02-03', blockUpdate: '2026-03-09', source: DOCS },
  { id: 'nodejs16.x', family: 'nodejs', os: 'al2', deprecation: '2024-06-12', blockCreate: '2025-02-28', blockUpdate: '2025-03-31', source: TFLINT },
  { id: 'nodejs14.x', family: 'nodejs', os: 'al2', deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2024-02-08', source: TFLINT },
  { id: 'java25', family: 'java', os: 'al2023', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: DOCS },
  { id: 'java21', family: 'java', os: 'al2023', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: DOCS },
  { id: 'java17', family: 'java', os: 'al2', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', source: DOCS },
  { id: 'java11', family: 'java', os: 'al2', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', source: DOCS },
  { id: 'java8.al2', family: 'java', os: 'al2', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', source: DOCS },
  { id: 'java8', family: 'java', os: 'al1', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2024-03-12', source: TFLINT },
  { id: 'dotnet10', family: 'dotnet', os: 'al2023', deprecation: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15', source: DOCS },
  { id: 'dotnet9', family: 'dotnet', os: 'al2023', deprecation: '2026-11-10', source: DOCS },
  { id: 'dotnet8', family: 'dotnet', os: 'al2023', deprecation: '2026-11-10', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', source: DOCS },
  { id: 'dotnet7', family: 'dotnet', os: 'al2', deprecation: '2024-05-14', source: TFLINT },
  { id: 'dotnet6', family: 'dotnet', os: 'al2', deprecation: '2024-12-20', blockCreate: '2025-02-28', blockUpdate: '2025-03-31', source: TFLINT },
  { id: 'ruby4.0', family: 'ruby', os: 'al2023', deprecation: '2029-03-31', blockCreate: '2029-04-30', blockUpdate: '2029-05-31', source: DOCS },
  { id: 'ruby3.4', family: 'ruby', os: 'al2023', deprecation: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31', source: DOCS },
  { id: 'ruby3.3', family: 'ruby', os: 'al2023', deprecation: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31', source: DOCS },
  { id: 'ruby3.2', family: 'ruby', os: 'al2', deprecation: '2026-03-31', blockCreate: '2026-06-01', blockUpdate: '2026-07-01', source: TFLINT },
  { id: 'provided.al2023', family: 'provided', os: 'al2023', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: DOCS },
  { id: 'provided.al2', family: 'provided', os: 'al2', deprecation: '2026-07-31', blockCreate: '2026-08-31', blockUpdate: '2026-09-30', source: DOCS },
  { id: 'provided', family: 'provided', os: 'al1', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2024-03-12', source: TFLINT },
  { id: 'go1.x', family: 'go', os: 'al1', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2024-03-12', source: TFLINT },
];


/**
 * Runtimes retired before the tables above begin, from the "Deprecated runtimes" table of
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated (their base images
 * still exist on public.ecr.aws/lambda, so real Dockerfiles still name them).
 */
const DEPRECATED = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated';
const RETIRED: readonly RuntimeInfo[] = [
  { id: 'python3.6', family: 'python', os: 'al1', deprecation: '2022-07-18', blockCreate: '2022-07-18', blockUpdate: '2022-08-29', source: DEPRECATED },
  { id: 'python2.7', family: 'python', os: 'al1', deprecation: '2021-07-15', blockCreate: '2021-07-15', blockUpdate: '2022-05-30', source: DEPRECATED },
  { id: 'nodejs12.x', family: 'nodejs', os: 'al2', deprecation: '2023-03-31', blockCreate: '2023-03-31', blockUpdate: '2023-04-30', source: DEPRECATED },
  { id: 'nodejs10.x', family: 'nodejs', os: 'al2', deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-02-14', source: DEPRECATED },
  { id: 'ruby2.7', family: 'ruby', os: 'al2', deprecation: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2024-02-08', source: DEPRECATED },
  { id: 'ruby2.5', family: 'ruby', os: 'al1', deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-03-31', source: DEPRECATED },
  { id: 'dotnetcore3.1', family: 'dotnet', os: 'al2', deprecation: '2023-04-03', blockCreate: '2023-04-03', blockUpdate: '2023-05-03', source: DEPRECATED },
  { id: 'dotnetcore2.1', family: 'dotnet', os: 'al1', deprecation: '2022-01-05', blockCreate: '2022-01-05', blockUpdate: '2022-04-13', source: DEPRECATED },
  { id: 'dotnet5.0', family: 'dotnet', os: 'al2', deprecation: '2022-05-10', source: DEPRECATED },
];

/** Every runtime the tables know, supported and retired. */
export const ALL_RUNTIMES: readonly RuntimeInfo[] = [...RUNTIMES, ...RETIRED];

const BY_ID = new Map(ALL_RUNTIMES.map((r) => [r.id, r]));

export function runtimeById(id: string): RuntimeInfo | undefined {
  return BY_ID.get(id);
}

/** The listed runtime of the family just above an unlisted version (python3.5 -> python3.6), for inferring its state. */
export function nextListedAbove(family: RuntimeFamily, id: string): RuntimeInfo | undefined {
  const ver = (x: string) => (/(\d+(?:\.\d+)*)/.exec(x)?.[1] ?? '0').split('.').map(Number);
  const cmp = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  const v = ver(id);
  return ALL_RUNTIMES.filter((r) => r.family === family && /\d/.test(r.id) && cmp(ver(r.id), v) > 0).sort((a, b) => cmp(ver(a.id), ver(b.id)))[0];
}
