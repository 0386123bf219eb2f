@testable import DossierAnalyze
@testable import DossierLink
import DossierModel
import Testing

/// The byte-level fast paths give what the plain definitions give.
@Suite struct FastPathTests {
    static let names = [
        "BLE pump link", "  Home   Wi-Fi ", "cloud api", "Cloud\tAPI\n", "Service\u{0B}port", "déjà vu Link",
        "ÉCLAIR", "", "   ", "a", "A  B", "Hub debug UART", "x\r\ny", "Straße", "Ǆ digraph",
    ]

    @Test(arguments: names)
    func interfaceNameFoldMatchesTheDefinition(name: String) {
        let definition = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(InterfaceNames.fold(name) == definition)
    }

    static let texts = [
        "the app is adequate and user-friendly etc. and/or as appropriate if possible",
        "inadequate", "as appropriat", "and/o", "etc", "a", "", "aaaadequate", "user-friendly user-friendly",
        "if possible, as appropriate", "no phrase here at all", "stronger strong", "tbd-1 tbd", "non-robust robust",
        "state of the arts, state of the art", "sufficiently sufficient",
    ]

    @Test(arguments: texts)
    func phraseScanFindsWhatASearchPerPhraseFinds(text: String) {
        let phrases = AmbiguousWordingRule.phrases.map { $0.lowercased() }
        let scan = PhraseScan(phrases)
        let each = phrases.map { Self.firstWholeWord($0, in: text) }
        #expect(scan.firstOffsets(in: text) == each)
    }

    /// The plain definition: the first occurrence with no letter, digit,
    /// `-` or `_` (or non-ASCII byte) joined to a letter at either end.
    static func firstWholeWord(_ phrase: String, in text: String) -> Int? {
        let bytes = Array(text.utf8)
        let phrase = Array(phrase.utf8)
        func joins(_ byte: UInt8) -> Bool {
            byte >= 0x80 || Character(Unicode.Scalar(byte)).isLetter || Character(Unicode.Scalar(byte)).isNumber
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        var start = 0
        while let offset = ByteSearch.firstOffset(of: String(decoding: phrase, as: UTF8.self), in: text, from: start) {
            let end = offset + phrase.count
            let before = offset > 0 && joins(phrase[0]) && joins(bytes[offset - 1])
            let after = end < bytes.count && joins(phrase[phrase.count - 1]) && joins(bytes[end])
            if !before && !after { return offset }
            start = offset + 1
        }
        return nil
    }

    @Test func naturalOrderComparesRunsOfDigitsByValue() {
        let ids = ["TM-10", "TM-2", "TM-002", "TM-1", "SR-9", "SR-10a", "SR-10", "TM-02", "é-1", "TM-"]
        #expect(ids.sorted(by: NaturalOrder.precedes)
            == ["SR-9", "SR-10", "SR-10a", "TM-", "TM-1", "TM-002", "TM-02", "TM-2", "TM-10", "é-1"])
    }

    @Test func typoSuggestionIgnoresNamesTooDifferentInLength() {
        #expect(EditDistance.fieldName(meantBy: "threat", among: ["threats", "phases"]) == "threats")
        #expect(EditDistance.fieldName(meantBy: "owner", among: ["order"]) == nil)
        #expect(EditDistance.fieldName(meantBy: "acceptance_critera", among: ["acceptance_criteria"])
            == "acceptance_criteria")
        #expect(EditDistance.fieldName(meantBy: "acceptance", among: ["acceptance_criteria"]) == nil)
        #expect(EditDistance.fieldName(meantBy: "rationle", among: ["rationale", "ration"]) == "rationale")
    }
}
