package org.arobase.rules;

/**
 * One DRL file of a rule set.
 *
 * @param name the file name, unique in the rule set, e.g. {@code level.drl}
 * @param origin where it comes from, for messages: a resource name or the path as given
 * @param text its contents
 * @param bundled whether arobase ships it (its actions are written to run in either dialect)
 */
record RuleSource(String name, String origin, String text, boolean bundled) {}
