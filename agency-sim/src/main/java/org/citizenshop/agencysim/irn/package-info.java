/**
 * The simulated civil registry (IRN) back office: a synchronous JSON REST API for citizen cards, births, deaths,
 * addresses, certificates, companies and estates; people's records for prefilling forms, with the list of who looked
 * them up and why; and the signed events that tell the shop of births registered elsewhere.
 */
package org.citizenshop.agencysim.irn;
