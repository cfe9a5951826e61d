//! Parties (name, colour) and the positions they took: stance, summary, date, sources,
//! proposed wording.

use super::{Dispatch, FieldNotes, area_field, click, edit, on_value, select_field, text_field};
use crate::editor::fields;
use crate::editor::state::{Action, Edit, EditorState};
use clausewise_engine::model::Stance;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn colour_input(id: &str, label: &str, value: &str, on: Callback<String>) -> Html {
    let oninput = on.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="ed-field ed-colour">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <input id={id.to_string()} type="color" value={value.to_string()} {oninput} />
        </div>
    }
}

pub fn parties(s: &EditorState, notes: &FieldNotes, d: &Dispatch) -> Html {
    let (name, colour) = &s.new_party;
    let add = {
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.dispatch(Action::Edit(Edit::AddParty));
        })
    };
    let whole_set: Vec<usize> = s
        .doc
        .positions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.topic.is_none() && p.draft.is_none())
        .map(|(k, _)| k)
        .collect();
    html! {
        <section class="ed-panel" aria-labelledby="ed-parties-h">
            <h2 id="ed-parties-h">{ "Parties" }</h2>
            <p>{ "The parties whose positions you record. Add positions on a row (under Rows) or on a whole draft (under Drafts)." }</p>
            <ul class="ed-party-list">
                { for s.doc.parties.iter().enumerate().map(|(i, p)| html! {
                    <li class="ed-party" data-party={p.id.clone()}>
                        { text_field(&fields::party(i, "name"), "Name", &p.name, None, notes, edit(d, move |v| Edit::Party(i, "name", v))) }
                        { colour_input(&fields::party(i, "color"), "Colour", p.color.as_deref().unwrap_or("#555555"), edit(d, move |v| Edit::Party(i, "color", v))) }
                        <button type="button" onclick={click(d, Action::Edit(Edit::RemoveParty(i)))}>
                            { format!("Remove party {}", if p.name.is_empty() { &p.id } else { &p.name }) }
                        </button>
                    </li>
                }) }
            </ul>
            <form class="ed-inline ed-add-party" onsubmit={add}>
                { text_field("new-party-name", "New party’s name", name, None, &FieldNotes::new(), on_value(d, |v| Action::NewParty("name", v))) }
                { colour_input("new-party-color", "Its colour", colour, on_value(d, |v| Action::NewParty("color", v))) }
                <button type="submit" disabled={name.trim().is_empty()}>{ "Add party" }</button>
            </form>
            if !whole_set.is_empty() {
                <h3>{ "Positions on the whole set" }</h3>
                { for whole_set.iter().map(|&k| position_editor(s, k, notes, d)) }
            }
        </section>
    }
}

/// One position's fields, its sources, and a Remove button.
pub fn position_editor(s: &EditorState, k: usize, notes: &FieldNotes, d: &Dispatch) -> Html {
    let p = &s.doc.positions[k];
    let party_name = s
        .doc
        .parties
        .iter()
        .find(|x| x.id == p.party)
        .map_or("no party", |x| x.name.as_str());
    let mut parties: Vec<(String, String)> = s
        .doc
        .parties
        .iter()
        .map(|x| {
            (
                x.id.clone(),
                if x.name.is_empty() {
                    x.id.clone()
                } else {
                    x.name.clone()
                },
            )
        })
        .collect();
    if !parties.iter().any(|(id, _)| *id == p.party) {
        parties.insert(0, (p.party.clone(), "(choose a party)".into()));
    }
    let stances: Vec<(String, String)> = Stance::ALL
        .iter()
        .map(|st| {
            (
                st.as_str().to_string(),
                format!("{} {}", st.symbol(), st.as_str()),
            )
        })
        .collect();
    html! {
        <fieldset class="ed-position" id={format!("position-{k}")} data-party={p.party.clone()}>
            <legend>{ format!("Position of {party_name}") }</legend>
            <div class="ed-meta">
                { select_field(&fields::position(k, "party"), "Party", &p.party, &parties, notes, edit(d, move |v| Edit::Position(k, "party", v))) }
                { select_field(&fields::position(k, "stance"), "Stance", p.stance.as_str(), &stances, notes, edit(d, move |v| Edit::Position(k, "stance", v))) }
                { text_field(&fields::position(k, "date"), "Date", &p.date, Some("YYYY, YYYY-MM or YYYY-MM-DD"), notes, edit(d, move |v| Edit::Position(k, "date", v))) }
            </div>
            { text_field(&fields::position(k, "summary"), "Summary", &p.summary, Some("One line: what the party said or did."), notes, edit(d, move |v| Edit::Position(k, "summary", v))) }
            { area_field(&fields::position(k, "text"), "Proposed wording (optional)", p.text.as_deref().unwrap_or(""), 3, None, notes, edit(d, move |v| Edit::Position(k, "text", v))) }
            <div class="ed-sources">
                <p class="ed-sources-h">{ "Sources" }</p>
                if p.sources.is_empty() {
                    <p class="ed-hint">{ "No source yet: readers will see “No source given”." }</p>
                }
                { for p.sources.iter().enumerate().map(|(n, src)| html! {
                    <div class="ed-source ed-meta">
                        { text_field(&fields::source(k, n, "title"), &format!("Source {} title", n + 1), &src.title, None, notes, edit(d, move |v| Edit::Source(k, n, "title", v))) }
                        { text_field(&fields::source(k, n, "url"), &format!("Source {} link (optional)", n + 1), src.url.as_deref().unwrap_or(""), Some("https://…"), notes, edit(d, move |v| Edit::Source(k, n, "url", v))) }
                        <button type="button" onclick={click(d, Action::Edit(Edit::RemoveSource(k, n)))}>{ format!("Remove source {}", n + 1) }</button>
                    </div>
                }) }
                <button type="button" onclick={click(d, Action::Edit(Edit::AddSource(k)))}>{ "Add a source" }</button>
            </div>
            <button type="button" class="ed-remove" onclick={click(d, Action::Edit(Edit::RemovePosition(k)))}>{ "Remove this position" }</button>
        </fieldset>
    }
}
