//! A connection's socket, which waits for its answer on tokio's reactor, or (a reminder's)
//! at a `Gate` the broadcaster opens at its pacer's next group: an answer read then costs
//! no wake of the process of its own (BENCHMARKS.md, the fifteenth session of issue 20).
//!
//! A socket tokio watches wakes the process whenever bytes arrive, whether or not anyone
//! waits for them. So a socket that waits at the gate is taken off the reactor
//! (`into_std`), read without it, and put back (`from_std`) only when it must wait for
//! the reactor again.

use std::{
    io::{self, Read as _, Write as _},
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll, Waker},
};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The most bytes one read off the reactor takes: a send's answer is 1 to 3 kB. They are
/// read into room on the stack, which is warm, and copied: zeroing the connection's own
/// buffer before each read cost more (issue 20).
const READ_ROOM: usize = 4 << 10;

/// Where a read that finds nothing waits.
#[derive(Clone)]
pub(super) enum Wait {
    /// On tokio's reactor: woken as soon as bytes arrive.
    Reactor,
    /// At this gate while it is held (on the reactor otherwise).
    Gate(Arc<Gate>),
    /// Nowhere: the read is only a look (is an idle connection closed?).
    Never,
}

/// Reads held until the broadcaster's next group: while the pacer sleeps, answers that
/// arrive wait unread in the kernel, and are read all at once when it wakes.
#[derive(Debug, Default)]
pub struct Gate {
    inner: Mutex<Held>,
}

#[derive(Debug, Default)]
struct Held {
    held: bool,
    parked: Vec<Waker>,
}

impl Gate {
    /// Reads that find nothing wait for [`Gate::release`] from now.
    pub fn hold(&self) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.held = true;
        }
    }

    /// Wakes the reads waiting here; from now on, reads wait on the reactor again.
    pub fn release(&self) {
        let parked = match self.inner.lock() {
            Ok(mut inner) => {
                inner.held = false;
                std::mem::take(&mut inner.parked)
            }
            Err(_) => return,
        };
        parked.into_iter().for_each(Waker::wake);
    }

    fn is_held(&self) -> bool {
        self.inner.lock().is_ok_and(|inner| inner.held)
    }

    /// Parks `waker` if the gate is held; `false` if it is not (the read waits on the reactor).
    fn park(&self, waker: &Waker) -> bool {
        let Ok(mut inner) = self.inner.lock() else { return false };
        if !inner.held {
            return false;
        }
        if !inner.parked.iter().any(|p| p.will_wake(waker)) {
            inner.parked.push(waker.clone());
        }
        true
    }

    #[cfg(test)]
    pub(super) fn parked(&self) -> usize {
        self.inner.lock().map(|i| i.parked.len()).unwrap_or_default()
    }
}

/// The TCP socket under a connection, on or off the reactor.
pub(super) struct Sock {
    tcp: Tcp,
    wait: Wait,
}

enum Tcp {
    /// Watched by tokio's reactor.
    Watched(tokio::net::TcpStream),
    /// Off the reactor, non-blocking: read and written directly.
    Quiet(std::net::TcpStream),
    /// Lost while moving between the two (its error was returned).
    Broken,
}

fn broken() -> io::Error {
    io::Error::new(io::ErrorKind::NotConnected, "the connection was lost")
}

impl Sock {
    pub(super) fn new(tcp: tokio::net::TcpStream) -> Sock {
        Sock { tcp: Tcp::Watched(tcp), wait: Wait::Reactor }
    }

    /// Where the next reads wait.
    pub(super) fn wait_by(&mut self, wait: Wait) {
        self.wait = wait;
    }

    /// Takes the socket off the reactor.
    fn quiet(&mut self) -> io::Result<()> {
        if let Tcp::Watched(tcp) = std::mem::replace(&mut self.tcp, Tcp::Broken) {
            self.tcp = Tcp::Quiet(tcp.into_std()?);
        }
        Ok(())
    }

    /// Puts the socket back on the reactor.
    fn watch(&mut self) -> io::Result<()> {
        if let Tcp::Quiet(tcp) = std::mem::replace(&mut self.tcp, Tcp::Broken) {
            self.tcp = Tcp::Watched(tokio::net::TcpStream::from_std(tcp)?);
        }
        Ok(())
    }
}

impl AsyncRead for Sock {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        loop {
            // A socket waits off the reactor only while its gate is held.
            let at_gate = matches!(&this.wait, Wait::Gate(gate) if gate.is_held());
            let moved = match (&mut this.tcp, &this.wait) {
                // A look (`Never`) at a watched socket sees what the reactor has seen.
                (Tcp::Watched(tcp), _) if !at_gate => return Pin::new(tcp).poll_read(cx, buf),
                (Tcp::Watched(_), _) => this.quiet(),
                (Tcp::Quiet(tcp), wait) => {
                    let mut room = [0u8; READ_ROOM];
                    let room = &mut room[..buf.remaining().min(READ_ROOM)];
                    match (&*tcp).read(room) {
                        Ok(n) => {
                            buf.put_slice(&room[..n]);
                            return Poll::Ready(Ok(()));
                        }
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(()),
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => match wait {
                            Wait::Never => return Poll::Pending,
                            Wait::Gate(gate) if gate.park(cx.waker()) => return Poll::Pending,
                            Wait::Gate(_) | Wait::Reactor => this.watch(),
                        },
                        Err(e) => return Poll::Ready(Err(e)),
                    }
                }
                (Tcp::Broken, _) => return Poll::Ready(Err(broken())),
            };
            if let Err(e) = moved {
                return Poll::Ready(Err(e));
            }
        }
    }
}

impl AsyncWrite for Sock {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        loop {
            match &mut this.tcp {
                Tcp::Watched(tcp) => return Pin::new(tcp).poll_write(cx, data),
                Tcp::Quiet(tcp) => match (&*tcp).write(data) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    // The send buffer is full: wait on the reactor for room.
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => this.watch()?,
                    written => return Poll::Ready(written),
                },
                Tcp::Broken => return Poll::Ready(Err(broken())),
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.get_mut().tcp {
            Tcp::Watched(tcp) => Pin::new(tcp).poll_flush(cx),
            Tcp::Quiet(_) => Poll::Ready(Ok(())),
            Tcp::Broken => Poll::Ready(Err(broken())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.get_mut().tcp {
            Tcp::Watched(tcp) => Pin::new(tcp).poll_shutdown(cx),
            Tcp::Quiet(tcp) => Poll::Ready(tcp.shutdown(std::net::Shutdown::Write)),
            Tcp::Broken => Poll::Ready(Err(broken())),
        }
    }
}

#[cfg(test)]
#[path = "sock_tests.rs"]
mod tests;
