#include "CFuzzDriver.h"

/* Weak: defined by libFuzzer's runtime when linked with -sanitize=fuzzer,
 * null in an ordinary build. */
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

static int (*registered)(const uint8_t *data, size_t size);

/* libFuzzer's runtime refers to this entry point by name. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return registered ? registered(data, size) : 0;
}

int dossier_fuzz_run_driver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size)) {
    if (!LLVMFuzzerRunDriver) return -1;
    registered = callback;
    return LLVMFuzzerRunDriver(argc, argv, callback);
}
