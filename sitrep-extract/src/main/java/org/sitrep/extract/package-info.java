/** Sitrep's extractors, one package each, and the standard pipeline that chains them. */
package org.sitrep.extract;
