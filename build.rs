//! Embeds the shipped clause set minified: white space in the JSON would be paid for in
//! every reader's download. The readable copy stays in static/data for people to edit.

use std::{env, fs, path::Path};

fn main() {
    let src = "static/data/peace-framework.json";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{src} is not JSON: {e}"));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("default-set.json");
    fs::write(&out, value.to_string())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
