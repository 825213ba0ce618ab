/**
 * Evaluators and gold-format readers: one evaluator per extractor, each printing precision, recall and F1
 * against a gold set, with {@link org.sitrep.eval.Prf} as the shared score.
 */
package org.sitrep.eval;
