/** The integration layer: Camel routes that carry the shop's requests to the agencies' back offices. */
package org.citizenshop.integration;
