//! `time`: clocks and `sleep` (which detaches the thread, so the GIL build
//! lets others run).

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::exception::{value_error, PyResult};
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::vm::Vm;

fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn perf_counter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("perf_counter", 0, 0)?;
    Ok(Value::Float(epoch().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("perf_counter_ns", 0, 0)?;
    Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
}

fn time(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("time", 0, 0)?;
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("time_ns", 0, 0)?;
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("sleep", 1, 1)?;
    let secs = vm.to_f64(&p[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.allow_threads(|| std::thread::sleep(Duration::from_secs_f64(secs)));
    Ok(Value::None)
}

pub fn create() -> PyRef<PyModule> {
    epoch();
    let m = new_module("time");
    super::add_functions(
        &m,
        "time",
        &[
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("time", time),
            ("time_ns", time_ns),
            ("sleep", sleep),
        ],
    );
    m
}
