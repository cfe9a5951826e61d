use super::party_toggles::swatch;
use super::{diff_text::DiffSide, diff_text::diff_text, human_date, source_links, uncertain_note};
use clausewise_engine::compare::whole_draft_positions;
use clausewise_engine::diff::Segment;
use clausewise_engine::model::{Party, Position};
use clausewise_engine::validate::ValidClauseSet;
use yew::prelude::*;

/// One party's reported position: stance, summary, date, sources, and the wording it
/// proposed, diffed against the clause it would replace (`proposal`, computed once with
/// the comparison). `about` is the title of the draft the position names, if any.
pub fn position_note(
    p: &Position,
    party: &Party,
    about: Option<&str>,
    proposal: Option<&[Segment]>,
) -> Html {
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
                    { diff_text(segments, DiffSide::Inline) }
                </p>
            } else if let Some(text) = &p.text {
                <p class="proposed"><span class="proposed-label">{ "Proposed wording: " }</span>{ text.clone() }</p>
            }
            { uncertain_note(&p.uncertain, None) }
            if p.sources.is_empty() {
                <p class="sources no-source"><span class="uncertain-mark" aria-hidden="true">{ "⚠ " }</span>{ "No source given" }</p>
            } else {
                { source_links(&p.sources) }
            }
        </div>
    }
}

/// Positions about a whole draft (`Some(id)`) or the whole set (`None`), of the parties on;
/// `None` when there are none.
pub fn whole_positions(
    set: &ValidClauseSet,
    draft: Option<&str>,
    parties_on: &[String],
) -> Option<Html> {
    let positions = whole_draft_positions(set, draft, parties_on);
    (!positions.is_empty()).then(|| {
        html! {
            <div class="positions whole-positions">
                { for positions.iter().filter_map(|p| Some(position_note(p, set.party(&p.party)?, None, None))) }
            </div>
        }
    })
}

/// The parties' positions on the set as a whole, above the rows.
pub fn whole_set_positions(set: &ValidClauseSet, parties_on: &[String]) -> Html {
    let Some(positions) = whole_positions(set, None, parties_on) else {
        return html! {};
    };
    html! {
        <section class="set-positions" aria-label="Positions on the whole set">
            <h2 class="set-positions-head">{ "On the whole set" }</h2>
            { positions }
        </section>
    }
}
