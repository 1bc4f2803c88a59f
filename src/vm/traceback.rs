//! Printing exceptions as CPython's default `sys.excepthook` does:
//! `Traceback (most recent call last):`, one `File "path", line N, in name`
//! entry per frame (outermost first) followed by the stripped source line
//! when the file can be read, then `Type: message`; chained exceptions
//! first, joined by CPython's "direct cause" / "during handling" lines; a
//! SyntaxError ends with its file/line, source text and caret block; notes
//! (`add_note`) follow the summary line.
//! Not printed: 3.11's `^^^^` column carets (the line table has no columns).
//! Called by the interpreter's uncaught-exception report and `_thread`.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::exception::{ExcKind, PyBaseException, PyErr};
use crate::objects::str::{intern, PyStr};
use crate::vm::state::Vm;

impl Vm {
    /// The text of an uncaught exception report (CPython's format).
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(err.as_ptr() as usize);
        let (cause, context, suppress) =
            err.with_state(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
        let fresh = |v: &Value, seen: &Vec<usize>| match v {
            Value::Obj(o) if o.payload_is::<PyBaseException>() => {
                !seen.contains(&(o.as_ptr() as usize))
            }
            _ => false,
        };
        if fresh(&cause, seen) {
            let c = self.as_exception(cause);
            self.format_chain(&c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !suppress && fresh(&context, seen) {
            let c = self.as_exception(context);
            self.format_chain(&c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        self.format_one(err, out);
    }

    /// One exception's traceback, summary and notes (no chain).
    pub fn format_one(&mut self, err: &PyErr, out: &mut String) {
        let tb = crate::objects::traceback::traceback_lines(&err.traceback());
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for e in tb.iter() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.filename.as_str(),
                    e.lineno,
                    e.name.as_str()
                ));
                if let Some(line) = source_line(e.filename.as_str(), e.lineno) {
                    out.push_str(&format!("    {}\n", line.trim()));
                }
            }
        }
        match syntax_error_block(err) {
            Some(block) => out.push_str(&block),
            None => {
                out.push_str(&self.exception_summary(err));
                out.push('\n');
            }
        }
        self.format_notes(err, out);
    }

    /// The lines `add_note` added, after the summary line.
    fn format_notes(&mut self, err: &PyErr, out: &mut String) {
        let Some(notes) = err.dict.get_str(&intern("__notes__")) else {
            return;
        };
        let items = match notes.downcast::<crate::objects::list::PyList>() {
            Some(l) => l.snapshot(),
            None => {
                let s = self
                    .repr(&notes)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                out.push_str(&s);
                out.push('\n');
                return;
            }
        };
        for n in items {
            let s = match n.downcast::<PyStr>() {
                Some(s) => s.as_str().to_string(),
                None => self
                    .str(&n)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            out.push_str(&s);
            out.push('\n');
        }
    }

    /// `TypeName: message`, as the last line of a traceback.
    pub fn exception_summary(&mut self, err: &PyErr) -> String {
        let ty = err.class();
        let module = self.type_module_name(ty);
        let name = if module == "builtins" || module == "__main__" {
            ty.payload.qualname.to_string()
        } else {
            format!("{module}.{}", ty.payload.qualname)
        };
        let v = err.to_value();
        let msg = match self.str(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// Line `lineno` of file `filename`, if it can be read (cached per file).
fn source_line(filename: &str, lineno: u32) -> Option<String> {
    static CACHE: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);
    if filename.starts_with('<') {
        return None;
    }
    let mut cache = CACHE.lock().ok()?;
    let map = cache.get_or_insert_with(HashMap::new);
    if !map.contains_key(filename) {
        let text = std::fs::read_to_string(filename).unwrap_or_default();
        map.insert(
            filename.to_string(),
            text.lines().map(str::to_string).collect(),
        );
    }
    let line = map.get(filename)?.get(lineno.checked_sub(1)? as usize)?;
    let t = line.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A SyntaxError raised while compiling: file/line, source line, caret.
fn syntax_error_block(e: &PyErr) -> Option<String> {
    if !e.is_instance(types().exceptions.get(ExcKind::SyntaxError)) {
        return None;
    }
    let get = |k: &str| e.dict.get_str(&intern(k));
    let s =
        |v: Option<Value>| v.and_then(|v| v.downcast::<PyStr>().map(|s| s.as_str().to_string()));
    let filename = s(get("filename"))?;
    let line = match get("lineno") {
        Some(Value::Int(n)) => n,
        _ => return None,
    };
    let col = match get("offset") {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    let mut out = format!("  File \"{filename}\", line {line}\n");
    if let Some(text) = s(get("text")) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
        out.push_str(&format!("    {}^\n", " ".repeat(caret)));
    }
    let msg = s(get("msg")).unwrap_or_default();
    out.push_str(&format!("{}: {}\n", e.class().payload.name(), msg));
    Some(out)
}
