use clausewise_engine::model::Source;
use yew::prelude::*;

/// "Sources: A · B", each a link when it has one (URLs were checked to be http(s) with a
/// host when the set was loaded), else its title alone (minutes, a printed document).
pub fn source_links<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Html {
    links(sources.into_iter().collect())
}

/// The line itself: one copy of its code, whatever the callers hold their sources in.
fn links(sources: Vec<&Source>) -> Html {
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
                    if let Some(url) = &s.url {
                        <a class="source" href={url.clone()} target="_blank" rel="noopener noreferrer">
                            { s.title.clone() }
                        </a>
                    } else {
                        <span class="source">{ s.title.clone() }</span>
                    }
                </>
            }) }
        </p>
    }
}
