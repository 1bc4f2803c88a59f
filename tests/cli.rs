//! The command line as a user drives it: version, bytecode listing, and
//! CPython-style SyntaxError reports (file, line, source, caret, exit 1).

use std::process::Command;

fn ferropy(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .output()
        .expect("run ferropy")
}

#[test]
fn version() {
    let out = ferropy(&["-V"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Python 3.11"));
}

#[test]
fn dis_lists_bytecode_of_nested_code() {
    let out = ferropy(&["--dis", "-c", "def f(a):\n    return a + 1\nprint(f(2))"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "MAKE_FUNCTION",
        "STORE_NAME",
        "Disassembly of <code object f",
        "BINARY_OP",
        "RETURN_VALUE",
    ] {
        assert!(text.contains(needle), "missing {needle} in:\n{text}");
    }
}

#[test]
fn syntax_error_is_reported_like_cpython() {
    let out = ferropy(&["-c", "x = (1,\ny = 2"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
}

#[test]
fn indentation_error_kind() {
    let out = ferropy(&["-c", "if x:\npass"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with(
            "IndentationError: expected an indented block after 'if' statement on line 1\n"
        ),
        "{err}"
    );
}

#[test]
fn compiler_errors_are_syntax_errors() {
    let out = ferropy(&["-c", "return 1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).ends_with("SyntaxError: 'return' outside function\n")
    );
}
