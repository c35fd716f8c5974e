package org.arobase.core.decision;

/**
 * What produced a decision, so that it can be reproduced.
 *
 * @param matrixVersion the matrix version, e.g. {@code 2022}
 * @param ruleSetId the rule set's id
 * @param ruleSetHash a SHA-256 of the rule files' contents
 * @param parametersVersion the version of the millésime's parameters
 * @param libraryVersion the arobase version
 * @param formatVersion the decision format, e.g. {@code arobase/decision@1}
 */
public record Provenance(
    String matrixVersion,
    String ruleSetId,
    String ruleSetHash,
    String parametersVersion,
    String libraryVersion,
    String formatVersion) {}
