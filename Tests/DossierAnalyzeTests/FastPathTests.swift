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
        "if possible, as appropriate", "no phrase here at all",
    ]

    @Test(arguments: texts)
    func phraseScanFindsWhatASearchPerPhraseFinds(text: String) {
        let scan = PhraseScan(AmbiguousWordingRule.phrases)
        let each = AmbiguousWordingRule.phrases.map { ByteSearch.firstOffset(of: $0, in: text) }
        #expect(scan.firstOffsets(in: text) == each)
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
