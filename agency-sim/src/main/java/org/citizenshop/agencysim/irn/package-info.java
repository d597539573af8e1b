/** The simulated civil registry (IRN) back office: a synchronous JSON REST API for citizen cards, births, deaths, addresses, certificates, companies and estates. */
package org.citizenshop.agencysim.irn;
