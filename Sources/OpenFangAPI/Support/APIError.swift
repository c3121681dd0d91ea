import Foundation
import Hummingbird
import OpenFangKernel

/// An error answered as JSON `{"error": "…"}` with its status; the message says what was wrong
/// and where (the field, the id).
struct APIError: HTTPResponseError {
    /// The status.
    var status: HTTPResponse.Status
    /// What the client reads.
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// Kernel errors by kind → status (by table, not by matching messages).
    static let statuses: [KernelError.Kind: HTTPResponse.Status] = [
        .unknownAgent: .notFound, .invalidManifest: .badRequest, .duplicateName: .conflict, .notRunning: .conflict,
        .noProvider: .serviceUnavailable, .quotaExceeded: .tooManyRequests, .turnHung: .gatewayTimeout, .shuttingDown: .serviceUnavailable,
        .forbidden: .forbidden, .schedule: .badRequest, .boot: .internalServerError, .turnFailed: .badGateway,
    ]

    /// The answer for any error a handler throws.
    static func from(_ error: any Error) -> APIError {
        if let api = error as? APIError { return api }
        if let kernel = error as? KernelError { return APIError(statuses[kernel.kind] ?? .internalServerError, kernel.description) }
        return APIError(.internalServerError, "\(error)")
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try JSONEncoder().encode(["error": message])
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
