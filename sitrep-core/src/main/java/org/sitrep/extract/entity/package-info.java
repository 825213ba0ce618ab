/**
 * Entities: name mentions grouped into the canonical people, bodies and places of an article.
 */
package org.sitrep.extract.entity;
