/** The `estimates` object of a report target (schema: src/estimate/schema.ts). Bytes are bytes; times are ms. */
import type { StartFamily } from '../knowledge/cold-start.js';

export interface Range {
  low: number;
  high: number;
}

/** What kind of thing adds the bytes (a contribution copied from another stage keeps its kind). */
export type ContributionKind = 'base-image' | 'copy' | 'package' | 'packages' | 'build-output' | 'layer';

export interface SizeContribution {
  /** What adds the bytes, e.g. "pip install pandas (line 4)": for people; code reads `kind` and `line`. */
  what: string;
  kind: ContributionKind;
  /** The Dockerfile line of the instruction that adds the bytes (the COPY --from line for a copied one). */
  line?: number;
  low: number;
  high: number;
  /** Where the figure comes from: a source, 'build context', or a stated assumption. */
  source: string;
  /** True for layers of an AWS base image (pre-cached by Lambda). */
  base?: boolean;
}

export interface SizeEstimate {
  /** Total uncompressed bytes. */
  low: number;
  high: number;
  /** Bytes of AWS base image layers (Lambda pre-caches them); 0 when the image is not built on one. */
  baseShare: Range;
  /** Everything else: the bytes Lambda has to fetch for this image. */
  ownBytes: Range;
  contributions: SizeContribution[];
  /** What could not be sized, e.g. "gcc toolchain", "COPY --from=build /out". Not included in low/high. */
  unknown: string[];
  /** True when the sizes were measured on a built image. */
  exact?: boolean;
  /** Compressed bytes (built images only). */
  compressed?: number;
  /** The base image as written and whether it is an AWS base image. */
  base?: { image: string; aws: boolean };
  /** The runtime family the cold-start model uses. */
  runtime: StartFamily;
  /** Heavy packages found (keys of src/knowledge/sizes.ts), which the cold-start model charges import cost. */
  packages: string[];
  /** Count of other (unknown-size) top-level packages. */
  otherPackages: number;
}

export interface ColdStartDriver {
  name: string;
  /** Point estimate of this driver's p50 share, ms. */
  ms: number;
  /** What would cut it. */
  cut: string;
}

export interface ColdStartEstimate {
  p50: Range;
  p99: Range;
  /** The three biggest drivers, biggest first. */
  drivers: ColdStartDriver[];
  model: 'heuristic';
  notes: string[];
}

export interface Estimates {
  size: SizeEstimate;
  coldStart: ColdStartEstimate;
}

/**
 * The `estimates` of a report target. A Lambda cold start means nothing for an input judged not to be a Lambda
 * image (an nginx site): there `coldStart` is null and `coldStartReason` says why; the size stays.
 */
export interface ReportEstimates {
  size: SizeEstimate;
  coldStart: ColdStartEstimate | null;
  coldStartReason?: string;
}
