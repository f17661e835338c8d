//! Small real web servers for the tests of outgoing fetches: HTTP/1.1 on 127.0.0.1 and
//! a free port, one request per connection, answered as the test's handler says. The
//! server stops when the [`Origin`] is dropped.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
    task::{JoinHandle, JoinSet},
};

/// How the server answers one request.
pub enum Reply {
    /// A complete answer (HEAD gets its head only).
    Page {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// A 200 HTML page of `total` bytes, sent in pieces of `chunk` bytes with `pause`
    /// after each, until done or the client hangs up.
    Stream {
        total: usize,
        chunk: usize,
        pause: Duration,
    },
    /// Reads the request and never answers.
    Silence,
}

impl Reply {
    /// A 200 answer with `html` as `text/html; charset=utf-8`.
    pub fn html(html: &str) -> Reply {
        Reply::Page {
            status: 200,
            headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
            body: html.as_bytes().to_vec(),
        }
    }

    /// An empty answer with `status`.
    pub fn status(status: u16) -> Reply {
        Reply::Page {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A redirect with `status` to `location`.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::Page {
            status,
            headers: vec![("Location", location.to_owned())],
            body: Vec::new(),
        }
    }
}

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    /// The whole request head, lines as received.
    pub head: String,
}

type Handler = dyn Fn(&str, &str) -> Reply + Send + Sync;

/// A running test web server.
pub struct Origin {
    pub port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
    streamed: watch::Receiver<Option<usize>>,
    task: JoinHandle<()>,
}

impl Origin {
    /// Starts a server that answers each request with `handler(method, path)`.
    pub async fn start(handler: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Origin {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (streamed_tx, streamed) = watch::channel(None);
        let handler: Arc<Handler> = Arc::new(handler);
        let streamed_tx = Arc::new(streamed_tx);
        let task = tokio::spawn({
            let seen = seen.clone();
            async move {
                // Dropping the set, when the server task is aborted, ends every connection.
                let mut connections = JoinSet::new();
                while let Ok((socket, _)) = listener.accept().await {
                    connections.spawn(serve(
                        socket,
                        handler.clone(),
                        seen.clone(),
                        streamed_tx.clone(),
                    ));
                }
            }
        });
        Origin {
            port,
            seen,
            streamed,
            task,
        }
    }

    /// `http://127.0.0.1:<port><path>`
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The requests so far, as `METHOD /path`.
    pub fn requests(&self) -> Vec<String> {
        self.seen()
            .iter()
            .map(|seen| format!("{} {}", seen.method, seen.path))
            .collect()
    }

    /// The requests so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits until a [`Reply::Stream`] has ended, and says how many body bytes it
    /// wrote before it was done or the client hung up.
    pub async fn stream_written(&mut self) -> usize {
        let written = tokio::time::timeout(
            Duration::from_secs(10),
            self.streamed.wait_for(Option::is_some),
        )
        .await
        .expect("the stream ends")
        .unwrap();
        written.unwrap()
    }
}

impl Drop for Origin {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut socket: TcpStream,
    handler: Arc<Handler>,
    seen: Arc<Mutex<Vec<Seen>>>,
    streamed: Arc<watch::Sender<Option<usize>>>,
) {
    let mut head = Vec::new();
    let mut buffer = [0u8; 4096];
    while !head.ends_with(b"\r\n\r\n") {
        match socket.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(read) => head.extend_from_slice(&buffer[..read]),
        }
        if head.len() > 64 * 1024 {
            return;
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut words = head.split_whitespace();
    let method = words.next().unwrap_or_default().to_owned();
    let path = words.next().unwrap_or_default().to_owned();
    seen.lock().unwrap().push(Seen {
        method: method.clone(),
        path: path.clone(),
        head: head.clone(),
    });
    let with_body = method != "HEAD";
    match handler(&method, &path) {
        Reply::Page {
            status,
            headers,
            body,
        } => {
            let mut answer = format!(
                "HTTP/1.1 {status} Test\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (name, value) in headers {
                answer.push_str(&format!("{name}: {value}\r\n"));
            }
            answer.push_str("\r\n");
            let mut bytes = answer.into_bytes();
            if with_body {
                bytes.extend_from_slice(&body);
            }
            let _ = socket.write_all(&bytes).await;
        }
        Reply::Stream {
            total,
            chunk,
            pause,
        } => {
            let answer = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {total}\r\nConnection: close\r\n\r\n"
            );
            if socket.write_all(answer.as_bytes()).await.is_err() || !with_body {
                return;
            }
            // The title first, then an endless comment: the page is valid as far as
            // it is read.
            let start = b"<html><head><title>Endlos</title><!--";
            let mut written = 0;
            while written < total {
                let size = chunk.min(total - written);
                let piece: Vec<u8> = (written..written + size)
                    .map(|at| start.get(at).copied().unwrap_or(b'x'))
                    .collect();
                if socket.write_all(&piece).await.is_err() {
                    break;
                }
                written += size;
                if !pause.is_zero() {
                    tokio::time::sleep(pause).await;
                }
            }
            streamed.send_replace(Some(written));
        }
        Reply::Silence => while let Ok(1..) = socket.read(&mut buffer).await {},
    }
}
