/** Stanford CoreNLP behind Sitrep's own interfaces: tokens, sentences, NER and SUTime. */
package org.sitrep.nlp;
