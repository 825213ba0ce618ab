/**
 * Story segmentation: the headlines, spans and source credits of the stories that one text runs together.
 */
package org.sitrep.extract.story;
