//! Flood limits: a token bucket per key (a phone's address, a participant's token). Time is
//! passed in, so the rules are tested without waiting.

use std::collections::HashMap;
use std::hash::Hash;
use std::time::Instant;

/// Keys kept before idle, refilled buckets are forgotten (bounds the memory a scan can take).
const MAX_KEYS: usize = 4096;

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Allows `burst` requests at once per key, refilled at `per_second`.
pub struct RateLimit<K> {
    burst: f64,
    per_second: f64,
    buckets: HashMap<K, Bucket>,
}

impl<K: Hash + Eq> RateLimit<K> {
    pub fn new(burst: u32, per_second: u32) -> RateLimit<K> {
        RateLimit { burst: f64::from(burst), per_second: f64::from(per_second), buckets: HashMap::new() }
    }

    /// Whether one more request from `key` is allowed at `now` (and counts it when it is).
    pub fn allow(&mut self, key: K, now: Instant) -> bool {
        if self.buckets.len() >= MAX_KEYS {
            let (burst, rate) = (self.burst, self.per_second);
            self.buckets.retain(|_, b| refilled(*b, now, burst, rate) < burst);
        }
        let (burst, rate) = (self.burst, self.per_second);
        let bucket = self.buckets.entry(key).or_insert(Bucket { tokens: burst, at: now });
        let tokens = refilled(*bucket, now, burst, rate);
        let allowed = tokens >= 1.0;
        *bucket = Bucket { tokens: if allowed { tokens - 1.0 } else { tokens }, at: now };
        allowed
    }
}

fn refilled(bucket: Bucket, now: Instant, burst: f64, per_second: f64) -> f64 {
    let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
    (bucket.tokens + elapsed * per_second).min(burst)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_burst_is_allowed_then_refused_until_it_refills() {
        let mut limit = RateLimit::new(5, 2);
        let t0 = Instant::now();
        assert_eq!((0..8).filter(|_| limit.allow("a", t0)).count(), 5);
        assert!(limit.allow("b", t0), "another key has its own bucket");
        assert!(!limit.allow("a", t0 + Duration::from_millis(400)), "0.8 of a token is not enough");
        assert!(limit.allow("a", t0 + Duration::from_millis(500)));
        assert_eq!(
            (0..10).filter(|_| limit.allow("a", t0 + Duration::from_secs(60))).count(),
            5,
            "capped at the burst"
        );
    }

    #[test]
    fn many_keys_do_not_grow_without_bound() {
        let mut limit = RateLimit::new(2, 1);
        let t0 = Instant::now();
        for n in 0..(MAX_KEYS * 3) {
            limit.allow(n, t0 + Duration::from_secs(n as u64));
        }
        assert!(limit.buckets.len() <= MAX_KEYS);
    }
}
