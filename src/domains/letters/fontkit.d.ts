/**
 * The part of fontkit (pdfkit's font engine, which ships no type declarations) that `fonts.ts` uses.
 * pdfkit accepts a fontkit `Font` wherever it accepts the bytes of a font.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    readonly advanceWidth: number;
  }

  export interface Font {
    postscriptName: string;
    /** Every code point the font maps to a glyph (its cmap). */
    characterSet: number[];
    getGlyph(id: number, codePoints?: number[]): Glyph;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(
      text: string,
      features?: unknown,
      script?: string,
      language?: string,
      direction?: string,
    ): GlyphRun;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
