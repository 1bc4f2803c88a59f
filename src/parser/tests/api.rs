//! The public entry points: newline handling, eval input, unsupported
//! constructs, Unicode positions and error formatting.

use super::dump;
use crate::ast::{Constant, ExprKind, StmtKind};
use crate::parser::{parse_expression, parse_module, ParseError, ParseErrorKind};

fn err(src: &str) -> ParseError {
    parse_module(src).expect_err("an error")
}

#[test]
fn newlines_are_translated() {
    let lf = parse_module("x = 1\nif x:\n    y = 'a'\n").expect("parses");
    for src in [
        "x = 1\r\nif x:\r\n    y = 'a'\r\n",
        "x = 1\rif x:\r    y = 'a'\r",
        "x = 1\nif x:\n    y = 'a'",
    ] {
        let m = parse_module(src).expect("parses");
        assert_eq!(dump::module(&m), dump::module(&lf), "{src:?}");
    }
    let m = parse_module("\u{feff}x = 1\n").expect("parses");
    assert_eq!(
        dump::module(&m),
        "[Assign([Name('x',S)@1:0-1:1],Constant(1)@1:4-1:5)@1:0-1:5]"
    );
}

#[test]
fn expressions_allow_surrounding_whitespace() {
    for src in [
        "1 + x",
        "  1 + x",
        "\n\n  1 + x  \n\n",
        "\t1 + x\n",
        "1 + x  # comment\n",
    ] {
        let e = parse_expression(src).unwrap_or_else(|e| panic!("{src:?}: {e}"));
        assert!(matches!(e.kind, ExprKind::BinOp { .. }), "{src:?}");
    }
    assert_eq!(
        parse_expression("x = 1").expect_err("error").msg,
        "invalid syntax"
    );
    assert_eq!(
        parse_expression("").expect_err("error").msg,
        "invalid syntax"
    );
}

#[test]
fn match_statements_parse_and_names_still_work() {
    let m = parse_module("x = 1\nmatch x:\n    case 1:\n        pass\n").expect("match");
    assert!(matches!(m.body[1].kind, crate::ast::StmtKind::Match { .. }));
    let m = parse_module("match = 1\nmatch.x = case = _\nmatch(a)\nmatch[1]: int = 2\n")
        .expect("names");
    assert_eq!(m.body.len(), 4);
    assert!(m
        .body
        .iter()
        .all(|s| !matches!(s.kind, crate::ast::StmtKind::Match { .. })));
}

#[test]
fn except_star_parses_as_try_star() {
    let m = parse_module("try:\n    pass\nexcept* ValueError:\n    pass\n").expect("parses");
    assert!(matches!(m.body[0].kind, StmtKind::TryStar { .. }));
    let e = err("try:\n    pass\nexcept*:\n    pass\n");
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        ("expected one or more exception types", 3, 8)
    );
}

#[test]
fn async_statements_are_marked() {
    let m = parse_module("async def f():\n    async for a in b: pass\n    async with c: pass\n    for d in e: pass\n")
        .expect("parses");
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("def")
    };
    assert!(f.is_async);
    let flags: Vec<bool> = f
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async,
            _ => panic!("for/with"),
        })
        .collect();
    assert_eq!(flags, [true, true, false]);
}

#[test]
fn literal_values() {
    let value = |src: &str| match parse_expression(src).expect("parses").kind {
        ExprKind::Constant(c) => c,
        other => panic!("{other:?}"),
    };
    assert_eq!(value("0x_ff_ff"), Constant::Int("65535".into()));
    assert_eq!(
        value("0o777_777_777_777_777_777_777_777"),
        Constant::Int("4722366482869645213695".into())
    );
    assert_eq!(value("0b1010"), Constant::Int("10".into()));
    assert_eq!(value("1_000_000"), Constant::Int("1000000".into()));
    assert_eq!(value("00"), Constant::Int("0".into()));
    assert_eq!(value("1_000.5e-3"), Constant::Float(1.0005));
    assert_eq!(value("1."), Constant::Float(1.0));
    assert_eq!(value(".5"), Constant::Float(0.5));
    assert_eq!(value("3j"), Constant::Complex(3.0));
    assert_eq!(value("1.5J"), Constant::Complex(1.5));
    assert_eq!(
        value("'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{greek small letter alpha}'"),
        Constant::Str("éα".into())
    );
    assert_eq!(
        value("'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}'"),
        Constant::Str("一각".into())
    );
    assert_eq!(
        value("'\\N{BULLET}\\N{NO-BREAK SPACE}\\N{LF}'"),
        Constant::Str("•\u{a0}\n".into())
    );
    assert_eq!(
        value("b'\\x00\\xff\\777' rb'\\q'"),
        Constant::Bytes(b"\x00\xff\xff\\q".to_vec().into())
    );
    assert_eq!(value("'\\ud800'"), Constant::Str("\u{fffd}".into()));
    assert!(parse_expression("'\\N{NO SUCH CHARACTER NAME}'").is_err());
}

#[test]
fn error_columns_count_characters() {
    // AST columns are UTF-8 byte offsets, error offsets are characters.
    let m = parse_module("é = 'ü' + x\n").expect("parses");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!("assign")
    };
    assert_eq!((value.span.col, value.span.end_col), (5, 13));
    let e = err("x = 'é' + €");
    assert_eq!(
        (e.msg.as_str(), e.col, e.end_col),
        ("invalid character '€' (U+20AC)", 11, 11)
    );
    let e = err("é = (1 +");
    assert_eq!(
        (e.msg.as_str(), e.col, e.end_col),
        ("'(' was never closed", 5, 0)
    );
}

#[test]
fn errors_display_like_python() {
    let e = err("x = (1,\n 2");
    assert_eq!(
        e.to_string(),
        "SyntaxError: '(' was never closed (line 1, offset 5)"
    );
    let e = err("if x:\npass");
    assert_eq!(e.kind, ParseErrorKind::IndentationError);
    let e = err("if x:\n\tpass\n        pass");
    assert_eq!(e.kind, ParseErrorKind::TabError);
}
