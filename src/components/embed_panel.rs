use yew::prelude::*;

/// `s` as text: in a double-quoted HTML attribute on one line (`html`), in a
/// single-quoted JS string (`js`), or both. One pass over the characters.
fn escaped(s: &str, html: bool, js: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' if html => out.push(' '),
            '&' if html => out.push_str("&amp;"),
            '"' if html => out.push_str("&quot;"),
            '<' if html => out.push_str("&lt;"),
            '\\' | '\'' if js => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The HTML a newsroom pastes to embed the current view: a plain iframe, and the
/// variant for pages that use pym.js (which then sizes the iframe to its content).
pub fn snippets(url: &str, title: &str) -> (String, String) {
    // The title comes from the data file: it must stay text in the attribute and in the
    // JS string, and cannot end the <script>.
    let iframe = format!(
        "<iframe src=\"{url}\" title=\"{}\" width=\"100%\" height=\"900\" \
         style=\"border:0\" loading=\"lazy\"></iframe>",
        escaped(title, true, false)
    );
    let pym = format!(
        "<div id=\"clausewise-embed\"></div>\n\
         <script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n\
         <script>new pym.Parent('clausewise-embed', '{}', {{title: '{}'}});</script>",
        escaped(url, false, true),
        escaped(title, true, true)
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
