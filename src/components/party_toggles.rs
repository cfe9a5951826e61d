use clausewise_engine::model::Party;
use yew::prelude::*;

pub struct PartyChoice<'a> {
    pub party: &'a Party,
    pub on: bool,
    /// How many positions of this party the current comparison can show.
    pub positions: usize,
}

/// A swatch drawn with SVG presentation attributes, which a strict CSP allows where an
/// inline `style` would be blocked.
pub fn swatch(color: Option<&String>) -> Html {
    match color {
        Some(c) => html! {
            <svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                <rect width="10" height="10" rx="2" fill={c.clone()} />
            </svg>
        },
        None => html! {},
    }
}

/// One checkbox per party: on shows that party's reported positions on every row.
pub fn party_toggles(parties: &[PartyChoice<'_>], ontoggle: &Callback<String>) -> Html {
    // A set without parties (a licence, a class's own text) has nothing to switch.
    if parties.is_empty() {
        return html! {};
    }
    html! {
        <fieldset id="party-toggles" class="party-toggles">
            <legend>{ "Show reported positions of" }</legend>
            { for parties.iter().map(|p| {
                let id = p.party.id.clone();
                let onchange = ontoggle.reform(move |_: Event| id.clone());
                html! {
                    <label class={if p.on { "party-toggle-label on" } else { "party-toggle-label" }}>
                        <input type="checkbox" class="party-toggle" value={p.party.id.clone()}
                            checked={p.on} {onchange} />
                        { swatch(p.party.color.as_ref()) }
                        <span class="party-name">{ p.party.name.clone() }</span>
                        <span class="party-count" aria-label={format!("{} positions in this comparison", p.positions)}>
                            { format!("({})", p.positions) }
                        </span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
