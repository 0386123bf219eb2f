import CFuzzDriver
import DossierFuzzHarness
import Foundation

// Built with `make fuzz` (-sanitize=fuzzer), this runs libFuzzer on the
// harness. In an ordinary build it replays files: `DossierFuzz FILE…` runs
// each once, so a crash the fuzzer found reproduces without the fuzzer.

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = dossier_fuzz_run_driver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
if status >= 0 { exit(status) }

for path in CommandLine.arguments.dropFirst() {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    FuzzHarness.run(bytes)
    print("ok \(path)")
}
