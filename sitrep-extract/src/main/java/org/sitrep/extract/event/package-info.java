/**
 * The event extractor: ACLED-coded conflict events with actors, casualties, date, place and
 * evidence.
 */
package org.sitrep.extract.event;
