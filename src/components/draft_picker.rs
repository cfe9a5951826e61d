use clausewise_engine::model::Draft;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// What the draft picker shows and whom it tells.
pub struct DraftPicker<'a> {
    pub drafts: &'a [Draft],
    pub left: &'a str,
    pub right: &'a str,
    pub onleft: Callback<String>,
    pub onright: Callback<String>,
    pub onswap: Callback<()>,
}

fn select_value(e: Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The two labelled draft choosers and the swap button between them.
pub fn draft_picker(props: DraftPicker<'_>) -> Html {
    let options = |selected: &str| {
        props
            .drafts
            .iter()
            .map(|d| {
                let on = d.id == selected;
                // Once a reader has used a <select>, changing an option's `selected`
                // attribute no longer moves the selection, but inserting an option that
                // carries it does. So the chosen option is keyed apart from the others.
                let key = format!("{}{}", if on { "+" } else { "-" }, d.id);
                html! { <option {key} value={d.id.clone()} selected={on}>{ d.title.clone() }</option> }
            })
            .collect::<Html>()
    };
    html! {
        <div class="draft-picker">
            <div class="picker">
                <label for="left-draft">{ "Earlier text (left)" }</label>
                <select id="left-draft" onchange={props.onleft.reform(select_value)}>
                    { options(props.left) }
                </select>
            </div>
            <button type="button" id="swap-drafts" class="swap"
                onclick={props.onswap.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ "⇄ " }</span>{ "Swap" }
            </button>
            <div class="picker">
                <label for="right-draft">{ "Later text (right)" }</label>
                <select id="right-draft" onchange={props.onright.reform(select_value)}>
                    { options(props.right) }
                </select>
            </div>
        </div>
    }
}
