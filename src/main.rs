//! `hold-the-line`: the game window, or a trainer's command-line tool with a subcommand.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Cheap to take; only the game window's benchmark reads it.
    let started = std::time::Instant::now();
    match hold_the_line::cli::run(started) {
        Ok(code) => code,
        Err(err) => {
            // Validation and usage problems return their own codes; an error that gets here is a
            // runtime failure (a file or the progress store could not be read or written).
            eprintln!("{}", hold_the_line::cli::error_line(format!("{err:#}")));
            ExitCode::from(hold_the_line::cli::EXIT_RUNTIME)
        }
    }
}
