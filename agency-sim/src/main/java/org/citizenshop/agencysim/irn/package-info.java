/**
 * The simulated civil registry (IRN) back office: a synchronous JSON REST API for citizen cards, births, deaths,
 * addresses, certificates, companies and estates, and the signed events that tell the shop of births registered
 * elsewhere.
 */
package org.citizenshop.agencysim.irn;
