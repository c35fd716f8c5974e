/** arobase core. */
package org.arobase.core;
