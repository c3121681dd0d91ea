/// The one door to storage for the runtime and kernel (the seed's `Memory` trait): KV, semantic
/// fragments, knowledge graph, sessions, usage, the run journal, the audit chain and registered agents.
public typealias MemoryStore = KeyValueStore & SemanticStore & KnowledgeGraphStore & SessionStore & UsageStore
    & RunJournal & AuditLog & AgentRecordStore & StoreLifecycle
