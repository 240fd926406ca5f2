/** Exact (content hash) and near (MinHash) duplicate detection for syndicated copies. */
package org.sitrep.ingest.dedup;
