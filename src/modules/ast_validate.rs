//! The checks `compile()` makes of a tree built by hand before compiling
//! it (CPython 3.11's Python/ast.c `_PyAST_Validate`, same messages):
//! expression contexts, non-empty bodies and name lists, `try` shapes,
//! pattern forms, identifiers that are constants. Parsed trees always
//! pass; `ast_import.rs` runs this on every tree it reads.
//!
//! Not checked (the compiler reports or tolerates them): positions.

use crate::ast::*;
use crate::objects::exception::{type_error, value_error, PyResult};

/// Check a module (or interactive) body.
pub fn module(body: &[Stmt]) -> PyResult<()> {
    stmts(body)
}

/// Check an `eval` expression.
pub fn expression(e: &Expr) -> PyResult<()> {
    expr(e, ExprContext::Load)
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn nonempty<T>(v: &[T], what: &str, owner: &str) -> PyResult<()> {
    if v.is_empty() {
        return Err(value_error(format!("empty {what} on {owner}")));
    }
    Ok(())
}

fn body(b: &[Stmt], owner: &str) -> PyResult<()> {
    nonempty(b, "body", owner)?;
    stmts(b)
}

fn stmts(b: &[Stmt]) -> PyResult<()> {
    b.iter().try_for_each(stmt)
}

fn loads(v: &[Expr]) -> PyResult<()> {
    v.iter().try_for_each(|e| expr(e, ExprContext::Load))
}

fn opt_load(e: Option<&Expr>) -> PyResult<()> {
    e.map_or(Ok(()), |e| expr(e, ExprContext::Load))
}

fn name(id: &str) -> PyResult<()> {
    if matches!(id, "None" | "True" | "False") {
        return Err(value_error(format!(
            "identifier field can't represent '{id}' constant"
        )));
    }
    Ok(())
}

fn stmt(s: &Stmt) -> PyResult<()> {
    let load = ExprContext::Load;
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            let owner = if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            };
            body(&f.body, owner)?;
            arguments(&f.args)?;
            loads(&f.decorators)?;
            opt_load(f.returns.as_ref())
        }
        StmtKind::ClassDef(c) => {
            body(&c.body, "ClassDef")?;
            loads(&c.bases)?;
            c.keywords.iter().try_for_each(|k| expr(&k.value, load))?;
            loads(&c.decorators)
        }
        StmtKind::Return(v) => opt_load(v.as_ref()),
        StmtKind::Delete(t) => {
            nonempty(t, "targets", "Delete")?;
            t.iter().try_for_each(|e| expr(e, ExprContext::Del))
        }
        StmtKind::Assign { targets, value } => {
            nonempty(targets, "targets", "Assign")?;
            targets
                .iter()
                .try_for_each(|e| expr(e, ExprContext::Store))?;
            expr(value, load)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, ExprContext::Store)?;
            expr(value, load)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if *simple && !matches!(target.kind, ExprKind::Name { .. }) {
                return Err(type_error("AnnAssign with simple non-Name target"));
            }
            expr(target, ExprContext::Store)?;
            opt_load(value.as_ref())?;
            expr(annotation, load)
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => {
            expr(target, ExprContext::Store)?;
            expr(iter, load)?;
            body(b, if *is_async { "AsyncFor" } else { "For" })?;
            stmts(orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, load)?;
            body(b, "While")?;
            stmts(orelse)
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            expr(test, load)?;
            body(b, "If")?;
            stmts(orelse)
        }
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            let owner = if *is_async { "AsyncWith" } else { "With" };
            nonempty(items, "items", owner)?;
            for item in items {
                expr(&item.context_expr, load)?;
                if let Some(v) = &item.optional_vars {
                    expr(v, ExprContext::Store)?;
                }
            }
            body(b, owner)
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, load)?;
            nonempty(cases, "cases", "Match")?;
            for c in cases {
                pattern(&c.pattern, false)?;
                opt_load(c.guard.as_ref())?;
                body(&c.body, "match_case")?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => match (exc, cause) {
            (None, Some(_)) => Err(value_error("Raise with cause but no exception")),
            _ => {
                opt_load(exc.as_ref())?;
                opt_load(cause.as_ref())
            }
        },
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => try_stmt("Try", b, handlers, orelse, finalbody),
        StmtKind::TryStar {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => try_stmt("TryStar", b, handlers, orelse, finalbody),
        StmtKind::Assert { test, msg } => {
            expr(test, load)?;
            opt_load(msg.as_ref())
        }
        StmtKind::Import(names) => nonempty(names, "names", "Import"),
        StmtKind::ImportFrom { names, .. } => nonempty(names, "names", "ImportFrom"),
        StmtKind::Global(names) => nonempty(names, "names", "Global"),
        StmtKind::Nonlocal(names) => nonempty(names, "names", "Nonlocal"),
        StmtKind::Expr(e) => expr(e, load),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
    }
}

fn try_stmt(
    owner: &str,
    b: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> PyResult<()> {
    body(b, owner)?;
    if handlers.is_empty() && finalbody.is_empty() {
        return Err(value_error(format!(
            "{owner} has neither except handlers nor finalbody"
        )));
    }
    if handlers.is_empty() && !orelse.is_empty() {
        return Err(value_error(format!(
            "{owner} has orelse but no except handlers"
        )));
    }
    for h in handlers {
        opt_load(h.typ.as_ref())?;
        body(&h.body, "ExceptHandler")?;
    }
    stmts(finalbody)?;
    stmts(orelse)
}

fn arguments(a: &Arguments) -> PyResult<()> {
    let all = a.posonlyargs.iter().chain(&a.args).chain(&a.vararg);
    let all = all.chain(&a.kwonlyargs).chain(&a.kwarg);
    for arg in all {
        opt_load(arg.annotation.as_ref())?;
    }
    loads(&a.defaults)?;
    a.kw_defaults.iter().try_for_each(|d| opt_load(d.as_ref()))
}

fn comprehensions(gens: &[Comprehension]) -> PyResult<()> {
    if gens.is_empty() {
        return Err(value_error("comprehension with no generators"));
    }
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        expr(&g.iter, ExprContext::Load)?;
        loads(&g.ifs)?;
    }
    Ok(())
}

/// The context an expression kind carries, if it carries one.
fn own_ctx(e: &Expr) -> Option<ExprContext> {
    match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    }
}

fn expr(e: &Expr, ctx: ExprContext) -> PyResult<()> {
    match own_ctx(e) {
        Some(actual) if actual != ctx => {
            return Err(value_error(format!(
                "expression must have {} context but has {} instead",
                ctx_name(ctx),
                ctx_name(actual)
            )))
        }
        None if ctx != ExprContext::Load => {
            return Err(value_error(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            )))
        }
        _ => {}
    }
    let load = ExprContext::Load;
    let b = |e: &Expr| expr(e, load);
    let ob = |e: &Option<Box<Expr>>| opt_load(e.as_deref());
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            if values.len() < 2 {
                return Err(value_error("BoolOp with less than 2 values"));
            }
            loads(values)
        }
        ExprKind::NamedExpr { target, value } => {
            if !matches!(target.kind, ExprKind::Name { .. }) {
                return Err(type_error("NamedExpr target must be a Name"));
            }
            b(value)
        }
        ExprKind::BinOp { left, right, .. } => b(left).and_then(|()| b(right)),
        ExprKind::UnaryOp { operand, .. } => b(operand),
        ExprKind::Lambda { args, body } => arguments(args).and_then(|()| b(body)),
        ExprKind::IfExp { test, body, orelse } => {
            b(test)?;
            b(body)?;
            b(orelse)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().try_for_each(|k| opt_load(k.as_ref()))?;
            loads(values)
        }
        ExprKind::Set(elts) => loads(elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators)?;
            b(elt)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comprehensions(generators)?;
            b(key)?;
            b(value)
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => b(v),
        ExprKind::Yield(v) => ob(v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            b(left)?;
            loads(comparators)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            b(func)?;
            loads(args)?;
            keywords.iter().try_for_each(|k| b(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            b(value)?;
            ob(format_spec)
        }
        ExprKind::JoinedStr(values) => loads(values),
        ExprKind::Constant(_) => Ok(()),
        ExprKind::Attribute { value, .. } => b(value),
        ExprKind::Subscript { value, slice, .. } => {
            b(value)?;
            b(slice)
        }
        ExprKind::Starred { value, .. } => expr(value, ctx),
        ExprKind::Name { id, .. } => name(id),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().try_for_each(|x| expr(x, ctx))
        }
        ExprKind::Slice { lower, upper, step } => {
            ob(lower)?;
            ob(upper)?;
            ob(step)
        }
    }
}

fn number(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::Complex(_))
    )
}

/// `-3`, `-1.5j`: a value pattern the compiler folds to a constant.
fn signed_number(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => number(operand),
        _ => false,
    }
}

/// `1 + 2j`, `-1 - 2j` (CPython leaves these to the compiler, which
/// reports the others as this ValueError).
fn complex_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Add | BinOp::Sub,
            right,
        } => (number(left) || signed_number(left)) && number(right),
        _ => false,
    }
}

fn capture(n: &str) -> PyResult<()> {
    if n == "_" {
        return Err(value_error("can't capture name '_' in patterns"));
    }
    name(n)
}

fn pattern(p: &Pattern, star_ok: bool) -> PyResult<()> {
    match &p.kind {
        PatternKind::MatchValue(e) => {
            expr(e, ExprContext::Load)?;
            match &e.kind {
                ExprKind::Constant(Constant::None | Constant::Bool(_)) => Err(value_error(
                    "unexpected constant inside of a literal pattern",
                )),
                ExprKind::Constant(_) | ExprKind::Attribute { .. } | ExprKind::JoinedStr(_) => {
                    Ok(())
                }
                _ if signed_number(e) || complex_literal(e) => Ok(()),
                _ => Err(value_error(
                    "patterns may only match literals and attribute lookups",
                )),
            }
        }
        PatternKind::MatchSingleton(c) => match c {
            Constant::None | Constant::Bool(_) => Ok(()),
            _ => Err(value_error(
                "MatchSingleton can only contain True, False and None",
            )),
        },
        PatternKind::MatchSequence(ps) => ps.iter().try_for_each(|p| pattern(p, true)),
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            if let Some(r) = rest {
                capture(r)?;
            }
            loads(keys)?;
            patterns.iter().try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut c = cls;
            while let ExprKind::Attribute { value, .. } = &c.kind {
                c = value;
            }
            if !matches!(c.kind, ExprKind::Name { .. }) {
                return Err(value_error(
                    "MatchClass cls field can only contain Name or Attribute nodes.",
                ));
            }
            expr(cls, ExprContext::Load)?;
            kwd_attrs.iter().try_for_each(|a| name(a))?;
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchStar(n) => {
            if !star_ok {
                return Err(value_error("can't use MatchStar here"));
            }
            n.as_deref().map_or(Ok(()), capture)
        }
        PatternKind::MatchAs { pattern: sub, name } => {
            if let Some(n) = name {
                capture(n)?;
            }
            match (sub, name) {
                (Some(_), None) => Err(value_error(
                    "MatchAs must specify a target name if a pattern is given",
                )),
                (Some(sub), _) => pattern(sub, false),
                _ => Ok(()),
            }
        }
        PatternKind::MatchOr(ps) => {
            if ps.len() < 2 {
                return Err(value_error("MatchOr requires at least 2 patterns"));
            }
            ps.iter().try_for_each(|p| pattern(p, false))
        }
    }
}
