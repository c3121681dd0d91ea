import OpenFangTypes

/// The OpenAPI 3.1 document of the routes in a table.
struct OpenAPIDocument {
    let table: APIRouteTable
    let version: String

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
                "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer")])]),
                "schemas": .object(["Error": Self.errorSchema]),
            ]),
            "paths": .object(paths),
        ])
    }

    private func operation(_ doc: APIRouteDoc) -> JSONValue {
        var operation: [String: JSONValue] = [
            "summary": .string(doc.summary),
            "parameters": .array(
                doc.parameters.map { .object(["name": .string($0), "in": .string("path"), "required": .bool(true), "schema": .object(["type": .string("string")])]) }
                    + doc.query.sorted { $0.key < $1.key }.map { name, field in
                        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "schema": field.schema])
                    }),
            "responses": .object([
                "200": .object(["description": .string(doc.response)]),
                "default": .object([
                    "description": .string("An error: {\"error\": {\"code\", \"message\", \"field\"?}}"),
                    "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Error")])])]),
                ]),
            ]),
            "x-rate-limit-cost": .integer(Int64(doc.cost)),
        ]
        if !doc.isPublic { operation["security"] = .array([.object(["bearer": .array([])])]) }
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

    static let errorSchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object([
            "error": .object([
                "type": .string("object"),
                "properties": .object(["code": .object(["type": .string("string")]), "message": .object(["type": .string("string")]), "field": .object(["type": .string("string")])]),
                "required": .array([.string("code"), .string("message")]),
            ])
        ]),
    ])
}
