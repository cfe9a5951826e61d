//! Each draft: its title, date and author, the pasted text, and the live list of the
//! clauses found in it, with merge and split-at-the-cursor.

use super::people::position_editor;
use super::{Dispatch, FieldNotes, click, edit, text_field};
use crate::editor::doc::{DraftSource, Out};
use crate::editor::state::{Action, Edit, EditorState};
use crate::editor::{fields, web};
use clausewise_engine::text::shorten;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

pub fn drafts(s: &EditorState, outs: &[Vec<Out>], notes: &FieldNotes, d: &Dispatch) -> Html {
    html! {
        <section class="ed-panel" aria-labelledby="ed-drafts-h">
            <h2 id="ed-drafts-h">{ "Drafts" }</h2>
            <p>{ "Paste one draft per box, earliest first. Each is split into clauses by its numbering (1., 2., … or Article 1, Section 1…); the list under the box shows the result as you type." }</p>
            { for s.doc.drafts.iter().enumerate().map(|(i, draft)| {
                draft_card(s, i, draft, outs.get(i).map_or(&[][..], Vec::as_slice), notes, d)
            }) }
            <button type="button" id="ed-add-draft" onclick={click(d, Action::Edit(Edit::AddDraft(None)))}>{ "Add a draft" }</button>
        </section>
    }
}

fn draft_card(
    s: &EditorState,
    i: usize,
    draft: &DraftSource,
    outs: &[Out],
    notes: &FieldNotes,
    d: &Dispatch,
) -> Html {
    let heading_id = format!("draft-{i}-heading");
    let text_id = fields::draft(i, "text");
    let name = if draft.title.trim().is_empty() {
        format!("Draft {} (no title yet)", i + 1)
    } else {
        draft.title.clone()
    };
    let oninput = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            d.dispatch(Action::Edit(Edit::Text(i, v)));
        })
    };
    let on_split = {
        let d = d.clone();
        let text = draft.text.clone();
        let id = text_id.clone();
        Callback::from(move |_: MouseEvent| {
            let at = web::byte_offset(&text, web::caret(&id));
            d.dispatch(Action::Edit(Edit::SplitAt(i, at)));
        })
    };
    let (text_notes, described) = {
        let list = notes.get(&text_id);
        let html = list.filter(|l| !l.is_empty()).map(|l| html! {
            <ul class="ed-field-notes" id={format!("{text_id}-notes")}>
                { for l.iter().map(|(p, m)| html! {
                    <li class={if *p { "ed-problem" } else { "ed-warning" }}>{ if *p { "Problem: " } else { "Warning: " } }{ m.clone() }</li>
                }) }
            </ul>
        });
        let described = if html.is_some() {
            format!("{text_id}-hint {text_id}-notes")
        } else {
            format!("{text_id}-hint")
        };
        (html, described)
    };
    let invalid = notes
        .get(&text_id)
        .is_some_and(|l| l.iter().any(|(p, _)| *p))
        .then_some("true");
    let whole: Vec<usize> = s
        .doc
        .positions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.topic.is_none() && p.draft.as_deref() == Some(&draft.id))
        .map(|(k, _)| k)
        .collect();
    let can_position = !s.doc.parties.is_empty();
    html! {
        <article class="ed-draft" id={format!("draft-{i}")} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id.clone()}>{ name }</h3>
            <div class="ed-meta">
                { text_field(&fields::draft(i, "title"), "Title", &draft.title, None, notes, edit(d, move |v| Edit::Draft(i, "title", v))) }
                { text_field(&fields::draft(i, "date"), "Date", &draft.date, Some("YYYY, YYYY-MM or YYYY-MM-DD"), notes, edit(d, move |v| Edit::Draft(i, "date", v))) }
                { text_field(&fields::draft(i, "author"), "Author", &draft.author, Some("Who wrote or proposed it"), notes, edit(d, move |v| Edit::Draft(i, "author", v))) }
                { text_field(&fields::draft(i, "note"), "Note (optional)", &draft.note, Some("Its status: leaked, adopted…"), notes, edit(d, move |v| Edit::Draft(i, "note", v))) }
            </div>
            <div class="ed-field">
                <span class="ed-hint" id={format!("{text_id}-hint")}>{ "The text of this draft. Put the cursor where a clause should be cut and press “Split clause at cursor”." }</span>
                <textarea id={text_id.clone()} class="ed-text" rows="12" aria-labelledby={heading_id}
                    aria-describedby={described} aria-invalid={invalid} value={draft.text.clone()} {oninput} />
                { text_notes }
            </div>
            <div class="ed-actions">
                <button type="button" onclick={on_split}>{ "Split clause at cursor" }</button>
                if s.doc.drafts.len() > 1 {
                    <button type="button" onclick={click(d, Action::Edit(Edit::RemoveDraft(i)))}>{ format!("Remove draft {}", i + 1) }</button>
                }
            </div>
            if draft.opened.is_some() {
                <p class="ed-hint">{ "Opened from a set: its clauses are kept as they were until you edit the text." }</p>
            }
            { pieces(i, outs, d) }
            <div class="ed-whole">
                <h4>{ "Positions on this whole draft" }</h4>
                { for whole.iter().map(|&k| position_editor(s, k, notes, d)) }
                <button type="button" disabled={!can_position}
                    onclick={click(d, Action::Edit(Edit::AddPosition(None, Some(draft.id.clone()))))}>
                    { "Add a position on this draft" }
                </button>
                if !can_position { <span class="ed-hint">{ " Add a party first (under Parties)." }</span> }
            </div>
        </article>
    }
}

/// The live split: one line per clause, each with "Merge with next".
fn pieces(i: usize, outs: &[Out], d: &Dispatch) -> Html {
    let n = outs.len();
    let count = match n {
        0 => "No clauses yet: paste the text above.".to_string(),
        1 => "1 clause".to_string(),
        n => format!("{n} clauses"),
    };
    html! {
        <div class="ed-pieces">
            <p class="ed-count" id={format!("draft-{i}-count")} data-clause-count={n.to_string()} aria-live="polite">{ count }</p>
            if n > 0 {
                <ol class="ed-piece-list" aria-label={format!("Clauses of draft {}", i + 1)}>
                    { for outs.iter().enumerate().map(|(k, o)| {
                        let text = o.clause.text.clone().unwrap_or_default();
                        html! {
                            <li class="ed-piece" data-clause={o.clause.id.clone()}>
                                <span class="ed-num">{ o.clause.number.clone() }</span>
                                if o.cut { <span class="ed-tag">{ "split by you" }</span> }
                                <span class="ed-excerpt">{ shorten(&text, 160) }</span>
                                if k + 1 < n {
                                    <button type="button" class="ed-small"
                                        aria-label={format!("Merge with next: clause {} and the one after it", o.clause.number)}
                                        onclick={click(d, Action::Edit(Edit::Merge(i, k)))}>{ "Merge with next" }</button>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}
