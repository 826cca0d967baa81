/** The built CLI on the deploy fixtures (fixtures/deploy/README.md says what each should report). */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { reportErrors } from '../helpers/report-schema.js';

interface Finding {
  code: string;
  location: { file: string; line: number };
}

function lint(input: string) {
  const r = cli([input, '-f', 'json', '--now', '2026-11-27']);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(reportErrors(report)).toEqual([]);
  return report.targets as { function: { id: string }; findings: Finding[]; estimates: unknown }[];
}

const at = (f: Finding) => `${f.code}@${f.location.file}:${f.location.line}`;

describe('deploy fixtures', () => {
  it('sam/template.yaml', () => {
    const targets = lint('fixtures/deploy/sam/template.yaml');
    expect(targets.map((t) => t.function.id)).toEqual(['HelloWorldFunction', 'WorkerFunction']);
    const [hello, worker] = targets;
    expect(hello.findings.map(at)).toContain('LL105@fixtures/deploy/sam/hello_world/Dockerfile:2');
    expect(worker.findings.map(at)).toContain('LL103@fixtures/deploy/sam/template.yaml:43');
    expect(worker.findings.filter((f) => f.location.file.endsWith('Dockerfile') && f.code === 'LL103')).toEqual([]);
    for (const t of targets) expect(t.estimates).not.toBeNull();
  });

  it('serverless/serverless.yml', () => {
    const targets = lint('fixtures/deploy/serverless/serverless.yml');
    expect(targets.map((t) => t.function.id)).toEqual(['resize', 'report']); // health is a zip function
    const [resize, report] = targets;
    expect(resize.findings.map(at)).toContain('LL105@fixtures/deploy/serverless/thumbnailer/Dockerfile:2');
    expect(resize.estimates).not.toBeNull();
    expect(report.findings.map(at)).toEqual(['LL204@fixtures/deploy/serverless/serverless.yml:34']);
  });

  it('terraform/', () => {
    const [api] = lint('fixtures/deploy/terraform');
    expect(api.function.id).toBe('aws_lambda_function.api');
    expect(api.findings.map(at)).toEqual(expect.arrayContaining(['LL204@fixtures/deploy/terraform/main.tf:21', 'LL105@fixtures/deploy/terraform/src/Dockerfile:5']));
  });
});
