/** Entities: NER mentions corrected, typed and merged into one entity per real-world thing. */
package org.sitrep.extract.entity;
