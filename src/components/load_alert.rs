use clausewise_engine::state::Alert;
use yew::prelude::*;

/// Problems beyond these are counted, not listed: a file with hundreds needs rewriting,
/// and `clausewise check` lists them all.
const LISTED: usize = 10;

/// What went wrong loading a clause set, announced to screen readers at once: a sentence,
/// then each problem with its place in the file.
pub fn load_alert(alert: &Alert, ondismiss: &Callback<()>, onretry: &Callback<()>) -> Html {
    let ondismiss = ondismiss.reform(|_: MouseEvent| ());
    let onretry = onretry.reform(|_: MouseEvent| ());
    let more = alert.details.len().saturating_sub(LISTED);
    html! {
        <div role="alert" id="load-error" class="load-error">
            <p><strong>{ "Problem: " }</strong>{ alert.message.clone() }</p>
            if !alert.details.is_empty() {
                <ul class="problems">
                    { for alert.details.iter().take(LISTED).map(|d| html! { <li>{ d.clone() }</li> }) }
                    if more > 0 { <li class="more">{ format!("…and {more} more") }</li> }
                </ul>
            }
            if alert.retry {
                <button type="button" class="retry" onclick={onretry}>{ "Try again" }</button>
            }
            <button type="button" class="dismiss" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}
