//! Getting a clause set into the app: the shipped one, compiled in, or `?data=` fetched.
//! Reading the text is the engine's [`clausewise_engine::load`], the same code as
//! `clausewise check`, so the reader and the command line report the same problems.

use clausewise_engine::model::DataError;
use clausewise_engine::state::Alert;
use clausewise_engine::validate::ValidClauseSet;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The shipped clause set, compiled in (checked and minified by build.rs): the widget
/// works with no request at all, even in a sandboxed iframe whose opaque origin could not
/// fetch it.
pub const DEFAULT_SET: &str = include_str!(concat!(env!("OUT_DIR"), "/default-set.json"));

fn failure(url: &str, reason: &str) -> Alert {
    Alert::from(format!(
        "Could not load the clause set from “{}”: {reason}. Showing the previous clause set instead.",
        clausewise_engine::text::shorten(url, 200)
    ))
}

/// Reads clause-set text; a failure is worded for the reader, with each problem's place.
pub fn read(text: &str, origin: &str) -> Result<ValidClauseSet, Alert> {
    clausewise_engine::load(text).map_err(|e: DataError| Alert {
        details: e.problems().iter().map(|p| p.to_string()).collect(),
        ..failure(origin, &e.headline())
    })
}

/// Fetches and reads a clause set.
pub async fn fetch_set(url: &str) -> Result<ValidClauseSet, Alert> {
    let fail = |reason: &str| failure(url, reason);
    let window = web_sys::window().ok_or_else(|| fail("no browser window"))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| fail("the address could not be reached (offline, or the server does not allow it to be loaded from here: CORS)"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| fail("the server's answer was not a response"))?;
    if !response.ok() {
        return Err(fail(&format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = JsFuture::from(response.text().map_err(|_| fail("the body could not be read"))?)
        .await
        .map_err(|_| fail("the body could not be read"))?;
    let text = text.as_string().unwrap_or_default();
    read(&text, url)
}
