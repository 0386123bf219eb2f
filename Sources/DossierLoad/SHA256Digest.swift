import Crypto
import Foundation

enum SHA256Digest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex<D: DataProtocol>(of data: D) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
