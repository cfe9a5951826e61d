use crate::model::Source;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    pub sources: Vec<Source>,
    #[prop_or(AttrValue::Static("Source"))]
    pub label: AttrValue,
}

/// "Sources: A · B" with links. URLs were checked to be http(s) when the set was loaded.
#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    if props.sources.is_empty() {
        return html! {};
    }
    let label = if props.sources.len() > 1 {
        format!("{}s: ", props.label)
    } else {
        format!("{}: ", props.label)
    };
    html! {
        <p class="sources">
            <span class="sources-label">{ label }</span>
            { for props.sources.iter().enumerate().map(|(i, s)| html! {
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
