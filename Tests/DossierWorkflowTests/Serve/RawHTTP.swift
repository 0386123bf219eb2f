import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over a plain socket: it sends the request path
/// byte for byte (`/../`, `%2e%2e`), which URL types would tidy first.
enum RawHTTP {
    struct Reply {
        var status: Int
        var head: String
        var body: String
    }

    /// A port nothing listens on right now.
    static func freePort() throws -> Int {
        let socket = try bound(port: 0)
        defer { close(socket) }
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A socket listening on the loopback address at `port`.
    static func bound(port: Int) throws -> Int32 {
        guard let socket = socket(at: port, bind), listen(socket, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        return socket
    }

    /// Sends `method path` and reads the reply until the server closes, or
    /// until `until` is in what arrived (for event streams), or the timeout.
    static func request(_ path: String, port: Int, method: String = "GET", until: String? = nil,
                        timeout: TimeInterval = 10) throws -> Reply {
        try request(path, port: port, method: method, untilReceived: until.map { until in { $0.contains(until) } },
                    timeout: timeout)
    }

    /// Reads the reply until what arrived satisfies `untilReceived`, the
    /// server closes, or `timeout` passes.
    static func request(_ path: String, port: Int, method: String = "GET", untilReceived: ((String) -> Bool)?,
                        timeout: TimeInterval = 10) throws -> Reply {
        let socket = try connected(port: port)
        defer { close(socket) }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count > 0 { received.append(contentsOf: buffer[0..<count]) }
            if let untilReceived, untilReceived(String(decoding: received, as: UTF8.self)) { break }
        }
        let text = String(decoding: received, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return Reply(status: status, head: head, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// Waits until something accepts connections on `port`.
    static func waitForListener(port: Int, process: Process, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, process.isRunning {
            if let socket = try? connected(port: port) { close(socket); return true }
            usleep(50_000)
        }
        return false
    }

    private static func connected(port: Int) throws -> Int32 {
        guard let socket = socket(at: port, connect) else { throw POSIXError(.ECONNREFUSED) }
        return socket
    }

    /// A TCP socket on which `call` (bind or connect) to the loopback
    /// address at `port` succeeded.
    private static func socket(at port: Int, _ call: (Int32, UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32? {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = loopback(port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { call(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); return nil }
        return socket
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
