//! Stack use of deeply nested input, measured at each nesting step: the
//! worst case of every kind of 200-deep bracket nesting (CPython's limit)
//! must fit comfortably in a 2 MiB test thread, even in debug builds.

use super::STACK_LOW;
use crate::parser::parse_module;

/// Bytes of stack the parse of `src` used, and whether it succeeded.
fn stack_used(src: &str) -> (usize, bool) {
    let base = 0u8;
    let base = &base as *const u8 as usize;
    STACK_LOW.with(|c| c.set(usize::MAX));
    let ok = parse_module(src).is_ok();
    let low = STACK_LOW.with(|c| c.get());
    (base.saturating_sub(low), ok)
}

fn nest(open: &str, mid: &str, close: &str, k: usize) -> String {
    format!("{}{}{}", open.repeat(k), mid, close.repeat(k))
}

#[test]
fn deep_nesting_fits_in_a_test_thread() {
    let blocks: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99);
    let cases = [
        ("paren", nest("(", "1", ")", 200), true),
        ("list", nest("[", "1", "]", 200), true),
        ("set", nest("{", "1", "}", 200), true),
        ("dict", nest("{1:", "1", "}", 200), true),
        ("call", format!("x = {}", nest("f(", "1", ")", 199)), true),
        (
            "call and operator",
            format!("x = {}", nest("f(a + ", "1", ")", 199)),
            true,
        ),
        (
            "keyword argument",
            format!("x = {}", nest("f(x=", "1", ")", 199)),
            true,
        ),
        (
            "subscript",
            format!("x = {}", nest("a[", "1", "]", 199)),
            true,
        ),
        (
            "slice",
            format!("x = {}", nest("a[1:", "1", "]", 199)),
            true,
        ),
        ("tuple", nest("(a, ", "1", ")", 200), true),
        ("genexp", nest("(x for x in ", "1", ")", 200), true),
        ("listcomp", nest("[x for x in ", "1", "]", 200), true),
        ("conditional", nest("(a if b else ", "1", ")", 200), true),
        ("lambda", nest("(lambda: ", "1", ")", 200), true),
        (
            "lambda defaults",
            format!("{}1{}", "lambda a=".repeat(1000), ": 1".repeat(1000)),
            false,
        ),
        (
            "blocks and parens",
            format!("{blocks}x = {}\n", nest("(", "1", ")", 200)),
            true,
        ),
    ];
    for (name, src, ok) in cases {
        let (used, parsed) = stack_used(&src);
        assert_eq!(parsed, ok, "{name}");
        assert!(used < 1200 * 1024, "{name}: {} KiB of stack", used / 1024);
    }
}
