/**
 * The social security (ISS): batch CSV files in a shared exchange directory; the route that writes
 * request files, the route that takes result files, and the translators of both.
 */
package org.citizenshop.integration.iss;
