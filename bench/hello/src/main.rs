//! The smallest Yew page: what "first row ≤ 1.5× a hello world" is measured against.

use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <main><h1>{ "Hello world" }</h1></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
