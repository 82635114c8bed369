//! The seed APIs' endpoints: Clarifai, CSPR.cloud and Codat.

use super::{Client, SdkError};
use crate::{clarifai, codat, cspr};
use pagination_core::{BoxLinkStream, BoxPageStream, Follow, follow_links_stream, paginate_stream};

impl Client {
    /// `GET /v2/users/{user_id}/apps/{app_id}/inputs`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_inputs(
        &self,
        request: clarifai::ListInputs,
    ) -> Result<clarifai::MultiInputResponse, SdkError> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/inputs",
            self.base, request.user_id, request.app_id
        );
        let key = format!("Key {}", self.credentials.clarifai_pat);
        Self::send(
            self.http
                .get(url)
                .header("Authorization", key)
                .query(&request),
        )
        .await
    }

    /// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn post_annotations_searches(
        &self,
        request: clarifai::PostAnnotationsSearches,
    ) -> Result<clarifai::MultiSearchResponse, SdkError> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/annotations/searches",
            self.base, request.user_id, request.app_id
        );
        let key = format!("Key {}", self.credentials.clarifai_pat);
        Self::send(
            self.http
                .post(url)
                .header("Authorization", key)
                .json(&request),
        )
        .await
    }

    /// `GET /accounts`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_accounts(
        &self,
        request: cspr::ListAccounts,
    ) -> Result<cspr::Page<cspr::Account>, SdkError> {
        let url = format!("{}/accounts", self.base);
        let request = self
            .http
            .get(url)
            .header("authorization", &self.credentials.cspr_key)
            .query(&request);
        Self::send(request).await
    }

    /// `GET /companies/{companyId}/data/invoices`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_invoices(
        &self,
        request: codat::ListInvoices,
    ) -> Result<codat::InvoicePage, SdkError> {
        let url = self.invoices_url(&request);
        Self::send(
            self.http
                .get(url)
                .header("Authorization", self.codat_auth())
                .query(&request),
        )
        .await
    }

    /// Every Codat invoice page from `first` on, by page number: the walk a generated
    /// SDK method returns, with a type it can name.
    pub fn invoices(
        &self,
        first: codat::ListInvoices,
    ) -> BoxPageStream<'_, codat::ListInvoices, codat::InvoicePage, SdkError> {
        paginate_stream(first, move |request| self.list_invoices(request)).boxed()
    }

    fn invoices_url(&self, request: &codat::ListInvoices) -> String {
        format!(
            "{}/companies/{}/data/invoices",
            self.base, request.company_id
        )
    }

    /// Every Codat invoice page, following the server's HAL `next` links rather than
    /// counting pages; the first page is asked by `first`, or fetched from its link when
    /// it is a walk's checkpoint.
    ///
    /// The walker resolves each link against the URL of the page it came with, and ends
    /// the walk with `Error::Link` before anything is sent to another origin.
    pub fn invoices_by_link(
        &self,
        first: impl Into<Follow<codat::ListInvoices>>,
    ) -> BoxLinkStream<'_, codat::ListInvoices, codat::InvoicePage, SdkError> {
        follow_links_stream(first, move |at: Follow<codat::ListInvoices>| async move {
            let url = self.invoices_url(at.request());
            let request = self.at(&at, url).header("Authorization", self.codat_auth());
            Ok(Self::read(request).await?.linked())
        })
        .boxed()
    }
}
