use crate::model::Source;
use yew::prelude::*;

/// "Sources: A · B" with links. URLs were checked to be http(s) when the set was loaded.
pub fn source_links<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Html {
    let sources: Vec<&Source> = sources.into_iter().collect();
    if sources.is_empty() {
        return html! {};
    }
    let label = if sources.len() > 1 {
        "Sources: "
    } else {
        "Source: "
    };
    html! {
        <p class="sources">
            <span class="sources-label">{ label }</span>
            { for sources.iter().enumerate().map(|(i, s)| html! {
                <>
                    if i > 0 { { " · " } }
                    <a class="source" href={s.url.clone()} target="_blank" rel="noopener noreferrer">
                        { s.title.clone() }
                    </a>
                </>
            }) }
        </p>
    }
}
