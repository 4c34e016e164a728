// Full-width ASCII (U+FF01..U+FF5E) and the ideographic space (U+3000), as a Chinese input method
// types them, folded to their half-width forms. Not NFKC: that would also rewrite ①, ﬁ or half-width kana.

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
