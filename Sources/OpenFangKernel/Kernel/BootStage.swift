/// The named stages of starting the daemon, in order; a failure names the stage it happened in.
public enum BootStage: String, Sendable, CaseIterable {
    case loadConfig = "loading the configuration"
    case openDatabase = "opening the database"
    case buildDrivers = "building the model catalog and drivers"
    case restoreAgents = "restoring agents"
    case startServices = "starting services"
}
