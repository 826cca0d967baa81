/**
 * Jar sizes of common Lambda Java dependencies, for the Dockerfile size estimate of a Maven or Gradle build
 * (src/estimate/java.ts reads the build file; src/estimate/size.ts places the bytes). Its own module, with no work
 * done at import, so that a caller can load it lazily.
 *
 * Units: MB = 1,000,000 bytes. Every figure is a RANGE [low, high] of the jar as Maven Central serves it (a jar is
 * shipped as it is: its bytes in the image are its download size), covering recent releases. Versions are not looked
 * up: within a major line a jar's size moves by a few per cent, less than the ranges.
 *
 * Sources (each entry names its Maven Central folder, https://repo1.maven.org/maven2/<group path>/<artifact>/):
 * - 'measured': the byte count of that version's jar in a local Maven repository filled from Maven Central
 *   (the same file the repo1 path serves), stated in the entry.
 * - 'listed': the jar size the Maven Central listing shows for the stated version (the folder listing and the
 *   mvnrepository.com "Files" line of that version); the range widens it to the neighbouring releases.
 * - 'sum': a group of jars that always come together (the AWS SDK v2 runtime, Netty's HTTP stack), the sum of the
 *   listed sizes of its members, rounded outwards.
 * - 'assumption': framework stacks whose closure depends on the features chosen (Spring, Micronaut, Quarkus): the
 *   dependency folder of a minimal function, stated as a wide range.
 * `pulls` is the runtime closure (compile and runtime scope) the artifact brings, by id; an id in `pulls` is counted
 * once however many artifacts pull it.
 */
import type { MB } from './sizes.js';

export interface JavaArtifact {
  /** `group:artifact`; `group:*` is the fallback for any artifact of the group. Pseudo ids start with `(`. */
  id: string;
  label: string;
  /** The jar (or group of jars) alone, without `pulls`. */
  mb: MB;
  pulls?: readonly string[];
  source: string;
}

const CENTRAL = 'https://repo1.maven.org/maven2/';
const at = (group: string, artifact: string): string => `${CENTRAL}${group.replace(/\./g, '/')}/${artifact}/`;
const measured = (group: string, artifact: string, what: string): string => `measured: ${what} (${at(group, artifact)})`;
const listed = (group: string, artifact: string, what: string): string => `listed: ${what} (${at(group, artifact)})`;

/** The AWS SDK for Java 2.x runtime every service client pulls (sdk-core, aws-core, regions, auth, protocols ...). */
const SDK2_CORE = '(aws-sdk-v2-core)';
/** The HTTP clients every SDK 2.x service client declares as runtime dependencies (users may exclude them). */
const SDK2_HTTP = ['software.amazon.awssdk:apache-client', 'software.amazon.awssdk:netty-nio-client'] as const;
const SDK2_SERVICE = [SDK2_CORE, ...SDK2_HTTP];
const SDK1_CORE = 'com.amazonaws:aws-java-sdk-core';
const SDK2_SOURCE = (artifact: string, what: string) => listed('software.amazon.awssdk', artifact, what);

export const JAVA_ARTIFACTS: readonly JavaArtifact[] = [
  // AWS Lambda libraries (https://github.com/aws/aws-lambda-java-libs)
  { id: 'com.amazonaws:aws-lambda-java-core', label: 'aws-lambda-java-core', mb: [0.007, 0.012], source: listed('com.amazonaws', 'aws-lambda-java-core', '1.4.0 jar 10 KB; 1.2.x ~8 KB') },
  { id: 'com.amazonaws:aws-lambda-java-events', label: 'aws-lambda-java-events', mb: [0.35, 0.8], pulls: ['joda-time:joda-time'], source: listed('com.amazonaws', 'aws-lambda-java-events', '3.11.1 jar 410 KB; 3.x adds event types release by release; compile dependency joda-time') },
  { id: 'com.amazonaws:aws-lambda-java-serialization', label: 'aws-lambda-java-serialization (shaded Jackson, Gson, org.json)', mb: [1, 4], pulls: ['com.amazonaws:aws-lambda-java-core'], source: listed('com.amazonaws', 'aws-lambda-java-serialization', '1.x jar, which shades its JSON libraries') },
  { id: 'com.amazonaws:aws-lambda-java-log4j2', label: 'aws-lambda-java-log4j2', mb: [0.01, 0.03], pulls: ['com.amazonaws:aws-lambda-java-core', 'org.apache.logging.log4j:log4j-core', 'org.apache.logging.log4j:log4j-api'], source: listed('com.amazonaws', 'aws-lambda-java-log4j2', '1.x jar; compile dependencies log4j-core and log4j-api') },
  { id: 'com.amazonaws:aws-lambda-java-runtime-interface-client', label: 'aws-lambda-java-runtime-interface-client (native libraries for several platforms)', mb: [0.3, 2], pulls: ['com.amazonaws:aws-lambda-java-core', 'com.amazonaws:aws-lambda-java-serialization'], source: listed('com.amazonaws', 'aws-lambda-java-runtime-interface-client', '2.x jar with its JNI libraries') },
  { id: 'joda-time:joda-time', label: 'joda-time', mb: [0.57, 0.65], source: measured('joda-time', 'joda-time', '2.1 jar 570,478 bytes; 2.10.x ~640 KB listed') },

  // AWS SDK for Java 2.x (https://github.com/aws/aws-sdk-java-v2): service clients and their common runtime
  { id: SDK2_CORE, label: 'AWS SDK v2 runtime (sdk-core, regions, auth, protocols ...)', mb: [3.2, 5.5], source: `sum: the jars of the runtime every service client depends on, listed under ${CENTRAL}software/amazon/awssdk/ for 2.2x-2.3x (protocol-core 43 KB, aws-json-protocol ~110 KB, json-utils 29 KB; sdk-core and regions ~1 MB each)` },
  { id: 'software.amazon.awssdk:apache-client', label: 'AWS SDK v2 apache-client', mb: [0.08, 0.15], pulls: ['org.apache.httpcomponents:httpclient', 'org.apache.httpcomponents:httpcore', 'commons-codec:commons-codec', 'commons-logging:commons-logging'], source: SDK2_SOURCE('apache-client', '2.x jar ~100 KB') },
  { id: 'software.amazon.awssdk:netty-nio-client', label: 'AWS SDK v2 netty-nio-client', mb: [0.25, 0.3], pulls: ['(netty-http)', 'org.reactivestreams:reactive-streams', 'org.slf4j:slf4j-api'], source: SDK2_SOURCE('netty-nio-client', '2.38.7 jar 285 KB, 2.16.51 257 KB') },
  { id: 'software.amazon.awssdk:url-connection-client', label: 'AWS SDK v2 url-connection-client', mb: [0.02, 0.05], source: SDK2_SOURCE('url-connection-client', '2.x jar') },
  { id: 'software.amazon.awssdk:aws-crt-client', label: 'AWS SDK v2 aws-crt-client', mb: [0.1, 0.25], pulls: ['software.amazon.awssdk.crt:aws-crt'], source: SDK2_SOURCE('aws-crt-client', '2.x jar') },
  { id: 'software.amazon.awssdk.crt:aws-crt', label: 'aws-crt (native libraries for every platform)', mb: [10, 25], source: listed('software.amazon.awssdk.crt', 'aws-crt', '0.2x-0.3x jar with the CRT native libraries of all platforms') },
  { id: 'software.amazon.awssdk:s3', label: 'AWS SDK v2 s3', mb: [3, 5], pulls: [...SDK2_SERVICE, 'software.amazon.awssdk:(s3-extras)'], source: SDK2_SOURCE('s3', '2.2x-2.3x jar 3-4.5 MB') },
  { id: 'software.amazon.awssdk:(s3-extras)', label: 'AWS SDK v2 s3 extras (arns, crt-core, checksums, aws-xml-protocol)', mb: [0.15, 0.4], source: SDK2_SOURCE('arns', 'arns, crt-core, checksums and aws-xml-protocol jars, each under 200 KB') },
  { id: 'software.amazon.awssdk:dynamodb', label: 'AWS SDK v2 dynamodb', mb: [1.8, 3.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE('dynamodb', '2.13.31 jar 1.8 MB; later releases add operations') },
  { id: 'software.amazon.awssdk:dynamodb-enhanced', label: 'AWS SDK v2 dynamodb-enhanced', mb: [0.45, 0.8], pulls: ['software.amazon.awssdk:dynamodb'], source: SDK2_SOURCE('dynamodb-enhanced', '2.36.2 jar 701 KB, 2.10.89 458 KB') },
  { id: 'software.amazon.awssdk:sqs', label: 'AWS SDK v2 sqs', mb: [0.5, 1.3], pulls: SDK2_SERVICE, source: SDK2_SOURCE('sqs', '2.x jar') },
  { id: 'software.amazon.awssdk:sns', label: 'AWS SDK v2 sns', mb: [0.4, 1.1], pulls: SDK2_SERVICE, source: SDK2_SOURCE('sns', '2.x jar') },
  { id: 'software.amazon.awssdk:lambda', label: 'AWS SDK v2 lambda', mb: [0.8, 1.8], pulls: SDK2_SERVICE, source: SDK2_SOURCE('lambda', '2.x jar') },
  { id: 'software.amazon.awssdk:secretsmanager', label: 'AWS SDK v2 secretsmanager', mb: [0.2, 0.6], pulls: SDK2_SERVICE, source: SDK2_SOURCE('secretsmanager', '2.x jar') },
  { id: 'software.amazon.awssdk:ssm', label: 'AWS SDK v2 ssm', mb: [1.5, 3.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE('ssm', '2.x jar') },
  { id: 'software.amazon.awssdk:kinesis', label: 'AWS SDK v2 kinesis', mb: [0.6, 1.4], pulls: SDK2_SERVICE, source: SDK2_SOURCE('kinesis', '2.x jar') },
  { id: 'software.amazon.awssdk:eventbridge', label: 'AWS SDK v2 eventbridge', mb: [0.4, 1.2], pulls: SDK2_SERVICE, source: SDK2_SOURCE('eventbridge', '2.x jar') },
  { id: 'software.amazon.awssdk:sts', label: 'AWS SDK v2 sts', mb: [0.2, 0.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE('sts', '2.x jar') },
  { id: 'software.amazon.awssdk:*', label: 'AWS SDK v2 service client', mb: [0.1, 4], pulls: SDK2_SERVICE, source: SDK2_SOURCE('', 'service client jars range from ~100 KB to ~4 MB (eks 2.14.16 658 KB, sso 2.10.50 134 KB)') },

  // AWS SDK for Java 1.x (maintenance mode): each service module pulls the v1 core
  { id: SDK1_CORE, label: 'AWS SDK v1 core (+ httpclient, jackson-databind, jackson-dataformat-cbor, joda-time, jmespath)', mb: [1, 1.4], pulls: ['org.apache.httpcomponents:httpclient', 'org.apache.httpcomponents:httpcore', 'commons-codec:commons-codec', 'commons-logging:commons-logging', 'com.fasterxml.jackson.core:jackson-databind', 'joda-time:joda-time', '(aws-sdk-v1-extras)'], source: listed('com.amazonaws', 'aws-java-sdk-core', '1.12.x jar') },
  { id: '(aws-sdk-v1-extras)', label: 'AWS SDK v1 jmespath-java + jackson-dataformat-cbor', mb: [0.08, 0.15], source: listed('com.amazonaws', 'jmespath-java', '1.12.x jars') },
  { id: 'com.amazonaws:aws-java-sdk', label: 'AWS SDK v1 bundle (every service module)', mb: [200, 450], pulls: [SDK1_CORE], source: `assumption: the sum of every aws-java-sdk-* module (${at('com.amazonaws', 'aws-java-sdk')}): hundreds of service jars` },
  { id: 'com.amazonaws:aws-java-sdk-*', label: 'AWS SDK v1 service module', mb: [0.1, 6], pulls: [SDK1_CORE], source: listed('com.amazonaws', 'aws-java-sdk-s3', '1.12.x service jars, from ~100 KB to ~6 MB (ec2)') },

  // JSON, logging, utilities
  { id: 'com.fasterxml.jackson.core:jackson-databind', label: 'jackson-databind', mb: [1.5, 1.8], pulls: ['com.fasterxml.jackson.core:jackson-core', 'com.fasterxml.jackson.core:jackson-annotations'], source: measured('com.fasterxml.jackson.core', 'jackson-databind', '2.22.3 jar 1,709,604 bytes, 2.21.0 1,701,513') },
  { id: 'com.fasterxml.jackson.core:jackson-core', label: 'jackson-core', mb: [0.45, 0.62], source: measured('com.fasterxml.jackson.core', 'jackson-core', '2.22.3 jar 594,776 bytes') },
  { id: 'com.fasterxml.jackson.core:jackson-annotations', label: 'jackson-annotations', mb: [0.07, 0.09], source: measured('com.fasterxml.jackson.core', 'jackson-annotations', '2.22 jar 84,211 bytes') },
  { id: 'com.fasterxml.jackson.datatype:jackson-datatype-jsr310', label: 'jackson-datatype-jsr310', mb: [0.12, 0.14], pulls: ['com.fasterxml.jackson.core:jackson-databind'], source: measured('com.fasterxml.jackson.datatype', 'jackson-datatype-jsr310', '2.17.1 jar 132,263 bytes') },
  { id: 'com.fasterxml.jackson.dataformat:jackson-dataformat-yaml', label: 'jackson-dataformat-yaml (+ snakeyaml)', mb: [0.05, 0.07], pulls: ['com.fasterxml.jackson.core:jackson-databind', 'org.yaml:snakeyaml'], source: listed('com.fasterxml.jackson.dataformat', 'jackson-dataformat-yaml', '2.17.x jar') },
  { id: 'com.fasterxml.jackson.*:*', label: 'Jackson module', mb: [0.01, 0.5], pulls: ['com.fasterxml.jackson.core:jackson-databind'], source: listed('com.fasterxml.jackson.module', 'jackson-module-parameter-names', 'Jackson datatype/module jars, 10-500 KB') },
  { id: 'com.google.code.gson:gson', label: 'gson', mb: [0.28, 0.3], source: measured('com.google.code.gson', 'gson', '2.13.2 jar 289,901 bytes') },
  { id: 'org.json:json', label: 'org.json', mb: [0.07, 0.08], source: listed('org.json', 'json', '2024x jar ~75 KB') },
  { id: 'org.slf4j:slf4j-api', label: 'slf4j-api', mb: [0.04, 0.075], source: measured('org.slf4j', 'slf4j-api', '2.0.18 jar 69,982 bytes') },
  { id: 'org.slf4j:slf4j-simple', label: 'slf4j-simple', mb: [0.015, 0.017], pulls: ['org.slf4j:slf4j-api'], source: measured('org.slf4j', 'slf4j-simple', '2.0.20 jar 15,705 bytes') },
  { id: 'ch.qos.logback:logback-classic', label: 'logback-classic (+ logback-core)', mb: [0.7, 1], pulls: ['org.slf4j:slf4j-api'], source: listed('ch.qos.logback', 'logback-classic', '1.5.x jar ~300 KB plus logback-core ~600 KB') },
  { id: 'org.apache.logging.log4j:log4j-core', label: 'log4j-core', mb: [1.3, 2], pulls: ['org.apache.logging.log4j:log4j-api'], source: listed('org.apache.logging.log4j', 'log4j-core', '2.8.2 jar 1,375 KB; 2.2x ~1.8 MB') },
  { id: 'org.apache.logging.log4j:log4j-api', label: 'log4j-api', mb: [0.22, 0.36], source: listed('org.apache.logging.log4j', 'log4j-api', '2.8.2 jar 223 KB; 2.2x ~340 KB') },
  { id: 'org.apache.logging.log4j:log4j-slf4j2-impl', label: 'log4j-slf4j2-impl', mb: [0.02, 0.04], pulls: ['org.apache.logging.log4j:log4j-api', 'org.slf4j:slf4j-api'], source: listed('org.apache.logging.log4j', 'log4j-slf4j2-impl', '2.2x jar') },
  { id: 'com.google.guava:guava', label: 'guava (+ failureaccess, checker-qual, error_prone_annotations, j2objc-annotations)', mb: [3.1, 3.4], source: measured('com.google.guava', 'guava', '33.7.2-jre jar 3,057,659 bytes; failureaccess 10,763, checker-qual 241,629, error_prone_annotations 20,252, j2objc-annotations 16,762') },
  { id: 'org.apache.commons:commons-lang3', label: 'commons-lang3', mb: [0.55, 0.72], source: measured('org.apache.commons', 'commons-lang3', '3.20.0 jar 713,862 bytes') },
  { id: 'commons-io:commons-io', label: 'commons-io', mb: [0.3, 0.62], source: measured('commons-io', 'commons-io', '2.22.0 jar 609,182 bytes') },
  { id: 'commons-codec:commons-codec', label: 'commons-codec', mb: [0.33, 0.43], source: measured('commons-codec', 'commons-codec', '1.22.1 jar 422,738 bytes') },
  { id: 'commons-logging:commons-logging', label: 'commons-logging', mb: [0.06, 0.08], source: measured('commons-logging', 'commons-logging', '1.4.0 jar 75,828 bytes') },
  { id: 'org.apache.httpcomponents:httpclient', label: 'httpclient 4', mb: [0.77, 0.8], source: measured('org.apache.httpcomponents', 'httpclient', '4.5.14 jar 785,639 bytes') },
  { id: 'org.apache.httpcomponents:httpcore', label: 'httpcore 4', mb: [0.32, 0.34], source: measured('org.apache.httpcomponents', 'httpcore', '4.4.16 jar 327,891 bytes') },
  { id: 'org.apache.httpcomponents.client5:httpclient5', label: 'httpclient 5 (+ httpcore5, httpcore5-h2)', mb: [1.8, 2.3], pulls: ['org.slf4j:slf4j-api'], source: measured('org.apache.httpcomponents.client5', 'httpclient5', '5.1.3 jar 797,934 bytes, httpcore5 850,808') },
  { id: 'com.squareup.okhttp3:okhttp', label: 'okhttp (+ okio)', mb: [1.1, 1.3], pulls: ['org.jetbrains.kotlin:kotlin-stdlib'], source: measured('com.squareup.okhttp3', 'okhttp', '4.12.0 jar 789,531 bytes, okio-jvm 3.6.0 359,580') },
  { id: 'org.reactivestreams:reactive-streams', label: 'reactive-streams', mb: [0.011, 0.012], source: measured('org.reactivestreams', 'reactive-streams', '1.0.4 jar 11,640 bytes') },
  { id: '(netty-http)', label: 'Netty HTTP stack (netty-codec-http, -http2, -handler, -transport ...)', mb: [3.4, 4.6], source: `sum: ${at('io.netty', 'netty-buffer')} 4.1.138 jar 365,379 bytes and netty-transport 522,089 measured; codec-http, codec-http2, codec, handler and common listed at 0.35-0.7 MB each` },
  { id: 'io.netty:*', label: 'Netty module', mb: [0.04, 0.8], source: measured('io.netty', 'netty-transport', 'Netty 4.1 module jars, 40-800 KB (netty-transport 522,089 bytes)') },
  { id: 'com.google.protobuf:protobuf-java', label: 'protobuf-java', mb: [1.6, 1.9], source: measured('com.google.protobuf', 'protobuf-java', '4.32.1 jar 1,883,046 bytes') },
  { id: 'org.yaml:snakeyaml', label: 'snakeyaml', mb: [0.33, 0.35], source: measured('org.yaml', 'snakeyaml', '2.5 jar 340,015 bytes') },

  // Databases
  { id: 'org.postgresql:postgresql', label: 'PostgreSQL JDBC driver', mb: [1, 1.25], source: measured('org.postgresql', 'postgresql', '42.7.13 jar 1,220,948 bytes') },
  { id: 'com.mysql:mysql-connector-j', label: 'MySQL Connector/J (+ protobuf-java)', mb: [2.2, 2.7], pulls: ['com.google.protobuf:protobuf-java'], source: listed('com.mysql', 'mysql-connector-j', '8.x/9.x jar ~2.5 MB') },
  { id: 'mysql:mysql-connector-java', label: 'MySQL Connector/J (old coordinates)', mb: [2.2, 2.7], pulls: ['com.google.protobuf:protobuf-java'], source: listed('mysql', 'mysql-connector-java', '8.0.x jar ~2.4 MB') },
  { id: 'com.zaxxer:HikariCP', label: 'HikariCP', mb: [0.15, 0.17], pulls: ['org.slf4j:slf4j-api'], source: measured('com.zaxxer', 'HikariCP', '5.1.0 jar 161,840 bytes') },

  // Kotlin
  { id: 'org.jetbrains.kotlin:kotlin-stdlib', label: 'kotlin-stdlib', mb: [1.6, 1.8], source: measured('org.jetbrains.kotlin', 'kotlin-stdlib', '2.1.0 jar 1,690,048 bytes, 2.0.21 1,747,660') },
  { id: 'org.jetbrains.kotlin:kotlin-stdlib-jdk8', label: 'kotlin-stdlib-jdk8 (a relocation stub since 1.8)', mb: [0.001, 0.02], pulls: ['org.jetbrains.kotlin:kotlin-stdlib'], source: measured('org.jetbrains.kotlin', 'kotlin-stdlib-jdk8', '2.1.0 jar 950 bytes') },
  { id: 'org.jetbrains.kotlin:kotlin-reflect', label: 'kotlin-reflect', mb: [3, 3.3], pulls: ['org.jetbrains.kotlin:kotlin-stdlib'], source: measured('org.jetbrains.kotlin', 'kotlin-reflect', '1.6.10 jar 3,038,560 bytes') },
  { id: 'org.jetbrains.kotlinx:kotlinx-coroutines-core', label: 'kotlinx-coroutines-core', mb: [1.4, 1.6], pulls: ['org.jetbrains.kotlin:kotlin-stdlib'], source: measured('org.jetbrains.kotlinx', 'kotlinx-coroutines-core-jvm', '1.7.3 jar 1,551,152 bytes') },
  { id: 'org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm', label: 'kotlinx-coroutines-core', mb: [1.4, 1.6], pulls: ['org.jetbrains.kotlin:kotlin-stdlib'], source: measured('org.jetbrains.kotlinx', 'kotlinx-coroutines-core-jvm', '1.7.3 jar 1,551,152 bytes') },

  // Frameworks: the closure depends on the features used; wide ranges.
  { id: 'org.springframework.cloud:spring-cloud-function-adapter-aws', label: 'Spring Cloud Function AWS adapter (+ Spring Boot, Spring Framework, Jackson ...)', mb: [12, 35], source: `assumption: dependency folder of a minimal function (${at('org.springframework.cloud', 'spring-cloud-function-adapter-aws')})` },
  { id: 'org.springframework.boot:*', label: 'Spring Boot starter (+ Spring Framework, its logging and Jackson)', mb: [8, 30], source: `assumption: dependency folder of a minimal Spring Boot application (${at('org.springframework.boot', 'spring-boot-starter')})` },
  { id: 'io.micronaut.aws:micronaut-function-aws', label: 'Micronaut AWS function (+ Micronaut core, inject, serde)', mb: [6, 20], source: `assumption: dependency folder of a minimal function (${at('io.micronaut.aws', 'micronaut-function-aws')})` },
  { id: 'io.micronaut.aws:*', label: 'Micronaut AWS module (+ Micronaut runtime)', mb: [6, 20], source: `assumption: dependency folder of a minimal function (${at('io.micronaut.aws', 'micronaut-function-aws-api-proxy')})` },
  { id: 'io.quarkus:quarkus-amazon-lambda', label: 'Quarkus Amazon Lambda (+ Quarkus core, ArC, Jackson)', mb: [12, 35], pulls: ['com.amazonaws:aws-lambda-java-core', 'com.amazonaws:aws-lambda-java-events'], source: `assumption: dependency folder of a minimal JVM-mode function (${at('io.quarkus', 'quarkus-amazon-lambda')}; quarkus-amazon-lambda-common 3.13.2 jar 26 KB listed, the rest is its runtime)` },
  { id: 'io.quarkus:*', label: 'Quarkus extension (+ Quarkus runtime)', mb: [1, 30], source: `assumption: a Quarkus extension with its runtime (${at('io.quarkus', 'quarkus-core')})` },
  { id: 'software.amazon.lambda:*', label: 'Powertools for AWS Lambda (Java) module (+ AspectJ runtime, Jackson)', mb: [0.05, 4], source: listed('software.amazon.lambda', 'powertools-serialization', '1.20.0 jar 17 KB; modules pull aspectjrt, Jackson and log4j') },
];

/** An artifact the table does not know: its jar with its own dependencies (stated assumption). */
export const GENERIC_JAVA_MB: MB = [0.02, 5];
export const GENERIC_JAVA_SOURCE = 'assumption: a Java artifact not in the jar-size table, with its dependencies';

/** The project's own compiled classes (or jar) when its sources are not in the build context. */
export const PROJECT_CLASSES_MB: MB = [0.002, 3];
export const PROJECT_CLASSES_SOURCE = 'assumption: compiled classes of a Lambda handler project (its sources were not found in the build context)';
/** Compiled classes relative to the bytes of the sources (.java/.kt), and resources copied as they are. */
export const CLASSES_PER_SOURCE_BYTE: MB = [0.3, 3];
export const PROJECT_FROM_SOURCES = 'build context: the project\'s sources (src/main); assumption: compiled classes are 0.3-3x the source bytes, resources copied as they are';

/** Dependencies the build never ships whatever the scope written (annotation processors, compile-time only). */
export const NEVER_SHIPPED: ReadonlySet<string> = new Set(['org.projectlombok:lombok', 'com.google.auto.value:auto-value', 'org.mapstruct:mapstruct-processor', 'com.google.dagger:dagger-compiler']);

let byId: Map<string, JavaArtifact> | undefined;

/** The entry of `group:artifact`: exact first, then the group's fallback (`group:*`, `com.amazonaws:aws-java-sdk-*`). */
export function javaArtifact(id: string): JavaArtifact | undefined {
  byId ??= new Map(JAVA_ARTIFACTS.map((a) => [a.id, a]));
  const exact = byId.get(id);
  if (exact) return exact;
  const [group, artifact = ''] = id.split(':');
  if (group === 'com.amazonaws' && artifact.startsWith('aws-java-sdk-')) return byId.get('com.amazonaws:aws-java-sdk-*');
  if (group === 'com.amazonaws' || group === 'org.jetbrains.kotlin') return undefined;
  if (group.startsWith('com.fasterxml.jackson.')) return byId.get('com.fasterxml.jackson.*:*');
  return byId.get(`${group}:*`);
}
