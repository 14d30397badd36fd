import { describe, expect, it } from '@jest/globals';
import { canonicalJson, chainHash, GENESIS_HASH } from './hash-chain.js';

describe('audit hash chain', () => {
  const event = {
    at: '2026-11-22T10:00:00.000Z',
    actorId: null,
    actorRole: 'system',
    action: 'organisation.created',
    entity: 'organisation',
    entityId: 'x',
    data: { b: 1, a: { d: [1, 2], c: 'x' } },
  };

  it('serialises objects with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('serialises a Date as jsonb will give it back: its ISO string', () => {
    expect(canonicalJson({ at: new Date('2026-11-22T10:00:00Z') })).toBe('{"at":"2026-11-22T10:00:00.000Z"}');
  });

  it('gives the same hash whatever the key order', () => {
    const reordered = { ...event, data: { a: { c: 'x', d: [1, 2] }, b: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, event));
  });

  it('changes the hash when the data or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, data: { b: 2, a: { d: [1, 2], c: 'x' } } })).not.toBe(base);
    expect(chainHash('1'.repeat(64), event)).not.toBe(base);
  });
});
