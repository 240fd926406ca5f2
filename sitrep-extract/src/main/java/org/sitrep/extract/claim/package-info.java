/** Attributed claims with their certainty: the {@code claim.v1} annotator. */
package org.sitrep.extract.claim;
