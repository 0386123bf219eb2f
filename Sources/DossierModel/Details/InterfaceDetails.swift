/// One entry point or communication path of the attack surface (FDA
/// premarket cybersecurity guidance, Appendix 2: every path, unused ones included).
public struct InterfaceDetails: ItemDetailsType {
    public var kind: InterfaceKind?
    public var exposure: InterfaceExposure = .network
    public var inUse = true
    public var `protocol`: String?
    public var authentication: String?
    public var encryption: String?
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Interface", plural: "Interfaces", idPrefix: "IF-", folder: "interfaces",
        skeletonBody: "What the interface connects, who can reach it, and how it is secured or disabled.",
        newHint: "name it in the `interfaces:` of the threats that enter through it and of the security requirements "
            + "that protect it (FDA guidance, Appendix 2)")

    public static let fields: [ItemField<Self>] = [
        .choice("kind", \.kind, label: "Kind", help: "What sort of entry point it is.", required: true),
        .choice("exposure", \.exposure, defaultValue: .network, label: "Exposure",
                help: "Who can reach it, from nearest to farthest."),
        .flag("in_use", \.inUse, label: "In use",
              help: "False for a path that is present but unused (a disabled debug port); it is still threat-modelled.",
              defaultValue: true),
        .text("protocol", \.protocol, label: "Protocol", help: "The protocol it speaks, e.g. BLE 5.0 GATT."),
        .text("authentication", \.authentication, label: "Authentication", help: "How a peer is authenticated."),
        .text("encryption", \.encryption, label: "Encryption", help: "How traffic is protected in transit."),
        .link(.assets, help: "The assets it reaches.", reverse: "Reachable through"),
    ]

    public var wrapped: ItemDetails { .interface(self) }
}
