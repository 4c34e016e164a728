/** Where the time travel stands: after an event (its revision), or at an instant of record time (what the system knew then). */
export type AsOfPoint = { revision: number } | { at: string };

export function pointKey(point: AsOfPoint | undefined): string {
  return point === undefined ? '' : 'revision' in point ? `r${point.revision}` : `a${point.at}`;
}

/** A `datetime-local` input's value (the browser's zone) as an ISO instant; undefined when empty or invalid. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
