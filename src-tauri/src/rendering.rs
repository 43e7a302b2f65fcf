//! How WebKitGTK draws Convene's window on Linux: without accelerated compositing, unless
//! the person asks for it.
//!
//! Why: Convene's window is forms, lists and a few small SVG timelines; nothing in it
//! needs a GPU. WebKitGTK's default (accelerated compositing) keeps every layer of the
//! page as painted tiles and loads an OpenGL stack into the web process (Mesa's software
//! renderer, libLLVM, where there is no GPU). Measured with scripts/measure-launch.sh on
//! the 2-core development machine (no GPU, Xvfb; docs/performance.md, "Launch time and
//! memory"), Convene on 100,000 meetings took 521 MB resident with compositing and
//! 413 MB without (the web process 295 MB against 189 MB), and drew its home screen about
//! 10 % sooner. Without compositing WebKit paints the page in software into the window,
//! which is also the usual remedy for blank or black WebKitGTK windows on some graphics
//! drivers.
//!
//! The switch is WebKit's `WEBKIT_DISABLE_COMPOSITING_MODE` environment variable, read
//! when the first web view is made, so it is set at the very start of [`crate::run`],
//! before any thread or window exists.
//!
//! Known limit: in this mode WebKitWebDriver's screenshot of a page that has not repainted
//! since it was drawn never returns (WebKitGTK 2.50.6), so the end-to-end harness starts
//! the app with `CONVENE_GPU_COMPOSITING=1`; the calendar and long-work tests were also run
//! in this mode and pass.
//!
//! Invariants: a person's own `WEBKIT_DISABLE_COMPOSITING_MODE` is never overridden;
//! `CONVENE_GPU_COMPOSITING=1` keeps WebKit's default (compositing on); other systems'
//! webviews are not touched.

/// The variable a person sets to keep WebKit's accelerated compositing.
pub const KEEP_COMPOSITING: &str = "CONVENE_GPU_COMPOSITING";

/// What to set `WEBKIT_DISABLE_COMPOSITING_MODE` to, given the person's environment:
/// `None` leaves it as it is.
pub fn compositing_switch(own_setting: Option<&str>, keep_compositing: Option<&str>) -> Option<&'static str> {
    if own_setting.is_some() || keep_compositing == Some("1") {
        None
    } else {
        Some("1")
    }
}

/// Turns WebKit's accelerated compositing off unless the person chose otherwise (see the
/// module docs). Call before anything else starts.
pub fn choose_webkit_compositing() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let own = std::env::var("WEBKIT_DISABLE_COMPOSITING_MODE").ok();
    let keep = std::env::var(KEEP_COMPOSITING).ok();
    if let Some(value) = compositing_switch(own.as_deref(), keep.as_deref()) {
        // Single-threaded here: run() calls this first, before Tauri starts any thread.
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositing_is_off_unless_the_person_chose() {
        assert_eq!(compositing_switch(None, None), Some("1"));
        assert_eq!(compositing_switch(Some("0"), None), None, "their own setting stands");
        assert_eq!(compositing_switch(Some("1"), None), None);
        assert_eq!(compositing_switch(None, Some("1")), None, "CONVENE_GPU_COMPOSITING=1 keeps WebKit's default");
        assert_eq!(compositing_switch(None, Some("0")), Some("1"));
    }
}
