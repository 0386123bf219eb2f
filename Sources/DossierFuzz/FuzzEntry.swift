import DossierFuzzHarness
import Foundation

// Built two ways. With `make fuzz` (-sanitize=fuzzer -DDOSSIER_FUZZING)
// libFuzzer provides main and calls LLVMFuzzerTestOneInput. In a plain
// build it is a replayer: `DossierFuzz FILE…` runs each file once, so a
// crash found by the fuzzer can be reproduced without the fuzzer.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !DOSSIER_FUZZING
@main
struct FuzzReplay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            FuzzHarness.run(bytes)
            print("ok \(path)")
        }
    }
}
#endif
