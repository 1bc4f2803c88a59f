//! "Did you mean" for uncaught NameError and AttributeError (CPython 3.11's
//! `Python/suggestions.c`): the closest candidate by a Levenshtein
//! distance where a case change costs less than other edits. Candidates
//! are `dir(obj)` for an AttributeError; for a NameError the names of the
//! failing frame's locals, then its globals, then the builtins.

use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{ExcKind, PyErr};
use crate::objects::str::PyStr;
use crate::objects::traceback::PyTraceback;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes; `max_cost + 1`
/// when the distance exceeds `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[i];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best of `candidates` for `name` (CPython's `calculate_suggestions`).
fn best<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut found: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = found {
            max = max.min(d - 1);
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if found.map_or(true, |(_, fd)| d < fd) {
            found = Some((item, d));
        }
    }
    found.map(|(s, _)| s)
}

fn str_of(v: &Value) -> Option<String> {
    v.downcast::<PyStr>().map(|s| s.as_str().to_string())
}

fn dict_names(d: &crate::object::pyref::Py<PyDict>) -> Vec<String> {
    d.keys().iter().filter_map(str_of).collect()
}

/// The suggested name for uncaught `err`, if any.
pub fn suggestion(vm: &mut Vm, err: &PyErr) -> Option<String> {
    let exc = types().exceptions.get(ExcKind::AttributeError);
    if err.is_instance(exc) {
        let name = str_of(&err.member("name")?)?;
        let obj = err.member("obj")?;
        if obj.is_null() {
            return None;
        }
        let dir = crate::modules::builtins::dir_of(vm, &obj).ok()?;
        let names: Vec<String> = vm.to_vec(&dir).ok()?.iter().filter_map(str_of).collect();
        return best(&names, &name).map(str::to_string);
    }
    let exc = types().exceptions.get(ExcKind::NameError);
    if !err.is_instance(exc) {
        return None;
    }
    let name = str_of(&err.member("name")?)?;
    let mut tb = err.traceback();
    while let Some(next) = tb.downcast::<PyTraceback>().map(|t| t.next.clone()) {
        if next.downcast::<PyTraceback>().is_none() {
            break;
        }
        tb = next;
    }
    let t = tb.downcast::<PyTraceback>()?;
    let code = &t.code;
    let mut tiers: Vec<Vec<String>> = Vec::new();
    if code.flags & crate::bytecode::code::CO_NEWLOCALS_DICT == 0 {
        let locals = code
            .varnames
            .iter()
            .chain(code.cellvars.iter())
            .chain(code.freevars.iter());
        tiers.push(locals.map(|s| s.as_str().to_string()).collect());
    }
    tiers.push(dict_names(&t.globals));
    let builtins = match t.globals.get_str(&crate::vm::interp().names.builtins) {
        Some(b) if b.downcast::<PyDict>().is_some() => b,
        _ => crate::vm::interp().builtins.dict.to_value(),
    };
    if let Some(b) = builtins.downcast::<PyDict>() {
        tiers.push(dict_names(b));
    }
    tiers
        .iter()
        .find_map(|names| best(names, &name).map(str::to_string))
}
