import { render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DrawWhenNear from '../../src/components/DrawWhenNear.svelte';

const content = createRawSnippet(() => ({ render: () => '<p>the picture</p>' }));

/** A stand-in IntersectionObserver that reports when the test says so. */
function fakeObserver() {
  const observers: { callback: IntersectionObserverCallback; disconnected: boolean }[] = [];
  class Fake {
    entry: { callback: IntersectionObserverCallback; disconnected: boolean };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    unobserve() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', Fake);
  const scrollNear = () =>
    flushSync(() => {
      for (const o of observers.filter((o) => !o.disconnected)) {
        o.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
      }
    });
  return { observers, scrollNear };
}

/** Puts every element `top` pixels down the page (jsdom has no layout). */
function placeAt(top: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON: () => ({}),
  } as DOMRect);
  vi.stubGlobal('innerHeight', 800);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('drawing only what is near the view', () => {
  it('draws content that starts within a screen of the view at once', () => {
    const { observers } = fakeObserver();
    placeAt(1200);
    render(DrawWhenNear, { children: content });
    expect(screen.getByText('the picture')).toBeInTheDocument();
    expect(observers).toHaveLength(0);
  });

  it('holds a box for content far below, and draws it when it comes near', () => {
    const { observers, scrollNear } = fakeObserver();
    placeAt(5000);
    const { container } = render(DrawWhenNear, { children: content, minHeight: '12rem' });
    expect(screen.queryByText('the picture')).toBeNull();
    expect((container.firstElementChild as HTMLElement).style.minHeight).toBe('12rem');
    scrollNear();
    expect(screen.getByText('the picture')).toBeInTheDocument();
    expect((container.firstElementChild as HTMLElement).style.minHeight).toBe('');
    expect(observers.length).toBeGreaterThan(0);
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('draws at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    placeAt(5000);
    render(DrawWhenNear, { children: content });
    expect(screen.getByText('the picture')).toBeInTheDocument();
  });
});
