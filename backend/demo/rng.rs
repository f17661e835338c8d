//! A small deterministic pseudo-random generator (SplitMix64), so that the demo content
//! is the same on every run and every machine. Each seeding step starts its own
//! generator from its name: a step added later does not change what earlier steps made.

/// A SplitMix64 generator.
pub(super) struct Rng(u64);

impl Rng {
    /// A generator seeded from a step's name (FNV-1a of the bytes).
    pub(super) fn for_step(name: &str) -> Rng {
        let seed = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `range` (inclusive).
    pub(super) fn between(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as usize) as i64
    }

    /// One element of a non-empty slice.
    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles a slice in place (Fisher–Yates).
    pub(super) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same step name gives the same sequence; another name another one.
    #[test]
    fn sequences_are_fixed_per_step() {
        let draw = |name: &str| {
            let mut rng = Rng::for_step(name);
            (0..8).map(|_| rng.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(draw("people"), draw("people"));
        assert_ne!(draw("people"), draw("groups"));
        let mut rng = Rng::for_step("range");
        assert!(
            (0..1000)
                .map(|_| rng.between(4, 9))
                .all(|n| (4..=9).contains(&n))
        );
    }
}
