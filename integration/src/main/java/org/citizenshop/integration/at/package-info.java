/** The tax authority (AT): a synchronous SOAP 1.1 web service; the route and the translator at its edge. */
package org.citizenshop.integration.at;
