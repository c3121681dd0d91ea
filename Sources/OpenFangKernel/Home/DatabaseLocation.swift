import OpenFangTypes

extension KernelConfig {
    /// The database file: `[memory] sqlite_path`, else `<data_dir>/openfang.db`, else the home's.
    public func databasePath(home: OpenFangHome) -> String {
        if let path = memory.sqlitePath, !path.isEmpty { return path }
        if let dataDir, !dataDir.isEmpty { return dataDir + "/openfang.db" }
        return home.databaseFile
    }
}
