/**
 * Java dependency bytes of the size estimate (issue 13): pom.xml and build.gradle(.kts) of the build context, read
 * for their runtime dependencies and sized from the table of common Lambda Java jars (src/knowledge/java-artifacts.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/dockerfile/context.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { estimateDockerfile, type SizeEstimate } from '../../src/estimate/index.js';
import { readGradle, readPom, sizeJavaDependencies, type JavaBuild } from '../../src/estimate/java.js';
import { JAVA_ARTIFACTS, javaArtifact } from '../../src/knowledge/java-artifacts.js';
import { estimateFixture, MB } from './fixtures.js';

const pom = (deps: string, extra = '') => `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>g</groupId><artifactId>fn</artifactId><version>1.0</version>${extra}
<dependencies>${deps}</dependencies></project>`;
const dep = (g: string, a: string, more = '') => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${more}</dependency>`;
const ids = (b: JavaBuild | undefined) => b?.dependencies.map((d) => `${d.group}:${d.artifact}${d.version ? `:${d.version}` : ''}`);

describe('pom.xml', () => {
  it.each([
    ['plain compile dependencies', pom(dep('com.amazonaws', 'aws-lambda-java-core', '<version>1.2.3</version>')), ['com.amazonaws:aws-lambda-java-core:1.2.3']],
    ['test, provided, system and lombok are left out', pom(dep('a', 'kept') + dep('junit', 'junit', '<scope>test</scope>') + dep('p', 'servlet', '<scope>provided</scope>') + dep('s', 'sys', '<scope>system</scope>') + dep('org.projectlombok', 'lombok')), ['a:kept']],
    ['runtime scope ships', pom(dep('org.postgresql', 'postgresql', '<scope>runtime</scope>')), ['org.postgresql:postgresql']],
    ['properties resolve, nested', pom(dep('com.fasterxml.jackson.core', 'jackson-databind', '<version>${jackson.version}</version>'), '<properties><jackson.major>2.17</jackson.major><jackson.version>${jackson.major}.1</jackson.version></properties>'), ['com.fasterxml.jackson.core:jackson-databind:2.17.1']],
    ['${project.version} resolves', pom(dep('g', 'sibling', '<version>${project.version}</version>')), ['g:sibling:1.0']],
    ['an unresolved property leaves the version out', pom(dep('g', 'a', '<version>${nowhere}</version>')), ['g:a']],
    ['dependencyManagement gives the version and the scope', pom(dep('g', 'managed') + dep('g', 'testonly'), '<dependencyManagement><dependencies>' + dep('g', 'managed', '<version>9</version>') + dep('g', 'testonly', '<version>1</version><scope>test</scope>') + dep('software.amazon.awssdk', 'bom', '<version>2.29.0</version><type>pom</type><scope>import</scope>') + '</dependencies></dependencyManagement>'), ['g:managed:9']],
    ['a BOM in dependencies (type pom) ships nothing', pom(dep('software.amazon.awssdk', 'bom', '<type>pom</type>') + dep('g', 'a')), ['g:a']],
    ['duplicates count once', pom(dep('g', 'a') + dep('g', 'a')), ['g:a']],
    ['XML comments and CDATA', pom(`<!-- ${dep('x', 'commented')} -->` + dep('g', '<![CDATA[a]]>')), ['g:a']],
  ])('%s', (_name, text, expected) => {
    expect(ids(readPom(text))).toEqual(expected);
  });

  it('exclusions are kept per dependency', () => {
    const b = readPom(pom(dep('software.amazon.awssdk', 'dynamodb', '<exclusions><exclusion><groupId>software.amazon.awssdk</groupId><artifactId>netty-nio-client</artifactId></exclusion></exclusions>')));
    expect(b?.dependencies[0].excludes).toEqual(['software.amazon.awssdk:netty-nio-client']);
  });

  it.each([
    ['maven-shade-plugin', true],
    ['maven-assembly-plugin', true],
    ['spring-boot-maven-plugin', true],
    ['maven-compiler-plugin', false],
  ])('%s makes a fat jar: %s', (plugin, fat) => {
    const b = readPom(pom(dep('g', 'a'), `<build><finalName>function</finalName><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>${plugin}</artifactId></plugin></plugins></build>`));
    expect(b?.fatJar).toBe(fat);
    expect(b?.finalName).toBe('function');
  });

  it.each([
    ['default folder', '', 'target/dependency'],
    ['configured folder', '<configuration><outputDirectory>${project.build.directory}/lib</outputDirectory></configuration>', 'target/lib'],
  ])('maven-dependency-plugin copy-dependencies bound to a phase: %s', (_name, config, dir) => {
    const b = readPom(pom(dep('g', 'a'), `<build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><executions><execution><phase>package</phase><goals><goal>copy-dependencies</goal></goals>${config}</execution></executions></plugin></plugins></build>`));
    expect(b?.copyInto).toBe(dir);
    expect(readPom(pom(dep('g', 'a'), '<build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><executions><execution><goals><goal>analyze</goal></goals></execution></executions></plugin></plugins></build>'))?.copyInto).toBeUndefined();
  });

  it('a local parent gives properties, managed versions and inherited dependencies', () => {
    const parent = `<project><groupId>g</groupId><artifactId>parent</artifactId><version>7</version><properties><sdk.version>2.29.0</sdk.version></properties>
      <dependencyManagement><dependencies>${dep('com.google.code.gson', 'gson', '<version>2.11.0</version>')}</dependencies></dependencyManagement>
      <dependencies>${dep('org.slf4j', 'slf4j-api', '<version>2.0.16</version>')}</dependencies></project>`;
    const child = `<project><parent><groupId>g</groupId><artifactId>parent</artifactId><version>7</version></parent><artifactId>fn</artifactId>
      <dependencies>${dep('software.amazon.awssdk', 's3', '<version>${sdk.version}</version>')}${dep('com.google.code.gson', 'gson')}</dependencies></project>`;
    const reads: string[] = [];
    const b = readPom(child, (p) => {
      reads.push(p);
      return p === '../pom.xml' ? parent : undefined;
    });
    expect(reads).toEqual(['../pom.xml']);
    expect(ids(b)).toEqual(['org.slf4j:slf4j-api:2.0.16', 'software.amazon.awssdk:s3:2.29.0', 'com.google.code.gson:gson:2.11.0']);
    expect(b?.version).toBe('7');
  });

  it('a parent that is not the one named, or a cycle of parents, stops the chain', () => {
    const self = `<project><parent><groupId>g</groupId><artifactId>fn</artifactId></parent><artifactId>fn</artifactId><dependencies>${dep('g', 'a')}</dependencies></project>`;
    let reads = 0;
    const b = readPom(self, () => {
      reads++;
      return self;
    });
    expect(reads).toBeLessThanOrEqual(5);
    expect(ids(b)).toEqual(['g:a']);
    expect(ids(readPom(pom(dep('g', 'a'), '<parent><artifactId>other</artifactId></parent>'), () => pom('')))).toEqual(['g:a']);
  });

  it.each([
    ['not XML', 'plain text, not a pom'],
    ['JSON', '{"project": {}}'],
    ['another root element', '<settings><dependencies/></settings>'],
    ['empty', ''],
    ['unclosed tags', '<project><dependencies><dependency><groupId>g'],
  ])('%s: not a pom (undefined, no throw)', (_name, text) => {
    expect(() => readPom(text)).not.toThrow();
    expect(readPom(text)).toBeUndefined();
  });

  it('does not expand entities (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<project><artifactId>&i;</artifactId><dependencies>${dep('g', '&i;')}${dep('g', 'a')}</dependencies></project>`;
    const start = performance.now();
    const b = readPom(laughs);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(JSON.stringify(b ?? {}).length).toBeLessThan(10_000);
    const external = `<?xml version="1.0"?><!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]><project><dependencies>${dep('g', '&x;')}</dependencies></project>`;
    expect(JSON.stringify(readPom(external) ?? {})).not.toContain('root:');
  });

  it('refuses deep nesting and huge files without blowing the stack', () => {
    const deep = `<project>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}<dependencies>${dep('g', 'a')}</dependencies></project>`;
    expect(() => readPom(deep)).not.toThrow();
    expect(readPom(deep)).toBeUndefined();
    const huge = pom(dep('g', 'a') + `<!-- ${'x'.repeat(5 << 20)} -->`);
    expect(readPom(huge)).toBeUndefined();
  });

  it('reads at most 2,000 dependencies', () => {
    const many = pom(Array.from({ length: 5000 }, (_, i) => dep('g', `a${i}`)).join(''));
    const start = performance.now();
    expect(readPom(many)?.dependencies).toHaveLength(2000);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('build.gradle / build.gradle.kts', () => {
  it.each([
    ['Groovy string notation', `dependencies {\n  implementation 'com.amazonaws:aws-lambda-java-core:1.2.3'\n  implementation "com.amazonaws:aws-lambda-java-events:3.11.4"\n}`, ['com.amazonaws:aws-lambda-java-core:1.2.3', 'com.amazonaws:aws-lambda-java-events:3.11.4']],
    ['Groovy map notation', `dependencies {\n  implementation group: 'com.google.code.gson', name: 'gson', version: '2.11.0'\n}`, ['com.google.code.gson:gson:2.11.0']],
    ['Kotlin DSL', `dependencies {\n  implementation("org.slf4j:slf4j-api:2.0.16")\n  runtimeOnly("org.postgresql:postgresql:42.7.4")\n  api(group = "g", name = "a", version = "1")\n}`, ['org.slf4j:slf4j-api:2.0.16', 'org.postgresql:postgresql:42.7.4', 'g:a:1']],
    ['no version (a platform gives it)', `dependencies {\n  implementation platform('software.amazon.awssdk:bom:2.29.0')\n  implementation 'software.amazon.awssdk:s3'\n}`, ['software.amazon.awssdk:s3']],
    ['test, compileOnly and processors are left out', `dependencies {\n  testImplementation 'org.junit.jupiter:junit-jupiter:5.10.0'\n  compileOnly 'org.projectlombok:lombok:1.18.34'\n  annotationProcessor 'org.projectlombok:lombok:1.18.34'\n  testRuntimeOnly("org.junit.platform:junit-platform-launcher")\n  implementation 'g:a:1'\n}`, ['g:a:1']],
    ['comments do not count, URLs in strings survive', `dependencies {\n  // implementation 'x:commented:1'\n  /* implementation 'x:block:1' */\n  implementation 'g:a:1' // trailing\n}\nrepositories { maven { url 'https://example.com/maven' } }`, ['g:a:1']],
    ['buildscript dependencies are the build\'s own', `buildscript {\n  dependencies {\n    classpath 'com.github.jengelman.gradle.plugins:shadow:6.1.0'\n    implementation 'not:shipped:1'\n  }\n}\ndependencies {\n  implementation 'g:a:1'\n}`, ['g:a:1']],
    ['classifier and extension', `dependencies {\n  implementation 'io.netty:netty-transport-native-epoll:4.1.100.Final:linux-x86_64@jar'\n}`, ['io.netty:netty-transport-native-epoll:4.1.100.Final']],
    ['semicolons, several per line', `dependencies { implementation 'g:a:1'; implementation 'g:b:2' }`, ['g:a:1', 'g:b:2']],
  ])('%s', (_name, text, expected) => {
    expect(ids(readGradle(text))).toEqual(expected);
  });

  it('counts dependencies it cannot name (version catalog, files, projects)', () => {
    const b = readGradle(`dependencies {\n  implementation(libs.aws.lambda.core)\n  implementation files('libs/vendor.jar')\n  implementation project(':common')\n  implementation 'g:a:1'\n}`);
    expect(ids(b)).toEqual(['g:a:1']);
    expect(b?.unnamed).toBe(3);
  });

  it('resolves version catalog aliases and bundles (gradle/libs.versions.toml)', () => {
    const catalog = `[versions]\nevents = "3.11.4"\n\n[libraries]\naws-lambda-core = "com.amazonaws:aws-lambda-java-core:1.2.3"\naws_lambda_events = { module = "com.amazonaws:aws-lambda-java-events", version.ref = "events" }\ngson = { group = "com.google.code.gson", name = "gson", version = "2.11.0" } # comment\njunit = "org.junit.jupiter:junit-jupiter:5.10.0"\n\n[bundles]\nlambda = ["aws-lambda-core", "aws-lambda-events"]\n`;
    const b = readGradle(`dependencies {\n  implementation(libs.bundles.lambda)\n  implementation libs.gson\n  testImplementation(libs.junit)\n  implementation(libs.not.in.catalog)\n}`, catalog);
    expect(ids(b)).toEqual(['com.amazonaws:aws-lambda-java-core:1.2.3', 'com.amazonaws:aws-lambda-java-events', 'com.google.code.gson:gson']);
    expect(b?.unnamed).toBe(1);
    expect(b?.skipped).toBe(1);
  });

  it('reads the packaging: a Copy task of the runtime classpath, a Zip task, the shadow plugin, exclusions', () => {
    const copy = readGradle(`dependencies { implementation 'g:a:1' }\ntask copyRuntimeDependencies(type: Copy) {\n  from configurations.runtimeClasspath\n  into 'build/dependency'\n}\nbuild.dependsOn copyRuntimeDependencies`);
    expect(copy?.copyInto).toBe('build/dependency');
    const kts = readGradle(`dependencies { implementation("g:a:1") }\ntasks.register<Copy>("copyDeps") {\n  from(configurations.runtimeClasspath)\n  into("build/lib")\n}`);
    expect(kts?.copyInto).toBe('build/lib');
    for (const into of ['into layout.buildDirectory.dir(\'dependency\')', 'into(layout.buildDirectory.dir("dependency"))', 'into "$buildDir/dependency"', 'into("${project.buildDir}/dependency")']) {
      expect(readGradle(`dependencies { implementation 'g:a:1' }\ntasks.register('copyDeps', Copy) {\n  from configurations.runtimeClasspath\n  ${into}\n}`)?.copyInto, into).toBe('build/dependency');
    }
    const zip = readGradle(`dependencies { implementation 'g:a:1' }\ntask buildZip(type: Zip) {\n  from compileJava\n  into('lib') {\n    from configurations.runtimeClasspath\n  }\n}`);
    expect(zip?.zipLib).toBe(true);
    expect(zip?.copyInto).toBeUndefined();
    expect(readGradle(`plugins { id 'com.gradleup.shadow' version '8.3.0' }\ndependencies { implementation 'g:a:1' }`)?.fatJar).toBe(true);
    const ex = readGradle(`configurations.all {\n  exclude group: 'software.amazon.awssdk', module: 'netty-nio-client'\n}\ndependencies { implementation 'software.amazon.awssdk:dynamodb:2.29.0' }`);
    expect(ex?.globalExcludes).toEqual(['software.amazon.awssdk:netty-nio-client']);
  });

  it.each([
    ['no dependencies block', `plugins { id 'java' }`],
    ['unbalanced braces', `dependencies {\n  implementation 'g:a:1'\n`],
    ['binary junk', '\u0000\u0001{{{{}}}}\'\'"'.repeat(1000)],
  ])('%s: no throw', (_name, text) => {
    expect(() => readGradle(text)).not.toThrow();
  });

  it('huge or quote-heavy files stay linear', () => {
    expect(readGradle(`dependencies { implementation 'g:a:1' }\n${'/'.repeat(5 << 20)}`)).toBeUndefined();
    const start = performance.now();
    const big = `dependencies {\n${"implementation 'g:a:1'\n".repeat(30_000)}${'"'.repeat(200_000)}\n}`;
    expect(big.length).toBeLessThan(1 << 20);
    expect(readGradle(big)?.dependencies).toHaveLength(1);
    readGradle(`${'dependencies {'.repeat(20_000)}`);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('jar sizes of the dependencies', () => {
  const build = (deps: [string, string][], more: Partial<JavaBuild> = {}): JavaBuild => ({
    tool: 'maven', dependencies: deps.map(([g, a]) => ({ group: g, artifact: a, excludes: [] })), skipped: 0, unnamed: 0, fatJar: false, zipLib: false, globalExcludes: [], ...more,
  });

  it('every pull of the table names an entry of the table, and every entry cites Maven Central', () => {
    for (const a of JAVA_ARTIFACTS) {
      for (const p of a.pulls ?? []) expect(javaArtifact(p), `${a.id} pulls ${p}`).toBeDefined();
      expect(a.source).toMatch(/https:\/\/repo1\.maven\.org\/maven2\//);
      expect(a.mb[0]).toBeLessThanOrEqual(a.mb[1]);
    }
  });

  it('two SDK clients share one runtime; an exclusion drops the Netty client', () => {
    const one = sizeJavaDependencies(build([['software.amazon.awssdk', 'dynamodb']]));
    const two = sizeJavaDependencies(build([['software.amazon.awssdk', 'dynamodb'], ['software.amazon.awssdk', 'sqs']]));
    expect(two.items.filter((i) => i.id === '(aws-sdk-v2-core)')).toHaveLength(1);
    expect(two.items.length).toBe(one.items.length + 1);
    const noNetty = sizeJavaDependencies({ ...build([]), dependencies: [{ group: 'software.amazon.awssdk', artifact: 'dynamodb', excludes: ['software.amazon.awssdk:netty-nio-client'] }] });
    expect(noNetty.items.map((i) => i.id)).not.toContain('(netty-http)');
    expect(noNetty.items.map((i) => i.id)).toContain('software.amazon.awssdk:apache-client');
  });

  it('an unknown artifact gets the per-artifact range; a group fallback is per artifact', () => {
    const s = sizeJavaDependencies(build([['com.example', 'unknown'], ['software.amazon.awssdk', 'rekognition'], ['software.amazon.awssdk', 'textract']], { unnamed: 1 }));
    expect(s.generic).toEqual(['com.example:unknown']);
    expect(s.genericRange).toEqual([2 * 0.02 * MB, 2 * 5 * MB]);
    expect(s.items.map((i) => i.id)).toEqual(expect.arrayContaining(['software.amazon.awssdk:rekognition', 'software.amazon.awssdk:textract']));
  });
});

describe('Java size estimate from the build files of the context', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'll-java-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function estimateIn(files: Record<string, string>): Promise<SizeEstimate> {
    await initShell();
    const dir = mkdtempSync(join(tmp, 'ctx-'));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const file = join(dir, 'Dockerfile');
    return estimateDockerfile(parseDockerfile(readFileSync(file, 'utf8'), { file }), openContext(dir, file));
  }

  it('a function with two small dependencies (pom.xml): own bytes of about a megabyte, not 0 B-480 MB', async () => {
    const e = (await estimateFixture('java-maven-two-deps')).size;
    expect(e.ownBytes.low).toBeGreaterThan(0.5 * MB);
    expect(e.ownBytes.high).toBeLessThan(3 * MB);
    expect(e.unknown).toEqual([]);
    const core = e.contributions.find((c) => c.what.startsWith('aws-lambda-java-core'));
    expect(core).toMatchObject({ kind: 'package', line: 10 });
    expect(core?.source).toMatch(/repo1\.maven\.org\/maven2\/com\/amazonaws\/aws-lambda-java-core\//);
    expect(e.contributions.some((c) => /junit/.test(c.what))).toBe(false);
    expect(e.contributions.find((c) => c.what.startsWith('project classes'))).toMatchObject({ kind: 'build-output', line: 9 });
    // The pom.xml copied into the builder's /src is a file there, not a folder that /src/target/classes is part of.
    expect(e.contributions.some((c) => /COPY pom\.xml/.test(c.what))).toBe(false);
  });

  it('the same function with build.gradle: the same narrow range', async () => {
    const e = (await estimateFixture('java-gradle-two-deps')).size;
    expect(e.ownBytes.low).toBeGreaterThan(0.5 * MB);
    expect(e.ownBytes.high).toBeLessThan(3 * MB);
    expect(e.unknown).toEqual([]);
    expect(e.contributions.find((c) => c.what.startsWith('joda-time'))?.what).toMatch(/, pulled by aws-lambda-java-events \(line 5, gradle build of build.gradle\)/);
  });

  it('COPY target/dependency/* before the build ran: estimated from pom.xml instead of unknown', async () => {
    const e = await estimateIn({
      Dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY target/classes ${LAMBDA_TASK_ROOT}\nCOPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.Handler::handleRequest"]\n',
      'pom.xml': pom(dep('com.amazonaws', 'aws-lambda-java-core') + dep('com.google.code.gson', 'gson')),
      'src/main/java/example/Handler.java': 'class Handler {}\n'.repeat(100),
    });
    expect(e.unknown).toEqual([]);
    expect(e.contributions.find((c) => c.what.startsWith('gson'))).toMatchObject({ kind: 'package', line: 3 });
    expect(e.ownBytes.high).toBeLessThan(1 * MB);
    expect(e.ownBytes.low).toBeGreaterThan(0.25 * MB);
  });

  it('a shaded jar copied from a builder carries the dependencies; SDK v2 with its runtime is ~10-20 MB', async () => {
    const e = await estimateIn({
      Dockerfile: 'FROM maven:3.9-amazoncorretto-21 AS build\nWORKDIR /app\nCOPY . .\nRUN mvn -B clean package\nFROM public.ecr.aws/lambda/java:21\nCOPY --from=build /app/target/function.jar ${LAMBDA_TASK_ROOT}/lib/\nCMD ["example.Handler::handleRequest"]\n',
      'pom.xml': pom(dep('com.amazonaws', 'aws-lambda-java-core') + dep('software.amazon.awssdk', 's3'), '<build><finalName>function</finalName><plugins><plugin><artifactId>maven-shade-plugin</artifactId></plugin></plugins></build>'),
    });
    expect(e.unknown).toEqual([]);
    expect(e.ownBytes.low).toBeGreaterThan(10 * MB);
    expect(e.ownBytes.high).toBeLessThan(25 * MB);
  });

  it('mvn clean package with copy-dependencies bound in the pom fills target/lib, which the image copies', async () => {
    const e = await estimateIn({
      Dockerfile: 'FROM maven:3.9-amazoncorretto-21 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src src\nRUN mvn -B clean package\nFROM public.ecr.aws/lambda/java:21\nCOPY --from=build /app/target/classes ${LAMBDA_TASK_ROOT}\nCOPY --from=build /app/target/lib/*.jar ${LAMBDA_TASK_ROOT}/lib/\n',
      'pom.xml': pom(dep('com.google.code.gson', 'gson'), '<build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><executions><execution><phase>package</phase><goals><goal>copy-dependencies</goal></goals><configuration><outputDirectory>${project.build.directory}/lib</outputDirectory></configuration></execution></executions></plugin></plugins></build>'),
      'src/main/java/example/Handler.java': 'class Handler {}\n',
    });
    expect(e.unknown).toEqual([]);
    expect(e.contributions.find((c) => c.what.startsWith('gson'))).toMatchObject({ kind: 'package', line: 8, low: 0.28 * MB });
    expect(e.ownBytes.high).toBeLessThan(0.5 * MB);
  });

  it('an unknown artifact keeps the result honest but narrow', async () => {
    const e = await estimateIn({
      Dockerfile: 'FROM public.ecr.aws/lambda/java:21\nCOPY build/dependency/* ${LAMBDA_TASK_ROOT}/lib/\n',
      'build.gradle.kts': 'dependencies {\n  implementation("com.example:in-house-lib:1.0")\n}\n',
    });
    const other = e.contributions.find((c) => c.kind === 'packages');
    expect(other?.what).toMatch(/^1 other Java dependency: com\.example:in-house-lib \(line 2, COPY/);
    expect(e.ownBytes).toEqual({ low: 0.02 * MB, high: 5 * MB });
  });

  it('without a readable build file, today\'s assumption stays', async () => {
    const text = 'FROM maven:3.9-amazoncorretto-21 AS build\nWORKDIR /app\nRUN mvn -B package\nFROM public.ecr.aws/lambda/java:21\nCOPY --from=build /app/target/app.jar ${LAMBDA_TASK_ROOT}/lib/\n';
    const none = await estimateIn({ Dockerfile: text });
    const broken = await estimateIn({ Dockerfile: text, 'pom.xml': '<project><dependencies>' });
    for (const e of [none, broken]) {
      expect(e.contributions.find((c) => c.kind === 'build-output')?.source).toMatch(/assumption: typical compiled handler sizes/);
      expect(e.ownBytes.high).toBe(120 * MB);
    }
  });

  it('a jar folder already in the context is measured, not estimated', async () => {
    const e = (await estimateFixture('java21-base')).size;
    expect(e.contributions.every((c) => c.kind !== 'package')).toBe(true);
    expect(e.ownBytes.high).toBeLessThan(0.1 * MB);
  });
});
