//! Getting a clause set into the app: the one place that touches `JSON.parse`,
//! serde-wasm-bindgen and `fetch`.
//!
//! Why JSON.parse + serde-wasm-bindgen rather than serde_json: the browser already has a
//! fast JSON parser, and leaving serde_json out keeps tens of KB out of the bundle.
//! serde-wasm-bindgen cannot run natively, so native tests decode the same types with
//! serde_json through [`crate::model::decode`] and cover everything but the parse itself.

use crate::model::{self, DataError};
use crate::validate::{ValidClauseSet, limits, validate};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
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
    match decode(&value) {
        Err(DataError::Shape { detail, .. }) => Err(DataError::Shape {
            path: locate(&value, &detail),
            detail,
        }),
        decoded => validate(decoded?),
    }
}

fn decode(value: &JsValue) -> Result<model::ClauseSet, DataError> {
    model::decode(serde_wasm_bindgen::Deserializer::from(value.clone())).map_err(|e| match e {
        // serde-wasm-bindgen's errors are JS `Error`s and print as "Error: …".
        DataError::Shape { path, detail } => DataError::Shape {
            path,
            detail: detail
                .strip_prefix("Error: ")
                .unwrap_or(&detail)
                .to_string(),
        },
        other => other,
    })
}

fn shape_error(value: &JsValue) -> Option<String> {
    match decode(value) {
        Err(DataError::Shape { detail, .. }) => Some(detail),
        _ => None,
    }
}

/// A copy of `node` with the value at `path` replaced by `f(old value)`; `None` deletes
/// it. Only the objects and arrays along the path are copied.
fn replaced(node: &JsValue, path: &[JsValue], f: &dyn Fn(&JsValue) -> Option<JsValue>) -> JsValue {
    let Some((key, rest)) = path.split_first() else {
        return node.clone();
    };
    let copy: JsValue = if Array::is_array(node) {
        Array::from(node).slice(0, u32::MAX).into()
    } else {
        Object::assign(&Object::new(), node.unchecked_ref()).into()
    };
    let child = Reflect::get(node, key).unwrap_or(JsValue::UNDEFINED);
    let new = if rest.is_empty() {
        f(&child)
    } else {
        Some(replaced(&child, rest, f))
    };
    let _ = match new {
        Some(v) => Reflect::set(&copy, key, &v),
        None => Reflect::delete_property(copy.unchecked_ref::<Object>(), key),
    };
    copy
}

/// serde-wasm-bindgen says what is wrong but not where. Only after a failure, this finds
/// the place by decoding variants of the file: the field whose removal (or, for a list,
/// whose emptying) changes the error is on the path; in a list, the one item that alone
/// keeps the error is. Every variant goes through the same decoder as the real load, so
/// this adds little to the bundle (serde_path_to_error would add 3 KB to track paths on
/// every load).
fn locate(root: &JsValue, detail: &str) -> String {
    let same = |v: &JsValue| shape_error(v).as_deref() == Some(detail);
    let mut path: Vec<JsValue> = Vec::new();
    let mut text = String::new();
    'descend: loop {
        let node = path
            .iter()
            .try_fold(root.clone(), |n, k| Reflect::get(&n, k).ok());
        let Some(node) = node.filter(|n| n.is_object() && !Array::is_array(n)) else {
            break;
        };
        for key in Object::keys(node.unchecked_ref::<Object>()).iter() {
            let mut at = path.clone();
            at.push(key.clone());
            let value = Reflect::get(&node, &key).unwrap_or(JsValue::UNDEFINED);
            let is_list = Array::is_array(&value);
            // A missing field is reported once the others were read, so removing any
            // other field would change the error too: only lists can hold the fault.
            if !is_list && detail.starts_with("missing field") {
                continue;
            }
            let emptied = replaced(root, &at, &|_| is_list.then(|| Array::new().into()));
            if same(&emptied) {
                continue;
            }
            text.push_str(&format!(".{}", key.as_string().unwrap_or_default()));
            // Every list of the format holds objects: a list of anything else is itself
            // the wrong type, so the path ends at it.
            let items = Array::from(&value);
            if is_list && items.get(0).is_object() {
                let Some(i) = (0..items.length()).find(|&i| {
                    let one: JsValue = Array::of1(&items.get(i)).into();
                    same(&replaced(root, &at, &|_| Some(one.clone())))
                }) else {
                    break 'descend;
                };
                text.push_str(&format!("[{i}]"));
                at.push(JsValue::from(i));
            }
            path = at;
            continue 'descend;
        }
        break;
    }
    text.trim_start_matches('.').to_string()
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
