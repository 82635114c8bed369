//! Expansion snapshots: the generated code of representative inputs, pretty-printed, so
//! that a change to it shows in review (`cargo insta review` to accept one). Every one of
//! them names only the documented surface of the runtime, never a hidden module.

mod messages;
mod ui_cases;

use crate::derive;
use quote::quote;

fn pretty(input: proc_macro2::TokenStream) -> String {
    let output = derive(input);
    assert_public_surface(&output);
    let file: syn::File = syn::parse2(output.clone())
        .unwrap_or_else(|error| panic!("the expansion does not parse ({error}):\n{output}"));
    file.items.into_iter().map(pretty_item).collect()
}

/// Generated code reaches the runtime through its public, documented surface: its traits
/// and types, and its `support` module; never a hidden module such as `__private`.
fn assert_public_surface(output: &proc_macro2::TokenStream) {
    let code = output.to_string();
    assert!(
        !code.contains("__private"),
        "the expansion names a hidden module:\n{code}"
    );
}

/// The stored snapshots, which are the expansions of every input above, name no hidden
/// module either (a snapshot left over from an older expansion would).
#[test]
fn snapshots_name_no_hidden_module() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tests/snapshots");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let snapshot = std::fs::read_to_string(&path).unwrap();
        assert!(
            !snapshot.contains("__private"),
            "{} names a hidden module",
            path.display()
        );
        count += 1;
    }
    assert!(count > 0, "no snapshots found");
}

/// One item; the `FromHttp` impl the runtime's `from_http!` wraps is printed as an impl,
/// between comments that show the wrapper, since prettyplease prints the body of an
/// unknown macro as one run of tokens.
fn pretty_item(item: syn::Item) -> String {
    let file = |items| {
        let mut file: syn::File = syn::parse_quote!();
        file.items = items;
        prettyplease::unparse(&file)
    };
    match item {
        syn::Item::Macro(wrapper)
            if wrapper
                .mac
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "from_http") =>
        {
            let path = quote::ToTokens::to_token_stream(&wrapper.mac.path).to_string();
            let inner: syn::File = syn::parse2(wrapper.mac.tokens).unwrap();
            format!(
                "// {}! {{\n{}// }}\n",
                path.replace(' ', ""),
                file(inner.items)
            )
        }
        item => file(vec![item]),
    }
}

#[test]
fn request_codat() {
    insta::assert_snapshot!(pretty(quote! {
        #[derive(Paginated)]
        #[serde(rename_all = "camelCase")]
        #[paginate(page = "page", size = "pageSize", default = 100, max = 5000)]
        pub struct ListInvoices {
            #[serde(skip)]
            pub company_id: String,
            pub query: Option<String>,
            pub page: Option<u32>,
            pub page_size: Option<u32>,
        }
    }));
}

#[test]
fn request_markers_first_page_zero_and_size_before_page() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(default = 20, max = 100, first = 0)]
        struct Search<'a, T: Clone> where T: Default {
            term: &'a str,
            filter: T,
            #[paginate(size)]
            limit: i64,
            #[paginate(page)]
            r#page: u16,
        }
    }));
}

#[test]
fn request_nested_clarifai_post() {
    insta::assert_snapshot!(pretty(quote! {
        struct PostAnnotationsSearches {
            searches: Vec<Search>,
            #[paginate(nested)]
            pagination: Pagination,
        }
    }));
}

#[test]
fn response_codat() {
    insta::assert_snapshot!(pretty(quote! {
        #[serde(rename_all = "camelCase")]
        pub struct InvoicePage {
            #[paginate(items)]
            pub results: Vec<Invoice>,
            #[paginate(page)]
            pub page_number: u32,
            #[paginate(size)]
            pub page_size: u32,
            #[paginate(total_items)]
            pub total_results: u64,
            #[serde(rename = "_links")]
            #[paginate(next)]
            pub links: pagination_core::HalLinks,
        }
    }));
}

#[test]
fn response_generic_struct_level_names_custom_crate() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = "data", total_items = "item_count", total_pages = "page_count")]
        #[paginate(crate = "my_sdk::pagination")]
        pub struct Page<T> {
            data: Option<Vec<T>>,
            item_count: i64,
            page_count: i64,
        }
    }));
}

#[test]
fn response_spring_page_base() {
    insta::assert_snapshot!(pretty(quote! {
        #[serde(rename_all = "camelCase")]
        #[paginate(items = "content", page = "number", total_pages = "totalPages", page_base = 0)]
        pub struct SpringPage<T> {
            content: Vec<T>,
            number: u32,
            total_pages: Option<NonZeroU32>,
        }
    }));
}

/// JSON:API: the items at the top, totals under `meta` and the link under `links`, both
/// objects the server may leave out.
#[test]
fn response_json_api_paths() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = data, total_items = meta.total, total_pages = meta.total_pages)]
        #[paginate(next = links.next)]
        pub struct ArticlePage {
            data: Vec<Article>,
            meta: Option<Meta>,
            links: Option<Links>,
        }
    }));
}

/// Spring Data REST: the items two levels down under `_embedded`, whose type the derive
/// cannot see (so `item` says it), and the numbers under `page`, three levels for the
/// size.
#[test]
fn response_spring_data_rest_paths() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = embedded.people, item = Person<'a, T>, page = page.number)]
        #[paginate(size = page.size.value, total_items = page.total_elements)]
        pub struct PersonPage<'a, T> {
            #[serde(rename = "_embedded")]
            embedded: Option<People<'a, T>>,
            page: PageMetadata,
        }
    }));
}

/// Stripe's `has_more` flag, on a field.
#[test]
fn response_has_more_marker() {
    insta::assert_snapshot!(pretty(quote! {
        pub struct CustomerList {
            #[paginate(items)]
            data: Vec<Customer>,
            #[paginate(has_more)]
            has_more: bool,
        }
    }));
}

/// GraphQL's `pageInfo.hasNextPage`: a `has_more` flag through a path.
#[test]
fn response_has_more_graphql_path() {
    insta::assert_snapshot!(pretty(quote! {
        #[serde(rename_all = "camelCase")]
        #[paginate(items = "nodes", has_more = page_info.has_next_page)]
        pub struct Connection {
            nodes: Vec<Node>,
            page_info: Option<PageInfo>,
        }
    }));
}

/// GitHub: a bare array, and the `Link` header's `rel="next"` and `rel="last"` links.
#[test]
fn response_headers_github() {
    insta::assert_snapshot!(pretty(quote! {
        pub struct Issues {
            #[paginate(items)]
            issues: Vec<Issue>,
            #[paginate(next, header = "Link")]
            next: Option<String>,
            #[paginate(total_pages, header = "link")]
            last_page: Option<u32>,
        }
    }));
}

/// GitLab: a bare array, the numbers in `X-` headers, `X-Next-Page` (empty on the last
/// page) as the flag, and the `Link` header; generic, through an SDK's runtime path.
#[test]
fn response_headers_gitlab() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(crate = "gitlab_sdk::pagination")]
        pub struct Projects<T> {
            #[paginate(items)]
            projects: Vec<T>,
            #[paginate(page, header = "X-Page")]
            page: Option<u32>,
            #[paginate(size, header = "X-Per-Page")]
            per_page: Option<u32>,
            #[paginate(total_items, header = "X-Total")]
            total: Option<u64>,
            #[paginate(total_pages, header = "X-Total-Pages")]
            pages: Option<u64>,
            #[paginate(has_more, header = "X-Next-Page")]
            more: Option<bool>,
            #[paginate(next, header = "Link")]
            next: Option<String>,
        }
    }));
}

/// WordPress: a bare array, `X-WP-Total` and `X-WP-TotalPages`; the body's fields could
/// as well sit in one struct, reached by paths.
#[test]
fn response_headers_wordpress_body_struct() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = body.posts, item = Post)]
        pub struct Posts {
            body: PostsBody,
            #[paginate(total_items, header = "X-WP-Total")]
            total: Option<u64>,
            #[paginate(total_pages, header = "X-WP-TotalPages")]
            pages: Option<u64>,
        }
    }));
}

/// Jira's `startAt` / `maxResults`: an offset request by struct-level wire names.
#[test]
fn request_jira() {
    insta::assert_snapshot!(pretty(quote! {
        #[serde(rename_all = "camelCase")]
        #[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
        pub struct SearchProjects {
            pub query: Option<String>,
            pub start_at: Option<u64>,
            pub max_results: Option<u32>,
        }
    }));
}

/// Jira's page bean: the offset it answered from, the limit it used, the total and the
/// values.
#[test]
fn response_jira() {
    insta::assert_snapshot!(pretty(quote! {
        #[serde(rename_all = "camelCase")]
        #[paginate(items = "values", offset = "startAt", size = "maxResults", total_items = "total")]
        pub struct ProjectPage {
            pub start_at: u64,
            pub max_results: u32,
            pub total: u64,
            pub is_last: bool,
            pub values: Vec<Project>,
        }
    }));
}

/// Stripe's `starting_after` / `limit`, by field markers, with a `u8` limit.
#[test]
fn request_stripe_markers() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(default = 10, max = 100)]
        pub struct ListCustomers {
            pub email: Option<String>,
            #[paginate(cursor)]
            pub starting_after: Option<String>,
            #[paginate(limit)]
            pub limit: Option<u8>,
        }
    }));
}

/// Stripe's list: the next cursor is the `id` of the page's last item.
#[test]
fn response_stripe_item_cursor() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = data, has_more = has_more, item_cursor = id)]
        pub struct CustomerList {
            pub object: String,
            pub data: Vec<Customer>,
            pub has_more: bool,
        }
    }));
}

/// Slack's `cursor` / `limit`, where an empty `cursor` is no cursor.
#[test]
fn request_slack() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
        pub struct ListConversations<'a> {
            pub types: &'a str,
            pub cursor: String,
            pub limit: Option<NonZeroU16>,
        }
    }));
}

/// Slack's `response_metadata.next_cursor`, under an object that may be left out.
#[test]
fn response_slack_nested_next_cursor() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(items = "channels", next_cursor = response_metadata.next_cursor)]
        pub struct ConversationsPage {
            pub ok: bool,
            pub channels: Vec<Channel>,
            pub response_metadata: Option<ResponseMetadata>,
        }
    }));
}

/// A nested item cursor, and the next cursor by a field marker, generic.
#[test]
fn response_item_cursor_path_and_marker() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(item_cursor = node.id)]
        pub struct Edges<T> {
            #[paginate(items)]
            pub edges: Option<Vec<Edge<T>>>,
        }
    }));
}

#[test]
fn request_rename_without_serde() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(default = 10, max = 100)]
        struct ListUsers {
            #[paginate(page, rename = "pageNumber")]
            page_number: Option<NonZeroU32>,
            #[paginate(size, rename = "perPage")]
            per_page: NonZero<u8>,
        }
    }));
}

#[test]
fn errors_with_fallback_request() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(size = "pageSize", default = 500, max = 100, first = 2, maxx = 3)]
        struct Bad {
            page: u32,
            #[paginate(total_items)]
            size: u32,
        }
    }));
}

/// Offset and page keys on one request: the fallback implements the trait of the style its
/// first style key gives it.
#[test]
fn errors_with_fallback_offset() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(offset = "offset", limit = "limit", size = "size", default = 10, max = 100)]
        struct Bad {
            offset: u64,
            limit: u32,
            size: u32,
            #[paginate(next_cursor)]
            next: String,
        }
    }));
}

/// A cursor request missing its limit and bounds.
#[test]
fn errors_with_fallback_cursor() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(cursor = "after", first_offset = 1)]
        struct Bad {
            after: Option<String>,
        }
    }));
}

#[test]
fn errors_with_fallback_response() {
    insta::assert_snapshot!(pretty(quote! {
        #[paginate(default = 10, total_pages = "pages")]
        struct BadPage {
            #[paginate(items)]
            items: Vec<u8>,
            #[paginate(nested)]
            inner: Inner,
        }
    }));
}

/// Header mistakes: a `Link` header for a role it cannot give, a `param` without it, and
/// two body fields; the fallback implements `FromHttp` too, with `()` as its body.
#[test]
fn errors_with_fallback_headers() {
    insta::assert_snapshot!(pretty(quote! {
        struct BadHeaders {
            #[paginate(items)]
            items: Vec<u8>,
            meta: Meta,
            #[paginate(size, header = "Link")]
            size: Option<u32>,
            #[paginate(total_pages, header = "X-Total-Pages", param = "p")]
            pages: Option<u32>,
        }
    }));
}

#[test]
fn not_a_struct() {
    insta::assert_snapshot!(pretty(quote! {
        enum Listing { A, B }
    }));
}

/// The derive answers any tokens with an expansion or errors, never a panic.
#[test]
fn odd_inputs_do_not_panic() {
    let inputs = [
        quote!(),
        quote!(struct),
        quote!(
            struct S;
        ),
        quote!(
            struct S(u32);
        ),
        quote!(union U { a: u32 }),
        quote!(
            #[paginate]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate = "x"]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(size = )]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(size = "")]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(max = -1, default = 1.5, first = "1")]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(max = 99999999999999999999999)]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(crate = "not a path")]
            struct S {
                page: u32,
            }
        ),
        quote!(
            #[paginate(a::b = 1)]
            struct S {
                page: u32,
            }
        ),
        quote!(
            struct S {
                #[paginate(items = "x")]
                a: Vec<u8>,
            }
        ),
        quote!(
            struct S {
                #[paginate(items(x))]
                a: Vec<u8>,
            }
        ),
        quote!(
            struct S {
                #[paginate(items, items)]
                a: Vec<u8>,
            }
        ),
        quote!(
            #[serde(rename_all = "nonsense")]
            struct S {
                #[serde(rename(serialize = 1))]
                a: u8,
            }
        ),
        quote!(
            #[serde(rename_all(serialize = "camelCase", deserialize = "kebab-case"))]
            struct S {
                #[paginate(items)]
                ß: Vec<u8>,
            }
        ),
        quote!(#[paginate(size = "_", default = 1, max = 1)] struct S { page: u8, _: u8 }),
    ];
    for input in inputs {
        let output = derive(input.clone());
        assert!(!output.is_empty(), "no output for {input}");
        assert_public_surface(&output);
    }
}

/// Nor to paths of fields that are not paths.
#[test]
fn odd_paths_do_not_panic() {
    let inputs = [
        quote!(
            #[paginate(items = a.b, item = , next = .c, has_more = d..e)]
            struct S {
                a: A,
            }
        ),
        quote!(
            #[paginate(items = a.0, total_items = a.b(), total_pages = self.x)]
            struct S {
                a: A,
            }
        ),
        quote!(
            #[paginate(size = a.b, page = c, default = 1, max = 1)]
            struct S {
                a: A,
            }
        ),
        quote!(
            #[paginate(items = a.b.c, item = u8, page = a, next = b.c)]
            struct S;
        ),
        quote!(
            #[paginate(items = a.b, item = u8)]
            struct S {
                #[paginate(next, header = "Link", param = "")]
                a: A,
            }
        ),
        quote!(
            struct S(
                #[paginate(items, header = "X")] Vec<u8>,
                #[paginate(header)] u8,
            );
        ),
        quote!(
            struct S {
                #[paginate(items)]
                a: Vec<u8>,
                #[paginate(header = "X-Total", header = "X-Count", total_items, param = 1)]
                b: Option<u8>,
                #[paginate(header = "\u{e9}", has_more)]
                c: Option<bool>,
            }
        ),
    ];
    for input in inputs {
        let output = derive(input.clone());
        assert!(syn::parse2::<syn::File>(output.clone()).is_ok(), "{output}");
        assert_public_surface(&output);
    }
}

mod never_panics {
    use crate::derive;
    use crate::keys::Key;
    use proptest::prelude::*;

    /// Every key of the table, and two that are not keys.
    fn keys() -> Vec<&'static str> {
        Key::ALL
            .iter()
            .map(|key| key.name())
            .chain(["sise", "per_page"])
            .collect()
    }

    const VALUES: &[&str] = &[
        "",
        " = \"page\"",
        " = \"pageSize\"",
        " = \"page_size\"",
        " = \"perPage\"",
        " = \"\"",
        " = 0",
        " = 1",
        " = 2",
        " = 100",
        " = 5000",
        " = -1",
        " = 1.5",
        " = true",
        " = 99999999999",
        " = path::x",
        " = \"a b\"",
        "(x)",
        " = \"crate::x\"",
        " = results",
        " = meta.total",
        " = meta.page.total",
        " = meta.",
        " = meta::total",
        " = r#type.total",
        " = u8",
        " = Vec<T>",
        " = \"Link\"",
        " = \"X-Total\"",
        " = id",
        " = \"startAt\"",
        " = \"cursor\"",
        " = 18446744073709551615",
        " = 18446744073709551616",
    ];
    const TYPES: &[&str] = &[
        "u8",
        "i16",
        "u32",
        "Option<u64>",
        "NonZeroU8",
        "Option<NonZero<u32>>",
        "String",
        "Vec<T>",
        "Option<Vec<u8>>",
        "HalLinks",
        "Option<bool>",
        "f64",
        "&'a str",
        "Option<String>",
        "Option<Cow<'a, str>>",
        "NonZeroU64",
    ];
    const NAMES: &[&str] = &[
        "page",
        "per_page",
        "page_size",
        "pageSize",
        "results",
        "r#type",
        "total",
        "cursor",
        "start_at",
        "limit",
    ];

    fn attribute() -> impl Strategy<Value = String> {
        let keys = keys();
        prop::collection::vec((0..keys.len(), 0..VALUES.len()), 0..4).prop_map(move |entries| {
            let entries: Vec<String> = entries
                .into_iter()
                .map(|(key, value)| format!("{}{}", keys[key], VALUES[value]))
                .collect();
            format!("#[paginate({})]", entries.join(", "))
        })
    }

    fn field() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(attribute(), 0..2),
            0..NAMES.len(),
            0..TYPES.len(),
        )
            .prop_map(|(attributes, name, ty)| {
                format!("{} {}: {}", attributes.join(" "), NAMES[name], TYPES[ty])
            })
    }

    fn item() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(attribute(), 0..3),
            prop::collection::vec(field(), 0..5),
            0..5usize,
        )
            .prop_map(|(attributes, fields, shape)| {
                let attributes = attributes.join("\n");
                match shape {
                    0 => format!("{attributes} struct S<'a, T> {{ {} }}", fields.join(", ")),
                    4 => format!(
                        "#[serde(rename_all = \"camelCase\")] {attributes} struct S {{ #[serde(rename = \"perPage\")] {} }}",
                        fields.join(", ")
                    ),
                    1 => format!("{attributes} enum E {{ A, B }}"),
                    2 => format!("{attributes} struct S(u32);"),
                    _ => format!(
                        "#[serde(rename_all = \"camelCase\")] {attributes} struct S {{ {} }}",
                        fields.join(", ")
                    ),
                }
            })
    }

    proptest! {
        /// Whatever attributes it is given, the derive answers with tokens that parse as
        /// items (an impl, or errors and a fallback impl), never a panic.
        #[test]
        fn output_always_parses(source in item()) {
            let Ok(input) = source.parse::<proc_macro2::TokenStream>() else {
                return Ok(());
            };
            let output = derive(input);
            prop_assert!(!output.is_empty());
            prop_assert!(syn::parse2::<syn::File>(output.clone()).is_ok(), "{output}");
            prop_assert!(!output.to_string().contains("__private"), "{output}");
            // The guard for an input that gives neither an impl nor an error never fires.
            let no_impl = crate::messages::no_impl().to_string();
            prop_assert!(!output.to_string().contains(&no_impl), "{output}");
        }
    }
}

/// The attribute tables of the user documentation list exactly the keys of the table, each
/// where it is allowed.
mod documented_keys {
    use crate::keys::{Key, Level, Side};
    use std::collections::BTreeSet;

    const DOCS: &str = include_str!("../../../pagination-core/docs/crate.md");

    /// The names in the first column of the table under `heading`: `` `name` `` or
    /// `` `#[paginate(name)]` ``, one or more a row.
    fn documented(heading: &str) -> BTreeSet<String> {
        let table = DOCS
            .split_once(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("no `{heading}` in crate.md"))
            .1
            .lines()
            .skip_while(|line| !line.starts_with('|'))
            .take_while(|line| line.starts_with('|'))
            .skip(2);
        table
            .flat_map(|row| {
                let first_column = row.split('|').nth(1).unwrap_or_default().to_owned();
                first_column
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(|code| {
                        let code = code.trim_start_matches("#[paginate(");
                        code.split(['(', ')', ' ', '='])
                            .next()
                            .unwrap_or_default()
                            .to_owned()
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn keys(level: Level, side: Side) -> BTreeSet<String> {
        Key::at(level)
            .filter(|key| key.spec().side.fits(side))
            .map(|key| key.name().to_owned())
            .collect()
    }

    #[test]
    fn request_struct_keys() {
        assert_eq!(
            documented("## On a request struct"),
            keys(Level::Struct, Side::Request)
        );
    }

    #[test]
    fn response_struct_keys() {
        assert_eq!(
            documented("## On a response struct"),
            keys(Level::Struct, Side::Response)
        );
    }

    #[test]
    fn field_keys() {
        let all: BTreeSet<String> = Key::at(Level::Field)
            .map(|key| key.name().to_owned())
            .collect();
        assert_eq!(documented("## On fields"), all);
    }
}

/// The derive's error messages for `input`, none when it expands.
fn errors_of(input: proc_macro2::TokenStream) -> Vec<String> {
    let input = syn::parse2(input).expect("a struct");
    crate::expand(&input).err().map_or_else(Vec::new, |errors| {
        errors.iter().map(ToString::to_string).collect()
    })
}

/// Beside a marker for the same role, a path is allowed only as the marked field's own
/// one-segment name.
#[test]
fn a_path_beside_a_marker_names_the_marked_field() {
    let same = errors_of(quote!(
        #[paginate(items = data)]
        struct Page {
            #[paginate(items)]
            data: Vec<u8>,
        }
    ));
    assert_eq!(same, Vec::<String>::new());
    let twice = |path: &str| {
        format!(
            "`items` is given twice: by `items = {path}` and by the marker \
             #[paginate(items)] on `data`; keep one"
        )
    };
    let other = errors_of(quote!(
        #[paginate(items = rows)]
        struct Page {
            #[paginate(items)]
            data: Vec<u8>,
            rows: Vec<u8>,
        }
    ));
    assert_eq!(other, [twice("rows")]);
    let deeper = errors_of(quote!(
        #[paginate(items = data.rows)]
        struct Page {
            #[paginate(items)]
            data: Vec<u8>,
        }
    ));
    assert_eq!(deeper, [twice("data.rows")]);
}

/// The bounds at their edges: a `default` equal to `max`, a `max` equal to the largest
/// value of the size's type, and a first offset equal to the largest of the offset's,
/// are all allowed.
#[test]
fn bounds_at_their_edges_are_allowed() {
    let equal = errors_of(quote!(
        #[paginate(size = "size", default = 100, max = 100)]
        struct ListUsers {
            page: Option<u32>,
            size: Option<u32>,
        }
    ));
    assert_eq!(equal, Vec::<String>::new());
    let widest = errors_of(quote!(
        #[paginate(size = "size", default = 10, max = 255)]
        struct ListUsers {
            page: Option<u32>,
            size: Option<u8>,
        }
    ));
    assert_eq!(widest, Vec::<String>::new());
    let last_offset = errors_of(quote!(
        #[paginate(
            offset = "start",
            limit = "limit",
            default = 10,
            max = 100,
            first_offset = 255
        )]
        struct Search {
            start: Option<u8>,
            limit: Option<u32>,
        }
    ));
    assert_eq!(last_offset, Vec::<String>::new());
}

/// `default` above `max` is checked on a request of its own only: elsewhere the two keys
/// are errors already, and one error says it.
#[test]
fn default_above_max_is_checked_on_a_request_of_its_own_only() {
    let above = "`default = 10` is larger than `max = 5`";
    let request = errors_of(quote!(
        #[paginate(size = "size", default = 10, max = 5)]
        struct ListUsers {
            page: Option<u32>,
            size: Option<u32>,
        }
    ));
    assert!(request.iter().any(|e| e.starts_with(above)), "{request:?}");
    let response = errors_of(quote!(
        #[paginate(default = 10, max = 5)]
        struct Users {
            #[paginate(items)]
            users: Vec<u8>,
        }
    ));
    assert!(!response.is_empty());
    assert!(
        !response.iter().any(|e| e.starts_with(above)),
        "{response:?}"
    );
    let nested = errors_of(quote!(
        #[paginate(default = 10, max = 5)]
        struct Search {
            #[paginate(nested)]
            pagination: Pagination,
        }
    ));
    assert!(!nested.is_empty());
    assert!(!nested.iter().any(|e| e.starts_with(above)), "{nested:?}");
}

/// `param` beside `total_pages` read from the `Link` header is allowed; beside a `header`
/// that is itself wrong, that error says it all.
#[test]
fn param_beside_the_link_headers_last_page() {
    let allowed = errors_of(quote!(
        struct Issues {
            #[paginate(items)]
            issues: Vec<u8>,
            #[paginate(total_pages, header = "Link", param = "p")]
            last_page: Option<u32>,
        }
    ));
    assert_eq!(allowed, Vec::<String>::new());
    let misplaced = "`param = \"p\"` goes beside";
    let bad_header = errors_of(quote!(
        struct Issues {
            #[paginate(items)]
            issues: Vec<u8>,
            #[paginate(total_pages, header = 5, param = "p")]
            last_page: Option<u32>,
        }
    ));
    assert!(!bad_header.is_empty());
    assert!(
        !bad_header.iter().any(|e| e.starts_with(misplaced)),
        "{bad_header:?}"
    );
}
