/**
 * The limits on a JSON request body, checked while it is parsed (a scan of the text for the counts,
 * then the `reviver` of `JSON.parse` for the content), so that a hostile body is refused before class-transformer and class-validator see it: both walk every
 * key and element, and class-transformer's key handling is quadratic in the keys of one object
 * (issue #20: 80,000 keys under 1 MB held the event loop for seconds). Also the one rule for text:
 * no control characters in any string, and no `__proto__` or `constructor` keys.
 */

/** Keys in one JSON object. The widest DTO has about 30 fields. */
export const MAX_KEYS_PER_OBJECT = 200;
/** Elements in one JSON array. The longest list a DTO accepts is 500 expense lines. */
export const MAX_ARRAY_LENGTH = 1_000;
/** Deepest nesting of objects and arrays (the reviver and the validator recurse). */
export const MAX_BODY_DEPTH = 32;
/** Keys and array elements in the whole body, counted together. */
export const MAX_BODY_VALUES = 20_000;

/**
 * Control characters refused in every text value (C0 except tab, line feed and carriage return, and
 * DEL). NUL in particular cannot be stored in a PostgreSQL `text` or `jsonb` value.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Keys that address an object's prototype; refused like any unknown field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** A body refused because of its shape or content: 400 `VALIDATION_FAILED`. */
export class JsonBodyInvalid extends Error {}
/** A body refused because of its size in keys or elements: 413 `PAYLOAD_TOO_LARGE`. */
export class JsonBodyTooComplex extends Error {}

/**
 * Parses one JSON body with the limits above (a reviver that counts, fresh for each body). Throws
 * `JsonBodyInvalid` or `JsonBodyTooComplex`, or `SyntaxError` for text that is not JSON. Like the
 * strict JSON body parser: an empty body is `{}`, and only an object or an array is a body.
 */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  checkJsonShape(text);
  const value: unknown = JSON.parse(text, createBodyReviver());
  if (value === null || typeof value !== 'object') {
    throw new SyntaxError('A JSON body must be an object or an array');
  }
  return value;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * One pass over the JSON text, before `JSON.parse` builds anything: counts the separators of each
 * object and array and of the whole body, and stops at the first limit exceeded. `JSON.parse` alone
 * takes ~40 ms for 80,000 keys, this check stops after the first 20,000 commas in ~2 ms. The text need
 * not be valid JSON here; `JSON.parse` judges that afterwards.
 */
export function checkJsonShape(text: string): void {
  const commas: number[] = []; // separators seen so far in each open container
  const isObject: boolean[] = [];
  let total = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === COMMA) {
      const top = commas.length - 1;
      if (top < 0) continue;
      commas[top] += 1;
      total += 1;
      if (total >= MAX_BODY_VALUES) {
        throw new JsonBodyTooComplex(`The request body holds more than ${MAX_BODY_VALUES} values`);
      }
      if (isObject[top] ? commas[top] >= MAX_KEYS_PER_OBJECT : commas[top] >= MAX_ARRAY_LENGTH) {
        throw new JsonBodyTooComplex(
          isObject[top]
            ? `An object may hold at most ${MAX_KEYS_PER_OBJECT} fields`
            : `A list may hold at most ${MAX_ARRAY_LENGTH} elements`,
        );
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      commas.push(0);
      isObject.push(c === OPEN_OBJECT);
      if (commas.length > MAX_BODY_DEPTH) {
        throw new JsonBodyInvalid(`The request body is nested deeper than ${MAX_BODY_DEPTH} levels`);
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      commas.pop();
      isObject.pop();
    }
  }
}

/**
 * A fresh reviver for one body (it counts). The reviver sees every value once, children before their
 * parent, so the checks cost one pass over the parsed value.
 */
function createBodyReviver(): (this: unknown, key: string, value: unknown) => unknown {
  let values = 0;
  return function reviver(this: unknown, key: string, value: unknown): unknown {
    values += 1;
    if (values > MAX_BODY_VALUES) {
      throw new JsonBodyTooComplex(`The request body holds more than ${MAX_BODY_VALUES} values`);
    }
    if (!Array.isArray(this) && PROTOTYPE_KEYS.has(key)) {
      throw new JsonBodyInvalid(`${key}: this field is not allowed`);
    }
    if (hasControlCharacters(key)) throw new JsonBodyInvalid('A field name holds control characters');
    if (typeof value === 'string') {
      if (hasControlCharacters(value)) {
        throw new JsonBodyInvalid(`${key || 'body'}: text may not contain control characters`);
      }
    } else if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_LENGTH) {
        throw new JsonBodyTooComplex(
          `${key || 'body'}: a list may hold at most ${MAX_ARRAY_LENGTH} elements`,
        );
      }
    } else if (value !== null && typeof value === 'object') {
      if (Object.keys(value).length > MAX_KEYS_PER_OBJECT) {
        throw new JsonBodyTooComplex(
          `${key || 'body'}: an object may hold at most ${MAX_KEYS_PER_OBJECT} fields`,
        );
      }
    }
    return value;
  };
}
