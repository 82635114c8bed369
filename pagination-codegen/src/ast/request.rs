//! A request's style, which its keys decide, and the fields and bounds each style needs.

use super::{Input, Kind, Limit};
use crate::attr::Number;
use crate::ctxt::Ctxt;
use crate::keys::{Key, Level, Style};
use crate::messages;

/// How a request pages, and the key that says so.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RequestStyle {
    pub(crate) style: Style,
    /// The first key written that belongs to this style alone; `None` for a page-number
    /// request, the style of a request no key speaks for.
    pub(crate) by: Option<Key>,
}

/// The keys that say a request means to paginate: without any of them, the message asks
/// for them all at once rather than one by one.
const PARAMETERS: &[Key] = &[
    Key::Size,
    Key::Default,
    Key::Max,
    Key::Offset,
    Key::Limit,
    Key::Cursor,
    Key::FirstOffset,
];

impl Input<'_> {
    /// The style of the first key written (on the struct, then on the fields in order)
    /// that belongs to one style alone, else page numbers. Keys of other styles are the
    /// errors of `check`.
    pub(super) fn request_style(&self) -> RequestStyle {
        let written = self.attrs.written_keys().iter().chain(
            self.fields
                .iter()
                .flat_map(|field| field.attrs.written_keys()),
        );
        let by = written.copied().find(|key| key.style().is_some());
        RequestStyle {
            style: by.and_then(Key::style).unwrap_or(Style::Page),
            by,
        }
    }

    /// Whether a key written, even a rejected one, belongs to other styles than `style`.
    fn written_off_style(&self, style: Style) -> bool {
        Key::ALL.iter().any(|&key| {
            let styles = key.spec().styles;
            !styles.is_empty() && !styles.contains(&style) && self.written(key)
        })
    }

    pub(super) fn resolve_request(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        if let Some(nested) = self.resolve(cx, Key::Nested) {
            return Some(Kind::Nested(nested));
        }
        if self.written(Key::Nested) {
            // `nested` was written in the wrong place: that error says it all.
            return None;
        }
        if !PARAMETERS.iter().any(|&key| self.written(key)) {
            cx.error_at(self.ident().span(), messages::no_parameters(self.ident()));
            return None;
        }
        let RequestStyle { style, by } = self.style?;
        if by.is_none() && self.written_off_style(style) {
            // `limit` alone: `check` asks which style is meant.
            return None;
        }
        match style {
            Style::Page => self.resolve_page_request(cx),
            Style::Offset => self.resolve_offset_request(cx),
            Style::Cursor => self.resolve_cursor_request(cx),
        }
    }

    fn resolve_page_request(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        let page = self.resolve(cx, Key::Page);
        let size = self.required_role(cx, Key::Size, Style::Page);
        let default = self.required(cx, Key::Default, Style::Page);
        let max = self.required(cx, Key::Max, Style::Page);
        Some(Kind::Request {
            page: page?,
            size: size?,
            default: default?,
            max: max?,
            first: self.attrs.number(Key::First).map_or(1, Number::narrow),
        })
    }

    fn resolve_offset_request(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        let offset = self.required_role(cx, Key::Offset, Style::Offset);
        let limit = self.limit(cx, Style::Offset);
        Some(Kind::Offset {
            offset: offset?,
            first: self
                .attrs
                .number(Key::FirstOffset)
                .map_or(0, |first| first.value),
            limit: limit?,
        })
    }

    fn resolve_cursor_request(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        let cursor = self.required_role(cx, Key::Cursor, Style::Cursor);
        let limit = self.limit(cx, Style::Cursor);
        Some(Kind::Cursor {
            cursor: cursor?,
            limit: limit?,
        })
    }

    /// The limit of an offset or cursor request, with its bounds.
    fn limit(&mut self, cx: &mut Ctxt, style: Style) -> Option<Limit> {
        let field = self.required_role(cx, Key::Limit, style);
        let default = self.required(cx, Key::Default, style);
        let max = self.required(cx, Key::Max, style);
        Some(Limit {
            field: field?,
            default: default?,
            max: max?,
        })
    }

    /// The field of a role a request of `style` needs; records the error when the role is
    /// not written at all (a role written wrong is already reported).
    fn required_role(&mut self, cx: &mut Ctxt, role: Key, style: Style) -> Option<usize> {
        let field = self.resolve(cx, role);
        if field.is_none() && !self.written(role) {
            let message = messages::missing_role(
                role.name(),
                style.noun(),
                self.ident(),
                role.about(),
                role.usage(Level::Struct),
            );
            cx.error_at(self.ident().span(), message);
        }
        field
    }

    /// A required integer key of a request; records the error when it is missing.
    fn required(&self, cx: &mut Ctxt, key: Key, style: Style) -> Option<u32> {
        let number = self.attrs.number(key);
        if number.is_none() && !self.written(key) {
            let message =
                messages::missing_number(key.name(), style.noun(), self.ident(), key.about());
            cx.error_at(self.ident().span(), message);
        }
        number.map(Number::narrow)
    }
}
