// The same "usable" moment as Convene's first screen (ui/src/lib/ready.ts): the page is
// loaded, a frame has been painted, and the page is back in its event loop.
window.addEventListener('load', () => {
  requestAnimationFrame(() => {
    setTimeout(() => {
      window.__TAURI_INTERNALS__.invoke('report_ready', { screen: 'empty', now: performance.now(), phases: [] }).catch(() => {});
    }, 0);
  });
});
