/**
 * The calendar server account and folder a plan last went through (push or pull), so the
 * plan page offers them again instead of the first account. Kept per plan in the
 * webview's localStorage: a choice about this window, not part of the plan's data.
 */
export interface PlanServerChoice {
  account: string;
  folder: string;
}

const key = (planId: number) => `convene.planServer:${planId}`;

/** The remembered choice for `planId`, when its account is still one of `accounts`. */
export function rememberedChoice(planId: number, accounts: string[]): PlanServerChoice | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key(planId)) ?? 'null') as Partial<PlanServerChoice> | null;
    if (!stored || typeof stored.account !== 'string' || !accounts.includes(stored.account)) return null;
    return { account: stored.account, folder: typeof stored.folder === 'string' ? stored.folder : '' };
  } catch {
    return null;
  }
}

/** Remembers the account and folder `planId` just went through. */
export function rememberChoice(planId: number, choice: PlanServerChoice): void {
  try {
    localStorage.setItem(key(planId), JSON.stringify(choice));
  } catch {
    /* private mode: the first account is offered next time, which is harmless */
  }
}
