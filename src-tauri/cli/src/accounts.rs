//! `convene account add|list|test|remove`: CalDAV/WebDAV server accounts. The password goes
//! to the operating system's keyring, never to the database; where no keyring answers (a
//! headless server), every command that talks to the server takes `--password-stdin` or
//! `CONVENE_DAV_PASSWORD`.

use clap::{Args, Subcommand};
use convene_core::i18n::{self, Message};
use convene_core::publish::{self, AccountInput};
use convene_core::{Error, Result};
use convene_dav::password::{self, PASSWORD_ENV};
use convene_dav::DavError;

use crate::language::{text, text_with};
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
/// their message in the person's language (DNS, refused, TLS, 401, not CalDAV, 412), exit
/// code 1.
pub fn dav_error(e: DavError) -> Error {
    match e {
        DavError::Core(e) => e,
        other => Error::bad_input(other.message()),
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
                    Ok(()) => Message::new("cli-account-password-stored"),
                    Err(why) => Message::new("cli-account-no-keyring")
                        .arg("reason", why.to_string())
                        .arg("variable", PASSWORD_ENV),
                },
                None => Message::new("cli-account-no-password").arg("variable", PASSWORD_ENV),
            };
            if ctx.json {
                // The JSON keeps its English words: scripts read it.
                return output::json(&serde_json::json!({ "account": account, "password": stored.to_string() }));
            }
            crate::accounts::say(&text_with(
                "cli-account-added",
                &[
                    ("name", (&account.name).into()),
                    ("url", (&account.url).into()),
                    ("user", (&account.user).into()),
                    ("password", stored.render(i18n::current()).into()),
                ],
            ))
        }
        AccountCommand::List => {
            let accounts = publish::list_accounts(&ctx.db)?;
            if ctx.json {
                return output::json(&accounts);
            }
            if accounts.is_empty() {
                return say(&text("cli-accounts-none"));
            }
            let rows: Vec<Vec<String>> = accounts
                .iter()
                .map(|a| vec![a.name.clone(), a.url.clone(), a.user.clone(), a.ca_file.clone().unwrap_or_default()])
                .collect();
            let headers = [
                "cli-account-column-name",
                "cli-account-column-url",
                "cli-account-column-user",
                "cli-account-column-ca-file",
            ]
            .map(text);
            crate::accounts::say(&output::table(&headers.each_ref().map(String::as_str), &rows))
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
            let mut out = text_with(
                "cli-account-works",
                &[
                    ("name", (&account.name).into()),
                    ("principal", (&found.principal).into()),
                    ("home", (&found.calendar_home).into()),
                    ("count", found.calendars.len().into()),
                ],
            );
            let no_name = text("cli-account-calendar-no-name");
            for (href, name) in &found.calendars {
                out.push_str(&format!("\n  {} ({href})", name.as_deref().unwrap_or(&no_name)));
            }
            crate::accounts::say(&out)
        }
        AccountCommand::Remove { name } => {
            let account = publish::remove_account(&mut ctx.db, &name)?;
            password::forget_password(&account.name);
            if ctx.json {
                return output::json(&account);
            }
            crate::accounts::say(&text_with("cli-account-removed", &[("name", (&account.name).into())]))
        }
    }
}

/// Prints `text` and a line end.
pub fn say(text: &str) -> Result<()> {
    output::print(&format!("{text}\n"))
}
