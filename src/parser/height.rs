//! Height of expression trees, used to stop left-associative chains
//! (`a+a+…`, `a.b.c…`) before they build trees too tall to compile or drop
//! with bounded stack.
//!
//! Invariant: `height(e, limit)` uses no recursion (an explicit stack) and
//! returns the exact height when it is at most `limit`, else `limit + 1`.

use crate::ast::{Arguments, Comprehension, Expr, ExprKind};

pub(crate) fn height(e: &Expr, limit: u32) -> u32 {
    // Most operands are small: measure them without allocating.
    if let Some(h) = small_height(e, 8) {
        return h.min(limit + 1);
    }
    let mut max = 1;
    let mut stack: Vec<(&Expr, u32)> = vec![(e, 1)];
    while let Some((node, h)) = stack.pop() {
        max = max.max(h);
        if max > limit {
            return limit + 1;
        }
        for_each_child(node, &mut |c| stack.push((c, h + 1)));
    }
    max
}

/// The height of `e` if at most `budget`, by bounded recursion.
fn small_height(e: &Expr, budget: u32) -> Option<u32> {
    if budget == 0 {
        return None;
    }
    let mut h = 0;
    let mut too_tall = false;
    for_each_child(e, &mut |c| {
        if !too_tall {
            match small_height(c, budget - 1) {
                Some(ch) => h = h.max(ch),
                None => too_tall = true,
            }
        }
    });
    (!too_tall).then_some(h + 1)
}

fn comprehensions<'e>(gens: &'e [Comprehension], f: &mut dyn FnMut(&'e Expr)) {
    for g in gens {
        f(&g.target);
        f(&g.iter);
        g.ifs.iter().for_each(&mut *f);
    }
}

fn arguments<'e>(a: &'e Arguments, f: &mut dyn FnMut(&'e Expr)) {
    let args = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg);
    for arg in args {
        if let Some(ann) = &arg.annotation {
            f(ann);
        }
    }
    a.defaults.iter().for_each(&mut *f);
    a.kw_defaults.iter().flatten().for_each(&mut *f);
}

/// Calls `f` on each direct sub-expression of `e`.
pub(crate) fn for_each_child<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
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
            arguments(args, f);
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
            comprehensions(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            comprehensions(generators, f);
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
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
}
