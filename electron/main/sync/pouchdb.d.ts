/**
 * The part of PouchDB's API sync uses, typed here: `@types/pouchdb-*` declare globals that
 * break the project's own Buffer types, and cover a version older than the one installed.
 */
declare module 'pouchdb-core' {
  interface AnyDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [key: string]: unknown;
  }
  interface WriteResult {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    name?: string;
    reason?: string;
    message?: string;
  }
  interface ChangesResult {
    results: Array<{ id: string; seq: string | number; deleted?: boolean; doc?: AnyDoc }>;
    last_seq: string | number;
  }
  interface AllDocsResult {
    total_rows?: number;
    rows: Array<{ id?: string; key: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: AnyDoc | null }>;
  }
  interface BulkGetResult {
    results: Array<{ id: string; docs: Array<{ ok: AnyDoc } | { error: { error: string; reason: string } }> }>;
  }
  /** A live changes feed (CouchDB's longpoll): `change` per document written, until cancelled. */
  interface LiveChanges {
    on(event: 'change', listener: (change: { id: string; seq: string | number }) => void): LiveChanges;
    on(event: 'error', listener: (err: unknown) => void): LiveChanges;
    cancel(): void;
  }
  interface Database {
    info(): Promise<{ db_name: string; doc_count: number; update_seq: string | number }>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<AnyDoc>;
    changes(options: { since: 'now'; live: true; heartbeat?: number }): LiveChanges;
    changes(options: { since: string | number; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<ChangesResult>;
    bulkDocs(docs: object[]): Promise<WriteResult[]>;
    bulkGet(options: { docs: Array<{ id: string; rev?: string }>; attachments?: boolean; binary?: boolean }): Promise<BulkGetResult>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<AllDocsResult>;
    close(): Promise<void>;
  }
  interface DatabaseConstructor {
    new (name: string, options?: { skip_setup?: boolean; auth?: { username: string; password: string }; adapter?: string }): Database;
    plugin(plugin: unknown): DatabaseConstructor;
  }
  const PouchDB: DatabaseConstructor;
  export type { AnyDoc, Database, WriteResult };
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
