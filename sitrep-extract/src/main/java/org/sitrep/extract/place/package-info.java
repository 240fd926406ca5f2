/** The place extractor {@code place.v1}: toponyms found in the text and resolved to GeoNames. */
package org.sitrep.extract.place;
