/**
 * What the commands print (console.log), line by line, emptied before each test; console.error is silenced meanwhile.
 * The commands report failures through process.exitCode: it is reset around each test so that it never leaks into
 * the test runner's own exit code.
 */
export function capturedOutput(): string[] {
  const original = { log: console.log, error: console.error };
  const printed: string[] = [];
  beforeEach(() => {
    printed.length = 0;
    console.log = (line: string) => printed.push(line);
    console.error = () => undefined;
    process.exitCode = undefined;
  });
  afterEach(() => {
    Object.assign(console, original);
    process.exitCode = undefined;
  });
  return printed;
}
