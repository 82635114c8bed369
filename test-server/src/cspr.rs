//! CSPR.cloud: `GET /accounts?page=&page_size=`.

use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use crate::data;
use crate::faults::{ApiState, Decision};
use crate::http::{self, Num, Request};

/// `page`'s default.
const DEFAULT_PAGE: u32 = 1;
/// `page_size`'s default.
const DEFAULT_PAGE_SIZE: u32 = 10;
/// `page_size`'s maximum: larger values are rejected.
const MAX_PAGE_SIZE: u32 = 250;

#[derive(Serialize)]
struct Error {
    code: &'static str,
    message: &'static str,
}

#[derive(Serialize)]
struct AccountsPage {
    data: Vec<Account>,
    item_count: usize,
    page_count: usize,
}

#[derive(Serialize)]
#[allow(clippy::struct_field_names, reason = "the wire name is `account_hash`")]
struct Account {
    account_hash: String,
    balance: String,
    main_purse_uref: String,
    public_key: String,
}

fn error(status: StatusCode, code: &'static str, message: &'static str) -> Response {
    http::json(status, &Error { code, message })
}

/// `GET /accounts`. Returns the page to record and the answer.
pub(crate) fn list_accounts(request: &Request<'_>, state: &mut ApiState) -> (u32, Response) {
    let page = Num::from_query(request.param("page"));
    let page_size = Num::from_query(request.param("page_size"));
    let recorded = page.recorded_page();
    if request.authorization() != Some(crate::CSPR_KEY) {
        let response = error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "the authorization header must carry a valid access token",
        );
        return (recorded, response);
    }
    let Some(page) = page.positive_or(DEFAULT_PAGE) else {
        let response = error(
            StatusCode::BAD_REQUEST,
            "invalid_page",
            "page must be a positive integer",
        );
        return (recorded, response);
    };
    let page_size = match page_size.positive_or(DEFAULT_PAGE_SIZE) {
        Some(size) if size <= MAX_PAGE_SIZE => size,
        _ => {
            let response = error(
                StatusCode::BAD_REQUEST,
                "invalid_page_size",
                "page_size must be between 1 and 250",
            );
            return (recorded, response);
        }
    };
    let response = match state.decide(page) {
        Decision::Fail => http::internal_error(),
        Decision::Malformed => http::malformed(),
        Decision::Serve { page, len } => {
            let data = http::page_range(page, page_size, len)
                .map(|i| Account {
                    account_hash: data::cspr_account_hash(i),
                    balance: data::cspr_balance(i),
                    main_purse_uref: data::cspr_main_purse_uref(i),
                    public_key: data::cspr_public_key(i),
                })
                .collect();
            http::json(
                StatusCode::OK,
                &AccountsPage {
                    data,
                    item_count: len,
                    page_count: len.div_ceil(page_size as usize),
                },
            )
        }
    };
    (recorded, response)
}
