import DossierModel

extension JUnitCheckReport {
    /// One `<testcase>`: a check that passed or was skipped, or one finding or error.
    struct TestCase {
        enum Outcome {
            case passed
            case skipped(String)
            case failed(message: String, type: String, text: String)
            case error(message: String, text: String)
        }

        var code: String
        var name: String
        var outcome: Outcome

        var xml: String {
            let open = "    <testcase classname=\"\(attribute("dossier.\(code)"))\" name=\"\(attribute(name))\""
            switch outcome {
            case .passed:
                return open + "/>\n"
            case .skipped(let message):
                return open + ">\n      <skipped message=\"\(attribute(message))\"/>\n    </testcase>\n"
            case .failed(let message, let type, let text):
                return open + ">\n      <failure message=\"\(attribute(message))\" type=\"\(attribute(type))\">"
                    + self.text(text) + "</failure>\n    </testcase>\n"
            case .error(let message, let text):
                return open + ">\n      <error message=\"\(attribute(message))\" type=\"error\">"
                    + self.text(text) + "</error>\n    </testcase>\n"
            }
        }
    }

    /// The counts JUnit readers check against the test cases.
    struct Counts {
        var tests = 0, failures = 0, errors = 0, skipped = 0

        init(_ cases: [TestCase]) {
            tests = cases.count
            for testCase in cases {
                switch testCase.outcome {
                case .passed: break
                case .skipped: skipped += 1
                case .failed: failures += 1
                case .error: errors += 1
                }
            }
        }

        var attributes: String {
            " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
        }
    }

    /// Escapes an attribute value. Line breaks and tabs become character
    /// references, since a parser would otherwise fold them to spaces.
    static func attribute(_ value: String) -> String {
        escaped(value, inAttribute: true)
    }

    /// Escapes element text.
    static func text(_ value: String) -> String {
        escaped(value, inAttribute: false)
    }

    /// A character XML cannot carry becomes U+FFFD: a message taken from a
    /// file must never break the report.
    private static func escaped(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        XMLEscaping.escape(value, into: &output, inAttribute: inAttribute, escapingApostrophe: true,
                           disallowed: .replace)
        return output
    }
}

extension JUnitCheckReport.TestCase {
    fileprivate func attribute(_ value: String) -> String { JUnitCheckReport.attribute(value) }
    fileprivate func text(_ value: String) -> String { JUnitCheckReport.text(value) }
}
