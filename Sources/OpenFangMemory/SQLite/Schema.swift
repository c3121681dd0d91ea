/// The database schema, as named migrations. Append new migrations; never edit applied ones.
enum Schema {
    static let migrations: [Migration] = [
        Migration(name: "001_initial", statements: [
            """
            CREATE TABLE kv (
                namespace TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, updated_at REAL NOT NULL,
                PRIMARY KEY (namespace, key)) WITHOUT ROWID
            """,
            """
            CREATE TABLE fragments (
                id INTEGER PRIMARY KEY, fragment_id TEXT NOT NULL UNIQUE, agent_id TEXT NOT NULL, content TEXT NOT NULL,
                source TEXT NOT NULL, metadata TEXT NOT NULL, confidence REAL NOT NULL, embedding BLOB,
                created_at REAL NOT NULL, accessed_at REAL NOT NULL, access_count INTEGER NOT NULL DEFAULT 0,
                decayed_at REAL NOT NULL)
            """,
            "CREATE INDEX fragments_by_agent ON fragments (agent_id, created_at)",
            """
            CREATE VIRTUAL TABLE fragments_fts USING fts5(
                content, content = 'fragments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')
            """,
            """
            CREATE TRIGGER fragments_ai AFTER INSERT ON fragments BEGIN
                INSERT INTO fragments_fts (rowid, content) VALUES (new.id, new.content);
            END
            """,
            """
            CREATE TRIGGER fragments_ad AFTER DELETE ON fragments BEGIN
                INSERT INTO fragments_fts (fragments_fts, rowid, content) VALUES ('delete', old.id, old.content);
            END
            """,
            """
            CREATE TRIGGER fragments_au AFTER UPDATE OF content ON fragments BEGIN
                INSERT INTO fragments_fts (fragments_fts, rowid, content) VALUES ('delete', old.id, old.content);
                INSERT INTO fragments_fts (rowid, content) VALUES (new.id, new.content);
            END
            """,
            """
            CREATE TABLE entities (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, properties TEXT NOT NULL,
                created_at REAL NOT NULL)
            """,
            "CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE)",
            """
            CREATE TABLE relations (
                id TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                relation TEXT NOT NULL, target TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                confidence REAL NOT NULL, properties TEXT NOT NULL, created_at REAL NOT NULL)
            """,
            "CREATE INDEX relations_by_source ON relations (source, relation)",
            "CREATE INDEX relations_by_target ON relations (target, relation)",
            """
            CREATE TABLE sessions (
                id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, label TEXT, is_canonical INTEGER NOT NULL DEFAULT 0,
                compacted_summary TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL)
            """,
            "CREATE INDEX sessions_by_agent ON sessions (agent_id, updated_at)",
            "CREATE UNIQUE INDEX sessions_one_canonical ON sessions (agent_id) WHERE is_canonical = 1",
            """
            CREATE TABLE session_messages (
                session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, seq INTEGER NOT NULL,
                message TEXT NOT NULL, created_at REAL NOT NULL, PRIMARY KEY (session_id, seq)) WITHOUT ROWID
            """,
            """
            CREATE TABLE usage_events (
                id INTEGER PRIMARY KEY, agent_id TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL,
                input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL,
                tool_calls INTEGER NOT NULL, created_at REAL NOT NULL)
            """,
            "CREATE INDEX usage_by_agent ON usage_events (agent_id, created_at)",
            "CREATE INDEX usage_by_time ON usage_events (created_at)",
            """
            CREATE TABLE runs (
                id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, session_id TEXT, status TEXT NOT NULL,
                started_at REAL NOT NULL, ended_at REAL, error TEXT, attribution TEXT)
            """,
            "CREATE INDEX runs_by_status ON runs (status)",
            "CREATE INDEX runs_by_agent ON runs (agent_id, started_at)",
            """
            CREATE TABLE run_steps (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE, seq INTEGER NOT NULL, kind TEXT NOT NULL,
                payload TEXT NOT NULL, created_at REAL NOT NULL, PRIMARY KEY (run_id, seq)) WITHOUT ROWID
            """,
            """
            CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY, created_at REAL NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                subject TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
            """,
        ]),
        Migration(name: "002_fragments_by_source", statements: [
            "CREATE INDEX fragments_by_source ON fragments (source, created_at)"
        ]),
        Migration(name: "003_fragment_term_statistics", statements: [
            "CREATE VIRTUAL TABLE fragments_vocab USING fts5vocab(fragments_fts, 'row')"
        ]),
        // Appending to a session becomes one statement (the agent loop appends several times a turn).
        Migration(name: "004_session_touch_trigger", statements: [
            """
            CREATE TRIGGER session_messages_touch AFTER INSERT ON session_messages
            BEGIN UPDATE sessions SET updated_at = NEW.created_at WHERE id = NEW.session_id; END
            """
        ]),
        Migration(name: "005_agents", statements: [
            """
            CREATE TABLE agents (
                id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, manifest TEXT NOT NULL, state TEXT NOT NULL, parent_id TEXT,
                created_at REAL NOT NULL, updated_at REAL NOT NULL)
            """
        ]),
        Migration(name: "006_tasks", statements: [
            """
            CREATE TABLE tasks (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, status TEXT NOT NULL, posted_by TEXT NOT NULL,
                assigned_to TEXT, claimed_by TEXT, result TEXT, created_at REAL NOT NULL)
            """,
            "CREATE INDEX tasks_by_status ON tasks (status, created_at)",
        ]),
        // Cron jobs and triggers live in the database (OpenFang: cron_jobs.json; triggers in memory only).
        Migration(name: "007_schedules", statements: [
            """
            CREATE TABLE cron_jobs (
                id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, name TEXT NOT NULL, schedule TEXT NOT NULL, prompt TEXT NOT NULL,
                missed TEXT NOT NULL, enabled INTEGER NOT NULL, origin TEXT NOT NULL, created_at REAL NOT NULL, considered_at REAL NOT NULL,
                last_run_at REAL, run_count INTEGER NOT NULL DEFAULT 0, consecutive_errors INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                UNIQUE (agent_id, name))
            """,
            """
            CREATE TABLE triggers (
                id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, pattern TEXT NOT NULL, prompt_template TEXT NOT NULL, enabled INTEGER NOT NULL,
                max_fires INTEGER NOT NULL, cooldown_secs INTEGER NOT NULL, fire_count INTEGER NOT NULL DEFAULT 0, last_fired_at REAL,
                origin TEXT NOT NULL, created_at REAL NOT NULL)
            """,
            // Agents that were running when the daemon stopped gracefully: suspended, and resumed at the next boot.
            "ALTER TABLE agents ADD COLUMN resume_on_boot INTEGER NOT NULL DEFAULT 0",
        ]),
    ]
}
