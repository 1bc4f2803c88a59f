//! Compiler tests: a corpus of real Python programs (AST dumps made with
//! CPython's `ast`, expected results from CPython 3.11's `compile`), a
//! stack-machine checker that walks every path of the produced code, size
//! tests for `EXTENDED_ARG`, and no-panic tests over odd ASTs.
//!
//! The checker is not an interpreter: it follows control flow with an
//! abstract state (stack depth and block stack), and verifies that every
//! join point is reached in one state, the stack never underflows or
//! exceeds `stacksize`, jumps land on instruction starts, table indexes
//! are in range, and `RETURN_VALUE` runs with an empty block stack and
//! only the return value on the stack.

#[path = "tests_corpus.rs"]
mod corpus;
#[path = "tests_reader.rs"]
mod reader;

use super::*;
use crate::ast::*;
use crate::bytecode::opcode::{ArgTable, Opcode};
use std::collections::HashMap;
use std::rc::Rc;

// ----- the checker -----

/// A decoded instruction: start unit, opcode, full argument.
#[derive(Clone, Copy, Debug)]
struct Ins {
    start: usize,
    op: Opcode,
    arg: u32,
}

fn decode(code: &CodeObject) -> Vec<Ins> {
    let mut out = Vec::new();
    let mut ext = 0u32;
    let mut start = None;
    for (i, cu) in code.code.iter().enumerate() {
        let s = *start.get_or_insert(i);
        let arg = ext | cu.arg as u32;
        if cu.op == Opcode::ExtendedArg {
            ext = arg << 8;
            continue;
        }
        out.push(Ins {
            start: s,
            op: cu.op,
            arg,
        });
        ext = 0;
        start = None;
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Finally,
    Cleanup,
    With,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: i32,
    blocks: Vec<(BlockKind, usize, i32)>,
}

/// Walk all paths of `code` (not its nested code objects); panics with a
/// description on the first inconsistency.
fn check_code(code: &CodeObject) {
    let ins = decode(code);
    assert!(!ins.is_empty(), "{}: empty code", code.qualname);
    assert!(code.code.last().map(|c| c.op) != Some(Opcode::ExtendedArg));
    let by_start: HashMap<usize, usize> =
        ins.iter().enumerate().map(|(i, x)| (x.start, i)).collect();
    let nderef = code.cellvars.len() + code.freevars.len();
    for x in &ins {
        let a = x.arg as usize;
        let ok = match x.op.arg_table() {
            ArgTable::Const => a < code.consts.len(),
            ArgTable::Name => a < code.names.len(),
            ArgTable::Local => a < code.varnames.len(),
            ArgTable::Deref => a < nderef,
            ArgTable::None => true,
        } && match x.op {
            // Every back edge is a JUMP_BACKWARD: other jumps go forward.
            Opcode::JumpBackward => by_start.contains_key(&a) && a <= x.start,
            op if op.is_jump() => by_start.contains_key(&a) && a > x.start,
            _ => true,
        };
        assert!(ok, "{}: bad argument {} of {:?}", code.qualname, a, x.op);
    }
    let mut seen: Vec<Option<State>> = vec![None; ins.len()];
    let mut work = vec![(
        0usize,
        State {
            depth: 0,
            blocks: vec![],
        },
    )];
    let name = &code.qualname;
    while let Some((mut i, mut st)) = work.pop() {
        loop {
            assert!(i < ins.len(), "{name}: falls off the end");
            match &seen[i] {
                Some(old) => {
                    assert_eq!(
                        old, &st,
                        "{name}: inconsistent state at offset {}",
                        ins[i].start
                    );
                    break;
                }
                None => seen[i] = Some(st.clone()),
            }
            let x = ins[i];
            let target = || by_start[&(x.arg as usize)];
            match x.op {
                Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith => {
                    let (kind, level, entry) = match x.op {
                        Opcode::SetupFinally => (BlockKind::Finally, st.depth, st.depth + 2),
                        Opcode::SetupCleanup => (BlockKind::Cleanup, st.depth - 1, st.depth),
                        _ => (BlockKind::With, st.depth - 1, st.depth + 1),
                    };
                    assert!(level >= 0, "{name}: setup below the stack bottom");
                    let handler = State {
                        depth: entry,
                        blocks: st.blocks.clone(),
                    };
                    work.push((target(), handler));
                    st.blocks.push((kind, target(), level));
                    assert!(st.blocks.len() <= 20, "{name}: block stack overflow");
                }
                Opcode::PopBlock => {
                    assert!(
                        st.blocks.pop().is_some(),
                        "{name}: POP_BLOCK with no block at {}",
                        x.start
                    );
                }
                Opcode::ForIter | Opcode::Send => work.push((
                    target(),
                    State {
                        depth: st.depth - 1,
                        ..st.clone()
                    },
                )),
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => work.push((
                    target(),
                    State {
                        depth: st.depth - 1,
                        ..st.clone()
                    },
                )),
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                    work.push((target(), st.clone()))
                }
                Opcode::Jump | Opcode::JumpBackward => {
                    let t = target();
                    assert_eq!(
                        x.op == Opcode::JumpBackward,
                        t <= i,
                        "{name}: jump direction at {}",
                        x.start
                    );
                    work.push((t, st.clone()));
                    break;
                }
                Opcode::ReturnValue => {
                    assert!(
                        st.blocks.is_empty(),
                        "{name}: return with blocks {:?} at {}",
                        st.blocks,
                        x.start
                    );
                    assert_eq!(
                        st.depth, 1,
                        "{name}: return with extra stack items at {}",
                        x.start
                    );
                    break;
                }
                _ => {}
            }
            let eff = if x.op == Opcode::ReturnGenerator {
                1
            } else {
                x.op.stack_effect(x.arg)
            };
            st.depth += eff;
            assert!(st.depth >= 0, "{name}: stack underflow at {}", x.start);
            assert!(
                st.depth as u32 <= code.stacksize,
                "{name}: stacksize {} exceeded at {}",
                code.stacksize,
                x.start
            );
            if matches!(
                x.op,
                Opcode::RaiseVarargs | Opcode::Reraise | Opcode::PopExceptReraise
            ) {
                break;
            }
            i += 1;
        }
    }
    let mut last = 0;
    for &(off, _) in &code.linetable {
        assert!(
            off as usize <= code.code.len() && off >= last,
            "{name}: bad line table"
        );
        last = off;
    }
}

/// Check a code object and all nested ones; returns them in preorder.
fn check_all(code: &CodeObject) -> Vec<&CodeObject> {
    check_code(code);
    let mut v = vec![code];
    for c in &code.consts {
        if let Const::Code(inner) = c {
            v.extend(check_all(inner));
        }
    }
    v
}

fn describe(c: &CodeObject) -> String {
    [
        c.qualname.clone(),
        c.argcount.to_string(),
        c.posonlyargcount.to_string(),
        c.kwonlyargcount.to_string(),
        c.varnames.join(","),
        c.cellvars.join(","),
        c.freevars.join(","),
        format!("{:#x}", c.flags & 0x2bc),
        c.firstlineno.to_string(),
        c.names.join(","),
        lines_of(c),
        str_consts(c),
    ]
    .join("|")
}

/// Python's repr of the sorted list of the code's string constants.
fn str_consts(c: &CodeObject) -> String {
    let mut v: Vec<&str> = c
        .consts
        .iter()
        .filter_map(|k| match k {
            Const::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    let items: Vec<String> = v
        .iter()
        .map(|s| crate::bytecode::disasm::str_repr(s))
        .collect();
    format!("[{}]", items.join(", "))
}

fn lines_of(c: &CodeObject) -> String {
    let mut lines: Vec<u32> = c.linetable.iter().map(|&(_, l)| l).collect();
    lines.sort();
    lines.dedup();
    lines
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The first `n` `|`-separated fields of every line.
fn fields(s: &str, n: usize) -> String {
    s.lines()
        .map(|l| l.split('|').take(n).collect::<Vec<_>>().join("|"))
        .collect::<Vec<_>>()
        .join("\n")
}

// ----- corpus -----

#[test]
fn corpus_matches_cpython() {
    let mut failures = Vec::new();
    let mut unsupported = 0;
    for case in corpus::CASES {
        let m = reader::read_module(case.ast);
        let got = match compile_module(&m, "<s>") {
            Ok(code) => check_all(&code)
                .into_iter()
                .map(describe)
                .collect::<Vec<_>>()
                .join("\n"),
            Err(e) => format!(
                "ERR|{}|{}|{}|{}|{}",
                e.msg, e.line, e.col, e.end_line, e.end_col
            ),
        };
        if got.contains("not supported by ferropy") {
            unsupported += 1;
            continue;
        }
        let same = match case.expect.strip_suffix("|None") {
            Some(prefix) => got.starts_with(prefix),
            None if got.starts_with("ERR") => got == case.expect,
            None => fields(&got, 9) == fields(case.expect, 9),
        };
        if !same {
            failures.push(format!(
                "--- {}\nexpected:\n{}\ngot:\n{}",
                case.src, case.expect, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(unsupported, 0);
}

/// Names tables, line sets and string constants against CPython's.
#[test]
fn corpus_names_lines_consts() {
    let mut failures = Vec::new();
    for case in corpus::CASES {
        let Ok(code) = compile_module(&reader::read_module(case.ast), "<s>") else {
            continue;
        };
        let got = check_all(&code)
            .into_iter()
            .map(describe)
            .collect::<Vec<_>>()
            .join("\n");
        for d in compare_with_cpython(&got, case.expect, true) {
            failures.push(format!("--- {}\n{d}", case.src));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ----- hand-built ASTs -----

fn sp(line: u32) -> Span {
    Span {
        line,
        col: 0,
        end_line: line,
        end_col: 1,
    }
}

fn ex(kind: ExprKind) -> Expr {
    Expr { span: sp(1), kind }
}

fn name(id: &str, ctx: ExprContext) -> Expr {
    ex(ExprKind::Name {
        id: Rc::from(id),
        ctx,
    })
}

fn int(i: usize) -> Expr {
    ex(ExprKind::Constant(Constant::Int(Rc::from(i.to_string()))))
}

fn stmt(line: u32, kind: StmtKind) -> Stmt {
    Stmt {
        span: sp(line),
        kind,
    }
}

fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

fn func(name: &str, body: Vec<Stmt>) -> Stmt {
    stmt(
        1,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name: Rc::from(name),
            args: Arguments::default(),
            body,
            decorators: vec![],
            returns: None,
            is_async: false,
        })),
    )
}

fn has_extended_arg(c: &CodeObject) -> bool {
    c.code.iter().any(|u| u.op == Opcode::ExtendedArg)
}

#[test]
fn many_locals_use_extended_arg() {
    let body: Vec<Stmt> = (0..300)
        .map(|i| {
            let target = name(&format!("v{i}"), ExprContext::Store);
            stmt(
                2 + i as u32,
                StmtKind::Assign {
                    targets: vec![target],
                    value: int(i),
                },
            )
        })
        .collect();
    let code = compile_module(&module(vec![func("f", body)]), "t.py").unwrap();
    let all = check_all(&code);
    let f = all[1];
    assert_eq!(f.varnames.len(), 300);
    assert!(has_extended_arg(f));
    assert_eq!(f.line_at(f.code.len() - 1), 301);
}

#[test]
fn huge_list_display() {
    let elts: Vec<Expr> = (0..70_000)
        .map(|i| name(&format!("n{i}"), ExprContext::Load))
        .collect();
    let value = ex(ExprKind::List {
        elts,
        ctx: ExprContext::Load,
    });
    let s = stmt(
        1,
        StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store)],
            value,
        },
    );
    let code = compile_module(&module(vec![s]), "t.py").unwrap();
    check_all(&code);
    assert!(has_extended_arg(&code));
    assert!(code.stacksize <= 4, "stacksize {}", code.stacksize);
    let consts: Vec<Expr> = (0..70_000).map(int).collect();
    let e = ex(ExprKind::List {
        elts: consts,
        ctx: ExprContext::Load,
    });
    let code = compile_expression(&e, "t.py").unwrap();
    check_all(&code);
}

#[test]
fn many_constants_and_long_jumps() {
    let mut body = Vec::new();
    for i in 0..1000 {
        body.push(stmt(
            2,
            StmtKind::Expr(ex(ExprKind::Call {
                func: Box::new(name("f", ExprContext::Load)),
                args: vec![int(i + 1000)],
                keywords: vec![],
            })),
        ));
    }
    let w = stmt(
        1,
        StmtKind::While {
            test: name("x", ExprContext::Load),
            body,
            orelse: vec![],
        },
    );
    let code = compile_module(&module(vec![w]), "t.py").unwrap();
    check_all(&code);
    assert!(code.consts.len() > 1000);
    assert!(has_extended_arg(&code));
    let last_jump = decode(&code)
        .into_iter()
        .filter(|i| i.op == Opcode::JumpBackward)
        .count();
    assert_eq!(last_jump, 1);
}

#[test]
fn closure_tables() {
    let src = corpus::CASES
        .iter()
        .find(|c| c.src.starts_with("def outer():\n    x = 1"))
        .unwrap();
    let code = compile_module(&reader::read_module(src.ast), "t.py").unwrap();
    let all = check_all(&code);
    assert_eq!(all[1].cellvars, vec!["x"]);
    assert_eq!(all[2].freevars, vec!["x"]);
    assert_eq!(all[2].qualname, "outer.<locals>.inner");
    let src = corpus::CASES
        .iter()
        .find(|c| c.src.starts_with("def outer(x):"))
        .unwrap();
    let code = compile_module(&reader::read_module(src.ast), "t.py").unwrap();
    let all = check_all(&code);
    assert_eq!(all[1].cell2arg, vec![Some(0)]);
}

#[test]
fn constants_are_distinct_by_type() {
    let src = corpus::CASES
        .iter()
        .find(|c| c.src.starts_with("x = -1, -2.5"))
        .unwrap();
    let code = compile_module(&reader::read_module(src.ast), "t.py").unwrap();
    let Const::Tuple(items) = &code.consts[0] else {
        panic!("{:?}", code.consts)
    };
    assert_eq!(items.len(), 11);
    assert!(matches!(&items[0], Const::Int(s) if &**s == "-1"));
    assert!(matches!(items[3], Const::Float(f) if f == 0.0 && f.is_sign_negative()));
    let mut c = vec![
        Const::Int(Rc::from("0")),
        Const::Float(0.0),
        Const::Float(-0.0),
        Const::Bool(false),
    ];
    c.dedup();
    assert_eq!(c.len(), 4);
}

#[test]
fn disassembly_layout() {
    let src = corpus::CASES
        .iter()
        .find(|c| c.src.starts_with("def outer():\n    x = 1"))
        .unwrap();
    let code = compile_module(&reader::read_module(src.ast), "x.py").unwrap();
    let text = crate::bytecode::disasm::disassemble(&code);
    assert!(
        text.starts_with("  1           0 LOAD_CONST               0 (<code object outer at 0x"),
        "{text}"
    );
    assert!(
        text.contains("\nDisassembly of <code object outer at 0x"),
        "{text}"
    );
    assert!(text.contains("file \"x.py\", line 1>:\n"), "{text}");
    assert!(text.contains("LOAD_CLOSURE             0 (x)"), "{text}");
    assert!(
        text.contains("MAKE_FUNCTION            8 (closure)"),
        "{text}"
    );
    assert!(text.contains("RETURN_VALUE\n"), "{text}");
    use crate::bytecode::disasm::{bytes_repr, complex_repr, float_repr, str_repr};
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(0.00001), "1e-05");
    assert_eq!(float_repr(123.5), "123.5");
    assert_eq!(float_repr(1e15), "1000000000000000.0");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(complex_repr(2.0), "2j");
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("a\n\x00é"), "'a\\n\\x00é'");
    assert_eq!(bytes_repr(b"\x01'"), "b\"\\x01'\"");
}

#[test]
fn disassembly_of_jumps_and_ops() {
    let src = corpus::CASES
        .iter()
        .find(|c| c.src.starts_with("for i in range(10)"))
        .unwrap();
    let code = compile_module(&reader::read_module(src.ast), "x.py").unwrap();
    let text = crate::bytecode::disasm::disassemble(&code);
    assert!(text.contains("FOR_ITER"), "{text}");
    assert!(text.contains("(to "), "{text}");
    assert!(text.contains(">>"), "{text}");
}

// ----- odd ASTs -----

fn odd_exprs() -> Vec<Expr> {
    let n = || Box::new(name("a", ExprContext::Load));
    vec![
        ex(ExprKind::BoolOp {
            op: BoolOp::And,
            values: vec![],
        }),
        ex(ExprKind::Compare {
            left: n(),
            ops: vec![CmpOp::Lt],
            comparators: vec![],
        }),
        ex(ExprKind::Compare {
            left: n(),
            ops: vec![],
            comparators: vec![],
        }),
        ex(ExprKind::Dict {
            keys: vec![None],
            values: vec![],
        }),
        ex(ExprKind::ListComp {
            elt: n(),
            generators: vec![],
        }),
        ex(ExprKind::FormattedValue {
            value: n(),
            conversion: 7,
            format_spec: None,
        }),
        ex(ExprKind::Starred {
            value: n(),
            ctx: ExprContext::Load,
        }),
        ex(ExprKind::Starred {
            value: n(),
            ctx: ExprContext::Store,
        }),
        ex(ExprKind::Slice {
            lower: None,
            upper: None,
            step: None,
        }),
        ex(ExprKind::Yield(None)),
        ex(ExprKind::YieldFrom(n())),
        ex(ExprKind::Await(n())),
        ex(ExprKind::Name {
            id: Rc::from(""),
            ctx: ExprContext::Del,
        }),
        ex(ExprKind::Tuple {
            elts: vec![],
            ctx: ExprContext::Store,
        }),
        ex(ExprKind::JoinedStr(vec![])),
        ex(ExprKind::Constant(Constant::Int(Rc::from("")))),
        ex(ExprKind::Call {
            func: n(),
            args: vec![ex(ExprKind::Starred {
                value: n(),
                ctx: ExprContext::Load,
            })],
            keywords: vec![Keyword {
                arg: None,
                value: name("k", ExprContext::Load),
                span: sp(1),
            }],
        }),
    ]
}

#[test]
fn odd_asts_do_not_panic() {
    for e in odd_exprs() {
        let _ = compile_expression(&e, "odd");
        let as_stmt = stmt(1, StmtKind::Expr(e.clone()));
        let _ = compile_module(&module(vec![as_stmt.clone()]), "odd");
        let _ = compile_module(&module(vec![func("f", vec![as_stmt.clone()])]), "odd");
        for kind in [
            StmtKind::AugAssign {
                target: e.clone(),
                op: BinOp::Add,
                value: int(1),
            },
            StmtKind::Delete(vec![e.clone()]),
            StmtKind::Assign {
                targets: vec![e.clone()],
                value: e.clone(),
            },
            StmtKind::AnnAssign {
                target: e.clone(),
                annotation: e.clone(),
                value: None,
                simple: true,
            },
            StmtKind::For {
                target: e.clone(),
                iter: e.clone(),
                body: vec![],
                orelse: vec![],
                is_async: false,
            },
            StmtKind::With {
                items: vec![],
                body: vec![],
                is_async: false,
            },
            StmtKind::Try {
                body: vec![],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![],
            },
            StmtKind::TryStar {
                body: vec![],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![],
            },
            StmtKind::Import(vec![Alias {
                name: Rc::from(""),
                asname: Some(Rc::from("")),
                span: sp(1),
            }]),
            StmtKind::ImportFrom {
                module: None,
                names: vec![],
                level: 5,
            },
            StmtKind::Return(Some(e.clone())),
        ] {
            let s = stmt(1, kind);
            if let Ok(c) = compile_module(&module(vec![func("g", vec![s.clone()])]), "odd") {
                check_all(&c);
            }
            if let Ok(c) = compile_module(&module(vec![s]), "odd") {
                check_all(&c);
            }
        }
    }
    let _ = compile_module(&module(vec![]), "empty").map(|c| check_all(&c).len());
}

#[test]
fn expression_mode_returns_value() {
    let e = ex(ExprKind::BinOp {
        left: Box::new(int(1)),
        op: BinOp::Add,
        right: Box::new(name("x", ExprContext::Load)),
    });
    let code = compile_expression(&e, "<eval>").unwrap();
    check_all(&code);
    let ops: Vec<Opcode> = decode(&code).iter().map(|i| i.op).collect();
    assert_eq!(
        ops,
        vec![
            Opcode::LoadConst,
            Opcode::LoadName,
            Opcode::BinaryOp,
            Opcode::ReturnValue
        ]
    );
}

/// `cargo test dump_corpus -- --ignored --nocapture`: disassemble the corpus.
#[test]
#[ignore]
fn dump_corpus() {
    for case in corpus::CASES {
        let m = reader::read_module(case.ast);
        println!("=== {}", case.src);
        match compile_module(&m, "<s>") {
            Ok(code) => println!("{}", crate::bytecode::disasm::disassemble(&code)),
            Err(e) => println!("ERROR {e}"),
        }
    }
}

/// Is every string of CPython's list (a Python list repr) in ours? (Ours
/// may have more: kw-default names are keys of a built dict, not a tuple.)
fn str_subset(cpython: &str, ours: &str) -> bool {
    let items = |s: &str| -> Vec<String> {
        let inner = s.trim_start_matches('[').trim_end_matches(']');
        let mut v = Vec::new();
        let mut cur = String::new();
        let mut quote = None;
        let mut escaped = false;
        for ch in inner.chars() {
            match quote {
                None if ch == '\'' || ch == '"' => quote = Some(ch),
                None => {}
                Some(q) => {
                    cur.push(ch);
                    if escaped {
                        escaped = false;
                    } else if ch == '\\' {
                        escaped = true;
                    } else if ch == q {
                        cur.pop();
                        v.push(std::mem::take(&mut cur));
                        quote = None;
                    }
                }
            }
        }
        v
    };
    let ours = items(ours);
    items(cpython).iter().all(|s| ours.contains(s))
}

/// Compare one compiled module with CPython's description; returns the
/// differences (lines are compared without CPython's `RESUME` line).
fn compare_with_cpython(got: &str, expect: &str, consts: bool) -> Vec<String> {
    let mut diffs = Vec::new();
    let (g, e): (Vec<&str>, Vec<&str>) = (got.lines().collect(), expect.lines().collect());
    if g.len() != e.len() {
        diffs.push(format!("{} code objects, CPython has {}", g.len(), e.len()));
    }
    for (g, e) in g.iter().zip(&e) {
        let (g, e): (Vec<&str>, Vec<&str>) =
            (g.splitn(12, '|').collect(), e.splitn(12, '|').collect());
        let first = e.get(8).copied().unwrap_or("");
        let strip = |v: Option<&&str>| {
            let ls: Vec<&str> = v
                .map_or("", |x| *x)
                .split(',')
                .filter(|l| *l != first)
                .collect();
            ls.join(",")
        };
        if g[..g.len().min(10)] != e[..e.len().min(10)] {
            diffs.push(format!(
                "got      {}\nexpected {}",
                g.join("|"),
                e.join("|")
            ));
            continue;
        }
        if strip(g.get(10)) != strip(e.get(10)) {
            diffs.push(format!(
                "{}: lines {:?}, CPython {:?}",
                g[0],
                g.get(10),
                e.get(10)
            ));
        }
        if consts
            && !str_subset(
                e.get(11).copied().unwrap_or(""),
                g.get(11).copied().unwrap_or(""),
            )
        {
            diffs.push(format!(
                "{}: str consts {:?}, CPython {:?}",
                g[0],
                g.get(11),
                e.get(11)
            ));
        }
    }
    diffs
}

/// `STDLIB_CASES=/tmp/stdlib_cases cargo test stdlib -- --ignored --nocapture`
/// after `tools/gen_stdlib.py /tmp/stdlib_cases FILES...`.
#[test]
#[ignore]
fn stdlib_against_cpython() {
    let Ok(dir) = std::env::var("STDLIB_CASES") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let (mut ok, mut bad) = (0, 0);
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap();
        let mut parts = text.splitn(3, '\n');
        let (name, ast, expect) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap().trim_end(),
        );
        let got = match compile_module(&reader::read_module(ast), "<s>") {
            Ok(code) => check_all(&code)
                .into_iter()
                .map(describe)
                .collect::<Vec<_>>()
                .join("\n"),
            Err(e) => format!(
                "ERR|{}|{}|{}|{}|{}",
                e.msg, e.line, e.col, e.end_line, e.end_col
            ),
        };
        let diffs = compare_with_cpython(&got, expect, false);
        if diffs.is_empty() {
            ok += 1;
        } else {
            bad += 1;
            println!(
                "=== {name}\n{}",
                diffs
                    .iter()
                    .take(40)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
    println!("{ok} match, {bad} differ");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let run = |n: usize| {
        std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn(move || {
                let mut e = name("a", ExprContext::Load);
                for _ in 0..n {
                    e = ex(ExprKind::BinOp {
                        left: Box::new(e),
                        op: BinOp::Add,
                        right: Box::new(name("b", ExprContext::Load)),
                    });
                }
                let r = compile_expression(&e, "deep").map(|c| check_all(&c).len());
                // Dropping a 100k-deep tree recursively would overflow: leak it.
                std::mem::forget(e);
                r.map_err(|e| e.msg)
            })
            .unwrap()
            .join()
            .unwrap()
    };
    assert_eq!(run(900), Ok(1));
    let msg = "maximum recursion depth exceeded during compilation".to_string();
    assert_eq!(run(5000), Err(msg.clone()));
    assert_eq!(run(100_000), Err(msg));
}

/// Match statements (parsed from source) pass the stack checker on every
/// path: captures, fail_pop blocks, or-pattern rotations, guards.
#[test]
fn match_statements_pass_the_checker() {
    let sources = [
        "match x:\n    case 1 | 2:\n        pass\n    case [a, *b, c] if a:\n        pass\n    case _:\n        pass\n",
        "match x:\n    case {'k': v, 1: w, **rest}:\n        pass\n    case {}:\n        pass\n",
        "match x:\n    case P(1, y=[a, *_, b]) as p:\n        pass\n    case P():\n        pass\n",
        "match x:\n    case [a, b, c] | (c, b, a, 0) | {'a': a, 'b': b, 'c': c}:\n        pass\n",
        "match x:\n    case [[a, ([b] | (b,))], *_, (1 | 2) as c]:\n        pass\n",
        "def f(x):\n    for i in x:\n        match i:\n            case None:\n                continue\n            case [y]:\n                return y\n            case y if y:\n                break\n",
        "match x, y:\n    case _:\n        pass\n",
        "match x:\n    case a.b | -1 | 1 + 2j | 'x' | b'y' | True:\n        z = 1\n",
    ];
    for src in sources {
        let m = crate::parser::parse_module(src).expect("parses");
        let code = compile_module(&m, "<s>").unwrap_or_else(|e| panic!("{src}: {}", e.msg));
        assert!(!check_all(&code).is_empty());
    }
}
