/**
 * When item analysis may say "check this question", and how sure it is. With a class-sized
 * sample one student's answers swing the figures, so nothing is flagged under MIN_STUDENTS, every
 * figure carries a 95% range, and "check the key" is said only when even the range's top is below
 * zero. (Facility: Wilson score interval. Discrimination: Fisher's z for a correlation.)
 */
export const MIN_STUDENTS = 10;
const Z95 = 1.96;

export type Interval = { low: number; high: number };

/** 95% Wilson interval for a proportion p observed over n. */
export function facilityInterval(p: number, n: number): Interval | null {
  if (n <= 0) return null;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** 95% interval for a correlation r over n pairs (Fisher's z); none below four pairs. */
export function discriminationInterval(r: number, n: number): Interval | null {
  if (n < 4) return null;
  const z = Math.atanh(Math.max(-0.999999, Math.min(0.999999, r)));
  const se = 1 / Math.sqrt(n - 3);
  return { low: Math.tanh(z - Z95 * se), high: Math.tanh(z + Z95 * se) };
}

export type ItemFigures = { responses: number; facility: number | null; discrimination: number | null };

/** Why a question deserves a second look, in a teacher's words; empty below the minimum sample. */
export function itemFlags(item: ItemFigures): string[] {
  if (item.responses < MIN_STUDENTS) return [];
  const flags: string[] = [];
  if (item.facility !== null && item.facility < 0.3) flags.push("Very hard: fewer than 30% of the marks were earned.");
  if (item.facility !== null && item.facility > 0.95) flags.push("Very easy: almost everyone got it right.");
  if (item.discrimination !== null && item.discrimination < 0.2) {
    const range = discriminationInterval(item.discrimination, item.responses);
    flags.push(
      range && range.high < 0
        ? "Stronger readers did worse on it than weaker ones, even allowing for chance: check the key and the options."
        : "It may not separate stronger from weaker readers; with this many students that is not certain.",
    );
  }
  return flags;
}

/** "0.12 to 0.61": an interval as the page prints it. */
export function formatInterval(i: Interval, asPercent: boolean): string {
  const f = (v: number) => (asPercent ? `${Math.round(v * 100)}%` : v.toFixed(2));
  return `${f(i.low)} to ${f(i.high)}`;
}
