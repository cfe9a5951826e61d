use super::diff_text::{DiffSide, diff_text};
use super::{position_note, source_links};
use crate::align::Status;
use crate::compare::{ComparedRow, Comparison, parties_disagree, positions_for, proposal_base};
use crate::model::{Clause, Draft, Source};
use crate::validate::ValidClauseSet;
use yew::prelude::*;

/// The words a reader sees for each status, with a shape so colour is never the only cue.
pub fn status_label(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Unchanged => ("=", "Kept"),
        Status::Modified => ("~", "Changed"),
        Status::Added => ("+", "Added"),
        Status::Removed => ("−", "Removed"),
        Status::Moved => ("↕", "Moved"),
    }
}

fn side(
    class: &'static str,
    draft: &Draft,
    idx: &[usize],
    diff: &[crate::diff::Segment],
    which: DiffSide,
) -> Html {
    let clauses: Vec<&Clause> = idx.iter().map(|&i| &draft.clauses[i]).collect();
    if clauses.is_empty() {
        return html! {
            <div class={format!("side {class} empty")}>
                <p class="side-label">{ draft.title.clone() }</p>
                <p class="absent">{ "Not in this text." }</p>
            </div>
        };
    }
    let numbers = clauses
        .iter()
        .map(|c| c.number.as_str())
        .collect::<Vec<_>>();
    let mut numbers_dedup = numbers.clone();
    numbers_dedup.dedup();
    let point_word = if numbers_dedup.len() > 1 {
        "points"
    } else {
        "point"
    };
    let mut sources: Vec<&Source> = Vec::new();
    for s in clauses.iter().flat_map(|c| &c.sources) {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    html! {
        <div class={format!("side {class}")}>
            <p class="side-label">
                { draft.title.clone() }{ " · " }{ point_word }{ " " }{ numbers_dedup.join(" + ") }
            </p>
            <p class="clause-text">{ diff_text(diff, which) }</p>
            { for clauses.iter().filter_map(|c| c.uncertain.as_ref().map(|u| html! {
                <p class="uncertain">
                    <span class="uncertain-mark" aria-hidden="true">{ "⚠ " }</span>
                    <strong>{ "Uncertain" }</strong>
                    { if clauses.len() > 1 { format!(" (point {}): ", c.number) } else { ": ".to_string() } }
                    { u.clone() }
                </p>
            })) }
            { source_links(sources) }
        </div>
    }
}

/// One aligned row: the two texts with their differences, and the positions of the
/// parties that are on.
/// How a row links to itself: its address, whether it is the one linked to, and what
/// to tell when the link is followed.
pub struct RowLink<'a> {
    pub href: String,
    pub focused: bool,
    pub onfocus: &'a Callback<String>,
}

pub fn clause_row(
    set: &ValidClauseSet,
    cmp: &Comparison,
    row: &ComparedRow,
    parties_on: &[String],
    link: RowLink<'_>,
) -> Html {
    let (Some(left), Some(right)) = (set.draft(&cmp.left), set.draft(&cmp.right)) else {
        return html! {};
    };
    let diff = &row.diff;
    let positions = row
        .topic
        .as_deref()
        .map(|t| positions_for(set, t, &cmp.left, &cmp.right, parties_on))
        .unwrap_or_default();
    let disagree = parties_disagree(&positions);
    let (symbol, word) = status_label(row.status);
    let heading_id = format!("row-{}", row.key);
    html! {
        <article key={row.key.clone()} class={format!("row status-{}{}{}", row.status.as_str(), if disagree { " disagree" } else { "" }, if link.focused { " focused" } else { "" })}
            data-topic={row.topic.clone()} data-status={row.status.as_str()}
            data-disagree={disagree.then_some("true")} aria-labelledby={heading_id.clone()}
            aria-current={link.focused.then_some("true")}>
            <h3 class="row-head" id={heading_id}>
                <span class="topic-label">{ row.label.clone() }</span>
                <span class={format!("status-badge status-{}", row.status.as_str())}>
                    <span aria-hidden="true">{ symbol }{ " " }</span>{ word }
                </span>
                if row.by_similarity {
                    <span class="matched-by-wording">{ "matched by wording" }</span>
                }
                if disagree {
                    <span class="disagree-flag"><span aria-hidden="true">{ "⚡ " }</span>{ "Parties disagree" }</span>
                }
                if let Some(topic) = row.topic.clone() {
                    <a class="row-link" href={link.href} aria-label={format!("Link to this row: {}", row.label)}
                        onclick={link.onfocus.reform(move |e: MouseEvent| { e.prevent_default(); topic.clone() })}>
                        { "Link" }
                    </a>
                }
            </h3>
            <div class="sides">
                { side("side-left", left, &row.left, diff, DiffSide::Old) }
                { side("side-right", right, &row.right, diff, DiffSide::New) }
            </div>
            if !positions.is_empty() {
                <div class="positions">
                    { for positions.iter().filter_map(|p| {
                        let party = set.party(&p.party)?;
                        let about = p.draft.as_deref().and_then(|d| set.draft(d)).map(|d| d.title.as_str());
                        Some(position_note(p, party, about, &proposal_base(set, cmp, row, p)))
                    }) }
                </div>
            }
        </article>
    }
}
