/** Runnable samples of the library's API, compiled and run by the build (the README's example among them). */
package org.arobase.examples;
