use clausewise::app::{App, AppProps};
use clausewise::load::query_param;

fn main() {
    let props = AppProps { data_url: query_param("data").map(Into::into), preset: None };
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
