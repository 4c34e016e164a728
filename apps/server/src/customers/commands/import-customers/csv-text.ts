import iconv from 'iconv-lite';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The encodings a CSV may be given in (`--encoding`, `charset=`): what iconv-lite knows. */
export function isKnownEncoding(encoding: string): boolean {
  return iconv.encodingExists(encoding);
}

/**
 * The text of a CSV file as people's spreadsheets save it: a UTF-8 BOM (or a UTF-16 one) means
 * Unicode; a named encoding other than UTF-8 is used as named; otherwise valid UTF-8 is UTF-8 and anything else is
 * GB18030 (a superset of GBK and GB2312), which is what Excel in mainland China writes.
 */
export function decodeCsv(bytes: Buffer, encoding?: string): string {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf16be');
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) return iconv.decode(bytes, encoding);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Also when "utf-8" was declared: clients add that charset by habit to whatever file they send.
    return iconv.decode(bytes, 'gb18030');
  }
}
