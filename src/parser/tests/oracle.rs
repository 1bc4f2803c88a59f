//! Comparison with CPython: `dump_source`/`dump_expression` give what the
//! tests compare, and the ignored `oracle_dump` test parses the snippets of
//! a JSON-lines file (`FERROPY_SNIPPETS`) and writes one dump or error per
//! line to `FERROPY_DUMP`; `tools/compare.sh` diffs that with CPython.

use super::dump;
use crate::parser::{parse_expression, parse_module};

/// Decodes one JSON string literal (the whole line).
pub(crate) fn json_string(line: &str) -> String {
    let inner = &line.trim()[1..line.trim().len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars();
    let mut pending_high: Option<u32> = None;
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let v = u32::from_str_radix(&hex, 16).expect("hex");
                if (0xD800..0xDC00).contains(&v) {
                    pending_high = Some(v);
                } else if (0xDC00..0xE000).contains(&v) {
                    let hi = pending_high.take().expect("surrogate pair");
                    out.push(
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (v - 0xDC00))
                            .expect("char"),
                    );
                } else {
                    out.push(char::from_u32(v).expect("char"));
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

pub(crate) fn dump_source(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump::module(&m),
        Err(e) => dump::error(&e),
    }
}

pub(crate) fn dump_expression(src: &str) -> String {
    match parse_expression(src) {
        Ok(e) => dump::expr(&e),
        Err(e) => dump::error(&e),
    }
}

#[test]
#[ignore]
fn oracle_dump() {
    let input = std::env::var("FERROPY_SNIPPETS").expect("FERROPY_SNIPPETS");
    let output = std::env::var("FERROPY_DUMP").expect("FERROPY_DUMP");
    let text = std::fs::read_to_string(input).expect("read snippets");
    let mut out = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let src = json_string(line);
        let r =
            std::panic::catch_unwind(|| dump_source(&src)).unwrap_or_else(|_| "PANIC".to_string());
        out.push_str(&r);
        out.push('\n');
    }
    std::fs::write(output, out).expect("write dump");
}
