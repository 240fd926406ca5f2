/** Readers that turn text, HTML, feeds, WARC archives and JSON Lines into articles to ingest. */
package org.sitrep.ingest;
