/** 10000 → `10k`, 1000000 → `1M`: how the scale figures are named. */
export function scaleLabel(customers: number): string {
  if (customers >= 1_000_000 && customers % 1_000_000 === 0) return `${customers / 1_000_000}M`;
  if (customers >= 1000 && customers % 1000 === 0) return `${customers / 1000}k`;
  return String(customers);
}
