/// Messages of the commands that write files (`init`, `new`), in the same
/// manners as diagnostics: colour only where `Console` allows it.
extension Console {
    func error(_ text: String) {
        write(colour ? "\u{1B}[31merror:\u{1B}[0m \(text)" : "error: \(text)")
    }

    func note(_ text: String) {
        write(colour ? "\u{1B}[36mnote:\u{1B}[0m \(text)" : "note: \(text)")
    }
}
