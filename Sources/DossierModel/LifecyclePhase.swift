/// A lifecycle phase of the product (IEC 81001-5-1 §5.2.1). The set is the
/// project's `phases:`; the four of the standard are the default.
public struct LifecyclePhase: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }

    public static let installation = LifecyclePhase("installation")
    public static let operation = LifecyclePhase("operation")
    public static let maintenance = LifecyclePhase("maintenance")
    public static let decommissioning = LifecyclePhase("decommissioning")

    public static let standardPhases: [LifecyclePhase] = [.installation, .operation, .maintenance, .decommissioning]

    public var description: String { rawValue }

    /// "Installation" for headings.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
