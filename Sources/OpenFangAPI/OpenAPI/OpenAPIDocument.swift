import OpenFangTypes

/// The OpenAPI 3.1 document of the routes in a table: parameters, typed bodies, the success
/// status and every error status a route can answer, each with its error schema.
struct OpenAPIDocument {
    let table: APIRouteTable
    let version: String

    /// Path parameters that are UUIDs, by the path prefix that holds them.
    static let uuidParameters = ["/api/sessions/{id}", "/api/runs/{id}", "/api/triggers/{id}"]

    /// The document as JSON.
    var json: JSONValue {
        var paths: [String: JSONValue] = [:]
        for doc in table.routes {
            var operations = paths[doc.path]?.objectValue ?? [:]
            operations[doc.method.lowercased()] = operation(doc)
            paths[doc.path] = .object(operations)
        }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("OpenFang for Swift"), "version": .string(version)]),
            "components": .object([
                "securitySchemes": .object([
                    "bearer": .object(["type": .string("http"), "scheme": .string("bearer")]),
                    "apiKey": .object(["type": .string("apiKey"), "in": .string("header"), "name": .string("x-api-key")]),
                ]),
                "schemas": .object(["Error": Self.errorSchema, "OpenAIError": Self.openAIErrorSchema]),
            ]),
            "paths": .object(paths),
        ])
    }

    private func operation(_ doc: APIRouteDoc) -> JSONValue {
        let uuid = Self.uuidParameters.contains { doc.path.hasPrefix($0) }
        let pathSchema: JSONValue = uuid ? .object(["type": .string("string"), "format": .string("uuid")]) : .object(["type": .string("string"), "minLength": .integer(1)])
        var operation: [String: JSONValue] = [
            "summary": .string(doc.summary),
            "parameters": .array(
                doc.parameters.map { .object(["name": .string($0), "in": .string("path"), "required": .bool(true), "schema": pathSchema]) }
                    + doc.query.sorted { $0.key < $1.key }.map { name, field in
                        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "allowEmptyValue": .bool(true), "schema": field.schema])
                    }),
            "responses": .object(responses(doc)),
            "x-rate-limit-cost": .integer(Int64(doc.cost)),
        ]
        if !doc.isPublic { operation["security"] = .array([.object(["bearer": .array([])]), .object(["apiKey": .array([])])]) }
        if let body = doc.body {
            var schema: [String: JSONValue] = ["type": .string("object"), "properties": .object(body.mapValues(\.schema))]
            let required = body.filter(\.value.isRequired).keys.sorted()
            if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
            operation["requestBody"] = .object([
                "required": .bool(true), "content": .object(["application/json": .object(["schema": .object(schema)])]),
            ])
        }
        return .object(operation)
    }

    /// The success answer and each error status the route can give.
    private func responses(_ doc: APIRouteDoc) -> [String: JSONValue] {
        var statuses: Set<Int> = [429]
        if !doc.isPublic { statuses.formUnion([401, 403]) }
        if !doc.parameters.isEmpty || !doc.query.isEmpty || doc.body != nil { statuses.formUnion([400, 404]) }
        if doc.body != nil { statuses.formUnion([413, 415]) }
        statuses.formUnion(doc.errors)
        let openAI = doc.path.hasPrefix("/v1/")
        let schema: JSONValue = .object(["$ref": .string(openAI ? "#/components/schemas/OpenAIError" : "#/components/schemas/Error")])
        var responses: [String: JSONValue] = ["\(doc.status)": .object(["description": .string(doc.response)])]
        for status in statuses {
            var response: [String: JSONValue] = [
                "description": .string(Self.meanings[status] ?? "an error"), "content": .object(["application/json": .object(["schema": schema])]),
            ]
            if status == 429 {
                response["headers"] = .object(["Retry-After": .object(["description": .string("seconds to wait"), "schema": .object(["type": .string("integer")])])])
            }
            responses["\(status)"] = .object(response)
        }
        return responses
    }

    /// What each error status means here.
    static let meanings: [Int: String] = [
        400: "the request is malformed; `field` names what is wrong", 401: "the API key is missing or wrong",
        403: "not allowed: no key is configured and the client is not on this machine, or the role does not permit it",
        404: "what the path or a field names does not exist", 409: "a conflict with the current state (a name taken, an agent not running)",
        413: "the body or a field is too large", 415: "the body is not sent as application/json", 422: "the agent's turn could not finish (iteration limit, loop guard)",
        429: "rate limited (the client's budget of cost units, the agent's budget, or the provider)",
        502: "the model provider failed or answered something unusable", 503: "no provider is usable, or the daemon is stopping",
        504: "the model provider or the turn timed out", 426: "a plain request to a WebSocket route: send an Upgrade: websocket request",
    ]

    static let errorSchema: JSONValue = .object([
        "type": .string("object"),
        "required": .array([.string("error")]),
        "properties": .object([
            "error": .object([
                "type": .string("object"),
                "properties": .object(["code": .object(["type": .string("string")]), "message": .object(["type": .string("string")]), "field": .object(["type": .string("string")])]),
                "required": .array([.string("code"), .string("message")]),
            ])
        ]),
    ])

    static let openAIErrorSchema: JSONValue = .object([
        "type": .string("object"),
        "required": .array([.string("error")]),
        "properties": .object([
            "error": .object([
                "type": .string("object"),
                "properties": .object([
                    "message": .object(["type": .string("string")]), "type": .object(["type": .string("string")]),
                    "param": .object(["type": .array([.string("string"), .string("null")])]), "code": .object(["type": .array([.string("string"), .string("null")])]),
                ]),
                "required": .array([.string("message"), .string("type"), .string("param"), .string("code")]),
            ])
        ]),
    ])
}
