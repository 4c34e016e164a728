import * as OpenCC from 'opencc-js';
import { normalizeName } from './display-name.js';

// The forms of a name that duplicate detection compares: `exact` (normalised, case-folded), `script`
// (traditional characters folded to simplified), `core` (the script form without company suffixes).

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// In simplified script and lower case, longest first so 股份有限公司 goes before 有限公司.
const COMPANY_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '集团',
  '公司',
  'co., ltd.',
  'co., ltd',
  'co.,ltd.',
  'co.,ltd',
  'co. ltd.',
  'co ltd',
  'company limited',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corporation',
  'corp.',
  'corp',
  'llc',
  'gmbh',
  'group',
];
const TRAILING_PUNCTUATION = /[\s,.，。()（）-]+$/;

interface MatchName {
  exact: string;
  script: string;
  core: string;
}

function withoutSuffixes(name: string): string {
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    rest = rest.replace(TRAILING_PUNCTUATION, '');
    const suffix = COMPANY_SUFFIXES.find((s) => rest.endsWith(s) && rest.length > s.length);
    if (suffix) {
      rest = rest.slice(0, -suffix.length);
      changed = true;
    }
  }
  return rest.replace(TRAILING_PUNCTUATION, '');
}

export function matchName(name: string): MatchName {
  const exact = normalizeName(name).toLowerCase();
  const script = toSimplified(exact);
  const core = withoutSuffixes(script).replace(/\s+/g, '');
  return { exact, script, core };
}
