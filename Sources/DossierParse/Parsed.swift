import DossierModel

/// The outcome of reading one file: a value, or every error found in it.
enum Parsed<Value: Sendable>: Sendable {
    case value(Value)
    case errors([InputError])
    /// A value that stands only as an overlay of an imported threat, which
    /// needs no `title` or `phases`; the errors are its own when it is not
    /// one (docs/format.md, "Overlays").
    case overlayOnly(Value, [InputError])
}
