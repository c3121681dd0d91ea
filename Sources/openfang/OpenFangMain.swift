import OpenFangCLI

/// The `openfang` executable: everything lives in `OpenFangCLI`.
@main
enum OpenFangMain {
    static func main() async {
        await OpenFangCommand.run()
    }
}
