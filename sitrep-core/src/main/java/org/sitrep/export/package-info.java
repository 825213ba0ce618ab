/**
 * Exports of the corpus in other systems' shapes: event rows as GDELT 2.0, ACLED and PLOVER JSON. Each shape
 * fills only what Sitrep knows and leaves the rest empty, never invented.
 */
package org.sitrep.export;
