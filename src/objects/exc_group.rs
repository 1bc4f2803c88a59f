//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654), as CPython 3.11's
//! `Objects/exceptions.c`.
//!
//! A group is a `PyBaseException` of the `ExceptionGroup` family: its two
//! fields, `message` (a str) and `exceptions` (a non-empty tuple), are the
//! family's members, set once by `__new__` and read-only afterwards; `args`
//! keeps the constructor's arguments as given (so the repr shows the list).
//! `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`
//! (its MRO is patched in `exception::ExceptionTypes::create`).
//!
//! `split`/`subgroup` walk the nesting recursively and rebuild the partial
//! groups through `derive` (a method, so subclasses may override it),
//! copying the original's traceback, cause, context and a copy of its
//! notes, exactly as `exceptiongroup_subset` does. The interpreter's
//! `except*` support lives here too: `check_eg_match` (`CHECK_EG_MATCH`)
//! and `prep_reraise_star` (`PREP_RERAISE_STAR`, which merges what the
//! clauses raised and re-raised into the group to propagate).

use std::collections::HashSet;

use crate::object::pyref::Py;
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::exception::{
    new_exception, type_error, value_error, ExcKind, PyBaseException, PyResult,
};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::str::{intern, PyStr};
use crate::objects::tuple::{new_tuple, PyTuple};
use crate::vm::Vm;

fn kind(k: ExcKind) -> &'static Py<PyType> {
    types().exceptions.get(k)
}

/// Is `v` an exception group (an instance of `BaseExceptionGroup`)?
pub fn is_group(v: &Value) -> bool {
    v.payload_is::<PyBaseException>() && v.class().is_subtype(kind(ExcKind::BaseExceptionGroup))
}

/// The nested exceptions of group `e` (empty if `e` is no group).
pub fn group_exceptions(e: &Py<PyBaseException>) -> Vec<Value> {
    match e.member("exceptions") {
        Some(v) => v
            .downcast::<PyTuple>()
            .map_or_else(Vec::new, |t| t.items.to_vec()),
        None => Vec::new(),
    }
}

/// `PySequence_Check`: has `__getitem__` and is not a dict.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    let names = &crate::vm::state::interp().names;
    !v.class().is_subtype(&types().dict) && vm.lookup_special(v, &names.getitem).is_some()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if !pos[0].payload_is::<PyStr>() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            if pos[0].is_none() {
                "None"
            } else {
                pos[0].class().payload.name()
            }
        )));
    }
    if !is_sequence(vm, &pos[1]) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = vm.to_vec(&pos[1])?;
    if excs.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !e.payload_is::<PyBaseException>() {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !e.class().is_subtype(kind(ExcKind::Exception));
    }
    let cls = group_class(cls, nested_base)?;
    let e = new_exception(cls, pos.to_vec());
    e.set_member("message", pos[0].clone());
    e.set_member("exceptions", new_tuple(excs).into_value());
    Ok(e.into_value())
}

/// The class a group is created as: `BaseExceptionGroup` of Exceptions
/// only becomes an `ExceptionGroup`; an `Exception` subclass may not
/// nest BaseExceptions.
fn group_class(cls: &Py<PyType>, nested_base: bool) -> PyResult<&Py<PyType>> {
    let eg = kind(ExcKind::ExceptionGroup);
    if cls.is(eg) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if cls.is(kind(ExcKind::BaseExceptionGroup)) {
        if !nested_base {
            return Ok(eg);
        }
    } else if nested_base && cls.is_subtype(kind(ExcKind::Exception)) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.payload.name()
        )));
    }
    Ok(cls)
}

/// `__init__`: sets `args` only (message and exceptions were set by `__new__`).
fn eg_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let e = this.downcast::<PyBaseException>().ok_or_else(|| {
        type_error("descriptor '__init__' requires a 'BaseExceptionGroup' object")
    })?;
    args.no_kw(e.class().payload.name())?;
    e.set_args(new_tuple(args.pos()[1..].to_vec()));
    Ok(Value::None)
}

/// `str(group)`: `message (N sub-exception[s])`.
pub fn group_str(vm: &mut Vm, e: &Py<PyBaseException>) -> PyResult<String> {
    let msg = e.member("message").unwrap_or(Value::None);
    let msg = vm.str(&msg)?;
    let n = group_exceptions(e).len();
    let s = if n > 1 { "s" } else { "" };
    Ok(format!("{} ({n} sub-exception{s})", msg.as_str()))
}

fn group_of<'a>(v: &'a Value, what: &str) -> PyResult<&'a Py<PyBaseException>> {
    match v.downcast::<PyBaseException>() {
        Some(e) if is_group(v) => Ok(e),
        _ => Err(type_error(format!(
            "descriptor '{what}' requires a 'BaseExceptionGroup' object but received a '{}'",
            v.class().payload.name()
        ))),
    }
}

fn get_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(group_of(v, "message")?
        .member("message")
        .unwrap_or(Value::None))
}

fn get_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(group_of(v, "exceptions")?
        .member("exceptions")
        .unwrap_or(Value::None))
}

/// The setter of read-only members (CPython's `READONLY` `PyMemberDef`).
fn readonly(_vm: &mut Vm, _v: &Value, _x: Value) -> PyResult<()> {
    Err(crate::objects::exception::attribute_error(
        "readonly attribute",
    ))
}

fn eg_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let e = group_of(&args.pos()[0], "__str__")?;
    Ok(crate::objects::str::str_value(group_str(vm, e)?))
}

/// `derive(excs)`: a plain group with this one's message.
fn eg_derive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("BaseExceptionGroup.derive")?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "function takes exactly 1 argument ({} given)",
            p.len() - 1
        )));
    }
    let msg = group_of(&p[0], "derive")?
        .member("message")
        .unwrap_or(Value::None);
    let beg = kind(ExcKind::BaseExceptionGroup).to_value();
    vm.call(&beg, &[msg, p[1].clone()])
}

/// What `split`/`subgroup` select leaves by.
enum Matcher<'a> {
    /// An exception class or tuple of classes.
    Type(&'a Value),
    /// A Python function returning a truth value.
    Predicate(&'a Value),
    /// The identities of the leaves to keep (the interpreter's projection).
    Leaves(&'a HashSet<usize>),
}

fn matcher(v: &Value) -> PyResult<Matcher<'_>> {
    let base = kind(ExcKind::BaseException);
    let is_exc_class = |t: &Value| t.downcast::<PyType>().is_some_and(|t| t.is_subtype(base));
    if v.payload_is::<crate::objects::function::PyFunction>() {
        return Ok(Matcher::Predicate(v));
    }
    if is_exc_class(v) {
        return Ok(Matcher::Type(v));
    }
    if let Some(t) = v.downcast::<PyTuple>() {
        if v.class().is(&types().tuple) && t.items.iter().all(is_exc_class) {
            return Ok(Matcher::Type(v));
        }
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn leaf_id(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o.as_ptr() as usize)
}

impl Matcher<'_> {
    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, &[exc.clone()])?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(ids.contains(&leaf_id(exc))),
        }
    }
}

/// The (match, rest) parts of `exc`; `rest` only with `with_rest`.
type Parts = (Option<Value>, Option<Value>);

fn split_recursive(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Parts> {
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(e) = exc.downcast::<PyBaseException>().filter(|_| is_group(exc)) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    vm.check_native_stack()?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for sub in group_exceptions(e) {
        let (a, b) = split_recursive(vm, &sub, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A group like `orig` holding `excs` (None if empty): `orig.derive(excs)`
/// with `orig`'s traceback, cause, context and a copy of its notes.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = vm.call_method(orig, "derive", &[list_value(excs)])?;
    if !is_group(&eg) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Some(o), Some(e)) = (
        orig.downcast::<PyBaseException>(),
        eg.downcast::<PyBaseException>(),
    ) {
        let (tb, cause, ctx) =
            o.with_state(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone()));
        let old = e.with_state(|s| {
            s.suppress_context = true;
            (
                std::mem::replace(&mut s.traceback, tb),
                std::mem::replace(&mut s.cause, cause),
                std::mem::replace(&mut s.context, ctx),
            )
        });
        drop(old);
    }
    copy_notes(vm, orig, &eg)?;
    Ok(Some(eg))
}

fn copy_notes(vm: &mut Vm, orig: &Value, eg: &Value) -> PyResult<()> {
    let key = intern("__notes__");
    let notes = match vm.get_attr(orig, &key) {
        Ok(n) => n,
        Err(e) if e.is_instance(kind(ExcKind::AttributeError)) => return Ok(()),
        Err(e) => return Err(e),
    };
    if is_sequence(vm, &notes) {
        let copy = list_value(vm.to_vec(&notes)?);
        vm.set_attr(eg, &key, copy)?;
    }
    Ok(())
}

/// The receiver and the one matcher argument of `split`/`subgroup`.
fn matcher_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kw(&format!("BaseExceptionGroup.{name}"))?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            p.len() - 1
        )));
    }
    Ok(p)
}

fn eg_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = matcher_args(args, "split")?;
    group_of(&p[0], "split")?;
    let m = matcher(&p[1])?;
    let (a, b) = split_recursive(vm, &p[0], &m, true)?;
    let none = || Value::None;
    Ok(new_tuple(vec![a.unwrap_or_else(none), b.unwrap_or_else(none)]).into_value())
}

fn eg_subgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = matcher_args(args, "subgroup")?;
    group_of(&p[0], "subgroup")?;
    let m = matcher(&p[1])?;
    let (a, _) = split_recursive(vm, &p[0], &m, false)?;
    Ok(a.unwrap_or(Value::None))
}

/// `BaseExceptionGroup(msg, excs)`: an ExceptionGroup when all are Exceptions.
fn new_group(vm: &mut Vm, msg: &str, excs: Value) -> PyResult<Value> {
    let beg = kind(ExcKind::BaseExceptionGroup).to_value();
    vm.call(&beg, &[crate::objects::str::str_value(msg), excs])
}

// ===== except* =====

/// The TypeErrors of an `except*` clause's type (CPython's
/// `check_except_star_type_valid`).
fn check_star_type(ty: &Value) -> PyResult<()> {
    let base = kind(ExcKind::BaseException);
    let beg = kind(ExcKind::BaseExceptionGroup);
    let items: Vec<Value> = match ty.downcast::<PyTuple>() {
        Some(t) => t.items.to_vec(),
        None => vec![ty.clone()],
    };
    let classes: Option<Vec<&Py<PyType>>> = items.iter().map(|v| v.downcast::<PyType>()).collect();
    match classes {
        Some(cs) if cs.iter().all(|c| c.is_subtype(base)) => {
            if cs.iter().any(|c| c.is_subtype(beg)) {
                return Err(type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
            Ok(())
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// `CHECK_EG_MATCH`: split `exc` by an `except*` clause's type. Returns
/// (rest, match): `match` is None when nothing matched (and `rest` is
/// `exc` unchanged); a matching naked exception is wrapped in a group
/// with message "".
pub fn check_eg_match(vm: &mut Vm, exc: Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_star_type(ty)?;
    if exc.is_none() {
        return Ok((exc, Value::None));
    }
    if vm.exception_matches(&exc, ty)? {
        let matched = if is_group(&exc) {
            exc
        } else {
            new_group(vm, "", new_tuple(vec![exc]).into_value())?
        };
        return Ok((Value::None, matched));
    }
    if !is_group(&exc) {
        return Ok((exc, Value::None));
    }
    let pair = vm.call_method(&exc, "split", std::slice::from_ref(ty))?;
    match pair.downcast::<PyTuple>() {
        Some(t) if t.items.len() == 2 => {
            if t.items[0].is_none() {
                return Ok((exc, Value::None));
            }
            Ok((t.items[1].clone(), t.items[0].clone()))
        }
        _ => Err(type_error("split must return a 2-tuple")),
    }
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a.as_obj(), b.as_obj()) {
        (Some(x), Some(y)) => x.as_ptr() == y.as_ptr(),
        (None, None) => true,
        _ => false,
    }
}

/// Raised by the clause or re-raised from the original: the same
/// traceback, cause and context as `orig`.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<PyBaseException>(),
        orig.downcast::<PyBaseException>(),
    ) else {
        return false;
    };
    let ma = a.with_state(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone()));
    let mb = b.with_state(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone()));
    same_object(&ma.0, &mb.0) && same_object(&ma.1, &mb.1) && same_object(&ma.2, &mb.2)
}

fn collect_leaf_ids(vm: &mut Vm, exc: &Value, ids: &mut HashSet<usize>) -> PyResult<()> {
    match exc.downcast::<PyBaseException>() {
        Some(e) if is_group(exc) => {
            vm.check_native_stack()?;
            for sub in group_exceptions(e) {
                collect_leaf_ids(vm, &sub, ids)?;
            }
        }
        Some(_) => {
            ids.insert(leaf_id(exc));
        }
        None => {}
    }
    Ok(())
}

/// `PREP_RERAISE_STAR`: what leaves a `try`/`except*` given the original
/// exception and the list of what each clause raised or re-raised (and
/// the unmatched rest, last). Re-raised parts keep `orig`'s nesting; newly
/// raised ones become siblings in a new group with message "". None when
/// there is nothing to raise.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<Value> = excs.iter().filter(|e| !e.is_none()).cloned().collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception: only one clause ran.
        return Ok(excs[0].clone());
    }
    let (reraised, mut raised): (Vec<Value>, Vec<Value>) =
        excs.into_iter().partition(|e| same_metadata(e, orig));
    let mut ids = HashSet::new();
    for e in &reraised {
        collect_leaf_ids(vm, e, &mut ids)?;
    }
    let (projection, _) = split_recursive(vm, orig, &Matcher::Leaves(&ids), false)?;
    let result = if raised.is_empty() {
        projection.unwrap_or(Value::None)
    } else {
        raised.extend(projection);
        if raised.len() > 1 {
            new_group(vm, "", list_value(raised))?
        } else {
            raised.pop().unwrap_or(Value::None)
        }
    };
    // Re-raising does not chain: keep RERAISE from setting a context.
    if let Some(e) = result.downcast::<PyBaseException>() {
        e.with_state(|s| {
            if s.context.is_null() {
                s.context = Value::None;
            }
        });
    }
    Ok(result)
}

pub fn init(t: &crate::object::typeobj::BuiltinTypes) {
    use crate::objects::getset::add_members;
    let ex = &t.exceptions;
    let beg = ex.get(ExcKind::BaseExceptionGroup);
    crate::objects::instance::set_new(beg, eg_new);
    crate::objects::method::add_methods(
        beg,
        &[
            ("__init__", eg_init),
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
    );
    add_members(
        beg,
        "BaseExceptionGroup",
        &[
            ("message", get_message, Some(readonly)),
            ("exceptions", get_exceptions, Some(readonly)),
        ],
    );
}
