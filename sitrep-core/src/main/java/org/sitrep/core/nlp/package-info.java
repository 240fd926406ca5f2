/** Linguistic layers produced by the NLP stage: tokens, sentences, named-entity mentions. */
package org.sitrep.core.nlp;
