/// The one door to storage for the runtime and kernel (the seed's `Memory` trait): KV, semantic
/// fragments, knowledge graph, sessions, usage, the run journal, the audit chain, registered agents, the task board, cron jobs and triggers.
public typealias MemoryStore = KeyValueStore & SemanticStore & KnowledgeGraphStore & SessionStore & UsageStore
    & RunJournal & AuditLog & AgentRecordStore & TaskQueueStore & ScheduleStore & StoreLifecycle
