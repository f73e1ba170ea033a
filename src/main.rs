//! `hold-the-line`: the game window, or a trainer's command-line tool with a subcommand.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Cheap to take; only the game window's benchmark reads it.
    let started = std::time::Instant::now();
    match hold_the_line::cli::run(started) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(hold_the_line::cli::EXIT_PROBLEMS)
        }
    }
}
