use clausewise_engine::compare::Counts;
use yew::prelude::*;

/// The counts of the comparison in one line; screen readers hear it change.
pub fn summary_line(c: Counts, left_title: &str, right_title: &str) -> Html {
    let mut counts = format!(
        ": {} kept · {} changed · {} added · {} removed · {} moved",
        c.kept, c.changed, c.added, c.removed, c.moved
    );
    if c.unreported > 0 {
        counts.push_str(&format!(" · {} wording not reported", c.unreported));
    }
    html! {
        <p id="summary" class="summary" aria-live="polite"
            data-kept={c.kept.to_string()} data-changed={c.changed.to_string()}
            data-added={c.added.to_string()} data-removed={c.removed.to_string()}
            data-moved={c.moved.to_string()} data-unreported={c.unreported.to_string()}>
            { "From " }<strong>{ left_title.to_string() }</strong>{ " to " }
            <strong>{ right_title.to_string() }</strong>{ counts }
        </p>
    }
}
