use clausewise_engine::validate::ValidClauseSet;
use clausewise_engine::view::{Cell, TopicLine, Uptake, drafts_by_date};
use yew::prelude::*;

/// Each cell's mark and word: the mark is a shape, so colour is never the only cue.
fn cell_word(c: Cell) -> (&'static str, &'static str) {
    match c {
        Cell::Absent => ("—", "absent"),
        Cell::Present => ("●", "present"),
        Cell::Same => ("=", "same as before"),
        Cell::Changed => ("~", "changed"),
        Cell::Unreported => ("?", "wording not reported"),
    }
}

/// Where the overview's links go.
pub struct Links<'a> {
    /// The address of a topic's history.
    pub history: &'a dyn Fn(&str) -> String,
    /// The reader's row for a topic, comparing the draft at this index (in date order)
    /// with the one before it.
    pub row: &'a dyn Fn(&str, usize) -> String,
}

/// Topics × drafts in date order, each cell what the topic's wording did since the draft
/// before, then each party's latest reported stance on it. Every topic links to its
/// history and every cell to its row in the reader; a table, so screen readers announce
/// the topic and the draft of every cell. Under it, per party, how many of its proposed
/// wordings a later draft took in.
pub fn overview(
    set: &ValidClauseSet,
    lines: &[TopicLine],
    uptake: &[Vec<Uptake>],
    links: &Links<'_>,
) -> Html {
    let drafts = drafts_by_date(set);
    html! {
        <section id="overview" class="overview" aria-labelledby="overview-head">
            <h2 id="overview-head">{ "Every topic across the drafts" }</h2>
            <p class="hint">
                { "Each cell says what the topic's wording did since the draft before: " }
                { "● present, = same as before, ~ changed, — absent, ? wording not reported. " }
                { "A topic opens its history; a cell opens that row in the side-by-side view." }
            </p>
            <div class="overview-scroll">
            <table>
                <caption>{ "Topics by draft (in date order), and each party's latest reported stance" }</caption>
                <thead><tr>
                    <th scope="col">{ "Topic" }</th>
                    { for drafts.iter().map(|d| html! { <th scope="col" data-draft={d.id.clone()}>{ d.title.clone() }</th> }) }
                    { for set.parties.iter().map(|p| html! { <th scope="col" class="party-col">{ p.name.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for lines.iter().map(|line| html! {
                        <tr data-topic={line.topic.clone()}>
                            <th scope="row"><a class="to-history" href={(links.history)(&line.topic)}>{ line.label.clone() }</a></th>
                            { for line.cells.iter().zip(&drafts).enumerate().map(|(i, (&c, d))| {
                                let (symbol, word) = cell_word(c);
                                html! { <td class={format!("cell cell-{}", c.as_str())} data-draft={d.id.clone()} data-cell={c.as_str()}>
                                    if c == Cell::Absent {
                                        <span aria-hidden="true">{ symbol }</span><span class="visually-hidden">{ word }</span>
                                    } else {
                                        <a href={(links.row)(&line.topic, i)}><span aria-hidden="true">{ symbol }{ " " }</span>{ word }</a>
                                    }
                                </td> }
                            }) }
                            { for line.stances.iter().map(|s| match s {
                                Some(s) => html! { <td class={format!("stance stance-{}", s.as_str())}><span aria-hidden="true">{ s.symbol() }{ " " }</span>{ s.as_str() }</td> },
                                None => html! { <td class="no-stance"><span aria-hidden="true">{ "—" }</span><span class="visually-hidden">{ "none reported" }</span></td> },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <h2>{ "Proposed wordings taken into a later draft" }</h2>
            <ul class="uptake">
                { for set.parties.iter().zip(uptake).map(|(p, u)| {
                    let taken: Vec<&Uptake> = u.iter().filter(|x| x.taken_into.is_some()).collect();
                    html! { <li data-party={p.id.clone()} data-taken={taken.len().to_string()} data-proposed={u.len().to_string()}>
                        { format!("{}: {} of {} proposed wordings", p.name, taken.len(), u.len()) }
                        if !taken.is_empty() { { " — " } }
                        { for taken.iter().enumerate().filter_map(|(k, x)| {
                            let pos = &set.positions[x.position];
                            let topic = pos.topic.as_deref()?;
                            let (d, share) = x.taken_into?;
                            Some(html! { <>
                                if k > 0 { { "; " } }
                                <a href={(links.history)(topic)}>{ set.topic_label(topic).unwrap_or(topic).to_string() }</a>
                                { format!(" (in {}, {} % of its words)", set.drafts[d].title, (share + 5) / 10) }
                            </> })
                        }) }
                    </li> }
                }) }
            </ul>
            <p class="hint">{ format!("A proposed wording counts as taken when a later draft's clauses on its topic keep at least {} % of its words.", clausewise_engine::view::TAKEN / 10) }</p>
        </section>
    }
}
