extension StarterProject {
    static let bluetoothLink = """
        ---
        id: IF-001
        type: interface
        title: Bluetooth Low Energy
        kind: wireless
        exposure: adjacent
        in_use: true
        protocol: BLE 5.0 GATT
        authentication: LE Secure Connections numeric comparison
        encryption: AES-CCM link encryption
        assets: [AS-001]
        ---
        The radio link between the monitor and the patient's phone: reachable by
        anyone within about ten metres.

        """

    static let updateChannel = """
        ---
        id: IF-002
        type: interface
        title: Firmware update over Bluetooth
        kind: update-channel
        exposure: adjacent
        in_use: true
        protocol: BLE DFU service
        authentication: Bonded phone only
        encryption: AES-CCM link encryption; image signed with ECDSA P-256
        assets: [AS-002]
        ---
        The update service the app uses to install a new firmware image.

        """

    static let servicePort = """
        ---
        id: IF-003
        type: interface
        title: Service port
        kind: debug-port
        exposure: physical
        in_use: false
        protocol: SWD
        authentication: None; disabled by the read-out protection fuse in production
        encryption: None
        assets: [AS-001, AS-002]
        ---
        The unpopulated debug header on the main board. Present but unused: the
        flash memory behind it still holds readings and keys.

        """
}
