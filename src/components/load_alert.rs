use yew::prelude::*;

/// What went wrong loading a clause set, announced to screen readers at once.
pub fn load_alert(message: &str, ondismiss: &Callback<()>) -> Html {
    let ondismiss = ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div role="alert" id="load-error" class="load-error">
            <p><strong>{ "Problem: " }</strong>{ message.to_string() }</p>
            <button type="button" class="dismiss" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}
