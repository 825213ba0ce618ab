/**
 * The bridge to Stanford CoreNLP, the only package that sees CoreNLP's types. {@link org.sitrep.nlp.CoreNlpStage}
 * turns them into tokens, sentences, dependency arcs and entity mentions of the model, parsing with
 * {@code ParserNet} (CoreNLP's neural parser with a faster forward pass and identical parses); {@link org.sitrep.nlp.SuTime}
 * runs SUTime over those tokens against an anchor date and returns model time expressions; the baselines Sitrep
 * is measured against ({@link org.sitrep.nlp.CoreNlpQuoteBaseline}, {@link org.sitrep.nlp.CoreNlpFullPipeline})
 * run CoreNLP's own quote attribution and full pipeline.
 */
package org.sitrep.nlp;
