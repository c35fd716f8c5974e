/** arobase rules. */
package org.arobase.rules;
