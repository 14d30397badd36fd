import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidBelgianIban, isValidEnterpriseNumber } from './identifiers.js';

export function IsEnterpriseNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEnterpriseNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a Belgian enterprise number (0123.456.749) with a valid check digit',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEnterpriseNumber(value),
      },
    });
}

export function IsBelgianIban(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBelgianIban',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a Belgian IBAN with valid check digits', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidBelgianIban(value) },
    });
}

/** A calendar date `YYYY-MM-DD` that exists (rejects 2023-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an existing date written YYYY-MM-DD', ...options },
      validator: { validate: isCalendarDate },
    });
}
