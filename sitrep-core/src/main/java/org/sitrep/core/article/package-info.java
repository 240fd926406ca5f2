/** The article as it enters the pipeline: text plus metadata. */
package org.sitrep.core.article;
