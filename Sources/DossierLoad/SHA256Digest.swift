import Crypto
import Foundation

enum SHA256Digest {
    static func hex<D: DataProtocol>(of data: D) -> String {
        let digest = SHA256.hash(data: data)
        var text = ""
        text.reserveCapacity(64)
        for byte in digest {
            text += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }
        return text
    }
}
