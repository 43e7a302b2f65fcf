//! `convene account add|list|test|remove`: CalDAV/WebDAV server accounts. The password goes
//! to the operating system's keyring, never to the database; where no keyring answers (a
//! headless server), every command that talks to the server takes `--password-stdin` or
//! `CONVENE_DAV_PASSWORD`.

use clap::{Args, Subcommand};
use convene_core::publish::{self, AccountInput};
use convene_core::{Error, Result};
use convene_dav::password::{self, PASSWORD_ENV};
use convene_dav::DavError;

use crate::output;
use crate::Ctx;

pub const PASSWORD_HELP: &str =
    "Where the password comes from: --password-stdin (the first line of standard input), else \
$CONVENE_DAV_PASSWORD, else the operating system's keyring (where `account add` stored it). A headless machine has no \
keyring: use --password-stdin or CONVENE_DAV_PASSWORD there.";

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Add a CalDAV/WebDAV server account (the password goes to the keyring)
    #[command(after_help = PASSWORD_HELP)]
    Add {
        /// A short name to refer to it (for example nextcloud)
        name: String,
        /// The server's address (for Nextcloud https://HOST/remote.php/dav; a bare https://HOST is discovered)
        #[arg(long)]
        url: String,
        /// The user name on the server
        #[arg(long)]
        user: String,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
        /// A PEM file of the certificate authority of a server with its own certificate
        #[arg(long, value_name = "PEM")]
        ca_file: Option<String>,
    },
    /// List the accounts (never their passwords)
    List,
    /// Connect, discover the calendars and say what was found or exactly what failed
    #[command(after_help = PASSWORD_HELP)]
    Test {
        name: String,
        #[command(flatten)]
        password: PasswordArgs,
    },
    /// Remove an account, its keyring password and what was remembered through it
    Remove { name: String },
}

#[derive(Debug, Args, Clone, Default)]
pub struct PasswordArgs {
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

impl PasswordArgs {
    /// The password to use for the account, read outside any async runtime.
    pub fn password(&self, account: &str) -> Result<String> {
        let given = if self.password_stdin { Some(password::read_password_stdin().map_err(dav_error)?) } else { None };
        password::password_for(account, given).map_err(dav_error)
    }
}

/// A server failure as the CLI reports it: the core's errors as they are, the others with
/// their message (DNS, refused, TLS, 401, not CalDAV, 412), exit code 1.
pub fn dav_error(e: DavError) -> Error {
    match e {
        DavError::Core(e) => e,
        other => Error::bad_input(other.to_string()),
    }
}

/// A runtime for one command's requests.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread().enable_all().build()?)
}

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> Result<()> {
    match cmd {
        AccountCommand::Add { name, url, user, password_stdin, ca_file } => {
            let secret = if password_stdin { Some(password::read_password_stdin().map_err(dav_error)?) } else { None };
            let account = publish::add_account(&mut ctx.db, AccountInput { name, url, user, ca_file })?;
            let stored = match &secret {
                Some(p) => match password::store_password(&account.name, p) {
                    Ok(()) => "the password is in the keyring".to_string(),
                    Err(why) => format!(
                        "no keyring answered ({why}), so the password was not stored: give it with --password-stdin or {PASSWORD_ENV} on each command"
                    ),
                },
                None => format!("no password given: give it with --password-stdin or {PASSWORD_ENV} on each command"),
            };
            if ctx.json {
                return output::json(&serde_json::json!({ "account": account, "password": stored }));
            }
            crate::accounts::say(&format!(
                "Added the account {} ({} as {}); {stored}.",
                account.name, account.url, account.user
            ))
        }
        AccountCommand::List => {
            let accounts = publish::list_accounts(&ctx.db)?;
            if ctx.json {
                return output::json(&accounts);
            }
            if accounts.is_empty() {
                return output::print(
                    "No accounts yet: convene account add NAME --url URL --user USER --password-stdin",
                );
            }
            let rows: Vec<Vec<String>> = accounts
                .iter()
                .map(|a| vec![a.name.clone(), a.url.clone(), a.user.clone(), a.ca_file.clone().unwrap_or_default()])
                .collect();
            crate::accounts::say(&output::table(&["name", "url", "user", "CA file"], &rows))
        }
        AccountCommand::Test { name, password } => {
            let account = publish::find_account(&ctx.db, &name)?;
            let secret = password.password(&account.name)?;
            let found = runtime()?.block_on(async {
                let mut dav = convene_dav::connect(&account, &secret)?;
                convene_dav::discover(&mut dav).await
            });
            let found = found.map_err(dav_error)?;
            if ctx.json {
                return output::json(&found);
            }
            let mut text = format!(
                "{} works.\nprincipal: {}\ncalendar home: {}\ncalendars: {}",
                account.name,
                found.principal,
                found.calendar_home,
                found.calendars.len()
            );
            for (href, name) in &found.calendars {
                text.push_str(&format!("\n  {} ({href})", name.as_deref().unwrap_or("(no name)")));
            }
            crate::accounts::say(&text)
        }
        AccountCommand::Remove { name } => {
            let account = publish::remove_account(&mut ctx.db, &name)?;
            password::forget_password(&account.name);
            if ctx.json {
                return output::json(&account);
            }
            crate::accounts::say(&format!("Removed the account {} and its keyring password.", account.name))
        }
    }
}

/// Prints `text` and a line end.
pub fn say(text: &str) -> Result<()> {
    output::print(&format!("{text}\n"))
}
