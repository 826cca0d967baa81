/**
 * The fast rows of the hostile-input table (test/hostile/rows.ts), in-process but for the few marked `process`;
 * the slow ones, and every fast row as the built CLI (its peak memory), are in slow.test.ts.
 */
import { hostileTable, setup } from './rows.js';

setup();
hostileTable('fast');
