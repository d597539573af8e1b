/** The people who work at the counters, and the services each may handle. */
package org.citizenshop.domain.model.staff;
