// Unit tests run outside a browser extension: give Dexie an in-memory IndexedDB (real IndexedDB is used in e2e).
import 'fake-indexeddb/auto'
