import { Foundation1763794800000 } from './1763794800000-Foundation.js';
import { Jobs1763820000000 } from './1763820000000-Jobs.js';

/** Every migration, in order. Add new ones at the end; never edit one that has been released. */
export const MIGRATIONS = [Foundation1763794800000, Jobs1763820000000];
