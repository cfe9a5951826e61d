use super::party_toggles::swatch;
use super::{diff_text::DiffSide, diff_text::diff_text, human_date, source_links};
use crate::diff::diff_words;
use crate::model::{Party, Position};
use yew::prelude::*;

/// One party's reported position on a row: stance, summary, date, source, and the
/// wording it proposed, diffed against `base`, the clause it would replace. `about` is the
/// title of the draft the position names, if any.
pub fn position_note(p: &Position, party: &Party, about: Option<&str>, base: &str) -> Html {
    let proposal = p.text.as_ref().map(|t| diff_words(base, t));
    html! {
        <div class="position" data-party={p.party.clone()} data-stance={p.stance.as_str()}>
            <p class="position-head">
                { swatch(party.color.as_ref()) }
                <span class="party-name">{ party.name.clone() }</span>{ " " }
                <span class={format!("stance stance-{}", p.stance.as_str())}>
                    <span aria-hidden="true">{ p.stance.symbol() }{ " " }</span>{ p.stance.as_str() }
                </span>
                { " · " }<time datetime={p.date.clone()}>{ human_date(&p.date) }</time>
                if let Some(about) = about {
                    <span class="about">{ " · on " }{ about.to_string() }</span>
                }
            </p>
            <p class="position-summary">{ p.summary.clone() }</p>
            if let Some(segments) = proposal {
                <p class="proposed">
                    <span class="proposed-label">{ "Proposed wording: " }</span>
                    { diff_text(&segments, DiffSide::Inline) }
                </p>
            }
            if let Some(u) = &p.uncertain {
                <p class="uncertain"><span class="uncertain-mark" aria-hidden="true">{ "⚠ " }</span>
                    <strong>{ "Uncertain: " }</strong>{ u.clone() }</p>
            }
            { source_links(&p.sources) }
        </div>
    }
}
