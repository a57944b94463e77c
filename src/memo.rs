//! Values kept in memory for a while: each stays good until the generation it was made in
//! moves on (something it depends on changed) or its time runs out, whichever comes first.
//! Bounded: past `max` entries the map starts again empty, so that a crawler walking every
//! combination of filters cannot grow it without end.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// A counter that moves on whenever what the kept values were made from changes.
#[derive(Debug, Default)]
pub struct Generation(AtomicU64);

impl Generation {
    pub fn current(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }

    pub fn advance(&self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

struct Entry<V> {
    generation: u64,
    at: Instant,
    value: V,
}

pub struct Memo<K, V> {
    ttl: Duration,
    max: usize,
    map: Mutex<HashMap<K, Entry<V>>>,
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    pub fn new(ttl: Duration, max: usize) -> Memo<K, V> {
        Memo {
            ttl,
            max,
            map: Mutex::new(HashMap::new()),
        }
    }

    fn map(&self) -> MutexGuard<'_, HashMap<K, Entry<V>>> {
        // A panic elsewhere while holding the lock leaves a map that is still whole.
        self.map.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value kept for `key`, if it was made in `generation` and is not too old.
    pub fn get(&self, key: &K, generation: u64) -> Option<V> {
        self.get_dated(key, generation).map(|(v, _)| v)
    }

    /// The same, with when what it was made from was read.
    pub fn get_dated(&self, key: &K, generation: u64) -> Option<(V, Instant)> {
        self.map()
            .get(key)
            .filter(|e| e.generation == generation && e.at.elapsed() < self.ttl)
            .map(|e| (e.value.clone(), e.at))
    }

    /// Keeps `value`, made from what was read after `generation` was taken: if something
    /// changed meanwhile, the generation has moved on and the value is never served.
    pub fn put(&self, key: K, generation: u64, value: V) {
        self.put_dated(key, generation, Instant::now(), value);
    }

    /// Keeps `value` made from data read at `at`: it expires with that data, not later.
    pub fn put_dated(&self, key: K, generation: u64, at: Instant, value: V) {
        let mut map = self.map();
        if map.len() >= self.max {
            map.clear();
        }
        map.insert(
            key,
            Entry {
                generation,
                at,
                value,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_until_the_generation_moves_or_the_time_runs_out() {
        let g = Generation::default();
        let memo: Memo<&str, u32> = Memo::new(Duration::from_millis(200), 2);
        memo.put("a", g.current(), 1);
        assert_eq!(memo.get(&"a", g.current()), Some(1));
        assert_eq!(memo.get(&"b", g.current()), None);
        // Made before a change: never served after it.
        let before = g.current();
        g.advance();
        memo.put("b", before, 2);
        assert_eq!(memo.get(&"a", g.current()), None);
        assert_eq!(memo.get(&"b", g.current()), None);
        memo.put("a", g.current(), 3);
        std::thread::sleep(Duration::from_millis(250));
        assert_eq!(memo.get(&"a", g.current()), None, "too old");
        // Bounded: a third key starts the map again.
        memo.put("a", g.current(), 4);
        memo.put("b", g.current(), 5);
        memo.put("c", g.current(), 6);
        assert_eq!(memo.get(&"a", g.current()), None);
        assert_eq!(memo.get(&"c", g.current()), Some(6));
    }
}
