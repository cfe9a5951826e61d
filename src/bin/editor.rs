//! The editor's wasm entry point (`edit.html`): mounts `Editor`. A binary of its own, so
//! the reader's download (`src/main.rs`) carries none of the editor.
use clausewise::editor::{Editor, EditorProps};
use clausewise::page;

fn main() {
    page::set_theme(page::query_param("theme"));
    let Some(root) = gloo::utils::document().get_element_by_id("editor") else {
        return;
    };
    yew::Renderer::<Editor>::with_root_and_props(root, EditorProps { hash: page::hash() }).render();
}

// The same allocator as the reader.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
