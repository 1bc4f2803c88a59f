//! The command line as a user drives it: version, bytecode listing, and
//! CPython-style SyntaxError reports (file, line, source, caret, exit 1), the
//! `-X leaks` report.

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

/// Whole-stderr comparison of failing scripts with CPython's tracebacks
/// (`tests/tracebacks/tb_*.py`, golden `NAME.stderr` made by
/// `python3 tests/regen_golden.py tb_`, the folder's path written `<DIR>`).
/// Column carets (`^^^`, `~~^~~`) included.
#[test]
fn tracebacks_match_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("tracebacks");
    let real = std::fs::canonicalize(&dir).expect("tracebacks folder");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("read tracebacks folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "stderr"))
        .collect();
    scripts.sort();
    assert!(
        scripts.len() >= 4,
        "missing traceback goldens in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for golden in scripts {
        let script = golden.with_extension("py");
        let name = script
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
            .arg(&name)
            .current_dir(&real)
            .output()
            .expect("run ferropy");
        let expected = std::fs::read_to_string(&golden).expect("read golden");
        let got = String::from_utf8_lossy(&out.stderr).replace(&*real.to_string_lossy(), "<DIR>");
        if out.status.code() != Some(1) || got != expected {
            failures.push(format!(
                "==== {name} (exit {:?})\n-- expected:\n{expected}-- got:\n{got}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn traceback_of_dash_c_has_no_source_lines() {
    let out = ferropy(&["-c", "def f():\n    1/0\nf()"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  \
         File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
}

/// `match` mistakes: stderr exactly as CPython 3.11 prints it for a script
/// (expected text produced by `python3 FILE`; the file is given by its
/// absolute path, which CPython prints as is).
#[test]
fn match_syntax_errors_are_reported_like_cpython() {
    let cases: &[(&str, &str)] = &[
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "  File \"{path}\", line 2\n    case _:\n         ^\nSyntaxError: wildcard makes remaining patterns unreachable\n",
        ),
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "  File \"{path}\", line 2\n    case y:\n         ^\nSyntaxError: name capture 'y' makes remaining patterns unreachable\n",
        ),
        (
            "match x:\n    case [a, *b, a]:\n        pass\n",
            "  File \"{path}\", line 2\n    case [a, *b, a]:\n                 ^\nSyntaxError: multiple assignments to name 'a' in pattern\n",
        ),
        (
            "match x:\n    case [1, y] | [z, 1]:\n        pass\n",
            "  File \"{path}\", line 2\n    case [1, y] | [z, 1]:\n                      ^\nSyntaxError: alternative patterns bind different names\n",
        ),
        (
            "match x:\n    case P(a=1, a=2):\n        pass\n",
            "  File \"{path}\", line 2\n    case P(a=1, a=2):\n                  ^\nSyntaxError: attribute name repeated in class pattern: a\n",
        ),
        (
            "match x:\n    case P(a=1, b):\n        pass\n",
            "  File \"{path}\", line 2\n    case P(a=1, b):\n                ^\nSyntaxError: positional patterns follow keyword patterns\n",
        ),
        (
            "match x:\n    case 1 + 1:\n        pass\n",
            "  File \"{path}\", line 2\n    case 1 + 1:\n             ^\nSyntaxError: imaginary number required in complex literal\n",
        ),
        (
            "match x\n    case 1:\n        pass\n",
            "  File \"{path}\", line 1\n    match x\n           ^\nSyntaxError: expected ':'\n",
        ),
    ];
    let dir = std::env::temp_dir().join(format!("ferropy_cli_match_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (i, (src, expected)) in cases.iter().enumerate() {
        let path = dir.join(format!("case_{i}.py"));
        std::fs::write(&path, src).expect("write source");
        let p = path.to_str().expect("utf-8 path");
        let out = ferropy(&[p]);
        assert_eq!(out.status.code(), Some(1), "{src}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            expected.replace("{path}", p),
            "{src}"
        );
    }
    // Errors spanning several columns: CPython underlines the range, ferropy
    // shows one caret; the message and line are the same.
    for (src, last) in [
        (
            "match x:\n    case [*a, 0, *b]:\n        pass\n",
            "SyntaxError: multiple starred names in sequence pattern\n",
        ),
        (
            "match x:\n    case {1: a, True: b}:\n        pass\n",
            "SyntaxError: mapping pattern checks duplicate key (True)\n",
        ),
        (
            "match x:\n    case f'{x}':\n        pass\n",
            "SyntaxError: patterns may only match literals and attribute lookups\n",
        ),
    ] {
        let out = ferropy(&["-c", src]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("  File \"<string>\", line 2\n") && err.ends_with(last),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn leak_report_is_quiet_for_a_clean_program() {
    let out = ferropy(&[
        "-X",
        "leaks",
        "-c",
        "import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start(); t.join()\nx = [[1]]; x.append(x)",
    ]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Native recursion that CPython bounds only by its C stack (iterator
/// chains, tuple hashing) ends in RecursionError, not a stack overflow.
/// Found by the compile_run fuzz target (fuzz/).
#[test]
fn deep_native_recursion_raises_recursion_error() {
    for (build, use_it) in [
        (
            "x = iter([1])\nfor i in range(200000): x = zip(x)",
            "list(x)",
        ),
        (
            "x = iter([])\nfor i in range(200000): x = map(abs, x)",
            "list(x)",
        ),
        (
            "x = iter([])\nfor i in range(200000): x = enumerate(x)",
            "list(x)",
        ),
        (
            "x = iter([])\nfor i in range(200000): x = filter(None, x)",
            "list(x)",
        ),
        ("x = None\nfor i in range(200000): x = (x,)", "hash(x)"),
        ("x = None\nfor i in range(200000): x = (x,)", "{x: 1}"),
    ] {
        let src =
            format!("{build}\ntry:\n    {use_it}\nexcept RecursionError as e:\n    print(e)\n");
        let out = ferropy(&["-c", &src]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            text, "maximum recursion depth exceeded\n",
            "{use_it} after {build}"
        );
    }
}
