/** Word lists more than one extractor reads: English cardinal number words. */
package org.sitrep.extract.lexicon;
