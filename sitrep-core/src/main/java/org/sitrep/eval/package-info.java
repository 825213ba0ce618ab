/**
 * Evaluators and gold-format readers: one evaluator per extractor, each printing precision, recall and F1
 * against a gold set, with {@link org.sitrep.eval.Prf} as the shared score; and the trainer of the one
 * learned component, the HTML title chooser, with its leave-one-publisher-out cross-validation.
 */
package org.sitrep.eval;
