/**
 * One short message for the whole window ("Meeting saved."), read out by screen readers
 * through a polite live region, and gone after a while.
 */
export interface Notice {
  text: string;
  kind: 'ok' | 'error' | 'warn';
}

let current = $state<Notice | null>(null);
let timer: ReturnType<typeof setTimeout> | null = null;

export const notices = {
  get current(): Notice | null {
    return current;
  },
};

export function notify(text: string, kind: Notice['kind'] = 'ok'): void {
  current = { text, kind };
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => (current = null), kind === 'error' ? 12_000 : 5_000);
}

export function dismissNotice(): void {
  current = null;
}
