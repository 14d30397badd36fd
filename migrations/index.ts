import { Foundation1763794800000 } from './1763794800000-Foundation.js';
import { DeMinimis1763810000000 } from './1763810000000-DeMinimis.js';

/** Every migration, in order. Add new ones at the end; never edit one that has been released. */
export const MIGRATIONS = [Foundation1763794800000, DeMinimis1763810000000];
