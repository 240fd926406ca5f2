/** The typed pipeline: layer keys, annotators that require and provide them, and the builder. */
package org.sitrep.core.pipeline;
