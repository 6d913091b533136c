//! A sleep that wakes the process once, at its end: on Linux a timer of the kernel's own (a
//! `timerfd`). The pacer sleeps on it between groups, and the loops that wake every few
//! seconds (the database's ping, the lease's renewal, the scheduler) sleep on it too.
//!
//! Tokio's timer wheel keeps a timer due beyond its current 64-ms slot on a coarser level,
//! wakes the process at the next slot's start to move it down, then again at the deadline
//! (a timer due in over 4 s, three times). A wave's groups at up to 125/s are 64 to 80 ms
//! apart, so every one of them cost two wakes (BENCHMARKS.md, the fourteenth session of
//! issue 20), and so did every ping of the database (the seventeenth). A timerfd is one
//! more file that tokio's reactor watches, and it is ready once, when it expires. `rustix`
//! (already here for the open-files limit) makes the system calls; handing the file to tokio
//! is the one `unsafe` line (tokio asks its caller to promise the file stays open while
//! registered). Unit tests keep tokio's timers, which follow a paused clock.

use std::time::Duration;

/// Where a sleeping task waits.
#[derive(Debug)]
pub struct Alarm {
    #[cfg(target_os = "linux")]
    fd: Option<tokio::io::unix::AsyncFd<std::os::fd::OwnedFd>>,
}

impl Default for Alarm {
    fn default() -> Alarm {
        Alarm::new()
    }
}

impl Alarm {
    /// On a timerfd where the kernel gives one (not in unit tests); on tokio's timers
    /// otherwise. Called within the runtime.
    pub fn new() -> Alarm {
        if cfg!(test) {
            Alarm::on_tokio_timers()
        } else {
            Alarm::on_timerfd()
        }
    }

    /// On tokio's timers, which a paused clock drives.
    pub fn on_tokio_timers() -> Alarm {
        Alarm {
            #[cfg(target_os = "linux")]
            fd: None,
        }
    }

    /// On a timerfd if the kernel gives one, else on tokio's timers.
    pub fn on_timerfd() -> Alarm {
        #[cfg(target_os = "linux")]
        {
            use rustix::time::{timerfd_create, TimerfdClockId, TimerfdFlags};
            let fd = timerfd_create(TimerfdClockId::Monotonic, TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC).ok();
            // SAFETY: the `AsyncFd` owns the `OwnedFd`, which stays open (and is not replaced)
            // until the `AsyncFd` is dropped, as `register_with_interest` requires.
            let fd = fd.and_then(|fd| unsafe {
                tokio::io::unix::AsyncFd::register_with_interest(fd, tokio::io::Interest::READABLE).ok()
            });
            Alarm { fd }
        }
        #[cfg(not(target_os = "linux"))]
        Alarm::on_tokio_timers()
    }

    /// Sleeps `wait`.
    pub async fn sleep(&mut self, wait: Duration) {
        #[cfg(target_os = "linux")]
        if let Some(fd) = &self.fd {
            if sleep_on(fd, wait).await.is_ok() {
                return;
            }
        }
        tokio::time::sleep(wait).await
    }
}

/// Arms the timerfd for `wait` and waits until it expires.
#[cfg(target_os = "linux")]
async fn sleep_on(fd: &tokio::io::unix::AsyncFd<std::os::fd::OwnedFd>, wait: Duration) -> std::io::Result<()> {
    use rustix::time::{timerfd_settime, Itimerspec, TimerfdTimerFlags, Timespec};
    // A time of zero would disarm the timer: a nanosecond at least.
    let wait = wait.max(Duration::from_nanos(1));
    let never = Timespec { tv_sec: 0, tv_nsec: 0 };
    let once =
        Timespec { tv_sec: i64::try_from(wait.as_secs()).unwrap_or(i64::MAX), tv_nsec: wait.subsec_nanos().into() };
    // Arming it again also clears an expiry not read (of a sleep given up half-way).
    timerfd_settime(fd.get_ref(), TimerfdTimerFlags::empty(), &Itimerspec { it_interval: never, it_value: once })?;
    loop {
        let mut ready = fd.readable().await?;
        let mut expiries = [0u8; 8];
        let read = rustix::io::read(ready.get_inner(), &mut expiries);
        ready.clear_ready();
        match read {
            Ok(_) => return Ok(()),
            // Readiness left over from an earlier expiry: not this one yet.
            Err(rustix::io::Errno::AGAIN) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;

    #[tokio::test]
    async fn a_timerfd_alarm_sleeps_as_long_as_asked_again_and_again() {
        let mut alarm = Alarm::on_timerfd();
        #[cfg(target_os = "linux")]
        assert!(alarm.fd.is_some(), "Linux gives a timerfd");
        for wait in [30, 1, 20] {
            let started = Instant::now();
            tokio::time::timeout(Duration::from_secs(5), alarm.sleep(Duration::from_millis(wait)))
                .await
                .expect("the alarm goes off");
            assert!(started.elapsed() >= Duration::from_millis(wait), "not before its time: {:?}", started.elapsed());
        }
        // A sleep given up half-way leaves nothing behind for the next one.
        let _ = tokio::time::timeout(Duration::from_millis(5), alarm.sleep(Duration::from_millis(10))).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        let started = Instant::now();
        alarm.sleep(Duration::from_millis(30)).await;
        assert!(started.elapsed() >= Duration::from_millis(30), "an old expiry does not end a new sleep");
    }
}
