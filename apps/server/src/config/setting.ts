/** A parsed value, or what is wrong with the raw text (the caller names the variable). */
type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** One environment variable: how it is read, checked and documented. */
export interface Setting<T> {
  readonly name: string;
  /** What a valid value looks like, for the documentation. */
  readonly type: string;
  /** The default as the documentation shows it. */
  readonly shownDefault: string;
  readonly doc: string;
  /** An unset or empty variable takes the default. */
  parse(raw: string | undefined): Parsed<T>;
}

export type SettingValue<S> = S extends Setting<infer T> ? T : never;

interface Documented {
  doc: string;
}

interface Unset {
  /** What an unset variable means, for the documentation (default: "unset"). */
  unset?: string;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = (text: string): Parsed<never> => ({ ok: false, problem: text });
const code = (value: string | number) => `\`${value}\``;

function setting<T>(name: string, type: string, shownDefault: string, doc: string, fallback: T, check: (raw: string) => Parsed<T>): Setting<T> {
  return { name, type, shownDefault, doc, parse: (raw) => (raw === undefined || raw === '' ? ok(fallback) : check(raw)) };
}

interface TextOptions extends Documented {
  minLength?: number;
  /** The value is base64 of exactly this many bytes. */
  base64Bytes?: number;
}

function checkText({ minLength = 0, base64Bytes }: TextOptions) {
  return (raw: string): Parsed<string> => {
    if (raw.length < minLength) return problem(`must be at least ${minLength} characters`);
    if (base64Bytes !== undefined && Buffer.from(raw, 'base64').length !== base64Bytes) return problem(`must be ${base64Bytes} bytes, base64-encoded`);
    return ok(raw);
  };
}

function textType({ minLength, base64Bytes }: TextOptions): string {
  if (base64Bytes !== undefined) return `base64 of ${base64Bytes} bytes`;
  if (minLength === undefined || minLength === 0) return 'text';
  return minLength === 1 ? 'text, not empty' : `text, ≥ ${minLength} characters`;
}

/** Free text with a default. */
export function text(name: string, options: TextOptions & { default: string }): Setting<string> {
  return setting(name, textType(options), code(options.default), options.doc, options.default, checkText(options));
}

/** Free text that may stay unset. */
export function optionalText(name: string, options: TextOptions & Unset): Setting<string | undefined> {
  return setting<string | undefined>(name, textType(options), options.unset ?? 'unset', options.doc, undefined, checkText(options));
}

/** Text with a default that `check` accepts (it returns the problem, or nothing when the value is good). */
export function checkedText(
  name: string,
  options: Documented & { default: string; type: string; check: (raw: string) => string | undefined },
): Setting<string> {
  return setting(name, options.type, code(options.default), options.doc, options.default, (raw) => {
    const wrong = options.check(raw);
    return wrong === undefined ? ok(raw) : problem(wrong);
  });
}

/** An integer within bounds. */
export function integer(name: string, options: Documented & { default: number; min: number; max?: number }): Setting<number> {
  const { min, max } = options;
  const bounds = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
  return setting(name, `integer ${max === undefined ? `≥ ${min}` : `${min}–${max}`}`, code(options.default), options.doc, options.default, (raw) => {
    const value = Number(raw);
    return Number.isInteger(value) && value >= min && (max === undefined || value <= max) ? ok(value) : problem(`must be an integer ${bounds}`);
  });
}

/** One of a few words. */
export function choice<const V extends readonly string[]>(name: string, values: V, options: Documented & { default: V[number] }): Setting<V[number]> {
  return setting(name, values.map(code).join(', '), code(options.default), options.doc, options.default, (raw) =>
    values.includes(raw) ? ok(raw as V[number]) : problem(`must be one of ${values.join(', ')}`),
  );
}

/** A comma-separated list; blanks around items are dropped. */
export function list(name: string, options: Documented & { default: readonly string[] }): Setting<string[]> {
  const shown = options.default.length ? code(options.default.join(',')) : 'empty';
  return setting(name, 'comma-separated list', shown, options.doc, [...options.default], (raw) =>
    ok(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  );
}

/** `true` or `false`. */
export function flag(name: string, options: Documented & { default: boolean }): Setting<boolean> {
  return setting(name, '`true`, `false`', code(String(options.default)), options.doc, options.default, (raw) =>
    raw === 'true' || raw === 'false' ? ok(raw === 'true') : problem('must be true or false'),
  );
}
