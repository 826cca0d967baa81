/** The fast rows of the hostile-input table (test/hostile/rows.ts); the slow ones are in slow.test.ts. */
import { hostileTable, setup } from './rows.js';

setup();
hostileTable('fast');
