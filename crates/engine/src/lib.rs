//! clausewise's engine: the clause-set format, its one validator, alignment, word diff,
//! comparison, and the reader's state and address. Plain Rust with no browser in it
//! (Cargo enforces this: the crate depends on none of Yew, web-sys, js-sys, wasm-bindgen
//! or gloo), shared by the reader, the editor and the `clausewise` command line, so every
//! rule has one implementation. See ARCHITECTURE.md for the map.

pub mod align;
pub mod compare;
pub mod date;
pub mod decode;
pub mod diff;
pub mod json;
pub mod model;
pub mod review;
pub mod split;
pub mod state;
pub mod tables;
pub mod text;
pub mod url_state;
pub mod validate;
pub mod view;

use model::{DataError, Problem};
use validate::{ValidClauseSet, limits};

/// What reading a clause-set file gives: the set or why not, and the warnings either way.
#[derive(Clone, Debug)]
pub struct Checked {
    pub result: Result<ValidClauseSet, DataError>,
    pub warnings: Vec<Problem>,
}

/// Reads clause-set text the one way every tool does: size, JSON, shape, meaning.
/// Problems of shape are reported first; the meaning is checked only once the shape is
/// right, so one slip is never reported twice.
pub fn check(text: &str) -> Checked {
    let fail = |e| Checked {
        result: Err(e),
        warnings: Vec::new(),
    };
    if text.len() > limits::FILE_BYTES {
        return fail(DataError::TooLarge {
            bytes: text.len(),
            limit: limits::FILE_BYTES,
        });
    }
    let value = match json::parse(text) {
        Ok(v) => v,
        Err(e) => return fail(DataError::NotJson(e)),
    };
    let decoded = decode::decode(&value);
    let mut warnings = decoded.warnings;
    let cap = |w: &mut Vec<Problem>| w.truncate(limits::REPORTED_PROBLEMS);
    let mut problems = decoded.problems;
    if problems.is_empty() {
        let (result, more) = validate::validate(decoded.set);
        warnings.extend(more);
        cap(&mut warnings);
        match result {
            Ok(set) => {
                return Checked {
                    result: Ok(set),
                    warnings,
                };
            }
            Err(p) => problems = p,
        }
    }
    problems.truncate(limits::REPORTED_PROBLEMS);
    cap(&mut warnings);
    Checked {
        result: Err(DataError::Invalid(problems)),
        warnings,
    }
}

/// [`check`] without the warnings: what the reader needs.
pub fn load(text: &str) -> Result<ValidClauseSet, DataError> {
    check(text).result
}
