/// What `dossier init` writes: a small project that checks clean — every
/// phase and control category covered, every security requirement derived
/// from a threat, every requirement verified — for a team to replace item by
/// item. String constants, not bundle resources: on Linux `Bundle.module`
/// falls back to the build path baked into the binary and stops the program
/// once that folder is gone, so a copied or installed binary would crash.
public enum StarterProject {
    /// A file to write, its path relative to the project folder.
    public struct File: Hashable, Sendable {
        public var path: String
        public var contents: String
    }

    /// The content folder inside the project folder.
    public static let contentFolder = "content"

    /// Every file, in the order they are written and listed. The guide sits
    /// beside `content/`, not in it: every `.md` file in it is an item.
    public static let files: [File] = [
        File(path: "README-dossier.md", contents: guide),
        File(path: "content/dossier.yml", contents: configuration),
        File(path: "content/sections/01-scope.md", contents: scope),
        File(path: "content/sections/02-global-system-view.md", contents: globalSystemView),
        File(path: "content/sections/03-updatability-view.md", contents: updatesView),
        File(path: "content/sections/04-pairing-use-case.md", contents: pairingView),
        File(path: "content/assets/AS-001.md", contents: readings),
        File(path: "content/assets/AS-002.md", contents: firmware),
        File(path: "content/hazards/HZ-001.md", contents: wrongTherapy),
        File(path: "content/interfaces/IF-001.md", contents: bluetoothLink),
        File(path: "content/interfaces/IF-002.md", contents: updateChannel),
        File(path: "content/interfaces/IF-003.md", contents: servicePort),
        File(path: "content/threats/TH-001.md", contents: roguePhone),
        File(path: "content/threats/TH-002.md", contents: maliciousFirmware),
        File(path: "content/threats/TH-003.md", contents: discardedMonitor),
        File(path: "content/threats/TH-004.md", contents: blockedLink),
        File(path: "content/requirements/REQ-001.md", contents: sendReadings),
        File(path: "content/requirements/REQ-002.md", contents: accuracy),
        File(path: "content/security/SR-001.md", contents: pairing),
        File(path: "content/security/SR-002.md", contents: encryptedLink),
        File(path: "content/security/SR-003.md", contents: bondedOnly),
        File(path: "content/security/SR-004.md", contents: signedFirmware),
        File(path: "content/security/SR-005.md", contents: securityUpdates),
        File(path: "content/security/SR-006.md", contents: cryptoErase),
        File(path: "content/security/SR-007.md", contents: securityLog),
        File(path: "content/security/SR-008.md", contents: offlineBuffer),
        File(path: "content/verification/VER-001.md", contents: linkTest),
        File(path: "content/verification/VER-002.md", contents: updateTest),
        File(path: "content/verification/VER-003.md", contents: resetTest),
        File(path: "content/verification/VER-004.md", contents: accuracyValidation),
        File(path: "content/labeling/LB-001.md", contents: resetBeforeDisposal),
        File(path: "content/labeling/LB-002.md", contents: endOfSupport),
        File(path: "content/labeling/LB-003.md", contents: updatedPhone),
        File(path: "content/components/CMP-001.md", contents: phoneOperatingSystem),
        File(path: "content/reviews/REV-001.md", contents: requirementsReview),
    ]

    /// The files of the example project, or of an empty one: its
    /// `dossier.yml` alone, with the product and document to fill in.
    public static func files(empty: Bool) -> [File] {
        empty ? [File(path: "content/dossier.yml", contents: emptyConfiguration)] : files
    }

    static let guide = """
        # Design-input dossier

        This project was started with `dossier init`. It describes an example
        product, a home blood-pressure monitor with a phone app, so that every
        item type and link is shown once; replace it item by item with your own.

        - `content/dossier.yml`: the product, document control and policy.
        - `content/**/*.md`: one design input per file, Markdown with YAML front
          matter. Every `.md` file under `content/` is an item, which is why this
          guide lives outside it.

        Everyday commands:

        ```sh
        dossier check                                   # errors and gaps, exit 1 on a major gap
        dossier new threat "Replayed reading upload"    # next free id, in the usual folder
        dossier build                                   # the dossier, into output/
        dossier schema > dossier-front-matter.schema.json   # for editors (yaml.schemas)
        ```

        The rule that matters most (IEC 81001-5-1 §5.2.1): every security
        requirement links to the threats it mitigates with `threats:`, and every
        lifecycle phase has security requirements.

        """

    static let configuration = """
        # The design-input dossier of the product. Every .md file under this
        # folder is an item; `dossier check` finds the gaps, `dossier build`
        # renders the dossier. See ../README-dossier.md.
        product:
          name: Example Home Monitor            # required
          version: 0.1.0                        # required
          manufacturer: Example Medical Ltd.
          intended_use: >-
            Measures blood pressure at home and sends the readings to the
            patient's phone app, from where the patient shares them with the
            clinic that adjusts the medication.
          safety_class: B                       # IEC 62304 class: A | B | C
          deployment: Bluetooth Low Energy monitor, iOS and Android app

        """ + configurationPolicy

    /// What follows the product in either `dossier.yml`: document control,
    /// phases and the policy keys, commented out.
    static let configurationPolicy = """
        document:
          id: DI-SEC-001                        # required
          title: Security Design Input Dossier
          revision: A
          # date: 2026-01-31                    # else SOURCE_DATE_EPOCH, else "undated"
          approvals:
            - { role: Author, name: A. Author }
            - { role: Approver, name: B. Approver }
        phases: [installation, operation, maintenance, decommissioning]
        threat_model:
          methodology: STRIDE per element of the data-flow diagram, in a workshop with the developers
          # reviewed: 2026-01-15                # the last review of the whole model
          not_applicable_sources:               # lifecycle threat sources no threat comes from, and why
            manufacturing: No key, credential or patient data is loaded in the factory; firmware is signed at build time.
          # files:                              # threats kept in a threat-modelling tool
          #   - file: threat-model/monitor.tm7  # Threat Modeling Tool (.tm7) or Threat Dragon (.json)
          #     prefix: TMT                     # imported ids are TMT-<n>
        # The security architecture views (FDA premarket guidance §V.B.2) are the
        # sections with `view:`; a view the product has no use for, with why:
        architecture_views_not_applicable:
          multi-patient-harm: The monitor talks to one bonded phone and to nothing else; no path reaches a second patient.
        # A control category that does not apply, with its justification:
        # control_categories_not_applicable:
        #   updatability: Firmware is not field-updatable; the device is replaced as a whole.
        # The severity of a rule for this project (major | minor | off):
        # rules:
        #   unverified-requirement: major

        """

    static let scope = """
        ---
        id: SEC-SCOPE
        type: section
        title: Scope and intended use
        order: 1
        ---
        This dossier holds the security design inputs of the **Example Home
        Monitor**: the threat model, the assets and hazards it concerns, the
        security requirements derived from it, the software requirements they
        secure, and the verifications that show each requirement is met.

        The monitor measures blood pressure at home and sends each reading over
        Bluetooth Low Energy to the patient's phone app. The clinic adjusts the
        medication on the readings the patient shares, so a wrong or missing
        reading can lead to a wrong change of therapy ([[HZ-001]]).

        """

    static let readings = """
        ---
        id: AS-001
        type: asset
        title: Blood-pressure readings
        properties: [confidentiality, integrity, availability]
        ---
        Systolic and diastolic pressure, pulse and time of each measurement, as
        stored on the monitor and sent to the app. Health data: disclosure harms
        the patient's privacy, a changed or missing reading misleads the clinic.

        """

    static let firmware = """
        ---
        id: AS-002
        type: asset
        title: Monitor firmware
        properties: [integrity, availability]
        ---
        The software that measures, stores and sends readings. A changed
        firmware can report any value it likes.

        """

    static let wrongTherapy = """
        ---
        id: HZ-001
        type: hazard
        title: Medication is changed on wrong or missing readings
        harm: Hypotension or uncontrolled hypertension after a wrong change of medication
        severity: serious
        ---
        The clinic lowers or raises the dose on readings that were altered,
        belong to someone else, or never arrived.

        """

    static let roguePhone = """
        ---
        id: TH-001
        type: threat
        title: An attacker's phone pairs with the monitor and reads or alters readings
        phases: [installation, operation]
        stride: [spoofing, tampering, information-disclosure]
        sources: [deployment, interoperation]
        interfaces: [Bluetooth Low Energy]
        risk: high
        residual_risk: low
        safety_impact: true
        treatment: mitigate
        assets: [AS-001]
        hazards: [HZ-001]
        ---
        Within radio range, an attacker pairs a phone with the monitor while the
        patient sets it up, or listens to an unencrypted link later, and reads
        the readings or injects false ones. Mitigated by [[SR-001]], [[SR-002]],
        [[SR-003]] and [[SR-007]].

        """

    static let maliciousFirmware = """
        ---
        id: TH-002
        type: threat
        title: Malicious or outdated firmware is installed through the update channel
        phases: [maintenance]
        stride: [tampering, elevation-of-privilege]
        sources: [maintenance-update, supply-chain]
        interfaces: [Firmware update over Bluetooth]
        risk: high
        residual_risk: low
        safety_impact: true
        treatment: mitigate
        assets: [AS-002]
        hazards: [HZ-001]
        ---
        An attacker offers a changed firmware image, or an older one with a known
        vulnerability, through the update function. Mitigated by [[SR-003]],
        [[SR-004]], [[SR-005]] and [[SR-007]].

        """

    static let discardedMonitor = """
        ---
        id: TH-003
        type: threat
        title: Readings are recovered from a discarded or returned monitor
        phases: [decommissioning]
        stride: [information-disclosure]
        sources: [decommissioning]
        interfaces: [Service port]
        risk: medium
        residual_risk: low
        safety_impact: false
        treatment: mitigate
        assets: [AS-001]
        ---
        A monitor sold on, returned or thrown away still holds readings and the
        pairing keys of the patient's phone. Mitigated by [[SR-006]].

        """

    static let blockedLink = """
        ---
        id: TH-004
        type: threat
        title: Radio jamming or a lost phone connection keeps readings from the app
        phases: [operation]
        stride: [denial-of-service]
        interfaces: [Bluetooth Low Energy]
        risk: medium
        residual_risk: low
        safety_impact: true
        treatment: mitigate
        assets: [AS-001]
        hazards: [HZ-001]
        ---
        Readings taken while the link is down never reach the clinic, which then
        decides on an incomplete record. Mitigated by [[SR-008]].

        """

    static let sendReadings = """
        ---
        id: REQ-001
        type: requirement
        title: The monitor shall send each reading to the paired app over Bluetooth Low Energy
        category: interface
        phases: [operation]
        security_relevant: true
        ---
        Each completed measurement is sent to the paired app within 10 seconds
        while the app is in range. A connection that carries health data needs
        securing: see [[SR-001]] and [[SR-002]].

        """

    static let accuracy = """
        ---
        id: REQ-002
        type: requirement
        title: The monitor shall measure blood pressure to within 3 mmHg of the reference
        category: performance
        phases: [operation]
        security_relevant: false
        hazards: [HZ-001]
        ---
        Mean error within ±3 mmHg and standard deviation within 8 mmHg against
        the reference method of ISO 81060-2.

        """

    static let pairing = """
        ---
        id: SR-001
        type: security-requirement
        title: Pairing requires numeric comparison confirmed on the monitor and the phone
        phases: [installation]
        category: authentication
        source: threat-model
        threats: [TH-001]
        refines: [REQ-001]
        interfaces: [Bluetooth Low Energy]
        hazards: [HZ-001]
        acceptance_criteria: >-
          A phone that offers Just Works or legacy pairing is refused; pairing
          completes only after confirmation on both devices.
        references: [IEC 81001-5-1 §5.2.1, Bluetooth Core Specification LE Secure Connections]
        ---
        The monitor pairs only with LE Secure Connections numeric comparison: the
        same six digits are shown on the monitor and in the app, and the patient
        confirms them on both. Just Works and legacy pairing are refused.

        """

    static let encryptedLink = """
        ---
        id: SR-002
        type: security-requirement
        title: Readings are sent only over an encrypted LE Secure Connections link
        phases: [operation]
        category: cryptography
        source: threat-model
        threats: [TH-001]
        refines: [REQ-001]
        interfaces: [Bluetooth Low Energy]
        acceptance_criteria: >-
          A radio capture of a transfer shows no reading in clear text.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        The monitor sends readings only over a link encrypted with the AES-CCM
        keys of LE Secure Connections, and never over an unencrypted link.

        """

    static let bondedOnly = """
        ---
        id: SR-003
        type: security-requirement
        title: Only the bonded phone may read readings, change settings or start an update
        phases: [operation, maintenance]
        category: authorization
        source: threat-model
        threats: [TH-001, TH-002]
        acceptance_criteria: >-
          The same requests from a second, unbonded phone are refused.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        Every request to read readings, change settings or start a firmware
        update is refused unless it comes from the bonded phone.

        """

    static let signedFirmware = """
        ---
        id: SR-004
        interfaces: [Firmware update over Bluetooth]
        type: security-requirement
        title: The monitor installs only manufacturer-signed firmware and never an older version
        phases: [maintenance]
        category: integrity
        source: threat-model
        threats: [TH-002]
        acceptance_criteria: >-
          An image with a changed byte, a wrong signature or a lower version is
          refused and the installed firmware keeps running.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        The boot loader verifies the ECDSA P-256 signature of a firmware image
        with the manufacturer's public key before installing it, and refuses an
        image whose version number is lower than the installed one.

        """

    static let securityUpdates = """
        ---
        id: SR-005
        type: security-requirement
        title: Security fixes reach monitors in the field through the app within 30 days
        phases: [maintenance]
        category: updatability
        source: threat-model
        threats: [TH-002]
        acceptance_criteria: >-
          A released update is offered by the app and installs on a monitor in
          the field configuration.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        The app offers a signed firmware update to the monitor within 30 days of
        its release, outside the feature release cycle when a vulnerability
        needs it.

        """

    static let cryptoErase = """
        ---
        id: SR-006
        type: security-requirement
        title: A factory reset crypto-erases stored readings and pairing keys
        phases: [decommissioning]
        category: confidentiality
        source: threat-model
        threats: [TH-003]
        acceptance_criteria: >-
          After a reset, a dump of the flash memory holds no reading and no key.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        Readings are stored encrypted with a device-unique key. A factory reset
        destroys that key and the pairing keys, so no reading can be recovered
        from the flash memory afterwards.

        """

    static let securityLog = """
        ---
        id: SR-007
        type: security-requirement
        title: The monitor records refused pairings and rejected updates and reports them to the app
        phases: [operation, maintenance]
        category: logging
        source: threat-model
        threats: [TH-001, TH-002]
        acceptance_criteria: >-
          Each of the three events appears in the app's security log.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        Each refused pairing, refused request and rejected firmware image is
        recorded with its time and sent to the app at the next connection; the
        monitor keeps the last 100 events.

        """

    static let offlineBuffer = """
        ---
        id: SR-008
        type: security-requirement
        title: The monitor keeps the last 200 readings and sends them when the link is back
        phases: [operation]
        category: resiliency
        source: threat-model
        threats: [TH-004]
        acceptance_criteria: >-
          50 readings taken with the phone switched off all reach the app, in
          order, after it is switched on.
        references: [IEC 81001-5-1 §5.2.1]
        ---
        Measuring works without the app. Readings taken while the link is down
        are kept, up to the last 200, and sent in order once the bonded phone
        is back in range.

        """

    static let linkTest = """
        ---
        id: VER-001
        type: verification
        title: Pairing, link encryption and access control test
        method: test
        kind: threat-mitigation
        result: pass
        evidence: reports/VER-001-link-test.pdf
        verifies: [REQ-001, SR-001, SR-002, SR-003, SR-007]
        threats: [TH-001]
        ---
        Pair with a test phone, then attempt pairing, reading and an update
        from a second, unbonded phone while capturing the radio traffic.

        """

    static let updateTest = """
        ---
        id: VER-002
        type: verification
        title: Firmware update signature, rollback and delivery test
        method: test
        kind: threat-mitigation
        result: pass
        evidence: reports/VER-002-update-test.pdf
        verifies: [SR-004, SR-005]
        ---
        Offer a correctly signed image, a changed image, an image signed with
        another key and an older image; then release an update and install it
        through the app.

        """

    static let resetTest = """
        ---
        id: VER-003
        type: verification
        title: Factory reset erasure and offline buffering test
        method: test
        kind: threat-mitigation
        result: pass
        evidence: reports/VER-003-reset-test.pdf
        verifies: [SR-006, SR-008]
        ---
        Take 50 readings with the phone off and check they all arrive; then
        reset the monitor and search a flash dump for readings and keys.

        """

    static let accuracyValidation = """
        ---
        id: VER-004
        type: verification
        title: Clinical accuracy validation to ISO 81060-2
        method: test
        result: pass
        evidence: reports/VER-004-ISO-81060-2-validation.pdf
        verifies: [REQ-002]
        ---
        Clinical validation against the reference method of ISO 81060-2.

        """

    static let resetBeforeDisposal = """
        ---
        id: LB-001
        type: labeling
        title: Factory-reset the monitor before giving it away, returning or discarding it
        kind: decommissioning
        document: Instructions for use, "Disposal"
        threats: [TH-003]
        requirements: [SR-006]
        ---
        Hold the power button for ten seconds until the display shows "rESEt".
        The reset erases every stored reading and the pairing with your phone;
        remove the monitor from the app's device list afterwards.

        """

    static let endOfSupport = """
        ---
        id: LB-002
        type: labeling
        title: Security updates are provided for five years after the last monitor is sold
        kind: end-of-support
        document: Instructions for use, "Technical data"
        ---
        The end-of-support date is published on the manufacturer's website.
        After it, no further security updates are released; replace the
        monitor with a supported model.

        """
}

extension StarterProject {
    /// `dossier.yml` of `init --empty`: the example's keys and comments,
    /// with names to replace rather than an example product.
    static let emptyConfiguration = """
        # The design-input dossier of the product. Every .md file under this
        # folder is an item (`dossier new threat "Title"` writes one);
        # `dossier check` finds the gaps, `dossier build` renders the dossier.
        product:
          name: Product name                    # required
          version: 0.1.0                        # required
          manufacturer: Manufacturer name
          intended_use: What the product is for, in the words of its labeling.
          safety_class: B                       # IEC 62304 class: A | B | C
          deployment: Where and how it runs

        """ + configurationPolicy
}
