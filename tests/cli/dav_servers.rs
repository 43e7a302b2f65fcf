//! The CalDAV server the `convene publish` tests run against: Radicale from PyPI
//! (installed by `ensure_dav_servers` in scripts/setup.sh, which sets CONVENE_DAV_PYTHON),
//! started by each test on a free port with its own storage folder and one user,
//! `coordinator` with [`PASSWORD`]; over HTTPS with a certificate authority made up by
//! openssl when asked. Shared by tests/cli/dav_caldav.rs and tests/cli/dav_keyring.rs.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::text;

pub const PASSWORD: &str = "s3cret-Kezmarok-7431";

pub fn python() -> PathBuf {
    PathBuf::from(std::env::var("CONVENE_DAV_PYTHON").expect(
        "CONVENE_DAV_PYTHON is not set: run `source scripts/setup.sh && ensure_dav_servers` first (scripts/test-interop.sh does)",
    ))
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub struct Radicale {
    child: Option<Child>,
    pub port: u16,
    dir: tempfile::TempDir,
    /// (certificate, key) when it serves HTTPS.
    tls: Option<(PathBuf, PathBuf)>,
}

impl Radicale {
    pub fn start() -> Radicale {
        let dir = tempfile::tempdir().unwrap();
        let mut server = Radicale { child: None, port: free_port(), dir, tls: None };
        std::fs::write(server.dir.path().join("users"), format!("coordinator:{PASSWORD}\n")).unwrap();
        server.up();
        server
    }

    /// Radicale over HTTPS with a certificate of a certificate authority made up here
    /// (openssl); returns the server and the authority's PEM file.
    pub fn start_tls() -> (Radicale, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let openssl = |args: &[&str]| {
            let out = Command::new("openssl").args(args).current_dir(d).output().expect("openssl is installed");
            assert!(out.status.success(), "openssl {args:?}: {}", text(&out.stderr));
        };
        openssl(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Convene test CA",
        ]);
        openssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ]);
        std::fs::write(d.join("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n").unwrap();
        openssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "san.ext",
        ]);
        let tls = Some((d.join("server.pem"), d.join("server.key")));
        let ca = d.join("ca.pem");
        let mut server = Radicale { child: None, port: free_port(), dir, tls };
        std::fs::write(server.dir.path().join("users"), format!("coordinator:{PASSWORD}\n")).unwrap();
        server.up();
        (server, ca)
    }

    pub fn up(&mut self) {
        let config = self.dir.path().join("config");
        std::fs::write(
            &config,
            format!(
                "[server]\nhosts = 127.0.0.1:{}\n{}[auth]\ntype = htpasswd\nhtpasswd_filename = {}\nhtpasswd_encryption = plain\n\
                 [storage]\nfilesystem_folder = {}\n[rights]\ntype = owner_only\n[logging]\nlevel = warning\n",
                self.port,
                match &self.tls {
                    Some((cert, key)) => format!("ssl = True\ncertificate = {}\nkey = {}\n", cert.display(), key.display()),
                    None => String::new(),
                },
                self.dir.path().join("users").display(),
                self.dir.path().join("collections").display()
            ),
        )
        .unwrap();
        let child = Command::new(python())
            .args(["-m", "radicale", "--config"])
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(30), "radicale did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn down(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}/", self.port)
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.down();
    }
}
