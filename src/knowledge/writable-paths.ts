/**
 * Libraries that write to a cache or config directory at run time, the variables that move that
 * directory, and what happens on Lambda, where everything but /tmp is read-only (https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html).
 *
 * Sources:
 * - numba: https://numba.readthedocs.io/en/stable/reference/envvars.html#envvar-NUMBA_CACHE_DIR and
 *   numba/core/caching.py locators (user-provided NUMBA_CACHE_DIR, in-tree __pycache__, user-wide
 *   $XDG_CACHE_HOME or ~/.cache; numba/numba#5566: "fixed by setting HOME=/tmp or NUMBA_CACHE_DIR=/tmp").
 *   librosa decorates functions with @jit(cache=True), so `import librosa` fails on Lambda with
 *   "RuntimeError: cannot cache function ...: no locator available for file ..." (librosa/librosa#1868, #1156).
 * - Hugging Face: https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables
 *   (HF_HOME, default $XDG_CACHE_HOME/huggingface or ~/.cache/huggingface; HF_HUB_CACHE; HF_HUB_OFFLINE) and
 *   https://huggingface.co/docs/transformers/installation#cache-setup (TRANSFORMERS_CACHE, TRANSFORMERS_OFFLINE).
 * - matplotlib: https://matplotlib.org/stable/install/environment_variables_faq.html (MPLCONFIGDIR; default
 *   ~/.config/matplotlib and ~/.cache/matplotlib); when it is not writable matplotlib warns "Matplotlib created a
 *   temporary cache directory at /tmp/matplotlib-... because the default path ... is not a writable directory"
 *   and rebuilds its font cache (librosa/librosa#1156).
 * - npm / npx: aws/aws-lambda-nodejs-runtime-interface-client README sets ENV NPM_CONFIG_CACHE=/tmp/.npm "because
 *   by default npm writes logs under /home/.npm and Lambda fs is read-only"; npm's default cache is ~/.npm
 *   (https://docs.npmjs.com/cli/v10/using-npm/config#cache).
 */
import type { Severity } from '../core/types.js';
import { normalizePyName } from './python-names.js';

export interface RuntimeWriter {
  /** Short name used in messages. */
  library: string;
  /** PyPI names (normalized: lower case, `-`) whose presence means the library is in the image. */
  packages: readonly string[];
  /** Packages that write as soon as they are imported or used, without the user opting in. */
  writesWithoutOptIn: readonly string[];
  /** The library's own variables, most specific first. */
  variables: readonly string[];
  /** Whether $XDG_CACHE_HOME moves the default location. */
  usesXdgCache: boolean;
  /** Variables that, set to a true value, stop all writes. */
  offline: readonly string[];
  /** Where the library writes by default (relative to HOME). */
  defaultPath: string;
  /** The setting to suggest. */
  suggested: string;
  /** Another fix, appended to the suggestion. */
  alternative?: string;
  /** How sure the failure is when the directory is read-only. */
  severity: Severity;
  /** What the user sees on Lambda. */
  effect: string;
  source: string;
}

export const RUNTIME_WRITERS: readonly RuntimeWriter[] = [
  {
    library: 'numba cache',
    packages: ['numba', 'librosa'],
    writesWithoutOptIn: ['librosa'],
    variables: ['NUMBA_CACHE_DIR'],
    usesXdgCache: true,
    offline: [],
    defaultPath: '~/.cache/numba',
    suggested: 'NUMBA_CACHE_DIR=/tmp/numba_cache',
    severity: 'error',
    effect: 'importing librosa (or any function compiled with cache=True) fails with "RuntimeError: cannot cache function ...: no locator available for file ..."',
    source: 'https://github.com/librosa/librosa/issues/1868',
  },
  {
    library: 'Hugging Face cache',
    packages: ['transformers', 'huggingface-hub', 'sentence-transformers'],
    writesWithoutOptIn: ['transformers', 'huggingface-hub', 'sentence-transformers'],
    variables: ['HF_HUB_CACHE', 'TRANSFORMERS_CACHE', 'HF_HOME'],
    usesXdgCache: true,
    offline: ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'],
    defaultPath: '~/.cache/huggingface',
    suggested: 'HF_HOME=/tmp/huggingface',
    alternative: '; or download the model at build time into a directory of the image and set ENV HF_HUB_OFFLINE=1, so nothing is written at run time',
    severity: 'warning',
    effect: 'downloading a model or tokenizer at run time, or refreshing a cached one whose revision moved, fails with "OSError: [Errno 30] Read-only file system"',
    source: 'https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables',
  },
  {
    library: 'matplotlib config and cache',
    packages: ['matplotlib'],
    writesWithoutOptIn: ['matplotlib'],
    variables: ['MPLCONFIGDIR'],
    usesXdgCache: false,
    offline: [],
    defaultPath: '~/.config/matplotlib',
    suggested: 'MPLCONFIGDIR=/tmp/matplotlib',
    severity: 'warning',
    effect: 'matplotlib falls back to a new temporary directory, logs "Matplotlib created a temporary cache directory" and rebuilds its font cache on every cold start',
    source: 'https://matplotlib.org/stable/install/environment_variables_faq.html',
  },
];

/** npm's cache (npx writes it before starting aws-lambda-ric). */
export const NPM_CACHE = {
  variables: ['NPM_CONFIG_CACHE', 'npm_config_cache'],
  defaultPath: '~/.npm',
  source: 'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage',
} as const;

export { normalizePyName };

/** True when a path is /tmp or below it (the only writable place on Lambda). */
export function underTmp(path: string): boolean {
  return path === '/tmp' || path.startsWith('/tmp/');
}
