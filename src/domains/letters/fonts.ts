import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { create, type Font, type Glyph, type GlyphRun } from 'fontkit';

const require = createRequire(import.meta.url);

/**
 * Converts a WOFF 1.0 font into the plain TrueType/OpenType (SFNT) font it wraps: the same tables,
 * inflated with node:zlib. pdfkit (fontkit) would otherwise inflate every table of a WOFF with a
 * pure-JavaScript inflater for every document, which was most of a letter's render time.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const out = Buffer.alloc(headerLength + tables.reduce((s, t) => s + pad(t.data.length), 0));
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector += 1;
  }
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

const cache = new Map<string, Buffer>();

/** A font of `@fontsource/noto-sans` as SFNT bytes, read and converted once per process. */
export function notoSans(weight: 400 | 700): Buffer {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  let font = cache.get(file);
  if (!font) {
    font = woffToSfnt(readFileSync(file));
    cache.set(file, font);
  }
  return font;
}

/**
 * Distinct texts (pdfkit lays out word by word) whose shaping each font keeps. A letter has a few
 * hundred, most of them the template's. Measured over 6,000 varied letters: a thread's live heap is
 * 20 MB with 2,000 (32 MB with 5,000, 16 MB with 1,000), at the same CPU per letter.
 */
export const SHAPED_TEXTS_KEPT = 2_000;

const shared = new Map<400 | 700, SharedFont>();

/** A font of `@fontsource/noto-sans`, parsed once per process: give `forDocument()` to pdfkit. */
export function notoSansFont(weight: 400 | 700): SharedFont {
  let font = shared.get(weight);
  if (!font) {
    font = new SharedFont(notoSans(weight));
    shared.set(weight, font);
  }
  return font;
}

interface Shaped {
  run: GlyphRun;
  /** The glyphs shaping asked fontkit for (ids, and the code points of each first request), in order. */
  requestedIds: number[];
  requestedCodePoints: number[][];
}

/**
 * A font parsed once per process and shared by every document, with the shaping of the texts laid
 * out lately. Given the bytes of a font, pdfkit (fontkit) parses it again for every document and
 * shapes every word again (its layout cache lives in the document): that was most of a letter's
 * render time.
 *
 * The bytes of a letter must still depend on its data only, never on what the process rendered
 * before, and stay what a font of its own would give. The one thing fontkit keeps from earlier
 * work is the glyph object, with the code points of the text that first asked for it; pdfkit writes
 * those code points into the document's ToUnicode map (what copying text out of the PDF gives). So:
 * - every glyph the font maps a code point to is made here, before any shaping, with that code point
 *   (a character's glyph is what shaping starts from, so shaping never depends on history);
 * - shaping a text records which glyphs it asked for, with which code points (`requested`);
 * - each document gets its own view of the font (`forDocument`), which replays those requests as a
 *   font of its own would have kept them (the first request of a glyph in the document wins) and
 *   hands pdfkit glyphs carrying the code points of that document.
 */
export class SharedFont {
  private readonly font: Font;
  private readonly shaped = new Map<string, Shaped>();
  private readonly decodedOnce = new WeakSet<Glyph>();
  private requests?: Map<number, number[]>;

  constructor(
    sfnt: Buffer,
    private readonly keep = SHAPED_TEXTS_KEPT,
  ) {
    const font = create(sfnt);
    const getGlyph = font.getGlyph.bind(font);
    font.getGlyph = (id, codePoints = []) => {
      if (this.requests && !this.requests.has(id)) this.requests.set(id, codePoints);
      const glyph = getGlyph(id, codePoints);
      if (glyph && !this.decodedOnce.has(glyph)) decodeOnce(glyph, this.decodedOnce);
      return glyph;
    };
    font.getGlyph(0);
    for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(codePoint);
    this.font = font;
  }

  /** A view of the font for one document; pdfkit takes it where it takes a font's bytes. */
  forDocument(): Font {
    // pdfkit asks for glyph 0 (.notdef) when it opens a font, before any text.
    const codePoints = new Map<number, number[]>([[0, []]]);
    const glyphs = new Map<number, Glyph>();
    const view = Object.create(this.font) as Font;
    view.layout = (text, features, script, language, direction) => {
      const { run, requestedIds, requestedCodePoints } = this.shape(
        text,
        features,
        script,
        language,
        direction,
      );
      for (let i = 0; i < requestedIds.length; i++) {
        if (!codePoints.has(requestedIds[i])) codePoints.set(requestedIds[i], requestedCodePoints[i]);
      }
      const copy = copyRun(run);
      copy.glyphs = run.glyphs.map((glyph) => {
        let own = glyphs.get(glyph.id);
        if (!own) {
          own = Object.create(glyph, {
            codePoints: {
              value: codePoints.get(glyph.id) ?? glyph.codePoints,
              enumerable: true,
              writable: true,
            },
          }) as Glyph;
          glyphs.set(glyph.id, own);
        }
        return own;
      });
      return copy;
    };
    return view;
  }

  private shape(
    text: string,
    features?: unknown,
    script?: string,
    language?: string,
    direction?: string,
  ): Shaped {
    const plain =
      features === undefined && script === undefined && language === undefined && direction === undefined;
    let shaped = plain ? this.shaped.get(text) : undefined;
    if (shaped) return shaped;
    const requests = new Map<number, number[]>();
    this.requests = requests;
    try {
      shaped = {
        run: this.font.layout(text, features, script, language, direction),
        requestedIds: [...requests.keys()],
        requestedCodePoints: [...requests.values()],
      };
    } finally {
      this.requests = undefined;
    }
    if (plain) {
      // The oldest text goes first; the template's words come back at once if they were it.
      if (this.shaped.size >= this.keep) this.shaped.delete(this.shaped.keys().next().value as string);
      this.shaped.set(text, shaped);
    }
    return shaped;
  }
}

/** pdfkit scales a run's positions in place: every document gets its own copy of them. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
    xAdvance,
    yAdvance,
    xOffset,
    yOffset,
  }));
  return copy;
}

/**
 * fontkit decodes a glyph's outline again each time a document's font subset takes the glyph; the
 * font never changes, so a shared glyph decodes it once. (Its callers only read the result.)
 */
function decodeOnce(glyph: Glyph, done: WeakSet<Glyph>): void {
  const decodable = glyph as Glyph & { _decode?: () => unknown };
  const decode = decodable._decode;
  if (typeof decode === 'function') {
    let decoded: { value: unknown } | undefined;
    decodable._decode = () => (decoded ??= { value: decode.call(glyph) }).value;
  }
  done.add(glyph);
}
