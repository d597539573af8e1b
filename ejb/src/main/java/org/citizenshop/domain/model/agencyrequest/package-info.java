/** Requests sent to agencies' back offices on a citizen's behalf, each with an idempotency key. */
package org.citizenshop.domain.model.agencyrequest;
