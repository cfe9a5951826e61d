//! The page around the app: its address (query and hash), theme, scrolling, clipboard,
//! and height reports to an embedding page.
//!
//! Bindings to `page.js`: these are one-line DOM calls, smaller in JS than as Rust
//! bindings. What the hash *means* is `url_state`'s job, and what to do about it the
//! reducer's.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/page.js")]
extern "C" {
    /// The value of query parameter `name` in the page's address, if any.
    #[wasm_bindgen(js_name = queryParam)]
    pub fn query_param(name: &str) -> Option<String>;
    pub fn hash() -> String;
    /// The page's query as written (`?set=…`), to carry into links to the other pages.
    pub fn search() -> String;
    /// Puts `hash` in the address; `push` adds a history entry, otherwise it replaces.
    #[wasm_bindgen(js_name = setHash)]
    pub fn set_hash(hash: &str, push: bool);
    #[wasm_bindgen(js_name = inIframe)]
    pub fn in_iframe() -> bool;
    /// `light` or `dark` pins the colour scheme; anything else follows the system.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(theme: Option<String>);
    /// The address to embed this view: this page with `embed=1` and `hash`, keeping
    /// `data=` and the flags but not what an embedding page added (pym's `childId`…).
    #[wasm_bindgen(js_name = embedUrl)]
    pub fn embed_url(hash: &str) -> String;
    /// Moves to the next (`1`) or previous (`-1`) changed row and says which it is.
    #[wasm_bindgen(js_name = stepChange)]
    pub fn step_change(dir: i32);
    /// The value of the form field with this id (empty when there is none).
    #[wasm_bindgen(js_name = fieldValue)]
    pub fn field_value(id: &str) -> String;
    /// Resolves in a later task, so work split across it lets the page paint between.
    #[wasm_bindgen(js_name = nextTask)]
    pub async fn next_task();
    #[wasm_bindgen(js_name = scrollToTopic)]
    pub fn scroll_to_topic(topic: &str);
    /// Calls `callback` with the new hash when the address changes under the app.
    #[wasm_bindgen(js_name = onHashChange)]
    pub fn on_hash_change(callback: &Closure<dyn Fn(String)>);
    /// The body at `url` as text, at most `limit` bytes, within `ms` milliseconds; fails
    /// with a code: `timeout`, `unreachable`, `cut`, `status:<code> <text>`,
    /// `large:<declared bytes or nothing>`, `encoding`.
    #[wasm_bindgen(js_name = fetchText, catch)]
    pub async fn fetch_text(url: &str, limit: usize, ms: u32) -> Result<JsValue, JsValue>;
    /// The clause set a `#set=` link carries (base64url deflate-raw), inflated to at most
    /// `limit` bytes; fails with `large`, `corrupt` or `encoding`.
    #[wasm_bindgen(js_name = inflateLink, catch)]
    pub async fn inflate_link(payload: &str, limit: usize) -> Result<JsValue, JsValue>;
    /// Once, at start: `j`/`k` step through the changes, the print footer is written,
    /// and inside an iframe the content height is reported to the host page as it changes.
    #[wasm_bindgen(js_name = watchPage)]
    pub fn watch_page();
}
