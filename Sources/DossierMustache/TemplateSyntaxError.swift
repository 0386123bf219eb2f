/// A template that cannot be parsed, with the line and column to look at.
public struct TemplateSyntaxError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case sectionNeverClosed(name: String)
        case sectionClosedWithOtherName(opened: String?, closed: String)
        case unfinishedTag
        case endsInsideTag
        case invalidName
        case invalidSetDelimiter
        case unknownSetting
        case unknownContentType(String)
        case misplacedTagInParent
        case nestedTooDeep(limit: Int)
    }

    public let kind: Kind
    public let line: Int
    public let column: Int

    /// What is wrong and what to write instead, in the words of someone editing the template.
    public var reason: String {
        switch kind {
        case .sectionNeverClosed(let name):
            "a section is never closed: `{{#\(name)}}` needs a `{{/\(name)}}` (and `{{^\(name)}}` too)"
        case .sectionClosedWithOtherName(let opened, let closed):
            if let opened {
                "a section is closed with another name than it was opened with: `{{#\(opened)}}` ends with "
                    + "`{{/\(opened)}}`, not `{{/\(closed)}}`"
            } else {
                "a section is closed with another name than it was opened with: `{{/\(closed)}}` closes no section"
            }
        case .unfinishedTag:
            "a tag is not finished: each `{{` needs its `}}` (and `{{{` its `}}}`)"
        case .endsInsideTag:
            "the template ends inside a tag: each `{{` needs its `}}`"
        case .invalidName:
            "a tag's name may hold letters, digits and `.-_?*` only"
        case .invalidSetDelimiter:
            "the set-delimiter tag is malformed; write it as `{{=<% %>=}}`"
        case .unknownSetting:
            "the setting tag is not understood; the built-in templates use `{{% CONTENT_TYPE: HTML}}` "
                + "or `{{% CONTENT_TYPE: MARKDOWN}}`"
        case .unknownContentType(let name):
            "`\(name)` is not a content type; the built-in templates use `{{% CONTENT_TYPE: HTML}}` "
                + "or `{{% CONTENT_TYPE: MARKDOWN}}`"
        case .nestedTooDeep(let limit):
            "sections nest more than \(limit) deep here; a template this deep is most likely missing its closing tags"
        case .misplacedTagInParent:
            "a block of an inherited partial (`{{<name}}` … `{{/name}}`) may hold only `{{$block}}` sections"
        }
    }

    public var description: String { "\(line):\(column): \(reason)" }
}
