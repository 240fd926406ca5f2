/**
 * Links the facts of an article to the claims that state them: the {@code link.v1} annotator, which
 * runs last and reads only the typed layers of the other extractors.
 */
package org.sitrep.extract.link;
