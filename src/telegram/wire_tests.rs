//! The connection against scripted servers: answers framed by length, by chunks and by the
//! end of the stream, split across reads; what it keeps alive; what it refuses.

use std::time::Duration;

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

use super::*;

const REQUEST: &[u8] = b"POST /botT/sendMessage HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
const MAX: usize = 1 << 20;

/// What the scripted server does after it has read the request.
enum Then {
    /// Keeps the connection open for a while.
    Hold,
    /// Closes it.
    Close,
}

/// A connection to a server that reads one request, writes `parts` one after the other
/// (a pause between them, so that the client reads them apart), then does `then`.
async fn scripted(parts: Vec<Vec<u8>>, then: Then) -> Conn {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let (mut tcp, _) = listener.accept().await.unwrap();
        let mut request = vec![0u8; REQUEST.len()];
        tcp.read_exact(&mut request).await.unwrap();
        assert_eq!(request, REQUEST);
        for part in parts {
            tcp.write_all(&part).await.unwrap();
            tokio::time::sleep(Duration::from_millis(15)).await;
        }
        match then {
            Then::Hold => tokio::time::sleep(Duration::from_secs(5)).await,
            Then::Close => drop(tcp),
        }
    });
    let tcp = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    Conn::new(Stream::Plain(super::super::sock::Sock::new(tcp)))
}

fn parts(texts: &[&str]) -> Vec<Vec<u8>> {
    texts.iter().map(|t| t.as_bytes().to_vec()).collect()
}

async fn exchange(conn: &mut Conn, max: usize) -> io::Result<(u16, String, bool)> {
    match conn.exchange(REQUEST, max).await {
        Ok((response, keep)) => Ok((response.status, String::from_utf8(response.body.to_vec()).unwrap(), keep)),
        Err(Failed::Unsent(e)) => panic!("the request was not written: {e}"),
        Err(Failed::Sent(e)) => Err(e),
    }
}

#[tokio::test]
async fn an_answer_by_its_length_is_read_across_reads_and_the_connection_kept() {
    let mut conn = scripted(
        parts(&[
            "HTTP/1.1 200 OK\r\nContent-Ty",
            "pe: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":",
            "true}",
        ]),
        Then::Hold,
    )
    .await;
    assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (200, r#"{"ok":true}"#.into(), true));
    assert!(!conn.closed(), "an open, quiet connection is not closed");
}

#[tokio::test]
async fn a_long_answer_is_read_whole_and_its_room_not_kept() {
    let body = "x".repeat(200_000);
    let answer = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    let mut conn = scripted(vec![answer.into_bytes()], Then::Hold).await;
    let (status, read, keep) = exchange(&mut conn, MAX).await.unwrap();
    assert_eq!((status, read.len(), keep), (200, body.len(), true));
    assert!(conn.buf.capacity() <= KEPT_BUFFER, "{}", conn.buf.capacity());
}

#[tokio::test]
async fn a_chunked_answer_is_joined_and_its_trailers_skipped() {
    let mut conn = scripted(
        parts(&[
            "HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\n\r\nc\r\n{\"ok\":",
            "fa",
            "lse}\r\n",
            "4;x=y\r\nabcd\r\n0\r\nTrailer: 1\r\n\r\n",
        ]),
        Then::Hold,
    )
    .await;
    assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (429, r#"{"ok":false}abcd"#.into(), true));
}

#[tokio::test]
async fn an_answer_without_length_is_read_to_the_end_and_not_kept() {
    let mut conn = scripted(parts(&["HTTP/1.1 502 Bad Gateway\r\n\r\n<html>", "</html>"]), Then::Close).await;
    assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (502, "<html></html>".into(), false));
}

#[tokio::test]
async fn connection_close_an_old_version_or_bytes_left_over_end_the_connection() {
    for (answer, body) in [
        ("HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 2\r\n\r\nhi", "hi"),
        ("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi", "hi"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1", "hi"),
    ] {
        let mut conn = scripted(parts(&[answer]), Then::Hold).await;
        assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (200, body.into(), false), "{answer}");
    }
}

#[tokio::test]
async fn an_interim_answer_is_passed_over() {
    let mut conn = scripted(
        parts(&["HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"]),
        Then::Hold,
    )
    .await;
    assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (200, "hi".into(), true));
}

#[tokio::test]
async fn answers_too_long_cut_short_or_not_http_are_errors() {
    let cases: [(&[&str], Then, io::ErrorKind); 5] = [
        (&["HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"], Then::Hold, io::ErrorKind::InvalidData),
        (&["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n"], Then::Hold, io::ErrorKind::InvalidData),
        (&["HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf"], Then::Close, io::ErrorKind::UnexpectedEof),
        (&["SSH-2.0-OpenSSH\r\n\r\n"], Then::Hold, io::ErrorKind::InvalidData),
        (&["HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n"], Then::Hold, io::ErrorKind::InvalidData),
    ];
    for (answer, then, kind) in cases {
        let mut conn = scripted(parts(answer), then).await;
        let error = exchange(&mut conn, 32).await.unwrap_err();
        assert_eq!(error.kind(), kind, "{answer:?}: {error}");
    }
}

#[tokio::test]
async fn a_connection_the_server_closed_is_seen_closed_before_use() {
    let mut conn = scripted(parts(&["HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"]), Then::Close).await;
    assert_eq!(exchange(&mut conn, MAX).await.unwrap(), (200, "hi".into(), true));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(conn.closed());
}

#[test]
fn heads_are_read_for_their_status_framing_and_keep_alive() {
    let head = |text: &str| parse_head(text.as_bytes()).unwrap();
    assert_eq!(head("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"), None, "not all there yet");
    assert_eq!(
        head("HTTP/1.1 204 No Content\r\n\r\n"),
        Some(Head { len: 27, status: 204, framing: Framing::Length(0), keep_alive: true })
    );
    // Chunked wins over a length, whatever their order.
    let both = head("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n").unwrap();
    assert_eq!(both.framing, Framing::Chunked);
    assert!(parse_head(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n").is_err());
    assert!(has_token(b"gzip, chunked", "chunked"));
    assert!(!has_token(b"keep-alive", "close"));
}

#[test]
fn a_chunked_body_is_complete_only_with_its_last_chunk_and_blank_line() {
    assert_eq!(dechunk(b"2\r\nhi\r\n", MAX).unwrap(), None);
    assert_eq!(dechunk(b"2\r\nhi\r\n0\r\n", MAX).unwrap(), None);
    assert_eq!(dechunk(b"2\r\nhi\r\n0\r\n\r\nrest", MAX).unwrap(), Some((b"hi".to_vec(), 12)));
    assert!(dechunk(b"2\r\nhiXX", MAX).is_err(), "a chunk longer than it says");
    assert!(dechunk(b"zz\r\n", MAX).is_err());
}
