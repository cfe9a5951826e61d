use clausewise::app::{App, AppProps};
use clausewise::load::query_param;

fn main() {
    let props = AppProps {
        data_url: query_param("data").map(Into::into),
        preset: None,
    };
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

// Talc instead of Rust's default dlmalloc: a few KB smaller for every reader and no slower.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
