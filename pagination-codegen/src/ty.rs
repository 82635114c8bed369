//! What the derive can tell about a field's type from its spelling. A derive cannot see
//! through type aliases, so these answer `None` for anything not written out.

use syn::{GenericArgument, PathArguments, PathSegment, Type};

/// A page, size or count field's integer type.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct IntType {
    /// The type as messages name it: `u8`, `NonZeroU8`, `NonZero<u8>`.
    pub(crate) name: String,
    /// The largest value it holds, capped at `u32::MAX` as the runtime caps a page
    /// number or page size.
    pub(crate) max: u128,
    /// The largest value it holds, capped at `u64::MAX` as the runtime caps an offset.
    pub(crate) wide_max: u128,
    /// Whether it cannot hold 0.
    pub(crate) nonzero: bool,
    /// The primitive it is or wraps: `u8` for all three above.
    pub(crate) primitive: String,
}

/// The integer type of `ty` when it is a primitive integer, its `NonZero` form
/// (`NonZeroU8` or `NonZero<u8>`), or an `Option` of either.
pub(crate) fn primitive_int(ty: &Type) -> Option<IntType> {
    let segment = last_segment(ty)?;
    if segment.ident == "Option" {
        return plain_int(last_segment(single_type_argument(segment)?)?);
    }
    plain_int(segment)
}

fn plain_int(segment: &PathSegment) -> Option<IntType> {
    let ident = segment.ident.to_string();
    if ident == "NonZero" {
        let inner = last_segment(single_type_argument(segment)?)?;
        let primitive = inner.ident.to_string();
        let wide_max = int_max(&primitive).filter(|_| inner.arguments.is_none())?;
        return Some(IntType {
            max: wide_max.min(u32::MAX.into()),
            wide_max,
            name: format!("NonZero<{primitive}>"),
            nonzero: true,
            primitive,
        });
    }
    if !segment.arguments.is_none() {
        return None;
    }
    let (primitive, nonzero) = match ident.strip_prefix("NonZero") {
        Some(rest) => (rest.to_ascii_lowercase(), true),
        None => (ident.clone(), false),
    };
    let wide_max = int_max(&primitive)?;
    Some(IntType {
        max: wide_max.min(u32::MAX.into()),
        wide_max,
        name: ident,
        nonzero,
        primitive,
    })
}

/// The largest value of a primitive integer type, capped at `u64::MAX`; `usize` and
/// `isize` as on a 64-bit target.
fn int_max(primitive: &str) -> Option<u128> {
    Some(match primitive {
        "u8" => u128::from(u8::MAX),
        "i8" => 127,
        "u16" => u128::from(u16::MAX),
        "i16" => 32_767,
        "u32" => u128::from(u32::MAX),
        "i32" => 2_147_483_647,
        "i64" | "isize" => 9_223_372_036_854_775_807,
        "u64" | "u128" | "usize" | "i128" => u128::from(u64::MAX),
        _ => return None,
    })
}

/// `T` when `ty` is spelled `Vec<T>` or `Option<Vec<T>>`.
pub(crate) fn vec_item(ty: &Type) -> Option<&Type> {
    let segment = last_segment(ty)?;
    let argument = single_type_argument(segment)?;
    match segment.ident.to_string().as_str() {
        "Vec" => Some(argument),
        "Option" => {
            let inner = last_segment(argument)?;
            (inner.ident == "Vec").then(|| single_type_argument(inner))?
        }
        _ => None,
    }
}

fn last_segment(ty: &Type) -> Option<&PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        Type::Group(group) => last_segment(&group.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}

fn single_type_argument(segment: &PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(ty)] => Some(ty),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{IntType, primitive_int, vec_item};

    fn int(ty: &str) -> Option<IntType> {
        primitive_int(&syn::parse_str(ty).unwrap())
    }

    fn spelled(name: &str, wide_max: u128, nonzero: bool) -> IntType {
        let primitive = name
            .trim_start_matches("NonZero")
            .trim_matches(['<', '>'])
            .to_ascii_lowercase();
        IntType {
            name: name.to_owned(),
            max: wide_max.min(u32::MAX.into()),
            wide_max,
            nonzero,
            primitive,
        }
    }

    #[test]
    fn primitive_integers_and_options_of_them() {
        assert_eq!(int("u8"), Some(spelled("u8", 255, false)));
        assert_eq!(int("Option<i16>"), Some(spelled("i16", 32_767, false)));
        assert_eq!(
            int("::core::option::Option<u64>"),
            Some(spelled("u64", u64::MAX.into(), false))
        );
        assert_eq!(int("Option<i64>").map(|int| int.max), Some(4_294_967_295));
        assert_eq!(
            int("i64").map(|int| int.wide_max),
            Some(9_223_372_036_854_775_807)
        );
        assert_eq!(int("String"), None);
        assert_eq!(int("Option<Option<u8>>"), None);
        assert_eq!(int("Vec<u8>"), None);
    }

    #[test]
    fn nonzero_integers_in_both_spellings() {
        assert_eq!(int("NonZeroU8"), Some(spelled("NonZeroU8", 255, true)));
        assert_eq!(
            int("std::num::NonZeroI8"),
            Some(spelled("NonZeroI8", 127, true))
        );
        assert_eq!(
            int("Option<NonZeroU16>"),
            Some(spelled("NonZeroU16", 65_535, true))
        );
        assert_eq!(int("NonZero<u8>"), Some(spelled("NonZero<u8>", 255, true)));
        assert_eq!(
            int("Option<core::num::NonZero<usize>>"),
            Some(spelled("NonZero<usize>", u64::MAX.into(), true))
        );
        assert_eq!(int("NonZero<String>"), None);
        assert_eq!(int("NonZero<Option<u8>>"), None);
        assert_eq!(int("NonZeroF32"), None);
    }

    #[test]
    fn vec_items() {
        let item = |ty: &str| {
            let ty: syn::Type = syn::parse_str(ty).unwrap();
            vec_item(&ty).map(|item| quote::ToTokens::to_token_stream(item).to_string())
        };
        assert_eq!(item("Vec<u8>").as_deref(), Some("u8"));
        assert_eq!(item("Option<Vec<T>>").as_deref(), Some("T"));
        assert_eq!(item("Option<String>"), None);
        assert_eq!(item("HashMap<u8, u8>"), None);
    }
}
