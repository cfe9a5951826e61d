//! Bindings to `web.js`, the editor's edge to the browser: storage, the share link's
//! compression, the clipboard, downloads, files and focus. What to do with any of it is
//! decided in Rust; the address, fetching and inflating a link are the reader's
//! (`crate::page`), shared.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/editor/web.js")]
extern "C" {
    #[wasm_bindgen(js_name = storageWorks)]
    pub fn storage_works() -> bool;
    #[wasm_bindgen(js_name = loadWork)]
    pub fn load_work() -> Option<String>;
    #[wasm_bindgen(js_name = saveWork)]
    pub fn save_work(text: &str) -> bool;
    #[wasm_bindgen(js_name = forgetWork)]
    pub fn forget_work();
    /// base64url (no padding) of deflate-raw of `text`.
    #[wasm_bindgen(js_name = deflateLink, catch)]
    pub async fn deflate_link(text: &str) -> Result<JsValue, JsValue>;
    /// `index.html` next to this page, with `query` and `hash`.
    #[wasm_bindgen(js_name = readerUrl)]
    pub fn reader_url(query: &str, hash: &str) -> String;
    #[wasm_bindgen(js_name = copyText)]
    pub async fn copy_text(text: &str) -> JsValue;
    pub fn download(name: &str, text: &str, mime: &str);
    /// `[[name, text], …]` of a file input. Called during the event (a promise, not a
    /// future: a drop's files are gone once its handler returns).
    #[wasm_bindgen(js_name = inputFiles)]
    pub fn input_files(input: &JsValue) -> js_sys::Promise;
    /// `[[name, text], …]` of a drop event (folders walked).
    #[wasm_bindgen(js_name = droppedFiles)]
    pub fn dropped_files(event: &JsValue) -> js_sys::Promise;
    /// Calls `f` once after `ms` milliseconds.
    pub fn later(ms: u32, f: &JsValue);
    /// The caret of a text area, in UTF-16 code units.
    pub fn caret(id: &str) -> u32;
    #[wasm_bindgen(js_name = focusField)]
    pub fn focus_field(id: &str) -> bool;
    #[wasm_bindgen(js_name = clearHash)]
    pub fn clear_hash();
}

/// `[[name, text], …]` from JS as pairs.
pub fn file_list(v: &JsValue) -> Vec<(String, String)> {
    let list = js_sys::Array::from(v);
    list.iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string().unwrap_or_default(),
            )
        })
        .collect()
}

/// A UTF-16 offset into `text` as a byte offset (at a character boundary).
pub fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 as usize {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}
