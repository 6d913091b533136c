//! One kept-alive HTTP/1.1 connection to the Bot API, driven by the call that uses it: a
//! request written whole, its answer's head read by httparse and its body by its length or
//! its chunks. Why not hyper's connection task: see ARCHITECTURE.md ("Reminders bypass
//! teloxide's typed `sendMessage`").

use std::{
    io,
    pin::Pin,
    task::{Context, Poll, Waker},
};

use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, ReadBuf};

use super::sock::{Sock, Wait};

/// The most headers an answer may have (the Bot API sends about ten).
const MAX_HEADERS: usize = 64;
/// The largest head of an answer.
const MAX_HEAD: usize = 64 << 10;
/// Room made in the buffer before each read, at least.
const READ_CHUNK: usize = 16 << 10;
/// The most room an idle connection keeps for its next answer.
const KEPT_BUFFER: usize = 64 << 10;

/// The stream under a connection: plain TCP (a local Bot API server) or TLS.
pub(super) enum Stream {
    Plain(Sock),
    Tls(Box<tokio_rustls::client::TlsStream<Sock>>),
}

/// An answer: its status and its body, whole.
pub(super) struct Response {
    pub status: u16,
    pub body: Bytes,
}

/// A connection, with the buffer its answers are read into.
pub(super) struct Conn {
    stream: Stream,
    buf: Vec<u8>,
}

/// How an exchange failed: before the request was written whole (it may go on another
/// connection), or after (the server may have acted on it).
pub(super) enum Failed {
    Unsent(io::Error),
    Sent(io::Error),
}

impl Conn {
    pub(super) fn new(stream: Stream) -> Conn {
        Conn { stream, buf: Vec::new() }
    }

    /// Whether the server has closed this idle connection (or sent what no request asked
    /// for): looked at without waiting, so that a request never goes on a closed connection
    /// the client could have known about.
    pub(super) fn closed(&mut self) -> bool {
        self.wait_by(Wait::Never);
        let mut byte = [0u8; 1];
        let mut read = ReadBuf::new(&mut byte);
        let mut cx = Context::from_waker(Waker::noop());
        let polled = match &mut self.stream {
            Stream::Plain(tcp) => Pin::new(tcp).poll_read(&mut cx, &mut read),
            Stream::Tls(tls) => Pin::new(tls.as_mut()).poll_read(&mut cx, &mut read),
        };
        // Pending: nothing to read, the connection is open and quiet, as it should be.
        !matches!(polled, Poll::Pending)
    }

    /// Where the reads of the next exchange wait when they find nothing.
    pub(super) fn wait_by(&mut self, wait: Wait) {
        match &mut self.stream {
            Stream::Plain(sock) => sock.wait_by(wait),
            Stream::Tls(tls) => tls.get_mut().0.wait_by(wait),
        }
    }

    /// Writes `request` (head and body) and reads its answer, of at most `max` bytes of body.
    /// Returns whether the connection may carry another request.
    pub(super) async fn exchange(&mut self, request: &[u8], max: usize) -> Result<(Response, bool), Failed> {
        self.write(request).await.map_err(Failed::Unsent)?;
        let read = self.read_answer(max).await.map_err(Failed::Sent);
        if self.buf.capacity() > KEPT_BUFFER {
            // A long answer's room is not kept with an idle connection.
            self.buf = Vec::new();
        }
        read
    }

    async fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.stream {
            Stream::Plain(tcp) => tcp.write_all(bytes).await,
            Stream::Tls(tls) => {
                tls.write_all(bytes).await?;
                tls.flush().await
            }
        }
    }

    /// Reads more bytes into the buffer; an end of the stream is an error here.
    async fn fill(&mut self) -> io::Result<()> {
        // Room for as much again as is read so far: a long answer is parsed again after each
        // read, so that the reads grow with it.
        self.buf.reserve(READ_CHUNK.max(self.buf.len()));
        let read = match &mut self.stream {
            Stream::Plain(tcp) => tcp.read_buf(&mut self.buf).await?,
            Stream::Tls(tls) => tls.read_buf(&mut self.buf).await?,
        };
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the connection closed before the answer was complete",
            ));
        }
        Ok(())
    }

    async fn read_answer(&mut self, max: usize) -> io::Result<(Response, bool)> {
        self.buf.clear();
        loop {
            let head = loop {
                match parse_head(&self.buf)? {
                    Some(head) => break head,
                    None if self.buf.len() > MAX_HEAD => return Err(invalid("the answer's head is too long")),
                    None => self.fill().await?,
                }
            };
            if (100..200).contains(&head.status) && head.status != 101 {
                // An interim answer (100 Continue): the real one follows.
                self.buf.drain(..head.len);
                continue;
            }
            let (body, keep) = match head.framing {
                Framing::Length(length) => {
                    if length > max {
                        return Err(invalid("the answer is too long"));
                    }
                    while self.buf.len() < head.len + length {
                        self.fill().await?;
                    }
                    let end = head.len + length;
                    (Bytes::copy_from_slice(&self.buf[head.len..end]), head.keep_alive && self.buf.len() == end)
                }
                Framing::Chunked => {
                    let (body, end) = loop {
                        match dechunk(&self.buf[head.len..], max)? {
                            Some(done) => break done,
                            None => self.fill().await?,
                        }
                    };
                    (Bytes::from(body), head.keep_alive && self.buf.len() == head.len + end)
                }
                Framing::UntilClose => {
                    loop {
                        if self.buf.len() > head.len + max {
                            return Err(invalid("the answer is too long"));
                        }
                        match self.fill().await {
                            Ok(()) => {}
                            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                            Err(e) => return Err(e),
                        }
                    }
                    (Bytes::copy_from_slice(&self.buf[head.len..]), false)
                }
            };
            return Ok((Response { status: head.status, body }, keep));
        }
    }
}

/// How an answer's body ends.
#[derive(Debug, PartialEq, Eq)]
enum Framing {
    Length(usize),
    Chunked,
    UntilClose,
}

/// An answer's head, as far as this client needs it.
#[derive(Debug, PartialEq, Eq)]
struct Head {
    /// Its length in bytes, up to the blank line.
    len: usize,
    status: u16,
    framing: Framing,
    keep_alive: bool,
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

/// The head at the start of `buf`, or `None` if it is not all there yet.
fn parse_head(buf: &[u8]) -> io::Result<Option<Head>> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut answer = httparse::Response::new(&mut headers);
    let len = match answer.parse(buf) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(invalid(&format!("an answer that is not HTTP: {e}"))),
    };
    let status = answer.code.unwrap_or_default();
    let mut keep_alive = answer.version == Some(1);
    let mut framing = Framing::UntilClose;
    for header in answer.headers.iter() {
        let value = header.value;
        if header.name.eq_ignore_ascii_case("content-length") && framing != Framing::Chunked {
            let length = std::str::from_utf8(value).ok().and_then(|v| v.trim().parse().ok());
            framing = Framing::Length(length.ok_or_else(|| invalid("an answer with a bad Content-Length"))?);
        } else if header.name.eq_ignore_ascii_case("transfer-encoding") {
            if !has_token(value, "chunked") {
                return Err(invalid("an answer in a transfer coding other than chunked"));
            }
            framing = Framing::Chunked;
        } else if header.name.eq_ignore_ascii_case("connection") && has_token(value, "close") {
            keep_alive = false;
        }
    }
    // Answers that have no body by their status.
    if status == 204 || status == 304 || (100..200).contains(&status) {
        framing = Framing::Length(0);
    }
    if framing == Framing::UntilClose {
        keep_alive = false;
    }
    Ok(Some(Head { len, status, framing, keep_alive }))
}

/// Whether a comma-separated header value holds `token`.
fn has_token(value: &[u8], token: &str) -> bool {
    value.split(|b| *b == b',').any(|t| t.trim_ascii().eq_ignore_ascii_case(token.as_bytes()))
}

/// A chunked body at the start of `buf`: its bytes and where it ends (after the trailers),
/// or `None` if it is not all there yet.
fn dechunk(buf: &[u8], max: usize) -> io::Result<Option<(Vec<u8>, usize)>> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        let (size_len, size) = match httparse::parse_chunk_size(&buf[at..]) {
            Ok(httparse::Status::Complete(found)) => found,
            Ok(httparse::Status::Partial) => return Ok(None),
            Err(_) => return Err(invalid("an answer with a bad chunk size")),
        };
        at += size_len;
        let size = usize::try_from(size).map_err(|_| invalid("the answer is too long"))?;
        if size == 0 {
            // Trailers, if any, then a blank line.
            loop {
                let Some(line) = buf[at..].windows(2).position(|w| w == b"\r\n") else { return Ok(None) };
                at += line + 2;
                if line == 0 {
                    return Ok(Some((body, at)));
                }
            }
        }
        if body.len().saturating_add(size) > max {
            return Err(invalid("the answer is too long"));
        }
        if buf.len() < at + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&buf[at..at + size]);
        if &buf[at + size..at + size + 2] != b"\r\n" {
            return Err(invalid("an answer with a bad chunk"));
        }
        at += size + 2;
    }
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
