import ArgumentParser
import DossierModel

extension DossierCommand {
    /// Runs the command line as ArgumentParser's `main()` does, except that
    /// a mistyped command (`dossier chek`) is named with the command it
    /// most likely meant: ArgumentParser suggests options, not subcommands,
    /// and reports only an unexpected argument. Declared on the type, this
    /// is the `main()` that `DossierCommand.main()` calls.
    public static func main() {
        if let error = unknownCommand(CommandLine.arguments.dropFirst().first) { exit(withError: error) }
        main(nil)
    }

    /// A usage error naming the closest command to `argument`, or nil when
    /// `argument` is a command, an option, or like no command at all (then
    /// ArgumentParser's own message stands).
    static func unknownCommand(_ argument: String?) -> ValidationError? {
        guard let argument, !argument.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(argument),
              let suggestion = EditDistance.closest(to: argument, among: names, within: 2) else { return nil }
        return ValidationError("unknown command '\(argument)'; did you mean '\(suggestion)'?")
    }
}
