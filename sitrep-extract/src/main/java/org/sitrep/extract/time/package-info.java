/** The time extractor: TIMEX3 time expressions normalised against the publication date. */
package org.sitrep.extract.time;
