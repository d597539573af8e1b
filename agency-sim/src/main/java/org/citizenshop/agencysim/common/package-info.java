/** What every simulated agency shares: the agency contract, the effect log, JSON, problem responses and request tracing. */
package org.citizenshop.agencysim.common;
