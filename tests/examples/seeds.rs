//! The three seed APIs' request and response types in action on the JSON their own
//! documentation shows: what each request sends, what each response says, and which page
//! comes next.
//!
//! Run with `cargo run --example seeds`.

use pagination_core::{PaginatedRequest, PaginatedResponse, resolve_link};
use pagination_tests::{clarifai, codat, cspr};

const CSPR_PAGE_2: &str = include_str!("../fixtures/cspr_accounts_page2.json");
const CODAT_PAGE_4: &str = include_str!("../fixtures/codat_invoices_page4.json");
const CODAT_PAGE_5: &str = include_str!("../fixtures/codat_invoices_page5.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    clarifai()?;
    cspr()?;
    codat()?;
    Ok(())
}

fn clarifai() -> Result<(), Box<dyn std::error::Error>> {
    println!("Clarifai: no totals; a short page is the last");
    let request = clarifai::ListInputs {
        user_id: "me".into(),
        app_id: "photos".into(),
        ..Default::default()
    }
    .with_page(2)
    .with_page_size(20);
    println!(
        "  GET /v2/users/{}/apps/{}/inputs?{}",
        request.user_id,
        request.app_id,
        request.page_query()
    );
    let full: clarifai::MultiInputResponse = serde_json::from_value(serde_json::json!({
        "status": {"code": 10000, "description": "Ok"},
        "inputs": (0..20).map(|i| serde_json::json!({
            "id": format!("input-{i}"), "created_at": "2024-05-01T10:00:00Z"
        })).collect::<Vec<_>>(),
    }))?;
    describe(&request, &full);
    let short: clarifai::MultiInputResponse = serde_json::from_str(
        r#"{"status": {"code": 10000, "description": "Ok"},
            "inputs": [{"id": "input-20", "created_at": "2024-05-01T10:00:00Z"}]}"#,
    )?;
    describe(&request, &short);

    let search = clarifai::PostAnnotationsSearches {
        searches: vec![serde_json::json!({"query": {"filters": []}})],
        ..Default::default()
    }
    .with_page(2)
    .with_page_size(20);
    println!(
        "  POST /v2/users/me/apps/photos/annotations/searches {}",
        serde_json::to_string(&search)?
    );
    Ok(())
}

fn cspr() -> Result<(), Box<dyn std::error::Error>> {
    println!("\nCSPR.cloud: item_count and page_count");
    let request = cspr::ListAccounts::default()
        .with_page(2)
        .with_page_size(25);
    println!("  GET /accounts?{}", request.page_query());
    let page: cspr::Page<cspr::Account> = serde_json::from_str(CSPR_PAGE_2)?;
    describe(&request, &page);
    let fastest = cspr::ListAccounts::default().with_max_page_size();
    println!(
        "  the fewest requests (the docs advise it against rate limits): ?{}",
        fastest.page_query()
    );
    Ok(())
}

fn codat() -> Result<(), Box<dyn std::error::Error>> {
    println!("\nCodat: totalResults and HAL _links");
    let base = "https://api.codat.io/companies/8a210b68/data/invoices";
    for (page_number, json) in [(4, CODAT_PAGE_4), (5, CODAT_PAGE_5)] {
        let request = codat::ListInvoices {
            company_id: "8a210b68".into(),
            ..Default::default()
        }
        .with_page(page_number)
        .with_page_size(20);
        let url = format!("{base}?{}", request.page_query());
        println!("  GET {url}");
        let page: codat::InvoicePage = serde_json::from_str(json)?;
        describe(&request, &page);
        if let Some(href) = page.next_link() {
            println!(
                "    next link {href} resolves to {}",
                resolve_link(&url, href)?
            );
        }
    }
    match resolve_link(base, "https://elsewhere.example/steal?page=6") {
        Ok(url) => println!("  a cross-origin link was followed to {url}!"),
        Err(error) => println!("  a cross-origin next link: {error}"),
    }
    Ok(())
}

fn describe<Req, Resp>(request: &Req, response: &Resp)
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
{
    let info = response.page_info();
    let known = |value: Option<u64>| value.map_or_else(|| "-".to_owned(), |v| v.to_string());
    println!(
        "    {} items on page {} (server says page {}, size {}, {} items in {} pages)",
        response.items().len(),
        request.page(),
        known(info.page),
        known(info.page_size),
        known(info.total_items),
        known(info.total_pages),
    );
    match request.next_request(response) {
        Some(next) => println!("    next: ?{}", next.page_query()),
        None => println!("    that was the last page"),
    }
}
