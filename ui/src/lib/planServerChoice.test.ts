import { beforeEach, describe, expect, it } from 'vitest';
import { rememberChoice, rememberedChoice } from './planServerChoice';

describe('the account a plan last went through', () => {
  beforeEach(() => localStorage.clear());

  it('is offered again for that plan only', () => {
    rememberChoice(7, { account: 'gavle-nextcloud', folder: 'Plans/Gävle' });
    expect(rememberedChoice(7, ['jelgava-sogo', 'gavle-nextcloud'])).toEqual({
      account: 'gavle-nextcloud',
      folder: 'Plans/Gävle',
    });
    expect(rememberedChoice(8, ['jelgava-sogo', 'gavle-nextcloud'])).toBeNull();
  });

  it('is forgotten when its account was removed in Settings', () => {
    rememberChoice(7, { account: 'gavle-nextcloud', folder: '' });
    expect(rememberedChoice(7, ['jelgava-sogo'])).toBeNull();
  });

  it('survives a damaged stored value', () => {
    localStorage.setItem('convene.planServer:7', '{not json');
    expect(rememberedChoice(7, ['gavle-nextcloud'])).toBeNull();
  });
});
