/// One line of `openfang doctor`: what was checked, how it went, and how to fix it.
struct DoctorCheck: Encodable, Equatable {
    enum Status: String, Encodable {
        case ok, warn, fail
    }

    var name: String
    var status: Status
    var message: String
    var fix: String?

    static func ok(_ name: String, _ message: String) -> DoctorCheck {
        DoctorCheck(name: name, status: .ok, message: message, fix: nil)
    }

    static func warn(_ name: String, _ message: String, fix: String) -> DoctorCheck {
        DoctorCheck(name: name, status: .warn, message: message, fix: fix)
    }

    static func fail(_ name: String, _ message: String, fix: String) -> DoctorCheck {
        DoctorCheck(name: name, status: .fail, message: message, fix: fix)
    }
}
