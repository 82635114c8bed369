//! CSPR.cloud: `GET /accounts?page=&page_size=`.

use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /accounts`.
pub(crate) struct Accounts;

#[derive(Serialize)]
struct Error {
    code: &'static str,
    message: &'static str,
}

#[derive(Serialize)]
struct AccountsPage {
    data: Vec<Account>,
    /// Left out, like `page_count`, only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    item_count: Option<i128>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_count: Option<i128>,
}

#[derive(Serialize)]
#[allow(clippy::struct_field_names, reason = "the wire name is `account_hash`")]
struct Account {
    account_hash: String,
    balance: String,
    main_purse_uref: String,
    public_key: String,
}

impl FakeApi for Accounts {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/accounts";
    const ITEMS: usize = crate::CSPR_ACCOUNTS;
    /// `page_size` defaults to 10; the docs state 250 as the maximum, so more is refused.
    const PAGING: Paging = Paging::query("page", "page_size", 10, 250, AboveMax::Reject);
    type Params = ();

    /// The bare access token, with no scheme.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.authorization() == Some(crate::CSPR_KEY)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let (code, message) = match rejection {
            Rejection::Unauthorized => (
                "unauthorized",
                "the authorization header must carry a valid access token",
            ),
            Rejection::Page => ("invalid_page", "page must be a positive integer"),
            Rejection::Size => ("invalid_page_size", "page_size must be between 1 and 250"),
        };
        ErrorAnswer::json(rejection.status(), &Error { code, message })
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let data = page
            .range(page.len)
            .map(|i| Account {
                account_hash: data::cspr_account_hash(i),
                balance: data::cspr_balance(i),
                main_purse_uref: data::cspr_main_purse_uref(i),
                public_key: data::cspr_public_key(i),
            })
            .collect();
        PageAnswer::json(&AccountsPage {
            data,
            item_count: page.total_items(page.len),
            page_count: page.total_pages(page.pages(page.len)),
        })
    }
}
