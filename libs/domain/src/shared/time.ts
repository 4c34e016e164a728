/** One day in milliseconds: day arithmetic on instants (windows, ages), never calendar days. */
export const DAY_MS = 86_400_000;
