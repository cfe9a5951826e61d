//! Checks every shipped clause set and embeds the default one, minified. Checked: a broken
//! shipped set fails the build with the same problems `clausewise check` prints, instead of
//! reaching readers. Minified: white space in the JSON would be paid for in every reader's
//! download. The other shipped sets are fetched on demand from `data/<id>.json` (Trunk
//! copies static/data); the reader only learns their ids and titles from here.

use std::{env, fs, path::Path};

/// The set compiled into the reader: the one a page without `?set=` shows.
const DEFAULT: &str = "peace-framework";

fn main() {
    let dir = "static/data";
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut list = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 file name");
        assert!(
            clausewise_engine::validate::is_valid_id(id),
            "{}: a shipped set's file name is its id in `?set=`, so it must be a valid id",
            path.display()
        );
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let set = match clausewise_engine::load(&text) {
            Ok(set) => set,
            Err(e) => panic!("{} is not a valid clause set: {e}", path.display()),
        };
        let entry = (id.to_string(), set.title.clone());
        if id == DEFAULT {
            let value = clausewise_engine::json::parse(&text).expect("checked above");
            let mut min = String::new();
            value.write_compact(&mut min);
            fs::write(Path::new(&out_dir).join("default-set.json"), min)
                .expect("cannot write to OUT_DIR");
            list.insert(0, entry);
        } else {
            list.push(entry);
        }
    }
    assert!(
        list.first().is_some_and(|(id, _)| id == DEFAULT),
        "{dir}/{DEFAULT}.json, the default set, is missing"
    );
    let mut src = String::from(
        "/// The shipped clause sets, `(id, title)`, the default (compiled in) first.\npub const SHIPPED: &[(&str, &str)] = &[\n",
    );
    for (id, title) in &list {
        src.push_str(&format!("    ({id:?}, {title:?}),\n"));
    }
    src.push_str("];\n");
    fs::write(Path::new(&out_dir).join("shipped.rs"), src).expect("cannot write to OUT_DIR");
}
