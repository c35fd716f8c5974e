/**
 * The implementation of the rating: parameters, the facts the rules read and write, and the
 * assembly of decisions. Not an API: it may change in any release.
 */
package org.arobase.rules.internal;
