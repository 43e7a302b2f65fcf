import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./ipc', () => ({ reportReady: vi.fn(() => Promise.resolve()) }));

// The page's own clock and its marks stay real: the moments are read from them.
const timers: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] };

afterEach(() => {
  // One page load's moments per test.
  performance.clearMarks();
  vi.useRealTimers();
  vi.resetModules();
});

describe('the first-screen ready signal', () => {
  it('is sent once per page load, after a frame, naming the first screen', async () => {
    vi.useFakeTimers(timers);
    const { reportReady } = await import('./ipc');
    const { screenReady } = await import('./ready');
    vi.mocked(reportReady).mockClear();
    screenReady('home');
    screenReady('welcome');
    expect(reportReady).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalledTimes(1);
    expect(reportReady).toHaveBeenCalledWith('home', expect.any(Number), expect.any(Array));
  });

  it('carries the start-up moments noted before it, in order, and none after', async () => {
    vi.useFakeTimers(timers);
    const { reportReady } = await import('./ipc');
    const { screenReady, startupMark } = await import('./ready');
    vi.mocked(reportReady).mockClear();
    startupMark('script');
    startupMark('data');
    screenReady('home');
    startupMark('late');
    await vi.runAllTimersAsync();
    const [, now, phases] = vi.mocked(reportReady).mock.calls[0];
    expect(phases.map(([name]) => name)).toEqual(['script', 'data', 'drawn', 'frame']);
    const times = phases.map(([, ms]) => ms);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(now).toBeGreaterThanOrEqual(times[times.length - 1]);
  });

  it('ignores a backend that is not there', async () => {
    vi.useFakeTimers(timers);
    const { reportReady } = await import('./ipc');
    vi.mocked(reportReady).mockRejectedValueOnce(new Error('no Tauri here'));
    const { screenReady } = await import('./ready');
    screenReady('home');
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalled();
  });

  it('ignores a mocked backend without the command', async () => {
    vi.useFakeTimers(timers);
    const { reportReady } = await import('./ipc');
    vi.mocked(reportReady).mockImplementationOnce(() => {
      throw new Error('the mock has no reportReady');
    });
    const { screenReady } = await import('./ready');
    screenReady('welcome');
    await vi.runAllTimersAsync();
    expect(reportReady).toHaveBeenCalledWith('welcome', expect.any(Number), expect.any(Array));
  });
});
