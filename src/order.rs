//! Sorting through one shared copy of the standard library's sort.
//!
//! Every `slice::sort_by` with a closure of its own makes the compiler emit a copy of the
//! standard sort for it, some 5 KB of wasm each. The functions here sort indices instead,
//! through one function that takes its comparison as `dyn`, then move the elements into
//! place: one copy of the sort in the module whatever the number of callers. They are for
//! the short vectors of a document or the merge (at most a few thousand elements); the
//! sorts of plain numbers on hot paths (feature hashes, shingles) keep `sort_unstable`,
//! whose copy those callers share.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The distinct items, in order: what collecting into a `BTreeSet` gives, as a vector.
pub fn sorted_distinct<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    sort(&mut v);
    v.dedup();
    v
}

/// Sorts `v` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by `key`, computing each element's key once, as
/// `slice::sort_by_cached_key` does.
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_indices(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// The indices `0..n` in the order `cmp` gives them, ties in index order.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the element at `order[i]` to `i`, by following each cycle of the permutation
/// with swaps (linear time, no copies of the elements).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for i in 0..v.len().min(order.len()) {
        let mut j = i;
        loop {
            let k = order[j];
            order[j] = j;
            if k == i || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        // (key, original position): the standard stable sort is the reference.
        let cases: Vec<Vec<u8>> =
            vec![vec![], vec![3], vec![2, 1], vec![1, 1, 1], vec![5, 3, 5, 1, 3, 0, 9, 3], (0..50).map(|i| (i * 37 % 11) as u8).collect(), (0..20).rev().collect()];
        for keys in cases {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut want = tagged.clone();
            want.sort_by_key(|x| x.0);
            let mut got = tagged.clone();
            sort_by_key(&mut got, |x| x.0);
            assert_eq!(got, want, "sort_by_key {keys:?}");
            let mut got = tagged.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            let mut want_desc = tagged.clone();
            want_desc.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(got, want_desc, "sort_by descending {keys:?}");
            let mut got = tagged.clone();
            sort_by_cached_key(&mut got, |x| x.0);
            assert_eq!(got, want, "sort_by_cached_key {keys:?}");
        }
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi"].iter().map(|s| s.to_string()).collect();
        sort_by_key(&mut v, |s| s.len());
        assert_eq!(v, ["fig", "pear", "kiwi", "apple"]);
    }
}
