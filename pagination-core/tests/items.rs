//! The item walker's fast paths give what its plain `next` gives: `fold` (and so
//! `for_each`, `sum` of plain items) folds each page's items at once, and `max_items`
//! cuts a page once, when it arrives. And the walk holds one page at a time.

use pagination_core::{Paginated, paginate};
use proptest::prelude::*;

#[derive(Debug, Clone, Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListNumbers {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, Clone, Paginated)]
struct NumberPage {
    #[paginate(items)]
    numbers: Vec<u64>,
    #[paginate(has_more)]
    more: bool,
}

/// A server of `pages` (by number, from 1) that fails once on `fail`.
fn server(
    pages: Vec<Vec<u64>>,
    fail: Option<u32>,
) -> impl FnMut(ListNumbers) -> Result<NumberPage, String> {
    move |request| {
        let page = request.page.unwrap_or(1);
        if Some(page) == fail {
            return Err(format!("page {page} failed"));
        }
        let index = usize::try_from(page - 1).unwrap();
        Ok(NumberPage {
            numbers: pages.get(index).cloned().unwrap_or_default(),
            more: index + 1 < pages.len(),
        })
    }
}

/// What a plain `next` loop yields: the items, then the error's text if one ends it.
fn by_next(pages: &[Vec<u64>], fail: Option<u32>, max: Option<u64>) -> (Vec<u64>, Option<String>) {
    let walk = paginate(ListNumbers::default(), server(pages.to_vec(), fail)).items();
    let walk = match max {
        Some(max) => walk.max_items(max),
        None => walk,
    };
    let mut items = Vec::new();
    // A `for` loop calls `next`, and nothing else.
    for item in walk {
        match item {
            Ok(item) => items.push(item),
            Err(error) => return (items, Some(error.to_string())),
        }
    }
    (items, None)
}

/// The same through `fold`.
fn by_fold(pages: &[Vec<u64>], fail: Option<u32>, max: Option<u64>) -> (Vec<u64>, Option<String>) {
    let mut walk = paginate(ListNumbers::default(), server(pages.to_vec(), fail)).items();
    if let Some(max) = max {
        walk = walk.max_items(max);
    }
    walk.fold((Vec::new(), None), |(mut items, error), item| match item {
        Ok(item) if error.is_none() => {
            items.push(item);
            (items, None)
        }
        Ok(item) => panic!("item {item} after the error {error:?}"),
        Err(new) => {
            assert!(error.is_none(), "two errors: {error:?}, then {new}");
            (items, Some(new.to_string()))
        }
    })
}

proptest! {
    #[test]
    fn fold_yields_what_next_yields(
        pages in proptest::collection::vec(proptest::collection::vec(0..1000u64, 0..12), 0..8),
        fail in proptest::option::of(1..10u32),
        max in proptest::option::of(0..60u64),
    ) {
        let plain = by_next(&pages, fail, max);
        prop_assert_eq!(&by_fold(&pages, fail, max), &plain);
        let total: usize = pages.iter().map(Vec::len).sum();
        prop_assert!(plain.0.len() <= total);
        if let Some(max) = max {
            prop_assert!(plain.0.len() as u64 <= max);
        }
    }
}

#[test]
fn for_each_and_sum_see_every_item_in_order() {
    let pages: Vec<Vec<u64>> = (0..5)
        .map(|page| (page * 10..page * 10 + 10).collect())
        .collect();
    let mut seen = Vec::new();
    paginate(ListNumbers::default(), server(pages.clone(), None))
        .items()
        .for_each(|item| seen.push(item.unwrap()));
    assert_eq!(seen, (0..50).collect::<Vec<u64>>());
    let sum: u64 = paginate(ListNumbers::default(), server(pages, None))
        .items()
        .map(Result::unwrap)
        .sum();
    assert_eq!(sum, (0..50).sum());
}

#[test]
fn max_items_cuts_the_page_that_passes_it() {
    let pages = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    assert_eq!(by_next(&pages, None, Some(5)), (vec![1, 2, 3, 4, 5], None));
    assert_eq!(by_fold(&pages, None, Some(5)), (vec![1, 2, 3, 4, 5], None));
}

/// Pages of 10,000 items (80 kB each): the walk frees each page before it fetches the
/// next, so at its peak it holds one page and the one being built, never two full pages
/// and a third.
#[test]
fn the_walk_holds_one_page_at_a_time() {
    const PAGE: u64 = 10_000;
    let fetch = |request: ListNumbers| -> Result<NumberPage, String> {
        let page = u64::from(request.page.unwrap_or(1));
        Ok(NumberPage {
            numbers: ((page - 1) * PAGE..page * PAGE).collect(),
            more: page < 20,
        })
    };
    let page_bytes = PAGE * 8;
    for fold in [false, true] {
        let mut count = 0;
        let info = allocation_counter::measure(|| {
            let items = paginate(ListNumbers::default(), fetch).items();
            count = if fold {
                items.fold(0, |count, item| count + u64::from(item.is_ok()))
            } else {
                let mut count = 0;
                for item in items {
                    count += u64::from(item.is_ok());
                }
                count
            };
        });
        assert_eq!(count, 20 * PAGE);
        assert!(
            info.bytes_max < page_bytes + page_bytes / 2,
            "peak {} bytes with pages of {page_bytes} (fold: {fold})",
            info.bytes_max
        );
    }
}
