import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ROOT, sourceFiles } from './source-files.js';

// Names match files: `<name>.<role>.ts` holds the class <Name><Role> and no class of another role, and a class named
// for a role lives in a file of that role, so the tree says where a query, its handler or its controller is.

const ROLES = { query: 'Query', handler: 'Handler', controller: 'Controller', dto: 'Dto', command: 'Command' } as const;
type Role = keyof typeof ROLES;

const pascalCase = (name: string) =>
  name
    .split(/[-.]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

const roleOfFile = (file: string): Role | undefined => /\.(query|handler|controller|dto|command)\.ts$/.exec(file)?.[1] as Role | undefined;
const roleOfClass = (name: string): Role | undefined => (Object.keys(ROLES) as Role[]).find((role) => name.endsWith(ROLES[role]));
const exportedClasses = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export\s+(?:abstract\s+)?class\s+(\w+)/gm)].map((match) => match[1]);

const files = ['apps', 'libs'].flatMap((top) => readdirSync(join(ROOT, top)).flatMap((project) => sourceFiles(join(ROOT, top, project, 'src'))));

describe('file names', () => {
  it('a <name>.<role>.ts file that holds classes holds <Name><Role>, and only classes of its role', () => {
    const offending = files.flatMap((file) => {
      const role = roleOfFile(file);
      const classes = exportedClasses(file);
      if (!role || classes.length === 0) return [];
      const expected = pascalCase(basename(file, `.${role}.ts`)) + ROLES[role];
      const misplaced = classes.filter((name) => roleOfClass(name) !== role);
      return [
        ...(classes.includes(expected) ? [] : [`${relative(ROOT, file)} lacks ${expected}`]),
        ...misplaced.map((name) => `${relative(ROOT, file)} holds ${name}`),
      ];
    });
    expect(offending).toEqual([]);
  });

  it('a class named for a role lives in a file of that role', () => {
    const offending = files.flatMap((file) =>
      exportedClasses(file)
        .filter((name) => roleOfClass(name) !== undefined && roleOfClass(name) !== roleOfFile(file))
        .map((name) => `${relative(ROOT, file)} holds ${name}`),
    );
    expect(offending).toEqual([]);
  });
});
