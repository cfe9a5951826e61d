use yew::prelude::*;

/// The shipped clause sets (`sets`: id and title, the default first) as links, the one on
/// screen marked as current. Links rather than a drop-down: choosing a set opens another
/// page, which a drop-down must not do while a keyboard user is still moving through it.
pub fn set_picker(sets: &[(&'static str, &'static str)], current: &str) -> Html {
    html! {
        <nav id="set-picker" class="set-picker" aria-label="Clause sets">
            { "Clause set: " }
            { for sets.iter().enumerate().map(|(i, &(id, title))| html! { <>
                if i > 0 { { " · " } }
                if id == current {
                    <strong aria-current="page">{ title }</strong>
                } else {
                    <a href={format!("index.html?set={id}")}>{ title }</a>
                }
            </> }) }
        </nav>
    }
}
