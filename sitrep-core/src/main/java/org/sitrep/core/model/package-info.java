/**
 * The analysis record and its parts, field for field the JSON contract of {@code sitrep analyze}.
 */
package org.sitrep.core.model;
