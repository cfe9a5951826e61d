//! The editor's pieces, each named for what the author sees. Plain functions returning
//! `Html`: they get data and the dispatcher, and hold no state. Every string that came
//! from the author's text is a text node or an attribute value, never markup.

pub mod drafts;
pub mod output;
pub mod people;
pub mod rows;

use super::app::Store;
use super::state::{Action, Edit, EditorState, Message};
use super::{fields, web};
use std::collections::HashMap;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

pub type Dispatch = UseReducerDispatcher<Store>;

/// What is wrong with each field (by field id): (is it a problem rather than a warning,
/// the message).
pub type FieldNotes = HashMap<String, Vec<(bool, String)>>;

/// A callback that turns a field's new value into an action.
pub fn on_value(d: &Dispatch, f: impl Fn(String) -> Action + 'static) -> Callback<String> {
    let d = d.clone();
    Callback::from(move |v| d.dispatch(f(v)))
}

pub fn edit(d: &Dispatch, f: impl Fn(String) -> Edit + 'static) -> Callback<String> {
    on_value(d, move |v| Action::Edit(f(v)))
}

pub fn click(d: &Dispatch, action: Action) -> Callback<MouseEvent> {
    let d = d.clone();
    Callback::from(move |_| d.dispatch(action.clone()))
}

/// The notes shown under a field, and the `aria-describedby` that points at them.
fn notes_for(id: &str, notes: &FieldNotes, hint: bool) -> (Html, Option<String>) {
    let list = notes.get(id);
    let mut described: Vec<String> = Vec::new();
    if hint {
        described.push(format!("{id}-hint"));
    }
    let html = match list {
        Some(list) if !list.is_empty() => {
            described.push(format!("{id}-notes"));
            html! {
                <ul class="ed-field-notes" id={format!("{id}-notes")}>
                    { for list.iter().map(|(problem, m)| html! {
                        <li class={if *problem { "ed-problem" } else { "ed-warning" }}>
                            { if *problem { "Problem: " } else { "Warning: " } }{ m.clone() }
                        </li>
                    }) }
                </ul>
            }
        }
        _ => html! {},
    };
    (html, (!described.is_empty()).then(|| described.join(" ")))
}

fn invalid(id: &str, notes: &FieldNotes) -> Option<&'static str> {
    notes
        .get(id)
        .is_some_and(|l| l.iter().any(|(p, _)| *p))
        .then_some("true")
}

/// A one-line text field with its label, hint and problems.
pub fn text_field(
    id: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    notes: &FieldNotes,
    on: Callback<String>,
) -> Html {
    let (list, described) = notes_for(id, notes, hint.is_some());
    let oninput = on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            if let Some(h) = hint { <span class="ed-hint" id={format!("{id}-hint")}>{ h.to_string() }</span> }
            <input id={id.to_string()} type="text" value={value.to_string()} {oninput}
                aria-invalid={invalid(id, notes)} aria-describedby={described} />
            { list }
        </div>
    }
}

/// A multi-line text field with its label, hint and problems.
pub fn area_field(
    id: &str,
    label: &str,
    value: &str,
    rows: u32,
    hint: Option<&str>,
    notes: &FieldNotes,
    on: Callback<String>,
) -> Html {
    let (list, described) = notes_for(id, notes, hint.is_some());
    let oninput =
        on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            if let Some(h) = hint { <span class="ed-hint" id={format!("{id}-hint")}>{ h.to_string() }</span> }
            <textarea id={id.to_string()} rows={rows.to_string()} value={value.to_string()} {oninput}
                aria-invalid={invalid(id, notes)} aria-describedby={described} />
            { list }
        </div>
    }
}

/// A drop-down of (value, label) choices.
pub fn select_field(
    id: &str,
    label: &str,
    value: &str,
    choices: &[(String, String)],
    notes: &FieldNotes,
    on: Callback<String>,
) -> Html {
    let (list, described) = notes_for(id, notes, false);
    let onchange = on.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange} aria-invalid={invalid(id, notes)} aria-describedby={described}>
                { for choices.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{ l.clone() }</option>
                }) }
            </select>
            { list }
        </div>
    }
}

/// The set's own fields: title, description, sourcing note, date checked.
pub fn set_fields(s: &EditorState, notes: &FieldNotes, d: &Dispatch) -> Html {
    let doc = &s.doc;
    html! {
        <section class="ed-panel" aria-labelledby="ed-set-h">
            <h2 id="ed-set-h">{ "The comparison" }</h2>
            { text_field(&fields::set("title"), "Title", &doc.title, Some("Shown above the comparison."), notes, edit(d, |v| Edit::Set("title", v))) }
            { area_field(&fields::set("description"), "Description (optional)", &doc.description, 2, None, notes, edit(d, |v| Edit::Set("description", v))) }
            { text_field(&fields::set("note"), "Sourcing note (optional)", &doc.note, Some("For example: “Quoted verbatim from the published drafts.”"), notes, edit(d, |v| Edit::Set("note", v))) }
            { text_field(&fields::set("updated"), "Last checked (optional)", &doc.updated, Some("A date: YYYY, YYYY-MM or YYYY-MM-DD."), notes, edit(d, |v| Edit::Set("updated", v))) }
        </section>
    }
}

/// Whether the work is kept: "Saved in this browser", or why it will not be.
pub fn save_status(s: &EditorState) -> Html {
    let (class, text) = if !s.storage {
        (
            "ed-save off",
            "Your work will not be kept: this page cannot use the browser’s storage here (a sandboxed frame, private browsing or a full disk). Download the file or copy the link before you leave.",
        )
    } else if s.saved {
        ("ed-save saved", "Saved in this browser.")
    } else {
        ("ed-save", "Saving…")
    };
    html! { <p id="ed-save-status" class={class} role="status" data-saved={s.saved.to_string()} data-storage={s.storage.to_string()}>{ text }</p> }
}

/// The last message: an error (what and where; the work stays) or a note.
pub fn message(s: &EditorState, d: &Dispatch) -> Html {
    let undo = s.previous.is_some().then(|| html! {
        <button type="button" id="ed-undo" onclick={click(d, Action::Undo)}>{ "Bring back my previous work" }</button>
    });
    let Some(m) = &s.message else {
        return html! { <div class="ed-message-slot">{ undo }</div> };
    };
    let Message {
        error,
        text,
        details,
    } = m;
    let body = html! {
        <>
            <p>{ text.clone() }</p>
            if !details.is_empty() {
                <ul>{ for details.iter().map(|x| html! { <li>{ x.clone() }</li> }) }</ul>
            }
            <button type="button" onclick={click(d, Action::Dismiss)}>{ "Dismiss" }</button>
            { undo }
        </>
    };
    if *error {
        html! { <div id="ed-message" class="ed-message error" role="alert">{ body }</div> }
    } else {
        html! { <div id="ed-message" class="ed-message" role="status">{ body }</div> }
    }
}

/// "Start over", which asks first.
pub fn start_over(s: &EditorState, d: &Dispatch) -> Html {
    if s.confirm_reset {
        html! {
            <div class="ed-confirm" role="group" aria-labelledby="ed-confirm-q">
                <p id="ed-confirm-q">{ "Start over with two empty drafts? Everything on this page goes (you can bring it back until you leave the page)." }</p>
                <button type="button" id="ed-reset-yes" onclick={click(d, Action::Reset)}>{ "Yes, start over" }</button>
                <button type="button" id="ed-reset-no" onclick={click(d, Action::CancelReset)}>{ "Keep my work" }</button>
            </div>
        }
    } else {
        html! { <button type="button" id="ed-reset" onclick={click(d, Action::AskReset)}>{ "Start over" }</button> }
    }
}

/// Every problem and warning, each a link to its field.
pub fn checks(
    problems: &[(String, String)],
    warnings: &[(String, String)],
    headline: Option<&str>,
) -> Html {
    let item = |(field, text): &(String, String)| {
        let id = field.clone();
        // The page's <base> would resolve a bare "#id" to the reader's address: the link
        // only moves the focus. A field not on screen (a topic label of another pair of
        // drafts) leaves the focus where it is.
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            web::focus_field(&id);
        });
        html! { <li><a href={format!("#{field}")} {onclick}>{ text.clone() }</a></li> }
    };
    let summary = match (problems.len(), headline) {
        (_, Some(h)) => h.to_string(),
        (0, _) => "No problems: the set is valid, as `clausewise check` will say.".to_string(),
        (1, _) => "1 problem to fix before the set can be downloaded or shared:".to_string(),
        (n, _) => format!("{n} problems to fix before the set can be downloaded or shared:"),
    };
    html! {
        <section class="ed-panel" id="ed-checks" aria-labelledby="ed-checks-h" data-problems={problems.len().to_string()}>
            <h2 id="ed-checks-h">{ "Checks" }</h2>
            <p class={if problems.is_empty() && headline.is_none() { "ed-ok" } else { "ed-bad" }}>{ summary }</p>
            if !problems.is_empty() {
                <ul id="ed-problems" class="ed-problems">{ for problems.iter().map(item) }</ul>
            }
            if !warnings.is_empty() {
                <p>{ "Warnings (the set is still valid):" }</p>
                <ul id="ed-warnings" class="ed-warnings">{ for warnings.iter().map(item) }</ul>
            }
        </section>
    }
}

/// Ways in: files (chosen or dropped), a URL, a share link, the shipped example.
pub fn open_panel(
    on_files: Callback<JsValueRef>,
    on_drop: Callback<DragEvent>,
    on_url: Callback<String>,
    on_link: Callback<String>,
    on_shipped: Callback<MouseEvent>,
) -> Html {
    let onchange =
        on_files.reform(|e: Event| JsValueRef(e.target().map(Into::into).unwrap_or_default()));
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = on_drop.reform(|e: DragEvent| {
        e.prevent_default();
        e
    });
    let read = |id: &'static str| {
        move |e: SubmitEvent| {
            e.prevent_default();
            gloo::utils::document()
                .get_element_by_id(id)
                .map(|el| wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>(el).value())
                .unwrap_or_default()
        }
    };
    html! {
        <section class="ed-panel" aria-labelledby="ed-open-h">
            <h2 id="ed-open-h">{ "Start from text, or open a set" }</h2>
            <p>{ "Paste each draft into its box below. Or bring files: a .txt or .md file becomes a draft; a .json clause set, or the CSV tables of one (choose all seven files, or drop their folder), opens for editing." }</p>
            <div class="ed-drop" {ondragover} {ondrop}>
                <label for="open-files">{ "Choose files (.txt, .md, .json, .csv)" }</label>
                <input id="open-files" type="file" multiple=true accept=".txt,.md,.json,.csv,text/plain,text/markdown,application/json,text/csv" {onchange} />
                <span class="ed-hint">{ "…or drop files or a folder on this box." }</span>
            </div>
            <form class="ed-inline" onsubmit={on_url.reform(read("open-url"))}>
                <label for="open-url">{ "Open a clause set from a URL" }</label>
                <input id="open-url" type="url" placeholder="https://…/my-set.json" />
                <button type="submit">{ "Open URL" }</button>
            </form>
            <form class="ed-inline" onsubmit={on_link.reform(read("open-link"))}>
                <label for="open-link">{ "Open a share link (or its #set=… part)" }</label>
                <input id="open-link" type="text" />
                <button type="submit">{ "Open link" }</button>
            </form>
            <button type="button" id="open-shipped" onclick={on_shipped}>{ "Open the shipped example (the 2025 peace-framework drafts)" }</button>
        </section>
    }
}

/// An event target passed on to JS as it is.
#[derive(Clone, PartialEq)]
pub struct JsValueRef(pub wasm_bindgen::JsValue);
