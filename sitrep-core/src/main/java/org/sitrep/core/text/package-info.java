/** Spans: offsets into the unchanged article text. */
package org.sitrep.core.text;
