//! Fuzz target `compile_run`: source -> parse -> compile -> run, with a
//! step budget (`ferropy::vm::budget`, feature `fuzzing`) so that every
//! loop and recursion ends. No input may panic, abort or overflow the
//! stack: failures must be Python exceptions.
//!
//! The program runs as the CLI runs it, on a thread with the interpreter's
//! stack size; that thread lives for the whole process (one `Vm`) and
//! takes inputs over a channel. Each input gets a fresh `__main__` dict.
//! Its uncaught exception is formatted (traceback code is fuzzed too) and
//! dropped; stdout goes to /dev/null.
//!
//! Sources naming `thread` or `sleep` are skipped: threads outlive the
//! input and sleeps only cost time (neither is a parser/VM robustness
//! question the budget can bound).

#![no_main]

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;

use ferropy::interpreter::{run_source_in, startup};
use ferropy::modules::thread::THREAD_STACK_SIZE;
use ferropy::objects::str::{intern, str_value};
use ferropy::vm::{interp, Vm};

/// Steps (loop back edges and function frames) each input may take.
const STEPS: u64 = 20_000;

struct Worker {
    inputs: Sender<String>,
    done: Receiver<()>,
}

fn worker() -> &'static Mutex<Worker> {
    static WORKER: OnceLock<Mutex<Worker>> = OnceLock::new();
    WORKER.get_or_init(|| {
        silence_stdout();
        let (inputs, rx) = channel::<String>();
        let (tx, done) = channel();
        std::thread::Builder::new()
            .stack_size(THREAD_STACK_SIZE)
            .spawn(move || {
                startup(&[]);
                let mut vm = Vm::new_thread(THREAD_STACK_SIZE);
                for source in rx {
                    run_one(&mut vm, &source);
                    let _ = tx.send(());
                }
            })
            .expect("spawn the interpreter thread");
        Mutex::new(Worker { inputs, done })
    })
}

/// Point fd 1 at /dev/null: `print` output is not interesting.
fn silence_stdout() {
    use std::os::fd::AsRawFd;
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        extern "C" {
            fn dup2(old: i32, new: i32) -> i32;
        }
        // SAFETY: both are open descriptors; dup2 only replaces fd 1.
        unsafe { dup2(null.as_raw_fd(), 1) };
    }
}

fn run_one(vm: &mut Vm, source: &str) {
    ferropy::vm::budget::set(STEPS);
    interp()
        .recursion_limit
        .store(1000, std::sync::atomic::Ordering::Relaxed);
    let main = ferropy::objects::module::new_module("__main__");
    main.dict
        .set_str(&interp().names.builtins, interp().builtins.to_value());
    main.dict.set_str(&intern("__file__"), str_value("<fuzz>"));
    let result = run_source_in(vm, source, "<fuzz>", &main.dict);
    // Formatting and finalizers run Python code (`__repr__`, `__del__`).
    ferropy::vm::budget::set(STEPS);
    if let Err(e) = result {
        let _ = vm.format_exception(&e);
    }
    main.dict.clear();
    vm.clear_read_cache();
    vm.run_finalizers();
    ferropy::modules::builtins::flush_stdout();
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if source.contains("thread") || source.contains("sleep") {
        return;
    }
    let w = worker().lock().unwrap();
    w.inputs.send(source.to_string()).unwrap();
    w.done.recv().unwrap();
});
