import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from './validators.js';

/** A sane upper bound for any amount: € 10.000.000.000,00, far below 2^53. */
export const MAX_CENTS = 1_000_000_000_000;

/**
 * Applies decorators as if written one above the other: the last one first. class-validator checks a
 * field's constraints in the order they were registered, and the error message lists them in that
 * order, so the composed decorators below register exactly as the stacked ones they replace.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorator of [...decorators].reverse()) decorator(target, propertyKey);
  };
}

/** Trims surrounding whitespace from a string before validation; other values pass unchanged. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** What the OpenAPI document says of a field, beside what the decorator derives itself. */
export interface FieldDoc<T> {
  example?: T;
  description?: string;
  /** The field may be left out (ApiPropertyOptional + IsOptional). */
  optional?: boolean;
}

export interface CentsOptions extends FieldDoc<number> {
  /** Lowest amount accepted; 0 unless told otherwise (1 for a positive amount, −MAX_CENTS for a correction). */
  min?: number;
  /** Highest amount accepted; MAX_CENTS unless told otherwise. */
  max?: number;
}

/** An amount in integer euro cents, between `min` (0) and `max` (MAX_CENTS). */
export function Cents(options: CentsOptions = {}): PropertyDecorator {
  const { optional = false, min = 0, max = MAX_CENTS, ...doc } = options;
  return stacked(
    optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(optional ? [IsOptional()] : []),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** A calendar date written `YYYY-MM-DD` that exists (IsCalendarDate), documented as an OpenAPI `date`. */
export function CalendarDate(options: FieldDoc<string> = {}): PropertyDecorator {
  const { optional = false, ...doc } = options;
  const api = { format: 'date', ...doc };
  return stacked(
    optional ? ApiPropertyOptional(api) : ApiProperty(api),
    ...(optional ? [IsOptional()] : []),
    IsCalendarDate(),
  );
}
