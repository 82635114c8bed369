//! The deterministic data sets: every item is computed from its index, so tests can compute
//! the exact expected items and the server never stores them.

/// The `id` of Clarifai input `i` in the `GET .../inputs` data set: `input-00042`.
pub fn clarifai_input_id(i: usize) -> String {
    format!("input-{i:05}")
}

/// The `input.id` of Clarifai hit `i` in the `POST .../annotations/searches` data set:
/// `hit-00042`.
pub fn clarifai_hit_input_id(i: usize) -> String {
    format!("hit-{i:05}")
}

/// The `account_hash` of CSPR.cloud account `i`: 64 lowercase hex characters, unique per `i`.
pub fn cspr_account_hash(i: usize) -> String {
    hex64(0, i)
}

/// The `id` of Codat invoice `i`: `inv-00042`.
pub fn codat_invoice_id(i: usize) -> String {
    format!("inv-{i:05}")
}

/// The `number` of GitHub issue `i`: issue numbers start at 1.
pub fn github_issue_number(i: usize) -> u64 {
    from_one(i)
}

/// The `id` of GitHub issue `i`: a large number, as GitHub's ids are, unique per `i`.
pub fn github_issue_id(i: usize) -> u64 {
    2_000_000_000 + index(i)
}

/// The `id` of GitLab project `i`: ids start at 1.
pub fn gitlab_project_id(i: usize) -> u64 {
    from_one(i)
}

/// The `id` of DRF book `i`: Django's ids start at 1.
pub fn drf_book_id(i: usize) -> u64 {
    from_one(i)
}

/// The `id` of JSON:API article `i`, a string as JSON:API requires: `"1"` for article 0.
pub fn jsonapi_article_id(i: usize) -> String {
    from_one(i).to_string()
}

/// The `id` of Spring customer `i`: JPA's generated ids start at 1.
pub fn spring_customer_id(i: usize) -> u64 {
    from_one(i)
}

/// The `id` of WordPress post `i`: ids start at 1.
pub fn wordpress_post_id(i: usize) -> u64 {
    from_one(i)
}

/// The `id` of Stripe customer `i`: `cus_` and 14 digits, `cus_00000000000042`.
pub fn stripe_customer_id(i: usize) -> String {
    format!("cus_{i:014}")
}

/// The `id` of Slack channel `i`: `C` and 8 digits, `C00000042`.
pub fn slack_channel_id(i: usize) -> String {
    format!("C{i:08}")
}

/// The cursor of the page of Slack channels that starts at channel `offset`, as
/// `next_cursor` hands it out: base64 of `channel:<its id>`, Slack's `type:id` form
/// (`dXNlcjpVMEc5V0ZYTlo=` is `user:U0G9WFXNZ`).
pub fn slack_cursor(offset: usize) -> String {
    use base64::Engine as _;
    let cursor = format!("channel:{}", slack_channel_id(offset));
    base64::engine::general_purpose::STANDARD.encode(cursor)
}

/// The `id` of Jira project `i`, a string of digits as Jira sends it: `"10000"` for project 0.
pub fn jira_project_id(i: usize) -> String {
    (10_000 + index(i)).to_string()
}

/// The `key` of Jira project `i`: `P` and at least three capital letters, `PAAA` for project
/// 0, `PAAB` for project 1, as keys are letters by default.
pub fn jira_project_key(i: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = i;
    while letters.len() < 3 || rest > 0 {
        letters.push(char::from(b'A' + u8::try_from(rest % 26).unwrap_or(0)));
        rest /= 26;
    }
    letters.into_iter().chain(['P']).rev().collect()
}

/// The index of the Stripe customer whose `id` is `id`, if it is one of
/// [`stripe_customer_id`]'s.
pub(crate) fn stripe_customer_index(id: &str) -> Option<usize> {
    inverse(id.strip_prefix("cus_")?, id, stripe_customer_id)
}

/// Where the page of Slack channels that `cursor` ([`slack_cursor`]) names starts.
pub(crate) fn slack_cursor_offset(cursor: &str) -> Option<usize> {
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(cursor)
        .ok()?;
    let id = String::from_utf8(decoded).ok()?;
    let id = id.strip_prefix("channel:")?;
    inverse(id.strip_prefix('C')?, id, slack_channel_id)
}

/// The `i` that `id_of` maps to `id`, read from `digits`: `None` unless `id` is exactly what
/// `id_of(i)` writes, so that no other spelling of the number is accepted.
fn inverse(digits: &str, id: &str, id_of: fn(usize) -> String) -> Option<usize> {
    let i = digits.parse().ok()?;
    (id_of(i) == id).then_some(i)
}

/// 2024-05-01T10:00:00Z, in seconds since the epoch.
const MAY_2024: u64 = 1_714_557_600;

/// The `created` time of Stripe customer `i`: a minute before customer `i - 1`'s, as Stripe
/// lists the newest first.
pub(crate) fn stripe_created(i: usize) -> u64 {
    MAY_2024.saturating_sub(index(i).saturating_mul(60))
}

/// The `created` time of Slack channel `i`: a minute after channel `i - 1`'s.
pub(crate) fn slack_created(i: usize) -> u64 {
    MAY_2024.saturating_add(index(i).saturating_mul(60))
}

/// The `created_at` of every Clarifai input and hit.
pub(crate) const CLARIFAI_CREATED_AT: &str = "2024-05-01T10:00:00Z";

/// The image URL of Clarifai input `i`.
pub(crate) fn clarifai_input_url(i: usize) -> String {
    format!("https://samples.clarifai.com/{i}.jpg")
}

/// The score of Clarifai hit `i`: strictly decreasing in `i`, always in `(0, 1)`, as a search
/// ranks its hits.
pub(crate) fn clarifai_hit_score(i: usize) -> f64 {
    let i = f64::from(u32::try_from(i).unwrap_or(u32::MAX));
    0.999 / (1.0 + i / 1000.0)
}

/// The `balance` of CSPR.cloud account `i`, in motes, as the decimal string the API sends.
pub(crate) fn cspr_balance(i: usize) -> String {
    (mix(index(i) ^ 0x5eed_ba1a_9ce0_0001) % 1_000_000_000_000_000).to_string()
}

/// The `main_purse_uref` of CSPR.cloud account `i`: `uref-<64 hex>-007`.
pub(crate) fn cspr_main_purse_uref(i: usize) -> String {
    format!("uref-{}-007", hex64(1, i))
}

/// The `public_key` of CSPR.cloud account `i`: `01` (Ed25519) and 64 hex characters.
pub(crate) fn cspr_public_key(i: usize) -> String {
    format!("01{}", hex64(2, i))
}

/// The `invoiceNumber` of Codat invoice `i`.
pub(crate) fn codat_invoice_number(i: usize) -> String {
    format!("INV-{i}")
}

/// The `totalAmount` of Codat invoice `i`: between 10.00 and 10009.99, with two decimals.
pub(crate) fn codat_total_amount(i: usize) -> f64 {
    let cents = u32::try_from(index(i).wrapping_mul(7919) % 1_000_000).unwrap_or(0);
    10.0 + f64::from(cents) / 100.0
}

/// The invoice statuses the fake knows, and the `query` filters it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InvoiceStatus {
    /// Every invoice whose index is not a multiple of 3.
    Paid,
    /// Every invoice whose index is a multiple of 3.
    Submitted,
}

impl InvoiceStatus {
    /// The status of Codat invoice `i`.
    pub(crate) fn of(i: usize) -> Self {
        if i % 3 == 0 {
            Self::Submitted
        } else {
            Self::Paid
        }
    }

    /// The wire name.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Paid => "Paid",
            Self::Submitted => "Submitted",
        }
    }

    /// How many of the invoices `0..len` have this status.
    pub(crate) fn count(self, len: usize) -> usize {
        let submitted = len.div_ceil(3);
        match self {
            Self::Submitted => submitted,
            Self::Paid => len - submitted,
        }
    }

    /// The index of the `k`-th (from 0) invoice with this status.
    pub(crate) fn nth(self, k: usize) -> usize {
        match self {
            Self::Submitted => 3 * k,
            Self::Paid => 3 * (k / 2) + 1 + k % 2,
        }
    }
}

fn index(i: usize) -> u64 {
    u64::try_from(i).unwrap_or(u64::MAX)
}

/// Item `i`'s id where a database numbers rows from 1.
fn from_one(i: usize) -> u64 {
    index(i).saturating_add(1)
}

/// `SplitMix64`'s finaliser: a bijection of `u64`, so distinct inputs give distinct outputs.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// 64 hex characters for item `i` of the stream `stream`. The first 16 are `mix(i + c)` for a
/// constant `c`, a bijection of `i`, so the result is unique per `i` within a stream.
fn hex64(stream: u64, i: usize) -> String {
    use std::fmt::Write as _;
    let i = index(i);
    let mut hex = String::with_capacity(64);
    for word in 0..4u64 {
        let offset = (stream * 4 + word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let _ = write!(hex, "{:016x}", mix(i.wrapping_add(offset)));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_follow_the_documented_formats() {
        assert_eq!(clarifai_input_id(7), "input-00007");
        assert_eq!(clarifai_hit_input_id(10_239), "hit-10239");
        assert_eq!(codat_invoice_id(42), "inv-00042");
        assert_eq!(codat_invoice_number(42), "INV-42");
    }

    #[test]
    fn stripe_slack_and_jira_ids_and_their_inverses() {
        assert_eq!(stripe_customer_id(42), "cus_00000000000042");
        assert_eq!(stripe_customer_index("cus_00000000000042"), Some(42));
        assert_eq!(stripe_customer_index("cus_42"), None);
        assert_eq!(stripe_customer_index("cus_+0000000000042"), None);
        assert_eq!(stripe_customer_index("cus_"), None);
        assert_eq!(slack_channel_id(7), "C00000007");
        assert_eq!(slack_cursor(200), "Y2hhbm5lbDpDMDAwMDAyMDA=");
        assert_eq!(slack_cursor_offset(&slack_cursor(200)), Some(200));
        assert_eq!(
            slack_cursor_offset("dXNlcjpVMEc5V0ZYTlo="),
            None,
            "user:U0G9WFXNZ"
        );
        assert_eq!(slack_cursor_offset("not base64!"), None);
        assert_eq!(jira_project_id(0), "10000");
        let keys: Vec<String> = [0, 1, 26, 17_575, 17_576].map(jira_project_key).into();
        assert_eq!(keys, ["PAAA", "PAAB", "PABA", "PZZZ", "PBAAA"]);
    }

    #[test]
    fn account_hashes_are_unique_lowercase_hex() {
        let hashes: HashSet<String> = (0..crate::CSPR_ACCOUNTS).map(cspr_account_hash).collect();
        assert_eq!(hashes.len(), crate::CSPR_ACCOUNTS);
        for hash in hashes.iter().take(100) {
            assert_eq!(hash.len(), 64);
            assert!(hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
        }
        assert_eq!(cspr_account_hash(3), cspr_account_hash(3));
        assert_eq!(
            cspr_main_purse_uref(0).len(),
            "uref-".len() + 64 + "-007".len()
        );
        assert_eq!(cspr_public_key(0).len(), 66);
    }

    #[test]
    fn status_counts_and_nth_agree_with_a_scan() {
        for len in [0, 1, 2, 3, 4, 5, 6, 7, 100, 10_500] {
            for status in [InvoiceStatus::Paid, InvoiceStatus::Submitted] {
                let scan: Vec<usize> = (0..len)
                    .filter(|&i| InvoiceStatus::of(i) == status)
                    .collect();
                assert_eq!(status.count(len), scan.len(), "{status:?} in {len}");
                for (k, &i) in scan.iter().enumerate() {
                    assert_eq!(status.nth(k), i);
                }
            }
        }
    }

    #[test]
    fn scores_decrease_within_zero_and_one() {
        let mut previous = 1.0;
        for i in 0..crate::CLARIFAI_HITS {
            let score = clarifai_hit_score(i);
            assert!(score > 0.0 && score < previous);
            previous = score;
        }
    }
}
