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

/// How one side of a row shows its text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Show {
    /// Kept words plain, changed words as `<del>` or `<ins>`.
    Changes,
    /// A rewrite: the whole text plain, with the phrases both sides share marked.
    Shared,
    /// A clause only on this side: its text, plain (the row says it was added or removed).
    Plain,
}

/// A shared phrase shorter than this is a coincidence, not worth marking in a rewrite.
const SHARED_PHRASE: usize = 12;

/// One side of a row: its text from the diff, shown as `show` says, with the number of
/// each clause where it begins when the side holds several (`starts`: byte offset in the
/// side's text, and the clause number). Every string is a text node.
pub fn side_text(
    segments: &[Segment],
    side: DiffSide,
    show: Show,
    starts: &[(usize, &str)],
) -> Html {
    let kind_shown = if side == DiffSide::Old {
        SegmentKind::Removed
    } else {
        SegmentKind::Added
    };
    let mut pieces: Vec<Html> = Vec::new();
    let mut offset = 0;
    let mut next_start = starts.iter().peekable();
    for seg in segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Equal || s.kind == kind_shown)
    {
        let mut rest = seg.text.as_str();
        while !rest.is_empty() {
            // Cut the segment where the next clause begins, and say which clause it is.
            let cut = match next_start.peek() {
                Some((at, number)) if *at <= offset => {
                    pieces.push(
                        html! { <span class="clause-start">{ format!("§ {number} ") }</span> },
                    );
                    next_start.next();
                    continue;
                }
                Some((at, _)) if *at < offset + rest.len() => at - offset,
                _ => rest.len(),
            };
            let (piece, tail) = rest.split_at(cut);
            let text = piece.to_string();
            pieces.push(match (show, seg.kind) {
                (Show::Changes, SegmentKind::Removed) => html! { <del>{ text }</del> },
                (Show::Changes, SegmentKind::Added) => html! { <ins>{ text }</ins> },
                (Show::Shared, SegmentKind::Equal) if seg.text.trim().len() >= SHARED_PHRASE => {
                    html! { <mark class="shared">{ text }</mark> }
                }
                _ => html! { text },
            });
            offset += cut;
            rest = tail;
        }
    }
    html! { <span class="diff-text">{ for pieces }</span> }
}
