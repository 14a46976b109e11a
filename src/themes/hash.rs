//! A fast, non-cryptographic hash for the word tables of a theme pass:
//! std's SipHash guards against collision attacks but costs a sizeable
//! share of a corpus-wide pass; the keys here are words and small integers.
//! (The multiply-rotate scheme of rustc's FxHash.)

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Multiply-rotate hashing, eight bytes at a time.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_words_stay_distinct_keys() {
        let mut m: WordMap<String, usize> = WordMap::default();
        for (i, w) in ["durable", "enduring", "lasting", "durable2", ""].iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.len(), 5);
        assert_eq!(m.get("lasting"), Some(&2));
    }
}
