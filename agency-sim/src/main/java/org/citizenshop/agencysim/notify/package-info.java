/**
 * The simulated notification gateway: takes SMS and e-mail alerts for citizens, at most once per request key, and
 * keeps every message it queued so that tests can see exactly what was sent. Nothing leaves the process.
 */
package org.citizenshop.agencysim.notify;
