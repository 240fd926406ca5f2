/** The corpus database: schema migrations, atomic per-article writes, queries and search. */
package org.sitrep.store;
