import Foundation

/// One file of the build's output, by path relative to the output folder.
/// Renderers produce them; the write stage writes them all or none.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    /// Text stays as the renderer made it and is written from its own UTF-8
    /// storage: turning `dossier.html` of 100,000 items into Data first held
    /// a second copy of several hundred megabytes.
    private var payload: Payload

    private enum Payload: Hashable, Sendable {
        case text(String)
        case bytes(Data)
    }

    public init(path: String, contents: Data) {
        self.path = path
        payload = .bytes(contents)
    }

    public init(path: String, text: String) {
        self.path = path
        payload = .text(text)
    }

    /// The bytes, copied; for tests and small files.
    public var contents: Data {
        switch payload {
        case .text(let text): Data(text.utf8)
        case .bytes(let data): data
        }
    }

    /// The bytes in place, without a copy.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch payload {
        case .text(var text): try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .bytes(let data): try data.withUnsafeBytes(body)
        }
    }
}
