//! The two instructions of `try`/`except*` (`compiler/try_star.rs`);
//! the splitting and merging rules are `objects::exc_group`'s.

use crate::object::value::Value;
use crate::objects::exc_group::{check_eg_match, prep_reraise_star};
use crate::objects::exception::PyResult;
use crate::objects::list::PyList;
use crate::vm::Vm;

impl Vm {
    /// `CHECK_EG_MATCH`: (rest, match) of `exc` for the clause's type; a
    /// match becomes the handled exception (`sys.exc_info()` in the clause).
    #[cold]
    pub(crate) fn except_star_match(&mut self, exc: Value, ty: &Value) -> PyResult<(Value, Value)> {
        let (rest, matched) = check_eg_match(self, exc, ty)?;
        if !matched.is_none() {
            let old = std::mem::replace(&mut self.exc_info, matched.clone());
            drop(old);
        }
        Ok((rest, matched))
    }

    /// `PREP_RERAISE_STAR`: the exception leaving the statement, or None.
    #[cold]
    pub(crate) fn except_star_reraise(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let items = excs
            .downcast::<PyList>()
            .map_or_else(Vec::new, |l| l.snapshot());
        prep_reraise_star(self, orig, &items)
    }
}
