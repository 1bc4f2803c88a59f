//! Robustness: pathological inputs and deterministic fuzzing must give a
//! result or a `ParseError`, never a panic or a stack overflow. These run
//! on the default test thread stack (2 MiB).

use crate::parser::{parse_expression, parse_module, ParseError};

fn parse_no_panic(src: &str) -> Result<(), ParseError> {
    match std::panic::catch_unwind(|| parse_module(src).map(|_| ())) {
        Ok(r) => r,
        Err(_) => panic!("parser panicked on {:?}", truncate(src)),
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(200).collect()
}

fn expect_error(src: &str) -> ParseError {
    match parse_no_panic(src) {
        Ok(()) => panic!("expected an error for {:?}", truncate(src)),
        Err(e) => e,
    }
}

fn nest(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{}{}", open.repeat(n), inner, close.repeat(n))
}

#[test]
fn deep_brackets_are_limited_like_cpython() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        assert!(
            parse_module(&nest(open, "1", close, 199)).is_ok(),
            "{open} x199"
        );
        assert!(
            parse_module(&nest(open, "1", close, 200)).is_ok(),
            "{open} x200"
        );
        let e = expect_error(&nest(open, "1", close, 201));
        assert_eq!(e.msg, "too many nested parentheses");
        let e = expect_error(&nest(open, "1", close, 10_000));
        assert_eq!(e.msg, "too many nested parentheses");
    }
    assert!(parse_module(&format!("x = {}", nest("f(", "1", ")", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("-(", "1", ")", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("(lambda: ", "1", ")", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("[a for a in ", "b", "]", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("{1: ", "1", "}", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("(a if b else ", "c", ")", 199))).is_ok());
    assert!(parse_module(&format!("x = {}", nest("a[", "1", "]", 199))).is_ok());
}

#[test]
fn long_unary_chains_are_limited() {
    for op in ["-", "+", "~", "not ", "await "] {
        let ok = format!("{}x", op.repeat(100));
        if op != "await " {
            assert!(parse_module(&ok).is_ok(), "{op} x100");
        }
        let e = expect_error(&format!("{}x", op.repeat(10_000)));
        assert!(!e.msg.is_empty());
    }
    for chain in ["lambda: ", "a if b else ", "a ** ", "yield ", "*"] {
        expect_error(&format!("x = {}x", chain.repeat(10_000)));
    }
}

#[test]
fn long_left_chains_are_limited() {
    assert!(parse_module(&format!("a{}", "+a".repeat(1000))).is_ok());
    for op in ["+", "*", "|", "<<", "."] {
        let src = format!("a{}", format!("{op}a").repeat(100_000));
        let e = expect_error(&src);
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    }
    expect_error(&format!("a{}", "()".repeat(100_000)));
    expect_error(&format!("a{}", "[0]".repeat(100_000)));
    // Flat constructs stay flat: no limit.
    assert!(parse_module(&format!("a{}", " < a".repeat(100_000))).is_ok());
    assert!(parse_module(&format!("a{}", " or a".repeat(100_000))).is_ok());
    assert!(parse_module(&format!("x = [{}]", "a, ".repeat(100_000))).is_ok());
    assert!(parse_module(&format!("x = {}", "'a' ".repeat(100_000))).is_ok());
}

#[test]
fn nested_chains_do_not_build_tall_trees() {
    // Each paren level adds a left chain of 500 on top of the one inside.
    let mut src = String::from("a");
    for _ in 0..150 {
        src = format!("({src}{})", "+a".repeat(500));
    }
    expect_error(&src);
    let mut src = String::from("a");
    for _ in 0..150 {
        src = format!("[{src}]{}", ".b".repeat(300));
    }
    expect_error(&src);
}

#[test]
fn deep_statements_are_limited() {
    let ok: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99)
        + "pass\n";
    assert!(parse_module(&ok).is_ok());
    let deep: String = (0..120)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(120)
        + "pass\n";
    assert_eq!(expect_error(&deep).msg, "too many levels of indentation");
    let elifs = format!(
        "if a: pass\n{}else: pass\n",
        "elif b: pass\n".repeat(10_000)
    );
    expect_error(&elifs);
    let elifs = format!("if a: pass\n{}else: pass\n", "elif b: pass\n".repeat(300));
    assert!(parse_module(&elifs).is_ok());
}

#[test]
fn degenerate_inputs() {
    for src in [
        "",
        " ",
        "\n",
        "\n\n\n",
        "# only a comment",
        "# c\n# d\n",
        "\\",
        "\\\n",
        "\t",
        "\x0c",
        "(",
        ")",
        "[",
        "{",
        "'",
        "\"",
        "'''",
        "\"\"\"",
        "f'",
        "f'{",
        "f'{'",
        "b'",
        "rb'\\",
        "0x",
        "1e",
        "1_",
        "@",
        "\x00",
        "a\x00b",
        "'\x00'",
        "def",
        "class",
        "lambda",
        "async",
        "await",
        "if",
        "else",
        "for",
        "while",
        "try",
        "with",
        ":",
        ";",
        ",",
        ".",
        "...",
        "*",
        "**",
        "->",
        ":=",
        "\u{feff}x = 1",
        "\r\n",
        "x = 1\r\ny = 2\r",
        "\u{10ffff}",
        "x = '\\N{",
        "x = '\\U0011'",
        "x = f'{x!'",
        "x = f'{x:{y:{z}}}'",
        "@\n",
        "if x:\n  \n",
        "\n  x",
    ] {
        let _ = parse_no_panic(src);
        let _ =
            std::panic::catch_unwind(|| parse_expression(src)).expect("parse_expression panicked");
    }
    assert_eq!(
        expect_error("a\x00b").msg,
        "source code string cannot contain null bytes"
    );
    assert!(parse_module("")
        .unwrap_or_else(|e| panic!("{e}"))
        .body
        .is_empty());
}

#[test]
fn unterminated_everything() {
    let pieces = [
        "(", "[", "{", "'", "\"", "'''", "\"\"\"", "f'{", "f'{x", "f'{x!r", "f'{x:", "\\",
        "lambda", "if x:",
    ];
    for p in pieces {
        for prefix in ["", "x = ", "f(", "def f(a=", "class A(", "if x:\n    "] {
            let _ = parse_no_panic(&format!("{prefix}{p}"));
            let _ = parse_no_panic(&format!("{prefix}{p}\n"));
            let _ = parse_no_panic(&format!("{prefix}{p}\n\n  y = 1\n"));
        }
    }
}

/// Deterministic pseudo-random numbers (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", ".", "->", "@", "\\",
    "\n", "    ", "\t", "'", "\"", "'''", "f'", "f'{", "}", "!r", "#", "0x", "1e", "1_", "lambda",
    "if", "else", "elif", "for", "in", "not", "and", "async", "await", "yield", "def", "class",
    "return", "del", "import", "from", "as", "try", "except", "with", "global", "pass", "x", "é",
    "€", "\x00", "\u{a0}", "\\N{", "b'\\x", "...",
];

fn char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Lcg, src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(3) {
        let a = char_boundary(&s, rng.below(s.len() + 1));
        let b = char_boundary(&s, (a + rng.below(8)).min(s.len()));
        match rng.below(4) {
            0 => s.replace_range(a..b, ""),
            1 => s.insert_str(a, FRAGMENTS[rng.below(FRAGMENTS.len())]),
            2 => {
                let piece = s[a..b].to_string();
                s.insert_str(b, &piece);
            }
            _ => s.replace_range(a..b, FRAGMENTS[rng.below(FRAGMENTS.len())]),
        }
    }
    s
}

#[test]
fn fuzz_mutations_never_panic() {
    let seeds: Vec<&str> = super::valid_cases::CASES
        .iter()
        .map(|c| c.0)
        .chain(super::invalid_cases::CASES.iter().map(|c| c.0))
        .collect();
    // FERROPY_FUZZ_ITERS and FERROPY_FUZZ_SEED allow longer campaigns.
    let iters = std::env::var("FERROPY_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6000);
    let seed = std::env::var("FERROPY_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed);
    let mut rng = Lcg(seed);
    let mut errors = 0;
    for i in 0..iters {
        let src = mutate(&mut rng, seeds[i % seeds.len()]);
        if parse_no_panic(&src).is_err() {
            errors += 1;
        }
        let _ =
            std::panic::catch_unwind(|| parse_expression(&src)).expect("parse_expression panicked");
    }
    assert!(
        errors > 1000,
        "mutations should mostly be invalid ({errors})"
    );
}

#[test]
fn adversarial_inputs_stay_fast() {
    let cases = [
        format!("[{}]", "a = ".repeat(3000)),
        format!("x = {}", "a b ".repeat(3000)),
        format!("f({})", "a b, ".repeat(3000)),
        "a if b else ".repeat(1500) + "c d",
        format!("x = {}", "(".repeat(199) + &"a b ".repeat(100)),
        "f(x)".repeat(1500) + "(",
        format!("del {}", "a + b, ".repeat(3000)),
        format!("for {} in x: pass", "a, f(), ".repeat(2000)),
        format!("x = [{}]", "f(a)(b)[c] = ".repeat(1500)),
        format!("if {}: pass", "x = ".repeat(3000)),
        format!("print {}", "x ".repeat(3000)),
    ];
    for src in &cases {
        let start = std::time::Instant::now();
        let _ = parse_no_panic(src);
        let elapsed = start.elapsed();
        assert!(
            elapsed.as_secs_f64() < 2.0,
            "{:?}: {elapsed:?}",
            truncate(src)
        );
    }
}
