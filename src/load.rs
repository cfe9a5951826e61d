//! Getting a clause set into the app: the shipped one, compiled in, or `?data=` fetched.
//! Reading the text is the engine's [`clausewise_engine::load`], the same code as
//! `clausewise check`, so the reader and the command line report the same problems.

use crate::page;
use clausewise_engine::model::DataError;
use clausewise_engine::state::Alert;
use clausewise_engine::validate::ValidClauseSet;
use clausewise_engine::validate::limits;

/// The shipped clause set, compiled in (checked and minified by build.rs): the widget
/// works with no request at all, even in a sandboxed iframe whose opaque origin could not
/// fetch it.
pub const DEFAULT_SET: &str = include_str!(concat!(env!("OUT_DIR"), "/default-set.json"));

// `SHIPPED`: every set in static/data, `(id, title)`, checked by build.rs.
include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// Where a shipped set other than the default is fetched from (relative: the page may
/// live under any sub-path). `None` for the default, which is compiled in.
fn shipped_url(id: &str) -> Option<String> {
    SHIPPED[1..]
        .iter()
        .any(|(i, _)| *i == id)
        .then(|| format!("data/{id}.json"))
}

/// The address of the set a page's query asks for: `?data=` wins over `?set=` (it names
/// a file outright); `None` for the default set, which is compiled in. `shipped` is the
/// `?set=` value. The rule of the reader's and the overview's entry points alike.
pub fn requested_url(shipped: Option<&str>) -> Option<String> {
    page::query_param("data").or_else(|| shipped.and_then(shipped_url))
}

fn failure(origin: &str, reason: &str) -> Alert {
    let from = if origin == "this link" {
        origin.to_string()
    } else {
        format!("“{}”", clausewise_engine::text::shorten(origin, 200))
    };
    Alert::from(format!(
        "Could not load the clause set from {from}: {reason}. Showing the previous clause set instead."
    ))
}

/// Reads clause-set text; a failure is worded for the reader, with each problem's place.
pub fn read(text: &str, origin: &str) -> Result<ValidClauseSet, Alert> {
    clausewise_engine::load(text).map_err(|e: DataError| Alert {
        details: e.problems().iter().map(|p| p.to_string()).collect(),
        ..failure(origin, &e.headline())
    })
}

/// How long a server may take to send a whole clause set.
pub const TIMEOUT_MS: u32 = 20_000;

/// Fetches and reads a clause set, bounded in size and time (see `page.js`'s `fetchText`).
pub async fn fetch_set(url: &str) -> Result<ValidClauseSet, Alert> {
    let limit = limits::FILE_BYTES;
    match page::fetch_text(url, limit, TIMEOUT_MS).await {
        Ok(text) => {
            let text = text.as_string().unwrap_or_default();
            // Copying a long text into Rust (JS string to UTF-8, 20 ms for 1.5 MB) and
            // reading it are two tasks, so neither holds the page for long.
            page::next_task().await;
            read(&text, url)
        }
        Err(code) => {
            let code = code.as_string().unwrap_or_default();
            let reason = match code.split_once(':') {
                Some(("status", s)) => format!("the server answered {}", s.trim()),
                Some(("large", n)) if !n.is_empty() => format!(
                    "the file is too large ({n} bytes; the limit is {limit} bytes), so it was not downloaded"
                ),
                Some(("large", _)) => format!(
                    "the file is larger than the limit of {limit} bytes; reading stopped there"
                ),
                _ => match code.as_str() {
                    "timeout" => format!(
                        "the server did not send the whole file within {} seconds",
                        TIMEOUT_MS / 1000
                    ),
                    "cut" => "the connection broke before the whole file arrived".into(),
                    "encoding" => "the file is not UTF-8 text".into(),
                    _ => "the address could not be reached (offline, or the server does not allow it to be loaded from here: CORS)".into(),
                },
            };
            let mut alert = failure(url, &reason);
            // Waiting again can help with a slow or broken connection, not with a bad file.
            alert.retry = matches!(code.as_str(), "timeout" | "cut" | "unreachable")
                || code.starts_with("status:5");
            Err(alert)
        }
    }
}

/// The clause set a shared link carries in its hash (`#set=…`, written by the editor).
pub async fn link_set(payload: &str) -> Result<ValidClauseSet, Alert> {
    let origin = "this link";
    match page::inflate_link(payload, limits::FILE_BYTES).await {
        Ok(text) => read(&text.as_string().unwrap_or_default(), origin),
        Err(code) => {
            let reason = match code.as_string().as_deref() {
                Some("large") => format!(
                    "the set it carries is larger than the limit of {} bytes",
                    limits::FILE_BYTES
                ),
                Some("encoding") => "the set it carries is not UTF-8 text".to_string(),
                _ => "its set=… part is damaged (was the link cut short when it was copied?)"
                    .to_string(),
            };
            Err(failure(origin, &reason))
        }
    }
}
