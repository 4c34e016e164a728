import { createHash } from 'node:crypto';
import { checkSignedExport, signExport } from '../signed-export.js';

describe('signed export', () => {
  const body = 'position,revision\n1,0\n';

  it('puts the SHA-256 of the rest of the file on the first line', () => {
    const file = signExport(body);
    const [header, ...rest] = file.split('\n');
    expect(header).toBe(`# dossier-audit-export sha256=${createHash('sha256').update(rest.join('\n')).digest('hex')}`);
    expect(rest.join('\n')).toBe(body);
  });

  it('checks an untouched file as valid', () => {
    expect(checkSignedExport(signExport(body))).toMatchObject({ valid: true });
  });

  it.each([
    ['an edited body', (file: string) => file.replace('1,0', '1,1')],
    ['an appended line', (file: string) => `${file}2,1\n`],
    ['a removed trailing newline', (file: string) => file.slice(0, -1)],
    ['a forged header', (file: string) => file.replace(/sha256=[0-9a-f]{4}/, 'sha256=0000')],
    ['no header at all', () => body],
  ])('refuses %s', (_, edit) => {
    expect(checkSignedExport(edit(signExport(body))).valid).toBe(false);
  });
});
