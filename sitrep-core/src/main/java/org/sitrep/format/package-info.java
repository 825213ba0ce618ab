/**
 * Output formats of an analysis: the JSON contract ({@link org.sitrep.format.JsonFormat}) and the readable
 * report in plain text or Markdown ({@link org.sitrep.format.TextReport}).
 */
package org.sitrep.format;
