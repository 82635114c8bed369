//! The endpoints of the APIs users meet after the seeds: Django REST framework, JSON:API,
//! Spring Data, GitHub, GitLab and WordPress.

use super::{Client, SdkError};
use crate::{drf, github, gitlab, jira, jsonapi, slack, spring, stripe, wordpress};
use pagination_core::{BoxLinkStream, Follow, follow_links_stream};

impl Client {
    /// `GET /api/books/`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_books(&self, request: drf::ListBooks) -> Result<drf::BookPage, SdkError> {
        let url = format!("{}/api/books/", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.drf_auth())).await
    }

    /// Every book page, by DRF's `next` links, from `first`: a request, or a walk's
    /// checkpoint (a `Follow` with the link to fetch).
    pub fn books_by_link(
        &self,
        first: impl Into<Follow<drf::ListBooks>>,
    ) -> BoxLinkStream<'_, drf::ListBooks, drf::BookPage, SdkError> {
        follow_links_stream(first, move |at: Follow<drf::ListBooks>| async move {
            let url = format!("{}/api/books/", self.base);
            let request = self.at(&at, url).header("Authorization", self.drf_auth());
            Ok(Self::read(request).await?.linked())
        })
        .boxed()
    }

    /// `GET /articles`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_articles(
        &self,
        request: jsonapi::ListArticles,
    ) -> Result<jsonapi::ArticlePage, SdkError> {
        let url = format!("{}/articles", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.jsonapi_auth())).await
    }

    /// Every article page, by the document's `links.next`.
    pub fn articles_by_link(
        &self,
        first: impl Into<Follow<jsonapi::ListArticles>>,
    ) -> BoxLinkStream<'_, jsonapi::ListArticles, jsonapi::ArticlePage, SdkError> {
        follow_links_stream(first, move |at: Follow<jsonapi::ListArticles>| async move {
            let url = format!("{}/articles", self.base);
            let request = self
                .at(&at, url)
                .header("Authorization", self.jsonapi_auth());
            Ok(Self::read(request).await?.linked())
        })
        .boxed()
    }

    /// `GET /api/customers`: pages from 0.
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_customers(
        &self,
        request: spring::ListCustomers,
    ) -> Result<spring::CustomerPage, SdkError> {
        let url = format!("{}/api/customers", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.spring_auth())).await
    }

    /// `GET /api/v2/customers`: pages from 1, answers numbered from 0.
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_customers_one_indexed(
        &self,
        request: spring::ListCustomersOneIndexed,
    ) -> Result<spring::CustomerPage, SdkError> {
        let url = format!("{}/api/v2/customers", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.spring_auth())).await
    }

    /// `GET /repos/{owner}/{repo}/issues`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_issues(
        &self,
        request: github::ListIssues,
    ) -> Result<github::IssuePage, SdkError> {
        let url = self.issues_url(&request);
        let request = self.http.get(url).query(&request);
        Self::read(request.header("Authorization", self.github_auth()))
            .await?
            .page()
    }

    /// Every issue page, by the `Link` header's `rel="next"`.
    pub fn issues_by_link(
        &self,
        first: impl Into<Follow<github::ListIssues>>,
    ) -> BoxLinkStream<'_, github::ListIssues, github::IssuePage, SdkError> {
        follow_links_stream(first, move |at: Follow<github::ListIssues>| async move {
            let request = self.at(&at, self.issues_url(at.request()));
            Self::read(request.header("Authorization", self.github_auth()))
                .await?
                .linked_page()
        })
        .boxed()
    }

    fn issues_url(&self, request: &github::ListIssues) -> String {
        format!(
            "{}/repos/{}/{}/issues",
            self.base, request.owner, request.repo
        )
    }

    /// `GET /api/v4/projects`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_projects(
        &self,
        request: gitlab::ListProjects,
    ) -> Result<gitlab::ProjectPage, SdkError> {
        let url = format!("{}/api/v4/projects", self.base);
        let request = self.http.get(url).query(&request);
        Self::read(request.header("PRIVATE-TOKEN", &self.credentials.gitlab_token))
            .await?
            .page()
    }

    /// Every project page, by the `Link` header's `rel="next"`.
    pub fn projects_by_link(
        &self,
        first: impl Into<Follow<gitlab::ListProjects>>,
    ) -> BoxLinkStream<'_, gitlab::ListProjects, gitlab::ProjectPage, SdkError> {
        follow_links_stream(first, move |at: Follow<gitlab::ListProjects>| async move {
            let url = format!("{}/api/v4/projects", self.base);
            let request = self.at(&at, url);
            Self::read(request.header("PRIVATE-TOKEN", &self.credentials.gitlab_token))
                .await?
                .linked_page()
        })
        .boxed()
    }

    /// `GET /wp-json/wp/v2/posts`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_posts(
        &self,
        request: wordpress::ListPosts,
    ) -> Result<wordpress::PostPage, SdkError> {
        let url = format!("{}/wp-json/wp/v2/posts", self.base);
        let request = self.http.get(url).query(&request);
        Self::read(request.header("Authorization", self.wordpress_auth()))
            .await?
            .page()
    }

    /// `GET /rest/api/3/project/search`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn search_projects(
        &self,
        request: jira::SearchProjects,
    ) -> Result<jira::ProjectPage, SdkError> {
        let url = format!("{}/rest/api/3/project/search", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", super::basic(&self.credentials.jira))).await
    }

    /// `GET /v1/customers`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_stripe_customers(
        &self,
        request: stripe::ListCustomers,
    ) -> Result<stripe::CustomerList, SdkError> {
        let url = format!("{}/v1/customers", self.base);
        let key = format!("Bearer {}", self.credentials.stripe_key);
        Self::send(
            self.http
                .get(url)
                .query(&request)
                .header("Authorization", key),
        )
        .await
    }

    /// `GET /api/conversations.list`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails, or Slack answers `"ok": false`.
    pub async fn list_conversations(
        &self,
        request: slack::ListConversations,
    ) -> Result<slack::ConversationsPage, SdkError> {
        let url = format!("{}/api/conversations.list", self.base);
        let token = format!("Bearer {}", self.credentials.slack_token);
        let page: slack::ConversationsPage = Self::send(
            self.http
                .get(url)
                .query(&request)
                .header("Authorization", token),
        )
        .await?;
        match page.error {
            Some(error) if !page.ok => Err(SdkError::Status {
                status: 200,
                body: error,
            }),
            _ => Ok(page),
        }
    }
}
