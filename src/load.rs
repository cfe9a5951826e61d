//! Getting a clause set into the app: the one place that touches `JSON.parse`,
//! serde-wasm-bindgen and `fetch`.
//!
//! Why JSON.parse + serde-wasm-bindgen rather than serde_json: the browser already has a
//! fast JSON parser, and leaving serde_json out keeps tens of KB out of the bundle.
//! serde-wasm-bindgen cannot run natively, so native tests decode the same types with
//! serde_json through [`crate::model::decode`] and cover everything but the parse itself.

use crate::model::{self, DataError};
use crate::validate::{ValidClauseSet, limits, validate};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The shipped clause set, compiled in: the widget works with no request at all, even in
/// a sandboxed iframe whose opaque origin could not fetch it.
pub const DEFAULT_SET: &str = include_str!(concat!(env!("OUT_DIR"), "/default-set.json"));

/// Parses and validates clause-set text.
pub fn parse(text: &str) -> Result<ValidClauseSet, DataError> {
    if text.len() > limits::FILE_BYTES {
        return Err(DataError::TooLarge {
            bytes: text.len(),
            limit: limits::FILE_BYTES,
        });
    }
    let value = js_sys::JSON::parse(text).map_err(|e| DataError::NotJson {
        detail: e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "unreadable".into()),
    })?;
    validate(model::decode(serde_wasm_bindgen::Deserializer::from(
        value,
    ))?)
}

/// Why `?data=` could not be used, worded for the reader.
pub fn failure_message(url: &str, reason: &str) -> String {
    format!(
        "Could not load the clause set from “{url}”: {reason}. Showing the default clause set instead."
    )
}

/// Fetches and parses a clause set. Errors are already worded for the reader.
pub async fn fetch_set(url: &str) -> Result<ValidClauseSet, String> {
    let fail = |reason: String| failure_message(url, &reason);
    let window = web_sys::window().ok_or_else(|| fail("no browser window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| fail("the address could not be reached (offline, or the server does not allow it to be loaded from here: CORS)".into()))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| fail("the server's answer was not a response".into()))?;
    if !response.ok() {
        return Err(fail(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| fail("the body could not be read".into()))?,
    )
    .await
    .map_err(|_| fail("the body could not be read".into()))?;
    let text = text.as_string().unwrap_or_default();
    parse(&text).map_err(|e| fail(e.to_string()))
}

/// The value of query parameter `name` in the page's address, if any.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name).filter(|v| !v.is_empty())
}
