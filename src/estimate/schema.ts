/** JSON Schema (draft 2020-12 compatible, no $id) of a target's `estimates` object; merged into schema/report.schema.json. */
const range = {
  type: 'object',
  required: ['low', 'high'],
  additionalProperties: false,
  properties: { low: { type: 'number', minimum: 0 }, high: { type: 'number', minimum: 0 } },
} as const;

export const ESTIMATES_SCHEMA = {
  type: 'object',
  description: 'Size (bytes) and cold-start (ms) estimates. The cold-start figures are a heuristic model, not measurements.',
  required: ['size', 'coldStart'],
  additionalProperties: false,
  properties: {
    size: {
      type: 'object',
      required: ['low', 'high', 'baseShare', 'ownBytes', 'contributions', 'unknown', 'runtime', 'packages', 'otherPackages'],
      additionalProperties: false,
      properties: {
        low: { type: 'number', minimum: 0, description: 'Uncompressed bytes, low end.' },
        high: { type: 'number', minimum: 0, description: 'Uncompressed bytes, high end.' },
        baseShare: { ...range, description: 'Bytes of AWS base image layers, which Lambda pre-caches.' },
        ownBytes: { ...range, description: 'All other bytes: what Lambda fetches for this image.' },
        contributions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['what', 'kind', 'low', 'high', 'source'],
            additionalProperties: false,
            properties: {
              what: { type: 'string', description: 'What adds the bytes, for people.' },
              kind: { enum: ['base-image', 'copy', 'package', 'packages', 'build-output', 'layer'], description: 'What kind of thing adds the bytes (a contribution copied from another stage keeps its kind).' },
              line: { type: 'integer', minimum: 1, description: 'Dockerfile line of the instruction that adds the bytes.' },
              low: { type: 'number', minimum: 0 },
              high: { type: 'number', minimum: 0 },
              source: { type: 'string', description: 'Source of the figure or the stated assumption.' },
              base: { type: 'boolean' },
            },
          },
        },
        unknown: { type: 'array', items: { type: 'string' }, description: 'What could not be sized (not in low/high).' },
        exact: { type: 'boolean', description: 'Measured on a built image.' },
        compressed: { type: 'number', minimum: 0 },
        base: {
          type: 'object',
          required: ['image', 'aws'],
          additionalProperties: false,
          properties: { image: { type: 'string' }, aws: { type: 'boolean' } },
        },
        runtime: { enum: ['python', 'nodejs', 'java', 'dotnet', 'ruby', 'native', 'unknown'] },
        packages: { type: 'array', items: { type: 'string' } },
        otherPackages: { type: 'integer', minimum: 0 },
      },
    },
    coldStartReason: { type: 'string', description: 'Why coldStart is null: the input was judged not to be a Lambda image.' },
    coldStart: {
      type: ['object', 'null'],
      description: 'Null for an input judged not to be a Lambda image (see coldStartReason).',
      required: ['p50', 'p99', 'drivers', 'model', 'notes'],
      additionalProperties: false,
      properties: {
        p50: { ...range, description: 'Milliseconds.' },
        p99: { ...range, description: 'Milliseconds.' },
        drivers: {
          type: 'array',
          maxItems: 3,
          items: {
            type: 'object',
            required: ['name', 'ms', 'cut'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, ms: { type: 'number', minimum: 0 }, cut: { type: 'string' } },
          },
        },
        model: { const: 'heuristic' },
        notes: { type: 'array', items: { type: 'string' } },
      },
    },
  },
} as const;
