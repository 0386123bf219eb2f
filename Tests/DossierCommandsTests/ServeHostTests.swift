@testable import DossierCommands
import Testing

/// `serve --host` other than the loopback address is warned about: the
/// preview has no access control, and a dossier is confidential.
@Suite struct ServeHostTests {
    @Test(arguments: [("127.0.0.1", true), ("127.0.1.1", true), ("localhost", true), ("::1", true),
                      ("0.0.0.0", false), ("::", false), ("192.168.1.20", false)])
    func onlyTheLoopbackAddressIsPrivate(host: String, isLoopback: Bool) {
        #expect(ServeCommand.isLoopback(host) == isLoopback)
    }
}
