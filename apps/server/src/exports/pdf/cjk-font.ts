import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LabelLocale } from '#domain';

// Noto Sans CJK (OTF, complete; `npm ci` installs it with @embedpdf/fonts-sc and -tc): traditional
// glyph shapes for zh-Hant, simplified for the rest; pdfkit embeds only the glyphs a document uses.
const require = createRequire(import.meta.url);
const FONT_FILES: Record<'Hans' | 'Hant', { main: () => string; file: string }> = {
  Hans: { main: () => require.resolve('@embedpdf/fonts-sc'), file: 'NotoSansHans-Regular.otf' },
  Hant: { main: () => require.resolve('@embedpdf/fonts-tc'), file: 'NotoSansHant-Regular.otf' },
};
const loaded = new Map<string, Buffer>();

/** The font file of the locale's script, read once per process (about 8 MB each). */
export function cjkFontOf(locale: LabelLocale): Buffer {
  const script = locale === 'zh-Hant' ? 'Hant' : 'Hans';
  let font = loaded.get(script);
  if (!font) {
    // The packages export no path to their fonts: they sit in fonts/ beside dist/, where `main` points.
    const { main, file } = FONT_FILES[script];
    font = readFileSync(join(dirname(main()), '..', 'fonts', file));
    loaded.set(script, font);
  }
  return font;
}
