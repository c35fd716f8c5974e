package org.arobase.rules.internal;

import org.arobase.core.Mention;
import org.arobase.core.decision.Reason;

/**
 * Whether a mention is proposed (fact inserted by the mention rules).
 *
 * @param mention the mention
 * @param met whether its criteria hold
 * @param reason its reason, rule {@code MENTION.<code>}
 */
public record MentionVerdict(Mention mention, boolean met, Reason reason) implements Explained {}
