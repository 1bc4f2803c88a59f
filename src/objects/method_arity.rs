//! CPython's wording for a native method called with the wrong number of
//! arguments.
//!
//! Native methods receive `self` as their first positional argument and
//! check their arity with `Args::exact`/`check_count`, counting `self`.
//! CPython does not count it, and words the error after the method's
//! calling convention: "list.append() takes exactly one argument (0
//! given)" (METH_O), "list.copy() takes no arguments (1 given)"
//! (METH_NOARGS), "insert expected 2 arguments, got 1" and "pop expected
//! at most 1 argument, got 2" (`_PyArg_CheckPositional`), "expected 1
//! argument, got 0" (slot wrappers).
//!
//! `check_count` records the counts of the error it makes in a
//! thread-local note; the native call paths of `vm::call` pass a failed
//! method call's error through `rebase`, which rewrites it when it is the
//! noted arity error of that very method: the same exception (address and
//! message, so a reused address cannot pass for it), made under the
//! method's own name, counting every positional argument with `self`
//! (methods that check their arguments after `self` already word the
//! error as CPython does). The note costs nothing until a call fails, and
//! the success path of a call is unchanged.

use std::cell::Cell;

use crate::object::pyref::Py;
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyErr};
use crate::objects::method::PyMethodDescr;
use crate::objects::str::intern;

/// The last arity error `check_count` made on this thread.
#[derive(Clone, Copy)]
struct Note {
    /// Address of the exception object (compared, never dereferenced).
    err: usize,
    /// Hashes of the message and of the name the check was made for.
    msg: u64,
    fname: u64,
    min: usize,
    max: usize,
    given: usize,
}

thread_local! {
    static LAST: Cell<Option<Note>> = const { Cell::new(None) };
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The message of a TypeError made by `type_error`.
fn message(err: &PyErr) -> Option<crate::object::pyref::PyRef<crate::objects::str::PyStr>> {
    let args = err.args();
    args.items
        .first()?
        .downcast::<crate::objects::str::PyStr>()
        .map(|s| s.to_ref())
}

/// Record that `err` (message `msg`) is `fname`'s arity error for `given`
/// arguments where `min..=max` were expected.
pub fn note(err: &PyErr, msg: &str, fname: &str, (min, max, given): (usize, usize, usize)) {
    let n = Note {
        err: err.as_ptr() as usize,
        msg: hash(msg),
        fname: hash(fname),
        min,
        max,
        given,
    };
    LAST.with(|l| l.set(Some(n)));
}

/// `Note::given` of a "takes no keyword arguments" error.
const NO_KW: usize = usize::MAX;

/// Record that `err` (message `msg`) is `fname`'s refusal of keyword
/// arguments: a method's call rewords it with the owner's name
/// ("list.index() takes no keyword arguments"), as CPython's descriptors.
pub fn note_no_kw(err: &PyErr, msg: &str, fname: &str) {
    note(err, msg, fname, (0, 0, NO_KW));
}

/// The error of a failed call of native method `name` of builtin type
/// `owner` with `npos` positional arguments, `self` included: arity
/// errors are reworded without `self`.
#[cold]
pub fn rebase(err: PyErr, owner: &Py<PyType>, name: &str, npos: usize) -> PyErr {
    let Some(n) = LAST.with(|l| l.take()) else {
        return err;
    };
    let same = n.err == err.as_ptr() as usize
        && n.fname == hash(name)
        && message(&err).is_some_and(|m| hash(m.as_str()) == n.msg);
    if same && n.given == NO_KW {
        if crate::objects::wrapper_descr::is_slot_name(name) {
            return err;
        }
        let owner = owner.payload.name();
        return type_error(format!("{owner}.{name}() takes no keyword arguments"));
    }
    if !same || n.given != npos || n.min == 0 || n.given == 0 {
        return err;
    }
    let (min, max, given) = (n.min - 1, n.max - 1, n.given - 1);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if crate::objects::wrapper_descr::is_slot_name(name) {
        match () {
            _ if min == max => format!("expected {min} argument{}, got {given}", s(min)),
            _ if given < min => format!("expected at least {min} argument{}, got {given}", s(min)),
            _ => format!("expected at most {max} argument{}, got {given}", s(max)),
        }
    } else {
        let owner = owner.payload.name();
        match (min, max) {
            (0, 0) => format!("{owner}.{name}() takes no arguments ({given} given)"),
            (1, 1) => format!("{owner}.{name}() takes exactly one argument ({given} given)"),
            _ if min == max => format!("{name} expected {min} arguments, got {given}"),
            _ if given < min => format!(
                "{name} expected at least {min} argument{}, got {given}",
                s(min)
            ),
            _ => format!(
                "{name} expected at most {max} argument{}, got {given}",
                s(max)
            ),
        }
    };
    type_error(msg)
}

/// `rebase` for a bound native method (`[].append`): the owner is the
/// builtin type whose dict holds the descriptor it was bound from.
#[cold]
pub fn rebase_bound(err: PyErr, self_: &Value, name: &str, func: usize, npos: usize) -> PyErr {
    let found = self_.class().lookup(&intern(name));
    match found.as_ref().and_then(|d| d.downcast::<PyMethodDescr>()) {
        Some(d) if d.func as usize == func => rebase(err, d.owner, name, npos),
        _ => err,
    }
}

/// Whether the native method `name` takes no argument besides `self`:
/// CPython's METH_NOARGS methods and nullary slot wrappers, whatever the
/// type. `add_methods` records it in the descriptor, so a call with extra
/// arguments fails before the method runs (`{}.clear(1)` must not clear).
/// Names whose arity depends on the type (`pop`, `hex`) are not listed;
/// those methods check their arguments themselves.
pub fn takes_no_args(name: &str) -> bool {
    matches!(
        name,
        "__repr__"
            | "__str__"
            | "__hash__"
            | "__iter__"
            | "__next__"
            | "__len__"
            | "__bool__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__invert__"
            | "__int__"
            | "__float__"
            | "__index__"
            | "__ceil__"
            | "__floor__"
            | "__trunc__"
            | "__complex__"
            | "__bytes__"
            | "__sizeof__"
            | "__dir__"
            | "__reversed__"
            | "__length_hint__"
            | "__getnewargs__"
            | "keys"
            | "values"
            | "items"
            | "copy"
            | "clear"
            | "popitem"
            | "reverse"
            | "conjugate"
            | "bit_length"
            | "bit_count"
            | "as_integer_ratio"
            | "is_integer"
            | "upper"
            | "lower"
            | "casefold"
            | "swapcase"
            | "capitalize"
            | "title"
            | "isalnum"
            | "isalpha"
            | "isascii"
            | "isdecimal"
            | "isdigit"
            | "isidentifier"
            | "islower"
            | "isnumeric"
            | "isprintable"
            | "isspace"
            | "istitle"
            | "isupper"
            | "tolist"
            | "toreadonly"
    )
}

/// The error of a call of `owner.name` (a `takes_no_args` method) with
/// arguments besides `self`, in CPython's words: slot wrappers say
/// "expected 0 arguments, got 1", methods "dict.keys() takes no arguments
/// (1 given)"; keywords are refused first.
#[cold]
pub fn no_args_error(owner: &str, name: &str, args: &crate::objects::method::Args) -> PyErr {
    let slot = crate::objects::wrapper_descr::is_slot_name(name);
    let given = args.pos().len().saturating_sub(1);
    type_error(match (slot, args.has_kw()) {
        (true, true) => format!("wrapper {name}() takes no keyword arguments"),
        (true, false) => format!("expected 0 arguments, got {given}"),
        (false, true) => format!("{owner}.{name}() takes no keyword arguments"),
        (false, false) => format!("{owner}.{name}() takes no arguments ({given} given)"),
    })
}
