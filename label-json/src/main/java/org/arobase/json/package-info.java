/** arobase json. */
package org.arobase.json;
