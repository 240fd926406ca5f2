/** The {@code sitrep} command line: analyze, demo and the corpus commands. */
package org.sitrep.app.cli;
