import DossierLoad
import DossierModel
import Foundation

/// The content folder's files at one commit: one `git ls-tree` lists them,
/// one `git cat-file --batch` reads every text input, however many there
/// are — never one process per file.
enum GitTree {
    struct Entry: Sendable {
        /// Relative to the content folder, `/`-separated.
        var path: String
        var object: String
        var size: Int
    }

    /// Regular files under `prefix` at `commit`, hidden ones left out as the
    /// loader leaves them out. `-z` keeps every path byte as it is, spaces
    /// and non-ASCII names included.
    static func list(commit: String, prefix: String, git: GitRunner) throws(BaselineFailure) -> [Entry] {
        var arguments = ["ls-tree", "-r", "-l", "-z", "--full-tree", commit]
        if !prefix.isEmpty { arguments += ["--", prefix] }
        let output = try git.run(arguments)
        guard output.succeeded else { throw .gitFailed(reason: output.standardError) }
        var entries: [Entry] = []
        for record in output.standardOutput.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let header = String(decoding: record[record.startIndex..<tab], as: UTF8.self)
                .split(separator: " ", omittingEmptySubsequences: true)
            let fullPath = String(decoding: record[(tab + 1)...], as: UTF8.self)
            // mode, type, object, size; links (120000) and submodules are not design inputs.
            guard header.count == 4, header[0] == "100644" || header[0] == "100755", header[1] == "blob",
                  let size = Int(header[3]) else { continue }
            let path = prefix.isEmpty ? fullPath : String(fullPath.dropFirst(prefix.count + 1))
            guard prefix.isEmpty || fullPath.hasPrefix(prefix + "/"),
                  !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            entries.append(Entry(path: path, object: String(header[2]), size: size))
        }
        return entries.sorted { ByteOrder.precedes($0.path, $1.path) }
    }

    /// Reads the text inputs of `entries` and assembles what the loader
    /// would have read from a folder with these files.
    static func read(_ entries: [Entry], git: GitRunner, root: URL,
                     limits: LoadLimits) throws(BaselineFailure) -> ContentSources {
        var errors: [InputError] = []
        let textInputs = entries.filter { $0.path.hasSuffix(".md") || $0.path == ProjectConfiguration.fileName }
        let readable = textInputs.filter { $0.size <= limits.maximumFileSize }
        for entry in textInputs where entry.size > limits.maximumFileSize {
            errors.append(.unreadableFile(SourceLocation(file: entry.path, line: 1),
                                          reason: "\(entry.path) is larger than the limit per file; it was not read"))
        }
        var otherFiles: [String: ContentFile] = [:]
        for entry in entries where !entry.path.hasSuffix(".md") && entry.path != ProjectConfiguration.fileName {
            otherFiles[entry.path] = ContentFile(path: entry.path, byteCount: entry.size)
        }
        let request = readable.map { $0.object + "\n" }.joined()
        let output = try git.run(["cat-file", "--batch"], input: Array(request.utf8))
        guard output.succeeded else { throw .gitFailed(reason: output.standardError) }
        let contents = try parseBatch(output.standardOutput, count: readable.count)

        var configuration: SourceFile?
        var documents: [SourceFile] = []
        for (entry, data) in zip(readable, contents) {
            switch SourceFile.decoding(path: entry.path, data: Data(data)) {
            case .success(let file) where file.path == ProjectConfiguration.fileName: configuration = file
            case .success(let file): documents.append(file)
            case .failure(let error): errors.append(error)
            }
        }
        if configuration == nil {
            errors.append(.configInvalid(.configuration(), reason: "\(ProjectConfiguration.fileName) is missing"))
        }
        let store = GitStore(entries: Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { $1 }), git: git)
        return ContentSources(root: root, configuration: configuration, documents: documents,
                              otherFiles: otherFiles, errors: errors, store: store)
    }

    /// `<object> SP <type> SP <size> LF <contents> LF`, once per object asked for.
    private static func parseBatch(_ bytes: [UInt8], count: Int) throws(BaselineFailure) -> [ArraySlice<UInt8>] {
        var contents: [ArraySlice<UInt8>] = []
        contents.reserveCapacity(count)
        var position = bytes.startIndex
        while contents.count < count {
            guard let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[position..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= bytes.count else {
                throw .gitFailed(reason: "git cat-file printed an unexpected header: "
                                    + String(decoding: bytes[position..<newline], as: UTF8.self))
            }
            contents.append(bytes[(newline + 1)..<(newline + 1 + size)])
            position = newline + 1 + size + 1
        }
        guard contents.count == count else { throw .gitFailed(reason: "git cat-file stopped early") }
        return contents
    }
}
