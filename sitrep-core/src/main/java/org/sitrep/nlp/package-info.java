/**
 * The bridge to Stanford CoreNLP. {@link org.sitrep.nlp.CoreNlpStage} is the only class that sees CoreNLP's
 * types; it turns them into tokens, sentences, dependency arcs and entity mentions of the model.
 */
package org.sitrep.nlp;
