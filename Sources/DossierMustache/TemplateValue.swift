/// What a Mustache tag can name, as the renderer sees it: a value says what
/// it is once, so a lookup is a switch rather than a chain of dynamic casts.
public enum TemplateValue {
    /// Missing, or nil: a lookup goes on up the context stack past it.
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case text(String)
    /// Text made only when a template shows it.
    case lazy(() -> String)
    case object(any TemplateObject)
    case list(any TemplateList)

    @inlinable
    public init<Value: TemplateValueConvertible>(_ value: Value) {
        self = value.templateValue
    }

    /// Whether there is no value: missing, or nil.
    public var isNull: Bool {
        if case .null = self { true } else { false }
    }
}

/// A type a template may show.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

/// A value whose members templates name: `{{title}}`, `{{#links}}`.
public protocol TemplateObject: TemplateValueConvertible {
    /// The member called `name`, or `.null` when there is none.
    func value(named name: String) -> TemplateValue
}

extension TemplateObject {
    public var templateValue: TemplateValue { .object(self) }
}

/// A list a section repeats over.
public protocol TemplateList {
    var count: Int { get }
    func value(at index: Int) -> TemplateValue
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Substring: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(String(self)) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .int(self) }
}

extension Double: TemplateValueConvertible {
    public var templateValue: TemplateValue { .double(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    public func value(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {}

extension Dictionary: TemplateObject where Key == String, Value: TemplateValueConvertible {
    public func value(named name: String) -> TemplateValue { self[name]?.templateValue ?? .null }
}
