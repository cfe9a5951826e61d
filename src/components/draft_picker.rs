use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftPickerProps {
    /// (id, title) of every draft, in the set's order.
    pub drafts: Vec<(AttrValue, AttrValue)>,
    pub left: AttrValue,
    pub right: AttrValue,
    pub onleft: Callback<String>,
    pub onright: Callback<String>,
    pub onswap: Callback<()>,
}

fn select_value(e: Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The two labelled draft choosers and the swap button between them.
#[component]
pub fn DraftPicker(props: &DraftPickerProps) -> Html {
    let options = |selected: &AttrValue| {
        props
            .drafts
            .iter()
            .map(|(id, title)| {
                html! { <option value={id.clone()} selected={id == selected}>{ title.clone() }</option> }
            })
            .collect::<Html>()
    };
    html! {
        <div class="draft-picker">
            <div class="picker">
                <label for="left-draft">{ "Earlier text (left)" }</label>
                <select id="left-draft" onchange={props.onleft.reform(select_value)}>
                    { options(&props.left) }
                </select>
            </div>
            <button type="button" id="swap-drafts" class="swap"
                onclick={props.onswap.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ "⇄ " }</span>{ "Swap" }
            </button>
            <div class="picker">
                <label for="right-draft">{ "Later text (right)" }</label>
                <select id="right-draft" onchange={props.onright.reform(select_value)}>
                    { options(&props.right) }
                </select>
            </div>
        </div>
    }
}
