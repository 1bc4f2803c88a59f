//! The snippets of `valid_cases` and `invalid_cases` must give exactly the
//! AST (with every position) or the error CPython 3.11 gives.

use super::oracle::{dump_expression, dump_source};
use super::{eval_cases, invalid_cases, valid_cases};

fn check_all(cases: &[(&str, &str)]) {
    check_with(cases, dump_source);
}

fn check_with(cases: &[(&str, &str)], parse: fn(&str) -> String) {
    let mut failures = Vec::new();
    for (src, expected) in cases {
        let actual = parse(src);
        if actual != *expected {
            failures.push(format!(
                "source:   {src:?}\nexpected: {expected}\nactual:   {actual}\n"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_snippets_match_cpython() {
    check_all(valid_cases::CASES);
}

#[test]
fn invalid_snippets_match_cpython() {
    check_all(invalid_cases::CASES);
}

#[test]
fn expressions_match_cpython_eval_mode() {
    check_with(eval_cases::CASES, dump_expression);
}
