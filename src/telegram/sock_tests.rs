//! The socket at its gate: off the reactor while the gate is held (the answer's arrival
//! wakes no one), read when the gate opens, and back on the reactor otherwise.

use std::{
    sync::atomic::{AtomicUsize, Ordering},
    task::Wake,
    time::Duration,
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

use super::*;

/// A waker that counts its wakes.
#[derive(Default)]
struct Count(AtomicUsize);

impl Wake for Count {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

impl Count {
    fn wakes(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

/// A socket and the server's end of its connection.
async fn pair() -> (Sock, TcpStream) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let client = TcpStream::connect(listener.local_addr().unwrap()).await.unwrap();
    let (server, _) = listener.accept().await.unwrap();
    (Sock::new(client), server)
}

/// A socket whose reads wait at a held gate, the server's end, and the gate.
async fn at_held_gate() -> (Sock, TcpStream, Arc<Gate>) {
    let (mut sock, server) = pair().await;
    let gate = Arc::new(Gate::default());
    gate.hold();
    sock.wait_by(Wait::Gate(gate.clone()));
    (sock, server, gate)
}

/// Polls a read of `sock` once with `waker`: the bytes read, or `None` if it waits.
fn poll_read(sock: &mut Sock, waker: &Waker) -> Option<Vec<u8>> {
    let mut room = [0u8; 64];
    let mut buf = ReadBuf::new(&mut room);
    match Pin::new(sock).poll_read(&mut Context::from_waker(waker), &mut buf) {
        Poll::Ready(result) => {
            result.unwrap();
            Some(buf.filled().to_vec())
        }
        Poll::Pending => None,
    }
}

/// Lets the runtime's reactor turn (on the test's single thread) for a while.
async fn turn() {
    tokio::time::sleep(Duration::from_millis(30)).await;
}

#[tokio::test]
async fn a_read_at_a_held_gate_is_not_woken_by_its_answer_and_reads_it_when_the_gate_opens() {
    let (mut sock, mut server, gate) = at_held_gate().await;
    let count = Arc::new(Count::default());
    let waker = Waker::from(count.clone());

    assert_eq!(poll_read(&mut sock, &waker), None, "nothing has come yet");
    assert_eq!(gate.parked(), 1);
    server.write_all(b"answer").await.unwrap();
    turn().await;
    assert_eq!(count.wakes(), 0, "a socket waiting at a held gate is off the reactor");

    gate.release();
    assert_eq!(count.wakes(), 1, "opening the gate wakes the read");
    assert_eq!(gate.parked(), 0);
    assert_eq!(poll_read(&mut sock, &waker).as_deref(), Some(&b"answer"[..]));
}

#[tokio::test]
async fn a_read_whose_gate_is_open_waits_on_the_reactor_and_is_woken_by_its_answer() {
    // Held, then opened: the socket was taken off the reactor and must go back on it.
    let (mut sock, mut server, gate) = at_held_gate().await;
    let count = Arc::new(Count::default());
    let waker = Waker::from(count.clone());
    assert_eq!(poll_read(&mut sock, &waker), None);
    gate.release();
    assert_eq!(poll_read(&mut sock, &waker), None, "still nothing");
    assert_eq!(gate.parked(), 0, "an open gate parks no one");
    let woken = count.wakes();

    server.write_all(b"late").await.unwrap();
    turn().await;
    assert!(count.wakes() > woken, "the reactor wakes a read whose gate is open");
    assert_eq!(poll_read(&mut sock, &waker).as_deref(), Some(&b"late"[..]));
}

#[tokio::test]
async fn an_answer_there_already_is_read_at_a_held_gate_without_waiting() {
    let (mut sock, mut server, gate) = at_held_gate().await;
    server.write_all(b"ready").await.unwrap();
    turn().await;
    assert_eq!(poll_read(&mut sock, Waker::noop()).as_deref(), Some(&b"ready"[..]));
    assert_eq!(gate.parked(), 0);
}

#[tokio::test]
async fn a_socket_off_the_reactor_writes_and_sees_the_end_of_its_stream() {
    let (mut sock, mut server, gate) = at_held_gate().await;
    assert_eq!(poll_read(&mut sock, Waker::noop()), None, "off the reactor now");
    assert_eq!(gate.parked(), 1);
    sock.write_all(b"request").await.unwrap();
    let mut got = [0u8; 7];
    server.read_exact(&mut got).await.unwrap();
    assert_eq!(&got, b"request");

    // A look (`Never`) waits nowhere, and sees the server close.
    sock.wait_by(Wait::Never);
    assert_eq!(poll_read(&mut sock, Waker::noop()), None);
    drop(server);
    turn().await;
    assert_eq!(poll_read(&mut sock, Waker::noop()).as_deref(), Some(&b""[..]), "the end of the stream");
}
