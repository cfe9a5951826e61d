//! Embeds the shipped clause set, checked and minified. Checked: a broken shipped set
//! fails the build with the same problems `clausewise check` prints, instead of reaching
//! readers. Minified: white space in the JSON would be paid for in every reader's
//! download. The readable copy stays in static/data for people to edit.

use std::{env, fs, path::Path};

fn main() {
    let src = "static/data/peace-framework.json";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    if let Err(e) = clausewise_engine::load(&text) {
        panic!("{src} is not a valid clause set: {e}");
    }
    let value = clausewise_engine::json::parse(&text).expect("checked above");
    let mut min = String::new();
    value.write_compact(&mut min);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("default-set.json");
    fs::write(&out, min).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
