//! What failed when talking to a server, in words a coordinator can act on. Every message
//! says what went wrong and how to fix it; none ever holds a password (the client never
//! has one in a URL, and the Authorization header is not part of any error).

use std::error::Error as StdError;

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
    Status { url: String, what: String, status: u16, hint: String },
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

/// Classifies an HTTP status answered to `what`.
pub(crate) fn from_status(url: &str, what: &str, status: http::StatusCode) -> DavError {
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
    DavError::Status { url: url.into(), what: what.into(), status: status.as_u16(), hint: hint.into() }
}
