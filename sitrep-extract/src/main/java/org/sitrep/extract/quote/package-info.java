/** Quotations, attributions and their speakers: the {@code quote.v1} annotator. */
package org.sitrep.extract.quote;
