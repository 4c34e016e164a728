/** A pino destination that keeps every JSON log line, for asserting what was (not) logged. */
export function captureLogs(): { destination: { write(line: string): void }; lines: string[]; entries(): Record<string, unknown>[] } {
  const lines: string[] = [];
  return {
    destination: { write: (line: string) => void lines.push(line) },
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
