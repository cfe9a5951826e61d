use yew::prelude::*;

/// The HTML a newsroom pastes to embed the current view: a plain iframe, and the
/// variant for pages that use pym.js (which then sizes the iframe to its content).
pub fn snippets(url: &str, title: &str) -> (String, String) {
    // The title comes from the data file: it must stay text in the attribute and in the
    // JS string, and cannot end the <script>.
    let title = title
        .replace(['\n', '\r'], " ")
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let iframe = format!(
        "<iframe src=\"{url}\" title=\"{title}\" width=\"100%\" height=\"900\" \
         style=\"border:0\" loading=\"lazy\"></iframe>"
    );
    let js_url = url.replace('\\', "\\\\").replace('\'', "\\'");
    let js_title = title.replace('\\', "\\\\").replace('\'', "\\'");
    let pym = format!(
        "<div id=\"clausewise-embed\"></div>\n\
         <script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n\
         <script>new pym.Parent('clausewise-embed', '{js_url}', {{title: '{js_title}'}});</script>"
    );
    (iframe, pym)
}

/// The "Embed" button and, when open, the two snippets in read-only text areas.
/// `row_url`: the address of the linked row alone, offered as "this row only".
pub fn embed_panel(
    open: bool,
    url: &str,
    row_url: Option<&str>,
    title: &str,
    ontoggle: &Callback<()>,
) -> Html {
    let toggle = ontoggle.reform(|_: MouseEvent| ());
    let panel = open.then(|| {
        let (iframe, pym) = snippets(url, title);
        html! {
            <div id="embed-panel" class="embed-panel">
                <label for="embed-code-iframe">{ "Embed code (iframe)" }</label>
                <textarea id="embed-code-iframe" readonly=true rows="3" value={iframe} />
                <label for="embed-code-pym">{ "For pages that use pym.js (sizes itself)" }</label>
                <textarea id="embed-code-pym" readonly=true rows="4" value={pym} />
                if let Some(row) = row_url {
                    <label for="embed-code-row">{ "This row only (pym.js; sizes itself)" }</label>
                    <textarea id="embed-code-row" readonly=true rows="4" value={snippets(row, title).1} />
                } else {
                    <p class="hint">{ "To embed one row only, follow its “Link” first." }</p>
                }
            </div>
        }
    });
    html! {
        <div class="embed-control">
            <button type="button" id="embed-toggle" aria-expanded={open.to_string()}
                aria-controls="embed-panel" onclick={toggle}>{ "Embed" }</button>
            { panel }
        </div>
    }
}
