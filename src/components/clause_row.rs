use super::diff_text::{DiffSide, Show, side_text};
use super::{position_note, source_links, uncertain_note};
use clausewise_engine::align::{Status, is_possible};
use clausewise_engine::compare::{ComparedRow, parties_disagree, positions_for, proposal_diff};
use clausewise_engine::model::{Clause, Draft, Source};
use clausewise_engine::validate::ValidClauseSet;
use yew::prelude::*;

/// The words a reader sees for each status, with a shape so colour is never the only cue.
pub fn status_label(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Kept => ("=", "Kept"),
        Status::Changed => ("~", "Changed"),
        Status::Moved => ("↕", "Moved"),
        Status::Added => ("+", "Added"),
        Status::Removed => ("−", "Removed"),
        Status::Unreported => ("?", "Wording not reported"),
    }
}

fn side(class: &'static str, draft: &Draft, row: &ComparedRow, which: DiffSide) -> Html {
    let idx = if which == DiffSide::Old {
        &row.left
    } else {
        &row.right
    };
    let show = if row.left.is_empty() || row.right.is_empty() {
        Show::Plain
    } else if row.rewritten {
        Show::Shared
    } else {
        Show::Changes
    };
    // Where each clause of a merged or split side begins in the side's joined text.
    let mut starts: Vec<(usize, &str)> = Vec::new();
    if idx.len() > 1 {
        let mut at = 0;
        for &i in idx {
            if let Some(t) = &draft.clauses[i].text {
                starts.push((at, &draft.clauses[i].number));
                at += t.len() + 1;
            }
        }
    }
    let clauses: Vec<&Clause> = idx.iter().map(|&i| &draft.clauses[i]).collect();
    if clauses.is_empty() {
        return html! {
            <div class={format!("side {class} empty")}>
                <p class="side-label">{ draft.title.clone() }</p>
                <p class="absent">{ "Not in this text." }</p>
            </div>
        };
    }
    // A number repeated in a row is said once: "point 3", "points 3 + 4".
    let mut numbers: Vec<&str> = clauses.iter().map(|c| c.number.as_str()).collect();
    numbers.dedup();
    let point_word = if numbers.len() > 1 { "points" } else { "point" };
    let mut sources: Vec<&Source> = Vec::new();
    for s in clauses.iter().flat_map(|c| &c.sources) {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    html! {
        <div class={format!("side {class}")}>
            <p class="side-label">
                { draft.title.clone() }{ " · " }{ point_word }{ " " }{ numbers.join(" + ") }
            </p>
            if row.status == Status::Unreported {
                // Nothing to diff: each clause as it is, or the fact that its wording is unknown.
                { for clauses.iter().map(|c| match &c.text {
                    Some(t) => html! { <p class="clause-text">{ t.clone() }</p> },
                    None => html! { <p class="clause-text not-reported">{ "Wording not reported." }</p> },
                }) }
            } else {
                <p class={if show == Show::Plain { "clause-text whole" } else { "clause-text" }}>
                    { side_text(&row.diff, which, show, &starts) }
                </p>
            }
            { for clauses.iter().map(|c| uncertain_note(&c.uncertain, (clauses.len() > 1).then_some(c.number.as_str()))) }
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
    /// The page's query (`?set=…`), carried into the link to the topic's history; `None`
    /// in an embed, whose frame is sized for this page and would trap the overview.
    pub search: Option<&'a str>,
}

pub fn clause_row(
    set: &ValidClauseSet,
    (left, right): (&Draft, &Draft),
    row: &ComparedRow,
    parties_on: &[String],
    link: RowLink<'_>,
) -> Html {
    let positions = row
        .topic
        .as_deref()
        .map(|t| positions_for(set, t, &left.id, &right.id, parties_on))
        .unwrap_or_default();
    let disagree = parties_disagree(&positions);
    let (symbol, word) = status_label(row.status);
    let heading_id = format!("row-{}", row.key);
    html! {
        <article key={row.key.clone()} class={format!("row status-{}{}{}{}", row.status.as_str(), if disagree { " disagree" } else { "" }, if link.focused { " focused" } else { "" }, if is_possible(row.score) { " possible" } else { "" })}
            data-topic={row.topic.clone()} data-status={row.status.as_str()} data-score={row.score.map(|s| usize::from(s).to_string())}
            data-match={row.score.map(|s| if s < clausewise_engine::align::CERTAIN { "possible" } else { "wording" })}
            data-disagree={disagree.then_some("true")} aria-labelledby={heading_id.clone()} tabindex="-1"
            aria-current={link.focused.then_some("true")}>
            <h3 class="row-head" id={heading_id}>
                <span class="topic-label">{ row.label.clone() }</span>
                <span class={format!("status-badge status-{}", row.status.as_str())}>
                    <span aria-hidden="true">{ symbol }{ " " }</span>{ word }
                </span>
                if let Some(score) = row.score {
                    if is_possible(row.score) {
                        <span class="possible-match">
                            <span aria-hidden="true">{ "? " }</span>{ format!("possible match, {} %", (usize::from(score) + 5) / 10) }
                        </span>
                    } else {
                        <span class="matched-by-wording">{ format!("matched by wording, {} %", (usize::from(score) + 5) / 10) }</span>
                    }
                }
                if row.rewritten {
                    <span class="rewritten">{ "rewritten: shared phrases marked" }</span>
                }
                if disagree {
                    <span class="disagree-flag"><span aria-hidden="true">{ "⚡ " }</span>{ "Parties disagree" }</span>
                }
                if let (Some(topic), Some(search)) = (&row.topic, link.search) {
                    <a class="row-history" href={format!("overview.html{search}#history={topic}")}
                        aria-label={format!("History of this topic through every draft: {}", row.label)}>{ "History" }</a>
                }
                if let Some(topic) = row.topic.clone() {
                    <a class="row-link" href={link.href} aria-label={format!("Link to this row: {}", row.label)}
                        onclick={link.onfocus.reform(move |e: MouseEvent| { e.prevent_default(); topic.clone() })}>
                        { "Link" }
                    </a>
                }
            </h3>
            <div class="sides">
                { side("side-left", left, row, DiffSide::Old) }
                { side("side-right", right, row, DiffSide::New) }
            </div>
            if !positions.is_empty() {
                <div class="positions">
                    { for positions.iter().filter_map(|p| {
                        let party = set.party(&p.party)?;
                        let about = p.draft.as_deref().and_then(|d| set.draft(d)).map(|d| d.title.as_str());
                        Some(position_note(p, party, about, proposal_diff(set, row, p)))
                    }) }
                </div>
            }
        </article>
    }
}
