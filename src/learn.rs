//! What the trained models share: stable feature hashing and a reproducible shuffle.

/// FNV-1a over the parts of a feature (each part closed by a separator byte): feature
/// strings to keys, stable across platforms and runs.
pub const fn fnv(parts: &[&[u8]]) -> u64 {
    fnv_more(FNV_START, parts)
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// [`fnv`] carried on from `h`, the hash of the parts before these: `fnv_more(fnv(&[a]), &[b])
/// == fnv(&[a, b])`. A feature template's name is hashed once (at compile time, `fnv` being
/// `const`), not once per key.
pub const fn fnv_more(mut h: u64, parts: &[&[u8]]) -> u64 {
    let mut k = 0;
    while k < parts.len() {
        let p = parts[k];
        let mut i = 0;
        while i < p.len() {
            h ^= p[i] as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
        k += 1;
    }
    h
}

/// Shuffles `order` in place (Fisher–Yates driven by xorshift from `seed`), the same way
/// on every machine, so that training twice gives the same model.
pub fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// A `std` hasher over FNV-1a for the word lists' tables: their keys are short words, for
/// which it is several times faster than the default SipHash (there is nothing to defend
/// against: the keys are our own lists, and lookups only ask whether a word is in them).
#[derive(Clone, Copy, Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;
