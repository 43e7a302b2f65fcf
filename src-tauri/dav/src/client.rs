//! The HTTP client under libdav: hyper with rustls (the system's roots plus an account's
//! CA file), HTTP Basic authentication, and a timeout on every request.
//!
//! The password is held only inside the `Authorization` header value of this client, in
//! memory, for the length of one command.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use http::{HeaderValue, Request, Response, Uri};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use libdav::dav::WebDavClient;
use libdav::CalDavClient;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

use crate::error::DavError;
use convene_core::i18n::Message;
use convene_core::publish::Account;

/// How long one request may take before the server counts as not answering.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

type Inner = Client<HttpsConnector<HttpConnector>, String>;

/// A transport failure or a timeout.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error(transparent)]
    Client(#[from] hyper_util::client::legacy::Error),
    #[error("timed out after {0:?}")]
    Timeout(Duration),
}

/// Adds the Authorization header and the timeout to every request.
#[derive(Clone)]
pub struct Authorized {
    inner: Inner,
    authorization: HeaderValue,
}

impl tower_service::Service<Request<String>> for Authorized {
    type Response = Response<Incoming>;
    type Error = TransportError;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Incoming>, TransportError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut req: Request<String>) -> Self::Future {
        req.headers_mut().insert(http::header::AUTHORIZATION, self.authorization.clone());
        req.headers_mut().insert(http::header::USER_AGENT, HeaderValue::from_static("Convene"));
        let future = self.inner.request(req);
        Box::pin(async move {
            match tokio::time::timeout(REQUEST_TIMEOUT, future).await {
                Ok(r) => r.map_err(TransportError::from),
                Err(_) => Err(TransportError::Timeout(REQUEST_TIMEOUT)),
            }
        })
    }
}

/// A connection to one account's server.
pub struct Dav {
    pub caldav: CalDavClient<Authorized>,
    /// The HTTP client, to point the CalDAV client at a discovered address.
    pub(crate) http: Authorized,
    /// The account's address, for messages.
    pub url: String,
    pub host: String,
}

fn tls_config(ca_file: Option<&str>) -> Result<rustls::ClientConfig, DavError> {
    let mut roots = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    for cert in native.certs {
        let _ = roots.add(cert);
    }
    if let Some(path) = ca_file {
        let bad = |detail: String| {
            let message = Message::new("dav-ca-file-unreadable").arg("path", path).arg("detail", detail);
            DavError::Core(convene_core::Error::invalid("ca_file", message))
        };
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .map_err(|e| bad(e.to_string()))?
            .collect::<Result<_, _>>()
            .map_err(|e| bad(e.to_string()))?;
        if certs.is_empty() {
            let message = Message::new("dav-ca-file-empty").arg("path", path);
            return Err(DavError::Core(convene_core::Error::invalid("ca_file", message)));
        }
        for cert in certs {
            roots.add(cert).map_err(|e| bad(e.to_string()))?;
        }
    }
    // ring rather than aws-lc-rs: no cmake or nasm on the build machines (docs/sync.md).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DavError::Other { url: String::new(), detail: e.to_string() })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

/// Parses an account's address.
pub fn parse_url(url: &str) -> Result<Uri, DavError> {
    url.parse::<Uri>().map_err(|e| {
        let message = Message::new("dav-not-a-web-address").arg("url", url).arg("detail", e.to_string());
        DavError::Core(convene_core::Error::invalid("url", message))
    })
}

/// A client for the account, authenticating with `password`. Makes no request.
pub fn connect(account: &Account, password: &str) -> Result<Dav, DavError> {
    let uri = parse_url(&account.url)?;
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls_config(account.ca_file.as_deref())?)
        .https_or_http()
        .enable_http1()
        .build();
    let inner: Inner = Client::builder(TokioExecutor::new()).build(connector);
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", account.user, password));
    let mut authorization = HeaderValue::from_str(&format!("Basic {token}"))
        .map_err(|_| DavError::Core(convene_core::Error::invalid("user", Message::new("dav-user-not-for-http"))))?;
    authorization.set_sensitive(true);
    let host = uri.host().unwrap_or_default().to_string();
    let http = Authorized { inner, authorization };
    let webdav = WebDavClient::new(uri, http.clone());
    Ok(Dav { caldav: CalDavClient::new(webdav), http, url: account.url.clone(), host })
}
