/// Renders parsed templates against a stack of values: the innermost
/// section's value last.
struct TemplateRenderer {
    /// What a template is rendered with besides the values: how values are
    /// escaped, how far lines are indented, and the blocks of enclosing
    /// `{{<parent}}` tags.
    struct Setting {
        var contentType: any TemplateContentType
        var indentation: String?
        var blocks: [String: [TemplateNode]]?
        var partialDepth = 0
    }

    /// How deep partials may include partials: a template that includes
    /// itself with nothing to stop it renders nothing at this depth instead
    /// of exhausting the stack.
    static let partialDepthLimit = 200

    let templates: [String: [TemplateNode]]
    let defaultContentType: any TemplateContentType
    private(set) var stack: [TemplateValue]

    init(templates: [String: [TemplateNode]], defaultContentType: any TemplateContentType, root: TemplateValue) {
        self.templates = templates
        self.defaultContentType = defaultContentType
        stack = [root]
    }

    /// Whether the text written last ended a line of the template, while
    /// lines are indented: the next text starts with the indentation.
    private var atLineStart = false

    mutating func render(_ nodes: [TemplateNode], _ setting: Setting, into output: inout String) {
        var setting = setting
        for node in nodes { render(node, &setting, into: &output) }
    }

    /// Writes `text`; inside an indented partial, after the indentation when
    /// it starts a line. A line break inside a value starts no new line of
    /// the template, so the value's own lines are not indented.
    private mutating func write(_ text: String, fromTemplate: Bool, _ setting: Setting, into output: inout String) {
        guard let indentation = setting.indentation, !indentation.isEmpty else { return output += text }
        guard !text.isEmpty else { return }
        if atLineStart { output += indentation }
        output += text
        atLineStart = fromTemplate && text.utf8.last == UInt8(ascii: "\n")
    }

    /// Adds `extra` to the indentation of what a partial or block writes.
    /// Its first line follows the blanks before its tag, written already.
    private mutating func indent(_ setting: inout Setting, by extra: String?) {
        guard let extra else { return }
        let outer = setting.indentation ?? ""
        if outer.isEmpty { atLineStart = false }
        setting.indentation = outer + extra
    }

    mutating func render(_ node: TemplateNode, _ setting: inout Setting, into output: inout String) {
        switch node {
        case .text(let text):
            write(text, fromTemplate: true, setting, into: &output)
        case .variable(let path, let escaped):
            guard let text = Self.text(of: resolve(path)) else { return }
            write(escaped ? setting.contentType.escape(text) : text, fromTemplate: false, setting, into: &output)
        case .section(let path, let body):
            switch resolve(path) {
            case .null: break
            case .bool(let isTrue): if isTrue { render(body, setting, into: &output) }
            case .list(let list):
                for index in 0..<list.count {
                    stack.append(list.value(at: index))
                    render(body, setting, into: &output)
                    stack.removeLast()
                }
            case let value:
                stack.append(value)
                render(body, setting, into: &output)
                stack.removeLast()
            }
        case .invertedSection(let path, let body):
            switch resolve(path) {
            case .null: render(body, setting, into: &output)
            case .bool(let isTrue): if !isTrue { render(body, setting, into: &output) }
            case .list(let list) where list.count == 0:
                stack.append(.list(list))
                render(body, setting, into: &output)
                stack.removeLast()
            default: break
            }
        case .partial(let name, let indentation, let blocks):
            let templateName: String
            switch name {
            case .named(let named): templateName = named
            case .dynamic(let path):
                guard case .text(let named) = resolve(path) else { return }
                templateName = named
            }
            guard let template = templates[templateName], setting.partialDepth < Self.partialDepthLimit else { return }
            var inner = setting
            inner.contentType = defaultContentType
            inner.partialDepth += 1
            indent(&inner, by: indentation)
            if let blocks {
                // The outermost `{{<parent}}` decides what fills a block.
                inner.blocks = (setting.blocks ?? [:]).merging(blocks) { outer, _ in outer }
            }
            render(template, inner, into: &output)
        case .block(let name, let defaultNodes, let indentation, let intrinsic):
            var inner = setting
            indent(&inner, by: indentation)
            guard let replacement = setting.blocks?[name] else { return render(defaultNodes, inner, into: &output) }
            guard !intrinsic.isEmpty else { return render(replacement, inner, into: &output) }
            // The default's own text carried its indentation; a replacement gets it here.
            let startsLine = atLineStart && !(inner.indentation ?? "").isEmpty
            inner.indentation = (inner.indentation ?? "") + intrinsic
            if startsLine { return render(replacement, inner, into: &output) }
            var text = ""
            render(replacement, inner, into: &text)
            if !text.isEmpty { output += intrinsic + text }
        case .contentType(let contentType):
            setting.contentType = contentType
        }
    }

    /// The value `path` names: `.` is the innermost value; otherwise the
    /// first name is looked up from the innermost value outwards, and the
    /// names after it only in what the first one found.
    func resolve(_ path: TemplatePath) -> TemplateValue {
        // The stack is read in place: taking `stack.last` up front copied a
        // value (and released it) at every one of a build's millions of tags.
        guard !stack.isEmpty else { return .null }
        switch path.start {
        case .current:
            return stack[stack.count - 1]
        case .innermost:
            return Self.member(path.names[...], of: stack[stack.count - 1])
        case .stack:
            guard let first = path.names.first else { return stack[stack.count - 1] }
            var index = stack.count - 1
            while index >= 0 {
                if case .object(let object) = stack[index] {
                    let found = object.value(named: first)
                    if !found.isNull {
                        // Most tags name one member: `member` would copy the value once more.
                        return path.names.count == 1 ? found : Self.member(path.names.dropFirst(), of: found)
                    }
                }
                index -= 1
            }
            return .null
        }
    }

    private static func member(_ names: ArraySlice<String>, of value: TemplateValue) -> TemplateValue {
        var value = value
        for name in names {
            guard case .object(let object) = value else { return .null }
            value = object.value(named: name)
        }
        return value
    }

    /// What `{{name}}` writes for a value, before escaping; nil for nothing.
    static func text(of value: TemplateValue) -> String? {
        switch value {
        case .null: nil
        case .text(let text): text
        case .int(let number): String(number)
        case .double(let number): "\(number)"
        case .bool(let isTrue): isTrue ? "true" : "false"
        case .lazy(let make): make()
        // A list or an object has no text of its own; a template names one of its members.
        case .object, .list: nil
        }
    }
}
