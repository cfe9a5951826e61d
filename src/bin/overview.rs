//! The overview page's wasm entry point (`overview.html`): mounts `OverviewPage`. A binary
//! of its own, so the reader's download carries none of it.
use clausewise::overview_page::{OverviewPage, OverviewProps};
use clausewise::{load, page};

fn main() {
    page::set_theme(page::query_param("theme"));
    let props = OverviewProps {
        data_url: load::requested_url(page::query_param("set").as_deref()).map(Into::into),
        query: page::search().into(),
        hash: page::hash(),
    };
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    yew::Renderer::<OverviewPage>::with_root_and_props(root, props).render();
}

// The same allocator as the reader.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
