import FoundationEssentials
import Hummingbird
import OpenFangTypes

/// Any `JSONValue` (or encodable) as a JSON answer.
struct JSONResponse: ResponseGenerator {
    let data: Data
    var status: HTTPResponse.Status = .ok

    init(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws {
        data = try JSONEncoder.sortedKeys.encode(value)
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
