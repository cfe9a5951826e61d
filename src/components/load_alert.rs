use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadAlertProps {
    pub message: AttrValue,
    pub ondismiss: Callback<()>,
}

/// What went wrong loading a clause set, announced to screen readers at once.
#[component]
pub fn LoadAlert(props: &LoadAlertProps) -> Html {
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div role="alert" id="load-error" class="load-error">
            <p><strong>{ "Problem: " }</strong>{ props.message.clone() }</p>
            <button type="button" class="dismiss" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}
