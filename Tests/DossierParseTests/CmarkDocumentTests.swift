import CCmark
import DossierModel
import DossierParse
import Testing

/// Bodies are parsed on every core at once; each must come out as it would
/// alone. Without serialized parsing, cmark-gfm 0.29.0.gfm.6 misreads some
/// of these (its extensions' special characters are process-wide).
@Suite struct CmarkDocumentTests {
    @Test func parallelParsesKeepStrikethroughAndAutolinks() {
        let body: Substring = "The ~~2014~~ edition is withdrawn; see www.iso.org and ~~IEC 80001~~.\n"
        let counts = Array(0..<20_000).parallelMap(workers: 4) { _ in
            let document = CmarkDocument(markdown: body)
            var struck = 0
            var links = 0
            document.walk { node, enter in
                guard enter else { return }
                if String(cString: cmark_node_get_type_string(node)) == "strikethrough" { struck += 1 }
                if node.cmarkType == CMARK_NODE_LINK { links += 1 }
            }
            return [struck, links]
        }
        let misread = counts.filter { $0 != [2, 1] }.count
        #expect(misread == 0)
    }
}
