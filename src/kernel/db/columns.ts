import type { ValueTransformer } from 'typeorm';

/**
 * For `bigint` money columns: PostgreSQL hands bigints back as strings; amounts in cents stay far
 * below 2^53, so they are read back as safe integers.
 */
export const CENTS_TRANSFORMER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe number of cents: ${value}`);
    return n;
  },
};
