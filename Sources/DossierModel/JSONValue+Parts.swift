extension JSONValue {
    /// A member of an object written in parts: a value, or an array whose
    /// elements are made one at a time as they are written.
    public enum Member {
        case value(JSONValue)
        case elements(count: Int, element: (Int) -> JSONValue)
    }

    /// Writes the object of `members` exactly as `.object(…).rendered()`
    /// would, but a part of about `partSize` bytes at a time: dossier.json of
    /// 100,000 items, held whole as values and then as text, was several
    /// times its own size in memory.
    public static func write(object members: [(String, Member)], partSize: Int = 1 << 20,
                             to append: (String) throws -> Void) throws {
        guard !members.isEmpty else { return try append("{}\n") }
        var output: [UInt8] = []
        func flush(over size: Int) throws {
            guard output.count > size else { return }
            try append(String(decoding: output, as: UTF8.self))
            output.removeAll(keepingCapacity: true)
        }
        output += "{\n".utf8
        for (offset, (key, member)) in members.enumerated() {
            writeIndent(1, to: &output)
            writeString(key, to: &output)
            output += ": ".utf8
            switch member {
            case .value(let value):
                value.write(to: &output, indent: 1)
            case .elements(let count, let element):
                guard count > 0 else { output += "[]".utf8; break }
                output += "[\n".utf8
                for index in 0..<count {
                    writeIndent(2, to: &output)
                    element(index).write(to: &output, indent: 2)
                    output += (index == count - 1 ? "\n" : ",\n").utf8
                    try flush(over: partSize)
                }
                writeIndent(1, to: &output)
                output.append(UInt8(ascii: "]"))
            }
            output += (offset == members.count - 1 ? "\n" : ",\n").utf8
            try flush(over: partSize)
        }
        output += "}\n".utf8
        try flush(over: 0)
    }
}
