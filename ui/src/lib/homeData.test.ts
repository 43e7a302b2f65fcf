import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./ipc', () => ({ homeOverview: vi.fn() }));
import * as ipc from './ipc';
import { dropHomeOverview, startHomeOverview, takeHomeOverview } from './homeData';

const overview = (upcoming: number) => ({ upcoming: new Array(upcoming), timelines: [], omitted_timelines: 0, attention: [] });

beforeEach(() => {
  vi.mocked(ipc.homeOverview).mockReset();
  dropHomeOverview();
});

describe('Home’s read started at launch', () => {
  it('is taken by the first Home only; a later Home reads afresh', async () => {
    vi.mocked(ipc.homeOverview).mockResolvedValueOnce(overview(1) as never).mockResolvedValueOnce(overview(2) as never);
    startHomeOverview();
    expect(ipc.homeOverview).toHaveBeenCalledTimes(1);
    expect((await takeHomeOverview()).upcoming).toHaveLength(1);
    expect((await takeHomeOverview()).upcoming).toHaveLength(2);
    expect(ipc.homeOverview).toHaveBeenCalledTimes(2);
  });

  it('is not shown by a Home opened after the window went to the first-run screen', async () => {
    vi.mocked(ipc.homeOverview).mockResolvedValueOnce(overview(0) as never).mockResolvedValueOnce(overview(3) as never);
    startHomeOverview();
    dropHomeOverview();
    expect((await takeHomeOverview()).upcoming).toHaveLength(3);
  });

  it('hands its failure to the Home that takes it', async () => {
    vi.mocked(ipc.homeOverview).mockRejectedValueOnce(new Error('database locked'));
    startHomeOverview();
    await expect(takeHomeOverview()).rejects.toThrow('database locked');
  });
});
