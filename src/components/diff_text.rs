use clausewise_engine::diff::{Segment, SegmentKind};
use yew::prelude::*;

/// Which words of a diff to show.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DiffSide {
    /// The old text: kept words and `<del>` for removed ones.
    Old,
    /// The new text: kept words and `<ins>` for added ones.
    New,
    /// Both, inline: for a proposed wording read against the clause.
    Inline,
}

/// A diff as text with `<ins>`/`<del>`. Every string is a text node: data is never markup.
pub fn diff_text(segments: &[Segment], side: DiffSide) -> Html {
    let show = |kind: SegmentKind| match (side, kind) {
        (_, SegmentKind::Equal) => true,
        (DiffSide::Old, k) => k == SegmentKind::Removed,
        (DiffSide::New, k) => k == SegmentKind::Added,
        (DiffSide::Inline, _) => true,
    };
    html! {
        <span class="diff-text">
            { for segments.iter().filter(|s| show(s.kind)).map(|s| match s.kind {
                SegmentKind::Equal => html! { s.text.clone() },
                SegmentKind::Removed => html! { <del>{ s.text.clone() }</del> },
                SegmentKind::Added => html! { <ins>{ s.text.clone() }</ins> },
            }) }
        </span>
    }
}
