import Foundation

/// One file of the build's output, by path relative to the output folder.
/// Renderers produce them; the write stage writes them all or none.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
