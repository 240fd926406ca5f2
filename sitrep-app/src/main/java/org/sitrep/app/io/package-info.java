/** Reading articles for analysis and writing analysis records as JSON Lines. */
package org.sitrep.app.io;
