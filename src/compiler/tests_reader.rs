//! Test-only: reads the s-expression AST dumps made by
//! tools/ast2sexpr.py (from CPython's `ast` module) into `crate::ast`
//! nodes, so tests can compile real Python programs without a parser.
//! Strings and identifiers are hex-encoded UTF-8 (`#68690a`).

use crate::ast::*;
use std::rc::Rc;

#[derive(Debug, Clone)]
enum Sx {
    Atom(String),
    Node(Vec<Sx>),
    List(Vec<Sx>),
}

fn tokenize(s: &str) -> Vec<String> {
    let mut toks = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | ')' | '[' | ']' => {
                if !cur.is_empty() {
                    toks.push(std::mem::take(&mut cur));
                }
                toks.push(c.to_string());
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    toks.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        toks.push(cur);
    }
    toks
}

fn parse_sx(toks: &[String], pos: &mut usize) -> Sx {
    let t = &toks[*pos];
    *pos += 1;
    match t.as_str() {
        "(" | "[" => {
            let close = if t == "(" { ")" } else { "]" };
            let mut items = Vec::new();
            while toks[*pos] != close {
                items.push(parse_sx(toks, pos));
            }
            *pos += 1;
            if close == ")" {
                Sx::Node(items)
            } else {
                Sx::List(items)
            }
        }
        _ => Sx::Atom(t.clone()),
    }
}

fn atom(s: &Sx) -> &str {
    match s {
        Sx::Atom(a) => a,
        other => panic!("expected atom, got {other:?}"),
    }
}

fn items(s: &Sx) -> &[Sx] {
    match s {
        Sx::List(v) | Sx::Node(v) => v,
        other => panic!("expected list, got {other:?}"),
    }
}

fn is_none(s: &Sx) -> bool {
    matches!(s, Sx::Atom(a) if a == "_")
}

fn num(s: &Sx) -> u32 {
    atom(s).parse().expect("number")
}

fn hex_bytes(s: &Sx) -> Vec<u8> {
    let a = atom(s).strip_prefix('#').expect("hex string");
    (0..a.len() / 2)
        .map(|i| u8::from_str_radix(&a[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn ident(s: &Sx) -> Ident {
    Rc::from(String::from_utf8(hex_bytes(s)).expect("utf8").as_str())
}

fn opt_ident(s: &Sx) -> Option<Ident> {
    (!is_none(s)).then(|| ident(s))
}

fn boolean(s: &Sx) -> bool {
    atom(s) == "T"
}

fn span(v: &[Sx]) -> Span {
    Span {
        line: num(&v[0]),
        col: num(&v[1]),
        end_line: num(&v[2]),
        end_col: num(&v[3]),
    }
}

fn ctx(s: &Sx) -> ExprContext {
    match atom(s) {
        "L" => ExprContext::Load,
        "S" => ExprContext::Store,
        _ => ExprContext::Del,
    }
}

fn binop(s: &Sx) -> BinOp {
    use BinOp::*;
    [
        Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift, Sub, Div, BitXor,
    ][num(s) as usize]
}

fn cmpop(s: &Sx) -> CmpOp {
    use CmpOp::*;
    [Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn][num(s) as usize]
}

fn constant(s: &Sx) -> Constant {
    let v = items(s);
    match atom(&v[0]) {
        "None" => Constant::None,
        "Ellipsis" => Constant::Ellipsis,
        "Bool" => Constant::Bool(boolean(&v[1])),
        "Int" => Constant::Int(Rc::from(atom(&v[1]))),
        "Float" => Constant::Float(atom(&v[1]).parse().expect("float")),
        "Complex" => Constant::Complex(atom(&v[1]).parse().expect("float")),
        "Str" => Constant::Str(Rc::from(
            String::from_utf8(hex_bytes(&v[1])).expect("utf8").as_str(),
        )),
        "Bytes" => Constant::Bytes(Rc::from(hex_bytes(&v[1]))),
        other => panic!("bad constant {other}"),
    }
}

fn arg(s: &Sx) -> Arg {
    let v = items(s);
    Arg {
        span: span(&v[1..5]),
        name: ident(&v[5]),
        annotation: opt_expr(&v[6]),
    }
}

fn opt_arg(s: &Sx) -> Option<Arg> {
    (!is_none(s)).then(|| arg(s))
}

fn arguments(s: &Sx) -> Arguments {
    let v = items(s);
    Arguments {
        posonlyargs: items(&v[1]).iter().map(arg).collect(),
        args: items(&v[2]).iter().map(arg).collect(),
        vararg: opt_arg(&v[3]),
        kwonlyargs: items(&v[4]).iter().map(arg).collect(),
        kw_defaults: items(&v[5]).iter().map(opt_expr).collect(),
        kwarg: opt_arg(&v[6]),
        defaults: exprs(&v[7]),
    }
}

fn keyword(s: &Sx) -> Keyword {
    let v = items(s);
    Keyword {
        span: span(&v[1..5]),
        arg: opt_ident(&v[5]),
        value: expr(&v[6]),
    }
}

fn alias(s: &Sx) -> Alias {
    let v = items(s);
    Alias {
        span: span(&v[1..5]),
        name: ident(&v[5]),
        asname: opt_ident(&v[6]),
    }
}

fn comprehension(s: &Sx) -> Comprehension {
    let v = items(s);
    Comprehension {
        target: expr(&v[1]),
        iter: expr(&v[2]),
        ifs: exprs(&v[3]),
        is_async: boolean(&v[4]),
    }
}

fn exprs(s: &Sx) -> Vec<Expr> {
    items(s).iter().map(expr).collect()
}

fn opt_expr(s: &Sx) -> Option<Expr> {
    (!is_none(s)).then(|| expr(s))
}

fn bx(s: &Sx) -> Box<Expr> {
    Box::new(expr(s))
}

fn expr(s: &Sx) -> Expr {
    let v = items(s);
    let sp = span(&v[1..5]);
    let f = &v[6..];
    let kind = match atom(&v[5]) {
        "BoolOp" => ExprKind::BoolOp {
            op: if atom(&f[0]) == "and" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(&f[1]),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bx(&f[0]),
            value: bx(&f[1]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bx(&f[0]),
            op: binop(&f[1]),
            right: bx(&f[2]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: [UnaryOp::Invert, UnaryOp::Not, UnaryOp::UAdd, UnaryOp::USub][num(&f[0]) as usize],
            operand: bx(&f[1]),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(&f[0])),
            body: bx(&f[1]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bx(&f[0]),
            body: bx(&f[1]),
            orelse: bx(&f[2]),
        },
        "Dict" => ExprKind::Dict {
            keys: items(&f[0]).iter().map(opt_expr).collect(),
            values: exprs(&f[1]),
        },
        "Set" => ExprKind::Set(exprs(&f[0])),
        "ListComp" => ExprKind::ListComp {
            elt: bx(&f[0]),
            generators: items(&f[1]).iter().map(comprehension).collect(),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bx(&f[0]),
            generators: items(&f[1]).iter().map(comprehension).collect(),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bx(&f[0]),
            generators: items(&f[1]).iter().map(comprehension).collect(),
        },
        "DictComp" => ExprKind::DictComp {
            key: bx(&f[0]),
            value: bx(&f[1]),
            generators: items(&f[2]).iter().map(comprehension).collect(),
        },
        "Await" => ExprKind::Await(bx(&f[0])),
        "YieldFrom" => ExprKind::YieldFrom(bx(&f[0])),
        "Yield" => ExprKind::Yield(opt_expr(&f[0]).map(Box::new)),
        "Compare" => ExprKind::Compare {
            left: bx(&f[0]),
            ops: items(&f[1]).iter().map(cmpop).collect(),
            comparators: exprs(&f[2]),
        },
        "Call" => ExprKind::Call {
            func: bx(&f[0]),
            args: exprs(&f[1]),
            keywords: items(&f[2]).iter().map(keyword).collect(),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bx(&f[0]),
            conversion: atom(&f[1]).parse().expect("conversion"),
            format_spec: opt_expr(&f[2]).map(Box::new),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(&f[0])),
        "Constant" => ExprKind::Constant(constant(&f[0])),
        "Attribute" => ExprKind::Attribute {
            value: bx(&f[0]),
            attr: ident(&f[1]),
            ctx: ctx(&f[2]),
        },
        "Subscript" => ExprKind::Subscript {
            value: bx(&f[0]),
            slice: bx(&f[1]),
            ctx: ctx(&f[2]),
        },
        "Starred" => ExprKind::Starred {
            value: bx(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Name" => ExprKind::Name {
            id: ident(&f[0]),
            ctx: ctx(&f[1]),
        },
        "List" => ExprKind::List {
            elts: exprs(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Tuple" => ExprKind::Tuple {
            elts: exprs(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(&f[0]).map(Box::new),
            upper: opt_expr(&f[1]).map(Box::new),
            step: opt_expr(&f[2]).map(Box::new),
        },
        other => panic!("unknown expr {other}"),
    };
    Expr { span: sp, kind }
}

fn handler(s: &Sx) -> ExceptHandler {
    let v = items(s);
    ExceptHandler {
        span: span(&v[1..5]),
        typ: opt_expr(&v[5]),
        name: opt_ident(&v[6]),
        body: body(&v[7]),
    }
}

fn body(s: &Sx) -> Vec<Stmt> {
    items(s).iter().map(stmt).collect()
}

fn stmt(s: &Sx) -> Stmt {
    let v = items(s);
    let sp = span(&v[1..5]);
    let f = &v[6..];
    let kind = match atom(&v[5]) {
        "FunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: ident(&f[0]),
            args: arguments(&f[1]),
            body: body(&f[2]),
            decorators: exprs(&f[3]),
            returns: opt_expr(&f[4]),
            is_async: boolean(&f[5]),
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: ident(&f[0]),
            bases: exprs(&f[1]),
            keywords: items(&f[2]).iter().map(keyword).collect(),
            body: body(&f[3]),
            decorators: exprs(&f[4]),
        })),
        "Return" => StmtKind::Return(opt_expr(&f[0])),
        "Delete" => StmtKind::Delete(exprs(&f[0])),
        "Assign" => StmtKind::Assign {
            targets: exprs(&f[0]),
            value: expr(&f[1]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(&f[0]),
            op: binop(&f[1]),
            value: expr(&f[2]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(&f[0]),
            annotation: expr(&f[1]),
            value: opt_expr(&f[2]),
            simple: boolean(&f[3]),
        },
        "For" => StmtKind::For {
            target: expr(&f[0]),
            iter: expr(&f[1]),
            body: body(&f[2]),
            orelse: body(&f[3]),
            is_async: false,
        },
        "While" => StmtKind::While {
            test: expr(&f[0]),
            body: body(&f[1]),
            orelse: body(&f[2]),
        },
        "If" => StmtKind::If {
            test: expr(&f[0]),
            body: body(&f[1]),
            orelse: body(&f[2]),
        },
        "With" => StmtKind::With {
            items: items(&f[0])
                .iter()
                .map(|w| {
                    let w = items(w);
                    WithItem {
                        context_expr: expr(&w[1]),
                        optional_vars: opt_expr(&w[2]),
                    }
                })
                .collect(),
            body: body(&f[1]),
            is_async: false,
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&f[0]),
            cause: opt_expr(&f[1]),
        },
        "Try" => StmtKind::Try {
            body: body(&f[0]),
            handlers: items(&f[1]).iter().map(handler).collect(),
            orelse: body(&f[2]),
            finalbody: body(&f[3]),
        },
        "TryStar" => StmtKind::TryStar {
            body: body(&f[0]),
            handlers: items(&f[1]).iter().map(handler).collect(),
            orelse: body(&f[2]),
            finalbody: body(&f[3]),
        },
        "Assert" => StmtKind::Assert {
            test: expr(&f[0]),
            msg: opt_expr(&f[1]),
        },
        "Import" => StmtKind::Import(items(&f[0]).iter().map(alias).collect()),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_ident(&f[0]),
            names: items(&f[1]).iter().map(alias).collect(),
            level: num(&f[2]),
        },
        "Global" => StmtKind::Global(items(&f[0]).iter().map(ident).collect()),
        "Nonlocal" => StmtKind::Nonlocal(items(&f[0]).iter().map(ident).collect()),
        "Expr" => StmtKind::Expr(expr(&f[0])),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("unknown stmt {other}"),
    };
    Stmt { span: sp, kind }
}

/// Read a module dumped by tools/ast2sexpr.py.
pub fn read_module(text: &str) -> Module {
    let toks = tokenize(text);
    let mut pos = 0;
    let sx = parse_sx(&toks, &mut pos);
    Module { body: body(&sx) }
}
