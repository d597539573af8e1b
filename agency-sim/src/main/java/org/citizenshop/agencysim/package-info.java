/** Starts the agency simulator: reads its settings, wires the simulated agencies, the admin API and the web server. */
package org.citizenshop.agencysim;
