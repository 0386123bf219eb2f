import DossierMustache
import Testing

/// What `{{name}}` writes for the five characters that matter in HTML.
@Suite struct EscapingTests {
    @Test("HTML escaping", arguments: [
        ("plain text, unchanged", "plain text, unchanged"),
        ("", ""),
        ("<script>alert('x & y')</script>", "&lt;script&gt;alert(&#39;x &amp; y&#39;)&lt;/script&gt;"),
        ("\"quoted\"", "&quot;quoted&quot;"),
        ("&&", "&amp;&amp;"),
        ("Größe ≤ 5 & «über»", "Größe ≤ 5 &amp; «über»"),
        ("ends with <", "ends with &lt;"),
        ("> starts", "&gt; starts"),
    ])
    func html(text: String, escaped: String) {
        #expect(HTMLContentType().escape(text) == escaped)
    }

    @Test("text needs no escaping")
    func text() {
        #expect(TextContentType().escape("<&>\"'") == "<&>\"'")
    }
}
