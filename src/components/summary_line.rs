use clausewise_engine::align::Status;
use clausewise_engine::compare::Counts;
use yew::prelude::*;

/// The counts of the comparison in one line, each a button that shows only the rows of
/// its status (pressed again: every row); screen readers hear the line change.
pub fn summary_line(
    c: Counts,
    left_title: &str,
    right_title: &str,
    pressed: Option<Status>,
    onstatus: &Callback<Status>,
) -> Html {
    let order = [
        (Status::Kept, "kept"),
        (Status::Changed, "changed"),
        (Status::Added, "added"),
        (Status::Removed, "removed"),
        (Status::Moved, "moved"),
        (Status::Unreported, "wording not reported"),
    ];
    let shown = order
        .into_iter()
        .filter(|&(s, _)| s != Status::Unreported || c.unreported > 0);
    html! {
        <p id="summary" class="summary" aria-live="polite"
            data-kept={c.kept.to_string()} data-changed={c.changed.to_string()}
            data-added={c.added.to_string()} data-removed={c.removed.to_string()}
            data-moved={c.moved.to_string()} data-unreported={c.unreported.to_string()}>
            { "From " }<strong>{ left_title.to_string() }</strong>{ " to " }
            <strong>{ right_title.to_string() }</strong>{ ": " }
            { for shown.enumerate().map(|(i, (s, word))| {
                html! { <>
                    if i > 0 { { " · " } }
                    <button type="button" class="count" data-status={s.as_str()}
                        aria-pressed={(pressed == Some(s)).to_string()}
                        onclick={onstatus.reform(move |_: MouseEvent| s)}>
                        { format!("{} {word}", c.get(s)) }
                    </button>
                </> }
            }) }
        </p>
    }
}
