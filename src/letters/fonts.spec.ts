import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { notoSans, woffToSfnt } from './fonts.js';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));

describe('woffToSfnt', () => {
  it('unwraps every table of a WOFF at its original length, with a valid head table', () => {
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    const tags: string[] = [];
    for (let i = 0; i < numTables; i++) {
      const entry = 12 + i * 16;
      const tag = sfnt.toString('latin1', entry, entry + 4);
      tags.push(tag);
      expect(sfnt.readUInt32BE(entry + 12)).toBe(woff.readUInt32BE(44 + i * 20 + 12));
      if (tag === 'head') expect(sfnt.readUInt32BE(sfnt.readUInt32BE(entry + 8) + 12)).toBe(0x5f0f3cf5);
    }
    expect(tags).toEqual(expect.arrayContaining(['head', 'glyf', 'cmap', 'hmtx']));
  });

  it('rejects what is not a WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow('Not a WOFF 1.0 font');
  });

  it('converts each font once per process', () => {
    expect(notoSans(700)).toBe(notoSans(700));
  });
});
