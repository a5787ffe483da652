//! The progress bar on standard error: files, megabytes, documents per second, time left.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use isc_engine::Observer;

/// How long a run goes before the bar appears: short runs print nothing but their summary.
const QUIET_FOR: Duration = Duration::from_secs(1);

/// A progress bar shown on standard error once a run has lasted a second, and only when
/// standard error is a terminal; nothing on standard output changes.
pub(crate) struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
    bytes: AtomicU64,
    documents: AtomicU64,
}

impl Progress {
    /// A bar, unless `quiet` or standard error is not a terminal.
    pub(crate) fn new(quiet: bool) -> Option<Progress> {
        if quiet || !std::io::stderr().is_terminal() {
            return None;
        }
        let style = ProgressStyle::with_template(
            "{spinner} {pos}/{len} files, {msg} [{elapsed}, {eta} left]",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        let bar =
            ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden()).with_style(style);
        Some(Progress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
            bytes: AtomicU64::new(0),
            documents: AtomicU64::new(0),
        })
    }
}

impl Observer for Progress {
    fn started(&self, files: usize, _bytes: u64) {
        self.bar.set_length(files as u64);
    }

    fn file_done(&self, bytes: u64, documents: usize) {
        let bytes = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let documents =
            self.documents.fetch_add(documents as u64, Ordering::Relaxed) + documents as u64;
        let elapsed = self.started.elapsed();
        if elapsed >= QUIET_FOR && !self.shown.swap(true, Ordering::Relaxed) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        let per_second = documents as f64 / elapsed.as_secs_f64().max(0.001);
        self.bar.set_message(format!("{:.1} MB, {per_second:.0} docs/s", bytes as f64 / 1e6));
        self.bar.inc(1);
    }

    fn finished(&self) {
        self.bar.finish_and_clear();
    }
}
