/** Samples. */
package org.arobase.examples;
