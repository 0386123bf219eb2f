/// The security architecture views of the starter (FDA premarket
/// cybersecurity guidance §V.B.2): each a section that says which view it
/// is. A team that keeps its diagrams in a threat-modelling tool names them
/// in `diagrams:` and the dossier draws them after the text.
extension StarterProject {
    static let globalSystemView = """
        ---
        id: SEC-ARCH-GLOBAL
        type: section
        title: Global system view
        order: 2
        view: global-system
        # diagrams: ["threat-model/monitor.tm7#Home monitor"]   # drawn from the threat model
        ---
        Two components and three paths, each named in the threat model:

        | component | trust boundary | paths |
        |---|---|---|
        | Monitor (firmware, flash memory) | the patient's home | Bluetooth Low Energy ([[IF-001]]), firmware update ([[IF-002]]), service port ([[IF-003]], not in use) |
        | Phone app | the patient's phone | Bluetooth Low Energy to the monitor |

        Readings leave the monitor only over the bonded, encrypted Bluetooth
        link; the service port is disabled in production and still modelled.

        """

    static let updatesView = """
        ---
        id: SEC-ARCH-UPDATE
        type: section
        title: Updatability and patchability view
        order: 3
        view: updatability-patchability
        ---
        A firmware image travels from the manufacturer's signing service in the
        app's release to the bonded phone, and from there over the update
        service ([[IF-002]]) to the monitor, which installs it only when its
        signature verifies and its version is newer ([[SR-004]]). Security
        fixes ship outside the feature release cycle ([[SR-005]]).

        """

    static let pairingView = """
        ---
        id: SEC-ARCH-PAIRING
        type: section
        title: "Security use case: pairing the monitor with a phone"
        order: 4
        view: security-use-case
        ---
        1. The patient starts pairing in the app; the monitor shows a six-digit code.
        2. The app shows the same code; the patient confirms it on both
           ([[SR-001]]), so a phone in the next flat cannot pair unseen.
        3. The monitor keeps the bond and from then on talks to that phone only.

        """
}
