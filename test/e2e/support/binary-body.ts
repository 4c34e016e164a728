/** The part of superagent's response a parser reads (it is the node response stream). */
interface ResponseStream {
  on(event: 'data' | 'end', listener: (chunk: Buffer) => void): unknown;
}

/** A supertest parser keeping the body as bytes (XLSX, PDF): `.buffer(true).parse(binaryBody)`. */
export function binaryBody(res: ResponseStream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
