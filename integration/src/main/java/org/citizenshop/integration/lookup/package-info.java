/**
 * What the registry lookups of the tax authority, the social security and the health service share: the query, the
 * call through a route under the agency's circuit, and the reading of JSON answers that cannot be trusted.
 */
package org.citizenshop.integration.lookup;
