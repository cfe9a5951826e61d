//! The editor's root component: owns the one reducer, derives the set, its problems and
//! the rows (memoised, never stored), keeps the work in the browser, makes the share
//! link, and lays out the views.

use super::doc::{self, Doc};
use super::state::{Action, Edit, EditorState, LINK_LIMIT, Link, Message};
use super::view::{self, FieldNotes, JsValueRef, output::output, people::parties};
use super::view::{drafts::drafts, rows::Compared, rows::rows};
use super::{fields, web};
use crate::app::App;
use crate::page;
use clausewise_engine::align::{Row, align};
use clausewise_engine::model::{ClauseSet, DataError, to_json};
use clausewise_engine::split;
use clausewise_engine::state::SetRef;
use clausewise_engine::tables;
use clausewise_engine::url_state;
use clausewise_engine::validate::limits;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// The editor's state as Yew's reducer (see `crate::store`).
pub type Store = crate::store::Store<EditorState>;

impl crate::store::Apply for EditorState {
    type Action = Action;
    fn apply(&self, action: Action) -> Option<Self> {
        EditorState::apply(self, action)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct EditorProps {
    /// The page's hash at start: a share link's `#set=…` opens that set.
    #[prop_or_default]
    pub hash: String,
}

/// What follows from the document: the set, its JSON, and what the validator says.
struct Derived {
    built: doc::Built,
    json: Rc<str>,
    valid: Option<SetRef>,
    /// When the whole text is refused (too large), why.
    headline: Option<String>,
    problems: Vec<(String, String)>,
    warnings: Vec<(String, String)>,
    notes: FieldNotes,
}

fn derive(doc: &Doc) -> Derived {
    let built = doc::build(doc);
    let json: Rc<str> = to_json(&built.set).into();
    let checked = clausewise_engine::check(&json);
    let mut notes = FieldNotes::new();
    let mut listed = |list: &[clausewise_engine::model::Problem], problem: bool| {
        list.iter()
            .map(|p| {
                let field = fields::field_of(p);
                // Next to a draft's text, say which clause: the text holds them all.
                let note = if p.location.contains("clauses[") {
                    p.to_string()
                } else {
                    p.message.clone()
                };
                notes
                    .entry(field.clone())
                    .or_default()
                    .push((problem, note));
                (field, p.to_string())
            })
            .collect::<Vec<_>>()
    };
    let warnings = listed(&checked.warnings, false);
    let (valid, headline, problems) = match checked.result {
        Ok(set) => (Some(SetRef::from(set)), None, Vec::new()),
        Err(DataError::Invalid(problems)) => (None, None, listed(&problems, true)),
        Err(e) => (None, Some(e.headline()), Vec::new()),
    };
    Derived {
        built,
        json,
        valid,
        headline,
        problems,
        warnings,
        notes,
    }
}

fn initial() -> EditorState {
    let storage = web::storage_works();
    let (doc, message) = match web::load_work() {
        Some(text) => match doc::restore(&text) {
            Ok(doc) => (
                doc,
                Some(Message::info(
                    "Welcome back: your work from last time is restored.",
                )),
            ),
            Err(e) => (
                Doc::new(),
                Some(Message::error(
                    format!(
                        "The work kept in this browser could not be read ({e}). Starting with two empty drafts; the old copy is replaced once you edit."
                    ),
                    Vec::new(),
                )),
            ),
        },
        None => (Doc::new(), None),
    };
    let mut s = EditorState::new(doc, storage);
    s.message = message;
    s
}

/// Reads clause-set text the one way (the engine's check): the set to edit, or a message
/// naming each problem and where. The work in progress is never touched by a failure.
fn open_text(text: &str, what: &str) -> Action {
    match clausewise_engine::check(text).result {
        Ok(set) => Action::Open(Doc::from_set(set.into_inner()), what.to_string()),
        Err(e) => Action::Say(Message::error(
            format!(
                "Could not open {what}: {}. Your work is unchanged.",
                e.headline()
            ),
            e.problems().iter().map(ToString::to_string).collect(),
        )),
    }
}

fn open_set(set: ClauseSet, what: &str) -> Action {
    open_text(&to_json(&set), what)
}

fn ext(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// What a set of chosen or dropped files does: CSV tables or a .json open a set; text
/// files become drafts (filling empty ones first).
fn files_to_actions(files: Vec<(String, String)>, doc: &Doc) -> Vec<Action> {
    if files.is_empty() {
        return Vec::new();
    }
    if files.iter().any(|(n, _)| ext(n) == "csv") {
        let found: Vec<(String, String)> = files
            .into_iter()
            .filter(|(n, _)| tables::is_table(n))
            .collect();
        // Unknown columns are ignored, as `clausewise convert` does.
        return vec![match tables::from_tables(&found) {
            Ok((set, _)) => open_set(set, "the CSV tables"),
            Err(lines) => Action::Say(Message::error(
                "Could not open the CSV tables. Your work is unchanged.",
                lines,
            )),
        }];
    }
    if let Some((name, text)) = files.iter().find(|(n, _)| ext(n) == "json") {
        return vec![open_text(text, &format!("“{name}”"))];
    }
    let mut actions = Vec::new();
    let mut empty = doc
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.text.trim().is_empty())
        .map(|(i, _)| i)
        .collect::<Vec<_>>()
        .into_iter();
    for (name, text) in files {
        if !matches!(ext(&name).as_str(), "txt" | "md" | "markdown" | "text") {
            actions.push(Action::Say(Message::error(
                format!("“{name}” is not a .txt, .md, .json or .csv file: save it as plain text first. Your work is unchanged."),
                Vec::new(),
            )));
            continue;
        }
        let stem = name.rsplit(['/', '\\']).next().unwrap_or(&name);
        let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s).to_string();
        let title = split::title_line(&text).unwrap_or(stem);
        match empty.next() {
            Some(i) => {
                actions.push(Action::Edit(Edit::Text(i, text)));
                actions.push(Action::Edit(Edit::Draft(i, "title", title)));
            }
            None => actions.push(Action::Edit(Edit::AddDraft(Some((title, text))))),
        }
    }
    actions
}

/// The reader's fetch failures, worded for the editor.
fn fetch_failure(code: &str) -> String {
    match code.split_once(':').map_or((code, ""), |(a, b)| (a, b)) {
        ("timeout", _) => "the server did not answer within 20 seconds".into(),
        ("unreachable", _) => "it could not be reached (is the address right, and does that site allow other sites to read it: CORS?)".into(),
        ("cut", _) => "the connection broke off while loading".into(),
        ("status", s) => format!("the server answered {s}"),
        ("large", _) => format!("it is larger than the limit of {} bytes", limits::FILE_BYTES),
        ("encoding", _) => "it is not UTF-8 text".into(),
        _ => format!("it could not be loaded ({code})"),
    }
}

fn link_failure(code: &str) -> String {
    match code {
        "large" => format!(
            "the set it carries is larger than the limit of {} bytes",
            limits::FILE_BYTES
        ),
        "encoding" => "the set it carries is not UTF-8 text".into(),
        _ => "its set=… part is damaged (was the link cut short when it was copied?)".into(),
    }
}

async fn open_link(payload: String) -> Action {
    match page::inflate_link(&payload, limits::FILE_BYTES).await {
        Ok(text) => open_text(
            &text.as_string().unwrap_or_default(),
            "the set carried by the link",
        ),
        Err(code) => Action::Say(Message::error(
            format!(
                "Could not open the link: {}. Your work is unchanged.",
                link_failure(&code.as_string().unwrap_or_default())
            ),
            Vec::new(),
        )),
    }
}

/// A cheap fingerprint of a text (FNV-1a), to key the preview.
fn fingerprint(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in p.bytes().chain([0]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }
    h
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = use_reducer(|| crate::store::Store(initial()));
    let d = state.dispatcher();
    let doc_key = Rc::as_ptr(&state.doc) as usize;

    let derived = use_memo(doc_key, {
        let doc = state.doc.clone();
        move |_| derive(&doc)
    });
    let pair = state.pair();
    let aligned: Rc<Vec<Row>> = use_memo((doc_key, pair), {
        let derived = derived.clone();
        move |(_, pair)| match pair {
            Some((l, r)) => {
                let drafts = &derived.built.set.drafts;
                align(&drafts[*l].clauses, &drafts[*r].clauses)
            }
            None => Vec::new(),
        }
    });
    // The view the link and the preview open on: the two drafts of the rows, all parties.
    let view_hash = pair.map_or(String::new(), |(l, r)| {
        let set = &derived.built.set;
        let parties: Vec<String> = set.parties.iter().map(|p| p.id.clone()).collect();
        url_state::format(&set.drafts[l].id, &set.drafts[r].id, &parties, None)
    });

    // Kept in the browser after every change, where the browser allows it.
    {
        let d = d.clone();
        let doc = state.doc.clone();
        let (saved, storage) = (state.saved, state.storage);
        use_effect_with(doc_key, move |_| {
            if storage && !saved {
                d.dispatch(Action::Saved(web::save_work(&doc::save(&doc))));
            }
        });
    }

    // The share link, made again whenever the set or the view changes.
    let link_run = use_mut_ref(|| 0u64);
    {
        let d = d.clone();
        let json = derived.valid.as_ref().map(|_| derived.json.clone());
        use_effect_with(
            (doc_key, json, view_hash.clone()),
            move |(_, json, hash)| {
                *link_run.borrow_mut() += 1;
                let run = *link_run.borrow();
                match json.clone() {
                    None => d.dispatch(Action::Link(Link::None)),
                    Some(json) => {
                        let hash = hash.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let link = match web::deflate_link(&json).await {
                                Ok(payload) => {
                                    let payload = payload.as_string().unwrap_or_default();
                                    let url = web::reader_url(
                                        "",
                                        &format!("#set={payload}&{}", hash.trim_start_matches('#')),
                                    );
                                    let n = url.chars().count();
                                    if n > LINK_LIMIT {
                                        Link::TooLong(n)
                                    } else {
                                        Link::Ready(url)
                                    }
                                }
                                Err(e) => Link::Failed(e.as_string().unwrap_or_else(|| {
                                    "this browser cannot compress (CompressionStream)".into()
                                })),
                            };
                            if *link_run.borrow() == run {
                                d.dispatch(Action::Link(link));
                            }
                        });
                    }
                }
            },
        );
    }

    // A share link opened with the editor (`edit.html#set=…`) opens that set, once.
    {
        let d = d.clone();
        let hash = props.hash.clone();
        use_effect_with((), move |()| {
            if let Some(payload) = url_state::link_set(&hash).map(str::to_string) {
                web::clear_hash();
                wasm_bindgen_futures::spawn_local(
                    async move { d.dispatch(open_link(payload).await) },
                );
            }
        });
    }

    // The preview follows the set once typing pauses: each new set mounts the reader anew.
    let preview_key = derived
        .valid
        .as_ref()
        .map(|_| fingerprint(&[&derived.json, &view_hash]));
    let preview = use_state(|| {
        derived
            .valid
            .clone()
            .zip(preview_key)
            .map(|(s, k)| (k, s, view_hash.clone()))
    });
    let latest = use_mut_ref(|| None::<u64>);
    {
        let preview = preview.clone();
        let valid = derived.valid.clone();
        let hash = view_hash.clone();
        use_effect_with(preview_key, move |key| {
            *latest.borrow_mut() = *key;
            if let (Some(k), Some(set)) = (*key, valid) {
                if preview.as_ref().map(|p| p.0) != Some(k) {
                    let latest = latest.clone();
                    let f = Closure::once_into_js(move || {
                        if *latest.borrow() == Some(k) {
                            preview.set(Some((k, set, hash)));
                        }
                    });
                    web::later(400, &f);
                }
            }
        });
    }

    let on_files = {
        let d = d.clone();
        let doc = state.doc.clone();
        Callback::from(move |target: JsValueRef| {
            let promise = web::input_files(&target.0);
            let d = d.clone();
            let doc = doc.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    for a in files_to_actions(web::file_list(&v), &doc) {
                        d.dispatch(a);
                    }
                }
            });
        })
    };
    let on_drop = {
        let d = d.clone();
        let doc = state.doc.clone();
        Callback::from(move |e: DragEvent| {
            let ev: &JsValue = e.as_ref();
            let promise = web::dropped_files(ev);
            let d = d.clone();
            let doc = doc.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(v) => {
                        for a in files_to_actions(web::file_list(&v), &doc) {
                            d.dispatch(a);
                        }
                    }
                    Err(_) => d.dispatch(Action::Say(Message::error(
                        "Could not read the dropped files. Your work is unchanged.",
                        Vec::new(),
                    ))),
                }
            });
        })
    };
    let on_url = {
        let d = d.clone();
        Callback::from(move |url: String| {
            let url = url.trim().to_string();
            if url.is_empty() {
                d.dispatch(Action::Say(Message::error(
                    "Type the address of a clause set first.",
                    Vec::new(),
                )));
                return;
            }
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let shown = format!("“{}”", clausewise_engine::text::shorten(&url, 200));
                let action = match page::fetch_text(&url, limits::FILE_BYTES, 20_000).await {
                    Ok(text) => open_text(&text.as_string().unwrap_or_default(), &shown),
                    Err(code) => Action::Say(Message::error(
                        format!(
                            "Could not open {shown}: {}. Your work is unchanged.",
                            fetch_failure(&code.as_string().unwrap_or_default())
                        ),
                        Vec::new(),
                    )),
                };
                d.dispatch(action);
            });
        })
    };
    let on_link = {
        let d = d.clone();
        Callback::from(move |link: String| {
            let hash = link.split_once('#').map_or(link.as_str(), |(_, h)| h);
            match url_state::link_set(hash) {
                Some(payload) => {
                    let payload = payload.to_string();
                    let d = d.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        d.dispatch(open_link(payload).await)
                    });
                }
                None => d.dispatch(Action::Say(Message::error(
                    "That is not a share link: it has no #set=… part. Your work is unchanged.",
                    Vec::new(),
                ))),
            }
        })
    };
    let on_shipped = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(open_text(crate::load::DEFAULT_SET, "the shipped example"))
        })
    };

    let compared = pair.map(|(l, r)| Compared {
        set: &derived.built.set,
        outs: &derived.built.outs,
        left: l,
        right: r,
        rows: &aligned,
    });
    let valid = derived
        .valid
        .as_ref()
        .map(|v| (&**v as &ClauseSet, derived.json.clone()));
    let preview_view = match &*preview {
        Some((k, set, hash)) => html! {
            <App key={k.to_string()} preset={Some(set.clone())} embed={true} preview={true} hash={hash.clone()} />
        },
        None => {
            html! { <p>{ "The preview appears once the set has no problems (see Checks)." }</p> }
        }
    };
    let stale = derived.valid.is_none() && preview.is_some();

    html! {
        <>
        <main class="ed" id="editor-main">
            <header class="ed-header">
                <h1>{ "Make your own comparison" }</h1>
                <p class="ed-lead">{ "Paste two or more drafts, check how they were split and paired, add who said what, and get a file or a link that opens the comparison in the reader. Everything stays in this browser." }</p>
                <div class="ed-bar">
                    { view::save_status(&state) }
                    { view::start_over(&state, &d) }
                    <a href="index.html">{ "Back to the reader" }</a>
                </div>
            </header>
            { view::message(&state, &d) }
            { view::open_panel(on_files, on_drop, on_url, on_link, on_shipped) }
            { view::set_fields(&state, &derived.notes, &d) }
            { drafts(&state, &derived.built.outs, &derived.notes, &d) }
            { rows(&state, compared, &derived.notes, &d) }
            { parties(&state, &derived.notes, &d) }
            { view::checks(&derived.problems, &derived.warnings, derived.headline.as_deref()) }
            { output(&state, valid, &d) }
        </main>
        <section class="ed ed-preview" id="ed-preview" aria-labelledby="ed-preview-h">
            <h2 id="ed-preview-h">{ "Preview: what readers will see" }</h2>
            if stale { <p class="ed-bad">{ "The set has problems (see Checks): the preview shows it as it was before them." }</p> }
            { preview_view }
        </section>
        </>
    }
}
