import DossierModel

/// The outcome of reading one file: a value, or every error found in it.
enum Parsed<Value: Sendable>: Sendable {
    case value(Value)
    case errors([InputError])
}
