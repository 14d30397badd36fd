import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './errors.js';

/** Flattens class-validator's nested errors into one entry per field path (`partners.0.costs.1.amountCents`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  // An explicit stack, and no spread of child arrays: a list of many invalid elements once overflowed
  // the call stack here (issue #20).
  const stack: [ValidationError, string][] = errors.map((e) => [e, parent]).reverse() as [
    ValidationError,
    string,
  ][];
  while (stack.length > 0) {
    const [error, prefix] = stack.pop() as [ValidationError, string];
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, message });
    }
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], field]);
  }
  return out;
}

/** The one ValidationPipe of the app: unknown fields are rejected, types are transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const message =
        details.length > 0 ? details.map((d) => `${d.field}: ${d.message}`).join('; ') : 'Invalid request';
      return new BadRequestException({ code: 'VALIDATION_FAILED', message, details });
    },
  });
}
