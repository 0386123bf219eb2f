import Mustache

/// A Mustache parse error in the words of someone editing a template: the
/// line, the column and what to write, instead of the library's type names.
enum TemplateParseError {
    static func describe(_ error: any Error) -> (line: Int, column: Int?, reason: String) {
        if let parse = error as? MustacheTemplate.ParserError {
            return located(parse.context, parse.error)
        }
        if let parse = error as? MustacheLibrary.ParserError {
            return located(parse.context, parse.error)
        }
        return (1, nil, "the template cannot be parsed: \(error)")
    }

    private static func located(_ context: MustacheParserContext, _ error: any Error) -> (line: Int, column: Int?, reason: String) {
        (context.lineNumber, context.columnNumber, reason(error))
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The library's reader ran past the end: its error type is not public.
            return "\(error)" == "overflow" ? "the template ends inside a tag: each `{{` needs its `}}`" : "\(error)"
        }
        return switch error {
        case .sectionCloseNameIncorrect:
            "a section is closed with another name than it was opened with; `{{#name}}` ends with `{{/name}}`"
        case .unfinishedName:
            "a tag is not finished: each `{{` needs its `}}` (and `{{{` its `}}}`)"
        case .expectedSectionEnd:
            "a section is never closed: `{{#name}}` and `{{^name}}` each need a `{{/name}}`"
        case .invalidSetDelimiter:
            "the set-delimiter tag is malformed; write it as `{{=<% %>=}}`"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "a block of an inherited partial (`{{<name}}` … `{{/name}}`) may hold only `{{$block}}` sections"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            "the setting tag is not understood; the built-in templates use `{{% CONTENT_TYPE: HTML}}` "
                + "or `{{% CONTENT_TYPE: MARKDOWN}}`"
        }
    }
}
