use crate::compare::Counts;
use yew::prelude::*;

/// The counts of the comparison in one line; screen readers hear it change.
pub fn summary_line(c: Counts, left_title: &str, right_title: &str) -> Html {
    let part = |n: usize, word: &str| format!("{n} {word}");
    html! {
        <p id="summary" class="summary" aria-live="polite"
            data-kept={c.kept.to_string()} data-changed={c.changed.to_string()}
            data-added={c.added.to_string()} data-removed={c.removed.to_string()}
            data-moved={c.moved.to_string()}>
            { "From " }<strong>{ left_title.to_string() }</strong>{ " to " }
            <strong>{ right_title.to_string() }</strong>{ ": " }
            <span class="count count-kept">{ part(c.kept, "kept") }</span>{ " · " }
            <span class="count count-changed">{ part(c.changed, "changed") }</span>{ " · " }
            <span class="count count-added">{ part(c.added, "added") }</span>{ " · " }
            <span class="count count-removed">{ part(c.removed, "removed") }</span>{ " · " }
            <span class="count count-moved">{ part(c.moved, "moved") }</span>
        </p>
    }
}
