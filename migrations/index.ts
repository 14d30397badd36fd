import { Foundation1763794800000 } from './1763794800000-Foundation.js';
import { Applications1763800000000 } from './1763800000000-Applications.js';

/** Every migration, in order. Add new ones at the end; never edit one that has been released. */
export const MIGRATIONS = [Foundation1763794800000, Applications1763800000000];
