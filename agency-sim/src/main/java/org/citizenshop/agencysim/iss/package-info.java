/**
 * The simulated social security (ISS) back office: CSV request files in a shared inbox, taken by a batch run every few
 * seconds, answered by CSV result files in an outbox.
 */
package org.citizenshop.agencysim.iss;
