/**
 * The municipality (CML): a JSON REST API that acknowledges a task and calls the shop back with its
 * result through a signed webhook; the route, the translator and the reading of the callbacks.
 */
package org.citizenshop.integration.cml;
