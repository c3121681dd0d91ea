import HTTPTypes
import OpenFangRuntime

extension APIError {
    /// A model call that failed upstream: the provider's fault, so a gateway status (502, or
    /// 429/503/504 when the provider said so) with a `provider_*` code and what to do.
    static func provider(_ error: LLMError) -> APIError {
        let (status, code): (HTTPResponse.Status, String) =
            switch error {
            case .rateLimited: (.tooManyRequests, "provider_rate_limited")
            case .overloaded: (.serviceUnavailable, "provider_overloaded")
            case .timeout: (.gatewayTimeout, "provider_timeout")
            case .authentication: (.badGateway, "provider_authentication")
            case .billing: (.badGateway, "provider_billing")
            case .contextOverflow: (.badRequest, "context_overflow")
            case .modelNotFound: (.badGateway, "provider_model_not_found")
            case .badRequest: (.badGateway, "provider_rejected_request")
            case .endpointNotFound: (.badGateway, "provider_endpoint_not_found")
            case .malformedResponse: (.badGateway, "provider_malformed_response")
            case .http: (.badGateway, "provider_http_error")
            case .connection: (.badGateway, "provider_unreachable")
            }
        return APIError(status, error.description, code: code)
    }
}
