//! A compact, deterministic dump of the AST, identical to the one the
//! scratch crate's `tools/dump.py` prints from CPython's `ast` module, so
//! that structure and positions can be compared with CPython 3.11.
//!
//! Format: `Kind(field,field,…)@line:col-end_line:end_col`, lists in `[]`,
//! `_` for None, contexts `L`/`S`/`D`, strings quoted with non-printable
//! characters as `\u{hex}`, floats as their IEEE bits.

use crate::ast::*;
use crate::parser::ParseError;

pub(crate) fn s_esc(s: &str) -> String {
    let mut out = String::from("'");
    for ch in s.chars() {
        if (' '..='~').contains(&ch) && ch != '\\' && ch != '\'' {
            out.push(ch);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", ch as u32));
        }
    }
    out.push('\'');
    out
}

fn b_esc(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        if (32..127).contains(&c) && c != b'\\' && c != b'\'' {
            out.push(c as char);
        } else {
            out.push_str(&format!("\\x{c:02x}"));
        }
    }
    out.push('\'');
    out
}

fn pos(s: &Span) -> String {
    format!("@{}:{}-{}:{}", s.line, s.col, s.end_line, s.end_col)
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    format!("[{}]", items.iter().map(f).collect::<Vec<_>>().join(","))
}

fn opt<T>(x: &Option<T>, f: impl Fn(&T) -> String) -> String {
    x.as_ref().map_or("_".to_string(), f)
}

fn ctx(c: &ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "L",
        ExprContext::Store => "S",
        ExprContext::Del => "D",
    }
}

fn stmts(b: &[Stmt]) -> String {
    list(b, stmt)
}

pub(crate) fn module(m: &Module) -> String {
    stmts(&m.body)
}

pub(crate) fn error(e: &ParseError) -> String {
    format!(
        "ERR {:?} {} {} {} {} {}",
        e.kind,
        s_esc(&e.msg),
        e.line,
        e.col,
        e.end_line,
        // The fixtures write CPython's end offset -1 as 0.
        e.end_col.max(0)
    )
}

fn stmt(s: &Stmt) -> String {
    let body = match &s.kind {
        StmtKind::FunctionDef(f) => format!(
            "{}({},{},{},{},{})",
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            s_esc(&f.name),
            arguments(&f.args),
            stmts(&f.body),
            list(&f.decorators, expr),
            opt(&f.returns, expr)
        ),
        StmtKind::ClassDef(c) => format!(
            "ClassDef({},{},{},{},{})",
            s_esc(&c.name),
            list(&c.bases, expr),
            list(&c.keywords, keyword),
            stmts(&c.body),
            list(&c.decorators, expr)
        ),
        StmtKind::Return(v) => format!("Return({})", opt(v, expr)),
        StmtKind::Delete(t) => format!("Delete({})", list(t, expr)),
        StmtKind::Assign { targets, value } => {
            format!("Assign({},{})", list(targets, expr), expr(value))
        }
        StmtKind::AugAssign { target, op, value } => {
            format!("AugAssign({},{op:?},{})", expr(target), expr(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            format!(
                "AnnAssign({},{},{},{})",
                expr(target),
                expr(annotation),
                opt(value, expr),
                *simple as u8
            )
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "{}({},{},{},{})",
            if *is_async { "AsyncFor" } else { "For" },
            expr(target),
            expr(iter),
            stmts(body),
            stmts(orelse)
        ),
        StmtKind::While { test, body, orelse } => {
            format!("While({},{},{})", expr(test), stmts(body), stmts(orelse))
        }
        StmtKind::If { test, body, orelse } => {
            format!("If({},{},{})", expr(test), stmts(body), stmts(orelse))
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => format!(
            "{}({},{})",
            if *is_async { "AsyncWith" } else { "With" },
            list(items, |i| format!(
                "withitem({},{})",
                expr(&i.context_expr),
                opt(&i.optional_vars, expr)
            )),
            stmts(body)
        ),
        StmtKind::Raise { exc, cause } => format!("Raise({},{})", opt(exc, expr), opt(cause, expr)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => format!(
            "Try({},{},{},{})",
            stmts(body),
            list(handlers, handler),
            stmts(orelse),
            stmts(finalbody)
        ),
        StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => format!(
            "TryStar({},{},{},{})",
            stmts(body),
            list(handlers, handler),
            stmts(orelse),
            stmts(finalbody)
        ),
        StmtKind::Assert { test, msg } => format!("Assert({},{})", expr(test), opt(msg, expr)),
        StmtKind::Import(names) => format!("Import({})", list(names, alias)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            format!(
                "ImportFrom({},{},{level})",
                opt(module, |m| s_esc(m)),
                list(names, alias)
            )
        }
        StmtKind::Global(n) => format!("Global({})", list(n, |x| s_esc(x))),
        StmtKind::Nonlocal(n) => format!("Nonlocal({})", list(n, |x| s_esc(x))),
        StmtKind::Expr(e) => format!("Expr({})", expr(e)),
        StmtKind::Pass => "Pass()".into(),
        StmtKind::Break => "Break()".into(),
        StmtKind::Continue => "Continue()".into(),
        StmtKind::Match { subject, cases } => {
            format!("Match({},{})", expr(subject), list(cases, match_case))
        }
    };
    body + &pos(&s.span)
}

fn match_case(c: &MatchCase) -> String {
    format!(
        "match_case({},{},{})",
        pattern(&c.pattern),
        opt(&c.guard, expr),
        stmts(&c.body)
    )
}

fn pattern(p: &Pattern) -> String {
    let ids = |v: &[Ident]| list(v, |x| s_esc(x));
    let body = match &p.kind {
        PatternKind::MatchValue(e) => format!("MatchValue({})", expr(e)),
        PatternKind::MatchSingleton(c) => match c {
            Constant::None => "MatchSingleton(_)".into(),
            Constant::Bool(b) => format!("MatchSingleton({})", if *b { "True" } else { "False" }),
            other => format!("MatchSingleton({})", constant(other)),
        },
        PatternKind::MatchSequence(ps) => format!("MatchSequence({})", list(ps, pattern)),
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => format!(
            "MatchMapping({},{},{})",
            list(keys, expr),
            list(patterns, pattern),
            opt(rest, |r| s_esc(r))
        ),
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => format!(
            "MatchClass({},{},{},{})",
            expr(cls),
            list(patterns, pattern),
            ids(kwd_attrs),
            list(kwd_patterns, pattern)
        ),
        PatternKind::MatchStar(n) => format!("MatchStar({})", opt(n, |x| s_esc(x))),
        PatternKind::MatchAs { pattern: sub, name } => format!(
            "MatchAs({},{})",
            opt(sub, |b| pattern(b)),
            opt(name, |x| s_esc(x))
        ),
        PatternKind::MatchOr(ps) => format!("MatchOr({})", list(ps, pattern)),
    };
    body + &pos(&p.span)
}

fn handler(h: &ExceptHandler) -> String {
    let name = opt(&h.name, |n| s_esc(n));
    format!(
        "ExceptHandler({},{},{}){}",
        opt(&h.typ, expr),
        name,
        stmts(&h.body),
        pos(&h.span)
    )
}

fn alias(a: &Alias) -> String {
    format!(
        "alias({},{}){}",
        s_esc(&a.name),
        opt(&a.asname, |n| s_esc(n)),
        pos(&a.span)
    )
}

fn keyword(k: &Keyword) -> String {
    format!(
        "keyword({},{}){}",
        opt(&k.arg, |n| s_esc(n)),
        expr(&k.value),
        pos(&k.span)
    )
}

fn arg(a: &Arg) -> String {
    format!(
        "arg({},{}){}",
        s_esc(&a.name),
        opt(&a.annotation, expr),
        pos(&a.span)
    )
}

fn arguments(a: &Arguments) -> String {
    format!(
        "arguments({},{},{},{},{},{},{})",
        list(&a.posonlyargs, arg),
        list(&a.args, arg),
        opt(&a.vararg, arg),
        list(&a.kwonlyargs, arg),
        list(&a.kw_defaults, |d| opt(d, expr)),
        opt(&a.kwarg, arg),
        list(&a.defaults, expr)
    )
}

fn comprehension(c: &Comprehension) -> String {
    format!(
        "comprehension({},{},{},{})",
        expr(&c.target),
        expr(&c.iter),
        list(&c.ifs, expr),
        c.is_async as u8
    )
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(s) => s.to_string(),
        Constant::Float(f) => format!("F{:016x}", f.to_bits()),
        Constant::Complex(f) => format!("J{:016x}", f.to_bits()),
        Constant::Str(s) => s_esc(s),
        Constant::Bytes(b) => b_esc(b),
        Constant::Ellipsis => "...".into(),
    }
}

pub(crate) fn expr(e: &Expr) -> String {
    let body = match &e.kind {
        ExprKind::BoolOp { op, values } => format!("BoolOp({op:?},{})", list(values, expr)),
        ExprKind::NamedExpr { target, value } => {
            format!("NamedExpr({},{})", expr(target), expr(value))
        }
        ExprKind::BinOp { left, op, right } => {
            format!("BinOp({},{op:?},{})", expr(left), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("UnaryOp({op:?},{})", expr(operand)),
        ExprKind::Lambda { args, body } => format!("Lambda({},{})", arguments(args), expr(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("IfExp({},{},{})", expr(test), expr(body), expr(orelse))
        }
        ExprKind::Dict { keys, values } => format!(
            "Dict({},{})",
            list(keys, |k| opt(k, expr)),
            list(values, expr)
        ),
        ExprKind::Set(elts) => format!("Set({})", list(elts, expr)),
        ExprKind::ListComp { elt, generators } => format!(
            "ListComp({},{})",
            expr(elt),
            list(generators, comprehension)
        ),
        ExprKind::SetComp { elt, generators } => {
            format!("SetComp({},{})", expr(elt), list(generators, comprehension))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "DictComp({},{},{})",
                expr(key),
                expr(value),
                list(generators, comprehension)
            )
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!(
                "GeneratorExp({},{})",
                expr(elt),
                list(generators, comprehension)
            )
        }
        ExprKind::Await(v) => format!("Await({})", expr(v)),
        ExprKind::Yield(v) => format!("Yield({})", opt(v, |e| expr(e))),
        ExprKind::YieldFrom(v) => format!("YieldFrom({})", expr(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            format!(
                "Compare({},{},{})",
                expr(left),
                list(ops, |o| format!("{o:?}")),
                list(comparators, expr)
            )
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            format!(
                "Call({},{},{})",
                expr(func),
                list(args, expr),
                list(keywords, keyword)
            )
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            format!(
                "FormattedValue({},{conversion},{})",
                expr(value),
                opt(format_spec, |e| expr(e))
            )
        }
        ExprKind::JoinedStr(values) => format!("JoinedStr({})", list(values, expr)),
        ExprKind::Constant(c) => format!("Constant({})", constant(c)),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => format!("Attribute({},{},{})", expr(value), s_esc(attr), ctx(c)),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => format!("Subscript({},{},{})", expr(value), expr(slice), ctx(c)),
        ExprKind::Starred { value, ctx: c } => format!("Starred({},{})", expr(value), ctx(c)),
        ExprKind::Name { id, ctx: c } => format!("Name({},{})", s_esc(id), ctx(c)),
        ExprKind::List { elts, ctx: c } => format!("List({},{})", list(elts, expr), ctx(c)),
        ExprKind::Tuple { elts, ctx: c } => format!("Tuple({},{})", list(elts, expr), ctx(c)),
        ExprKind::Slice { lower, upper, step } => {
            format!(
                "Slice({},{},{})",
                opt(lower, |e| expr(e)),
                opt(upper, |e| expr(e)),
                opt(step, |e| expr(e))
            )
        }
    };
    body + &pos(&e.span)
}
