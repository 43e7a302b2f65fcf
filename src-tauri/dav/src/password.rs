//! Where an account's password comes from: `--password-stdin` (given by the caller), then
//! `CONVENE_DAV_PASSWORD`, then the operating system's keyring (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows). It is never written to the database,
//! an export, a log or a message.
//!
//! Call these outside an async runtime: the keyring's Secret Service client runs its own.

use convene_core::i18n::Message;

use crate::error::DavError;

/// The environment variable read when no keyring answers (a headless server, CI).
pub const PASSWORD_ENV: &str = "CONVENE_DAV_PASSWORD";

const SERVICE: &str = "convene";

fn entry(account: &str) -> Result<keyring::Entry, keyring::Error> {
    keyring::Entry::new(SERVICE, &format!("dav:{account}"))
}

/// Stores the password in the keyring. `Err` holds why no keyring took it (the caller says
/// so and tells the person to use `CONVENE_DAV_PASSWORD` or `--password-stdin`).
pub fn store_password(account: &str, password: &str) -> Result<(), String> {
    entry(account).and_then(|e| e.set_password(password)).map_err(|e| e.to_string())
}

/// Forgets the keyring's password of the account (nothing when there is none).
pub fn forget_password(account: &str) {
    if let Ok(e) = entry(account) {
        let _ = e.delete_credential();
    }
}

/// The password to use: `given` (read from standard input by the caller), else the
/// environment variable, else the keyring.
pub fn password_for(account: &str, given: Option<String>) -> Result<String, DavError> {
    if let Some(p) = given {
        return Ok(p);
    }
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        if !p.is_empty() {
            return Ok(p);
        }
    }
    entry(account)
        .and_then(|e| e.get_password())
        .map_err(|e| DavError::NoPassword { account: account.into(), detail: e.to_string() })
}

/// A password read from standard input: the first line, without its line end.
pub fn read_password_stdin() -> Result<String, DavError> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(convene_core::Error::Io)?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        let message = Message::new("dav-password-stdin-empty");
        return Err(DavError::Core(convene_core::Error::invalid("password", message)));
    }
    Ok(password)
}
