import Mustache

// swift-mustache renders a value it has no protocol for through three failed
// dynamic casts and `String(describing:)`; text and counts are nearly every
// value a page shows, so they say how they render. Their output is the same
// as before: `String(describing:)` of a String or an Int is the value itself.
// Sections are unchanged too: neither is ever a null value.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
