import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./ipc', () => ({ reportReady: vi.fn(() => Promise.resolve()) }));

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('the first-screen ready signal', () => {
  it('is sent once per page load, after a frame, naming the first screen', async () => {
    vi.useFakeTimers();
    const { reportReady } = await import('./ipc');
    const { screenReady } = await import('./ready');
    vi.mocked(reportReady).mockClear();
    screenReady('home');
    screenReady('welcome');
    expect(reportReady).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalledTimes(1);
    expect(reportReady).toHaveBeenCalledWith('home');
  });

  it('ignores a backend that is not there', async () => {
    vi.useFakeTimers();
    const { reportReady } = await import('./ipc');
    vi.mocked(reportReady).mockRejectedValueOnce(new Error('no Tauri here'));
    const { screenReady } = await import('./ready');
    screenReady('home');
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalled();
  });

  it('ignores a mocked backend without the command', async () => {
    vi.useFakeTimers();
    const { reportReady } = await import('./ipc');
    vi.mocked(reportReady).mockImplementationOnce(() => {
      throw new Error('the mock has no reportReady');
    });
    const { screenReady } = await import('./ready');
    screenReady('welcome');
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalledWith('welcome');
  });
});
