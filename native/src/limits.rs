//! The process's open-file limit (RLIMIT_NOFILE). The storage layer raises the
//! soft limit to the hard one at start-up and sizes its budget of open segment
//! files from what it got.

use crate::error::{NativeError, NativeResult};
use crate::libc_sys as libc;

/// A limit value: `None` is unlimited (RLIM_INFINITY).
pub type Limit = Option<u64>;

fn from_raw(v: u64) -> Limit {
    if v == libc::RLIM_INFINITY { None } else { Some(v) }
}

fn to_raw(v: Limit) -> u64 {
    v.unwrap_or(libc::RLIM_INFINITY)
}

/// (soft, hard) limits on open descriptors.
pub fn file_limit() -> NativeResult<(Limit, Limit)> {
    let mut lim = libc::rlimit::default();
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return Err(NativeError::last_os("getrlimit"));
    }
    Ok((from_raw(lim.rlim_cur), from_raw(lim.rlim_max)))
}

/// Sets the soft limit, keeping the hard one (only root may raise that).
pub fn set_soft_file_limit(soft: Limit) -> NativeResult<()> {
    let (_, hard) = file_limit()?;
    let lim = libc::rlimit { rlim_cur: to_raw(soft), rlim_max: to_raw(hard) };
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &lim) } != 0 {
        return Err(NativeError::last_os("setrlimit"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_limits_and_sets_the_soft_one_within_the_hard_one() {
        let (soft, hard) = file_limit().unwrap();
        assert!(soft.unwrap_or(u64::MAX) <= hard.unwrap_or(u64::MAX));
        set_soft_file_limit(soft).unwrap();
        assert_eq!(file_limit().unwrap(), (soft, hard));
        if let Some(h) = hard {
            assert!(set_soft_file_limit(Some(h + 1)).is_err(), "the soft limit cannot pass the hard one");
        }
    }
}
