import DossierModel
import Foundation

/// An item file that has an input error, known by the id (and type, where it
/// could be read) it declares. Links and `[[ID]]` references to it raise no
/// second error: the author fixes the one cause, in its own file.
public struct BrokenItem: Hashable, Sendable {
    public var id: String
    public var type: ItemType?
    public var file: String

    public init(id: String, type: ItemType?, file: String) {
        self.id = id
        self.type = type
        self.file = file
    }

    /// Reads `id:` and `type:` from the top-level lines of a front matter
    /// that YAML could not read (a tab, a missing `---`, a stray quote) or
    /// from a file that is not UTF-8. Lenient on purpose: it only decides
    /// which id the author meant, never whether the file is valid.
    static func salvage(from text: String, file: String) -> BrokenItem? {
        var id: String?
        var type: ItemType?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if offset > 0, line.hasPrefix("---") { break }
            if id == nil, let value = value(of: "id", in: line), ItemID.isValid(value) { id = value }
            if type == nil, let value = value(of: "type", in: line) { type = ItemType(rawValue: value) }
        }
        return id.map { BrokenItem(id: $0, type: type, file: file) }
    }

    /// The id a file with errors stands for: the one its front matter
    /// names, else the one its file name reads as (`threats/TH-002.md`),
    /// for when the `id:` line itself is what broke (`id TH-002`) or the
    /// file could not be read at all. Links to it are then not reported
    /// again as dangling (one error, one cause).
    static func known(from text: String?, file: String) -> BrokenItem? {
        if let text, let item = salvage(from: text, file: file) { return item }
        return InputError.idSuggested(byFileName: file).map { BrokenItem(id: $0, type: nil, file: file) }
    }

    /// `key: value` at the start of a line, the value without quotes or a comment.
    private static func value(of key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        var value = line.dropFirst(key.count + 1)
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        value = value.trimmingCharacters(in: [" ", "\t"])[...]
        if let first = value.first, first == "\"" || first == "'", value.count >= 2, value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(value)
    }
}
