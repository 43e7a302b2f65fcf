/**
 * Counting things in sentences, as convene-core's `wording::count` does: "1 meeting",
 * "3 meetings", "2 lines are". One is singular; zero and more are plural.
 */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
