//! The `dis` module against `ferropy --dis` (golden-free): both render the
//! same code in CPython's layout, `dis` from the runtime code object (whose
//! units hold superinstructions, shown unfused), `--dis` from the
//! compiler's. Code-object addresses are masked. Plus the exact rows of a
//! small module, written from the layout rule itself.

use std::process::Command;

fn ferropy(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .output()
        .expect("run ferropy");
    assert!(
        out.status.success(),
        "ferropy {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Replace every `0x...` address with `ADDR`.
fn mask(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("ADDR");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// Python string literal of `s` (for embedding a source in a script).
fn py_literal(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn dis_module(src: &str) -> String {
    let script = format!(
        "import dis\ndis.dis(compile({}, '<string>', 'exec'))\n",
        py_literal(src)
    );
    ferropy(&["-c", &script])
}

const SOURCES: &[&str] = &[
    "x = 1\n",
    "def f(a, b=2):\n    x = a + b\n    if x > 3:\n        return len(str(x))\n    for i in range(3):\n        x += i\n    return x\n",
    "class C:\n    def m(self, o):\n        self.v = o.v\n        return self.v == o.w\n    @property\n    def p(self):\n        return [i * 2 for i in self.v if i < 3]\n",
    "def g(*a, **k):\n    try:\n        import os\n    except ImportError as e:\n        raise ValueError from e\n    finally:\n        print('x', end='')\n    while a:\n        yield from a\n",
    "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\nwith open('f') as fh:\n    pass\n",
    "match p:\n    case [1, *r]:\n        pass\n    case {'k': v}:\n        pass\n    case Point(x=0):\n        pass\n",
];

#[test]
fn dis_module_matches_dis_flag() {
    for src in SOURCES {
        let flag = ferropy(&["--dis", "-c", src]);
        let module = dis_module(src);
        assert_eq!(mask(&module), mask(&flag), "source:\n{src}");
    }
}

#[test]
fn dis_module_matches_dis_flag_with_extended_args() {
    // 300 distinct constants and names force EXTENDED_ARG prefixes.
    let mut src = String::new();
    for i in 0..300 {
        src.push_str(&format!("v{i} = {i}.5\n"));
    }
    src.push_str("def f():\n    return v299 + v1\n");
    let flag = ferropy(&["--dis", "-c", &src]);
    assert!(flag.contains("EXTENDED_ARG"));
    assert_eq!(mask(&dis_module(&src)), mask(&flag));
}

#[test]
fn dis_layout_rows() {
    let text = dis_module("x = 1\nif x:\n    y = x\n");
    let expected = [
        "  1           0 LOAD_CONST               0 (1)",
        "              2 STORE_NAME               0 (x)",
        "",
        "  2           4 LOAD_NAME                0 (x)",
        "              6 POP_JUMP_IF_FALSE        6 (to 12)",
        "",
        "  3           8 LOAD_NAME                0 (x)",
        "             10 STORE_NAME               1 (y)",
        "",
        "  2     >>   12 LOAD_CONST               1 (None)",
        "             14 RETURN_VALUE",
    ];
    let got: Vec<&str> = text.lines().collect();
    // The exact instruction sequence may change with the compiler; the
    // layout may not: check every row's columns, and the rows above if the
    // compiler still emits that sequence.
    for row in &got {
        if row.is_empty() {
            continue;
        }
        let (line, rest) = row.split_at(3);
        assert!(
            line.trim().is_empty() || line.trim().parse::<u32>().is_ok(),
            "line column: {row:?}"
        );
        assert_eq!(&rest[..5], "     ", "{row:?}");
        assert!(&rest[5..7] == ">>" || &rest[5..7] == "  ", "{row:?}");
        assert!(
            rest[8..12].trim().parse::<u32>().is_ok(),
            "offset column: {row:?}"
        );
        let name = &rest[13..];
        let opname: String = name
            .chars()
            .take_while(|c| c.is_ascii_uppercase() || *c == '_')
            .collect();
        assert!(!opname.is_empty(), "{row:?}");
        if name.len() > 20 {
            let arg = &name[21..26];
            assert!(arg.trim().parse::<u32>().is_ok(), "arg column: {row:?}");
            if name.len() > 26 {
                assert!(
                    name[26..].starts_with(" (") && name.ends_with(')'),
                    "{row:?}"
                );
            }
        }
    }
    let ops = |rows: &[&str]| -> Vec<String> {
        rows.iter()
            .filter(|r| r.len() > 16)
            .map(|r| r[16..].split(' ').next().unwrap_or("").to_string())
            .collect()
    };
    if ops(&got) == ops(&expected) {
        assert_eq!(got, expected, "\n{text}");
    }
}

#[test]
fn dis_instruction_objects() {
    let script = "import dis\n\
def f(a):\n    return a.b + len(a)\n\
for i in dis.get_instructions(f):\n    print(i.opname, i.arg, repr(i.argval), repr(i.argrepr), i.offset, i.starts_line, i.is_jump_target)\n";
    let text = ferropy(&["-c", script]);
    // `a.b` fuses into LOAD_FAST__LOAD_ATTR at run time: dis shows LOAD_FAST.
    assert!(
        text.starts_with("LOAD_FAST 0 'a' 'a' 0 3 False\n"),
        "{text}"
    );
    assert!(!text.contains("__"), "superinstruction shown:\n{text}");
    assert!(text.contains("LOAD_ATTR 0 'b' 'b' 2 None False"), "{text}");
    assert!(
        text.contains("LOAD_GLOBAL 1 'len' 'len' 4 None False\nPUSH_NULL None None '' 6"),
        "{text}"
    );
    assert!(text.contains("RETURN_VALUE None None ''"), "{text}");
}
