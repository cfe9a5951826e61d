//! Out: the clause set as a file (.json, or the CSV tables), as a link that carries it,
//! and as embed code for that link.

use super::{Dispatch, click};
use crate::components::embed_panel::snippets;
use crate::editor::state::{Action, EditorState, LINK_LIMIT, Link, Message};
use crate::editor::web;
use clausewise_engine::model::ClauseSet;
use clausewise_engine::tables;
use std::rc::Rc;
use yew::prelude::*;

/// A file name from the set's title: `gnu-gpl-v1-and-v2`.
fn file_base(set: &ClauseSet) -> String {
    let s = crate::editor::doc::slug(&set.title);
    if s.is_empty() { "clause-set".into() } else { s }
}

pub fn output(s: &EditorState, valid: Option<(&ClauseSet, Rc<str>)>, d: &Dispatch) -> Html {
    let Some((set, json)) = valid else {
        return html! {
            <section class="ed-panel" id="ed-out" aria-labelledby="ed-out-h">
                <h2 id="ed-out-h">{ "Download and share" }</h2>
                <p>{ "Fix the problems listed under Checks: then the set can be downloaded (it will pass `clausewise check`) and shared as a link." }</p>
            </section>
        };
    };
    let base = file_base(set);
    let on_json = {
        let name = format!("{base}.json");
        Callback::from(move |_: MouseEvent| web::download(&name, &json, "application/json"))
    };
    let tables = tables::to_tables(set);
    let csv_buttons = tables.into_iter().map(|(name, text)| {
        let label = format!("Download {name}");
        let file = format!("{base}-{name}");
        let onclick = Callback::from(move |_: MouseEvent| web::download(&file, &text, "text/csv"));
        html! { <li><button type="button" {onclick}>{ label }</button></li> }
    });
    let link = match &s.link {
        Link::None | Link::Making => html! { <p role="status">{ "Making the link…" }</p> },
        Link::Failed(why) => {
            html! { <p class="ed-bad" role="alert">{ format!("The link could not be made: {why}. Download the file instead.") }</p> }
        }
        Link::TooLong(n) => html! {
            <p class="ed-bad" id="ed-link-too-long" role="status">
                { format!("A link carrying this set would be {n} characters long: too long to share (over {LINK_LIMIT}). Download the .json file instead and publish it next to the reader; then index.html?data=<its address> shows it.") }
            </p>
        },
        Link::Ready(url) => share(s, url, &set.title, d),
    };
    html! {
        <section class="ed-panel" id="ed-out" aria-labelledby="ed-out-h">
            <h2 id="ed-out-h">{ "Download and share" }</h2>
            <div class="ed-actions">
                <button type="button" id="download-json" onclick={on_json}>{ "Download the clause set (.json)" }</button>
            </div>
            <details class="ed-csv">
                <summary>{ "Download as CSV tables (for a spreadsheet; `clausewise convert` reads them back)" }</summary>
                <ul class="ed-csv-list">{ for csv_buttons }</ul>
            </details>
            <h3>{ "Share a link" }</h3>
            { link }
        </section>
    }
}

fn share(s: &EditorState, url: &str, title: &str, d: &Dispatch) -> Html {
    let on_copy = {
        let d = d.clone();
        let url = url.to_string();
        Callback::from(move |_: MouseEvent| {
            let d = d.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = web::copy_text(&url).await.as_bool() == Some(true);
                d.dispatch(Action::Say(if ok {
                    Message::info("Link copied.")
                } else {
                    Message::error("This browser did not let the page copy: select the link in its box and copy it yourself.", Vec::new())
                }));
            });
        })
    };
    // The reader's address has no query (see `web::reader_url`): `embed=1` goes before the hash.
    let embed_url = url.replacen('#', "?embed=1#", 1);
    let embed = s.embed_open.then(|| {
        let (iframe, pym) = snippets(&embed_url, title);
        html! {
            <div id="ed-embed-panel" class="embed-panel">
                <label for="ed-embed-iframe">{ "Embed code (iframe)" }</label>
                <textarea id="ed-embed-iframe" readonly=true rows="3" value={iframe} />
                <label for="ed-embed-pym">{ "For pages that use pym.js (sizes itself)" }</label>
                <textarea id="ed-embed-pym" readonly=true rows="4" value={pym} />
            </div>
        }
    });
    html! {
        <>
            <div class="ed-field">
                <label for="share-link">{ format!("Link to this comparison ({} characters; it carries the whole set, no server needed)", url.chars().count()) }</label>
                <input id="share-link" type="text" readonly=true data-share-link="" value={url.to_string()} />
            </div>
            <div class="ed-actions">
                <button type="button" id="copy-link" onclick={on_copy}>{ "Copy link" }</button>
                <a id="open-share-link" href={url.to_string()} target="_blank" rel="noopener">{ "Open the link in a new tab" }</a>
                <button type="button" id="ed-embed-toggle" aria-expanded={s.embed_open.to_string()} aria-controls="ed-embed-panel"
                    onclick={click(d, Action::ToggleEmbed)}>{ "Embed" }</button>
            </div>
            { embed }
        </>
    }
}
