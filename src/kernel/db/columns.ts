import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

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

/** For `numeric` columns (rates, scores): PostgreSQL hands them back as strings; they are small exact decimals. */
export const NUMERIC_TRANSFORMER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null | undefined) =>
    value === null || value === undefined ? value : Number(value),
};

/** The options a column decorator below leaves to its caller (the column name, nullable, …). */
type ColumnRest = Omit<ColumnOptions, 'type' | 'precision' | 'scale' | 'transformer'>;

/** An amount in integer cents: a `bigint` column read back as a number (CENTS_TRANSFORMER). */
export function CentsColumn(options: ColumnRest = {}): PropertyDecorator {
  return Column({ ...options, type: 'bigint', transformer: CENTS_TRANSFORMER });
}

/** A `numeric(precision, scale)` column read back as a number. */
export function NumericColumn(precision: number, scale: number, options: ColumnRest = {}): PropertyDecorator {
  return Column({ ...options, type: 'numeric', precision, scale, transformer: NUMERIC_TRANSFORMER });
}
