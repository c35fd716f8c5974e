package org.arobase.rules.internal;

import org.arobase.core.Mention;

/**
 * Whether a mention is proposed (fact inserted by the mention rules).
 *
 * @param mention the mention
 * @param met whether its criteria hold
 */
public record MentionVerdict(Mention mention, boolean met) {}
