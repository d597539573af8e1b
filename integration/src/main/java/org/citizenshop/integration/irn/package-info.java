/**
 * The civil registry (IRN): a synchronous JSON REST API; the routes and the translators at its edge,
 * and its records for prefilling forms ({@link org.citizenshop.integration.irn.IrnCivilRegistry}).
 */
package org.citizenshop.integration.irn;
