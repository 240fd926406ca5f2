/** {@code sitrep serve}: the read-only HTTP API over the corpus and the web UI it serves. */
package org.sitrep.app.serve;
