/** The gazetteer: name normalisation, the compact index, its builder and its loader. */
package org.sitrep.extract.place.gazetteer;
