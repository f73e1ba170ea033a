//! Portable seeded draws: the same seed gives the same variants and choice orders on any machine.
//!
//! Only ChaCha8's raw 32-bit stream is used, and the range reduction is our own, so a change in
//! how a rand release maps numbers to ranges can never change a replayed run.

use rand::rngs::ChaCha8Rng;
use rand::{Rng, SeedableRng};

#[derive(Debug)]
pub struct Draws(ChaCha8Rng);

impl Draws {
    pub fn new(seed: u64) -> Self {
        Draws(ChaCha8Rng::seed_from_u64(seed))
    }

    /// A uniform number in `0..n` (0 when `n` is 0 or 1, still consuming one draw).
    pub fn below(&mut self, n: usize) -> usize {
        let n = u32::try_from(n.max(1)).unwrap_or(u32::MAX);
        // Rejection keeps it unbiased: discard the top partial block of the u32 range.
        let zone = u32::MAX - (u32::MAX % n);
        loop {
            let x = self.0.next_u32();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Fresh seeds stay below this, so a seed is short enough to read out to a classroom.
pub const SEED_LIMIT: u64 = 1_000_000;

/// A seed for a fresh run when none is given: from the clock, the process and a counter, so two
/// runs started in the same instant (or by two programs at once) still differ.
pub fn fresh_seed() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let mixed = (nanos as u64)
        ^ (nanos >> 64) as u64
        ^ u64::from(std::process::id()).rotate_left(32)
        ^ COUNTER.fetch_add(1, Ordering::Relaxed).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    splitmix64(mixed) % SEED_LIMIT
}

/// One step of SplitMix64: spreads nearby inputs (consecutive clock readings) far apart.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_seeds_are_short_and_differ_even_when_taken_at_once() {
        let seeds: std::collections::HashSet<u64> = (0..200).map(|_| fresh_seed()).collect();
        assert!(seeds.iter().all(|&s| s < SEED_LIMIT));
        assert!(seeds.len() >= 195, "only {} distinct seeds in 200", seeds.len());
    }

    #[test]
    fn the_stream_is_pinned() {
        // If this changes, every saved seed replays differently: never update it casually.
        let mut d = Draws::new(42);
        let draws: Vec<usize> = (0..8).map(|_| d.below(10)).collect();
        let mut again = Draws::new(42);
        assert_eq!(draws, (0..8).map(|_| again.below(10)).collect::<Vec<_>>());
        let mut order = [0, 1, 2, 3, 4];
        Draws::new(7).shuffle(&mut order);
        let mut sorted = order;
        sorted.sort();
        assert_eq!(sorted, [0, 1, 2, 3, 4]);
        assert_eq!(draws, [7, 5, 4, 8, 2, 8, 0, 1]);
        assert_eq!(order, [2, 1, 3, 0, 4]);
    }
}
