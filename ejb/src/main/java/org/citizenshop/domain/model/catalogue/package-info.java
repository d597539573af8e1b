/** Agencies, the services they offer at the counter, and the queues those services feed in each shop. */
package org.citizenshop.domain.model.catalogue;
