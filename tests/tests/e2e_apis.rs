//! End to end: the example SDK walks every item of the APIs users meet after the seeds
//! (Django REST framework, Spring Data, ...) on the test server over real HTTP, by page
//! number and by the server's next links, sequentially and, where the totals allow,
//! concurrently; and checks the exact item sets.

use pagination_core::{PaginatedRequest, paginate_stream};
use pagination_test_server::{
    self as server, Api, Faults, TestServer, drf_book_id, jsonapi_article_id, spring_customer_id,
};
use pagination_tests::{drf, jsonapi, spring};

mod common;
use common::{client, expected, ids, n};

fn pages_asked(server: &TestServer, api: Api) -> Vec<u32> {
    let mut pages: Vec<u32> = server
        .requests()
        .into_iter()
        .filter(|request| request.api == api)
        .map(|request| request.page)
        .collect();
    pages.sort_unstable();
    pages
}

#[tokio::test]
async fn django_rest_framework_by_page_number_and_by_next_links() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = drf::ListBooks::default().with_max_page_size();
    // `count` tells the last page: fetched ahead, and never the 404 past it.
    for concurrency in [1, 4] {
        let pages =
            paginate_stream(first.clone(), |r| client.list_books(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |book| book.id).await.unwrap();
        assert_eq!(got, expected(server::DRF_BOOKS, drf_book_id));
    }
    let got = ids(client.books_by_link(first).items(), |book| book.id)
        .await
        .unwrap();
    assert_eq!(got, expected(server::DRF_BOOKS, drf_book_id));
    // 24 pages a walk, three walks: none past the last.
    let mut thrice: Vec<u32> = (1..=24).flat_map(|page| [page; 3]).collect();
    thrice.sort_unstable();
    assert_eq!(pages_asked(&server, Api::DrfBooks), thrice);
    server.stop().await;
}

#[tokio::test]
async fn spring_data_from_page_zero_and_one_indexed() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for concurrency in [1, 8] {
        let first = spring::ListCustomers::default().with_page_size(500);
        let pages =
            paginate_stream(first, |r| client.list_customers(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |customer| customer.id).await.unwrap();
        assert_eq!(got, expected(server::SPRING_CUSTOMERS, spring_customer_id));

        // The request counts from 1, the answer's `number` from 0: `page_base = 0`.
        let first = spring::ListCustomersOneIndexed::default().with_page_size(500);
        let pages = paginate_stream(first, |r| client.list_customers_one_indexed(r))
            .concurrency(n(concurrency));
        let got = ids(pages.items(), |customer| customer.id).await.unwrap();
        assert_eq!(got, expected(server::SPRING_CUSTOMERS, spring_customer_id));
    }
    server.stop().await;
}

#[tokio::test]
async fn json_api_by_page_number_and_by_links_as_strings_or_objects() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = jsonapi::ListArticles::default().with_max_page_size();
    for concurrency in [1, 4] {
        let pages =
            paginate_stream(first.clone(), |r| client.list_articles(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |article| article.id).await.unwrap();
        assert_eq!(got, expected(server::JSONAPI_ARTICLES, jsonapi_article_id));
    }
    for link_objects in [false, true] {
        let faults = Faults {
            link_objects,
            ..Faults::default()
        };
        server.set_faults(Api::JsonApiArticles, faults);
        let got = ids(client.articles_by_link(first.clone()).items(), |article| {
            article.id
        })
        .await
        .unwrap();
        assert_eq!(got, expected(server::JSONAPI_ARTICLES, jsonapi_article_id));
    }
    server.stop().await;
}
