/** The movement extractor: who moved, how many, from where to where, when, and who says so. */
package org.sitrep.extract.movement;
