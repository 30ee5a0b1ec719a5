//! A small HTTP client for the admin commands (`token`, `policy`, `decide`): finds the running
//! server and the admin token (flags, then `TEMPER_URL`/`TEMPER_TOKEN`, then the files
//! `temper-host up` writes into its data directory) and sends JSON requests.

use anyhow::{Context, Result, anyhow, bail};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use serde_json::Value as Json;
use std::path::{Path, PathBuf};

/// Where `up` records its address and the admin token (mode 0600).
pub const URL_FILE: &str = "server.url";
pub const TOKEN_FILE: &str = "admin.token";

/// How to reach the server, as the command line gave it.
#[derive(Debug, Clone, clap::Args)]
pub struct Connect {
    /// The server's base URL, e.g. `http://127.0.0.1:4000` (default: `$TEMPER_URL`, then the
    /// `server.url` that `temper-host up` wrote into `--data-dir`).
    #[arg(long, global = true)]
    pub url: Option<String>,
    /// The bearer token (default: `$TEMPER_TOKEN`, then `admin.token` in `--data-dir`).
    #[arg(long, global = true)]
    pub token: Option<String>,
    /// The data directory of the running server.
    #[arg(long, global = true, default_value = ".temper")]
    pub data_dir: PathBuf,
}

pub struct Client {
    host: String,
    port: u16,
    token: String,
    rt: tokio::runtime::Runtime,
}

fn read_trimmed(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl Client {
    pub fn new(c: &Connect) -> Result<Self> {
        let url = c
            .url
            .clone()
            .or_else(|| std::env::var("TEMPER_URL").ok())
            .or_else(|| read_trimmed(&c.data_dir.join(URL_FILE)))
            .ok_or_else(|| {
                anyhow!(
                    "no server address: pass `--url http://127.0.0.1:4000`, set TEMPER_URL, or run `temper-host up` with `--data-dir {}`",
                    c.data_dir.display()
                )
            })?;
        let token = c
            .token
            .clone()
            .or_else(|| std::env::var("TEMPER_TOKEN").ok())
            .or_else(|| read_trimmed(&c.data_dir.join(TOKEN_FILE)))
            .ok_or_else(|| {
                anyhow!("no token: pass `--token`, set TEMPER_TOKEN, or use the data dir of `temper-host up`")
            })?;
        let rest = url.strip_prefix("http://").ok_or_else(|| anyhow!("`{url}`: only http:// URLs are supported"))?;
        let authority = rest.split('/').next().unwrap_or(rest);
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().with_context(|| format!("the port in `{url}`"))?),
            None => (authority.to_string(), 80),
        };
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        Ok(Self { host, port, token, rt })
    }

    fn authority(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    fn bearer(&self) -> String {
        format!("Bearer {}", self.token)
    }

    async fn connect(&self) -> Result<hyper::client::conn::http1::SendRequest<Full<Bytes>>> {
        let stream = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
            .await
            .with_context(|| format!("connecting to {}:{} (is `temper-host up` running?)", self.host, self.port))?;
        let (sender, conn) =
            hyper::client::conn::http1::handshake(wasmtime_wasi_http::io::TokioIo::new(stream)).await?;
        tokio::spawn(conn);
        Ok(sender)
    }

    /// Sends one request; returns the status and the JSON body (`null` if there is none).
    pub fn send(&self, method: &str, path: &str, body: Option<&Json>) -> Result<(u16, Json)> {
        self.rt.block_on(async {
            let mut sender = self.connect().await?;
            let bytes = body.map(|b| b.to_string()).unwrap_or_default();
            let req = hyper::Request::builder()
                .method(method)
                .uri(path)
                .header("host", self.authority())
                .header("authorization", self.bearer())
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(bytes)))?;
            let resp = sender.send_request(req).await?;
            let status = resp.status().as_u16();
            let bytes = resp.into_body().collect().await?.to_bytes();
            let json = if bytes.is_empty() {
                Json::Null
            } else {
                serde_json::from_slice(&bytes).unwrap_or(Json::String(String::from_utf8_lossy(&bytes).into_owned()))
            };
            Ok((status, json))
        })
    }

    /// Like [`Client::send`], but a non-2xx answer is an error carrying the server's message.
    pub fn ok(&self, method: &str, path: &str, body: Option<&Json>) -> Result<Json> {
        let (status, json) = self.send(method, path, body)?;
        if !(200..300).contains(&status) {
            let msg =
                json.pointer("/error/message").and_then(Json::as_str).map_or_else(|| json.to_string(), str::to_string);
            bail!("{method} {path}: {status}: {msg}");
        }
        Ok(json)
    }

    /// Sends one request asking for NDJSON and calls `line` with each JSON line as it arrives
    /// (progress), returning the status and the last line.
    pub fn stream(&self, method: &str, path: &str, mut line: impl FnMut(&Json)) -> Result<(u16, Json)> {
        self.rt.block_on(async {
            let mut sender = self.connect().await?;
            let req = hyper::Request::builder()
                .method(method)
                .uri(path)
                .header("host", self.authority())
                .header("authorization", self.bearer())
                .header("accept", "application/x-ndjson")
                .body(Full::new(Bytes::new()))?;
            let mut resp = sender.send_request(req).await?;
            let status = resp.status().as_u16();
            let (mut buf, mut last) = (Vec::<u8>::new(), Json::Null);
            while let Some(frame) = resp.body_mut().frame().await {
                let Ok(data) = frame?.into_data() else { continue };
                buf.extend_from_slice(&data);
                while let Some(n) = buf.iter().position(|b| *b == b'\n') {
                    let raw: Vec<u8> = buf.drain(..=n).collect();
                    let v = serde_json::from_slice(&raw)
                        .unwrap_or_else(|_| Json::String(String::from_utf8_lossy(&raw).trim().to_string()));
                    line(&v);
                    last = v;
                }
            }
            if !buf.is_empty() {
                last = serde_json::from_slice(&buf)
                    .unwrap_or_else(|_| Json::String(String::from_utf8_lossy(&buf).into_owned()));
            }
            Ok((status, last))
        })
    }
}

/// Percent-encodes one path segment.
pub fn seg(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
