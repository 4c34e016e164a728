/** [from, to) as instants (ms); a bare date is its UTC midnight. Either bound may be open. */
export interface InstantRange {
  from?: number;
  to?: number;
}

export const instantRangeOf = (from?: string, to?: string): InstantRange => ({
  ...(from ? { from: Date.parse(from) } : {}),
  ...(to ? { to: Date.parse(to) } : {}),
});

export const inRange = (range: InstantRange, instant: string): boolean => {
  const at = Date.parse(instant);
  return (range.from === undefined || at >= range.from) && (range.to === undefined || at < range.to);
};
