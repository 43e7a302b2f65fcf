//! What failed when talking to a server, in words a coordinator can act on. Every message
//! says what went wrong and how to fix it; none ever holds a password (the client never
//! has one in a URL, and the Authorization header is not part of any error).
//!
//! `Display` is English, for logs; [`DavError::message`] is the same text as a catalogue
//! message (`dav-error-*` of `locales/<code>/dav.ftl`) for the person's language. The
//! window words these failures its own way (without the command line's options).

use std::error::Error as StdError;

use convene_core::i18n::Message;

/// A failure of a CalDAV/WebDAV operation.
#[derive(Debug, thiserror::Error)]
pub enum DavError {
    #[error("{0}")]
    Core(#[from] convene_core::Error),
    #[error("the server's name {host} could not be found (DNS): check the account's address (convene account list) and your internet connection")]
    Dns { host: String },
    #[error("{url} refused the connection: the server is down or the address or port is wrong; nothing was changed here, try again when it is up")]
    Refused { url: String },
    #[error("{url} did not answer within {seconds} seconds: the server or the network is down; nothing was changed here, try again later")]
    Timeout { url: String, seconds: u64 },
    #[error("the TLS certificate of {url} is not trusted ({detail}): if the server uses its own certificate authority, add the account again with --ca-file PEM")]
    Tls { url: String, detail: String },
    #[error("{url} refused the user name or password (401): check the user name (convene account list) and give the right password (--password-stdin, CONVENE_DAV_PASSWORD or the keyring)")]
    Unauthorized { url: String },
    #[error("{url} is not a CalDAV server ({detail}): give the address of the calendar server (for Nextcloud, https://HOST/remote.php/dav)")]
    NotCalDav { url: String, detail: String },
    #[error("no password for the account \"{account}\": no keyring answered ({detail}); give it with --password-stdin or in CONVENE_DAV_PASSWORD")]
    NoPassword { account: String, detail: String },
    #[error("{url} answered {status} to {what}: {hint}")]
    Status { url: String, what: Message, status: u16, hint: String },
    #[error("talking to {url} failed: {detail}")]
    Other { url: String, detail: String },
}

impl DavError {
    pub fn code(&self) -> &'static str {
        match self {
            DavError::Core(e) => e.code(),
            DavError::Dns { .. } => "dns",
            DavError::Refused { .. } => "connection_refused",
            DavError::Timeout { .. } => "timeout",
            DavError::Tls { .. } => "tls_certificate",
            DavError::Unauthorized { .. } => "unauthorized",
            DavError::NotCalDav { .. } => "not_caldav",
            DavError::NoPassword { .. } => "no_password",
            DavError::Status { .. } => "http_status",
            DavError::Other { .. } => "server",
        }
    }
}

impl DavError {
    /// The failure as a catalogue message (`dav-error-*`), to render in the person's
    /// language; a core error keeps its own message.
    pub fn message(&self) -> Message {
        match self {
            DavError::Core(e) => match e {
                convene_core::Error::Invalid { reason, .. } => reason.clone(),
                convene_core::Error::NotFound(m)
                | convene_core::Error::BadInput(m)
                | convene_core::Error::Conflict(m) => m.clone(),
                other => Message::from(other.to_string()),
            },
            DavError::Dns { host } => Message::new("dav-error-dns").arg("host", host),
            DavError::Refused { url } => Message::new("dav-error-refused").arg("url", url),
            DavError::Timeout { url, seconds } => {
                Message::new("dav-error-timeout").arg("url", url).arg("seconds", *seconds)
            }
            DavError::Tls { url, detail } => Message::new("dav-error-tls").arg("url", url).arg("detail", detail),
            DavError::Unauthorized { url } => Message::new("dav-error-unauthorized").arg("url", url),
            DavError::NotCalDav { url, detail } => {
                Message::new("dav-error-not-caldav").arg("url", url).arg("detail", detail)
            }
            DavError::NoPassword { account, detail } => {
                Message::new("dav-error-no-password").arg("account", account).arg("detail", detail)
            }
            DavError::Status { url, what, status, .. } => Message::new(status_message_id(*status))
                .arg("url", url)
                .arg("status", u32::from(*status))
                .arg("what", what),
            DavError::Other { url, detail } => Message::new("dav-error-other").arg("url", url).arg("detail", detail),
        }
    }
}

/// The message of an HTTP error status (`dav-error-forbidden`, ...).
fn status_message_id(status: u16) -> &'static str {
    match status {
        403 => "dav-error-forbidden",
        404 => "dav-error-not-found",
        405 | 501 => "dav-error-not-supported",
        412 => "dav-error-changed",
        507 => "dav-error-full",
        s if s >= 500 => "dav-error-failed",
        _ => "dav-error-unexpected",
    }
}

/// Every message in an error's chain of causes.
fn chain(e: &(dyn StdError + 'static)) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push(s.to_string());
        cur = s.source();
    }
    out
}

fn io_kind(e: &(dyn StdError + 'static)) -> Option<std::io::ErrorKind> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(e);
    while let Some(s) = cur {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.kind() != std::io::ErrorKind::Other {
                return Some(io.kind());
            }
            if let Some(inner) = io.get_ref() {
                if inner.downcast_ref::<rustls::Error>().is_some() {
                    return None;
                }
            }
        }
        cur = s.source();
    }
    None
}

/// Classifies a transport error (DNS, refused, TLS, timeout) for `url`.
pub(crate) fn from_transport(url: &str, host: &str, e: &(dyn StdError + 'static)) -> DavError {
    let messages = chain(e);
    let all = messages.join(": ");
    if all.contains("timed out after") {
        return DavError::Timeout { url: url.into(), seconds: crate::client::REQUEST_TIMEOUT.as_secs() };
    }
    if all.contains("dns error")
        || all.contains("failed to lookup address")
        || all.contains("Name or service not known")
    {
        return DavError::Dns { host: host.into() };
    }
    if all.contains("certificate") || all.contains("UnknownIssuer") || all.contains("tls") {
        let detail = messages.last().cloned().unwrap_or_default();
        return DavError::Tls { url: url.into(), detail };
    }
    match io_kind(e) {
        Some(std::io::ErrorKind::ConnectionRefused) => DavError::Refused { url: url.into() },
        Some(std::io::ErrorKind::TimedOut) => {
            DavError::Timeout { url: url.into(), seconds: crate::client::REQUEST_TIMEOUT.as_secs() }
        }
        _ if all.contains("Connection refused") => DavError::Refused { url: url.into() },
        _ => DavError::Other { url: url.into(), detail: all },
    }
}

/// Classifies an HTTP status answered to `what` (a `dav-request-*` message).
pub(crate) fn from_status(url: &str, what: Message, status: http::StatusCode) -> DavError {
    let hint = match status.as_u16() {
        401 => return DavError::Unauthorized { url: url.into() },
        403 => "the account may not do this; check its rights on the server",
        404 => "the calendar or file is not there (any more); publish again to create it",
        405 | 501 => "the server does not offer this; it may not be a CalDAV/WebDAV server",
        412 => "someone changed it on the server in the meantime; nothing was overwritten",
        507 => "the server is out of space",
        s if s >= 500 => "the server failed; try again later",
        _ => "unexpected answer",
    };
    DavError::Status { url: url.into(), what, status: status.as_u16(), hint: hint.into() }
}
