//! Reading the LRS secret: from `HOLD_THE_LINE_LRS_SECRET`, else a prompt that does not show
//! what is typed, else (piped) the first line of standard input. It is never printed.

use std::io::{BufRead, IsTerminal, Write};

use crate::tr;

pub fn read_secret(user: &str) -> Result<String, String> {
    if let Some(secret) = std::env::var_os("HOLD_THE_LINE_LRS_SECRET").filter(|s| !s.is_empty()) {
        return secret.into_string().map_err(|_| tr!("secret-not-utf8"));
    }
    let stdin = std::io::stdin();
    let mut line = String::new();
    if stdin.is_terminal() {
        eprint!("{} ", tr!("secret-prompt", user = user));
        let _ = std::io::stderr().flush();
        let _echo_off = EchoOff::new()?;
        stdin.lock().read_line(&mut line).map_err(|e| tr!("secret-cannot-read", problem = e.to_string()))?;
        eprintln!();
    } else {
        stdin.lock().read_line(&mut line).map_err(|e| tr!("secret-cannot-read", problem = e.to_string()))?;
    }
    let secret = line.trim_end_matches(['\r', '\n']).to_owned();
    if secret.is_empty() {
        return Err(tr!("secret-none-given"));
    }
    Ok(secret)
}

/// The terminal stops showing what is typed until this is dropped.
struct EchoOff {
    #[cfg(unix)]
    saved: libc::termios,
}

impl EchoOff {
    #[cfg(unix)]
    fn new() -> Result<EchoOff, String> {
        // SAFETY: termios is plain data; tcgetattr fills it for standard input, a terminal here.
        unsafe {
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut saved) != 0 {
                return Err(tr!("secret-cannot-hide"));
            }
            let mut quiet = saved;
            quiet.c_lflag &= !libc::ECHO;
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet);
            Ok(EchoOff { saved })
        }
    }

    #[cfg(not(unix))]
    fn new() -> Result<EchoOff, String> {
        Err(tr!("secret-cannot-hide-here"))
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        // SAFETY: restores the settings read in `new` on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved);
        }
    }
}
