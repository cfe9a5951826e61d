use clausewise_engine::model::Stance;
use yew::prelude::*;

/// How to read the marks: shown once, above the rows.
pub fn legend() -> Html {
    html! {
        <div id="legend" class="legend" aria-label="Legend">
            <span class="legend-item"><del>{ "struck through" }</del>{ " removed words" }</span>
            <span class="legend-item"><ins>{ "underlined" }</ins>{ " added words" }</span>
            <span class="legend-item"><span class="uncertain-mark" aria-hidden="true">{ "⚠" }</span>{ " uncertain or disputed fact" }</span>
            { for Stance::ALL.iter().map(|s| html! {
                <span class={format!("legend-item stance stance-{}", s.as_str())}>
                    <span aria-hidden="true">{ s.symbol() }</span>{ " " }{ s.as_str() }
                </span>
            }) }
        </div>
    }
}
