/** The civil registry (IRN): a synchronous JSON REST API; the route and the translators at its edge. */
package org.citizenshop.integration.irn;
