/// The starter's third-party software: the patient's phone operating system,
/// which the patient provides and keeps updated. Required software (IEC
/// 81001-5-1 ISH1:2025) shows the one link a component asks of the labeling:
/// the statement that transfers its risk names it in `components`.
extension StarterProject {
    static let phoneOperatingSystem = """
        ---
        id: CMP-001
        type: component
        title: Patient's phone operating system (iOS or Android)
        name: phone-os
        support: maintained
        end_of_support: 2029-09-30
        supplier: Apple Inc. (iOS), Google LLC (Android)
        software_category: required
        rationale: >-
          The app runs on the patient's own phone. It supports the operating
          system versions that still receive security updates; the date is
          the end of support of the oldest one, checked at each app release.
        assets: [AS-001]
        ---
        Every reading passes through the app and so through the phone's
        operating system. The patient, not the manufacturer, installs its
        updates, which is why [[LB-003]] tells them to.

        """

    static let updatedPhone = """
        ---
        id: LB-003
        type: labeling
        title: Keep your phone's operating system updated
        kind: security-configuration
        document: Instructions for use, "Setting up the app"
        components: [CMP-001]
        ---
        The app protects your readings only as well as the phone it runs on.
        Install the updates your phone's maker offers, and use the app only on
        a phone that still receives them.

        """
}
