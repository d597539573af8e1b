/**
 * The simulated municipality (CML) back office: a JSON REST API that acknowledges at once and calls the shop back,
 * signed, when the request is done.
 */
package org.citizenshop.agencysim.cml;
