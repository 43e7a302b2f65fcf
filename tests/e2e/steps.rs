//! What a person does in the window, as steps the scenarios read like: wait for a control,
//! click it, type into a field, pick an option, press a shortcut.
//!
//! Every step waits for what it needs by polling the page (up to [`PATIENCE`]) instead of
//! sleeping, so a slow, loaded machine makes the tests slower, never red. A step that gives
//! up saves a screenshot named after what it waited for and says what the window showed.
//!
//! Clicks go through WebDriver's element click (a real pointer click at the element's
//! centre, after scrolling it into view). A click that WebKit refuses because the element
//! moved, is covered for a moment (a closing dialog) or was just redrawn is retried; any
//! other failure, such as a lost connection to the driver, fails the test at once with
//! the driver's message.

use std::future::Future;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::key::Key;
use fantoccini::Locator;

use crate::harness::{App, PATIENCE};

const POLL: Duration = Duration::from_millis(100);

/// Whether WebDriver refused a command for a passing reason worth another try.
fn transient(e: &CmdError) -> bool {
    matches!(
        e,
        CmdError::Standard(w) if matches!(
            w.error,
            ErrorStatus::StaleElementReference
                | ErrorStatus::ElementNotInteractable
                | ErrorStatus::ElementClickIntercepted
                | ErrorStatus::NoSuchElement
        )
    )
}

impl App {
    /// Polls `probe` until it gives a value; on timeout saves a screenshot and fails with
    /// `what` and the page's text.
    pub async fn until<T, F, Fut>(&self, what: &str, mut probe: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Option<T>>,
    {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(v) = probe().await {
                return v;
            }
            if Instant::now() >= deadline {
                let body = match self.client.find(Locator::Css("body")).await {
                    Ok(b) => b.text().await.unwrap_or_default(),
                    Err(e) => format!("(the page could not be read: {e})"),
                };
                let name: String =
                    what.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).take(60).collect();
                self.shot(&format!("timeout-{name}")).await;
                panic!("waited {PATIENCE:?} for {what}; the window shows:\n{body}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The element `css` once it is on the page and displayed.
    pub async fn el(&self, css: &str) -> Element {
        self.until(&format!("`{css}` to be shown"), move || async move {
            let e = self.client.find(Locator::Css(css)).await.ok()?;
            e.is_displayed().await.ok()?.then_some(e)
        })
        .await
    }

    /// The element `css` once it is on the page, whether or not WebDriver deems it displayed
    /// (WebKitWebDriver calls a line-clamped `-webkit-box` hidden although it is drawn).
    pub async fn present(&self, css: &str) -> Element {
        self.until(&format!("`{css}` to be on the page"), move || async move {
            self.client.find(Locator::Css(css)).await.ok()
        })
        .await
    }

    /// Every element matching `css` now (none is fine).
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(css)).await.unwrap_or_default()
    }

    /// Waits until nothing matches `css`.
    pub async fn gone(&self, css: &str) {
        self.until(&format!("`{css}` to go away"), move || async move {
            self.client.find_all(Locator::Css(css)).await.ok()?.is_empty().then_some(())
        })
        .await
    }

    /// Clicks the element `css` once it is shown, enabled and no longer moving.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let e = self.el(css).await;
            settled(&e).await;
            let outcome = match e.is_enabled().await {
                Ok(false) => None,
                Ok(true) => Some(e.click().await),
                Err(err) => Some(Err(err)),
            };
            match outcome {
                Some(Ok(())) => return,
                Some(Err(err)) if !transient(&err) => panic!("clicking `{css}` failed: {err}"),
                Some(Err(err)) if Instant::now() >= deadline => {
                    panic!("clicking `{css}` kept failing: {err}")
                }
                None if Instant::now() >= deadline => {
                    self.shot("timeout-disabled").await;
                    panic!("`{css}` stayed disabled for {PATIENCE:?}")
                }
                _ => tokio::time::sleep(POLL).await,
            }
        }
    }

    /// The `value` of the form control `css`.
    pub async fn value(&self, css: &str) -> String {
        self.el(css).await.prop("value").await.ok().flatten().unwrap_or_default()
    }

    /// Replaces what the text field `css` holds with `text`, typing it as a person would
    /// (select all, delete, type), and waits until the field holds it.
    pub async fn fill(&self, css: &str, text: &str) {
        let e = self.el(css).await;
        let select_all = format!("{}a{}", char::from(Key::Control), char::from(Key::Control));
        e.send_keys(&select_all).await.unwrap_or_else(|err| panic!("typing into `{css}` failed: {err}"));
        e.send_keys(&char::from(Key::Backspace).to_string()).await.unwrap();
        if !text.is_empty() {
            e.send_keys(text).await.unwrap();
        }
        self.until(&format!("`{css}` to hold {text:?}"), move || async move {
            (self.value(css).await == text).then_some(())
        })
        .await;
    }

    /// Picks the option whose visible text is `label` in the `<select>` `css`.
    pub async fn choose(&self, css: &str, label: &str) {
        let select = self.el(css).await;
        let options = select.find_all(Locator::Css("option")).await.unwrap();
        let mut found = None;
        for o in options {
            if o.text().await.unwrap_or_default().trim() == label {
                found = Some(o);
                break;
            }
        }
        let option = found.unwrap_or_else(|| panic!("`{css}` has no option {label:?}"));
        let value = option.prop("value").await.ok().flatten().unwrap_or_default();
        // WebDriver selects an option clicked directly (firing input and change), without
        // opening the list: an open native list would hold the pointer and the keyboard.
        option.click().await.unwrap_or_else(|err| panic!("choosing {label:?} in `{css}` failed: {err}"));
        let value = value.as_str();
        self.until(&format!("`{css}` to be set to {label:?}"), move || async move {
            (self.value(css).await == value).then_some(())
        })
        .await;
    }

    /// The visible text of `css`, once it is shown.
    pub async fn text(&self, css: &str) -> String {
        self.el(css).await.text().await.unwrap_or_default()
    }

    /// Waits until `css` shows exactly `expected` (surrounding white space aside).
    pub async fn wait_text(&self, css: &str, expected: &str) {
        self.until(&format!("`{css}` to read {expected:?}"), move || async move {
            let e = self.client.find(Locator::Css(css)).await.ok()?;
            (e.text().await.ok()?.trim() == expected).then_some(())
        })
        .await;
    }

    /// Presses Ctrl and `key` together on whatever has the focus.
    pub async fn ctrl(&self, key: char) {
        let ctrl = char::from(Key::Control);
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: ctrl })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: ctrl });
        self.client.perform_actions(keys).await.expect("the key press reached the window");
        self.client.release_actions().await.unwrap();
    }

    /// The hash part of the address the window shows ("#/networks/3").
    pub async fn route(&self) -> String {
        let v = self.client.execute("return location.hash", vec![]).await.unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    /// Waits until the address starts with `prefix` ("#/meetings/").
    pub async fn wait_route(&self, prefix: &str) -> String {
        self.until(&format!("the address to start with {prefix:?}"), move || async move {
            let r = self.route().await;
            r.starts_with(prefix).then_some(r)
        })
        .await
    }

    /// Waits until Home has drawn the timelines near the view: at least one drawn, none still
    /// being read (each timeline's items are read once it comes near, HomeTimeline.svelte).
    pub async fn home_timelines_drawn(&self) {
        self.present("[data-testid=home-timeline][data-drawn=yes]").await;
        self.gone("[data-testid=home-timeline] [aria-busy=true]").await;
    }

    /// A new user's first steps: loads the example networks on the first-run screen, goes
    /// to the list of networks and opens `network`'s page.
    pub async fn open_example_network(&self, network: &str) {
        self.wait_for_title("Convene").await;
        self.click("[data-testid=load-examples]").await;
        self.el("[data-testid=import-summary]").await;
        self.click("[data-testid=open-home]").await;
        self.click("[data-testid=nav-networks]").await;
        self.click(&format!("[data-testid=network-entry][data-network=\"{network}\"] [data-testid=network-link]"))
            .await;
        self.wait_text("[data-testid=network-title]", network).await;
    }
}

/// Waits (a second at most) until `e` is where it was 50 ms before: a section above it that
/// is still loading moves it down the page, and a click aimed at where it was lands beside it.
async fn settled(e: &Element) {
    let mut last = e.rectangle().await.ok();
    for _ in 0..20 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = e.rectangle().await.ok();
        if now == last {
            return;
        }
        last = now;
    }
}
