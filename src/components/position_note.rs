use super::party_toggles::swatch;
use super::{DiffText, SourceLinks, diff_text::DiffSide, human_date};
use crate::diff::diff_words;
use crate::model::{Party, Position};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PositionNoteProps {
    pub position: Position,
    pub party: Party,
    /// Title of the draft the position is about, if it names one.
    pub about: Option<AttrValue>,
    /// The clause text the proposed wording is read against.
    pub base: AttrValue,
}

/// One party's reported position on a row: stance, summary, date, source, and the
/// wording it proposed, diffed against the clause.
#[component]
pub fn PositionNote(props: &PositionNoteProps) -> Html {
    let p = &props.position;
    let proposal = p.text.as_ref().map(|t| Rc::new(diff_words(&props.base, t)));
    let color = props.party.color.clone().map(AttrValue::from);
    html! {
        <div class="position" data-party={p.party.clone()} data-stance={p.stance.as_str()}>
            <p class="position-head">
                { swatch(color.as_ref()) }
                <span class="party-name">{ props.party.name.clone() }</span>{ " " }
                <span class={classes!("stance", format!("stance-{}", p.stance.as_str()))}>
                    <span aria-hidden="true">{ p.stance.symbol() }{ " " }</span>{ p.stance.as_str() }
                </span>
                { " · " }<time datetime={p.date.clone()}>{ human_date(&p.date) }</time>
                if let Some(about) = &props.about {
                    <span class="about">{ " · on " }{ about.clone() }</span>
                }
            </p>
            <p class="position-summary">{ p.summary.clone() }</p>
            if let Some(segments) = proposal {
                <p class="proposed">
                    <span class="proposed-label">{ "Proposed wording: " }</span>
                    <DiffText {segments} side={DiffSide::Inline} />
                </p>
            }
            if let Some(u) = &p.uncertain {
                <p class="uncertain"><span class="uncertain-mark" aria-hidden="true">{ "⚠ " }</span>
                    <strong>{ "Uncertain: " }</strong>{ u.clone() }</p>
            }
            <SourceLinks sources={p.sources.clone()} />
        </div>
    }
}
