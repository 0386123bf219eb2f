import DossierModel
import Foundation

/// Reads one text input: checks its size, hashes its bytes and decodes it as
/// UTF-8, with or without BOM, LF or CRLF (docs/format.md, "Files").
struct SourceReader {
    let rootPath: String
    let limits: LoadLimits

    /// A read that failed, with the file's text decoded leniently when the
    /// only problem was its encoding.
    struct Failure: Error {
        var error: InputError
        var lossyText: SourceFile?
    }

    func read(relativePath path: String) -> Result<SourceFile, Failure> {
        let result = readBytes(relativePath: path)
        switch result {
        case .success(let data):
            return SourceFile.decoding(path: path, data: data).mapError { error in
                Failure(error: error, lossyText: SourceFile(path: path, text: String(decoding: data, as: UTF8.self),
                                                            sha256: "", byteCount: data.count))
            }
        case .failure(let error):
            return .failure(Failure(error: error, lossyText: nil))
        }
    }

    private func readBytes(relativePath path: String) -> Result<Data, InputError> {
        let location = SourceLocation(file: path, line: 1)
        guard let handle = FileHandle(forReadingAtPath: rootPath + "/" + path) else {
            return .failure(.unreadableFile(location, reason: "\(path) cannot be opened for reading"))
        }
        defer { try? handle.close() }
        // Read one byte past the limit: enough to know the file is too large
        // without ever holding more than the limit in memory.
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maximumFileSize + 1) ?? Data()
        } catch {
            return .failure(.unreadableFile(location, reason: "\(path) cannot be read: \(error.localizedDescription)"))
        }
        if data.count > limits.maximumFileSize {
            return .failure(.unreadableFile(location, reason: "\(path) is larger than the limit of "
                + "\(Self.describe(bytes: limits.maximumFileSize)) per file; it was not read"))
        }
        return .success(data)
    }

    static func describe(bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}

extension SourceFile {
    /// Decodes the bytes of an input file as the loader does: UTF-8 with or
    /// without BOM, CRLF folded to LF, SHA-256 of the bytes as stored.
    public static func decoding(path: String, data: Data) -> Result<SourceFile, InputError> {
        let digest = SHA256Digest.hex(of: data)
        switch TextDecoding.decode(data) {
        case .success(let text):
            return .success(SourceFile(path: path, text: text, sha256: digest, byteCount: data.count))
        case .failure(let problem):
            return .failure(.unreadableFile(SourceLocation(file: path, line: problem.line),
                                            reason: "\(path) is not UTF-8 text: \(problem.reason)"))
        }
    }
}
