import { describe, expect, it } from '@jest/globals';
import { SnakeNamingStrategy, snakeCase } from './naming-strategy.js';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('names a column after the snake case of its property', () => {
    expect(strategy.columnName('registeredInCentralRegisterOn', '', [])).toBe(
      'registered_in_central_register_on',
    );
    expect(strategy.columnName('on', '', [])).toBe('on');
    expect(strategy.columnName('sha256', '', [])).toBe('sha256');
  });

  it('keeps an explicit column name as written', () => {
    expect(strategy.columnName('createdAt', 'inserted_at', [])).toBe('inserted_at');
  });

  it('names a join column in snake case too', () => {
    expect(strategy.joinColumnName('coordinatorOrganisation', 'id')).toBe('coordinator_organisation_id');
  });

  it('splits acronyms before a word', () => {
    expect(snakeCase('erdfRatePct')).toBe('erdf_rate_pct');
    expect(snakeCase('IBANCheck')).toBe('iban_check');
  });
});
