import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, toErrorBody } from './http-exception.filter.js';

function queryFailed(driverError: object): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error('driver'), driverError));
}

describe('database outages in the error filter', () => {
  it('answers 503 SERVICE_UNAVAILABLE when the database is restarting or unreachable', () => {
    const outages = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      queryFailed({ code: '57P01' }), // terminating connection due to administrator command
      queryFailed({ code: '57P03' }), // the database system is starting up
      queryFailed({ code: '08006' }), // connection failure
    ];
    for (const err of outages) {
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(toErrorBody(err)).toEqual({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly',
      });
    }
  });

  it('still answers 500 for other failures and 409 for a duplicate', () => {
    expect(toErrorBody(new Error('boom')).statusCode).toBe(500);
    expect(toErrorBody(queryFailed({ code: '42P01' })).statusCode).toBe(500);
    expect(toErrorBody(queryFailed({ code: '23505' })).code).toBe('ALREADY_EXISTS');
  });
});
