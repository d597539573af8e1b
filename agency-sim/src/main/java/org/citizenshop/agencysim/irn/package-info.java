/** The simulated civil registry (IRN) back office: a synchronous JSON REST API for citizen card requests. */
package org.citizenshop.agencysim.irn;
