//! The `ferropy` command line (CPython's habits): `ferropy script.py args`,
//! `ferropy -c code`, `-X gil=0|1`, `-V`.

use clap::{Arg, ArgAction, Command};

fn main() {
    let matches = Command::new("ferropy")
        .about("A free-threaded Python 3 interpreter")
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::SetTrue)
                .help("print the version and exit"),
        )
        .arg(
            Arg::new("command")
                .short('c')
                .value_name("cmd")
                .help("program passed in as string"),
        )
        .arg(
            Arg::new("xopt")
                .short('X')
                .value_name("opt")
                .action(ArgAction::Append)
                .help("implementation-specific option (gil=0|1)"),
        )
        .arg(
            Arg::new("args")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true),
        )
        .get_matches();
    if matches.get_flag("version") {
        println!("Python 3.11.7 (ferropy {})", env!("CARGO_PKG_VERSION"));
        return;
    }
    eprintln!("ferropy: the bytecode VM is not part of this build yet (see DESIGN.md, Status)");
    std::process::exit(2);
}
