//! Expression unparsing, for `from __future__ import annotations` (PEP 563):
//! annotations are stored as the source text CPython would regenerate.
//!
//! A port of CPython 3.11's Python/ast_unparse.c: each expression is
//! printed at a precedence level and parenthesized when the context binds
//! tighter. Constants print as their `repr`.

use crate::ast::*;
use crate::bytecode::disasm::{bytes_repr, complex_repr, float_repr, str_repr};

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of an annotation (CPython's `_PyAST_ExprAsUnicode`);
/// `None` when the expression nests deeper than `max_depth`.
pub fn unparse(e: &Expr, max_depth: u32) -> Option<String> {
    if too_deep(e, max_depth) {
        return None;
    }
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    Some(out)
}

/// Does `e` nest deeper than `max`? (Iterative: safe on any depth.)
fn too_deep(e: &Expr, max: u32) -> bool {
    let mut work = vec![(e, 1u32)];
    while let Some((e, d)) = work.pop() {
        if d > max {
            return true;
        }
        children(e, &mut |c| work.push((c, d + 1)));
    }
    false
}

/// Call `f` on each direct sub-expression of `e` (comprehension and
/// lambda parts included).
fn children<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    let comp = |gens: &'e [Comprehension], f: &mut dyn FnMut(&'e Expr)| {
        for g in gens {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => elts.iter().for_each(f),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            comp(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            comp(generators, f);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => v.iter().for_each(|v| f(v)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|s| f(s));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|x| f(x));
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
}

fn paren_if(out: &mut String, cond: bool, f: impl FnOnce(&mut String)) {
    if cond {
        out.push('(');
    }
    f(out);
    if cond {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => (" + ", PR_ARITH),
        BinOp::Sub => (" - ", PR_ARITH),
        BinOp::Mult => (" * ", PR_TERM),
        BinOp::MatMult => (" @ ", PR_TERM),
        BinOp::Div => (" / ", PR_TERM),
        BinOp::Mod => (" % ", PR_TERM),
        BinOp::FloorDiv => (" // ", PR_TERM),
        BinOp::LShift => (" << ", PR_SHIFT),
        BinOp::RShift => (" >> ", PR_SHIFT),
        BinOp::BitOr => (" | ", PR_BOR),
        BinOp::BitXor => (" ^ ", PR_BXOR),
        BinOp::BitAnd => (" & ", PR_BAND),
        BinOp::Pow => (" ** ", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn constant(out: &mut String, c: &Constant) {
    let s = match c {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(s) => s.to_string(),
        Constant::Float(f) => float_repr(*f).replace("inf", "1e309"),
        Constant::Complex(f) => complex_repr(*f).replace("inf", "1e309"),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "...".to_string(),
    };
    out.push_str(&s);
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            paren_if(out, level > pr, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren_if(out, level > PR_TUPLE, |out| {
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop(*op);
            let rassoc = u8::from(*op == BinOp::Pow);
            paren_if(out, level > pr, |out| {
                expr(out, left, pr + rassoc);
                out.push_str(s);
                expr(out, right, pr + 1 - rassoc);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren_if(out, level > pr, |out| {
                out.push_str(s);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args, body } => paren_if(out, level > PR_TEST, |out| {
            out.push_str("lambda");
            let mut a = String::new();
            arguments(&mut a, args);
            if !a.is_empty() {
                out.push(' ');
                out.push_str(&a);
            }
            out.push_str(": ");
            expr(out, body, PR_TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => paren_if(out, level > PR_TEST, |out| {
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            join(out, elts, PR_TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => comp(out, "[", "]", elt, None, generators),
        ExprKind::SetComp { elt, generators } => comp(out, "{", "}", elt, None, generators),
        ExprKind::GeneratorExp { elt, generators } => comp(out, "(", ")", elt, None, generators),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comp(out, "{", "}", key, Some(value), generators),
        ExprKind::Await(v) => paren_if(out, level > PR_AWAIT, |out| {
            out.push_str("await ");
            expr(out, v, PR_ATOM);
        }),
        ExprKind::Yield(v) => paren_if(out, true, |out| {
            out.push_str("yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, PR_TEST);
            }
        }),
        ExprKind::YieldFrom(v) => paren_if(out, true, |out| {
            out.push_str("yield from ");
            expr(out, v, PR_TEST);
        }),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren_if(out, level > PR_CMP, |out| {
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, PR_CMP + 1);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => call(out, func, args, keywords),
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM);
            let int_const = matches!(value.kind, ExprKind::Constant(Constant::Int(_)));
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    join(out, elts, PR_TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, PR_TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            join(out, elts, PR_TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            paren_if(out, level > PR_TUPLE, |out| {
                join(out, elts, PR_TEST);
                if elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
    }
}

fn comp(
    out: &mut String,
    open: &str,
    close: &str,
    elt: &Expr,
    value: Option<&Expr>,
    gens: &[Comprehension],
) {
    out.push_str(open);
    expr(out, elt, PR_TEST);
    if let Some(v) = value {
        out.push_str(": ");
        expr(out, v, PR_TEST);
    }
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, PR_TEST + 1);
        }
    }
    out.push_str(close);
}

fn call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    expr(out, func, PR_ATOM);
    if let ([only], []) = (args, keywords) {
        if let ExprKind::GeneratorExp { elt, generators } = &only.kind {
            comp(out, "(", ")", elt, None, generators);
            return;
        }
    }
    out.push('(');
    join(out, args, PR_TEST);
    for (i, k) in keywords.iter().enumerate() {
        if i > 0 || !args.is_empty() {
            out.push_str(", ");
        }
        match &k.arg {
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
            None => out.push_str("**"),
        }
        expr(out, &k.value, PR_TEST);
    }
    out.push(')');
}

fn arg(out: &mut String, a: &Arg, default: Option<&Expr>) {
    out.push_str(&a.name);
    if let Some(d) = default {
        out.push('=');
        expr(out, d, PR_TEST);
    }
}

/// A lambda's parameter list (annotations cannot occur there).
fn arguments(out: &mut String, a: &Arguments) {
    let positional: Vec<&Arg> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len().saturating_sub(a.defaults.len());
    let mut parts = Vec::new();
    for (i, p) in positional.iter().enumerate() {
        let mut s = String::new();
        let d = i.checked_sub(first_default).and_then(|j| a.defaults.get(j));
        arg(&mut s, p, d);
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", v.name));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".to_string());
    }
    for (k, d) in a
        .kwonlyargs
        .iter()
        .zip(a.kw_defaults.iter().chain(std::iter::repeat(&None)))
    {
        let mut s = String::new();
        arg(&mut s, k, d.as_ref());
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.name));
    }
    out.push_str(&parts.join(", "));
}

/// The inside of an f-string: literal text with `{` `}` doubled, fields.
fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => parts.iter().for_each(|p| fstring_body(out, p)),
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, PR_TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = char::from_u32(*conversion as u32).filter(|_| *conversion > 0) {
                out.push('!');
                out.push(c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => {}
    }
}
