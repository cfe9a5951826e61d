use clausewise::app::{App, AppProps};
use clausewise::{load, page};

fn main() {
    page::set_theme(page::query_param("theme"));
    let shipped = page::query_param("set");
    let props = AppProps {
        data_url: load::requested_url(shipped.as_deref()).map(Into::into),
        shipped: shipped.map(Into::into),
        preset: None,
        embed: page::query_param("embed").as_deref() == Some("1"),
        hash: page::hash(),
        preview: false,
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
