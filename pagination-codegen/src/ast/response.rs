//! A response's roles and the type of its items.

use super::{Input, Kind};
use crate::ctxt::Ctxt;
use crate::keys::{Key, Side};
use crate::messages;
use crate::ty;

impl Input<'_> {
    pub(super) fn resolve_response(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        let roles: Vec<Key> = Key::ALL
            .iter()
            .copied()
            .filter(|key| key.is_role() && key.spec().side.fits(Side::Response))
            .collect();
        for role in roles {
            self.resolve(cx, role);
        }
        let item = self.item_type(cx);
        let http = self.resolve_http(cx);
        Some(Kind::Response { item: item?, http })
    }

    /// The type of one item: `item`, else `T` of the items field's `Vec<T>`.
    fn item_type(&self, cx: &mut Ctxt) -> Option<Box<syn::Type>> {
        let items = self.binding(Key::Items)?;
        if let Some(item) = self.attrs.ty(Key::Item) {
            return Some(Box::new(item.clone()));
        }
        if self.attrs.written(Key::Item) {
            // `item` was written wrong: that error says it all.
            return None;
        }
        if let Some(path) = items.nested_path() {
            cx.error_spanned_by(path, messages::items_path_needs_item(path));
            return None;
        }
        let field = &self.fields[items.field];
        let ty = &field.original.ty;
        // `T` of `Vec<T>` becomes the response's `Item`; a derive cannot see through a
        // type alias, so the type must be written out, or `T` named with `item`.
        let Some(item) = ty::vec_item(ty) else {
            cx.error_spanned_by(ty, messages::items_not_a_vec(&field.name));
            return None;
        };
        Some(Box::new(item.clone()))
    }
}
