/**
 * "Now", for screens that show the time in partners' zones or count days to a meeting.
 * It ticks at the start of every minute while something reads it.
 */
let now = $state(new Date());
let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  timer = setTimeout(() => {
    now = new Date();
    schedule();
  }, 60_000 - (Date.now() % 60_000) + 50);
}

export const clock = {
  get now(): Date {
    if (timer === null && typeof window !== 'undefined') schedule();
    return now;
  },
};
