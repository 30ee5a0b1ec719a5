//! Running a synchronous component call from a request's task without waiting for another
//! thread to wake. On the multi-threaded runtime the call runs right here, inside
//! `block_in_place` (the worker's other tasks move to another thread while this one blocks
//! in the guest or on storage); elsewhere (a current-thread runtime) on a `spawn_blocking`
//! thread. A thread hop costs a request two context switches, which on these machines is
//! more than a read by key costs the component itself.
//!
//! What runs here may block on the runtime (`Handle::block_on`) and must never wait for the
//! request's own task: a component's response body is buffered whole (see
//! [`BODY_BUFFER_CHUNKS`]), so a guest never waits for hyper to read what it wrote.

/// Chunks a component's outgoing body may buffer before its writer waits for a reader: more
/// than any body a guest can hold in its own memory, so writing never blocks (the channel
/// grows as it fills; nothing is reserved up front).
pub const BODY_BUFFER_CHUNKS: usize = 1 << 20;

/// Runs `f` to completion: inline where the runtime allows it, else on a blocking thread.
pub async fn run<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> anyhow::Result<R> {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => Ok(tokio::task::block_in_place(f)),
        _ => Ok(tokio::task::spawn_blocking(f).await?),
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::run;

    #[test]
    fn on_the_multi_threaded_runtime_the_call_runs_on_the_requests_own_thread() {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().expect("a runtime");
        let (caller, callee) = rt.block_on(async {
            tokio::spawn(async {
                let here = std::thread::current().id();
                (here, run(|| std::thread::current().id()).await.expect("ran"))
            })
            .await
            .expect("joined")
        });
        assert_eq!(caller, callee);
    }

    #[test]
    fn on_a_current_thread_runtime_it_runs_on_a_blocking_thread_and_may_block_on_the_runtime() {
        let rt = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let here = std::thread::current().id();
        let (there, blocked) = rt
            .block_on(run(|| {
                let h = tokio::runtime::Handle::current();
                (std::thread::current().id(), h.block_on(async { 7 }))
            }))
            .expect("ran");
        assert_ne!(here, there);
        assert_eq!(blocked, 7);
    }
}
