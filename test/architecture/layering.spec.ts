import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT, sourceFiles } from './source-files.js';

// The architecture rules of the developers' guide, checked on the import statements themselves.

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]);
}

describe('layering', () => {
  it('keeps the domain pure: no framework, no Node APIs, nothing outside libs/domain', () => {
    const domain = join(ROOT, 'libs/domain/src');
    const offending = sourceFiles(domain).flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith('.') || relative(domain, resolve(dirname(file), target)).startsWith('..'))
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the domain free of clocks: time comes in with the command', () => {
    const offending = sourceFiles(join(ROOT, 'libs/domain/src')).filter((file) => /Date\.now\(|new Date\(\)/.test(readFileSync(file, 'utf8')));
    expect(offending.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('keeps Nest out of the libraries that hold the rules and the storage ports', () => {
    const pureLibs = ['domain', 'event-store', 'read-store', 'projections', 'audit', 'privacy', 'application'];
    const offending = pureLibs.flatMap((lib) =>
      sourceFiles(join(ROOT, 'libs', lib, 'src')).flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith('@nestjs/'))
          .map((target) => `${relative(ROOT, file)} imports ${target}`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
