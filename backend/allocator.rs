//! The global allocator, and how a thread hands its cached memory back.

/// mimalloc instead of the system allocator: a request builds and drops many small
/// values (rows, GraphQL values, JSON), and glibc's allocator spent about a quarter of
/// the thread page's instructions on them (BENCHMARKS.md). Declared here, so the server,
/// the tests and the benchmarks all run on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    /// mimalloc's own: frees the calling thread's cached pages and segments.
    fn mi_collect(force: bool);
}

/// Returns the memory the calling thread keeps cached to the operating system. For
/// threads that just did one large piece of work (a password hash takes 19 MiB): the
/// blocking pool's threads otherwise keep that memory, and an idle thread that ends
/// leaves it behind unreturned.
pub fn release_thread_caches() {
    // SAFETY: mi_collect takes no pointers and may be called on any thread at any time.
    unsafe { mi_collect(true) }
}
