use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The labelled chooser between the shipped clause sets (`sets`: id and title).
pub fn set_picker(
    sets: &[(&'static str, &'static str)],
    current: &str,
    onpick: &Callback<String>,
) -> Html {
    html! {
        <div class="picker set-picker">
            <label for="set-picker">{ "Clause set" }</label>
            <select id="set-picker" onchange={onpick.reform(|e: Event| {
                e.target_unchecked_into::<HtmlSelectElement>().value()
            })}>
                { for sets.iter().map(|&(id, title)| html! {
                    <option value={id} selected={id == current}>{ title }</option>
                }) }
            </select>
        </div>
    }
}
