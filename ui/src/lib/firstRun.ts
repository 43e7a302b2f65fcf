/**
 * Whether the person already passed the first-run screen for a database: chose "Start
 * empty" there. Remembered per database path, so a new, empty database still greets them.
 */
const key = (dbPath: string) => `convene.firstRunDone:${dbPath}`;

export function firstRunDone(dbPath: string): boolean {
  try {
    return localStorage.getItem(key(dbPath)) === '1';
  } catch {
    return false;
  }
}

export function markFirstRunDone(dbPath: string): void {
  try {
    localStorage.setItem(key(dbPath), '1');
  } catch {
    /* private mode: the screen shows again next time, which is harmless */
  }
}
