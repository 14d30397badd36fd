import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { notoSans, notoSansFont, SharedFont, woffToSfnt } from './fonts.js';

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

describe('SharedFont', () => {
  const codePointsOf = (font: ReturnType<SharedFont['forDocument']>, text: string) =>
    font.layout(text).glyphs.map((g) => g.codePoints);

  it('gives each document the code points a font of its own would keep', () => {
    const font = new SharedFont(notoSans(400));
    // "i" with a combining diaeresis is shaped into the dotless i, which the font also maps from U+0131.
    const first = font.forDocument();
    expect(codePointsOf(first, 'i\u0308')).toEqual([[0x69], [0x308]]);
    expect(codePointsOf(first, '\u0131')).toEqual([[0x69]]);
    const second = font.forDocument();
    expect(codePointsOf(second, '\u0131')).toEqual([[0x131]]);
    expect(codePointsOf(second, 'i\u0308')).toEqual([[0x131], [0x308]]);
    // Shaped again from the cache, in a third document: the same as the first.
    const third = font.forDocument();
    expect(codePointsOf(third, 'i\u0308')).toEqual([[0x69], [0x308]]);
  });

  it('hands every layout its own positions, so pdfkit can scale them', () => {
    const view = notoSansFont(400).forDocument();
    const a = view.layout('Provincie');
    a.positions[0].xAdvance *= 2;
    const b = notoSansFont(400).forDocument().layout('Provincie');
    expect(b.positions[0].xAdvance).toBe(a.positions[0].xAdvance / 2);
    expect(b.advanceWidth).toBeGreaterThan(0);
  });

  it('keeps a bounded number of shaped texts', () => {
    const font = new SharedFont(notoSans(400), 3);
    const view = font.forDocument();
    const widths = ['een', 'twee', 'drie', 'vier', 'een'].map((w) => view.layout(w).advanceWidth);
    expect(widths[4]).toBe(widths[0]);
    expect((font as unknown as { shaped: Map<string, unknown> }).shaped.size).toBe(3);
  });
});
