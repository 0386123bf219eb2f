#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver when the binary was linked with -sanitize=fuzzer;
/// returns -1 at once otherwise, so one target serves fuzzing and replay.
int dossier_fuzz_run_driver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
